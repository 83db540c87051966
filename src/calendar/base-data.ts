/**
 * The official years the library ships: chinese-workday's data for 2011–2026, corrected by the
 * errata table. Read once, lazily, on first use, from the generated cache of chinese-workday
 * (base-table.ts, written by `npm run gen:calendar` from base-source.ts), so that the first call
 * does not walk chinese-workday day by day.
 */
import { formatEpochDay, parseIsoDate, type EpochDay } from '../time/index.js';
import { ERRATA } from './errata.js';
import { NOTICES, noticeOfDay, yearlyNotice } from './notices.js';
import { BASE_TABLE, BASE_TABLE_FIRST_YEAR, BASE_TABLE_NAMES } from './base-table.js';
import { KIND_HOLIDAY, KIND_MAKEUP, kindCode } from './kinds.js';
import { firstDayOfYear, weekendKinds, type YearData } from './year-data.js';

/** The years chinese-workday 1.16.1 holds notices for. */
export const BASE_FIRST_YEAR = BASE_TABLE_FIRST_YEAR;
export const BASE_LAST_YEAR = BASE_TABLE_FIRST_YEAR + BASE_TABLE.length - 1;

/** Where the shipped days come from, after the notice's title. */
const BASE_DATA = 'data: chinese-workday 1.16.1 with the project errata';

/** One run of the table: `<start>[+<length>]<h|m><festival index>`, numbers in base 36. */
const RUN = /^([0-9a-z]+)(?:\+([0-9a-z]+))?([hm])([0-9a-z]+)$/;

function baseYear(year: number): YearData {
  const first = firstDayOfYear(year);
  const kinds = weekendKinds(year);
  const festivals = new Map<EpochDay, string>();
  const runs = BASE_TABLE[year - BASE_TABLE_FIRST_YEAR] as string;
  for (const token of runs.split(' ')) {
    const [, start, length, kind, name] = RUN.exec(token) as RegExpExecArray;
    const from = parseInt(start as string, 36);
    const to = from + (length === undefined ? 1 : parseInt(length, 36));
    for (let i = from; i < to; i++) {
      kinds[i] = kind === 'h' ? KIND_HOLIDAY : KIND_MAKEUP;
      festivals.set(first + i, BASE_TABLE_NAMES[parseInt(name as string, 36)] as string);
    }
  }
  return { year, source: `${yearlyNotice(year)?.title as string} (${BASE_DATA})`, provisional: false, origin: 'shipped', kinds, festivals };
}

/**
 * The shipped years, 2011–2026, with the errata applied. Every day carries the title of the
 * notice that decides it (an erratum's notice, else a special notice or amendment naming it, else
 * the yearly notice); the days a special notice grants outright and the make-up days it pairs
 * with a rest day are recorded too.
 *
 * @example
 * shippedYears().length; // 16
 */
export function shippedYears(): YearData[] {
  const years = new Map<number, YearData>();
  for (let y = BASE_FIRST_YEAR; y <= BASE_LAST_YEAR; y++) years.set(y, baseYear(y));
  const errata = new Map<EpochDay, string>();
  for (const e of ERRATA) {
    const day = parseIsoDate(e.date) as EpochDay;
    const year = years.get(Number(e.date.slice(0, 4))) as YearData;
    const festivals = year.festivals as Map<EpochDay, string>;
    errata.set(day, e.notice);
    (year.kinds as Uint8Array)[day - firstDayOfYear(year.year)] = kindCode(e.kind);
    if (e.festival === undefined) festivals.delete(day);
    else festivals.set(day, e.festival);
  }
  const special = new Set<EpochDay>();
  const pairs = new Map<EpochDay, EpochDay>();
  for (const n of NOTICES) {
    for (const d of n.granted ?? []) special.add(parseIsoDate(d) as EpochDay);
    for (const p of n.pairs ?? []) pairs.set(parseIsoDate(p.makeup) as EpochDay, parseIsoDate(p.restDay) as EpochDay);
  }
  return [...years.values()].map((y) => {
    const dayNotices = new Map<EpochDay, string>();
    const first = firstDayOfYear(y.year);
    for (let i = 0; i < y.kinds.length; i++) {
      const day = first + i;
      const title = errata.get(day) ?? noticeOfDay(formatEpochDay(day), y.festivals.get(day))?.title;
      if (title !== undefined) dayNotices.set(day, title);
    }
    return Object.freeze({ ...y, dayNotices, special, pairs });
  });
}
