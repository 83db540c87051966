/**
 * The official years the library ships: chinese-workday's data for 2011–2026, corrected by the
 * errata table. Read once, lazily, on first use.
 */
import { getFestival, isWorkday } from 'chinese-workday';
import { formatEpochDay, parseIsoDate, type EpochDay } from './days.js';
import { ERRATA } from './errata.js';
import { KIND_HOLIDAY, KIND_MAKEUP, KIND_WEEKEND, KIND_WORKDAY, kindCode } from './kinds.js';
import { daysInYear, firstDayOfYear, weekendKinds, type YearData } from './year-data.js';

/** The years chinese-workday 1.16.1 holds notices for. */
export const BASE_FIRST_YEAR = 2011;
export const BASE_LAST_YEAR = 2026;

const BASE_SOURCE = 'chinese-workday 1.16.1 (国务院办公厅 yearly holiday notices), with the project errata';

function baseYear(year: number): YearData {
  const first = firstDayOfYear(year);
  const kinds = weekendKinds(year);
  const festivals = new Map<EpochDay, string>();
  for (let i = 0; i < daysInYear(year); i++) {
    const day = first + i;
    const text = formatEpochDay(day);
    const working = isWorkday(text);
    const weekend = kinds[i] === KIND_WEEKEND;
    const name = getFestival(text);
    if (working && weekend) {
      kinds[i] = KIND_MAKEUP;
      festivals.set(day, name.replace(/^补/, ''));
    } else if (!working && (!weekend || (name !== '周末' && name !== '工作日'))) {
      kinds[i] = KIND_HOLIDAY;
      festivals.set(day, name);
    } else {
      kinds[i] = working ? KIND_WORKDAY : KIND_WEEKEND;
    }
  }
  return { year, source: BASE_SOURCE, provisional: false, kinds, festivals };
}

/**
 * The shipped years, 2011–2026, with the errata applied.
 *
 * @example
 * shippedYears().length; // 16
 */
export function shippedYears(): YearData[] {
  const years = new Map<number, YearData>();
  for (let y = BASE_FIRST_YEAR; y <= BASE_LAST_YEAR; y++) years.set(y, baseYear(y));
  const dayNotices = new Map<EpochDay, string>();
  for (const e of ERRATA) {
    const day = parseIsoDate(e.date) as EpochDay;
    const year = years.get(Number(e.date.slice(0, 4))) as YearData;
    const festivals = year.festivals as Map<EpochDay, string>;
    dayNotices.set(day, e.notice);
    (year.kinds as Uint8Array)[day - firstDayOfYear(year.year)] = kindCode(e.kind);
    if (e.festival === undefined) festivals.delete(day);
    else festivals.set(day, e.festival);
  }
  return [...years.values()].map((y) => Object.freeze({ ...y, dayNotices }));
}
