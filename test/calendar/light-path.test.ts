/**
 * Issue 14: the plain functions (`isWorkday`, `addWorkdays` …) answer from the shipped index
 * directly, without loading `defaultCalendar`'s object; `defaultCalendar` answers from the same
 * index. Both must give the same answers and the same errors (messages included), on the edges of
 * coverage and on every erratum day, and those answers are the oracle's.
 */
import { describe, expect, it } from 'vitest';
import {
  addWorkdays,
  countWorkdays,
  dayKind,
  defaultCalendar,
  ERRATA,
  isWorkday,
  nextWorkday,
  previousWorkday,
  workdaysBetween,
} from '../../src/index.js';
import { indexOf } from '../../src/calendar/calendar.js';
import { CalendarIndex } from '../../src/calendar/calendar-index.js';
import { shippedIndex, shippedYear } from '../../src/calendar/shipped.js';
import { shippedYears } from '../../src/calendar/base-data.js';
import { resolveIndex } from '../../src/rules/options.js';
import { noticeOfDay, yearlyNotice } from '../../src/calendar/notices.js';
import { refusal } from '../refusal.js';
import { oracleIsWorkday } from './oracle.js';

/** What a call gives: its value, or the error's class, field, value and message. */
function outcome(fn: () => unknown): unknown {
  try {
    return { value: fn() };
  } catch (e) {
    const err = e as Error & { field?: unknown; value?: unknown; year?: unknown; coverage?: unknown };
    return { error: err.constructor.name, message: err.message, field: err.field, value: err.value, year: err.year, coverage: err.coverage };
  }
}

const plain = { isWorkday, addWorkdays, nextWorkday, previousWorkday, countWorkdays, workdaysBetween } as const;

/** Every question on one date (and a range or count around it), plain and as a method. */
function bothWays(date: unknown): Array<[string, unknown, unknown]> {
  const c = defaultCalendar;
  const d = date as string;
  return [
    ['isWorkday', outcome(() => plain.isWorkday(d)), outcome(() => c.isWorkday(d))],
    ['addWorkdays 0', outcome(() => plain.addWorkdays(d, 0)), outcome(() => c.addWorkdays(d, 0))],
    ['addWorkdays 1', outcome(() => plain.addWorkdays(d, 1)), outcome(() => c.addWorkdays(d, 1))],
    ['addWorkdays 10', outcome(() => plain.addWorkdays(d, 10)), outcome(() => c.addWorkdays(d, 10))],
    ['addWorkdays -1', outcome(() => plain.addWorkdays(d, -1)), outcome(() => c.addWorkdays(d, -1))],
    ['addWorkdays 1.5', outcome(() => plain.addWorkdays(d, 1.5)), outcome(() => c.addWorkdays(d, 1.5))],
    ['nextWorkday', outcome(() => plain.nextWorkday(d)), outcome(() => c.nextWorkday(d))],
    ['previousWorkday', outcome(() => plain.previousWorkday(d)), outcome(() => c.previousWorkday(d))],
    ['countWorkdays from', outcome(() => plain.countWorkdays(d, '2011-01-10')), outcome(() => c.countWorkdays(d, '2011-01-10'))],
    ['countWorkdays to', outcome(() => plain.countWorkdays('2026-12-20', d)), outcome(() => c.countWorkdays('2026-12-20', d))],
    ['workdaysBetween from', outcome(() => plain.workdaysBetween(d, '2011-01-10')), outcome(() => c.workdaysBetween(d, '2011-01-10'))],
    ['workdaysBetween to', outcome(() => plain.workdaysBetween('2026-12-20', d)), outcome(() => c.workdaysBetween('2026-12-20', d))],
  ];
}

describe('the plain functions and defaultCalendar', () => {
  const edges: unknown[] = [
    '2010-12-31',
    '2011-01-01',
    '2011-01-04',
    '2026-12-25',
    '2026-12-31',
    '2027-01-01',
    '2026-12-31T23:59:59+08:00',
    '2026-12-31T16:00:00Z',
    1_798_732_800_000, // 2027-01-01T00:00:00+08:00
    new Date(Date.UTC(2010, 11, 31, 15, 59, 59)),
    '2026-02-30',
    'not a date',
    null,
    undefined,
    {},
  ];

  it.each(edges.map((d) => [String(d), d] as const))('agree on %s, answers and errors (messages included)', (_, date) => {
    for (const [what, a, b] of bothWays(date)) expect(a, what).toEqual(b);
  });

  it('agree on every erratum day and the days around it, and answer as the oracle there', () => {
    for (const e of ERRATA) {
      for (const [what, a, b] of bothWays(e.date)) expect(a, `${e.date} ${what}`).toEqual(b);
      expect(isWorkday(e.date), e.date).toBe(oracleIsWorkday(e.date));
      expect(isWorkday(e.date), e.date).toBe(e.kind === 'workday' || e.kind === 'makeup-workday');
    }
  });

  it('name the input they refuse: date, n, from, to', () => {
    for (const f of [isWorkday, nextWorkday, previousWorkday, dayKind, (d: string) => addWorkdays(d, 1)]) expect(refusal(() => f('2026-13-01')).field).toBe('date');
    expect(refusal(() => addWorkdays('2026-10-01', -1)).field).toBe('n');
    for (const f of [countWorkdays, workdaysBetween]) {
      expect(refusal(() => f('2026-13-01', '2026-10-01')).field).toBe('from');
      expect(refusal(() => f('2026-10-01', '2026-13-01')).field).toBe('to');
    }
  });

  it('refuse outside coverage with the coverage in the message', () => {
    const a = outcome(() => addWorkdays('2026-12-31', 1)) as { error: string; message: string; year: number };
    expect([a.error, a.year]).toEqual(['CalendarCoverageError', 2027]);
    expect(a.message).toContain('2011-01-01..2026-12-31');
    const b = outcome(() => previousWorkday('2011-01-01')) as { error: string; year: number };
    expect([b.error, b.year]).toEqual(['CalendarCoverageError', 2010]);
  });
});

describe('one shipped index', () => {
  it('is what the plain functions, defaultCalendar and deadline() without a calendar count on', () => {
    const ix = shippedIndex();
    expect(resolveIndex({})).toBe(ix);
    // provisional mode extends it once, as defaultCalendar.provisional() does, for the default and for a given calendar
    const ext = resolveIndex({ provisional: true });
    expect(ext).toBe(resolveIndex({ provisional: true }));
    expect([ext.coverage.end, ext.isProvisional(ix.end), ext.isProvisional(ix.end + 1)]).toEqual(['2035-12-31', false, true]);
    expect(ext.addWorkdays(ix.end - 3, 10)).toBe(indexOf(defaultCalendar.provisional({ through: 2035 })).addWorkdays(ix.end - 3, 10));
    expect(resolveIndex({ calendar: defaultCalendar, provisional: true })).toBe(resolveIndex({ calendar: defaultCalendar, provisional: true }));
    const dc = indexOf(defaultCalendar);
    expect(dc.coverage).toEqual(ix.coverage);
    expect(dc.years.map((y) => y.kinds)).toEqual(ix.years.map((y) => y.kinds));
    // the same arrays, not a copy built again
    dc.years.forEach((y, i) => expect(y.kinds).toBe(ix.years[i]?.kinds));
  });

  it('names each shipped year\'s yearly notice as its source', () => {
    expect(shippedYear(2026).source).toBe('国务院办公厅关于2026年部分节假日安排的通知 (data: chinese-workday 1.16.1 with the project errata)');
    expect([shippedYear(2026).origin, shippedYear(2026).provisional]).toEqual(['shipped', false]);
    expect(shippedYear(2011).source).toBe('国务院办公厅关于2011年部分节假日安排的通知 (data: chinese-workday 1.16.1 with the project errata)');
  });

  it('reads the errata from the generated table: each erratum day has the erratum\'s kind and festival', () => {
    for (const e of ERRATA) {
      const y = shippedYear(Number(e.date.slice(0, 4)));
      const i = (Date.parse(`${e.date}T00:00:00Z`) - Date.UTC(y.year, 0, 1)) / 86_400_000;
      expect(['workday', 'weekend', 'holiday', 'makeup-workday'][y.kinds[i] as number], e.date).toBe(e.kind);
      expect(y.festivals.get(Date.parse(`${e.date}T00:00:00Z`) / 86_400_000), e.date).toBe(e.festival);
    }
  });

  it('gives defaultCalendar the notices of each day on the records it shares (read lazily)', () => {
    const years = shippedYears();
    const day = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
    // 《…抗日战争…胜利70周年纪念日调休放假的通知》: 09-03 granted outright, 09-06 worked for 09-04.
    expect([...(years[4]?.special ?? [])]).toEqual([day('2015-09-03'), day('2020-01-31')]);
    expect([...(years[4]?.pairs ?? [])]).toEqual([[day('2015-09-06'), day('2015-09-04')]]);
    expect(years[0]?.special).toBe(years[1]?.special);
    // an erratum's notice wins over the day's own year: 2013-12-29 was decided by the 2014 notice
    expect(years[2]?.dayNotices?.get(day('2013-12-29'))).toBe('国务院办公厅关于2014年部分节假日安排的通知');
    expect(years[7]?.dayNotices?.get(day('2018-12-31'))).toBe('国务院办公厅关于2019年部分节假日安排的通知');
    expect(years[8]?.dayNotices?.get(day('2019-05-02'))).toBe('国务院办公厅关于调整2019年劳动节假期安排的通知');
    expect(defaultCalendar.years[15]?.source).toBe('国务院办公厅关于2026年部分节假日安排的通知 (data: chinese-workday 1.16.1 with the project errata)');
    expect(years.map((y) => y.kinds)).toEqual(shippedIndex().years.map((y) => y.kinds));
    expect(years[15]?.dayNotices?.size).toBe(365);
    expect(shippedYears()[15]).toBe(years[15]);
  });

  it('withYears keeps the arrays and refuses records of other days', () => {
    const ix = shippedIndex();
    const same = ix.withYears(ix.years.map((y) => ({ ...y, source: 'x' })));
    expect(same).toBeInstanceOf(CalendarIndex);
    expect(same.years.map((y) => y.source)).toEqual(ix.years.map(() => 'x'));
    expect(same.addWorkdays(20_000, 5)).toBe(ix.addWorkdays(20_000, 5));
    expect(ix.years[0]?.source).not.toBe('x');
    expect(() => ix.withYears(ix.years.slice(1))).toThrow(/same years/);
    expect(() => ix.withYears(ix.years.slice(0, 3))).toThrow(/same years/);
    expect(() => ix.withYears([...ix.years, ix.years[0] as never])).toThrow(/same years/);
    expect(() => ix.withYears(ix.years.map((y, i) => (i === 3 ? { ...y, kinds: Uint8Array.from(y.kinds) } : y)))).toThrow(/same years/);
  });
});

describe('the notices behind the shipped days', () => {
  it('each year has its yearly notice; a later notice decides the days it names', () => {
    expect(yearlyNotice(2015)?.kind).toBe('yearly');
    expect(yearlyNotice(2020)?.title).toBe('国务院办公厅关于2020年部分节假日安排的通知');
    expect(yearlyNotice(2010)).toBeUndefined();
    expect(noticeOfDay('2020-02-01', '春节')?.title).toBe('国务院办公厅关于延长2020年春节假期的通知');
    expect(noticeOfDay('2020-02-03', undefined)?.title).toBe('国务院办公厅关于2020年部分节假日安排的通知');
    // a late-December New Year day belongs to the next year's notice; other December days do not
    expect(noticeOfDay('2018-12-31', '元旦')?.year).toBe(2019);
    expect(noticeOfDay('2018-12-29', '元旦')?.year).toBe(2019);
    expect(noticeOfDay('2018-11-30', '元旦')?.year).toBe(2018);
    expect(noticeOfDay('2018-12-31', '春节')?.year).toBe(2018);
    expect(noticeOfDay('2018-12-31', undefined)?.year).toBe(2018);
  });
});
