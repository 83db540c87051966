/**
 * Profiles are data: which rules run, with which parameters. `deyang-2018` (default) runs every
 * `deyang-2018/*` site check plus the veto rules of the national indicator system in force at the
 * checkpoint (Art. 32 makes it the self-inspection standard): `census-2015` until 2019-04-17,
 * `gov-2019` (with its new-media account rules) from 2019-04-18. `census` is an alias that picks
 * one of the two by the checkpoint. Another city's measures are usually the same rules with other
 * numbers: {@link deriveProfile} makes one without forking.
 */
import * as z from 'zod/mini';
import { formatEpochDay } from '../calendar/days.js';
import { beijingDayOfInstant, formatBeijingInstant } from '../calendar/input.js';
import { InvalidInputError } from '../errors.js';
import { guardRead, parseInput, rejectForbiddenKeys } from '../validate.js';
import { deepFreeze } from '../freeze.js';
import { lazyShape, strictObject } from '../lazy-shape.js';
import { builtinRules } from './registry.js';
import { type Bilingual, bilingualSchema } from './report.js';
import { isRuleDefinition, type RuleDefinition } from './rule.js';

/**
 * A profile: an id, a description, the rules in report order with their full parameters and,
 * when it runs custom rules, their definitions (so `checkSite` needs no `options.rules`).
 */
export interface Profile {
  readonly id: string;
  readonly description: Bilingual;
  readonly rules: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** The custom rules the profile runs (absent when it runs built-in rules only). */
  readonly definitions?: readonly RuleDefinition<any>[];
  /** The checkpoints (Beijing civil dates, inclusive; `null`: open end) the profile applies to; another is refused. */
  readonly inForce?: { readonly from: string | null; readonly until: string | null };
  /** The versions the checkpoint picks from (by their `inForce`); `rules` are then the latest version's. */
  readonly versions?: readonly Profile[];
}

/**
 * What {@link deriveProfile} changes: per rule, parameter overrides, `true` to add with defaults,
 * `false` to drop. Rule ids are the built-in checks' ({@link SiteRuleId}) plus `C`, the ids of the
 * custom rule definitions passed beside, so a misspelt id is a compile error.
 */
export interface ProfileOverrides<C extends string = never> {
  readonly id: string;
  readonly description?: Bilingual;
  readonly rules?: { readonly [K in SiteRuleId | C]?: Readonly<Record<string, unknown>> | boolean };
}

function definitionOf(id: string, extra: readonly RuleDefinition<any>[]): RuleDefinition<any> {
  const def = extra.find((d) => d.id === id) ?? builtinRules.find((d) => d.id === id);
  if (def === undefined) throw new InvalidInputError(`profile.rules`, id, 'is not a known rule id (pass its definition to register a custom rule)');
  return def;
}

function resolve(id: string, params: unknown, extra: readonly RuleDefinition<any>[], where = 'profile'): Record<string, unknown> {
  return parseInput(definitionOf(id, extra).params, params ?? {}, `${where}.rules["${id}"]`) as Record<string, unknown>;
}

/**
 * A shipped profile. Its `rules` (each rule's parameters, parsed from `{}` by the rule's params
 * schema) are resolved on the first read of `rules`, not at import (issue 14: a cold start that
 * only asks the calendar does not parse 50 parameter sets); the value is the same frozen object
 * on every read, and an enumerable property like any other (spread, JSON, structuredClone).
 */
function makeProfile(id: string, description: Bilingual, ruleIds: readonly string[], more: Pick<Profile, 'inForce' | 'versions'> = {}): Profile {
  let rules: Record<string, Record<string, unknown>> | undefined;
  const profile = { id, description } as Profile;
  Object.defineProperty(profile, 'rules', {
    enumerable: true,
    get() {
      if (rules === undefined) {
        const resolved: Record<string, Record<string, unknown>> = {};
        for (const r of ruleIds) resolved[r] = resolve(r, {}, []);
        rules = deepFreeze(resolved);
      }
      return rules;
    },
  });
  Object.assign(profile, more);
  // deepFreeze walks every enumerable value (it would read `rules`): freeze the rest by hand.
  deepFreeze(description);
  if (more.inForce !== undefined) deepFreeze(more.inForce);
  if (more.versions !== undefined) Object.freeze(more.versions);
  return Object.freeze(profile);
}

const CENSUS_2015_RULES = [
  'census-2015/veto-site-unreachable', 'census-2015/veto-site-stale', 'census-2015/veto-columns-stale.a', 'census-2015/veto-columns-stale.b',
  'census-2015/veto-columns-stale.c', 'census-2015/veto-serious-error', 'census-2015/veto-interaction-poor',
] as const;

const GOV_2019_RULES = [
  'gov-2019/veto-security-incident', 'gov-2019/veto-site-unreachable', 'gov-2019/veto-homepage-stale', 'gov-2019/veto-columns-stale.a',
  'gov-2019/veto-columns-stale.b', 'gov-2019/veto-columns-stale.c', 'gov-2019/veto-interaction-poor.a', 'gov-2019/veto-interaction-poor.b',
  'gov-2019/veto-service-impractical.a', 'gov-2019/veto-service-impractical.b',
  'nm-2019/veto-content-stale', 'nm-2019/veto-interaction-poor', 'nm-2019/veto-security-incident',
] as const;

/** The undated mix of the two veto lists that the `census/…` ids named before the versioned profiles; still valid rule ids and aliases. */
const CENSUS_RULES = [
  'census/site-unreachable', 'census/homepage-stale', 'census/columns-stale', 'census/columns-neglected',
  'census/blank-columns', 'census/interaction-unanswered', 'census/serious-problems', 'census/services-unusable',
] as const;

const DEYANG_RULES = [
  'deyang-2018/art12-opening-approval', 'deyang-2018/art14-go-live', 'deyang-2018/art16-temporary-offline', 'deyang-2018/art17-change-filing',
  'deyang-2018/art24-three-review', 'deyang-2018/art24-policy-document', 'deyang-2018/art24-interpretation',
  'deyang-2018/art24-activity', 'deyang-2018/art24-proactive', 'deyang-2018/art24-update-frequency',
  'deyang-2018/art25-opinion-feedback', 'deyang-2018/art27-prior-review', 'deyang-2018/art28-links',
  'deyang-2018/art29-incident-report', 'deyang-2018/art32-self-inspection', 'deyang-2018/art33-error-correction',
] as const;

/** The 2019 deduction checks: no shipped profile runs them; a scorecard that measures an indicator with one adds it. */
const GOV2019_DEDUCTION_RULES = [
  'gov-2019/publish/leader-info', 'gov-2019/publish/policy-docs', 'gov-2019/publish/interpretation-link',
  'gov-2019/service/service-stats', 'gov-2019/interact/message-disclosure', 'gov-2019/interact/reply-handling',
] as const;

/**
 * The id of a built-in rule a profile may name (every rule the shipped profiles run, the `census/…`
 * aliases, and the 2019 deduction checks).
 */
export type SiteRuleId =
  | (typeof DEYANG_RULES)[number] | (typeof CENSUS_RULES)[number] | (typeof CENSUS_2015_RULES)[number] | (typeof GOV_2019_RULES)[number]
  | (typeof GOV2019_DEDUCTION_RULES)[number];

const IN_FORCE_2015 = Object.freeze({ from: '2015-03-24', until: '2019-04-17' });
const IN_FORCE_2019 = Object.freeze({ from: '2019-04-18', until: null });

/**
 * The veto rules of the first national census table (国办发〔2015〕15号 附件2), for checkpoints from
 * 2015-03-24 until 2019-04-17.
 *
 * @example
 * census2015Profile.inForce; // { from: '2015-03-24', until: '2019-04-17' }
 * Object.keys(census2015Profile.rules).length; // 7
 */
export const census2015Profile: Profile = makeProfile(
  'census-2015',
  { zh: '全国政府网站普查评分表单项否决指标（国办发〔2015〕15号附件2）', en: 'Veto indicators of the 2015 national website census table (国办发〔2015〕15号, annex 2)' },
  CENSUS_2015_RULES,
  { inForce: IN_FORCE_2015 },
);

/**
 * The veto rules of 《政府网站与政务新媒体检查指标》 (国办秘函〔2019〕19号) for websites and for
 * new-media accounts, for checkpoints from 2019-04-18.
 *
 * @example
 * gov2019Profile.inForce; // { from: '2019-04-18', until: null }
 * Object.keys(gov2019Profile.rules).length; // 13
 */
export const gov2019Profile: Profile = makeProfile(
  'gov-2019',
  { zh: '政府网站与政务新媒体检查指标单项否决指标（国办秘函〔2019〕19号）', en: 'Veto indicators of the 2019 government website and new-media check indicators (国办秘函〔2019〕19号)' },
  GOV_2019_RULES,
  { inForce: IN_FORCE_2019 },
);

const DEYANG_DESCRIPTION = {
  zh: '德阳市政府网站管理暂行办法（2018）及检查时间点适用的全国政府网站指标体系单项否决指标',
  en: 'Deyang 2018 measures plus the veto indicators of the national indicator system in force at the checkpoint',
};

/**
 * The default profile: every Deyang 2018 site check plus the national veto rules in force at the
 * checkpoint (`rules` lists today's: gov-2019; a checkpoint before 2019-04-18 runs census-2015's).
 *
 * @example
 * Object.keys(deyang2018Profile.rules).length; // 29
 * deyang2018Profile.versions.map((v) => v.inForce); // [{ from: null, until: '2019-04-17' }, { from: '2019-04-18', until: null }]
 */
export const deyang2018Profile: Profile = makeProfile('deyang-2018', DEYANG_DESCRIPTION, [...DEYANG_RULES, ...GOV_2019_RULES], {
  versions: [
    makeProfile('deyang-2018', DEYANG_DESCRIPTION, [...DEYANG_RULES, ...CENSUS_2015_RULES], { inForce: { from: null, until: IN_FORCE_2015.until } }),
    makeProfile('deyang-2018', DEYANG_DESCRIPTION, [...DEYANG_RULES, ...GOV_2019_RULES], { inForce: IN_FORCE_2019 }),
  ],
});

/**
 * The national veto rules alone, in the version the checkpoint picks: an alias of `census-2015`
 * (checkpoints 2015-03-24 … 2019-04-17) and `gov-2019` (from 2019-04-18). The report names the
 * version applied.
 *
 * @example
 * censusProfile.versions.map((v) => v.id); // ['census-2015', 'gov-2019']
 */
export const censusProfile: Profile = makeProfile(
  'census',
  { zh: '全国政府网站指标体系单项否决指标（按检查时间点选择2015年普查或2019年检查指标）', en: 'National veto indicators, the 2015 census or the 2019 check indicators as the checkpoint picks' },
  GOV_2019_RULES,
  { versions: [census2015Profile, gov2019Profile] },
);

/**
 * The shipped profiles by id.
 *
 * @example
 * Object.keys(PROFILES); // ['deyang-2018', 'census', 'census-2015', 'gov-2019']
 */
export const PROFILES: Readonly<Record<string, Profile>> = Object.freeze({
  'deyang-2018': deyang2018Profile, census: censusProfile, 'census-2015': census2015Profile, 'gov-2019': gov2019Profile,
});

/**
 * The `census/…` ids of the undated veto list, as aliases of the versioned rules: overriding one in
 * {@link deriveProfile} changes the rules it names that the profile runs (`params`: the rules its
 * parameters go to; `also`: further rules it drops with `false`), and the test kit's matchers
 * accept it.
 *
 * @example
 * censusAliases['census/blank-columns'].params; // ['census-2015/veto-columns-stale.c', 'gov-2019/veto-columns-stale.c']
 */
export const censusAliases: Readonly<Record<(typeof CENSUS_RULES)[number], { readonly params: readonly string[]; readonly also: readonly string[] }>> = deepFreeze({
  'census/site-unreachable': { params: ['census-2015/veto-site-unreachable', 'gov-2019/veto-site-unreachable'], also: [] },
  'census/homepage-stale': { params: ['census-2015/veto-site-stale', 'gov-2019/veto-homepage-stale'], also: [] },
  'census/columns-stale': { params: ['census-2015/veto-columns-stale.a', 'gov-2019/veto-columns-stale.a'], also: [] },
  'census/columns-neglected': { params: ['census-2015/veto-columns-stale.b', 'gov-2019/veto-columns-stale.b'], also: [] },
  'census/blank-columns': { params: ['census-2015/veto-columns-stale.c', 'gov-2019/veto-columns-stale.c'], also: [] },
  'census/interaction-unanswered': { params: ['census-2015/veto-interaction-poor', 'gov-2019/veto-interaction-poor.b'], also: ['gov-2019/veto-interaction-poor.a'] },
  'census/serious-problems': { params: ['census-2015/veto-serious-error', 'gov-2019/veto-security-incident'], also: [] },
  'census/services-unusable': { params: ['gov-2019/veto-service-impractical.b'], also: ['gov-2019/veto-service-impractical.a'] },
});

const aliasOf = (id: string) => (Object.prototype.hasOwnProperty.call(censusAliases, id) ? censusAliases[id as keyof typeof censusAliases] : undefined);

/** The national versioned profiles, to name the one that applies when a checkpoint is refused. */
const NATIONAL = [census2015Profile, gov2019Profile];
const within = (day: string, f: NonNullable<Profile['inForce']>) => (f.from === null || f.from <= day) && (f.until === null || day <= f.until);

/**
 * The profile that applies at a checkpoint (epoch ms): a profile with `versions` gives the version
 * whose dates hold the checkpoint's Beijing day; a profile with `inForce` refuses a checkpoint
 * outside them (InvalidInputError naming the profile that applies).
 *
 * @example
 * profileAt(censusProfile, Date.parse('2018-06-01T00:00:00+08:00')).id; // 'census-2015'
 * profileAt(gov2019Profile, Date.parse('2018-06-01T00:00:00+08:00')); // throws InvalidInputError
 */
export function profileAt(profile: Profile, at: number): Profile {
  const day = formatEpochDay(beijingDayOfInstant(at));
  const versions = profile.versions;
  if (versions !== undefined && versions.length > 0) {
    const v = versions.find((x) => x.inForce === undefined || within(day, x.inForce));
    if (v === undefined) {
      const first = versions.map((x) => x.inForce?.from).filter((x): x is string => x != null).sort()[0];
      throw new InvalidInputError('at', formatBeijingInstant(at), `is outside every version of profile "${profile.id}"${first === undefined ? '' : ` (the first applies from ${first})`}: no national indicator system applies to this checkpoint`);
    }
    return profileAt(v, at);
  }
  const f = profile.inForce;
  if (f !== undefined && !within(day, f)) {
    const other = NATIONAL.find((x) => x.inForce !== undefined && within(day, x.inForce));
    const range = `${f.from ?? '…'} … ${f.until ?? 'today'}`;
    throw new InvalidInputError('at', formatBeijingInstant(at), `is outside the dates of profile "${profile.id}" (${range}); ${other === undefined ? 'no national indicator system applies then' : `the profile that applies is "${other.id}" (or "census", which picks it)`}`);
  }
  return profile;
}

/**
 * Whether dates `{ from, until }` (Beijing civil dates, inclusive; `null`: open end; absent: always)
 * hold the Beijing day of a checkpoint (epoch ms).
 *
 * @example
 * inForceAt({ from: '2019-04-18', until: null }, Date.parse('2019-04-18T00:00:00+08:00')); // true
 * inForceAt({ from: '2019-04-18', until: null }, Date.parse('2019-04-17T23:59:59+08:00')); // false
 * inForceAt(undefined, 0); // true
 */
export function inForceAt(f: { readonly from: string | null; readonly until: string | null } | undefined, at: number): boolean {
  return f === undefined || within(formatEpochDay(beijingDayOfInstant(at)), f);
}

/**
 * A scorecard (or anything with an id and optional `inForce` dates) checked against a checkpoint
 * (epoch ms): returned when it has no dates or its dates hold the checkpoint's Beijing day, else
 * refused with InvalidInputError naming `field`, the scorecard and the indicator system that
 * applies then (the shipped `gov-2019` scorecard is in force from 2019-04-18, like its profile).
 *
 * @example
 * scorecardAt({ id: 'gov-2019', inForce: { from: '2019-04-18', until: null } }, Date.parse('2026-11-25T12:00:00+08:00')).id; // 'gov-2019'
 * scorecardAt({ id: 'my-own' }, Date.parse('2018-06-01T00:00:00+08:00')).id; // 'my-own'
 * scorecardAt({ id: 'gov-2019', inForce: { from: '2019-04-18', until: null } }, Date.parse('2018-06-01T00:00:00+08:00')); // throws InvalidInputError
 */
export function scorecardAt<T extends { readonly id: string; readonly inForce?: { readonly from: string | null; readonly until: string | null } | undefined }>(
  scorecard: T, at: number, field = 'scorecard'): T {
  const f = scorecard.inForce;
  if (f === undefined || inForceAt(f, at)) return scorecard;
  const day = formatEpochDay(beijingDayOfInstant(at));
  const other = NATIONAL.find((x) => x.inForce !== undefined && within(day, x.inForce));
  throw new InvalidInputError(field, scorecard.id, `applies to checkpoints ${f.from ?? '…'} … ${f.until ?? 'today'}, not to ${day}; ${other === undefined
    ? 'no national indicator system applies then'
    : `the indicator system then is "${other.id}", which has no shipped scorecard (its points are not known): give a scorecard of your own, without "inForce" or with dates that hold the checkpoint`}`);
}

/**
 * A new profile from `base` with other numbers, rules dropped (`false`) or added (`true` or
 * parameters). Parameters are validated by the rule's schema; unknown ones are refused, and so is
 * dropping a rule `base` does not run (a misspelt id would otherwise be ignored). Custom rules are
 * passed as `definitions` (and to `checkSite` as `rules`). The new profile is frozen; nothing the
 * caller passed is frozen or kept by reference.
 *
 * @example
 * const p = deriveProfile(deyang2018Profile, { id: 'my-city', rules: {
 *   'deyang-2018/art16-temporary-offline': { maxTakedownsPerYear: 2, maxTakedownDays: 7 },
 *   'census/services-unusable': false } });
 * p.rules['deyang-2018/art16-temporary-offline'].maxTakedownsPerYear; // 2
 * 'census/services-unusable' in p.rules; // false
 */
export function deriveProfile<const C extends string = never>(
  base: Profile,
  overrides: ProfileOverrides<NoInfer<C>>,
  definitions: readonly RuleDefinition<any, C>[] = [],
): Profile {
  // A getter or Proxy trap in what the caller passed that throws is refused as input.
  return guardRead('overrides', overrides, () => derive(base, overrides, definitions, 'overrides'));
}

function derive(base: Profile, overrides: ProfileOverrides<string>, definitions: readonly RuleDefinition<any, string>[], where: string): Profile {
  if (overrides === null || typeof overrides !== 'object') throw new InvalidInputError(where, overrides, 'is not an object');
  if (base === null || typeof base !== 'object' || base.rules === null || typeof base.rules !== 'object') {
    throw new InvalidInputError('base', base, 'is not a profile { id, description, rules }');
  }
  if (typeof overrides.id !== 'string' || overrides.id === '') throw new InvalidInputError(`${where}.id`, overrides.id, 'must be a non-empty string');
  if (!Array.isArray(definitions)) throw new InvalidInputError('definitions', definitions, 'is not an array of rule definitions');
  definitions.forEach((d: unknown, i) => {
    if (!isRuleDefinition(d)) throw new InvalidInputError(`definitions[${i}]`, d, 'is not a rule definition { id, params, run } (see defineRule)');
  });
  const carried = base.definitions ?? [];
  if (!Array.isArray(carried) || !carried.every(isRuleDefinition)) throw new InvalidInputError('base.definitions', carried, 'is not an array of rule definitions');
  const known = [...definitions, ...carried];
  const description = overrides.description === undefined ? base.description : parseInput(bilingualSchema, overrides.description, `${where}.description`);
  const changes = Object.entries(overrides.rules ?? {});
  const rules = overridden(base, changes, known, false, where);
  const versions = base.versions?.map((v) => ({ id: overrides.id, description: { zh: description.zh, en: description.en }, rules: overridden(v, changes, known, true, where), ...(v.inForce === undefined ? {} : { inForce: { ...v.inForce } }) }));
  // The definitions of the custom rules the new profile (or one of its versions) runs, one per id (the first given wins).
  const runs: RuleDefinition<any>[] = [];
  for (const id of new Set([...Object.keys(rules), ...(versions ?? []).flatMap((v) => Object.keys(v.rules))])) {
    const def = known.find((d) => d.id === id);
    if (def !== undefined) runs.push(def);
  }
  const profile: Profile = deepFreeze({
    id: overrides.id, description: { zh: description.zh, en: description.en }, rules,
    ...(base.inForce === undefined ? {} : { inForce: { ...base.inForce } }),
    ...(versions === undefined ? {} : { versions }),
  });
  return runs.length === 0 ? profile : Object.freeze({ ...profile, definitions: Object.freeze(runs) });
}

/** Whether an id belongs to one national indicator system (a version without it skips its overrides). */
const NATIONAL_ID = /^(census-2015|gov-2019|nm-2019)\//;

/**
 * The rules of `base` with the overrides applied. A `census/…` alias the profile does not run
 * applies to the versioned rules it names that the profile runs. In a version (`lenient`), an
 * override of another indicator system's rule is skipped.
 */
function overridden(
  base: Profile,
  changes: readonly [string, Readonly<Record<string, unknown>> | boolean | undefined][],
  definitions: readonly RuleDefinition<any, string>[],
  lenient: boolean,
  where: string,
) {
  const label = where === 'overrides' ? 'profile' : where;
  // A Map, not an object: an id such as `toString` or `__proto__` is a key like any other, never
  // an inherited property that looks present (profile.rules["toString"] on a plain object).
  const rules = new Map<string, Record<string, unknown>>();
  for (const [id, params] of Object.entries(base.rules)) rules.set(id, { ...params });
  for (const [id, change] of changes) {
    const alias = rules.has(id) ? undefined : aliasOf(id);
    if (alias !== undefined) {
      const targets = alias.params.filter((t) => rules.has(t));
      const also = alias.also.filter((t) => rules.has(t));
      if (targets.length + also.length === 0) {
        if (lenient) continue;
        throw new InvalidInputError(`${where}.rules["${id}"]`, change, `is an alias of ${[...alias.params, ...alias.also].join(', ')}, none of which the base profile "${base.id}" runs`);
      }
      if (change === false) for (const t of [...targets, ...also]) rules.delete(t);
      else if (change !== true && change !== undefined) {
        for (const t of targets) {
          try {
            rules.set(t, resolve(t, { ...rules.get(t), ...change }, definitions, label));
          } catch (e) {
            // The refusal names the id the caller wrote, not the versioned rule it stands for.
            if (!(e instanceof InvalidInputError)) throw e;
            throw new InvalidInputError(e.field.replace(`rules["${t}"]`, `rules["${id}"]`), e.value, e.reason, e.path.map((x) => (x === t ? id : x)));
          }
        }
      }
      continue;
    }
    if (lenient && !rules.has(id) && NATIONAL_ID.test(id)) continue;
    if (change === false) {
      if (!rules.has(id)) throw new InvalidInputError(`${where}.rules["${id}"]`, change, `drops a rule the base profile "${base.id}" does not run`);
      rules.delete(id);
      continue;
    }
    const current = rules.get(id) ?? {};
    rules.set(id, resolve(id, change === true ? current : { ...current, ...change }, definitions, label));
  }
  return ownRecord(rules);
}

/** A record with exactly the map's entries as own properties (`__proto__` included, as data). */
function ownRecord(map: ReadonlyMap<string, Record<string, unknown>>): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [k, v] of map) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

/**
 * A profile as a JSON file (docs/checks.md, "Profile files"): a shipped profile it `extends`, its
 * own `id` and `description`, and per rule parameters, `true` (add with defaults) or `false`
 * (drop). `ruleModules` names ES modules of custom rules, relative to the file; the CLI loads
 * them (`check --profile file.json`); through the API, import them and pass their definitions to
 * {@link profileFromJson}. Unknown keys are refused.
 *
 * @example
 * profileFileSchema.safeParse({ extends: 'census', id: 'my-city', rules: { 'census/blank-columns': { threshold: 2 } } }).success; // true
 * profileFileSchema.safeParse({ extends: 'census', id: 'my-city', rule: {} }).success; // false (a misspelt key)
 */
export const profileFileSchema = strictObject(lazyShape({
    $schema: () => z.optional(z.string()).check(z.describe('编辑器用的 JSON Schema 地址（忽略） / A JSON Schema URL for editors (ignored).')),
    extends: () => z
      .string().check(z.refine((id) => Object.prototype.hasOwnProperty.call(PROFILES, id), { message: `must be a shipped profile id (${Object.keys(PROFILES).join(', ')})` }), z.describe('所基于的内置 profile / The shipped profile this one starts from.')),
    id: () => z.string().check(z.minLength(1), z.maxLength(256), z.describe('本 profile 的编号（报告中的 profile） / This profile\'s id (the report\'s profile).')),
    description: () => z.optional(bilingualSchema).check(z.describe('说明（缺省沿用所基于的 profile） / A description (absent: the base\'s).')),
    rules: () => z.optional(z.record(z.string().check(z.minLength(1), z.maxLength(256)), z.union([z.boolean(), z.record(z.string(), z.unknown())]))).check(z.describe('按规则编号：参数覆盖、true（按默认参数加入）或 false（去掉） / Per rule id: parameter overrides, true (add with defaults) or false (drop).')),
    ruleModules: () => z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(4096)))).check(z.describe('自定义规则的 ES 模块，相对于本文件；每个模块导出 defineRule(...) 的结果 / ES modules of custom rules, relative to this file, each exporting defineRule(...) results.')),
  }));

/** A profile file as JSON (the input type of {@link profileFileSchema}). */
export type ProfileFile = z.input<typeof profileFileSchema>;

/**
 * A profile from parsed JSON (a profile file): validated with {@link profileFileSchema}, then
 * derived from the shipped profile it extends with {@link deriveProfile}. Custom rules the file
 * names are given as `definitions` (the file's `ruleModules` are for the CLI, which imports them;
 * the core does no I/O). Every refusal is an InvalidInputError whose field starts with `profile`
 * and names the JSON path: `profile.rules["census/blank-columns"].threshold`.
 *
 * @example
 * const p = profileFromJson(JSON.parse('{"extends":"census","id":"my-city","rules":{"census/blank-columns":{"threshold":2},"census/services-unusable":false}}'));
 * p.rules['gov-2019/veto-columns-stale.c'].threshold; // 2 (census/blank-columns is its alias)
 * Object.keys(p.rules).length; // 11
 * profileFromJson({ extends: 'census', id: 'x', rules: { 'census/blank-columns': { threshold: 0 } } }); // throws InvalidInputError
 */
export function profileFromJson(json: unknown, definitions: readonly RuleDefinition<any>[] = []): Profile {
  rejectForbiddenKeys(json, 'profile');
  const file = parseInput(profileFileSchema, json, 'profile');
  const overrides: ProfileOverrides<string> = {
    id: file.id,
    ...(file.description === undefined ? {} : { description: file.description }),
    ...(file.rules === undefined ? {} : { rules: file.rules }),
  };
  return derive(PROFILES[file.extends] as Profile, overrides, definitions, 'profile');
}
