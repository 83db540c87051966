/**
 * The supported year range, defined once: every date or instant a caller hands the library lies
 * in the years 0001-9999 (an instant: from 0001-01-02 to 9999-12-30 UTC, so that its date in any
 * offset up to ±18:00 is still a four-digit year). Part of the one time edge, `src/time/`.
 */
import { type EpochDay, epochDayFromYmd } from './civil.js';
import { MS_PER_DAY } from './units.js';

/** The first year an input may name. */
export const MIN_YEAR = 1;
/** The last year an input may name. */
export const MAX_YEAR = 9999;
/** The earliest accepted instant, epoch ms (0001-01-02T00:00Z). */
export const MIN_INSTANT_MS = epochDayFromYmd(MIN_YEAR, 1, 2) * MS_PER_DAY;
/** The latest accepted instant, epoch ms (9999-12-30T00:00Z). */
export const MAX_INSTANT_MS = epochDayFromYmd(MAX_YEAR, 12, 30) * MS_PER_DAY;
/** 9999-12-31, the last day a `YYYY-MM-DD` string can name: no due date is computed beyond it. */
export const LAST_CIVIL_DAY: EpochDay = epochDayFromYmd(MAX_YEAR, 12, 31);

/**
 * Whether an instant (epoch ms) lies in the supported range.
 *
 * @example
 * instantInRange(0); // true
 * instantInRange(MAX_INSTANT_MS + 1); // false
 */
export function instantInRange(ms: number): boolean {
  return ms >= MIN_INSTANT_MS && ms <= MAX_INSTANT_MS;
}
