/**
 * The first year the shipped calendar does not cover, derived from `coverage` instead of written
 * as a literal: a test meaning "a year the calendar does not hold" uses these, so that shipping the
 * next year's notice is a data change, not an edit of every such test.
 */
import { defaultCalendar } from '../src/index.js';

/** The last year `defaultCalendar` covers. */
export const LAST_COVERED_YEAR = Number(defaultCalendar.coverage.end.slice(0, 4));
/** The first year after `defaultCalendar`'s coverage. */
export const FIRST_UNCOVERED_YEAR = LAST_COVERED_YEAR + 1;

/** A `YYYY-MM-DD` date in the first uncovered year (default: January 4). */
export function uncoveredDate(monthDay = '01-04'): string {
  return `${FIRST_UNCOVERED_YEAR}-${monthDay}`;
}

/** A `YYYY-MM-DD` date in the last covered year (default: December 31, the last covered day). */
export function lastCoveredDate(monthDay = '12-31'): string {
  return `${LAST_COVERED_YEAR}-${monthDay}`;
}

const DAY_MS = 86_400_000;
const plusDay = (date: string, n = 1): string => new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/**
 * Whether `date` is a working day as provisional mode reads the first uncovered year: the shipped
 * calendar's days up to its end (checked against the official calendar by the differential tests),
 * then the holiday law's early January, read here from the law itself and not from the library's
 * provisional data (《全国年节及纪念日放假办法》: 元旦 is January 1, one day off; Saturdays and Sundays
 * are rest days; provisional mode adds no make-up working day). Only up to January 15 of that year:
 * the Spring Festival can start in the second half of January.
 */
export function provisionalIsWorkday(date: string): boolean {
  if (Number(date.slice(0, 4)) <= LAST_COVERED_YEAR) return defaultCalendar.isWorkday(date);
  if (date > uncoveredDate('01-15')) throw new Error(`provisionalIsWorkday: ${date} is past ${uncoveredDate('01-15')}`);
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && date.slice(5) !== '01-01';
}

/** The `n`-th working day after `from`, by {@link provisionalIsWorkday}. */
export function provisionalAddWorkdays(from: string, n: number): string {
  let date = from;
  for (let left = n; left > 0; ) {
    date = plusDay(date);
    if (provisionalIsWorkday(date)) left--;
  }
  return date;
}

/** The working days after `from` up to and including `to`, by {@link provisionalIsWorkday}. */
export function provisionalCountWorkdays(from: string, to: string): number {
  let count = 0;
  for (let date = plusDay(from); date <= to; date = plusDay(date)) if (provisionalIsWorkday(date)) count++;
  return count;
}

/** The `k`-th working day of the calendar counted back from its last covered day (1: the last working day). */
export function coveredWorkdayFromEnd(k: number): string {
  let date = lastCoveredDate();
  for (let found = defaultCalendar.isWorkday(date) ? 1 : 0; found < k; ) {
    date = plusDay(date, -1);
    if (defaultCalendar.isWorkday(date)) found++;
  }
  return date;
}
