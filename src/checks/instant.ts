/**
 * Snapshot instants and the calendar arithmetic the checks need, on numbers only.
 *
 * `parseSnapshotInstant` is the one reader of a snapshot's ISO-8601 instants: the grammar
 * `parseOffsetInstant` of `src/time/`. The zod schema uses it as its refinement and the fast item
 * reader calls it directly, so both accept exactly the same strings: RFC 3339 date-times with
 * seconds and `Z` or `±HH:MM` (what `z.iso.datetime({ offset: true })` accepts), with a real
 * calendar date, an offset no larger than ±18:00 and a year in 0001–9999. Fractions beyond
 * milliseconds are truncated.
 *
 * `addMonthsMs` is Luxon's `DateTime.plus({ months })` in Beijing (UTC+08:00 without daylight
 * saving): the same wall time, the day clamped to the end of a shorter month. The checks call it
 * once per checkpoint (window starts), never per item in a hot loop.
 */
import { addMonthsBeijing, MS_PER_DAY, MS_PER_HOUR, parseOffsetInstant } from '../time/index.js';

/**
 * The snapshot's instant grammar, {@link parseOffsetInstant} of the one time edge (`src/time/`):
 * epoch milliseconds of an ISO-8601 instant with `Z` or an offset, or `NaN`.
 *
 * @example
 * parseSnapshotInstant('2026-10-09T10:00:00+08:00'); // 1791511200000
 * parseSnapshotInstant('2026-10-09T10:00:00');       // NaN (no offset)
 */
export const parseSnapshotInstant: (text: string) => number = parseOffsetInstant;

/** The instants a schema parse read, in the order it read them, with their epoch ms. */
export interface InstantReadings {
  readonly texts: string[];
  readonly ms: number[];
}

/**
 * Where the instants read by the schema go while {@link readingInstants} runs (none otherwise).
 * Module state, set and restored around one synchronous parse only.
 */
let reading: InstantReadings | undefined;

/**
 * The snapshot schema's instant refinement: whether `text` is a snapshot instant. It is the one
 * parse of the instant: while {@link readingInstants} runs, the epoch ms read is kept, in order,
 * for the numeric model.
 *
 * @example
 * isSnapshotInstant('2026-10-09T10:00:00+08:00'); // true
 * isSnapshotInstant('2026-02-30T10:00:00+08:00'); // false
 */
export function isSnapshotInstant(text: string): boolean {
  const ms = parseSnapshotInstant(text);
  if (ms !== ms) return false;
  if (reading !== undefined) {
    reading.texts.push(text);
    reading.ms.push(ms);
  }
  return true;
}

/**
 * Runs `parse` (a parse of the snapshot schema) and returns its result with the instants the
 * schema accepted, in the order it read them. Nested calls each get their own readings.
 *
 * @example
 * const [ok, r] = readingInstants(() => isSnapshotInstant('1970-01-01T08:00:00+08:00'));
 * [ok, r.ms]; // [true, [0]]
 */
export function readingInstants<T>(parse: () => T): [T, InstantReadings] {
  const outer = reading;
  const mine: InstantReadings = { texts: [], ms: [] };
  reading = mine;
  try {
    return [parse(), mine];
  } finally {
    reading = outer;
  }
}

/** How far past the last instant taken {@link instantTaker} looks (past instants the model does not keep). */
const LOOKAHEAD = 32;

/**
 * The model's reader of the schema's readings: `take(text)` is the epoch ms the schema read for
 * `text`, found from just after the previous one taken (the model takes the instants in the
 * schema's order, skipping the few it does not keep, such as `seriousProblems[].at`). A text not
 * found within {@link LOOKAHEAD} readings is parsed: never wrong, only a second parse.
 *
 * @example
 * const [, r] = readingInstants(() => ['1970-01-01T08:00:00+08:00', '1970-01-01T08:00:01+08:00'].every(isSnapshotInstant));
 * const take = instantTaker(r);
 * [take('1970-01-01T08:00:00+08:00'), take('1970-01-01T08:00:01+08:00')]; // [0, 1000]
 */
export function instantTaker(readings: InstantReadings): (text: string) => number {
  const { texts, ms } = readings;
  let next = 0;
  return (text) => {
    const end = Math.min(texts.length, next + LOOKAHEAD);
    for (let k = next; k < end; k++) {
      if (texts[k] === text) {
        next = k + 1;
        return ms[k] as number;
      }
    }
    return parseSnapshotInstant(text);
  };
}

/**
 * Luxon's `plus({ months: n })` (n may be negative) for an instant, in Beijing wall time
 * ({@link addMonthsBeijing} of `src/time/`).
 *
 * @example
 * addMonthsMs(parseSnapshotInstant('2026-08-31T10:00:00+08:00'), 6) === parseSnapshotInstant('2027-02-28T10:00:00+08:00'); // true
 */
export const addMonthsMs: (ms: number, n: number) => number = addMonthsBeijing;

/** A span of time: calendar months (Luxon semantics in Beijing) or fixed milliseconds. */
export type Period = { readonly months: number } | { readonly days: number } | { readonly hours: number };

/**
 * `ms` plus a period (months in Beijing wall time; days as 24 h each — Beijing has no DST).
 *
 * @example
 * addPeriod(0, { days: 7 }); // 604800000
 */
export function addPeriod(ms: number, period: Period): number {
  if ('months' in period) return addMonthsMs(ms, period.months);
  if ('days' in period) return ms + period.days * MS_PER_DAY;
  return ms + period.hours * MS_PER_HOUR;
}

/**
 * `ms` minus a period.
 *
 * @example
 * subtractPeriod(604800000, { days: 7 }); // 0
 */
export function subtractPeriod(ms: number, period: Period): number {
  if ('months' in period) return addMonthsMs(ms, -period.months);
  if ('days' in period) return ms - period.days * MS_PER_DAY;
  return ms - period.hours * MS_PER_HOUR;
}

/** The shortest and longest a period can be, in ms (months: 28 … 31 days each). */
export function periodBounds(period: Period): [number, number] {
  if ('months' in period) {
    const m = period.months;
    const years = Math.floor(m / 12);
    const rest = m - years * 12;
    // A year is 365 or 366 days; a run of `rest` months is at least 28 + 30·(rest−1)… keep it safe.
    return [(years * 365 + rest * 28) * MS_PER_DAY, (years * 366 + rest * 31) * MS_PER_DAY];
  }
  const ms = 'days' in period ? period.days * MS_PER_DAY : period.hours * MS_PER_HOUR;
  return [ms, ms];
}

/**
 * Whether the stretch from `from` to `to` is no longer than `period` (`to <= from + period`).
 * Fixed periods are a subtraction; month periods only do calendar arithmetic when the stretch is
 * between the shortest and the longest the period can be, so a loop over items stays cheap.
 *
 * @example
 * withinPeriod(0, 604800000, { days: 7 });     // true
 * withinPeriod(0, 604800001, { days: 7 });     // false
 */
export function withinPeriod(from: number, to: number, period: Period, bounds: [number, number] = periodBounds(period)): boolean {
  const gap = to - from;
  if (gap <= bounds[0]) return true;
  if (gap > bounds[1]) return false;
  return to <= addPeriod(from, period);
}

/**
 * Period as words, for messages: `{ zh: '6个月', en: '6 months' }`.
 *
 * @example
 * describePeriod({ days: 7 }).en; // '1 week'
 */
export function describePeriod(period: Period): { zh: string; en: string } {
  if ('months' in period) {
    const m = period.months;
    if (m % 12 === 0) return { zh: `${m / 12}年`, en: m === 12 ? '1 year' : `${m / 12} years` };
    return { zh: `${m}个月`, en: m === 1 ? '1 month' : `${m} months` };
  }
  if ('days' in period) {
    const d = period.days;
    if (d % 7 === 0) return { zh: `${d / 7}周`, en: d === 7 ? '1 week' : `${d / 7} weeks` };
    return { zh: `${d}天`, en: d === 1 ? '1 day' : `${d} days` };
  }
  return { zh: `${period.hours}小时`, en: period.hours === 1 ? '1 hour' : `${period.hours} hours` };
}
