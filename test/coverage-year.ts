/**
 * The first year the shipped calendar does not cover, derived from `coverage` instead of written
 * as a literal: a test meaning "a year the calendar does not hold" uses these, so that shipping the
 * next year's notice is a data change, not an edit of every such test.
 */
import { defaultCalendar, type WorkdayCalendar } from '../src/index.js';
import { calendarFromYears } from '../src/calendar/calendar.js';
import { shippedYears } from '../src/calendar/base-data.js';
import { queryOracle } from './calendar/oracle.js';

/** The last year `defaultCalendar` covers. */
export const LAST_COVERED_YEAR = Number(defaultCalendar.coverage.end.slice(0, 4));
/** The first year after `defaultCalendar`'s coverage. */
export const FIRST_UNCOVERED_YEAR = LAST_COVERED_YEAR + 1;

/** A `YYYY-MM-DD` date in the first uncovered year (default: January 4). */
export function uncoveredDate(monthDay = '01-04'): string {
  return `${FIRST_UNCOVERED_YEAR}-${monthDay}`;
}

/** A `YYYY-MM-DD` date in the last covered year (default: December 31, the last covered day). */
export function lastCoveredDate(monthDay = '12-31'): string {
  return `${LAST_COVERED_YEAR}-${monthDay}`;
}

const DAY_MS = 86_400_000;
const plusDay = (date: string, n = 1): string => new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/**
 * Whether `date` is a working day as provisional mode reads the first uncovered year: the shipped
 * calendar's days up to its end (checked against the official calendar by the differential tests),
 * then the holiday law's early January, read here from the law itself and not from the library's
 * provisional data (《全国年节及纪念日放假办法》: 元旦 is January 1, one day off; Saturdays and Sundays
 * are rest days; provisional mode adds no make-up working day). Only up to January 15 of that year:
 * the Spring Festival can start in the second half of January.
 */
export function provisionalIsWorkday(date: string): boolean {
  if (Number(date.slice(0, 4)) <= LAST_COVERED_YEAR) return defaultCalendar.isWorkday(date);
  if (date > uncoveredDate('01-15')) throw new Error(`provisionalIsWorkday: ${date} is past ${uncoveredDate('01-15')}`);
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && date.slice(5) !== '01-01';
}

/** The `n`-th working day after `from`, by {@link provisionalIsWorkday}. */
export function provisionalAddWorkdays(from: string, n: number): string {
  let date = from;
  for (let left = n; left > 0; ) {
    date = plusDay(date);
    if (provisionalIsWorkday(date)) left--;
  }
  return date;
}

/** The working days after `from` up to and including `to`, by {@link provisionalIsWorkday}. */
export function provisionalCountWorkdays(from: string, to: string): number {
  let count = 0;
  for (let date = plusDay(from); date <= to; date = plusDay(date)) if (provisionalIsWorkday(date)) count++;
  return count;
}

/** The `k`-th working day of the calendar counted back from its last covered day (1: the last working day). */
export function coveredWorkdayFromEnd(k: number): string {
  let date = lastCoveredDate();
  for (let found = defaultCalendar.isWorkday(date) ? 1 : 0; found < k; ) {
    date = plusDay(date, -1);
    if (defaultCalendar.isWorkday(date)) found++;
  }
  return date;
}

/**
 * The shipped calendar without `year` and the years after it: for a test that ADDS `year` (a notice
 * sample) and assumes the library does not ship it. While the library's coverage ends before
 * `year`, this is `defaultCalendar` itself; once `year` is shipped, the shipped years before it.
 */
export function calendarBefore(year: number): WorkdayCalendar {
  return year > LAST_COVERED_YEAR ? defaultCalendar : calendarFromYears(() => shippedYears().filter((y) => y.year < year));
}

/** A year's rest days under 《全国年节及纪念日放假办法》 (2024), read from the oracle, not from the library. */
export interface LawYear {
  /** 正月初一, `YYYY-MM-DD`. */
  readonly chunjie: string;
  /** The law's rest days: 元旦, 除夕 and 正月初一–初三, 清明, 05-01/02, 端午, 中秋, 10-01–03. */
  readonly restDays: ReadonlySet<string>;
  /** The same days as a notice's `holidays`, date order, one entry a day (a day of two festivals keeps the first). */
  readonly holidays: readonly { readonly date: string; readonly festival: string }[];
  /** The first weekday after the law's Spring Festival days that is not a rest day (2027: 02-09). */
  readonly afterSpringFestival: string;
}

const isWeekend = (date: string): boolean => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

/**
 * The law's rest days of `year`, from chinese-days' lunar dates and solar terms (test/calendar/oracle.ts,
 * in a child process): for a test that writes a notice or an amendment for the first uncovered year
 * from the law's rules instead of hand-shifting 2027's dates.
 */
export function lawYear(year: number): LawYear {
  const o = queryOracle<{ chunjie: string; duanwu: string; zhongqiu: string; qingming: string }>(`({
    chunjie: cd.getSolarDateFromLunar('${year}-01-01').date,
    duanwu: cd.getSolarDateFromLunar('${year}-05-05').date,
    zhongqiu: cd.getSolarDateFromLunar('${year}-08-15').date,
    qingming: cd.getSolarTerms('${year}-03-25', '${year}-04-15').find((t) => t.name === '清明').date,
  })`);
  const spring = [-1, 0, 1, 2].map((n) => plusDay(o.chunjie, n));
  const named: [string, string][] = [
    [`${year}-01-01`, '元旦'],
    ...spring.map((d): [string, string] => [d, '春节']),
    [o.qingming, '清明节'],
    [`${year}-05-01`, '劳动节'],
    [`${year}-05-02`, '劳动节'],
    [o.duanwu, '端午节'],
    [o.zhongqiu, '中秋节'],
    ...['10-01', '10-02', '10-03'].map((d): [string, string] => [`${year}-${d}`, '国庆节']),
  ];
  const byDate = new Map<string, string>();
  for (const [date, festival] of named) if (!byDate.has(date)) byDate.set(date, festival);
  const holidays = [...byDate].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, festival]) => ({ date, festival }));
  const restDays = new Set(byDate.keys());
  let afterSpringFestival = plusDay(spring[3] as string);
  while (isWeekend(afterSpringFestival) || restDays.has(afterSpringFestival)) afterSpringFestival = plusDay(afterSpringFestival);
  return { chunjie: o.chunjie, restDays, holidays, afterSpringFestival };
}
