/**
 * One year of day kinds, and where it came from. The calendar index is a concatenation of
 * contiguous years.
 */
import { daysInMonth, epochDayFromYmd, type EpochDay, isoWeekday, parseIsoDate } from '../time/index.js';
import { KIND_HOLIDAY, KIND_MAKEUP, KIND_WEEKEND, KIND_WORKDAY } from './kinds.js';

/** Where a year of the calendar comes from. */
export type YearOrigin = 'shipped' | 'added' | 'provisional';

export interface YearData {
  readonly year: number;
  /** Where the year's days come from: a notice's name, or the law for provisional years. */
  readonly source: string;
  /** `true` when the days were derived from the holiday law, not from a published notice. */
  readonly provisional: boolean;
  /** `shipped`: the library's official data; `added`: a notice added with `withYear`; `provisional`: derived from the law. */
  readonly origin: YearOrigin;
  /** One kind code per day of the year, January 1 first. */
  readonly kinds: Uint8Array;
  /** Festival names of holidays and make-up working days, by epoch day. */
  readonly festivals: ReadonlyMap<EpochDay, string>;
  /** The notice deciding each day, by epoch day (shipped years; otherwise the year's `source`). */
  readonly dayNotices?: ReadonlyMap<EpochDay, string>;
  /** Rest days a special notice grants outright, not in lieu of anything (shipped years). */
  readonly special?: ReadonlySet<EpochDay>;
  /** Make-up working days paired by their notice with the rest day each pays for (shipped years). */
  readonly pairs?: ReadonlyMap<EpochDay, EpochDay>;
}

/** First epoch day of a year. */
export const firstDayOfYear = (year: number): EpochDay => epochDayFromYmd(year, 1, 1);

/** Number of days in a year. */
export const daysInYear = (year: number): number => (daysInMonth(year, 2) === 29 ? 366 : 365);

/** Plain weekday/weekend kinds for a year, to be overlaid with a notice's days. */
export function weekendKinds(year: number): Uint8Array {
  const first = firstDayOfYear(year);
  const kinds = new Uint8Array(daysInYear(year));
  for (let i = 0; i < kinds.length; i++) kinds[i] = isoWeekday(first + i) >= 6 ? KIND_WEEKEND : KIND_WORKDAY;
  return kinds;
}

/**
 * A year from lists of rest days and make-up working days (already validated: inside the year,
 * no duplicates, make-up days on weekends).
 */
export function yearFromLists(
  year: number,
  source: string,
  provisional: boolean,
  holidays: readonly { date: string; festival: string }[],
  makeupWorkdays: readonly { date: string; festival: string }[],
): YearData {
  const first = firstDayOfYear(year);
  const kinds = weekendKinds(year);
  const festivals = new Map<EpochDay, string>();
  for (const [list, kind] of [
    [holidays, KIND_HOLIDAY],
    [makeupWorkdays, KIND_MAKEUP],
  ] as const) {
    for (const { date, festival } of list) {
      const day = parseIsoDate(date) as EpochDay;
      kinds[day - first] = kind;
      festivals.set(day, festival);
    }
  }
  return Object.freeze({ year, source, provisional, origin: provisional ? 'provisional' : 'added', kinds, festivals });
}
