/**
 * Why a day is what it is: a statutory holiday (法定节假日, a day the holiday law names), a rest
 * day in lieu (调休, 补休), a rest day a special notice grants, an ordinary weekend, an ordinary
 * working day or a make-up working day. Derived from the year's days, the law in force and the
 * notices; nothing here is stored per day.
 */
import { type EpochDay, formatEpochDay, isoWeekday } from '../time/index.js';
import { isWorkingKind, KIND_MAKEUP, KIND_WORKDAY } from './kinds.js';
import { type Notice, noticeByTitle } from './notices.js';
import { statutoryHolidays } from './statutory-holidays.js';
import type { YearData } from './year-data.js';

/**
 * `statutory`: a day the law in force names (paid triple for work); `in-lieu`: a weekday rest day
 * the notice adds (调休, or 补休 for a festival on a weekend); `special`: a rest day a special
 * notice grants outright; `weekend`: a Saturday or Sunday off; `workday`, `makeup-workday`;
 * `rest-day`: a declared rest day in a year whose law or lunar dates the library does not hold.
 */
export type DayReason = 'statutory' | 'in-lieu' | 'special' | 'weekend' | 'workday' | 'makeup-workday' | 'rest-day';

/** The labels `dayKind` adds to a day. */
export interface DayLabels {
  readonly statutory: boolean;
  readonly reason: DayReason;
  /** The notice behind the day, when the library knows it (title, and issued / number where confirmed). */
  readonly notice?: Notice;
  /** When the day's notice is an amendment: the title of the notice it replaced for this day. */
  readonly amends?: string;
  /** A make-up working day: the rest day it pays for, where the notice pairs them. */
  readonly paysFor?: string;
  /** A rest day in lieu: the make-up working day that pays for it, where the notice pairs them. */
  readonly paidBy?: string;
}

const statutoryCache = new WeakMap<YearData, ReadonlySet<string> | null>();

/**
 * The statutory days of a year's law as a set of `YYYY-MM-DD`, or `undefined` when the library
 * does not hold the law or the lunar dates of that year.
 *
 * @example
 * import { provisionalYear } from './provisional.js';
 * statutoryDaysOf(provisionalYear(2027)!)?.has('2027-02-05'); // true
 */
export function statutoryDaysOf(year: YearData): ReadonlySet<string> | undefined {
  let set = statutoryCache.get(year);
  if (set === undefined) {
    const days = statutoryHolidays(year.year);
    set = days === undefined ? null : new Set(days.map((d) => d.date));
    statutoryCache.set(year, set);
  }
  return set ?? undefined;
}

/**
 * The labels of one day of `year` whose kind code is `kind` and whose source is `source`.
 *
 * @example
 * import { provisionalYear } from './provisional.js';
 * import { parseIsoDate } from '../time/index.js';
 * const y = provisionalYear(2027)!;
 * labelDay(y, parseIsoDate('2027-02-05')!, 2, y.source).reason; // 'statutory'
 * labelDay(y, parseIsoDate('2027-02-13')!, 1, y.source).reason; // 'weekend'
 */
export function labelDay(year: YearData, day: EpochDay, kind: number, source: string): DayLabels {
  const date = formatEpochDay(day);
  const law = statutoryDaysOf(year);
  const statutory = law?.has(date) === true && !isWorkingKind(kind);
  let reason: DayReason;
  if (kind === KIND_MAKEUP) reason = 'makeup-workday';
  else if (kind === KIND_WORKDAY) reason = 'workday';
  else if (statutory) reason = 'statutory';
  else if (year.special?.has(day) === true) reason = 'special';
  else if (isoWeekday(day) >= 6) reason = 'weekend';
  else reason = law === undefined ? 'rest-day' : 'in-lieu';
  const notice = noticeByTitle(source);
  const amends = year.amended?.get(day) ?? notice?.amends;
  const paysFor = year.pairs?.get(day);
  let paidBy: EpochDay | undefined;
  for (const [makeup, rest] of year.pairs ?? []) if (rest === day) paidBy = makeup;
  return {
    statutory,
    reason,
    ...(notice === undefined ? {} : { notice }),
    ...(amends === undefined ? {} : { amends }),
    ...(paysFor === undefined ? {} : { paysFor: formatEpochDay(paysFor) }),
    ...(paidBy === undefined ? {} : { paidBy: formatEpochDay(paidBy) }),
  };
}
