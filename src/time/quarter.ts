/**
 * The quarter grammar, `YYYYQn` (`2026Q4`): its pattern (for the zod schemas, which also publish
 * it in JSON Schema), its reader and its label. Part of the one time edge, `src/time/`.
 */
import { type EpochDay, epochDayFromYmd, ymdFromEpochDay } from './civil.js';

/** A quarter `YYYYQn`, n in 1..4. */
export const QUARTER_PATTERN = /^\d{4}Q[1-4]$/;

/**
 * The quarter grammar: the year and quarter of a `YYYYQn` text and the quarter's first day, or
 * `undefined` when the text is not one.
 *
 * @example
 * parseQuarter('2026Q4'); // { year: 2026, quarter: 4, firstDay: 20727 }
 * parseQuarter('2026Q5'); // undefined
 */
export function parseQuarter(text: string): { readonly year: number; readonly quarter: number; readonly firstDay: EpochDay } | undefined {
  if (!QUARTER_PATTERN.test(text)) return undefined;
  const year = Number(text.slice(0, 4));
  const quarter = text.charCodeAt(5) - 48;
  return { year, quarter, firstDay: epochDayFromYmd(year, (quarter - 1) * 3 + 1, 1) };
}

/**
 * `YYYYQn` of the quarter holding a day.
 *
 * @example
 * quarterLabel(20680); // '2026Q3' (2026-08-15)
 */
export function quarterLabel(day: EpochDay): string {
  const [y, m] = ymdFromEpochDay(day);
  return `${String(y).padStart(4, '0')}Q${Math.floor((m - 1) / 3) + 1}`;
}
