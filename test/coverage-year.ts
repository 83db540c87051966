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
