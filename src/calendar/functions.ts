/**
 * The default calendar's methods as plain functions, for `import { addWorkdays } from …`. The
 * working-day questions answer from the shipped index directly (shipped.ts), the index
 * `defaultCalendar` answers from too, so a bundle that imports only them leaves out the calendar
 * object, its year schemas, the notices and the holiday law; `dayKind` asks `defaultCalendar`.
 */
import { defaultCalendar, type DayKind } from './calendar.js';
import { addWorkdaysIn, countWorkdaysIn, isWorkdayIn, nextWorkdayIn, previousWorkdayIn, workdaysBetweenIn } from './questions.js';
import { shippedIndex } from './shipped.js';
import type { DateInput } from '../time/index.js';

/**
 * Whether a Beijing civil date is a working day under the State Council's notices.
 *
 * @example
 * isWorkday('2026-10-10'); // true (a make-up working Saturday)
 * isWorkday('2026-10-05'); // false (National Day break)
 */
export const isWorkday = (date: DateInput): boolean => isWorkdayIn(shippedIndex(), date);

/**
 * The `n`-th working day after `date` (the date itself is not counted).
 *
 * @example
 * addWorkdays('2026-09-30', 3); // '2026-10-10'
 */
export const addWorkdays = (date: DateInput, n: number): string => addWorkdaysIn(shippedIndex(), date, n);

/**
 * The first working day strictly after `date`, however long the break.
 *
 * @example
 * nextWorkday('2025-09-30'); // '2025-10-09' (after the 8-day 2025 National Day break)
 */
export const nextWorkday = (date: DateInput): string => nextWorkdayIn(shippedIndex(), date);

/**
 * The last working day strictly before `date`.
 *
 * @example
 * previousWorkday('2026-10-08'); // '2026-09-30'
 */
export const previousWorkday = (date: DateInput): string => previousWorkdayIn(shippedIndex(), date);

/**
 * Working days in the closed range [from, to].
 *
 * @example
 * countWorkdays('2026-10-01', '2026-10-10'); // 3 (10-08, 10-09 and the make-up Saturday 10-10)
 */
export const countWorkdays = (from: DateInput, to: DateInput): number => countWorkdaysIn(shippedIndex(), from, to);

/**
 * The working days in the closed range [from, to].
 *
 * @example
 * workdaysBetween('2026-10-01', '2026-10-10'); // ['2026-10-08', '2026-10-09', '2026-10-10']
 */
export const workdaysBetween = (from: DateInput, to: DateInput): string[] => workdaysBetweenIn(shippedIndex(), from, to);

/**
 * What kind of day a date is: `workday`, `weekend`, `holiday` (with its festival) or
 * `makeup-workday`.
 *
 * @example
 * dayKind('2026-10-01').festival; // '国庆节'
 */
export const dayKind = (date: DateInput): DayKind => defaultCalendar.dayKind(date);
