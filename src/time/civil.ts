/**
 * The civil-date grammar (`YYYY-MM-DD`) and civil dates as epoch days (days since 1970-01-01),
 * the one date representation that crosses module boundaries inside the library. Pure integer
 * arithmetic: no Date, no Luxon, no zone. Part of the one time edge, `src/time/`.
 */

/** Days since 1970-01-01 of a civil (proleptic Gregorian) date. */
export type EpochDay = number;

/**
 * The epoch day of year/month/day, without validation (the caller has checked the ranges).
 *
 * @example
 * epochDayFromYmd(1970, 1, 2); // 1
 */
export function epochDayFromYmd(year: number, month: number, day: number): EpochDay {
  // Howard Hinnant's days_from_civil.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * Year, month (1-12) and day of an epoch day.
 *
 * @example
 * ymdFromEpochDay(0); // [1970, 1, 1]
 */
export function ymdFromEpochDay(epochDay: EpochDay): [number, number, number] {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [month <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, month, day];
}

/**
 * The year an epoch day falls in.
 *
 * @example
 * yearOfEpochDay(epochDayFromYmd(2026, 12, 31)); // 2026
 */
export function yearOfEpochDay(epochDay: EpochDay): number {
  return ymdFromEpochDay(epochDay)[0];
}

/** Number of days in a month of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * ISO weekday of an epoch day: 1 = Monday … 7 = Sunday.
 *
 * @example
 * isoWeekday(0); // 4 (1970-01-01 was a Thursday)
 */
export function isoWeekday(epochDay: EpochDay): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * `YYYY-MM-DD` of an epoch day (years 0000-9999).
 *
 * @example
 * formatEpochDay(20726); // '2026-09-30'
 */
export function formatEpochDay(epochDay: EpochDay): string {
  const [y, m, d] = ymdFromEpochDay(epochDay);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};

/**
 * The civil-date grammar: a strict `YYYY-MM-DD` (years 0000-9999, a real calendar date) as an
 * epoch day; `undefined` when the text is not one (wrong shape, month 13, February 30 …). Never
 * rolls over. A char-code reader: no regex, no Date.
 *
 * @example
 * parseCivilDate('2026-09-30'); // 20726
 * parseCivilDate('2026-02-30'); // undefined
 */
export function parseCivilDate(text: string): EpochDay | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const y0 = digit(text, 0), y1 = digit(text, 1), y2 = digit(text, 2), y3 = digit(text, 3);
  const m0 = digit(text, 5), m1 = digit(text, 6), d0 = digit(text, 8), d1 = digit(text, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return undefined;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return epochDayFromYmd(year, month, day);
}

/**
 * The old name of {@link parseCivilDate}, kept for the modules and tests that import it.
 *
 * @example
 * parseIsoDate('2026-09-30'); // 20726
 */
export const parseIsoDate: (text: string) => EpochDay | undefined = parseCivilDate;
