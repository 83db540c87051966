/**
 * Beijing-day arithmetic and formatting on numbers: the Beijing civil date of an instant, the
 * first and last millisecond of a Beijing day, month arithmetic in Beijing wall time, and the
 * ISO-8601 (`+08:00`) and iCalendar texts of an instant. Beijing time is UTC+08:00 without daylight
 * saving, so all of it is fixed-offset arithmetic: the same answer on every host TZ. Part of the
 * one time edge, `src/time/`.
 */
import { type EpochDay, daysInMonth, epochDayFromYmd, formatEpochDay, ymdFromEpochDay } from './civil.js';
import { BEIJING_OFFSET_MS, MS_PER_DAY, MS_PER_HOUR } from './units.js';

/**
 * The Beijing civil date of an instant.
 *
 * @example
 * beijingDayOfInstant(Date.UTC(2026, 8, 29, 18)); // 20726 (2026-09-30)
 */
export function beijingDayOfInstant(ms: number): EpochDay {
  return Math.floor((ms + BEIJING_OFFSET_MS) / MS_PER_DAY);
}

/**
 * The first millisecond of a Beijing civil date.
 *
 * @example
 * startOfBeijingDay(0); // -28800000 (1970-01-01T00:00+08:00)
 */
export function startOfBeijingDay(day: EpochDay): number {
  return day * MS_PER_DAY - BEIJING_OFFSET_MS;
}

/**
 * The last millisecond of a Beijing civil date (23:59:59.999+08:00), the instant a period ends.
 *
 * @example
 * endOfBeijingDay(0); // 57599999
 */
export function endOfBeijingDay(day: EpochDay): number {
  return startOfBeijingDay(day + 1) - 1;
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** The char code of the digit `0`: the texts of an instant are made of char codes, whole. */
const D = 48;

/**
 * An instant as ISO-8601 in Beijing time with its offset, e.g. `2026-10-10T23:59:59.999+08:00`.
 * A whole number of milliseconds in a year from 1000 to 9999 (every instant the library makes) is
 * written as one flat string from its char codes (a template literal makes a tree of about eight
 * string pieces, ≈ 300 B kept for as long as the text is); anything else (a fraction of a
 * millisecond, `NaN`, a year of other than four digits) by padding each field, as it always was.
 *
 * @example
 * formatBeijingInstant(Date.UTC(2026, 8, 29, 18)); // '2026-09-30T02:00:00.000+08:00'
 */
export function formatBeijingInstant(ms: number): string {
  const local = ms + BEIJING_OFFSET_MS;
  const day = Math.floor(local / MS_PER_DAY);
  let rest = local - day * MS_PER_DAY;
  const h = Math.floor(rest / MS_PER_HOUR);
  rest -= h * MS_PER_HOUR;
  const mi = Math.floor(rest / 60_000);
  rest -= mi * 60_000;
  const s = Math.floor(rest / 1000);
  const milli = rest - s * 1000;
  if (Number.isInteger(milli)) {
    const [y, m, d] = ymdFromEpochDay(day);
    if (y > 999 && y < 10_000) {
      return String.fromCharCode(
        D + Math.floor(y / 1000), D + (Math.floor(y / 100) % 10), D + (Math.floor(y / 10) % 10), D + (y % 10), 45, D + Math.floor(m / 10), D + (m % 10), 45, D + Math.floor(d / 10), D + (d % 10),
        84, D + Math.floor(h / 10), D + (h % 10), 58, D + Math.floor(mi / 10), D + (mi % 10), 58, D + Math.floor(s / 10), D + (s % 10), 46, D + Math.floor(milli / 100), D + (Math.floor(milli / 10) % 10), D + (milli % 10),
        43, 48, 56, 58, 48, 48, // +08:00
      );
    }
  }
  return `${formatEpochDay(day)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}.${pad(milli, 3)}+08:00`;
}

/**
 * An instant as an iCalendar local date-time in Beijing, `YYYYMMDDTHHMMSS` (milliseconds dropped).
 *
 * @example
 * formatBeijingBasic(Date.UTC(2026, 8, 29, 18, 0, 0, 999)); // '20260930T020000'
 */
export function formatBeijingBasic(ms: number): string {
  // From char codes, as formatBeijingInstant writes the same fields (a year from 1000 to 9999; not
  // a number has none); anything else from that text.
  const local = ms + BEIJING_OFFSET_MS;
  const day = Math.floor(local / MS_PER_DAY);
  const [y, m, d] = ymdFromEpochDay(day);
  if (y > 999 && y < 10_000) {
    const second = Math.floor((local - day * MS_PER_DAY) / 1000);
    const h = Math.floor(second / 3600);
    const mi = Math.floor((second - h * 3600) / 60);
    const s = second - h * 3600 - mi * 60;
    return String.fromCharCode(
      D + Math.floor(y / 1000), D + (Math.floor(y / 100) % 10), D + (Math.floor(y / 10) % 10), D + (y % 10), D + Math.floor(m / 10), D + (m % 10), D + Math.floor(d / 10), D + (d % 10),
      84, D + Math.floor(h / 10), D + (h % 10), D + Math.floor(mi / 10), D + (mi % 10), D + Math.floor(s / 10), D + (s % 10),
    );
  }
  return formatBeijingInstant(ms).slice(0, 19).replace(/[-:]/g, '');
}

/**
 * A civil date as an iCalendar DATE, `YYYYMMDD`.
 *
 * @example
 * formatCivilBasic(20726); // '20260930'
 */
export function formatCivilBasic(day: EpochDay): string {
  return formatEpochDay(day).replace(/-/g, '');
}

/**
 * Luxon's `plus({ months: n })` (n may be negative) for an instant, in Beijing wall time: the
 * same wall time, the day clamped to the end of a shorter month.
 *
 * @example
 * addMonthsBeijing(Date.UTC(2026, 7, 31, 2), 6) === Date.UTC(2027, 1, 28, 2); // true
 */
export function addMonthsBeijing(ms: number, n: number): number {
  const local = ms + BEIJING_OFFSET_MS;
  const day = Math.floor(local / MS_PER_DAY);
  const timeOfDay = local - day * MS_PER_DAY;
  const [y, m, d] = ymdFromEpochDay(day);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  const nd = Math.min(d, daysInMonth(ny, nm));
  return epochDayFromYmd(ny, nm, nd) * MS_PER_DAY + timeOfDay - BEIJING_OFFSET_MS;
}
