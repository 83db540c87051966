// The plain functions are the default calendar's methods: each answers like the oracle.
import { describe, expect, it } from 'vitest';
import { addWorkdays, calendarToICalendar, countWorkdays, dayKind, defaultCalendar, isWorkday, nextWorkday, previousWorkday, workdaysBetween } from '../../src/index.js';
import { calendarFromYears } from '../../src/calendar/calendar.js';
import { provisionalYear } from '../../src/calendar/provisional.js';
import type { YearData } from '../../src/calendar/year-data.js';
import { notice2027 } from '../fixtures/notice-2027.js';
import { refusal } from '../refusal.js';
import { eachDate, oracleAddWorkdays, oracleIsWorkday } from './oracle.js';

describe('plain functions', () => {
  const days = eachDate('2025-09-25', '2025-10-15');
  it('isWorkday and dayKind', () => {
    expect(days.map((d) => isWorkday(d))).toEqual(days.map(oracleIsWorkday));
    expect(days.map((d) => dayKind(d).workday)).toEqual(days.map(oracleIsWorkday));
  });
  it('addWorkdays, nextWorkday, previousWorkday', () => {
    expect(days.map((d) => addWorkdays(d, 5))).toEqual(days.map((d) => oracleAddWorkdays(d, 5)));
    expect(days.map((d) => nextWorkday(d))).toEqual(days.map((d) => oracleAddWorkdays(d, 1)));
    // the working day before 2025-10-09 is 2025-09-30 (oracle: 10-01..10-08 are rest days)
    expect(previousWorkday('2025-10-09')).toBe([...eachDate('2025-09-01', '2025-10-08')].reverse().find(oracleIsWorkday));
  });
  it('countWorkdays and workdaysBetween', () => {
    const want = days.filter(oracleIsWorkday);
    expect(countWorkdays(days[0] as string, days.at(-1) as string)).toBe(want.length);
    expect(workdaysBetween(days[0] as string, days.at(-1) as string)).toEqual(want);
  });
});

describe('what the functions refuse', () => {
  it('a range whose end is before its start, saying where it starts', () => {
    for (const f of [countWorkdays, workdaysBetween]) {
      const e = refusal(() => f('2026-10-10', '2026-10-09'));
      expect([e.field, e.reason]).toEqual(['to', 'is before from (2026-10-10)']);
    }
  });

  it('a calendar this library did not make, at calendar', () => {
    for (const calendar of [null, undefined, 42, {}, { addWorkdays: () => '2026-10-10' }]) {
      const e = refusal(() => calendarToICalendar(calendar as never, { year: 2026, stamp: '2026-12-01T00:00:00Z' }));
      expect([e.field, e.reason], String(calendar)).toEqual(['calendar', 'is not a calendar made by this library']);
    }
  });

  it('a calendar made by another copy of the library (the dual-package hazard), naming both builds', () => {
    // What the other build's calendar carries: the mark every calendar gets, under the shared symbol key.
    const mark = Symbol.for('gov-site-rules.calendar.build');
    const fromRequire = { [mark]: 'CommonJS build (require)' };
    const e = refusal(() => calendarToICalendar(fromRequire as never, { year: 2026, stamp: '2026-12-01T00:00:00Z' }));
    expect(e.field).toBe('calendar');
    expect(e.reason).toMatch(/^was made by the CommonJS build \(require\) of gov-site-rules and this function is from the source build: .*dual-package hazard/);
    // A calendar of this copy carries this copy's build, so a copy of its mark names it.
    const copied = { [mark]: (defaultCalendar as unknown as Record<symbol, unknown>)[mark] };
    expect(refusal(() => calendarToICalendar(copied as never, { year: 2026, stamp: '2026-12-01T00:00:00Z' })).reason).toMatch(/^was made by the source build of gov-site-rules/);
    // So does the mark of a calendar made after the library loaded (withYear makes a new one).
    const made = defaultCalendar.withYear(notice2027) as unknown as Record<symbol, unknown>;
    expect(refusal(() => calendarToICalendar({ [mark]: made[mark] } as never, { year: 2026, stamp: '2026-12-01T00:00:00Z' })).reason).toMatch(/^was made by the source build of gov-site-rules/);
  });
});

describe('a calendar holding provisional years only', () => {
  it('takes a notice for the year before its first or for a year it holds, and refuses a gap', () => {
    const planning = calendarFromYears(() => [provisionalYear(2027) as YearData, provisionalYear(2028) as YearData]);
    expect(planning.years.map((y) => [y.year, y.origin])).toEqual([
      [2027, 'provisional'],
      [2028, 'provisional'],
    ]);
    expect(planning.withYear(notice2027).years.map((y) => [y.year, y.origin])).toEqual([
      [2027, 'added'],
      [2028, 'provisional'],
    ]);
    const shift = (year: number) => ({ ...notice2027, year, holidays: notice2027.holidays.map((h) => ({ ...h, date: h.date.replace('2027', String(year)) })), makeupWorkdays: [] });
    expect(planning.withYear(shift(2026)).coverage).toEqual({ start: '2026-01-01', end: '2028-12-31' });
    // No official year: the next one to add is the first provisional one, 2027; 2028 would leave a gap.
    const e = refusal(() => planning.withYear(shift(2028)));
    expect(e.field).toBe('year.year');
    expect(e.reason).toMatch(/next year to add is 2027/);
  });
});
