/**
 * The statutory holidays of 《全国年节及纪念日放假办法》 as revised in 2024 (国务院令第795号, in
 * force 2025-01-01), Article 2, and the lunar and solar-term dates they fall on, for the years
 * provisional mode serves and the shipped years 2011–2026; the earlier versions of the law (2007 and
 * 2013 revisions) are kept as data, so that every shipped day can be labelled statutory or not.
 *
 * The lunar and solar-term dates are facts written down here, not computed at run time (the
 * library ships no astronomical code). `test/calendar/provisional.test.ts` checks every row
 * against `chinese-days`' lunar conversion and solar-term table.
 */
import { epochDayFromYmd, formatEpochDay } from '../time/index.js';

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
 * The movable holiday dates of 2011–2035. 2027's 12th lunar month of 丙午 has 29 days, so 除夕 is
 * 腊月廿九 (02-05); 2028 has a leap 5th month, 端午 is in the ordinary 5th month.
 *
 * @example
 * MOVABLE_HOLIDAY_DATES[2027]?.chunjie; // '02-06'
 * MOVABLE_HOLIDAY_DATES[2020]?.zhongqiu; // '10-01'
 */
export const MOVABLE_HOLIDAY_DATES: Readonly<Record<number, MovableDates>> = Object.freeze({
  2011: Object.freeze({ chuxi: '02-02', chunjie: '02-03', qingming: '04-05', duanwu: '06-06', zhongqiu: '09-12' }),
  2012: Object.freeze({ chuxi: '01-22', chunjie: '01-23', qingming: '04-04', duanwu: '06-23', zhongqiu: '09-30' }),
  2013: Object.freeze({ chuxi: '02-09', chunjie: '02-10', qingming: '04-04', duanwu: '06-12', zhongqiu: '09-19' }),
  2014: Object.freeze({ chuxi: '01-30', chunjie: '01-31', qingming: '04-05', duanwu: '06-02', zhongqiu: '09-08' }),
  2015: Object.freeze({ chuxi: '02-18', chunjie: '02-19', qingming: '04-05', duanwu: '06-20', zhongqiu: '09-27' }),
  2016: Object.freeze({ chuxi: '02-07', chunjie: '02-08', qingming: '04-04', duanwu: '06-09', zhongqiu: '09-15' }),
  2017: Object.freeze({ chuxi: '01-27', chunjie: '01-28', qingming: '04-04', duanwu: '05-30', zhongqiu: '10-04' }),
  2018: Object.freeze({ chuxi: '02-15', chunjie: '02-16', qingming: '04-05', duanwu: '06-18', zhongqiu: '09-24' }),
  2019: Object.freeze({ chuxi: '02-04', chunjie: '02-05', qingming: '04-05', duanwu: '06-07', zhongqiu: '09-13' }),
  2020: Object.freeze({ chuxi: '01-24', chunjie: '01-25', qingming: '04-04', duanwu: '06-25', zhongqiu: '10-01' }),
  2021: Object.freeze({ chuxi: '02-11', chunjie: '02-12', qingming: '04-04', duanwu: '06-14', zhongqiu: '09-21' }),
  2022: Object.freeze({ chuxi: '01-31', chunjie: '02-01', qingming: '04-05', duanwu: '06-03', zhongqiu: '09-10' }),
  2023: Object.freeze({ chuxi: '01-21', chunjie: '01-22', qingming: '04-05', duanwu: '06-22', zhongqiu: '09-29' }),
  2024: Object.freeze({ chuxi: '02-09', chunjie: '02-10', qingming: '04-04', duanwu: '06-10', zhongqiu: '09-17' }),
  2025: Object.freeze({ chuxi: '01-28', chunjie: '01-29', qingming: '04-04', duanwu: '05-31', zhongqiu: '10-06' }),
  2026: Object.freeze({ chuxi: '02-16', chunjie: '02-17', qingming: '04-05', duanwu: '06-19', zhongqiu: '09-25' }),
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
export const STATUTORY_FIRST_YEAR = 2011;
export const STATUTORY_LAST_YEAR = 2035;

/**
 * One version of 《全国年节及纪念日放假办法》 Art. 2 as data: the years it is in force (the
 * calendar year of its entry into force on January 1), the days of 春节 as offsets from 正月初一
 * (−1 is 除夕) and the days of 劳动节. The other festivals did not change: 元旦 1, 清明 1, 端午 1,
 * 中秋 1, 国庆 3 (October 1–3).
 */
export interface HolidayLaw {
  readonly title: string;
  readonly from: number;
  readonly until?: number;
  readonly springFestival: readonly number[];
  readonly labourDay: readonly string[];
}

/**
 * The versions of the law since 2008: 国务院令第513号 (2007 revision: 春节 除夕–初二),
 * 第644号 (2013: 初一–初三), 第795号 (2024: 除夕–初三, 劳动节 2 days).
 *
 * @example
 * HOLIDAY_LAWS.map((l) => l.from); // [2008, 2014, 2025]
 */
export const HOLIDAY_LAWS: readonly HolidayLaw[] = Object.freeze([
  Object.freeze({ title: '《全国年节及纪念日放假办法》(2007年修订, 国务院令第513号)', from: 2008, until: 2013, springFestival: Object.freeze([-1, 0, 1]), labourDay: Object.freeze(['05-01']) }),
  Object.freeze({ title: '《全国年节及纪念日放假办法》(2013年修订, 国务院令第644号)', from: 2014, until: 2024, springFestival: Object.freeze([0, 1, 2]), labourDay: Object.freeze(['05-01']) }),
  Object.freeze({ title: '《全国年节及纪念日放假办法》(2024年修订, 国务院令第795号)', from: 2025, springFestival: Object.freeze([-1, 0, 1, 2]), labourDay: Object.freeze(['05-01', '05-02']) }),
]);

/**
 * The version of the law in force in `year` (from 2008), or `undefined` before.
 *
 * @example
 * holidayLawOf(2013)?.springFestival; // [-1, 0, 1]
 * holidayLawOf(2026)?.labourDay; // ['05-01', '05-02']
 * holidayLawOf(2007); // undefined
 */
export function holidayLawOf(year: number): HolidayLaw | undefined {
  return HOLIDAY_LAWS.find((l) => year >= l.from && (l.until === undefined || year <= l.until));
}

/** The law the provisional days come from. */
export const STATUTORY_SOURCE = '《全国年节及纪念日放假办法》(2024) — provisional';

/** A rest day the law gives, `YYYY-MM-DD`, with its festival. */
export interface StatutoryDay {
  readonly date: string;
  readonly festival: string;
}

/**
 * The statutory holidays (法定节假日) of `year` under the version of the law in force that year
 * (see {@link HOLIDAY_LAWS}: from 2025 元旦 1 day, 春节 4 days = 除夕 and 正月初一 to 初三, 清明 1,
 * 劳动节 2 (May 1–2), 端午 1, 中秋 1, 国庆 3 (Oct 1–3)), sorted. A day that is two festivals at
 * once (中秋 on Oct 1 in 2020 and 2031) is listed once, with both names. No compensatory rest day
 * (补假) and no make-up working day (调休) is guessed: those are fixed by each year's notice.
 * `undefined` for a year not in the table.
 *
 * @example
 * statutoryHolidays(2027)?.length; // 13
 * statutoryHolidays(2027)?.[1]; // { date: '2027-02-05', festival: '春节' }
 * statutoryHolidays(2020)?.length; // 10 (春节 初一–初三, 劳动节 1 day, 中秋 = 国庆 day 1)
 * statutoryHolidays(2036); // undefined
 */
export function statutoryHolidays(year: number): StatutoryDay[] | undefined {
  const m = MOVABLE_HOLIDAY_DATES[year];
  const law = holidayLawOf(year);
  if (m === undefined || law === undefined) return undefined;
  const [cm, cd] = m.chunjie.split('-').map(Number) as [number, number];
  const chunjie = epochDayFromYmd(year, cm, cd);
  // 除夕 … 初三: Gregorian day arithmetic (they may cross into another month).
  const entries: [string, string][] = [
    ['01-01', '元旦'],
    ...law.springFestival.map((k): [string, string] => [formatEpochDay(chunjie + k).slice(5), '春节']),
    [m.qingming, '清明节'],
    ...law.labourDay.map((d): [string, string] => [d, '劳动节']),
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
