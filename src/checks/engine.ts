/**
 * The engine: validates the snapshot once, builds the numeric model and the context, runs the
 * profile's rules in order and assembles the report. It knows nothing about any article: each
 * rule is a `{ id, run(ctx, params) → Finding }` from the registry (or the caller's `rules`).
 */
import { defaultCalendar, indexOf, type WorkdayCalendar } from '../calendar/calendar.js';
import { type DateInput, formatBeijingInstant, toInstantMs } from '../time/index.js';
import { CalendarCoverageError, InvalidInputError } from '../errors.js';
import * as z from 'zod/mini';
import { lazyShape } from '../lazy-shape.js';
import { formatPath, guardRead, parseInput, safeParseEnglish, valueAt } from '../validate.js';
import { createContext } from './context.js';
import { PROFILES, type Profile, profileAt, scorecardAt } from './profiles.js';
import { readSnapshot, type SiteModel } from './read.js';
import { builtinRules } from './registry.js';
import { type AccountReport, type CheckReport, type Finding, findingSchema, type Status } from './report.js';
import { isRuleDefinition, type RuleDefinition } from './rule.js';
import type { SnapshotInput } from './snapshot-schema.js';
import { computeScore } from '../scoring/score.js';
import { resolveScorecard, type Scorecard, type ScorecardExtension, type ScorecardInput } from '../scoring/scorecard.js';

/** Options of {@link checkSite}. */
export interface CheckOptions {
  /** The checkpoint (监测时间点): an instant with a time of day. Nothing reads a clock. */
  readonly at: DateInput;
  /**
   * A profile id (`deyang-2018`, the default; `census-2015`, `gov-2019`; `census`, which picks one of
   * the two by the checkpoint) or a profile object. A checkpoint outside a profile's dates is refused.
   */
  readonly profile?: string | Profile;
  /** The working-day calendar for working-day deadlines (default: the shipped calendar). */
  readonly calendar?: WorkdayCalendar;
  /**
   * Definitions of custom rules the profile names, when the profile does not carry them itself
   * (a profile from `deriveProfile(…, definitions)` or `profileFromJson` does). These win over
   * the profile's own definitions of the same id.
   */
  readonly rules?: readonly RuleDefinition<any>[];
  /**
   * Score the site (`report.score`) under a scorecard: `gov-2019`, a complete scorecard or one
   * extending it (docs/scorecards.md). A check the scorecard measures an indicator with runs even
   * when the profile does not list it (with its default parameters).
   */
  readonly scorecard?: string | ScorecardInput | ScorecardExtension;
}

/** A value a leaf validator of the library refuses, as a zod issue that keeps its field and reason. */
function leaf<T>(read: (value: unknown) => T) {
  return z.pipe(z.optional(z.unknown()), z.transform((value, ctx): T => {
    try {
      return read(value);
    } catch (e) {
      if (!(e instanceof InvalidInputError)) throw e;
      ctx.issues.push({ code: 'custom', message: e.reason, input: value, params: { field: e.field, value: e.value } });
      return z.NEVER;
    }
  }));
}

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** `options.at` as epoch ms (InvalidInputError naming `at` otherwise). */
const readAt = (v: unknown): number => toInstantMs(v, 'at');

/** `options.calendar`: absent, the shipped calendar; anything that is not a calendar made by this library is refused. */
function readCalendar(v: unknown): WorkdayCalendar {
  const calendar = (v ?? defaultCalendar) as WorkdayCalendar;
  indexOf(calendar);
  return calendar;
}

/** A profile object `{ id, rules }` (a function with those properties is not one); made by {@link checkOptionsSchema}'s field on its first use. */
const profileObjectSchema = () => z.custom<Profile>(
  (v) =>
    typeof v === 'object' && v !== null &&
    typeof (v as Profile).id === 'string' &&
    typeof (v as Profile).rules === 'object' && (v as Profile).rules !== null && !Array.isArray((v as Profile).rules),
);

/** A shipped profile's id; made by {@link checkOptionsSchema}'s field on its first use. */
const profileIdSchema = () => z.pipe(z.string().check(z.refine((id) => hasOwn(PROFILES, id))), z.transform((id) => PROFILES[id] as Profile));

/** A rule definition `{ id, params, run }` as `defineRule` makes it; made by {@link checkOptionsSchema}'s field on its first use. */
const ruleDefinitionSchema = () => z.custom<RuleDefinition<any>>(
  (d) =>
    d !== null && typeof d === 'object' &&
    typeof (d as RuleDefinition<any>).id === 'string' &&
    typeof (d as RuleDefinition<any>).run === 'function' &&
    typeof (d as { params?: { safeParse?: unknown } }).params?.safeParse === 'function',
  { error: 'is not a rule definition { id, params, run } (see defineRule)' },
);

/**
 * The options of {@link checkSite} as a zod schema: each refusal says what the hand-written checks
 * said (`resolveCheckOptions` turns the first issue into an InvalidInputError naming the field).
 * `at` becomes epoch ms, `profile` a profile object (default `deyang-2018`), `calendar` a calendar
 * of this library (default: the shipped one), `rules` an array of rule definitions.
 *
 * @example
 * checkOptionsSchema.safeParse({ at: '2026-11-25T12:00:00+08:00', profile: 'census' }).success; // true
 * checkOptionsSchema.safeParse({ at: '2026-11-25T12:00:00+08:00', profile: 'nope' }).success;   // false
 */
export const checkOptionsSchema = z.object(
  lazyShape({
    at: () => leaf(readAt),
    profile: () => z.pipe(z.optional(z.union([profileIdSchema(), profileObjectSchema()], {
        // A string that is no shipped profile's id reaches here through the id branch.
        error: (issue) =>
          typeof issue.input === 'string'
            ? `is not a known profile (${Object.keys(PROFILES).join(', ')})`
            : 'is not a profile id or a profile object { id, rules }',
      })), z.transform((p) => p ?? (PROFILES['deyang-2018'] as Profile))),
    calendar: () => leaf(readCalendar),
    rules: () => z.pipe(z.nullish(z.array(ruleDefinitionSchema(), { error: 'is not an array of rule definitions' })), z.transform((r): readonly RuleDefinition<any>[] => r ?? [])),
  }),
  { error: 'is not an object { at, profile?, calendar? }' },
);

type ParsedOptions = z.output<typeof checkOptionsSchema>;

/**
 * What {@link checkOptionsSchema} gives for the common options — a shipped profile's id or none,
 * no `rules` — read without zod (a zod parse of the options cost more than checking a small
 * snapshot); `undefined` for anything else, or anything the schema would refuse, which the schema
 * then parses (and words the refusal). The same readers as the schema's, so the same answers.
 *
 * @example
 * commonOptions({ at: '2026-11-25T12:00:00+08:00', profile: 'census' })?.at; // 1795579200000
 * commonOptions({ at: '2026-11-25T12:00:00+08:00', profile: 'nope' });       // undefined
 */
export function commonOptions(options: CheckOptions): ParsedOptions | undefined {
  try {
    if (typeof options !== 'object' || options === null || Array.isArray(options)) return undefined;
    const { profile, rules } = options;
    if (rules != null) return undefined;
    let p: Profile | undefined;
    if (profile === undefined) p = PROFILES['deyang-2018'];
    else if (typeof profile === 'string' && hasOwn(PROFILES, profile)) p = PROFILES[profile];
    if (p === undefined) return undefined;
    return { at: readAt(options.at), profile: p, calendar: readCalendar(options.calendar), rules: [] };
  } catch {
    return undefined;
  }
}

/** The fields the refusals name: `at`, `profile`, `calendar` as before, and `options.rules[i]`. */
const OPTION_FIELD: Readonly<Record<string, string>> = { at: 'at', profile: 'profile', calendar: 'calendar', rules: 'options.rules' };

/** Check options resolved and validated: what {@link checkSite} runs with. */
export interface ResolvedCheckOptions {
  /** The checkpoint, epoch ms. */
  readonly at: number;
  /** The checkpoint as `YYYY-MM-DDTHH:mm:ss.SSS+08:00`. */
  readonly atText: string;
  readonly profile: Profile;
  readonly calendar: WorkdayCalendar;
  /** Each rule with its parameters, and whether it is the caller's (its findings are then checked). */
  readonly plan: ReadonlyArray<readonly [RuleDefinition<any>, Readonly<Record<string, unknown>>, boolean]>;
  readonly scorecard: Scorecard | undefined;
}

/** The shipped profiles and their versions: their parameters are parsed already. */
const BUILTIN_PROFILES: ReadonlySet<Profile> = new Set(Object.values(PROFILES).flatMap((p) => [p, ...(p.versions ?? [])]));

/**
 * Validates check options without a snapshot and resolves them: the profile by id, each rule of
 * the profile against the built-in and the caller's definitions, each rule's parameters against
 * its schema. Throws the InvalidInputError {@link checkSite} would (the CLI validates its flags
 * with it before reading any input).
 *
 * @example
 * resolveCheckOptions({ at: '2026-11-25T12:00:00+08:00', profile: 'census' }).atText; // '2026-11-25T12:00:00.000+08:00'
 * resolveCheckOptions({ at: '2026-11-25T12:00:00+08:00', profile: 'nope' }); // throws InvalidInputError
 */
export function resolveCheckOptions(options: CheckOptions): ResolvedCheckOptions {
  // A getter or Proxy trap in the options that throws is refused as input, not let through.
  return guardRead('options', options, () => resolveOptionsOf(options));
}

/** One step of a plan: a rule, its parameters, whether it is the caller's. */
type PlanStep = readonly [RuleDefinition<any>, Readonly<Record<string, unknown>>, boolean];

/** The built-in rules by id (built on first use; the first of an id, as `find` gives it). */
let builtinById: Map<string, RuleDefinition<any>> | undefined;
function builtinRule(id: string): RuleDefinition<any> | undefined {
  if (builtinById === undefined) {
    builtinById = new Map();
    for (const d of builtinRules) if (!builtinById.has(d.id)) builtinById.set(d.id, d);
  }
  return builtinById.get(id);
}

/** The plan of each shipped profile (version) run without extra definitions: the same every time, so made once. */
const BUILTIN_PLANS = new WeakMap<Profile, readonly PlanStep[]>();

function resolveOptionsOf(options: CheckOptions): ResolvedCheckOptions {
  const common = commonOptions(options);
  const parsed = common === undefined ? safeParseEnglish(checkOptionsSchema, options) : { success: true as const, data: common };
  if (!parsed.success) {
    const issue = parsed.error.issues[0] as z.core.$ZodIssue;
    const [key, ...rest] = issue.path;
    const own = (issue as { params?: { field?: unknown; value?: unknown } }).params;
    if (typeof own?.field === 'string') throw new InvalidInputError(own.field, own.value, issue.message);
    const field = key === undefined ? 'options' : formatPath(OPTION_FIELD[String(key)] ?? `options.${String(key)}`, rest);
    throw new InvalidInputError(field, key === undefined ? options : valueAt(options, issue.path), issue.message);
  }
  const { at, calendar, rules: extra } = parsed.data;
  // The definitions a profile carries (deriveProfile, profileFromJson); options.rules wins.
  const carried = parsed.data.profile.definitions ?? [];
  if (!Array.isArray(carried)) throw new InvalidInputError('profile.definitions', carried, 'is not an array of rule definitions');
  carried.forEach((d: unknown, i) => {
    if (!isRuleDefinition(d)) throw new InvalidInputError(`profile.definitions[${i}]`, d, 'is not a rule definition { id, params, run } (see defineRule)');
  });
  // A versioned profile (census, deyang-2018) runs the version in force at the checkpoint.
  const profile = profileAt(parsed.data.profile, at);
  const builtin = BUILTIN_PROFILES.has(profile) && extra.length === 0;
  const made = builtin && carried.length === 0 ? BUILTIN_PLANS.get(profile) : undefined;
  const plan: PlanStep[] = made !== undefined ? [...made] : Object.entries(profile.rules).map(([id, params]) => {
    const custom = extra.find((d) => d.id === id) ?? carried.find((d) => d.id === id);
    const def = custom ?? builtinRule(id);
    if (def === undefined) throw new InvalidInputError(`profile.rules`, id, 'is not a known rule id (pass its definition in options.rules)');
    // The shipped profiles hold parsed parameters; a caller's profile object is checked here, so a
    // rule never runs on parameters its schema refuses.
    const checked = builtin ? params : parseInput(def.params, params ?? {}, `profile.rules["${id}"]`);
    return [def, checked as Readonly<Record<string, unknown>>, custom !== undefined] as const;
  });
  if (builtin && carried.length === 0 && made === undefined) BUILTIN_PLANS.set(profile, Object.freeze([...plan]));
  // A scorecard with dates (the shipped gov-2019 one and its extensions) scores checkpoints within them only.
  const scorecard = options.scorecard === undefined ? undefined : scorecardAt(resolveScorecard(options.scorecard, 'options.scorecard'), at, 'options.scorecard');
  if (scorecard !== undefined) {
    // The checks the scorecard measures with, when the profile does not run them.
    const ids = new Set(plan.map(([d]) => d.id));
    for (const ind of [...scorecard.indicators, ...scorecard.bonusIndicators]) {
      const rule = ind.measure?.rule;
      if (rule === undefined || ids.has(rule)) continue;
      const custom = extra.find((d) => d.id === rule) ?? carried.find((d) => d.id === rule);
      const def = custom ?? builtinRule(rule);
      if (def === undefined) throw new InvalidInputError(`options.scorecard: indicator "${ind.id}" measure.rule`, rule, 'is not a known rule id (pass its definition in options.rules)');
      ids.add(rule);
      plan.push([def, parseInput(def.params, {}, `options.scorecard: rule "${rule}"`) as Readonly<Record<string, unknown>>, custom !== undefined]);
    }
  }
  return { at, atText: formatBeijingInstant(at), profile, calendar, plan, scorecard };
}

function runOne(def: RuleDefinition<any>, params: Readonly<Record<string, unknown>>, custom: boolean, ctx: ReturnType<typeof createContext>): Finding {
  try {
    const f: unknown = def.run(ctx, params);
    // A caller's rule is checked like any input: a report never carries a finding that
    // checkReportSchema refuses (an unknown status would corrupt the summary).
    if (custom) {
      const parsed = safeParseEnglish(findingSchema, f);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue === undefined || issue.path.length === 0 ? '' : ` (at ${issue.path.map(String).join('.')})`;
        throw new InvalidInputError(`options.rules["${def.id}"].run`, f, `returned something that is not a finding { rule, status, message: { zh, en }, evidence }${where}`);
      }
    }
    const found = f as Finding;
    return found.rule === def.id ? found : { ...found, rule: def.id };
  } catch (e) {
    if (e instanceof CalendarCoverageError) {
      return {
        rule: def.id,
        status: 'needs-input',
        message: {
          zh: `需要${e.year}年的工作日数据（日历覆盖${e.coverage.start}至${e.coverage.end}）`,
          en: `Needs working-day data for ${e.year} (the calendar covers ${e.coverage.start}..${e.coverage.end})`,
        },
        evidence: { missingYear: e.year, coverage: e.coverage },
      };
    }
    throw e;
  }
}

/**
 * {@link checkSite} on options already resolved, with the numeric model of the snapshot it read
 * (internal: `selfInspect` reads the columns from it instead of reading the snapshot again).
 *
 * @example
 * const s = { schemaVersion: 1, site: { id: 'a', name: 'A', kind: 'portal', level: 'city' }, columns: [] };
 * const { report, model } = checkResolved(s, resolveCheckOptions({ at: '2026-11-25T12:00:00+08:00', profile: 'census' }));
 * [report.site, model.columns.length]; // ['a', 0]
 */
export function checkResolved(snapshot: unknown, r: ResolvedCheckOptions): { readonly report: CheckReport; readonly model: SiteModel } {
  const model = readSnapshot(snapshot);
  const ctx = createContext(model, r.at, r.calendar, snapshot);
  const findings: Finding[] = [];
  const summary: Record<Status, number> = { pass: 0, fail: 0, 'not-applicable': 0, 'needs-input': 0 };
  const vetoes: string[] = [];
  const accountPlan: typeof r.plan[number][] = [];
  for (const step of r.plan) {
    const [def, params, custom] = step;
    if (def.scope === 'account') {
      accountPlan.push(step);
      continue;
    }
    const f = runOne(def, params, custom, ctx);
    findings.push(f);
    summary[f.status]++;
    if (def.veto === true && f.status === 'fail') vetoes.push(def.id);
  }
  const report: CheckReport = { at: r.atText, profile: r.profile.id, site: model.site.id, verdict: vetoes.length > 0 ? 'unqualified' : 'qualified', findings, summary };
  if (r.scorecard !== undefined) {
    report.score = computeScore({ site: model.site, vetoes, findings, manualScores: model.facts?.manualScores }, r.scorecard);
  }
  if (accountPlan.length === 0) return { report, model };
  // Each new-media account is judged on its own; its verdict never changes the site's. The
  // account context inherits the site's (its lazy members stay lazy).
  const accounts = (model.accounts ?? []).map((account): AccountReport => {
    const actx = Object.assign(Object.create(ctx) as typeof ctx, { account });
    const found = accountPlan.map(([def, params, custom]) => runOne(def, params, custom, actx));
    const failed = found.some((f, i) => f.status === 'fail' && accountPlan[i]?.[0].veto === true);
    return { account: account.id, verdict: failed ? 'unqualified' : 'qualified', findings: found };
  });
  return { report: { ...report, accounts }, model };
}

const check = (snapshot: unknown, r: ResolvedCheckOptions): CheckReport => checkResolved(snapshot, r).report;

/**
 * Checks one site snapshot at a checkpoint against a profile: one finding per rule, the verdict
 * (`unqualified` iff a census single-veto rule fails) and a summary. Invalid input throws
 * InvalidInputError naming the JSON path and value.
 *
 * @example
 * const report = checkSite(
 *   { schemaVersion: 1, site: { id: 'dy-edu', name: '德阳市教育局', kind: 'department', level: 'city' },
 *     links: [{ url: 'https://ad.example.com', kind: 'commercial' }] },
 *   { at: '2026-11-25T12:00:00+08:00' });
 * report.findings.find((f) => f.rule === 'deyang-2018/art28-links').status; // 'fail'
 * report.verdict; // 'qualified' (art. 28 is not a census veto)
 */
export function checkSite(snapshot: SnapshotInput, options: CheckOptions): CheckReport {
  return check(snapshot, resolveCheckOptions(options));
}

/**
 * {@link checkSite} for a snapshot whose type is not known at compile time (parsed JSON, a
 * database row): the same validation and report, with `unknown` accepted on purpose. Prefer
 * `checkSite`, whose `SnapshotInput` type catches a misspelt field when the snapshot is built in
 * code.
 *
 * @example
 * const data: unknown = JSON.parse('{"schemaVersion":1,"site":{"id":"a","name":"A","kind":"portal","level":"city"}}');
 * checkSiteUnknown(data, { at: '2026-11-25T12:00:00+08:00', profile: 'census' }).verdict; // 'qualified'
 * checkSiteUnknown({ colums: [] }, { at: '2026-11-25T12:00:00+08:00' }); // throws InvalidInputError
 */
export function checkSiteUnknown(snapshot: unknown, options: CheckOptions): CheckReport {
  return check(snapshot, resolveCheckOptions(options));
}

/**
 * Checks many snapshots lazily with the same options (the options are resolved once). Yields one
 * report per snapshot; an invalid snapshot throws when reached.
 *
 * @example
 * const s = { schemaVersion: 1, site: { id: 'a', name: 'A', kind: 'portal', level: 'city' } };
 * [...checkSites([s, s], { at: '2026-11-25T12:00:00+08:00', profile: 'census' })].length; // 2
 */
export function* checkSites(snapshots: Iterable<SnapshotInput>, options: CheckOptions): Generator<CheckReport, void, undefined> {
  const r = resolveCheckOptions(options);
  if (snapshots === null || typeof guardRead('snapshots', snapshots, () => (snapshots as { [Symbol.iterator]?: unknown })?.[Symbol.iterator]) !== 'function') {
    throw new InvalidInputError('snapshots', snapshots, 'is not an iterable of snapshots (an array, a generator …)');
  }
  for (const s of snapshots) yield check(s, r);
}
