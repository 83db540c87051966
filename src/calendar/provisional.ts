/**
 * Provisional years: working-day data derived from the statutory holiday law alone, for years
 * whose State Council notice is not out yet. Always flagged `provisional: true`.
 */
import * as z from 'zod/mini';
import { InvalidInputError } from '../errors.js';
import { parseInput } from '../validate.js';
import { STATUTORY_LAST_YEAR, STATUTORY_SOURCE, statutoryHolidays } from './statutory-holidays.js';
import { type YearData, yearFromLists } from './year-data.js';

/**
 * One year from the law: the law's rest days (see {@link statutoryHolidays}), ordinary
 * weekends, no make-up working days and no compensatory rest days. `undefined` when the year is
 * not in the table of lunar dates.
 *
 * @example
 * provisionalYear(2027)?.provisional; // true
 * provisionalYear(2027)?.source; // '《全国年节及纪念日放假办法》(2024) — provisional'
 */
export function provisionalYear(year: number): YearData | undefined {
  const holidays = statutoryHolidays(year);
  if (holidays === undefined) return undefined;
  return yearFromLists(year, STATUTORY_SOURCE, true, holidays, []);
}

/**
 * The options of `calendar.provisional()`, checked against the calendar's last official year.
 *
 * @example
 * provisionalOptionsSchema(2026).safeParse({ through: 2036 }).success; // false
 */
export function provisionalOptionsSchema(lastOfficialYear: number) {
  return z.strictObject({
    through: z
      .number().check(z.int(), z.minimum(lastOfficialYear, { message: `is before the last official year (${lastOfficialYear})` }), z.maximum(STATUTORY_LAST_YEAR, { message: `is after ${STATUTORY_LAST_YEAR}, the last year whose lunar dates the library holds` })),
  });
}

/**
 * The official years followed by law-derived years up to `options.through` (validated:
 * InvalidInputError naming `options.through` otherwise). Provisional years already in `years`
 * are dropped and derived again.
 *
 * @example
 * import { shippedYears } from './base-data.js';
 * extendProvisionally(shippedYears(), { through: 2028 }).map((y) => y.year).slice(-3); // [2026, 2027, 2028]
 */
export function extendProvisionally(years: readonly YearData[], options: unknown): YearData[] {
  const official = years.filter((y) => !y.provisional);
  const lastOfficial = official.length === 0 ? (years[0] as YearData).year - 1 : (official[official.length - 1] as YearData).year;
  const { through } = parseInput(provisionalOptionsSchema(lastOfficial), options, 'options');
  const out = [...official];
  for (let y = lastOfficial + 1; y <= through; y++) {
    const year = provisionalYear(y);
    if (year === undefined) throw new InvalidInputError('options.through', through, `needs ${y}, which is not in the table of lunar dates`);
    out.push(year);
  }
  return out;
}
