/**
 * Matchers for `expect.extend(matchers)` in vitest or jest. They import neither runner: each is a
 * plain function that receives the runner's matcher context as `this` (it reads `this.isNot` and,
 * when present, `this.utils.printReceived`) and returns `{ pass, message }`. Every failure message
 * quotes the rule's article (from the catalog) and what was computed: the deadline, or the
 * finding's status, message and evidence.
 */
import {
  assess,
  censusAliases,
  checkSiteUnknown,
  type CheckReport,
  type DateInput,
  deadline,
  type DeadlineOptions,
  type DeadlineResult,
  type DeadlineRuleId,
  defaultCalendar,
  type Profile,
  ruleById,
  type RuleDefinition,
  type RuleId,
  type WorkdayCalendar,
} from '../index.js';
import { combineStatuses } from '../checks/report.js';
import { claimsLuxon, dateTimeValue } from '../date-like.js';

/** The part of vitest's / jest's matcher context the matchers read. */
export interface MatcherContextLike {
  readonly isNot?: boolean;
  readonly utils?: { readonly printReceived?: (value: unknown) => string };
}

/** What a matcher returns to the runner. */
export interface MatcherResult {
  readonly pass: boolean;
  readonly message: () => string;
}

/** Options of {@link toBeWorkday}. */
export interface WorkdayMatcherOptions {
  /** The calendar to ask (default: the shipped calendar). */
  readonly calendar?: WorkdayCalendar;
}

/** Options of {@link toPassRule} and {@link toFailRule}. */
export interface RuleMatcherOptions {
  /** The checkpoint; may be omitted when the received value is a `{ snapshot, at }` case from `arbitraries.snapshot()`. */
  readonly at?: DateInput;
  /** A profile id or object (default `deyang-2018`, which also holds the census vetoes). */
  readonly profile?: string | Profile;
  readonly calendar?: WorkdayCalendar;
  /** Definitions of custom rules the profile names. */
  readonly rules?: readonly RuleDefinition<any>[];
}

/** What `toBeDueBy` counts from: a date/instant (`{ from }`), or the rule's whole input (`{ quarter }`, `{ from, complex }` …). */
export type DueFrom = DateInput | Readonly<Record<string, unknown>>;

/**
 * The matchers' signatures, for the runners' `expect` (see `gov-site-rules/testing/vitest` and
 * `gov-site-rules/testing/jest`).
 */
export interface GovSiteRulesMatchers<R = unknown> {
  /** The received date (or instant, read in Beijing) is a working day. */
  toBeWorkday(options?: WorkdayMatcherOptions): R;
  /** The received act (a date or instant) is at or before the rule's deadline counted from `from`. */
  toBeDueBy(ruleId: DeadlineRuleId | (string & {}), from: DueFrom, options?: DeadlineOptions): R;
  /** The received snapshot (or `{ snapshot, at }`) gets `pass` for the rule at the checkpoint. */
  toPassRule(ruleId: RuleId | (string & {}), options?: RuleMatcherOptions): R;
  /** The received snapshot (or `{ snapshot, at }`) gets `fail` for the rule at the checkpoint. */
  toFailRule(ruleId: RuleId | (string & {}), options?: RuleMatcherOptions): R;
}

const show = (ctx: MatcherContextLike | undefined, v: unknown): string => {
  const p = ctx?.utils?.printReceived;
  if (typeof p === 'function') return p(v);
  if (typeof v === 'string') return JSON.stringify(v);
  const ms = dateTimeValue(v);
  if (ms !== undefined) return Number.isNaN(ms) ? 'Invalid Date' : new Date(ms).toISOString();
  return truncate(safeJson(v), 200);
};

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

const truncate = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** `第二十四条第（一）项 (Art. 24(1)) of 《…》: 政策文件…` */
function quoteArticle(ruleId: string): string {
  const e = ruleById(ruleId);
  return `${e.article} (${e.articleEn}) of ${e.source}: ${e.requirement}`;
}

const not = (ctx: MatcherContextLike | undefined): string => (ctx?.isNot === true ? ' not' : '');

/**
 * `expect(date).toBeWorkday()`: passes iff the received date (`YYYY-MM-DD`, or an instant read in
 * Beijing) is a working day (工作日, make-up days included). The message names the day's kind and
 * the notice it comes from. A date outside the calendar's coverage throws CalendarCoverageError.
 *
 * @example
 * toBeWorkday.call({ isNot: false }, '2026-10-10').pass; // true (a make-up working day)
 * toBeWorkday.call({ isNot: false }, '2026-10-01').pass; // false
 * toBeWorkday.call({ isNot: false }, '2026-10-01').message().includes('rest day'); // true
 */
export function toBeWorkday(this: MatcherContextLike | void, received: unknown, options?: WorkdayMatcherOptions): MatcherResult {
  const ctx = this ?? undefined;
  const calendar = options?.calendar ?? defaultCalendar;
  const kind = calendar.dayKind(received as DateInput);
  const pass = kind.workday;
  return {
    pass,
    message: () =>
      `expected ${show(ctx, received)}${not(ctx)} to be a working day: ${kind.date} is a ${kind.workday ? 'working day' : 'rest day'} ` +
      `(${kind.kind}${kind.festival === undefined ? '' : `, ${kind.festival}`}; ${kind.source}${kind.provisional ? '; provisional' : ''})`,
  };
}

function isPlainInput(from: unknown): from is Readonly<Record<string, unknown>> {
  if (from === null || typeof from !== 'object' || dateTimeValue(from) !== undefined || claimsLuxon(from)) return false;
  try {
    const proto: unknown = Object.getPrototypeOf(from);
    return proto === Object.prototype || proto === null;
  } catch {
    return false; // a revoked Proxy: passed on as `{ from }`, where the library refuses it
  }
}

function describeDeadline(d: DeadlineResult): string {
  // A fixed-date rule counts nothing: it names a date (Art. 32's 15th of the quarter's second month).
  const span = d.unit === 'fixed' ? 'a fixed date' : `${d.amount} ${d.unit}${d.amount === 1 ? '' : 's'}`;
  return `deadline ${d.deadline} (last day ${d.dueDate}; ${span} counted from ${d.start}${d.provisional ? '; provisional calendar data' : ''})`;
}

/**
 * `expect(act).toBeDueBy(ruleId, from)`: passes iff the act (an instant, or a date meaning that
 * day) is at or before `deadline(ruleId, { from }).deadline`. `from` may also be the rule's whole
 * input (`{ quarter: '2026Q3' }`, `{ from, complex: true }`). The message quotes the article and
 * the computed deadline, and how late the act is.
 *
 * @example
 * toBeDueBy.call({ isNot: false }, '2026-10-10T18:00:00+08:00', 'deyang-2018/art24-policy-document', '2026-09-30').pass; // true
 * const r = toBeDueBy.call({ isNot: false }, '2026-10-12T09:00:00+08:00', 'deyang-2018/art24-policy-document', '2026-09-30');
 * r.pass; // false
 * r.message().includes('2026-10-10T23:59:59.999+08:00') && r.message().includes('第二十四条第（一）项'); // true
 * toBeDueBy.call({ isNot: false }, '2026-08-15', 'deyang-2018/art32-self-inspection', { quarter: '2026Q3' }).pass; // true
 */
export function toBeDueBy(this: MatcherContextLike | void, received: unknown, ruleId: string, from: DueFrom, options?: DeadlineOptions): MatcherResult {
  const ctx = this ?? undefined;
  const input = isPlainInput(from) ? from : { from };
  const d = deadline(ruleId as DeadlineRuleId, input as never, options); // checked at run time
  const a = assess(d, { doneAt: received as DateInput, now: received as DateInput }, options);
  const pass = a.status === 'on-time';
  return {
    pass,
    message: () =>
      `expected ${show(ctx, received)}${not(ctx)} to meet ${ruleId} counted from ${show(ctx, isPlainInput(from) ? input : from)}: ` +
      `${describeDeadline(d)}; the act is ${pass ? 'on time' : `late by ${a.late?.amount} ${a.late?.unit}(s)`}. ` +
      `Rule: ${quoteArticle(ruleId)}`,
  };
}

function unpack(received: unknown, options: RuleMatcherOptions | undefined): { snapshot: unknown; at: DateInput } {
  const r = received as { snapshot?: unknown; at?: unknown; schemaVersion?: unknown } | null;
  const isCase = r !== null && typeof r === 'object' && 'snapshot' in r && !('schemaVersion' in r);
  const snapshot = isCase ? r.snapshot : received;
  const at = options?.at ?? (isCase ? (r.at as DateInput | undefined) : undefined);
  if (at === undefined) throw new TypeError('toPassRule/toFailRule need a checkpoint: pass { at } or receive a { snapshot, at } case');
  return { snapshot, at };
}

/**
 * A `census/…` alias the report does not hold: the combined finding of the versioned rules it
 * names (any fail → fail, else any needs-input …), with theirs as evidence.
 */
function aliasFinding(ruleId: string, report: CheckReport): CheckReport['findings'][number] | undefined {
  const alias = Object.prototype.hasOwnProperty.call(censusAliases, ruleId) ? censusAliases[ruleId as keyof typeof censusAliases] : undefined;
  if (alias === undefined) return undefined;
  const ids = [...alias.params, ...alias.also];
  const parts = report.findings.filter((x) => ids.includes(x.rule));
  if (parts.length === 0) return undefined;
  const status = combineStatuses(parts.map((x) => x.status));
  const lead = parts.find((x) => x.status === status) ?? parts[0]!;
  return { rule: ruleId, status, message: lead.message, evidence: { aliasOf: parts.map((x) => ({ rule: x.rule, status: x.status })) } };
}

function ruleFinding(ruleId: string, received: unknown, options: RuleMatcherOptions | undefined) {
  const { snapshot, at } = unpack(received, options);
  const report: CheckReport = checkSiteUnknown(snapshot, {
    at,
    ...(options?.profile === undefined ? {} : { profile: options.profile }),
    ...(options?.calendar === undefined ? {} : { calendar: options.calendar }),
    ...(options?.rules === undefined ? {} : { rules: options.rules }),
  });
  const f = report.findings.find((x) => x.rule === ruleId) ?? aliasFinding(ruleId, report);
  if (f === undefined) throw new TypeError(`the profile ${report.profile} has no rule ${ruleId} (its rules: ${report.findings.map((x) => x.rule).join(', ')})`);
  return { f, report };
}

function ruleMatcher(ctx: MatcherContextLike | undefined, want: 'pass' | 'fail', received: unknown, ruleId: string, options?: RuleMatcherOptions): MatcherResult {
  const { f, report } = ruleFinding(ruleId, received, options);
  const pass = f.status === want;
  let article: string;
  try {
    article = quoteArticle(ruleId);
  } catch {
    article = '(a custom rule: not in the catalog)';
  }
  return {
    pass,
    message: () =>
      `expected the snapshot of site ${report.site}${not(ctx)} to ${want} ${ruleId} at ${report.at} (profile ${report.profile}): ` +
      `the finding is ${f.status} — ${f.message.en} / ${f.message.zh}. ` +
      `Evidence: ${truncate(safeJson(f.evidence ?? {}), 600)}. Rule: ${article}`,
  };
}

/**
 * `expect(snapshot).toPassRule(ruleId, { at, profile? })`: runs `checkSite` and passes iff the
 * rule's finding is `pass` (`needs-input` and `not-applicable` are not passes). The received value
 * may be a `{ snapshot, at }` case from `arbitraries.snapshot()`, and then `at` may be omitted.
 * The message quotes the article, the status, the finding's message and its evidence.
 *
 * @example
 * const s = { schemaVersion: 1, site: { id: 'a', name: 'A', kind: 'portal', level: 'city' }, links: [{ url: 'https://www.gov.cn', kind: 'government' }] };
 * toPassRule.call({ isNot: false }, s, 'deyang-2018/art28-links', { at: '2026-11-25T12:00:00+08:00' }).pass; // true
 * toPassRule.call({ isNot: false }, { snapshot: s, at: '2026-11-25T12:00:00+08:00' }, 'census/blank-columns').pass; // false (no columns: needs-input)
 */
export function toPassRule(this: MatcherContextLike | void, received: unknown, ruleId: string, options?: RuleMatcherOptions): MatcherResult {
  return ruleMatcher(this ?? undefined, 'pass', received, ruleId, options);
}

/**
 * `expect(snapshot).toFailRule(ruleId, { at, profile? })`: passes iff the rule's finding is
 * `fail`. Otherwise as {@link toPassRule}.
 *
 * @example
 * const s = { schemaVersion: 1, site: { id: 'a', name: 'A', kind: 'portal', level: 'city' }, links: [{ url: 'https://ad.example.com', kind: 'commercial' }] };
 * const r = toFailRule.call({ isNot: false }, s, 'deyang-2018/art28-links', { at: '2026-11-25T12:00:00+08:00' });
 * r.pass; // true
 * r.message().includes('第二十八条'); // true
 */
export function toFailRule(this: MatcherContextLike | void, received: unknown, ruleId: string, options?: RuleMatcherOptions): MatcherResult {
  return ruleMatcher(this ?? undefined, 'fail', received, ruleId, options);
}
