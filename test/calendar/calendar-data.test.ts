/**
 * Targeted tests for the calendar's data modules (mutation testing found these the weakest):
 * the law's versions and days, provisional years and their options, the shipped years.
 * Expected values come from the statement of the law and the lunar dates checked against
 * chinese-days in provisional.test.ts, never from the library's output.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultCalendar } from '../../src/index.js';
import { BASE_FIRST_YEAR, BASE_LAST_YEAR, shippedYears } from '../../src/calendar/base-data.js';
import { parseIsoDate } from '../../src/calendar/days.js';
import { extendProvisionally, provisionalOptionsSchema, provisionalYear } from '../../src/calendar/provisional.js';
import { HOLIDAY_LAWS, holidayLawOf, STATUTORY_SOURCE, statutoryHolidays } from '../../src/calendar/statutory-holidays.js';
import { yearFromLists } from '../../src/calendar/year-data.js';
import { noticeOfDay, yearlyNotice } from '../../src/calendar/notices.js';
import { validateYear } from '../../src/calendar/validate-year.js';
import { refusal } from '../refusal.js';
import { LAST_COVERED_YEAR, lastCoveredDate } from '../coverage-year.js';
import { eachDate, queryOracle } from './oracle.js';

describe('the versions of the holiday law', () => {
  it.each([
    [2007, undefined],
    [2008, 2008],
    [2013, 2008],
    [2014, 2014],
    [2024, 2014],
    [2025, 2025],
    [2100, 2025],
  ])('%i is under the law in force from %s', (year, from) => {
    expect(holidayLawOf(year)?.from).toBe(from);
  });

  it('names each revision by its decree number', () => {
    expect(HOLIDAY_LAWS.map((l) => l.title.match(/国务院令第\d+号/)?.[0])).toEqual(['国务院令第513号', '国务院令第644号', '国务院令第795号']);
    expect(HOLIDAY_LAWS.map((l) => [l.from, l.until])).toEqual([[2008, 2013], [2014, 2024], [2025, undefined]]);
  });

  // 2013: 春节 除夕 02-09, 初一 02-10, 初二 02-11; 清明 04-04; 端午 06-12; 中秋 09-19.
  it('2013 (2007 revision): 11 days, 除夕 to 初二, one May Day', () => {
    expect(statutoryHolidays(2013)).toEqual([
      { date: '2013-01-01', festival: '元旦' },
      { date: '2013-02-09', festival: '春节' },
      { date: '2013-02-10', festival: '春节' },
      { date: '2013-02-11', festival: '春节' },
      { date: '2013-04-04', festival: '清明节' },
      { date: '2013-05-01', festival: '劳动节' },
      { date: '2013-06-12', festival: '端午节' },
      { date: '2013-09-19', festival: '中秋节' },
      { date: '2013-10-01', festival: '国庆节' },
      { date: '2013-10-02', festival: '国庆节' },
      { date: '2013-10-03', festival: '国庆节' },
    ]);
  });

  // 2020: 初一 01-25 … 初三 01-27; 清明 04-04; 端午 06-25; 中秋 = 国庆 day 1.
  it('2020 (2013 revision): 初一 to 初三, and 中秋 on 10-01 counted once', () => {
    expect(statutoryHolidays(2020)).toEqual([
      { date: '2020-01-01', festival: '元旦' },
      { date: '2020-01-25', festival: '春节' },
      { date: '2020-01-26', festival: '春节' },
      { date: '2020-01-27', festival: '春节' },
      { date: '2020-04-04', festival: '清明节' },
      { date: '2020-05-01', festival: '劳动节' },
      { date: '2020-06-25', festival: '端午节' },
      { date: '2020-10-01', festival: '中秋节、国庆节' },
      { date: '2020-10-02', festival: '国庆节' },
      { date: '2020-10-03', festival: '国庆节' },
    ]);
  });

  // 2025: 除夕 01-28 … 初三 01-31; 清明 04-04; 端午 05-31; 中秋 10-06.
  it('2025 (2024 revision): 除夕 to 初三 across a month end, two May Days, sorted', () => {
    expect(statutoryHolidays(2025)?.map((d) => d.date)).toEqual([
      '2025-01-01', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-04-04', '2025-05-01', '2025-05-02',
      '2025-05-31', '2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06',
    ]);
    // 2028: 初一 01-26, so 初三 is 01-28; 中秋 10-03 merges with 国庆 day 3.
    expect(statutoryHolidays(2028)?.filter((d) => d.festival.includes('中秋'))).toEqual([{ date: '2028-10-03', festival: '中秋节、国庆节' }]);
    expect(statutoryHolidays(2010)).toBeUndefined();
  });
});

describe('provisional years and their options', () => {
  it('a provisional year: the law\'s days, weekends, no make-up day, flagged', () => {
    const y = provisionalYear(2027);
    expect(y).toMatchObject({ year: 2027, source: STATUTORY_SOURCE, provisional: true, origin: 'provisional' });
    expect(y?.festivals.size).toBe(13);
    expect(y?.festivals.get(parseIsoDate('2027-02-05') as number)).toBe('春节');
    expect([...(y?.kinds ?? [])].filter((k) => k === 3)).toEqual([]);
    expect(provisionalYear(2036)).toBeUndefined();
  });

  it('options: through from the last official year to 2035, with the reason', () => {
    expect(provisionalOptionsSchema(2026).safeParse({ through: 2026 }).success).toBe(true);
    expect(provisionalOptionsSchema(2026).safeParse({ through: 2035 }).success).toBe(true);
    // The last official year comes from coverage (test/coverage-year.ts).
    expect(refusal(() => defaultCalendar.provisional({ through: LAST_COVERED_YEAR - 1 })).reason).toMatch(new RegExp(`is before the last official year \\(${LAST_COVERED_YEAR}\\)`));
    expect(refusal(() => defaultCalendar.provisional({ through: 2036 })).reason).toMatch(/is after 2035, the last year whose lunar dates the library holds/);
  });

  it('extends after the last official year, dropping and re-deriving provisional years', () => {
    const official = yearFromLists(2026, 'n', false, [{ date: '2026-01-01', festival: '元旦' }], []);
    const stale = yearFromLists(2027, 'old', true, [], []);
    const out = extendProvisionally([official, stale], { through: 2028 });
    expect(out.map((y) => [y.year, y.provisional, y.source])).toEqual([
      [2026, false, 'n'],
      [2027, true, STATUTORY_SOURCE],
      [2028, true, STATUTORY_SOURCE],
    ]);
    // Only provisional years: the year before the first is taken as the last official one.
    expect(extendProvisionally([stale], { through: 2027 }).map((y) => y.year)).toEqual([2027]);
    // A year missing from the table of lunar dates is refused, naming it.
    const e = refusal(() => extendProvisionally([yearFromLists(2005, 'n', false, [], [])], { through: 2027 }));
    expect(e.field).toBe('options.through');
    expect(e.reason).toBe('needs 2006, which is not in the table of lunar dates');
  });
});

describe('the shipped years', () => {
  // Built inside each test, not at collection: a mutation tester credits the code that builds the
  // years to the test that runs it.
  let years: ReturnType<typeof shippedYears> = [];
  beforeEach(() => {
    years = [];
  });
  const load = () => (years = shippedYears());

  it('2011–2026, each official, sourced by its notice and the data it was read from', () => {
    load();
    expect([BASE_FIRST_YEAR, BASE_LAST_YEAR]).toEqual([2011, 2026]);
    expect(years.map((y) => y.year)).toEqual(Array.from({ length: 16 }, (_, i) => 2011 + i));
    for (const y of years) {
      expect(y).toMatchObject({ provisional: false, origin: 'shipped' });
      expect(y.source).toBe(`国务院办公厅关于${y.year}年部分节假日安排的通知 (data: chinese-workday 1.16.1 with the project errata)`);
      expect(Object.isFrozen(y)).toBe(true);
      expect(y.kinds.length).toBe(y.year % 4 === 0 ? 366 : 365);
      expect(y.dayNotices?.size).toBe(y.kinds.length);
    }
  });

  // chinese-days' day details (the oracle): { work, name }, name "English,中文,n" for a festival's
  // rest and make-up days, a weekday name otherwise.
  const oracle = queryOracle<Record<string, { work: boolean; name: string }>>(
    `Object.fromEntries(${JSON.stringify(eachDate('2011-01-01', '2026-12-31'))}.map((d) => [d, cd.getDayDetail(d)]))`,
  );

  it('every day\'s kind and festival agree with the official calendar (the oracle)', () => {
    load();
    // The oracle shortens three names. Where the sources label a weekend inside a break
    // differently (holiday of the festival or plain weekend), only "rest day" is compared.
    const names: Record<string, string> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };
    const DAY = 86_400_000;
    const shift = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
    const at = (date: string) => oracle[date] ?? { work: true, name: '' }; // outside 2011–2026: a working day (the edges are plain weeks)
    const festivalOf = (date: string) => (at(date).name.includes(',') ? (at(date).name.split(',')[1] as string) : undefined);
    const wrong: string[] = [];
    for (const y of years) {
      const first = parseIsoDate(`${y.year}-01-01`) as number;
      const dates = eachDate(`${y.year}-01-01`, `${y.year}-12-31`);
      for (const day of y.festivals.keys()) if (day < first || day >= first + dates.length) wrong.push(`${y.year}: a festival on day ${day}, outside the year`);
      y.kinds.forEach((kind, i) => {
        const date = dates[i] as string;
        const { work } = at(date);
        const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
        const weekend = dow === 0 || dow === 6;
        const zh = festivalOf(date);
        const festival = y.festivals.get(first + i);
        const bad = (why: string) => wrong.push(`${date}: ${why} (kind ${kind}, ${festival}; oracle ${at(date).name}, work ${work})`);
        if ((kind === 0 || kind === 3) !== work) bad('working day or not');
        if ((kind === 3) !== (work && weekend)) bad('make-up day or not');
        if (work && !weekend && y.festivals.has(first + i)) bad('a plain working day with a festival');
        if (!work && !weekend && (kind !== 2 || festival === undefined)) bad('a weekday rest day is a holiday of a festival');
        // 2013's two autumn make-up days are labelled 中秋国庆 in the data (the notice names each one's festival).
        const serves = festival === (names[zh ?? ''] ?? zh) || (festival === '中秋国庆' && date.startsWith('2013-09'));
        if (work && weekend && zh !== undefined && !zh.includes('纪念日') && !serves) bad('the festival a make-up day serves');
        if (work && weekend && festival === undefined) bad('a make-up day names its festival');
        // A plain weekend: neither of its days named by the oracle, the Friday before and the Monday after working days.
        const sat = shift(date, dow === 0 ? -1 : 0);
        const plain = weekend && !work && [sat, shift(sat, 1)].every((d) => festivalOf(d) === undefined) && at(shift(sat, -1)).work && at(shift(sat, 2)).work;
        if (plain && (kind !== 1 || festival !== undefined)) bad('a plain weekend');
      });
    }
    expect(wrong).toEqual([]);
  });

  it('an erratum with no festival removes the festival; make-up days drop the 补 prefix', () => {
    load();
    expect(defaultCalendar.dayKind('2012-10-08')).toMatchObject({ kind: 'workday' });
    expect('festival' in defaultCalendar.dayKind('2012-10-08')).toBe(false);
    expect('festival' in defaultCalendar.dayKind('2014-06-03')).toBe(false);
    const makeupNames = new Set(years.flatMap((y) => [...y.festivals.entries()].filter(([d]) => y.kinds[d - (parseIsoDate(`${y.year}-01-01`) as number)] === 3).map(([, f]) => f)));
    expect([...makeupNames].filter((f) => f.startsWith('补'))).toEqual([]);
    expect(makeupNames.has('春节')).toBe(true);
  });

  it('the special and amended days and the one pairing are recorded', () => {
    load();
    const y2015 = years[4];
    expect(y2015?.special?.has(parseIsoDate('2015-09-03') as number)).toBe(true);
    expect(y2015?.special?.has(parseIsoDate('2015-09-04') as number)).toBe(false);
    expect(y2015?.pairs?.get(parseIsoDate('2015-09-06') as number)).toBe(parseIsoDate('2015-09-04'));
    expect(years[9]?.special?.has(parseIsoDate('2020-01-31') as number)).toBe(true);
  });

  it('each day\'s notice: an erratum\'s, else an amendment or special notice naming it, else the year\'s (next year\'s for a December New Year day)', () => {
    load();
    const notice = (date: string) => years.find((y) => y.year === Number(date.slice(0, 4)))?.dayNotices?.get(parseIsoDate(date) as number);
    const yearly = (year: number) => `国务院办公厅关于${year}年部分节假日安排的通知`;
    // 2013-12-29 (a Sunday) is decided by the 2014 notice, whose New Year is 01-01 alone: the erratum names it.
    expect(notice('2013-12-29')).toBe(yearly(2014));
    expect(notice('2013-12-28')).toBe(yearly(2013));
    // The 2019 notice set 2018-12-30 … 2019-01-01 for New Year and 2018-12-29 as its make-up day.
    expect(notice('2018-12-30')).toBe(yearly(2019));
    expect(notice('2018-12-31')).toBe(yearly(2019));
    expect(notice('2018-12-29')).toBe(yearly(2019));
    expect(notice('2018-12-28')).toBe(yearly(2018));
    // The amendments and the special notice, for the days they name.
    expect(notice('2019-04-28')).toBe('国务院办公厅关于调整2019年劳动节假期安排的通知');
    expect(notice('2019-05-04')).toBe('国务院办公厅关于调整2019年劳动节假期安排的通知');
    expect(notice('2019-05-06')).toBe(yearly(2019));
    expect(notice('2020-02-02')).toBe('国务院办公厅关于延长2020年春节假期的通知');
    expect(notice('2020-02-03')).toBe(yearly(2020));
    expect(notice('2015-09-05')).toBe('国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知');
    expect(notice('2015-09-07')).toBe(yearly(2015));
    expect(notice('2026-03-02')).toBe(yearly(2026));
    // Two days are granted outright (2015-09-03, 2020-01-31) and one make-up day is paired (2015-09-06 pays for 2015-09-04), in every year's record.
    for (const y of years) {
      expect([...(y.special ?? [])].sort()).toEqual([parseIsoDate('2015-09-03'), parseIsoDate('2020-01-31')]);
      expect([...(y.pairs ?? [])]).toEqual([[parseIsoDate('2015-09-06'), parseIsoDate('2015-09-04')]]);
    }
  });

  it('notices of days: the latest naming notice, next year\'s for a December New Year day, else the year\'s', () => {
    expect(yearlyNotice(2011)?.title).toBe('国务院办公厅关于2011年部分节假日安排的通知');
    expect(noticeOfDay(lastCoveredDate(), '元旦')?.year).toBe(LAST_COVERED_YEAR); // no notice for the first uncovered year: the year's own
    expect(noticeOfDay('2018-11-30', '元旦')?.year).toBe(2018); // not December
    expect(noticeOfDay('2018-12-30', '春节')?.year).toBe(2018); // not 元旦
    expect(noticeOfDay('2020-02-02', undefined)?.kind).toBe('amendment');
    expect(noticeOfDay('2015-09-05', undefined)?.kind).toBe('special');
    expect(noticeOfDay('2030-01-01', '元旦')).toBeUndefined();
  });
});

describe('validateYear thresholds and labels at their boundaries', () => {
  // The law's 2027 days (the dates) as a file: 261 weekdays, 7 of them statutory rest days
  // (01-01, 02-05, 02-08, 04-05, 06-09, 09-15, 10-01) = 254 working days.
  const law2027 = [
    ['01-01', '元旦'], ['02-05', '春节'], ['02-06', '春节'], ['02-07', '春节'], ['02-08', '春节'], ['04-05', '清明节'], ['05-01', '劳动节'],
    ['05-02', '劳动节'], ['06-09', '端午节'], ['09-15', '中秋节'], ['10-01', '国庆节'], ['10-02', '国庆节'], ['10-03', '国庆节'],
  ].map(([d, f]) => ({ date: `2027-${d}`, festival: f as string }));
  const base = { year: 2027, notice: 'boundary test', holidays: law2027 };
  const days = (festival: string, ...mmdd: string[]) => mmdd.map((d) => ({ date: `2027-${d}`, festival }));
  const messages = (input: unknown) => validateYear(input).findings.map((f) => f.message);

  it('the law alone: 254 working days, no finding', () => {
    expect(validateYear(base)).toMatchObject({ ok: true, workdays: 254, restDays: 111, makeupWorkdays: 0, findings: [] });
  });

  it('a make-up day 14 days from its festival\'s last rest day is fine, 15 is a warning', () => {
    const holidays = [...law2027, ...days('端午节', '06-10', '06-11', '06-12')]; // to Saturday 06-12
    expect(validateYear({ ...base, holidays, makeupWorkdays: days('端午节', '06-26') }).findings).toEqual([]);
    expect(messages({ ...base, holidays, makeupWorkdays: days('端午节', '06-27') })).toEqual([
      'is a make-up working day 15 days from the nearest rest day of 端午节 (more than 14)',
    ]);
  });

  it('a break of 10 days is fine, 11 is a warning', () => {
    const ten = [...law2027, ...days('国庆节', '10-04', '10-05', '10-06', '10-07', '10-08')]; // 10-01 … 10-10
    expect(validateYear({ ...base, holidays: ten }).findings).toEqual([]);
    expect(messages({ ...base, holidays: [...ten, ...days('国庆节', '10-11')] })).toEqual([
      'starts a break of 11 rest days (2027-10-01 … 2027-10-11), longer than 10',
    ]);
  });

  it('245 and 254 working days are fine, 244 and 255 are warnings', () => {
    const nine = days('国庆节', '10-04', '10-05', '10-06', '10-07', '10-08').concat(days('春节', '02-09', '02-10', '02-11', '02-12'));
    expect(validateYear({ ...base, holidays: [...law2027, ...nine] })).toMatchObject({ workdays: 245, findings: [] });
    expect(messages({ ...base, holidays: [...law2027, ...nine, ...days('清明节', '04-06')] })).toEqual(['has 244 working days, outside the usual 245–254']);
    const more = messages({ ...base, makeupWorkdays: days('春节', '02-13') });
    expect(more).toContain('has 255 working days, outside the usual 245–254');
  });

  it('a rest day in a year without lunar dates is a plain rest-day, not claimed statutory', () => {
    const y2010 = defaultCalendar.withYear({ year: 2010, notice: 'test 2010', holidays: law2027.map((h) => ({ ...h, date: h.date.replace('2027', '2010') })) });
    expect(y2010.dayKind('2010-01-01')).toMatchObject({ kind: 'holiday', statutory: false, reason: 'rest-day' }); // a Friday
    expect(y2010.dayKind('2010-01-02')).toMatchObject({ reason: 'weekend' });
  });
});
