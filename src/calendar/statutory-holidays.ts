/**
 * The statutory holidays of 《全国年节及纪念日放假办法》 as revised in 2024 (国务院令第795号, in
 * force 2025-01-01), Article 2, and the lunar and solar-term dates they fall on, for the years
 * provisional mode serves.
 *
 * The lunar and solar-term dates are facts written down here, not computed at run time (the
 * library ships no astronomical code). `test/calendar/provisional.test.ts` checks every row
 * against `chinese-days`' lunar conversion and solar-term table.
 */
import { epochDayFromYmd, formatEpochDay } from './days.js';

/** One year's movable dates, `MM-DD` in that Gregorian year (Beijing). */
export interface MovableDates {
  /** 除夕: the day before 正月初一 (the 12th lunar month has 29 or 30 days, so not "腊月三十"). */
  readonly chuxi: string;
  /** 春节: 正月初一. */
  readonly chunjie: string;
  /** 清明: the day of the Qingming solar term. */
  readonly qingming: string;
  /** 端午节: the 5th day of the 5th lunar month (never the leap 5th month). */
  readonly duanwu: string;
  /** 中秋节: the 15th day of the 8th lunar month. */
  readonly zhongqiu: string;
}

/**
 * The movable holiday dates of 2027–2035. 2027's 12th lunar month of 丙午 has 29 days, so 除夕 is
 * 腊月廿九 (02-05); 2028 has a leap 5th month, 端午 is in the ordinary 5th month.
 *
 * @example
 * MOVABLE_HOLIDAY_DATES[2027]?.chunjie; // '02-06'
 */
export const MOVABLE_HOLIDAY_DATES: Readonly<Record<number, MovableDates>> = Object.freeze({
  2027: Object.freeze({ chuxi: '02-05', chunjie: '02-06', qingming: '04-05', duanwu: '06-09', zhongqiu: '09-15' }),
  2028: Object.freeze({ chuxi: '01-25', chunjie: '01-26', qingming: '04-04', duanwu: '05-28', zhongqiu: '10-03' }),
  2029: Object.freeze({ chuxi: '02-12', chunjie: '02-13', qingming: '04-04', duanwu: '06-16', zhongqiu: '09-22' }),
  2030: Object.freeze({ chuxi: '02-02', chunjie: '02-03', qingming: '04-05', duanwu: '06-05', zhongqiu: '09-12' }),
  2031: Object.freeze({ chuxi: '01-22', chunjie: '01-23', qingming: '04-05', duanwu: '06-24', zhongqiu: '10-01' }),
  2032: Object.freeze({ chuxi: '02-10', chunjie: '02-11', qingming: '04-04', duanwu: '06-12', zhongqiu: '09-19' }),
  2033: Object.freeze({ chuxi: '01-30', chunjie: '01-31', qingming: '04-04', duanwu: '06-01', zhongqiu: '09-08' }),
  2034: Object.freeze({ chuxi: '02-18', chunjie: '02-19', qingming: '04-05', duanwu: '06-20', zhongqiu: '09-27' }),
  2035: Object.freeze({ chuxi: '02-07', chunjie: '02-08', qingming: '04-05', duanwu: '06-10', zhongqiu: '09-16' }),
});

/** First and last year of {@link MOVABLE_HOLIDAY_DATES}. */
export const STATUTORY_FIRST_YEAR = 2027;
export const STATUTORY_LAST_YEAR = 2035;

/** The law the provisional days come from. */
export const STATUTORY_SOURCE = '《全国年节及纪念日放假办法》(2024) — provisional';

/** A rest day the law gives, `YYYY-MM-DD`, with its festival. */
export interface StatutoryDay {
  readonly date: string;
  readonly festival: string;
}

/**
 * The rest days the law gives in `year` (Art. 2: 元旦 1 day, 春节 4 days = 除夕 and 正月初一 to
 * 初三, 清明 1, 劳动节 2 (May 1–2), 端午 1, 中秋 1, 国庆 3 (Oct 1–3)), sorted. A day that is two
 * festivals at once (中秋 on Oct 1 in 2031) is listed once, with both names. No compensatory
 * rest day (补假) and no make-up working day (调休) is guessed: those are fixed by each year's
 * notice. `undefined` for a year not in the table.
 *
 * @example
 * statutoryHolidays(2027)?.length; // 13
 * statutoryHolidays(2027)?.[1]; // { date: '2027-02-05', festival: '春节' }
 * statutoryHolidays(2036); // undefined
 */
export function statutoryHolidays(year: number): StatutoryDay[] | undefined {
  const m = MOVABLE_HOLIDAY_DATES[year];
  if (m === undefined) return undefined;
  const [cm, cd] = m.chunjie.split('-').map(Number) as [number, number];
  const chunjie = epochDayFromYmd(year, cm, cd);
  // 正月初二 and 初三: Gregorian day arithmetic (they may cross into the next month).
  const springDays = [m.chuxi, ...[1, 2].map((k) => formatEpochDay(chunjie + k).slice(5))];
  const entries: [string, string][] = [
    ['01-01', '元旦'],
    ...springDays.map((d): [string, string] => [d, '春节']),
    [m.chunjie, '春节'],
    [m.qingming, '清明节'],
    ['05-01', '劳动节'],
    ['05-02', '劳动节'],
    [m.duanwu, '端午节'],
    [m.zhongqiu, '中秋节'],
    ['10-01', '国庆节'],
    ['10-02', '国庆节'],
    ['10-03', '国庆节'],
  ];
  const byDate = new Map<string, string>();
  for (const [md, festival] of entries) {
    const date = `${year}-${md}`;
    const before = byDate.get(date);
    byDate.set(date, before === undefined ? festival : `${before}、${festival}`);
  }
  return [...byDate.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, festival]) => ({ date, festival }));
}
