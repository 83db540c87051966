/**
 * The one time edge. Every grammar of dates and instants the library reads, the supported year
 * range, Beijing-day arithmetic and the formatting of dates and instants live here, once:
 *
 * - `civil.ts` — civil dates as epoch days; the `YYYY-MM-DD` grammar (`parseCivilDate`);
 * - `instant.ts` — the instant grammars: with offset (`parseOffsetInstant`, the snapshot's) and
 *   offset optional, read as Beijing wall time without one (`parseIsoInstant`);
 * - `quarter.ts` — the `2026Q4` grammar (`parseQuarter`, `QUARTER_PATTERN`, `quarterLabel`);
 * - `range.ts` — the years 0001-9999 (`MIN_YEAR`, `MAX_YEAR`, `instantInRange`);
 * - `beijing.ts` — `beijingDayOfInstant`, `startOfBeijingDay`, `endOfBeijingDay`, month arithmetic
 *   and the ISO / iCalendar texts of an instant;
 * - `input.ts` — the throwing edge: a caller's string, Date or Luxon DateTime to numbers
 *   (`parseDateInput`, `toBeijingDay`, `toInstantMs`), refusals as InvalidInputError.
 *
 * Inside the library dates are epoch days and instants epoch milliseconds; text is made only in
 * public results.
 */
export * from './units.js';
export * from './civil.js';
export * from './range.js';
export * from './beijing.js';
export * from './instant.js';
export * from './quarter.js';
export {
  type DateInput,
  type LuxonDateTimeLike,
  type ParsedInput,
  parseDateInput,
  toBeijingDay,
  toInstantMs,
  toInstantOrDayStartMs,
} from './input.js';
