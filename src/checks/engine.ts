/**
 * The engine: validates the snapshot once, builds the numeric model and the context, runs the
 * profile's rules in order and assembles the report. It knows nothing about any article: each
 * rule is a `{ id, run(ctx, params) → Finding }` from the registry (or the caller's `rules`).
 */
import { defaultCalendar, indexOf, type WorkdayCalendar } from '../calendar/calendar.js';
import { type DateInput, formatBeijingInstant, toInstantMs } from '../time/index.js';
import { CalendarCoverageError, InvalidInputError } from '../errors.js';
import { guardRead, parseInput } from '../validate.js';
import { createContext } from './context.js';
import { PROFILES, type Profile } from './profiles.js';
import { readSnapshot } from './read.js';
import { builtinRules } from './registry.js';
import { type CheckReport, type Finding, findingSchema, type Status } from './report.js';
import type { RuleDefinition } from './rule.js';
import type { SnapshotInput } from './snapshot-schema.js';

/** Options of {@link checkSite}. */
export interface CheckOptions {
  /** The checkpoint (监测时间点): an instant with a time of day. Nothing reads a clock. */
  readonly at: DateInput;
  /** A profile id (`deyang-2018`, the default, or `census`) or a profile object. */
  readonly profile?: string | Profile;
  /** The working-day calendar for working-day deadlines (default: the shipped calendar). */
  readonly calendar?: WorkdayCalendar;
  /** Definitions of custom rules the profile names. */
  readonly rules?: readonly RuleDefinition<any>[];
}

interface Resolved {
  readonly at: number;
  readonly atText: string;
  readonly profile: Profile;
  readonly calendar: WorkdayCalendar;
  /** Each rule with its parameters, and whether it is the caller's (its findings are then checked). */
  readonly plan: ReadonlyArray<readonly [RuleDefinition<any>, Readonly<Record<string, unknown>>, boolean]>;
}

function resolveOptions(options: CheckOptions): Resolved {
  // A getter or Proxy trap in the options that throws is refused as input, not let through.
  return guardRead('options', options, () => resolveOptionsOf(options));
}

function resolveOptionsOf(options: CheckOptions): Resolved {
  if (options === null || typeof options !== 'object') throw new InvalidInputError('options', options, 'is not an object { at, profile?, calendar? }');
  const at = toInstantMs(options.at, 'at');
  let profile: Profile;
  if (options.profile === undefined) profile = PROFILES['deyang-2018'] as Profile;
  else if (typeof options.profile === 'string') {
    const found = Object.prototype.hasOwnProperty.call(PROFILES, options.profile) ? PROFILES[options.profile] : undefined;
    if (found === undefined) throw new InvalidInputError('profile', options.profile, `is not a known profile (${Object.keys(PROFILES).join(', ')})`);
    profile = found;
  } else if (
    typeof options.profile === 'object' &&
    options.profile !== null &&
    typeof options.profile.id === 'string' &&
    typeof options.profile.rules === 'object' &&
    options.profile.rules !== null &&
    !Array.isArray(options.profile.rules)
  ) profile = options.profile;
  else throw new InvalidInputError('profile', options.profile, 'is not a profile id or a profile object { id, rules }');
  const calendar = options.calendar ?? defaultCalendar;
  indexOf(calendar); // refuses anything that is not a calendar made by this library
  const extra = options.rules ?? [];
  if (!Array.isArray(extra)) throw new InvalidInputError('options.rules', extra, 'is not an array of rule definitions');
  extra.forEach((d: unknown, i) => {
    if (
      d === null ||
      typeof d !== 'object' ||
      typeof (d as RuleDefinition<any>).id !== 'string' ||
      typeof (d as RuleDefinition<any>).run !== 'function' ||
      typeof (d as { params?: { safeParse?: unknown } }).params?.safeParse !== 'function'
    ) {
      throw new InvalidInputError(`options.rules[${i}]`, d, 'is not a rule definition { id, params, run } (see defineRule)');
    }
  });
  const builtin = Object.values(PROFILES).includes(profile) && extra.length === 0;
  const plan = Object.entries(profile.rules).map(([id, params]) => {
    const custom = extra.find((d) => d.id === id);
    const def = custom ?? builtinRules.find((d) => d.id === id);
    if (def === undefined) throw new InvalidInputError(`profile.rules`, id, 'is not a known rule id (pass its definition in options.rules)');
    // The shipped profiles hold parsed parameters; a caller's profile object is checked here, so a
    // rule never runs on parameters its schema refuses.
    const checked = builtin ? params : parseInput(def.params, params ?? {}, `profile.rules["${id}"]`);
    return [def, checked as Readonly<Record<string, unknown>>, custom !== undefined] as const;
  });
  return { at, atText: formatBeijingInstant(at), profile, calendar, plan };
}

function runOne(def: RuleDefinition<any>, params: Readonly<Record<string, unknown>>, custom: boolean, ctx: ReturnType<typeof createContext>): Finding {
  try {
    const f: unknown = def.run(ctx, params);
    // A caller's rule is checked like any input: a report never carries a finding that
    // checkReportSchema refuses (an unknown status would corrupt the summary).
    if (custom) {
      const parsed = findingSchema.safeParse(f);
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

function check(snapshot: unknown, r: Resolved): CheckReport {
  const model = readSnapshot(snapshot);
  const ctx = createContext(model, r.at, r.calendar);
  const findings: Finding[] = [];
  const summary: Record<Status, number> = { pass: 0, fail: 0, 'not-applicable': 0, 'needs-input': 0 };
  let unqualified = false;
  for (const [def, params, custom] of r.plan) {
    const f = runOne(def, params, custom, ctx);
    findings.push(f);
    summary[f.status]++;
    if (def.veto === true && f.status === 'fail') unqualified = true;
  }
  return { at: r.atText, profile: r.profile.id, site: model.site.id, verdict: unqualified ? 'unqualified' : 'qualified', findings, summary };
}

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
  return check(snapshot, resolveOptions(options));
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
  return check(snapshot, resolveOptions(options));
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
  const r = resolveOptions(options);
  if (snapshots === null || typeof guardRead('snapshots', snapshots, () => (snapshots as { [Symbol.iterator]?: unknown })?.[Symbol.iterator]) !== 'function') {
    throw new InvalidInputError('snapshots', snapshots, 'is not an iterable of snapshots (an array, a generator …)');
  }
  for (const s of snapshots) yield check(s, r);
}
