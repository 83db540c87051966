import { beforeAll, describe, expect, it } from 'vitest';
import { notice2027 } from '../fixtures/notice-2027.js';
import { CalendarCoverageError, InvalidInputError, defaultCalendar, deadline } from '../../src/index.js';
import { MOVABLE_HOLIDAY_DATES, STATUTORY_FIRST_YEAR, STATUTORY_LAST_YEAR, statutoryHolidays } from '../../src/calendar/statutory-holidays.js';
import { eachDate, queryOracle } from './oracle.js';
import { refusal, thrown } from '../refusal.js';
import { FIRST_UNCOVERED_YEAR, LAST_COVERED_YEAR, calendarBefore, lastCoveredDate, provisionalAddWorkdays } from '../coverage-year.js';

/**
 * The years of the table of lunar dates (2011–2035), and the provisional years: from the first year
 * the shipped calendar does not cover (derived from coverage, test/coverage-year.ts) to 2035.
 */
const tableYears = Array.from({ length: STATUTORY_LAST_YEAR - STATUTORY_FIRST_YEAR + 1 }, (_, i) => STATUTORY_FIRST_YEAR + i);
const years = tableYears.filter((y) => y >= FIRST_UNCOVERED_YEAR);
/** The first uncovered year, and the provisional years after 2027 once the 2027 notice fixture is added. */
const Y = FIRST_UNCOVERED_YEAR;
const after2027 = tableYears.filter((y) => y > 2027);

/** UTC date arithmetic on YYYY-MM-DD, independent of the library. */
const plusDays = (date: string, n: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const isWeekend = (date: string): boolean => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

interface OracleYear {
  chunjie: string;
  chuxi: string;
  chuxiLunar: { lunarMon: number; lunarDay: number; isLeap: boolean };
  chunjieEveDay: { lunarMon: number; lunarDay: number };
  duanwu: string;
  zhongqiu: string;
  qingming: string[];
}

// chinese-days' lunar conversion and solar terms, in a TZ=Asia/Shanghai child process.
const oracle = queryOracle<Record<number, OracleYear>>(`Object.fromEntries(${JSON.stringify(tableYears)}.map((y) => {
  const chunjie = cd.getSolarDateFromLunar(y + '-01-01').date;
  const chuxi = new Date(Date.parse(chunjie + 'T00:00:00Z') - 86400000).toISOString().slice(0, 10);
  const l = cd.getLunarDate(chuxi);
  return [y, {
    chunjie, chuxi,
    chuxiLunar: { lunarMon: l.lunarMon, lunarDay: l.lunarDay, isLeap: l.isLeap },
    chunjieEveDay: (({ lunarMon, lunarDay }) => ({ lunarMon, lunarDay }))(cd.getLunarDate(chunjie)),
    duanwu: cd.getSolarDateFromLunar(y + '-05-05').date,
    zhongqiu: cd.getSolarDateFromLunar(y + '-08-15').date,
    qingming: cd.getSolarTerms(y + '-03-25', y + '-04-15').filter((t) => t.name === '清明').map((t) => t.date),
  }];
}))`);

/** The law's rest days for a year, built from the oracle's dates (not from our table). */
function lawDaysFromOracle(y: number): Set<string> {
  const o = oracle[y] as OracleYear;
  return new Set([
    `${y}-01-01`,
    o.chuxi,
    o.chunjie,
    plusDays(o.chunjie, 1),
    plusDays(o.chunjie, 2),
    ...o.qingming,
    `${y}-05-01`,
    `${y}-05-02`,
    o.duanwu,
    o.zhongqiu,
    `${y}-10-01`,
    `${y}-10-02`,
    `${y}-10-03`,
  ]);
}

/** The `n`-th working day after `from` under the law alone (weekends and the oracle's law days), in provisional years. */
function lawAddWorkdays(from: string, n: number): string {
  let date = from;
  for (let left = n; left > 0; ) {
    date = plusDays(date, 1);
    if (!isWeekend(date) && !lawDaysFromOracle(Number(date.slice(0, 4))).has(date)) left--;
  }
  return date;
}

describe('the table of lunar and solar-term dates', () => {
  it('holds every year from 2011 to 2035', () => {
    expect(tableYears[0]).toBe(2011);
    expect(Object.keys(MOVABLE_HOLIDAY_DATES).map(Number)).toEqual(tableYears);
  });

  it.each(tableYears)('%i agrees with chinese-days (正月初一, 除夕, 清明, 端午, 中秋)', (y) => {
    const row = MOVABLE_HOLIDAY_DATES[y];
    const o = oracle[y] as OracleYear;
    expect(o.chunjieEveDay).toEqual({ lunarMon: 1, lunarDay: 1 });
    expect(`${y}-${row?.chunjie}`).toBe(o.chunjie);
    // 除夕 is the last day of the 12th lunar month (not a leap month), whatever its length.
    expect(o.chuxiLunar.lunarMon).toBe(12);
    expect(o.chuxiLunar.isLeap).toBe(false);
    expect([29, 30]).toContain(o.chuxiLunar.lunarDay);
    expect(`${y}-${row?.chuxi}`).toBe(o.chuxi);
    expect(o.qingming).toHaveLength(1);
    expect(`${y}-${row?.qingming}`).toBe(o.qingming[0]);
    expect(`${y}-${row?.duanwu}`).toBe(o.duanwu);
    expect(`${y}-${row?.zhongqiu}`).toBe(o.zhongqiu);
  });

  it('2027: the 12th month has 29 days, so 除夕 is 腊月廿九, 02-05 (the issue\'s dates)', () => {
    expect(oracle[2027]?.chuxiLunar.lunarDay).toBe(29);
    expect(MOVABLE_HOLIDAY_DATES[2027]).toEqual({ chuxi: '02-05', chunjie: '02-06', qingming: '04-05', duanwu: '06-09', zhongqiu: '09-15' });
  });

  it('a day that is two festivals is one rest day with both names (中秋 on 2031-10-01)', () => {
    const days = statutoryHolidays(2031) ?? [];
    expect(days.filter((d) => d.date === '2031-10-01')).toEqual([{ date: '2031-10-01', festival: '中秋节、国庆节' }]);
    expect(days).toHaveLength(12);
    expect(statutoryHolidays(2010)).toBeUndefined();
    expect(statutoryHolidays(2036)).toBeUndefined();
  });
});

describe('provisional mode', () => {
  let cal!: ReturnType<typeof defaultCalendar.provisional>;
  beforeAll(() => {
    cal = defaultCalendar.provisional({ through: 2035 });
  });

  it('answers the issue\'s examples from the law\'s days', () => {
    // The examples (2026-12-10 + 20 is 2027-01-08, 2027-02-01 + 20 is 2027-03-03), moved to
    // the calendar's last December and the first uncovered year; expected from the law and the oracle.
    expect(cal.addWorkdays(lastCoveredDate('12-10'), 20)).toBe(provisionalAddWorkdays(lastCoveredDate('12-10'), 20));
    expect(cal.addWorkdays(`${Y}-02-01`, 20)).toBe(lawAddWorkdays(`${Y}-02-01`, 20));
  });

  it.each(years)('every day of %i: a rest day iff a weekend or one of the law\'s days (per chinese-days), no make-up days', (y) => {
    // A calendar of its own, built inside the test: a mutation tester credits the code that
    // derives the law's days to the test that runs it, not to a beforeAll hook.
    const cal = defaultCalendar.provisional({ through: STATUTORY_LAST_YEAR });
    const law = lawDaysFromOracle(y);
    const wrong: string[] = [];
    for (const date of eachDate(`${y}-01-01`, `${y}-12-31`)) {
      const expected = !(isWeekend(date) || law.has(date));
      const kind = cal.dayKind(date);
      if (kind.workday !== expected || kind.provisional !== true || kind.kind === 'makeup-workday' || (law.has(date) !== (kind.kind === 'holiday'))) wrong.push(date);
    }
    expect(wrong).toEqual([]);
  });

  it('says where each provisional day comes from, and which years are provisional', () => {
    // The first uncovered year's third day of the Spring Festival (2027: 02-08), and the first
    // weekday after the law's Spring Festival days (2027: 02-09), per the oracle's lunar dates.
    const third = plusDays(oracle[Y]?.chunjie as string, 2);
    let bridge = plusDays(third, 1);
    while (isWeekend(bridge)) bridge = plusDays(bridge, 1);
    expect(cal.dayKind(third)).toEqual({
      date: third,
      kind: 'holiday',
      workday: false,
      festival: '春节',
      source: '《全国年节及纪念日放假办法》(2024) — provisional',
      provisional: true,
      statutory: true,
      reason: 'statutory',
    });
    expect(cal.dayKind(bridge)).toMatchObject({ kind: 'workday', provisional: true }); // no guessed bridge
    expect(cal.dayKind(lastCoveredDate('10-01'))).toMatchObject({ kind: 'holiday', provisional: false });
    expect(cal.coverage).toEqual({ start: '2011-01-01', end: '2035-12-31' });
    expect(cal.years.filter((y) => y.provisional).map((y) => y.year)).toEqual(years);
    expect(cal.years.filter((y) => !y.provisional).map((y) => y.year).at(-1)).toBe(LAST_COVERED_YEAR);
  });

  it('leaves the strict default calendar refusing the first uncovered year', () => {
    expect(defaultCalendar.coverage.end).toBe(lastCoveredDate());
    expect(thrown(() => defaultCalendar.addWorkdays(lastCoveredDate('12-10'), 20), CalendarCoverageError).year).toBe(FIRST_UNCOVERED_YEAR);
  });

  it('still refuses beyond `through` with CalendarCoverageError naming the next year', () => {
    const short = defaultCalendar.provisional({ through: Y });
    expect(short.addWorkdays(`${Y}-12-01`, 10)).toBe(lawAddWorkdays(`${Y}-12-01`, 10));
    expect(() => short.addWorkdays(`${Y}-12-20`, 20)).toThrow(expect.objectContaining({ name: 'CalendarCoverageError', year: Y + 1 }));
    expect(() => cal.isWorkday('2036-01-02')).toThrow(expect.objectContaining({ name: 'CalendarCoverageError', year: 2036 }));
    // through = the last official year adds nothing.
    expect(defaultCalendar.provisional({ through: LAST_COVERED_YEAR }).coverage.end).toBe(lastCoveredDate());
  });

  it.each([
    [{ through: 2036 }, 'options.through'],
    [{ through: 2025 }, 'options.through'],
    [{ through: 2030.5 }, 'options.through'],
    [{ through: '2030' }, 'options.through'],
    [{}, 'options.through'],
    [{ through: 2030, extra: 1 }, 'options'],
    [undefined, 'options'],
  ])('refuses %j naming %s', (options, field) => {
    expect(refusal(() => defaultCalendar.provisional(options as { through: number })).field).toBe(field);
  });

  it('deadline(…, { provisional: true }) answers and says provisional; without it the refusal stays', () => {
    const due = provisionalAddWorkdays(lastCoveredDate('12-10'), 20);
    const r = deadline('deyang-2018/art24-proactive', { from: lastCoveredDate('12-10') }, { provisional: true });
    expect(r).toMatchObject({ dueDate: due, deadline: `${due}T23:59:59.999+08:00`, provisional: true });
    expect(deadline('deyang-2018/art24-proactive', { from: `${Y}-02-01` }, { provisional: true }).dueDate).toBe(lawAddWorkdays(`${Y}-02-01`, 20));
    expect(deadline('deyang-2018/art24-policy-document', { from: '2026-09-30' }, { provisional: true })).toMatchObject({ dueDate: '2026-10-10', provisional: false });
    expect(() => deadline('deyang-2018/art24-proactive', { from: lastCoveredDate('12-10') })).toThrow(CalendarCoverageError);
  });
});

describe('adding the official year replaces the provisional one', () => {
  let provisional!: ReturnType<typeof defaultCalendar.provisional>;
  let upgraded!: ReturnType<typeof defaultCalendar.provisional>;
  beforeAll(() => {
    // The 2027 notice fixture is added to the shipped years before 2027 (test/coverage-year.ts), so
    // that 2027 is provisional here even once the library ships it.
    provisional = calendarBefore(2027).provisional({ through: 2035 });
    upgraded = provisional.withYear(notice2027);
  });

  it('2027 becomes official, 2028+ stay provisional', () => {
    expect(upgraded.years.find((y) => y.year === 2027)).toEqual({ year: 2027, source: notice2027.notice, provisional: false, origin: 'added' });
    expect(upgraded.years.filter((y) => y.provisional).map((y) => y.year)).toEqual(after2027);
    expect(upgraded.coverage.end).toBe('2035-12-31');
  });

  it('answers 2027 from the notice, not from the law', () => {
    expect(provisional.isWorkday('2027-02-09')).toBe(true);
    expect(upgraded.dayKind('2027-02-09')).toMatchObject({ kind: 'holiday', provisional: false, source: notice2027.notice });
    expect(upgraded.dayKind('2027-02-14')).toMatchObject({ kind: 'makeup-workday', provisional: false });
    expect(upgraded.dayKind('2027-05-03')).toMatchObject({ kind: 'holiday', provisional: false });
    // 2027-02-01 + 20: Feb 2-4 (3), 10-12 (6), 14 make-up (7), 15-19 (12), 22-26 (17), Mar 1-3 (20).
    expect(upgraded.addWorkdays('2027-02-01', 20)).toBe('2027-03-03');
    // The notice's bridge day (02-09) moves a short count: 2 after 02-04 is 02-10 under the law
    // (02-09, 02-10), 02-11 under the notice (02-10, 02-11).
    expect(provisional.addWorkdays('2027-02-04', 2)).toBe('2027-02-10');
    expect(upgraded.addWorkdays('2027-02-04', 2)).toBe('2027-02-11');
    // and the make-up Sunday 02-14 wins it back: 5 after 02-04 is 02-15 both ways.
    expect(provisional.addWorkdays('2027-02-04', 5)).toBe('2027-02-15');
    expect(upgraded.addWorkdays('2027-02-04', 5)).toBe('2027-02-15');
    expect(upgraded.dayKind('2028-01-26')).toMatchObject({ kind: 'holiday', festival: '春节', provisional: true });
  });

  it('the same call on the strict calendar gives the strict 2027 calendar', () => {
    const strict = calendarBefore(2027).withYear(notice2027);
    expect(strict.coverage.end).toBe('2027-12-31');
    expect(() => strict.isWorkday('2028-01-03')).toThrow(CalendarCoverageError);
    // and provisional() on it starts after the official 2027
    expect(strict.provisional({ through: 2028 }).years.map((y) => [y.year, y.provisional]).slice(-2)).toEqual([
      [2027, false],
      [2028, true],
    ]);
  });

  it('a year after the provisional 2027 cannot be added before 2027 is official', () => {
    expect(() => provisional.withYear({ ...notice2027, year: 2028, holidays: notice2027.holidays.map((h) => ({ ...h, date: h.date.replace('2027', '2028') })), makeupWorkdays: [] })).toThrow(
      expect.objectContaining({ name: 'InvalidInputError', field: 'year.year' }),
    );
  });

  it('deadline() with the upgraded calendar counts 2027 officially', () => {
    const r = deadline('deyang-2018/art24-proactive', { from: '2026-12-10' }, { calendar: upgraded, provisional: true });
    expect(r).toMatchObject({ dueDate: '2027-01-08', provisional: false });
    const strict = deadline('deyang-2018/art24-proactive', { from: '2026-12-10' }, { calendar: calendarBefore(2027).withYear(notice2027) });
    expect(strict).toMatchObject({ dueDate: '2027-01-08', provisional: false });
  });
});
