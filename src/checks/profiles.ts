/**
 * Profiles are data: which rules run, with which parameters. `deyang-2018` (default) runs every
 * `deyang-2018/*` site check plus the census vetoes (Art. 32 makes the census the self-inspection
 * standard); `census` runs the vetoes alone. Another city's measures are usually the same rules
 * with other numbers: {@link deriveProfile} makes one without forking.
 */
import { z } from 'zod';
import { InvalidInputError } from '../errors.js';
import { guardRead, parseInput, rejectForbiddenKeys } from '../validate.js';
import { deepFreeze } from './context.js';
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

function makeProfile(id: string, description: Bilingual, ruleIds: readonly string[]): Profile {
  const rules: Record<string, Record<string, unknown>> = {};
  for (const r of ruleIds) rules[r] = resolve(r, {}, []);
  return deepFreeze({ id, description, rules });
}

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

/** The id of a built-in site check (every rule the default profile runs, and the 2019 deduction checks). */
export type SiteRuleId = (typeof DEYANG_RULES)[number] | (typeof CENSUS_RULES)[number] | (typeof GOV2019_DEDUCTION_RULES)[number];

/**
 * The default profile: every Deyang 2018 site check plus the census vetoes.
 *
 * @example
 * Object.keys(deyang2018Profile.rules).length; // 24
 */
export const deyang2018Profile: Profile = makeProfile(
  'deyang-2018',
  { zh: '德阳市政府网站管理暂行办法（2018）及全国政府网站普查单项否决指标', en: 'Deyang 2018 measures plus the national census single-veto indicators' },
  [...DEYANG_RULES, ...CENSUS_RULES],
);

/**
 * The census single-veto indicators alone.
 *
 * @example
 * Object.keys(censusProfile.rules).length; // 8
 */
export const censusProfile: Profile = makeProfile(
  'census',
  { zh: '全国政府网站普查单项否决指标', en: 'National website census single-veto indicators' },
  CENSUS_RULES,
);

/**
 * The shipped profiles by id.
 *
 * @example
 * Object.keys(PROFILES); // ['deyang-2018', 'census']
 */
export const PROFILES: Readonly<Record<string, Profile>> = Object.freeze({ 'deyang-2018': deyang2018Profile, census: censusProfile });

/**
 * A new profile from `base` with other numbers, rules dropped (`false`) or added (`true` or
 * parameters). Parameters are validated by the rule's schema; unknown ones are refused, and so is
 * dropping a rule `base` does not run (a misspelt id would otherwise be ignored). Custom rules are
 * passed as `definitions`: the new profile carries the ones it runs (with those `base` carries),
 * so `checkSite` runs it without `options.rules`. The new profile is frozen; nothing the caller
 * passed is frozen or kept by reference (definitions are kept as given: `defineRule` freezes them).
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
  // A Map, not an object: an id such as `toString` or `__proto__` is a key like any other, never
  // an inherited property that looks present (profile.rules["toString"] on a plain object).
  const rules = new Map<string, Record<string, unknown>>();
  for (const [id, params] of Object.entries(base.rules)) rules.set(id, { ...params });
  for (const [id, change] of Object.entries(overrides.rules ?? {})) {
    if (change === false) {
      if (!rules.has(id)) throw new InvalidInputError(`${where}.rules["${id}"]`, change, `drops a rule the base profile "${base.id}" does not run`);
      rules.delete(id);
      continue;
    }
    const current = rules.get(id) ?? {};
    rules.set(id, resolve(id, change === true ? current : { ...current, ...change }, known, where === 'overrides' ? 'profile' : where));
  }
  // The definitions of the custom rules the new profile runs, one per id (the first given wins).
  const runs: RuleDefinition<any>[] = [];
  for (const id of rules.keys()) {
    const def = known.find((d) => d.id === id);
    if (def !== undefined) runs.push(def);
  }
  const profile: { -readonly [K in keyof Profile]: Profile[K] } = deepFreeze({ id: overrides.id, description: { zh: description.zh, en: description.en }, rules: ownRecord(rules) });
  return runs.length === 0 ? profile : Object.freeze({ ...profile, definitions: Object.freeze(runs) });
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
export const profileFileSchema = z
  .object({
    $schema: z.string().optional().describe('编辑器用的 JSON Schema 地址（忽略） / A JSON Schema URL for editors (ignored).'),
    extends: z
      .string()
      .refine((id) => Object.prototype.hasOwnProperty.call(PROFILES, id), { message: `must be a shipped profile id (${Object.keys(PROFILES).join(', ')})` })
      .describe('所基于的内置 profile / The shipped profile this one starts from.'),
    id: z.string().min(1).max(256).describe('本 profile 的编号（报告中的 profile） / This profile\'s id (the report\'s profile).'),
    description: bilingualSchema.optional().describe('说明（缺省沿用所基于的 profile） / A description (absent: the base\'s).'),
    rules: z
      .record(z.string().min(1).max(256), z.union([z.boolean(), z.record(z.string(), z.unknown())]))
      .optional()
      .describe('按规则编号：参数覆盖、true（按默认参数加入）或 false（去掉） / Per rule id: parameter overrides, true (add with defaults) or false (drop).'),
    ruleModules: z
      .array(z.string().min(1).max(4096))
      .optional()
      .describe('自定义规则的 ES 模块，相对于本文件；每个模块导出 defineRule(...) 的结果 / ES modules of custom rules, relative to this file, each exporting defineRule(...) results.'),
  })
  .strict();

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
 * p.rules['census/blank-columns'].threshold; // 2
 * Object.keys(p.rules).length; // 7
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
