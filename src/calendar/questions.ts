/**
 * The calendar's questions asked of an index, with the inputs converted at the edge (Beijing civil
 * dates, counts checked): one implementation for `defaultCalendar`'s methods, every calendar's
 * methods and the plain functions, so all of them give the same answers and the same errors.
 */
import { InvalidInputError } from '../errors.js';
import { type DateInput, type EpochDay, formatEpochDay, toBeijingDay } from '../time/index.js';
import { type CalendarIndex, checkCount } from './calendar-index.js';

/** `from` and `to` as covered days, `to` not before `from` (InvalidInputError / CalendarCoverageError otherwise). */
function orderedRange(index: CalendarIndex, from: DateInput, to: DateInput): [EpochDay, EpochDay] {
  const a = toBeijingDay(from, 'from');
  const b = toBeijingDay(to, 'to');
  if (b < a) throw new InvalidInputError('to', to, `is before from (${formatEpochDay(a)})`);
  index.require(a);
  index.require(b);
  return [a, b];
}

/**
 * Whether `date` is a working day.
 *
 * @example
 * import { shippedIndex } from './shipped.js';
 * isWorkdayIn(shippedIndex(), '2026-10-10'); // true
 */
export const isWorkdayIn = (ix: CalendarIndex, date: DateInput): boolean => ix.isWorkday(toBeijingDay(date, 'date'));

/**
 * The `n`-th working day after `date` (`n = 0`: `date` itself).
 *
 * @example
 * import { shippedIndex } from './shipped.js';
 * addWorkdaysIn(shippedIndex(), '2026-09-30', 3); // '2026-10-10'
 */
export function addWorkdaysIn(ix: CalendarIndex, date: DateInput, n: number): string {
  const day = toBeijingDay(date, 'date');
  return ix.label(ix.addWorkdays(day, checkCount(n, 'n')));
}

/**
 * The first working day strictly after `date`.
 *
 * @example
 * import { shippedIndex } from './shipped.js';
 * nextWorkdayIn(shippedIndex(), '2025-09-30'); // '2025-10-09'
 */
export const nextWorkdayIn = (ix: CalendarIndex, date: DateInput): string => ix.label(ix.addWorkdays(toBeijingDay(date, 'date'), 1));

/**
 * The last working day strictly before `date`.
 *
 * @example
 * import { shippedIndex } from './shipped.js';
 * previousWorkdayIn(shippedIndex(), '2026-10-08'); // '2026-09-30'
 */
export const previousWorkdayIn = (ix: CalendarIndex, date: DateInput): string => ix.label(ix.subtractWorkdays(toBeijingDay(date, 'date'), 1));

/**
 * Working days in the closed range [from, to].
 *
 * @example
 * import { shippedIndex } from './shipped.js';
 * countWorkdaysIn(shippedIndex(), '2026-10-01', '2026-10-10'); // 3
 */
export const countWorkdaysIn = (ix: CalendarIndex, from: DateInput, to: DateInput): number => ix.count(...orderedRange(ix, from, to));

/**
 * The working days in the closed range [from, to], as `YYYY-MM-DD`.
 *
 * @example
 * import { shippedIndex } from './shipped.js';
 * workdaysBetweenIn(shippedIndex(), '2026-10-07', '2026-10-09'); // ['2026-10-08', '2026-10-09']
 */
export const workdaysBetweenIn = (ix: CalendarIndex, from: DateInput, to: DateInput): string[] =>
  ix.list(...orderedRange(ix, from, to)).map((d) => ix.label(d));
