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
  /** The notice deciding each day, by epoch day (shipped and amended years; otherwise the year's `source`). */
  readonly dayNotices?: ReadonlyMap<EpochDay, string>;
  /** Rest days a special notice grants outright, not in lieu of anything (shipped years). */
  readonly special?: ReadonlySet<EpochDay>;
  /** Make-up working days paired by their notice with the rest day each pays for. */
  readonly pairs?: ReadonlyMap<EpochDay, EpochDay>;
  /** Days an amendment (`withYear` with `amends: true`) replaced: the notice that decided each before. */
  readonly amended?: ReadonlyMap<EpochDay, string>;
}

/** A make-up working day of an input: its date, festival and, where paired, the rest day it pays for. */
export interface MakeupEntry {
  readonly date: string;
  readonly festival: string;
  readonly restDay?: string | undefined;
}

/** The days a later notice names (already validated: inside the year, each once, kinds consistent). */
export interface AmendmentDays {
  readonly notice: string;
  readonly holidays: readonly { date: string; festival: string }[];
  readonly makeupWorkdays: readonly MakeupEntry[];
  readonly workdays: readonly { date: string }[];
}

/** First epoch day of a year. */
export const firstDayOfYear = (year: number): EpochDay => epochDayFromYmd(year, 1, 1);

/** Number of days in a year. */
export const daysInYear = (year: number): number => (daysInMonth(year, 2) === 29 ? 366 : 365);

/** Plain weekday/weekend kinds for a year, to be overlaid with a notice's days. */
export function weekendKinds(year: number): Uint8Array {
  const kinds = new Uint8Array(daysInYear(year)).fill(KIND_WORKDAY);
  // Every 7th day from the first Saturday (ISO weekday 6) and from the first Sunday (7), not a
  // weekday computed per day: this runs for every year on a cold start (issue 14).
  const saturday = (13 - isoWeekday(firstDayOfYear(year))) % 7;
  for (let i = saturday; i < kinds.length; i += 7) kinds[i] = KIND_WEEKEND;
  for (let i = (saturday + 1) % 7; i < kinds.length; i += 7) kinds[i] = KIND_WEEKEND;
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
  makeupWorkdays: readonly MakeupEntry[],
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
  const pairs = pairsOf(makeupWorkdays);
  return Object.freeze({ year, source, provisional, origin: provisional ? 'provisional' : 'added', kinds, festivals, ...(pairs.size === 0 ? {} : { pairs }) });
}

const pairsOf = (makeupWorkdays: readonly MakeupEntry[]): Map<EpochDay, EpochDay> =>
  new Map(makeupWorkdays.flatMap((m) => (m.restDay === undefined ? [] : [[parseIsoDate(m.date) as EpochDay, parseIsoDate(m.restDay) as EpochDay] as const])));

/**
 * A year with a later notice applied: the days it names take their new kind and festival, are
 * decided by the new notice (`dayNotices`) and remember the notice they were decided by before
 * (`amended`); the pairings and special grants of those days are replaced by the amendment's.
 * Every other day is unchanged.
 */
export function amendYear(base: YearData, amendment: AmendmentDays): YearData {
  const first = firstDayOfYear(base.year);
  const kinds = Uint8Array.from(base.kinds);
  const festivals = new Map(base.festivals);
  const dayNotices = new Map(base.dayNotices ?? []);
  const amended = new Map(base.amended ?? []);
  const named = new Set<EpochDay>();
  const name = (date: string, kind: number, festival: string | undefined) => {
    const day = parseIsoDate(date) as EpochDay;
    kinds[day - first] = kind;
    if (festival === undefined) festivals.delete(day);
    else festivals.set(day, festival);
    amended.set(day, dayNotices.get(day) ?? base.source);
    dayNotices.set(day, amendment.notice);
    named.add(day);
  };
  for (const h of amendment.holidays) name(h.date, KIND_HOLIDAY, h.festival);
  for (const m of amendment.makeupWorkdays) name(m.date, KIND_MAKEUP, m.festival);
  for (const w of amendment.workdays) name(w.date, KIND_WORKDAY, undefined);
  const pairs = new Map([...(base.pairs ?? [])].filter(([m, r]) => !named.has(m) && !named.has(r)));
  for (const [m, r] of pairsOf(amendment.makeupWorkdays)) pairs.set(m, r);
  const special = new Set([...(base.special ?? [])].filter((d) => !named.has(d)));
  return Object.freeze({ ...base, kinds, festivals, dayNotices, amended, pairs, special });
}
