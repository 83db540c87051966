/**
 * The counting core: epoch days and epoch milliseconds in, a due day and a deadline instant out.
 * No strings, no zod: this is also the fast path the site checks call for every item.
 *
 * ```ts
 * computeDue(
 *   ruleId: string,                          // a deadline rule id of the catalog
 *   from: { day: EpochDay } | { ms: number }, // the event: a Beijing civil date (epoch day) or an instant (epoch ms)
 *   ctx: {
 *     index?: CalendarIndex;                 // required for working-day rules: indexOf(calendar)
 *     complex?: boolean;                     // Deyang Art. 25: 15 instead of 7 working days
 *     extension?: number;                    // OGI reply: extra working days, 0..extensionCap
 *     period?: { amount: number; unit: 'workday' | 'day' }; // another law's period (rules with otherLawMayOverride)
 *     issuer?: 'department' | 'government';  // OGI Art. 49: whose annual report
 *   },
 * ): { dueDay: EpochDay; deadlineMs: number; provisional: boolean; amount: number; unit: PeriodUnit }
 * ```
 *
 * - Working days: dueDay = the `amount`-th working day after the event's Beijing date (the event
 *   day is not counted); deadlineMs = the end of dueDay (23:59:59.999 +08:00).
 * - Hours: `from` must be `{ ms }`; deadlineMs = ms + amount h; dueDay its Beijing date.
 * - Calendar days: dueDay = event date + amount.
 * - Fixed dates: `from.day` is any day of the quarter (self-inspection) or of the year reported
 *   on (annual reports); no working-day data is used.
 * - Throws InvalidInputError when the event (for fixed rules: the due date) is outside the rule's
 *   in-force dates, naming the rule or document that applies instead, and CalendarCoverageError
 *   (from the index) when the count runs outside the calendar.
 */
import type { CalendarIndex } from '../calendar/calendar-index.js';
import { beijingDayOfInstant, endOfBeijingDay, type EpochDay, epochDayFromYmd, formatBeijingInstant, formatEpochDay, LAST_CIVIL_DAY, MS_PER_HOUR, parseIsoDate, quarterLabel, ymdFromEpochDay } from '../time/index.js';
import { InvalidInputError } from '../errors.js';
import type { PeriodUnit } from './catalog-schema.js';
import { type DeadlineEntry, deadlineEntry } from './catalog-deadlines.js';
import { DOCUMENTS } from './documents.js';

/** The event a period runs from. */
export type DueStart = { readonly day: EpochDay } | { readonly ms: number };

/** What `computeDue` needs besides the rule and the start. */
export interface DueContext {
  readonly index?: CalendarIndex;
  readonly complex?: boolean;
  readonly extension?: number;
  readonly period?: { readonly amount: number; readonly unit: 'workday' | 'day' };
  readonly issuer?: 'department' | 'government';
}

/** The answer of `computeDue`. */
export interface Due {
  readonly dueDay: EpochDay;
  readonly deadlineMs: number;
  readonly provisional: boolean;
  /** The provisional years the count touched (empty unless `provisional`). */
  readonly provisionalYears: readonly number[];
  readonly amount: number;
  readonly unit: PeriodUnit;
}

/** The provisional years of an answer that touched none (shared, frozen). */
export const NONE: readonly number[] = Object.freeze([]);

const inForceCache = new Map<string, { from: number; until: number }>();

/**
 * A rule's in-force dates as epoch days (`-Infinity` / `Infinity` for an open end), made once per rule.
 *
 * @example
 * inForceDays(deadlineEntry('ogi-2008/art24-reply')).until; // 18030 (2019-05-14)
 */
export function inForceDays(e: DeadlineEntry): { from: number; until: number } {
  let r = inForceCache.get(e.id);
  if (r === undefined) {
    r = {
      from: e.inForce.from === null ? -Infinity : (parseIsoDate(e.inForce.from) as number),
      until: e.inForce.until === null ? Infinity : (parseIsoDate(e.inForce.until) as number),
    };
    inForceCache.set(e.id, r);
  }
  return r;
}

/**
 * Throws unless `day` is within the rule's in-force dates. The message names what applies instead,
 * and the value `shown()` gives (default: `day` as `YYYY-MM-DD`).
 *
 * @example
 * requireInForce(deadlineEntry('ogi-2019/art33-reply'), parseIsoDate('2019-05-14') as number, 'from'); // throws InvalidInputError
 */
export function requireInForce(e: DeadlineEntry, day: EpochDay, field: string, shown: () => unknown = () => formatEpochDay(day)): void {
  const { from, until } = inForceDays(e);
  if (day >= from && day <= until) return;
  // The value the refusal names, made only for a refusal.
  const value = shown();
  if (day < from) {
    const instead = e.replaces ?? (e.document === 'ogi-2019' ? `the 2008 regulation (${DOCUMENTS['ogi-2008'].title})` : 'no rule in this catalog');
    throw new InvalidInputError(field, value, `is before ${e.id} took effect on ${e.inForce.from}: ${instead} applies`);
  }
  const instead = e.replacedBy ?? 'a later text';
  throw new InvalidInputError(field, value, `is after ${e.id} ceased to apply (last day ${e.inForce.until}): ${instead} applies`);
}

/** The n-th working day after `day`, with its provisional flag. */
function workdaysAfter(index: CalendarIndex | undefined, day: EpochDay, n: number): { dueDay: EpochDay; provisional: boolean; provisionalYears: readonly number[] } {
  if (index === undefined) throw new Error('internal: a working-day rule needs a calendar index');
  const dueDay = index.addWorkdays(day, n);
  return { dueDay, provisional: index.isProvisional(dueDay), provisionalYears: index.provisionalYears(day + 1, dueDay) };
}

/**
 * The due day and deadline instant of a deadline rule for one event (see the signature at the
 * top of this file).
 *
 * @example
 * import { defaultCalendar } from 'gov-site-rules';
 * import { indexOf } from '../calendar/calendar.js';
 * const index = indexOf(defaultCalendar);
 * formatEpochDay(computeDue('deyang-2018/art24-policy-document', { day: parseIsoDate('2026-09-30') as number }, { index }).dueDay); // '2026-10-10'
 */
export function computeDue(ruleId: string, from: DueStart, ctx: DueContext = {}): Due {
  return dueOf(deadlineEntry(ruleId), from, ctx);
}


/**
 * `computeDue` for an entry already looked up.
 *
 * @example
 * formatEpochDay(dueOf(deadlineEntry('deyang-2018/art15-migration-notice'), { day: parseIsoDate('2026-09-30') as number }).dueDay); // '2026-10-30'
 */
export function dueOf(e: DeadlineEntry, from: DueStart, ctx: DueContext = {}): Due {
  const p = e.parameters;
  if (p.unit === 'fixed') {
    const day = 'day' in from ? from.day : beijingDayOfInstant(from.ms);
    const year = ymdFromEpochDay(day)[0];
    const dueDay = fixedDueDay(e, day, ctx.issuer);
    requireInForce(e, dueDay, p.input, () => (p.input === 'quarter' ? quarterLabel(day) : year));
    return { dueDay, deadlineMs: endOfBeijingDay(dueDay), provisional: false, provisionalYears: NONE, amount: 0, unit: 'fixed' };
  }
  if (p.unit === 'hour') {
    if (!('ms' in from)) {
      throw new InvalidInputError('from', formatEpochDay(from.day), `is a date without a time: ${e.id} counts ${p.amount} hours and needs an instant such as 2026-10-09T18:00:00+08:00`);
    }
    requireInForce(e, beijingDayOfInstant(from.ms), 'from', () => formatBeijingInstant(from.ms));
    const deadlineMs = from.ms + p.amount * MS_PER_HOUR;
    return { dueDay: beijingDayOfInstant(deadlineMs), deadlineMs, provisional: false, provisionalYears: NONE, amount: p.amount, unit: 'hour' };
  }
  const day = 'day' in from ? from.day : beijingDayOfInstant(from.ms);
  requireInForce(e, day, 'from');
  let unit: 'workday' | 'day' = p.unit;
  let amount: number = p.amount;
  if (ctx.period !== undefined) {
    if (p.otherLawMayOverride !== true) throw new InvalidInputError('options.period', ctx.period, `does not apply: ${e.id} has a fixed period`);
    unit = ctx.period.unit;
    amount = ctx.period.amount;
  }
  if (ctx.complex === true) {
    if (p.complexAmount === undefined) throw new InvalidInputError('complex', true, `does not apply to ${e.id}`);
    amount = p.complexAmount;
  }
  if (ctx.extension !== undefined && ctx.extension !== 0) {
    if (p.extensionCap === undefined) throw new InvalidInputError('extended', ctx.extension, `does not apply to ${e.id}: its period cannot be extended`);
    if (!Number.isSafeInteger(ctx.extension) || ctx.extension < 0 || ctx.extension > p.extensionCap) {
      throw new InvalidInputError('extended', ctx.extension, `exceeds the cap: ${e.id} allows an extension of at most ${p.extensionCap} working days`);
    }
    amount += ctx.extension;
  }
  if (unit === 'day') {
    const dueDay = day + amount;
    if (dueDay > LAST_CIVIL_DAY) {
      throw new InvalidInputError('from', formatEpochDay(day), `gives a due date after 9999-12-31 (${amount} days later), beyond the dates the library represents`);
    }
    return { dueDay, deadlineMs: endOfBeijingDay(dueDay), provisional: false, provisionalYears: NONE, amount, unit };
  }
  const { dueDay, provisional, provisionalYears } = workdaysAfter(ctx.index, day, amount);
  return { dueDay, deadlineMs: endOfBeijingDay(dueDay), provisional, provisionalYears, amount, unit };
}

/**
 * The due day of a fixed-date rule for the quarter or year holding `day`, without the in-force
 * test (`dueOf` adds it): for callers that must know whether a period's due date predates the rule.
 *
 * @example
 * formatEpochDay(fixedDueDay(deadlineEntry('deyang-2018/art32-self-inspection'), parseIsoDate('2017-02-01') as number)); // '2017-02-15'
 */
export function fixedDueDay(e: DeadlineEntry, day: EpochDay, issuer?: 'department' | 'government'): EpochDay {
  const [year, month] = ymdFromEpochDay(day);
  return fixedDueDayIn(e, year, month, issuer);
}

/**
 * {@link fixedDueDay} for the quarter or year holding the month `month` (1–12) of `year`.
 *
 * @example
 * formatEpochDay(fixedDueDayIn(deadlineEntry('deyang-2018/art32-self-inspection'), 2026, 7)); // '2026-08-15'
 * formatEpochDay(fixedDueDayIn(deadlineEntry('ogi-2019/art49-annual-report'), 2026, 1, 'government')); // '2027-03-31'
 */
export function fixedDueDayIn(e: DeadlineEntry, year: number, month: number, issuer?: 'department' | 'government'): EpochDay {
  const p = e.parameters;
  if (p.unit !== 'fixed') throw new Error(`internal: ${e.id} is not a fixed-date rule`);
  if (p.input === 'quarter') return epochDayFromYmd(year, Math.floor((month - 1) / 3) * 3 + p.month, p.day);
  const md = issuer === 'government' && p.government !== undefined ? p.government : p;
  return epochDayFromYmd(year + 1, md.month, md.day);
}

export { quarterLabel } from '../time/index.js';
