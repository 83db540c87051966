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

/**
 * The `n`-th working day after `from`, as provisional mode counts into the first uncovered year:
 * the shipped calendar's days up to its end (checked against the official calendar by the
 * differential tests), then the holiday law's early January, read here from the law itself and not
 * from the library's provisional data (《全国年节及纪念日放假办法》: 元旦 is January 1, one day off;
 * Saturdays and Sundays are rest days; provisional mode adds no make-up working day). Only for counts
 * ending by January 15 of that year: the Spring Festival can start in the second half of January.
 */
export function provisionalAddWorkdays(from: string, n: number): string {
  let t = Date.parse(`${from}T00:00:00Z`);
  let left = n;
  const limit = Date.parse(`${uncoveredDate('01-15')}T00:00:00Z`);
  while (left > 0) {
    t += DAY_MS;
    if (t > limit) throw new Error(`provisionalAddWorkdays: ${from} + ${n} runs past ${uncoveredDate('01-15')}`);
    const date = new Date(t).toISOString().slice(0, 10);
    const weekday = new Date(t).getUTCDay();
    const workday = Number(date.slice(0, 4)) <= LAST_COVERED_YEAR
      ? defaultCalendar.isWorkday(date)
      : weekday !== 0 && weekday !== 6 && date.slice(5) !== '01-01';
    if (workday) left--;
  }
  return new Date(t).toISOString().slice(0, 10);
}
