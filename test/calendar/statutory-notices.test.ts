import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIRST_UNCOVERED_YEAR, LAST_COVERED_YEAR, lastCoveredDate, uncoveredDate } from '../coverage-year.js';
import { CalendarCoverageError, NOTICES, defaultCalendar, validateYear, type YearInput } from '../../src/index.js';
import { MOVABLE_HOLIDAY_DATES } from '../../src/calendar/statutory-holidays.js';
import { eachDate, oracleIsWorkday } from './oracle.js';
import { thrown } from '../refusal.js';

/** UTC date arithmetic on YYYY-MM-DD, independent of the library. */
const plusDays = (date: string, n: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const isWeekend = (date: string): boolean => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

/**
 * The statutory days of a year by the law as the issue states it, from the lunar table:
 * 2008–2013: 春节 除夕, 初一, 初二; 2014–2024: 初一–初三; from 2025: 除夕–初三 and 劳动节 05-01, 05-02.
 * Always 元旦 01-01, 清明, 劳动节 05-01, 端午, 中秋, 国庆 10-01..10-03.
 */
function lawDays(y: number): Set<string> {
  const m = MOVABLE_HOLIDAY_DATES[y];
  if (m === undefined) throw new Error(`no lunar row for ${y}`);
  const chunjie = `${y}-${m.chunjie}`;
  const spring = y <= 2013 ? [-1, 0, 1] : y <= 2024 ? [0, 1, 2] : [-1, 0, 1, 2];
  return new Set([
    `${y}-01-01`,
    ...spring.map((k) => plusDays(chunjie, k)),
    `${y}-${m.qingming}`,
    `${y}-05-01`,
    ...(y >= 2025 ? [`${y}-05-02`] : []),
    `${y}-${m.duanwu}`,
    `${y}-${m.zhongqiu}`,
    `${y}-10-01`,
    `${y}-10-02`,
    `${y}-10-03`,
  ]);
}

/** The rest days the two special notices grant outright (国发明电〔2015〕1号, 国办发明电〔2020〕1号). */
const SPECIAL = new Set(['2015-09-03', '2020-01-31']);

describe('statutory holidays and rest days in lieu, every day of 2011–2026', () => {
  it.each(Array.from({ length: 16 }, (_, i) => 2011 + i))('%i', (y) => {
    const law = lawDays(y);
    const wrong: string[] = [];
    for (const date of eachDate(`${y}-01-01`, `${y}-12-31`)) {
      const k = defaultCalendar.dayKind(date);
      // Every day the law names is a rest day in the official calendar (the oracle, not our data).
      if (law.has(date) && oracleIsWorkday(date)) wrong.push(`${date}: the law's day is a working day in the oracle`);
      const expected =
        k.kind === 'makeup-workday' ? 'makeup-workday'
        : k.kind === 'workday' ? 'workday'
        : law.has(date) ? 'statutory'
        : SPECIAL.has(date) ? 'special'
        : isWeekend(date) ? 'weekend'
        : 'in-lieu';
      if (k.reason !== expected || k.statutory !== law.has(date)) wrong.push(`${date}: ${k.reason}/${k.statutory}, expected ${expected}/${law.has(date)}`);
      if (expected === 'in-lieu' && k.kind !== 'holiday') wrong.push(`${date}: in lieu but ${k.kind}`);
    }
    expect(wrong).toEqual([]);
  });

  it('the law changed: 2013 除夕 statutory, 2014–2024 not, 2025 again with a second May Day', () => {
    expect(defaultCalendar.dayKind('2013-02-09')).toMatchObject({ statutory: true, reason: 'statutory' }); // 除夕 (a Saturday)
    expect(defaultCalendar.dayKind('2013-02-12')).toMatchObject({ statutory: false, reason: 'in-lieu' }); // 初三
    expect(defaultCalendar.dayKind('2024-02-09')).toMatchObject({ statutory: false, kind: 'workday' }); // 除夕 2024, a Friday: a working day by the notice
    expect(defaultCalendar.dayKind('2024-02-12')).toMatchObject({ statutory: true }); // 初三
    expect(defaultCalendar.dayKind('2025-01-28')).toMatchObject({ statutory: true, festival: '春节' }); // 除夕
    expect(defaultCalendar.dayKind('2025-05-02')).toMatchObject({ statutory: true, reason: 'statutory' });
    expect(defaultCalendar.dayKind('2024-05-02')).toMatchObject({ statutory: false, reason: 'in-lieu' });
  });
});

describe('each day names its notice', () => {
  it('a day whose notice the library does not know has no notice and no pairing keys (not even undefined ones)', () => {
    // The first uncovered year (test/coverage-year.ts): a law's rest day and two ordinary days.
    const planning = defaultCalendar.provisional({ through: FIRST_UNCOVERED_YEAR });
    for (const date of [uncoveredDate('01-01'), uncoveredDate('03-01'), uncoveredDate('03-06')]) {
      const kind = planning.dayKind(date);
      for (const key of ['notice', 'amends', 'paysFor', 'paidBy']) expect(key in kind).toBe(false);
    }
  });

  it('a yearly notice with its date issued and number where confirmed', () => {
    expect(defaultCalendar.dayKind('2026-10-01')).toMatchObject({
      source: '国务院办公厅关于2026年部分节假日安排的通知',
      notice: { year: 2026, kind: 'yearly', issued: '2025-11-04' },
    });
    expect(defaultCalendar.dayKind('2026-10-01').notice?.number).toBeUndefined(); // not confirmed: left out
    expect(defaultCalendar.dayKind('2025-03-03').notice).toMatchObject({ issued: '2024-11-12', number: '国办发明电〔2024〕12号' });
    expect(defaultCalendar.dayKind('2024-03-04').notice).toMatchObject({ issued: '2023-10-25', number: '国办发明电〔2023〕7号' });
    expect(defaultCalendar.dayKind('2016-03-01').notice).toEqual({ title: '国务院办公厅关于2016年部分节假日安排的通知', year: 2016, kind: 'yearly' });
  });

  it('a late-December New Year day belongs to the next year\'s notice', () => {
    expect(defaultCalendar.dayKind('2018-12-31').source).toBe('国务院办公厅关于2019年部分节假日安排的通知');
    expect(defaultCalendar.dayKind('2018-12-29')).toMatchObject({ kind: 'makeup-workday', source: '国务院办公厅关于2019年部分节假日安排的通知' });
    expect(defaultCalendar.dayKind('2011-12-31').source).toBe('国务院办公厅关于2012年部分节假日安排的通知');
    expect(defaultCalendar.dayKind('2018-12-28').source).toBe('国务院办公厅关于2018年部分节假日安排的通知');
  });

  it('2015: the anniversary notice is attached to its days, and pairs 09-06 with 09-04', () => {
    const title = '国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知';
    expect(defaultCalendar.dayKind('2015-09-03')).toMatchObject({ source: title, reason: 'special', statutory: false, notice: { number: '国发明电〔2015〕1号', issued: '2015-05-13', kind: 'special' } });
    expect(defaultCalendar.dayKind('2015-09-04')).toMatchObject({ source: title, reason: 'in-lieu', paidBy: '2015-09-06' });
    expect(defaultCalendar.dayKind('2015-09-06')).toMatchObject({ source: title, kind: 'makeup-workday', paysFor: '2015-09-04' });
    expect(defaultCalendar.dayKind('2015-09-03').amends).toBeUndefined();
  });

  it('mid-year amendments: a later notice replaces the days it names, and the day says so', () => {
    const y2019 = '国务院办公厅关于2019年部分节假日安排的通知';
    const may = '国务院办公厅关于调整2019年劳动节假期安排的通知';
    for (const d of ['2019-04-28', '2019-05-01', '2019-05-02', '2019-05-03', '2019-05-04', '2019-05-05']) {
      expect(defaultCalendar.dayKind(d)).toMatchObject({ source: may, amends: y2019, notice: { kind: 'amendment', number: '国办发明电〔2019〕3号', issued: '2019-03-22' } });
    }
    expect(defaultCalendar.dayKind('2019-05-02')).toMatchObject({ kind: 'holiday', reason: 'in-lieu' });
    expect(defaultCalendar.dayKind('2019-04-28')).toMatchObject({ kind: 'makeup-workday' });
    expect(defaultCalendar.dayKind('2019-05-06')).toMatchObject({ source: y2019 });
    expect(defaultCalendar.dayKind('2019-05-06').amends).toBeUndefined();

    const ext = '国务院办公厅关于延长2020年春节假期的通知';
    expect(defaultCalendar.dayKind('2020-01-31')).toMatchObject({ source: ext, reason: 'special', amends: '国务院办公厅关于2020年部分节假日安排的通知', notice: { number: '国办发明电〔2020〕1号', issued: '2020-01-26' } });
    expect(defaultCalendar.dayKind('2020-02-01')).toMatchObject({ source: ext, workday: false, reason: 'weekend' }); // the cancelled make-up Saturday
    expect(defaultCalendar.dayKind('2020-01-30')).toMatchObject({ source: '国务院办公厅关于2020年部分节假日安排的通知', notice: { number: '国办发明电〔2019〕16号', issued: '2019-11-21' } });
  });

  it('NOTICES: one yearly notice per shipped year, every field a confirmed fact or absent', () => {
    // 2011 to the last covered year (test/coverage-year.ts).
    expect(NOTICES.filter((n) => n.kind === 'yearly').map((n) => n.year)).toEqual(Array.from({ length: LAST_COVERED_YEAR - 2010 }, (_, i) => 2011 + i));
    for (const n of NOTICES) {
      if (n.issued !== undefined) expect(n.issued).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (n.number !== undefined) expect(n.number).toMatch(/^国(办)?发明电〔\d{4}〕\d+号$/);
      expect(n.url).toBeUndefined();
      expect(Object.isFrozen(n)).toBe(true);
    }
  });

  it('a year added with withYear is sourced by its own notice and labelled by the law', () => {
    const sample = JSON.parse(readFileSync('examples/calendar-2027-sample.json', 'utf8')) as YearInput;
    const cal = defaultCalendar.withYear(sample);
    expect(cal.dayKind('2027-02-05')).toMatchObject({ source: sample.notice, statutory: true, reason: 'statutory' });
    expect(cal.dayKind('2027-02-09')).toMatchObject({ statutory: false, reason: 'in-lieu' });
    expect(cal.dayKind('2027-02-09').notice).toBeUndefined();
  });
});

describe('validateYear and the coverage hint of the API', () => {
  /** A shipped year as withYear input, read back through the public dayKind. */
  function shippedAsInput(y: number): YearInput {
    const holidays: { date: string; festival: string }[] = [];
    const makeupWorkdays: { date: string; festival: string }[] = [];
    for (const date of eachDate(`${y}-01-01`, `${y}-12-31`)) {
      const k = defaultCalendar.dayKind(date);
      // When 中秋 falls in the National Day break (2017, 2020, 2025) the data names the day 国庆节;
      // the notice heads that break "国庆节、中秋节", and so does a file typed from it.
      const zhongqiu = `${y}-${MOVABLE_HOLIDAY_DATES[y]?.zhongqiu}` === date && k.festival === '国庆节';
      if (k.kind === 'holiday') holidays.push({ date, festival: zhongqiu ? '国庆节、中秋节' : k.festival ?? '?' });
      if (k.kind === 'makeup-workday') makeupWorkdays.push({ date, festival: k.festival ?? '?' });
    }
    return { year: y, notice: `shipped ${y}`, holidays, makeupWorkdays };
  }

  it.each(Array.from({ length: 16 }, (_, i) => 2011 + i))('shipped %i: no error, its working days counted', (y) => {
    const r = validateYear(shippedAsInput(y));
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.workdays).toBe(eachDate(`${y}-01-01`, `${y}-12-31`).filter(oracleIsWorkday).length);
  });

  it('finds the planted mistakes of a broken file', () => {
    const r = validateYear(JSON.parse(readFileSync('test/fixtures/calendar-2027-broken.json', 'utf8')));
    expect(r.ok).toBe(false);
    expect(r.law).toContain('国务院令第795号');
    const errors = r.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.date, f.festival])).toEqual([
      ['2027-02-08', '春节'], // 正月初三 left out
      ['2027-06-09', '端午节'], // typed as 06-10
      ['2027-10-03', '国庆节'], // made a working day
    ]);
    const warnings = r.findings.filter((f) => f.severity === 'warning');
    expect(warnings.find((f) => f.date === '2027-06-27')?.message).toMatch(/make-up working day \d+ days from/);
    expect(warnings.find((f) => f.date === '2027-05-02')?.message).toMatch(/law's 劳动节 but the notice names it 国庆节/);
    // The sample, with the same days right, has no finding at all.
    expect(validateYear(JSON.parse(readFileSync('examples/calendar-2027-sample.json', 'utf8'))).findings).toEqual([]);
  });

  it('other plausibility warnings: a long break, too many make-up days, a far make-up day, few working days', () => {
    const base = JSON.parse(readFileSync('examples/calendar-2027-sample.json', 'utf8')) as { year: number; notice: string; holidays: { date: string; festival: string }[]; makeupWorkdays: { date: string; festival: string }[] };
    const long = validateYear({ ...base, makeupWorkdays: [], holidays: [...base.holidays, ...eachDate('2027-02-10', '2027-02-19').map((date) => ({ date, festival: '春节' }))] });
    expect(long.ok).toBe(true);
    expect(long.findings.map((f) => f.message).join('\n')).toMatch(/break of 17 rest days \(2027-02-05 … 2027-02-21\)/);
    // The sample: 261 weekdays of 2027, 8 of them rest days, 1 make-up Sunday = 254 working days.
    const summer = eachDate('2027-07-01', '2027-07-31').filter((d) => !isWeekend(d)).map((date) => ({ date, festival: '暑假' }));
    const few = validateYear({ ...base, holidays: [...base.holidays, ...summer] });
    expect(few.findings.map((f) => f.message)).toContain(`has ${254 - summer.length} working days, outside the usual 245–254`);
    const many = validateYear({ ...base, makeupWorkdays: [...base.makeupWorkdays, { date: '2027-02-20', festival: '春节' }] });
    expect(many.findings.map((f) => f.message)).toContain('2 make-up working day(s) but only 1 weekday rest day(s) in lieu to pay for');
    expect(many.findings.map((f) => f.message)).toContain('2 make-up working day(s) for 春节 but only 1 weekday rest day(s) in lieu to pay for');
    const orphan = validateYear({ ...base, makeupWorkdays: [{ date: '2027-02-13', festival: '重阳节' }] });
    expect(orphan.findings.filter((f) => f.severity === 'error').map((f) => f.date)).toEqual(['2027-02-13']);
    const december = validateYear({ ...base, makeupWorkdays: [...base.makeupWorkdays, { date: '2027-12-26', festival: '元旦' }] });
    expect(december.findings.filter((f) => f.date === '2027-12-26')).toEqual([]); // serves 2028's New Year's Day
  });

  it('a shape problem is an error finding with its JSON path, never a throw', () => {
    expect(validateYear({ year: 2027 })).toMatchObject({ ok: false, year: 2027 });
    const r = validateYear({ year: 2027, notice: 'x', holidays: [{ date: '2027-02-30', festival: '春节' }] });
    expect(r.findings[0]).toMatchObject({ severity: 'error', path: 'holidays[0].date', date: '2027-02-30' });
    expect(validateYear(null).ok).toBe(false);
    const sample = JSON.parse(readFileSync('examples/calendar-2027-sample.json', 'utf8')) as { holidays: { date: string; festival: string }[] };
    const y2040 = { year: 2040, notice: 'x', holidays: sample.holidays.map((h) => ({ ...h, date: h.date.replace('2027', '2040') })) };
    expect(validateYear(y2040).findings[0]?.message).toMatch(/no holiday law or lunar dates for 2040/);
    expect(validateYear(y2040).ok).toBe(true);
  });

  it('the API\'s coverage error names withYear, not the CLI flag', () => {
    const y = FIRST_UNCOVERED_YEAR;
    const error = thrown(() => defaultCalendar.addWorkdays(lastCoveredDate('12-10'), 20), CalendarCoverageError);
    expect(error.message).toContain(`calendar.withYear({ year: ${y}`);
    expect(error.message).not.toContain('--calendar');
    expect(error.problem).toBe(`No working-day data for ${y}: the calendar covers 2011-01-01..${y - 1}-12-31.`);
  });
});
