/**
 * The shipped years' day kinds and their working-day index: the light path of the calendar. The
 * plain functions (`addWorkdays` …), `deadline()` without a calendar and `defaultCalendar` all
 * answer from {@link shippedIndex}; this module reads only the generated table (chinese-workday
 * with the errata applied at build time), so importing it does not load the notices, the errata's
 * prose, the holiday law or the year schemas. The notices each day rests on are added lazily by
 * base-data.ts, for `dayKind`.
 */
import type { EpochDay } from '../time/index.js';
import { BASE_TABLE, BASE_TABLE_FIRST_YEAR, BASE_TABLE_NAMES } from './base-table.js';
import { CalendarIndex } from './calendar-index.js';
import { KIND_HOLIDAY, KIND_MAKEUP } from './kinds.js';
import { firstDayOfYear, weekendKinds, type YearData } from './year-data.js';

/** The years the library ships (chinese-workday 1.16.1 holds notices for them). */
export const SHIPPED_FIRST_YEAR = BASE_TABLE_FIRST_YEAR;
export const SHIPPED_LAST_YEAR = BASE_TABLE_FIRST_YEAR + BASE_TABLE.length - 1;

/**
 * The title of the State Council General Office's yearly holiday notice for `year`.
 *
 * @example
 * yearlyTitle(2026); // '国务院办公厅关于2026年部分节假日安排的通知'
 */
export const yearlyTitle = (year: number): string => `国务院办公厅关于${year}年部分节假日安排的通知`;

/** Where the shipped days come from, after the notice's title. */
const BASE_DATA = 'data: chinese-workday 1.16.1 with the project errata';

/** One run of the table: `<start>[+<length>]<h|m><festival index>`, numbers in base 36. */
const RUN = /^([0-9a-z]+)(?:\+([0-9a-z]+))?([hm])([0-9a-z]+)$/;

/**
 * One shipped year read from the table: its day kinds and festivals, its yearly notice as source.
 *
 * @example
 * shippedYear(2026).festivals.size; // 39
 */
export function shippedYear(year: number): YearData {
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
  return Object.freeze({ year, source: `${yearlyTitle(year)} (${BASE_DATA})`, provisional: false, origin: 'shipped', kinds, festivals });
}

let shared: CalendarIndex | undefined;

/**
 * The working-day index of the shipped years 2011–2026, built once on first use and shared by
 * every caller (its year records carry kinds, festivals and sources, not the per-day notices).
 *
 * @example
 * shippedIndex().coverage; // { start: '2011-01-01', end: '2026-12-31' }
 * shippedIndex() === shippedIndex(); // true
 */
export function shippedIndex(): CalendarIndex {
  if (shared === undefined) {
    const years: YearData[] = [];
    for (let y = SHIPPED_FIRST_YEAR; y <= SHIPPED_LAST_YEAR; y++) years.push(shippedYear(y));
    shared = new CalendarIndex(years);
  }
  return shared;
}
