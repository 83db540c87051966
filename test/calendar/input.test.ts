import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { CalendarCoverageError, InvalidInputError, RulesError, addWorkdays, defaultCalendar, isWorkday } from '../../src/index.js';
import { FIRST_UNCOVERED_YEAR, lastCoveredDate, uncoveredDate } from '../coverage-year.js';
import { refusal, thrown } from '../refusal.js';

describe('inputs are read in Beijing time', () => {
  it('an instant in UTC is converted to its Beijing date (spec: 2026-09-29T18:00:00Z is 2026-09-30)', () => {
    // 2026-09-30 is a working day, 2026-10-01 a holiday (oracle): the answers differ by date.
    expect(defaultCalendar.dayKind('2026-09-29T18:00:00Z').date).toBe('2026-09-30');
    expect(defaultCalendar.dayKind('2026-09-29T15:59:59.999Z').date).toBe('2026-09-29');
    expect(defaultCalendar.dayKind('2026-09-30T16:00:00Z').date).toBe('2026-10-01');
    expect(isWorkday('2026-09-30T16:00:00Z')).toBe(false);
  });

  it('accepts offsets other than +08:00', () => {
    expect(defaultCalendar.dayKind('2026-09-30T09:00:00-07:00').date).toBe('2026-10-01');
    expect(defaultCalendar.dayKind('2026-09-30T23:30:00+0530').date).toBe('2026-10-01');
  });

  it('reads a date-time without offset as Beijing wall time', () => {
    expect(defaultCalendar.dayKind('2026-09-30T23:59').date).toBe('2026-09-30');
  });

  it('accepts a Date and a Luxon DateTime by their instant', () => {
    expect(addWorkdays(new Date('2026-09-29T18:00:00Z'), 3)).toBe('2026-10-10');
    expect(addWorkdays(DateTime.fromISO('2026-09-29T11:00:00', { zone: 'America/Los_Angeles' }), 3)).toBe('2026-10-10');
  });

  it('gives the same answer whatever the host TZ (the suite runs under three TZ values)', () => {
    expect(addWorkdays('2026-09-30', 3)).toBe('2026-10-10');
    expect(addWorkdays('2026-10-01', 3)).toBe('2026-10-10');
  });
});

describe('invalid input is refused, never rolled over', () => {
  const cases: [string, unknown][] = [
    ['February 30', '2026-02-30'],
    ['month 13', '2026-13-01'],
    ['empty string', ''],
    ['NaN', Number.NaN],
    ['a number', 20260930],
    ['garbage', 'garbage'],
    ['slashes', '2026/09/30'],
    ['invalid Date', new Date('nope')],
    ['invalid DateTime', DateTime.fromISO('nope')],
    ['hour 24', '2026-09-30T24:00:00+08:00'],
    ['offset out of range', '2026-09-30T10:00:00+19:00'],
    ['null', null],
    ['undefined', undefined],
    ['an object', { date: '2026-09-30' }],
  ];
  it.each(cases)('%s → InvalidInputError naming the field and value', (_name, value) => {
    const e = refusal(() => isWorkday(value as string));
    expect(e).toBeInstanceOf(RulesError);
    expect(e.field).toBe('date');
    expect(e.value).toBe(value);
    expect(e.message).toMatch(/^Invalid date: /);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '3'])('a working-day count of %s is refused', (n) => {
    expect(() => addWorkdays('2026-09-30', n as number)).toThrow(InvalidInputError);
  });

  it('countWorkdays refuses a reversed range', () => {
    expect(() => defaultCalendar.countWorkdays('2026-10-10', '2026-10-01')).toThrow(/Invalid to/);
  });
});

describe('coverage is explicit', () => {
  it('refuses a date beyond coverage, naming the year (a weekday the npm calendars would call a working day)', () => {
    const e = thrown(() => isWorkday(uncoveredDate('02-08')), CalendarCoverageError);
    expect(e.year).toBe(FIRST_UNCOVERED_YEAR);
    expect(e.message).toContain(String(FIRST_UNCOVERED_YEAR));
  });

  it('refuses a date before coverage', () => {
    expect(() => defaultCalendar.dayKind('2010-12-31')).toThrow(expect.objectContaining({ year: 2010 }));
    expect(() => defaultCalendar.previousWorkday('2011-01-04')).toThrow(expect.objectContaining({ year: 2010 }));
  });

  it('refuses an addWorkdays whose count runs past the end, naming the missing year', () => {
    // 2026-12-31 is a Thursday working day (oracle).
    expect(defaultCalendar.addWorkdays('2026-12-30', 1)).toBe('2026-12-31');
    // From the last covered day, one more working day needs the first uncovered year.
    expect(() => defaultCalendar.addWorkdays(lastCoveredDate(), 1)).toThrow(expect.objectContaining({ year: FIRST_UNCOVERED_YEAR }));
    expect(() => defaultCalendar.nextWorkday(lastCoveredDate())).toThrow(CalendarCoverageError);
  });

  it('a range that leaves coverage is refused', () => {
    expect(() => defaultCalendar.countWorkdays(lastCoveredDate('12-01'), uncoveredDate('01-05'))).toThrow(CalendarCoverageError);
  });
});

describe('previous/next working day have no look-ahead limit', () => {
  it('crosses the 8-day 2025 National Day break (chinese-workday returns null here)', () => {
    // Oracle: 2025-10-01..08 are rest days, 2025-09-30 and 2025-10-09 working days.
    expect(defaultCalendar.nextWorkday('2025-09-30')).toBe('2025-10-09');
    expect(defaultCalendar.previousWorkday('2025-10-09')).toBe('2025-09-30');
  });
  it('nextWorkday is strictly after a working day', () => {
    expect(defaultCalendar.nextWorkday('2026-10-09')).toBe('2026-10-10');
  });
});
