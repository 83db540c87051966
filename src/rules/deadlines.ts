/**
 * `deadline(ruleId, input, options?)` and one named function per deadline rule. The named
 * functions are thin wrappers: every period lives in the catalog, once.
 */
import type { CalendarIndex } from '../calendar/calendar-index.js';
import { beijingDayOfInstant, endOfBeijingDay, epochDayFromYmd, type EpochDay, formatBeijingInstant, formatEpochDay, LAST_CIVIL_DAY, MS_PER_HOUR, parseCivilDate, parseDateInput, parseQuarter, startOfBeijingDay, toInstantMs } from '../time/index.js';
import type { PeriodUnit } from './catalog-schema.js';
import { type DeadlineEntry, deadlineEntry, type DeadlineRuleId } from './catalog-deadlines.js';
import type { AnnualReportInput, DeadlineInputs, EventInput, InstantInput, OpinionInput, QuarterInput, ReplyInput, YearInput } from './inputs.js';
import { handFlag, handIssuer, handKeyOf, inputReaderOf, offsetInstantOf, quarterByHand, type ReadDeadlineInput, readFromByHand, readYearByHand } from './inputs.js';
import { type CalendarOptions, type DeadlineOptions, parseDeadlineOptions, resolveIndex } from './options.js';
import { type DueContext, type DueStart, dueOf, fixedDueDayIn, inForceDays, NONE } from './periods.js';

/** Where a rule comes from: the document, the article and the requirement's Chinese text. */
export interface ArticleRef {
  /** The source document's title, in Chinese. */
  readonly source: string;
  /** The article, in Chinese, e.g. `第二十四条第（一）项`. */
  readonly article: string;
  /** The article, in English, e.g. `Art. 24(1)`. */
  readonly articleEn: string;
  /** The requirement in Chinese (restored text). */
  readonly text: string;
}

/** A computed deadline. */
export interface DeadlineResult {
  /** The rule id. */
  readonly rule: DeadlineRuleId;
  /** The article that imposes the deadline, with its text. */
  readonly article: ArticleRef;
  /**
   * What the period was counted from, in Beijing: `YYYY-MM-DD` for day-based rules, an ISO
   * instant with `+08:00` for hour rules, the first day of the quarter or year reported on for
   * fixed-date rules.
   */
  readonly start: string;
  readonly unit: PeriodUnit;
  /** The period in `unit` (0 for fixed dates; base period plus any extension). */
  readonly amount: number;
  /** The last permitted day, `YYYY-MM-DD` (Beijing). */
  readonly dueDate: string;
  /** The last permitted instant, ISO with `+08:00`: the end of `dueDate`, or the exact instant for hour rules. */
  readonly deadline: string;
  /** `true` iff the answer relied on provisional (law-derived) calendar data. */
  readonly provisional: boolean;
  /** The provisional years the count ran through, oldest first; empty when `provisional` is false. */
  readonly provisionalYears: readonly number[];
}

/**
 * A deadline as numbers, what {@link deadline} computes before it makes text: the internal result
 * that `assess`, `obligations`, the timeliness checks and the `.ics` writer share, so that no
 * deadline is formatted and then parsed back.
 */
export interface DueNumbers {
  /** The last permitted day (Beijing), an epoch day. */
  readonly dueDay: EpochDay;
  /** The deadline instant, epoch ms. */
  readonly deadlineMs: number;
  /** What the period was counted from, epoch ms: the hour rule's instant, else the first millisecond of the start day. */
  readonly startMs: number;
}

/** A deadline's public result and the numbers it was made from (internal callers read the numbers). */
export interface DeadlineWithNumbers<T extends DeadlineResult = DeadlineResult> {
  readonly result: T;
  readonly numbers: DueNumbers;
}

/** Each entry's article reference, made once: results share it (it is frozen). */
const ARTICLES = new Map<string, ArticleRef>();

function articleOf(e: DeadlineEntry): ArticleRef {
  let a = ARTICLES.get(e.id);
  if (a === undefined) {
    a = Object.freeze({ source: e.source, article: e.article, articleEn: e.articleEn, text: e.requirement });
    ARTICLES.set(e.id, a);
  }
  return a;
}

/** What `deadline()` needs of a rule besides the call: its entry, its article and its input reader. */
interface Rule {
  readonly e: DeadlineEntry;
  readonly article: ArticleRef;
  readonly read: (input: unknown) => ReadDeadlineInput;
  /** The call without options for the inputs read by hand ({@link fastCallOf}); `undefined` sends it to {@link run}. */
  readonly fast: (input: unknown) => DeadlineResult | undefined;
}

/** Each deadline rule's {@link Rule}, made once per id (one map read per call). */
const RULES = new Map<string, Rule>();

/**
 * The rule of the last call and its id: a loop over one rule reads no map. Before the first call
 * `lastId` is a value no caller can pass (not `undefined`, which an untyped caller can), so the
 * first call of a process looks its id up like any other.
 */
const NO_CALL_YET = Symbol('no call yet');
let lastId: string | typeof NO_CALL_YET = NO_CALL_YET;
let lastRule: Rule | undefined;

function ruleOf(ruleId: string): Rule {
  if (ruleId === lastId) return lastRule as Rule;
  let r = RULES.get(ruleId);
  if (r === undefined) {
    const e = deadlineEntry(ruleId); // throws for an unknown id or a check rule
    const article = articleOf(e);
    r = { e, article, read: inputReaderOf(e), fast: fastCallOf(e) };
    RULES.set(ruleId, r);
  }
  lastId = ruleId;
  lastRule = r;
  return r;
}

/**
 * The Beijing day of a `from` value: a `YYYY-MM-DD` text by the civil-date grammar, an instant
 * with an offset by its char-code grammar ({@link offsetInstantOf}), anything else by
 * `parseDateInput` (and its refusals).
 */
function dayOf(from: unknown): EpochDay {
  if (typeof from === 'string' && from.length === 10) {
    const day = parseCivilDate(from);
    if (day !== undefined) return day;
  }
  const ms = offsetInstantOf(from);
  return ms === ms ? beijingDayOfInstant(ms) : parseDateInput(from, 'from').day;
}

/** The instant of an hour rule's `from`: by the char-code grammar when it has an offset, else by `toInstantMs` (and its refusals). */
function instantOf(from: unknown): number {
  const ms = offsetInstantOf(from);
  return ms === ms ? ms : toInstantMs(from, 'from');
}

/** The calendar index of a call without options: the shipped one (the calendar is immutable); its cached day texts serve every such call. */
function defaultIndex(): CalendarIndex {
  return (noOptionsIndex ??= resolveIndex((noOptions ??= parseDeadlineOptions(undefined))));
}

/** The numbers of the last result a fast call made ({@link deadlineWithNumbers} copies them): no object per call. */
const fastNumbers: { -readonly [K in keyof DueNumbers]: DueNumbers[K] } = { dueDay: 0, deadlineMs: 0, startMs: 0 };

/**
 * A rule's call without options, made once per rule with the rule's constants (period, cap,
 * in-force days, article): it reads the input by hand and counts on numbers, and builds no object
 * but the result. It answers exactly what {@link run} answers (`test/rules/fast-call.test.ts`
 * compares the two); for an input it does not read by hand, or an event outside the rule's
 * in-force dates (a refusal), it returns `undefined` and {@link run} answers. Internal.
 *
 * @example
 * import { deadlineEntry } from './catalog.js';
 * fastCallOf(deadlineEntry('deyang-2018/art24-policy-document'))({ from: '2026-09-30' })?.dueDate; // '2026-10-10'
 * fastCallOf(deadlineEntry('deyang-2018/art24-policy-document'))({ from: new Date('2026-09-30') }); // undefined
 */
export function fastCallOf(e: DeadlineEntry): (input: unknown) => DeadlineResult | undefined {
  const article = articleOf(e);
  const p = e.parameters;
  const rule = e.id as DeadlineRuleId;
  const { from: first, until: last } = inForceDays(e);
  if (p.unit === 'fixed') {
    if (p.input === 'quarter') {
      return (input) => {
        const quarter = quarterByHand(input);
        if (quarter === undefined) return undefined;
        // `YYYYQn`, its digits checked: 53,328 is the four digits' char-code offset (48 × 1111).
        const year = quarter.charCodeAt(0) * 1000 + quarter.charCodeAt(1) * 100 + quarter.charCodeAt(2) * 10 + quarter.charCodeAt(3) - 53_328;
        const month = (quarter.charCodeAt(5) - 49) * 3 + 1;
        return fixedResult(rule, article, epochDayFromYmd(year, month, 1), fixedDueDayIn(e, year, month), first, last);
      };
    }
    const issuer = p.government !== undefined;
    return (input) => {
      const year = readYearByHand(input, issuer);
      if (year !== year) return undefined;
      return fixedResult(rule, article, epochDayFromYmd(year, 1, 1), fixedDueDayIn(e, year, 1, handIssuer.value), first, last);
    };
  }
  if (p.unit === 'hour') {
    const ms = p.amount * MS_PER_HOUR;
    const wholeDays = p.amount % 24 === 0;
    return (input) => {
      const text = readFromByHand(null, input);
      if (text === undefined) return undefined;
      const from = instantOf(text);
      const day = beijingDayOfInstant(from);
      if (!(day >= first && day <= last)) return undefined;
      const deadlineMs = from + ms;
      const dueDay = beijingDayOfInstant(deadlineMs);
      fastNumbers.dueDay = dueDay;
      fastNumbers.deadlineMs = deadlineMs;
      fastNumbers.startMs = from;
      const ix = defaultIndex();
      const start = formatBeijingInstant(from);
      const dueDate = dayText(dueDay, ix);
      // Whole days later: the same time of day, on the due day.
      return frozenResult(rule, article, start, 'hour', p.amount, dueDate, wholeDays ? dueDate + start.slice(10) : formatBeijingInstant(deadlineMs), false, NONE);
    };
  }
  const flag = handKeyOf(e) as string | null;
  const unit = p.unit;
  const base = p.amount;
  // The flag's `true`: Art. 25's complex period, or the reply's full extension.
  const flagged = flag === 'complex' ? (p.complexAmount as number) : base + (p.extensionCap ?? 0);
  return (input) => {
    const text = readFromByHand(flag, input);
    if (text === undefined) return undefined;
    const day = dayOf(text);
    if (!(day >= first && day <= last)) return undefined;
    const amount = handFlag.value === true ? flagged : base;
    const ix = defaultIndex();
    let dueDay: EpochDay;
    let provisional = false;
    let provisionalYears = NONE;
    if (unit === 'day') {
      dueDay = day + amount;
      if (dueDay > LAST_CIVIL_DAY) return undefined;
    } else {
      dueDay = ix.addWorkdays(day, amount);
      provisional = ix.isProvisional(dueDay);
      provisionalYears = ix.provisionalYears(day + 1, dueDay);
    }
    fastNumbers.dueDay = dueDay;
    fastNumbers.deadlineMs = endOfBeijingDay(dueDay);
    fastNumbers.startMs = startOfBeijingDay(day);
    const dueDate = dayText(dueDay, ix);
    return frozenResult(rule, article, dayText(day, ix), unit, amount, dueDate, endOfDayText(dueDay, dueDate, ix), provisional, provisionalYears);
  };
}

/** A fixed-date rule's result, or `undefined` when its due day is outside the rule's in-force days (run() refuses it). */
function fixedResult(rule: DeadlineRuleId, article: ArticleRef, start: EpochDay, dueDay: EpochDay, first: number, last: number): DeadlineResult | undefined {
  if (!(dueDay >= first && dueDay <= last)) return undefined;
  fastNumbers.dueDay = dueDay;
  fastNumbers.deadlineMs = endOfBeijingDay(dueDay);
  fastNumbers.startMs = startOfBeijingDay(start);
  const ix = defaultIndex();
  const dueDate = dayText(dueDay, ix);
  return frozenResult(rule, article, dayText(start, ix), 'fixed', 0, dueDate, endOfDayText(dueDay, dueDate, ix), false, NONE);
}

/**
 * The one place a {@link DeadlineResult} is made, by the fast calls and by {@link run} alike: its
 * keys in their documented order, frozen.
 */
function frozenResult(
  rule: DeadlineRuleId,
  article: ArticleRef,
  start: string,
  unit: PeriodUnit,
  amount: number,
  dueDate: string,
  deadline: string,
  provisional: boolean,
  provisionalYears: readonly number[],
): DeadlineResult {
  return Object.freeze({ rule, article, start, unit, amount, dueDate, deadline, provisional, provisionalYears });
}

/** The end-of-day texts of the default index's days, made once per day. */
let endTexts: string[] | undefined;

/** The deadline text of the end of `day` (`dueDate` its text): cached for the default index's days. */
function endOfDayText(day: EpochDay, dueDate: string, ix: CalendarIndex | undefined): string {
  if (ix === undefined || ix !== noOptionsIndex || day < ix.start || day > ix.end) return `${dueDate}T23:59:59.999+08:00`;
  const texts = (endTexts ??= new Array<string>(ix.end - ix.start + 1));
  return (texts[day - ix.start] ??= `${dueDate}T23:59:59.999+08:00`);
}

/**
 * The numbers of a computed due: the due day, the deadline instant and the start instant.
 *
 * @example
 * numbersOf({ day: 20726 }, { dueDay: 20736, deadlineMs: 1791647999999 }).startMs; // 1790697600000 (2026-09-30T00:00+08:00)
 */
export function numbersOf(from: DueStart, due: { readonly dueDay: EpochDay; readonly deadlineMs: number }): DueNumbers {
  return { dueDay: due.dueDay, deadlineMs: due.deadlineMs, startMs: 'ms' in from ? from.ms : startOfBeijingDay(from.day) };
}

/**
 * Builds the result object from an entry, what the period counts from and a computed due: the
 * one place a deadline's numbers become text. `labels`, the calendar index the count used, lends
 * its cached `YYYY-MM-DD` texts for the days it covers.
 *
 * @example
 * import { deadlineEntry } from './catalog.js';
 * resultOf(deadlineEntry('deyang-2018/art15-migration-notice'), { day: 20726 }, { dueDay: 20756, deadlineMs: 1793375999999, provisional: false, provisionalYears: [], amount: 30, unit: 'day' }).deadline; // '2026-10-30T23:59:59.999+08:00'
 */
export function resultOf(e: DeadlineEntry, from: DueStart, due: ReturnType<typeof dueOf>, labels?: CalendarIndex): DeadlineResult {
  return assemble(e, articleOf(e), from, due, labels);
}

/** {@link resultOf} with the entry's article at hand. */
function assemble(e: DeadlineEntry, article: ArticleRef, from: DueStart, due: ReturnType<typeof dueOf>, labels: CalendarIndex | undefined): DeadlineResult {
  const dueDate = dayText(due.dueDay, labels);
  return frozenResult(
    e.id as DeadlineRuleId,
    article,
    'ms' in from ? formatBeijingInstant(from.ms) : dayText(from.day, labels),
    due.unit,
    due.amount,
    dueDate,
    // The end of the due day (every rule but the hour rules): its text is the day's and a constant.
    due.deadlineMs === endOfBeijingDay(due.dueDay) ? endOfDayText(due.dueDay, dueDate, labels) : formatBeijingInstant(due.deadlineMs),
    due.provisional,
    due.provisionalYears,
  );
}

/** `YYYY-MM-DD` of `day`: the index's cached text for a day it covers, else formatted. */
function dayText(day: EpochDay, labels: CalendarIndex | undefined): string {
  return labels !== undefined && day >= labels.start && day <= labels.end ? labels.label(day) : formatEpochDay(day);
}

/**
 * The deadline of any deadline rule. `input` is validated against the rule's schema
 * (`{ from }`, `{ from, complex }`, `{ from, extended }`, `{ quarter }`, `{ year }`,
 * `{ year, issuer }`); a refusal is an InvalidInputError naming the field and value, and a count
 * beyond the calendar is a CalendarCoverageError naming the year.
 *
 * @example
 * import { deadline } from 'gov-site-rules';
 * deadline('deyang-2018/art24-policy-document', { from: '2026-09-30' }).dueDate; // '2026-10-10'
 * deadline('deyang-2018/art24-policy-document', { from: '2026-09-30' }).deadline; // '2026-10-10T23:59:59.999+08:00'
 * deadline('deyang-2018/art24-activity', { from: '2026-10-09T18:00:00+08:00' }).deadline; // '2026-10-10T18:00:00.000+08:00'
 * deadline('deyang-2018/art24-activity', { from: '2026-10-09' }); // throws InvalidInputError
 * deadline('ogi-2019/art33-reply', { from: '2019-05-14' }); // throws InvalidInputError (ogi-2008/art24-reply applies)
 */
export function deadline<R extends DeadlineRuleId>(ruleId: R, input: DeadlineInputs[R], options?: DeadlineOptions): DeadlineResult;
// No `(ruleId: string, input: unknown)` overload: a misspelt id, a check id or a field the rule
// does not take is a compile error. JavaScript callers and untyped data still get the run-time
// refusal (InvalidInputError) below.
export function deadline(ruleId: DeadlineRuleId, input: unknown, options?: DeadlineOptions): DeadlineResult {
  const rule = ruleOf(ruleId);
  // The call without options: the rule's fast call, unless the input is not one it reads by hand.
  return (options === undefined ? rule.fast(input) : undefined) ?? run(rule, input, options, false);
}

/**
 * {@link deadlineWithNumbers} without the fast call of a call without options: the reference the
 * fast call is tested against (`test/rules/fast-call.test.ts`). Internal.
 *
 * @example
 * referenceDeadline('deyang-2018/art24-policy-document', { from: '2026-09-30' }).result.dueDate; // '2026-10-10'
 */
export function referenceDeadline(ruleId: string, input: unknown, options?: DeadlineOptions): DeadlineWithNumbers {
  return run(ruleOf(ruleId), input, options, true);
}

let noOptions: ReturnType<typeof parseDeadlineOptions> | undefined;
/** The default calendar's index, what a call without options counts on (the calendar is immutable). */
let noOptionsIndex: CalendarIndex | undefined;

/**
 * {@link deadline} with the numbers its result was made from, for the library's own callers
 * (`obligations`, the `.ics` writer), which then parse nothing back. Internal.
 *
 * @example
 * const { result, numbers } = deadlineWithNumbers('deyang-2018/art24-policy-document', { from: '2026-09-30' });
 * [result.dueDate, numbers.dueDay]; // ['2026-10-10', 20736]
 */
export function deadlineWithNumbers(ruleId: string, input: unknown, options?: DeadlineOptions): DeadlineWithNumbers {
  const rule = ruleOf(ruleId);
  const result = options === undefined ? rule.fast(input) : undefined;
  if (result === undefined) return run(rule, input, options, true);
  return { result, numbers: { dueDay: fastNumbers.dueDay, deadlineMs: fastNumbers.deadlineMs, startMs: fastNumbers.startMs } };
}

/** The one computation behind {@link deadline} and {@link deadlineWithNumbers}: the numbers only when asked for. */
function run(rule: Rule, input: unknown, options: DeadlineOptions | undefined, withNumbers: false): DeadlineResult;
function run(rule: Rule, input: unknown, options: DeadlineOptions | undefined, withNumbers: true): DeadlineWithNumbers;
function run(rule: Rule, input: unknown, options: DeadlineOptions | undefined, withNumbers: boolean): DeadlineResult | DeadlineWithNumbers {
  const { e, article, read } = rule;
  // No options (the common call): parsed once, not once per call.
  const opts = options === undefined ? (noOptions ??= parseDeadlineOptions(undefined)) : parseDeadlineOptions(options);
  const parsed = read(input);
  const p = e.parameters;
  let from: DueStart;
  if (p.unit === 'fixed') {
    from = { day: p.input === 'quarter' ? (parseQuarter(parsed.quarter as string) as { firstDay: EpochDay }).firstDay : epochDayFromYmd(parsed.year as number, 1, 1) };
  } else {
    from = p.unit === 'hour' ? { ms: instantOf(parsed.from) } : { day: dayOf(parsed.from) };
  }
  const ext = parsed.extended;
  const needsIndex = p.unit === 'workday' ? opts.period?.unit !== 'day' : opts.period?.unit === 'workday';
  const index = needsIndex ? (options === undefined ? defaultIndex() : resolveIndex(opts)) : undefined;
  // Only the keys that apply (exactOptionalPropertyTypes), set one by one: no spread per call.
  const ctx: { -readonly [K in keyof DueContext]: DueContext[K] } = {};
  if (index !== undefined) ctx.index = index;
  if (parsed.complex === true) ctx.complex = true;
  if (ext === true && p.unit !== 'fixed' && p.extensionCap !== undefined) ctx.extension = p.extensionCap;
  else if (typeof ext === 'number') ctx.extension = ext;
  if (opts.period !== undefined) ctx.period = opts.period;
  if (parsed.issuer === 'government') ctx.issuer = 'government';
  const due = dueOf(e, from, ctx);
  const result = assemble(e, article, from, due, index);
  return withNumbers ? { result, numbers: numbersOf(from, due) } : result;
}

/**
 * {@link deadline} for a rule id and input known only at run time (the CLI's arguments, parsed
 * events): the same function, typed loosely. Internal: the package exports only the typed one.
 *
 * @example
 * deadlineOfAny('deyang-2018/art24-policy-document', { from: '2026-09-30' }).dueDate; // '2026-10-10'
 * deadlineOfAny('census/homepage-stale', { from: '2026-09-30' }); // throws InvalidInputError
 */
export const deadlineOfAny: (ruleId: string, input: unknown, options?: DeadlineOptions) => DeadlineResult = deadline as never;

/**
 * Deyang Art. 24(1): important government-activity information goes online within 24 hours after
 * the activity ends. Needs an instant; a bare date is refused.
 *
 * @example
 * activityDeadline({ from: '2026-09-30T20:00:00+08:00' }).deadline; // '2026-10-01T20:00:00.000+08:00'
 */
export const activityDeadline = (input: InstantInput, options?: CalendarOptions): DeadlineResult => deadline('deyang-2018/art24-activity', input, options);

/**
 * Deyang Art. 24(1): a policy document goes online within 3 working days after it is issued.
 *
 * @example
 * policyDocumentDeadline({ from: '2026-09-30' }).dueDate; // '2026-10-10'
 */
export const policyDocumentDeadline = (input: EventInput, options?: CalendarOptions): DeadlineResult =>
  deadline('deyang-2018/art24-policy-document', input, options);

/**
 * Deyang Art. 24(3): the interpretation is published within 3 working days of the document's
 * publication.
 *
 * @example
 * interpretationDeadline({ from: '2026-10-01' }).dueDate; // '2026-10-10'
 */
export const interpretationDeadline = (input: EventInput, options?: CalendarOptions): DeadlineResult =>
  deadline('deyang-2018/art24-interpretation', input, options);

/**
 * Deyang Art. 24(4): other proactive-disclosure information goes online within 20 working days of
 * being formed or changed; `options.period` applies another law's period.
 *
 * @example
 * proactiveDisclosureDeadline({ from: '2026-09-30' }).dueDate; // '2026-11-03'
 * proactiveDisclosureDeadline({ from: '2026-09-30' }, { period: { amount: 10, unit: 'day' } }).dueDate; // '2026-10-10'
 */
export const proactiveDisclosureDeadline = (input: EventInput, options?: DeadlineOptions): DeadlineResult =>
  deadline('deyang-2018/art24-proactive', input, options);

/**
 * Deyang Art. 25: a handling response to a valuable public opinion within 7 working days, 15 when
 * `complex`.
 *
 * @example
 * opinionFeedbackDeadline({ from: '2026-09-30' }).dueDate; // '2026-10-15'
 * opinionFeedbackDeadline({ from: '2026-09-30', complex: true }).dueDate; // '2026-10-27'
 */
export const opinionFeedbackDeadline = (input: OpinionInput, options?: CalendarOptions): DeadlineResult =>
  deadline('deyang-2018/art25-opinion-feedback', input, options);

/**
 * Deyang Art. 29: a major security incident is reported within 24 hours.
 *
 * @example
 * incidentReportDeadline({ from: '2026-10-01T08:30:00+08:00' }).deadline; // '2026-10-02T08:30:00.000+08:00'
 */
export const incidentReportDeadline = (input: InstantInput, options?: CalendarOptions): DeadlineResult =>
  deadline('deyang-2018/art29-incident-report', input, options);

/**
 * Deyang Art. 32: the quarterly self-inspection report is due by the 15th of the quarter's second
 * month. Needs no working-day data.
 *
 * @example
 * selfInspectionDeadline({ quarter: '2026Q3' }).dueDate; // '2026-08-15'
 * selfInspectionDeadline({ quarter: '2027Q1' }).dueDate; // '2027-02-15'
 */
export const selfInspectionDeadline = (input: QuarterInput, options?: CalendarOptions): DeadlineResult =>
  deadline('deyang-2018/art32-self-inspection', input, options);

/**
 * Deyang Art. 33: an error report from the public is answered within 3 working days.
 *
 * @example
 * errorCorrectionDeadline({ from: '2026-10-01' }).dueDate; // '2026-10-10'
 */
export const errorCorrectionDeadline = (input: EventInput, options?: CalendarOptions): DeadlineResult =>
  deadline('deyang-2018/art33-error-correction', input, options);

/**
 * Deyang Art. 33: the yearly website-supervision report on `year` is published by January 31 of
 * the next year.
 *
 * @example
 * supervisionAnnualReportDeadline({ year: 2026 }).dueDate; // '2027-01-31'
 */
export const supervisionAnnualReportDeadline = (input: YearInput, options?: CalendarOptions): DeadlineResult =>
  deadline('deyang-2018/art33-annual-report', input, options);

/**
 * Deyang Art. 15: the last day a migration notice must still be up (30 days after posting; the
 * posting day is not counted).
 *
 * @example
 * migrationNoticeDeadline({ from: '2026-09-30' }).dueDate; // '2026-10-30'
 */
export const migrationNoticeDeadline = (input: EventInput, options?: CalendarOptions): DeadlineResult =>
  deadline('deyang-2018/art15-migration-notice', input, options);

/**
 * OGI 2019 Art. 26: proactive disclosure within 20 working days of the information being formed
 * or changed; `options.period` applies another law's period.
 *
 * @example
 * ogiProactiveDeadline({ from: '2026-09-30' }).dueDate; // '2026-11-03'
 */
export const ogiProactiveDeadline = (input: EventInput, options?: DeadlineOptions): DeadlineResult =>
  deadline('ogi-2019/art26-proactive', input, options);

/**
 * OGI 2019 Art. 30: telling the applicant what to correct, within 7 working days of receipt.
 *
 * @example
 * ogiCorrectionNoticeDeadline({ from: '2026-10-01' }).dueDate; // '2026-10-15'
 */
export const ogiCorrectionNoticeDeadline = (input: EventInput, options?: CalendarOptions): DeadlineResult =>
  deadline('ogi-2019/art30-correction', input, options);

/**
 * OGI 2019 Art. 32: a consulted third party's opinion, within 15 working days of its receipt of
 * the request for opinion.
 *
 * @example
 * ogiThirdPartyDeadline({ from: '2026-09-30' }).dueDate; // '2026-10-27'
 */
export const ogiThirdPartyDeadline = (input: EventInput, options?: CalendarOptions): DeadlineResult =>
  deadline('ogi-2019/art32-third-party', input, options);

/**
 * OGI 2019 Art. 33: the reply within 20 working days of receipt; `extended: true` adds the full
 * extension (20), a number adds that many working days (at most 20).
 *
 * @example
 * ogiReplyDeadline({ from: '2026-09-30' }).dueDate; // '2026-11-03'
 * ogiReplyDeadline({ from: '2026-09-30', extended: true }).amount; // 40
 * ogiReplyDeadline({ from: '2026-09-30', extended: 21 }); // throws InvalidInputError
 */
export const ogiReplyDeadline = (input: ReplyInput, options?: CalendarOptions): DeadlineResult => deadline('ogi-2019/art33-reply', input, options);

/**
 * OGI 2019 Art. 49: the yearly disclosure report on `year` — a department's by January 31 of the
 * next year, a government's (`issuer: 'government'`) by March 31.
 *
 * @example
 * ogiAnnualReportDeadline({ year: 2026 }).dueDate; // '2027-01-31'
 * ogiAnnualReportDeadline({ year: 2026, issuer: 'government' }).dueDate; // '2027-03-31'
 */
export const ogiAnnualReportDeadline = (input: AnnualReportInput, options?: CalendarOptions): DeadlineResult =>
  deadline('ogi-2019/art49-annual-report', input, options);

/**
 * OGI 2008 Art. 24: the reply, for requests received before 2019-05-15, within 15 working days
 * (extension at most 15).
 *
 * @example
 * ogi2008ReplyDeadline({ from: '2018-09-30' }).dueDate; // '2018-10-26'
 */
export const ogi2008ReplyDeadline = (input: ReplyInput, options?: CalendarOptions): DeadlineResult => deadline('ogi-2008/art24-reply', input, options);

type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compile-time guard: every deadline rule of the catalog has an input type, and only those. */
const inputsCoverCatalog: Exact<keyof DeadlineInputs, DeadlineRuleId> = true;
void inputsCoverCatalog;
