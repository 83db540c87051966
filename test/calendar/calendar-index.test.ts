/**
 * Targeted tests for the working-day index (src/calendar/calendar-index.ts) on small hand-made
 * years, whose answers are counted by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { CalendarCoverageError } from '../../src/index.js';
import { CalendarIndex, checkCount } from '../../src/calendar/calendar-index.js';
import { formatEpochDay, parseIsoDate } from '../../src/calendar/days.js';
import { yearFromLists } from '../../src/calendar/year-data.js';
import { refusal, thrown } from '../refusal.js';

const day = (s: string): number => parseIsoDate(s) as number;
const all = (year: number) => [{ date: `${year}-01-01`, festival: '元旦' }];
// 2027 official (only 01-01 declared off), 2028 and 2029 provisional. Built inside each test (a
// fresh index per call), so that a mutation test credits these tests with the constructor.
const official = (year: number) => yearFromLists(year, `official ${year}`, false, all(year), [{ date: `${year}-01-02`, festival: '元旦' }]);
const provisional = (year: number) => yearFromLists(year, `law ${year}`, true, all(year), []);
const build = () => {
  const y2027 = official(2027);
  const y2028 = provisional(2028);
  const y2029 = provisional(2029);
  return { y2027, y2028, y2029, index: new CalendarIndex([y2027, y2028, y2029]) };
};

const coverageYear = (f: () => unknown): number => thrown(f, CalendarCoverageError).year;

describe('CalendarIndex', () => {
  it('covers its years; official data ends with the last non-provisional year', () => {
    const { index } = build();
    expect(index.coverage).toEqual({ start: '2027-01-01', end: '2029-12-31' });
    expect(formatEpochDay(index.officialEnd)).toBe('2027-12-31');
    expect(index.isProvisional(day('2027-12-31'))).toBe(false);
    expect(index.isProvisional(day('2028-01-01'))).toBe(true);
    const none = new CalendarIndex([provisional(2028)]);
    expect(none.officialEnd).toBe(none.start - 1);
    expect(none.isProvisional(none.start)).toBe(true);
    // Two official years before a provisional one: official data ends with the second.
    const two = new CalendarIndex([official(2026), official(2027), provisional(2028)]);
    expect(formatEpochDay(two.officialEnd)).toBe('2027-12-31');
    expect(two.isProvisional(day('2026-12-31'))).toBe(false);
    expect(two.isProvisional(day('2028-01-01'))).toBe(true);
  });

  it('kinds, labels and the year of a day', () => {
    const { index, y2028, y2029 } = build();
    expect(index.isWorkday(day('2027-01-01'))).toBe(false); // declared off
    expect(index.isWorkday(day('2027-01-02'))).toBe(true); // a make-up Saturday
    expect(index.isWorkday(day('2027-01-03'))).toBe(false); // Sunday
    expect(index.label(day('2028-02-29'))).toBe('2028-02-29');
    expect(index.label(day('2028-02-29'))).toBe('2028-02-29'); // cached
    expect(index.yearOf(day('2028-06-01'))).toBe(y2028);
    expect(index.yearOf(day('2029-12-31'))).toBe(y2029);
  });

  it('adds and subtracts working days; runs off either end name the missing year', () => {
    const { index } = build();
    // 2027-01-01 (Fri, off) → 01-02 make-up Sat (1), 01-04 Mon (2), 01-05 (3).
    expect(formatEpochDay(index.addWorkdays(day('2027-01-01'), 3))).toBe('2027-01-05');
    expect(index.addWorkdays(day('2027-01-01'), 0)).toBe(day('2027-01-01'));
    expect(formatEpochDay(index.subtractWorkdays(day('2027-01-05'), 2))).toBe('2027-01-02');
    expect(coverageYear(() => index.subtractWorkdays(day('2027-01-02'), 1))).toBe(2026);
    expect(coverageYear(() => index.addWorkdays(day('2029-12-31'), 1))).toBe(2030);
    expect(coverageYear(() => index.kind(day('2026-12-31')))).toBe(2026);
    expect(coverageYear(() => index.kind(day('2030-01-01')))).toBe(2030);
    expect(formatEpochDay(index.addWorkdays(day('2029-12-28'), 1))).toBe('2029-12-31'); // Fri → Mon, the last day
  });

  it('counts and lists closed ranges; an empty range is 0 and []', () => {
    const { index } = build();
    // 2027-01-01 … 01-10: 01-02, 01-04 … 01-08 = 6 working days.
    expect(index.count(day('2027-01-01'), day('2027-01-10'))).toBe(6);
    expect(index.list(day('2027-01-01'), day('2027-01-04')).map(formatEpochDay)).toEqual(['2027-01-02', '2027-01-04']);
    expect(index.count(day('2027-01-05'), day('2027-01-04'))).toBe(0);
    expect(index.list(day('2027-01-05'), day('2027-01-04'))).toEqual([]);
    expect(index.count(day('2027-01-04'), day('2027-01-04'))).toBe(1);
    // A one-day range: the day itself when it is a working day (Mon 01-04), else nothing (Sun 01-03).
    expect(index.list(day('2027-01-04'), day('2027-01-04')).map(formatEpochDay)).toEqual(['2027-01-04']);
    expect(index.list(day('2027-01-03'), day('2027-01-03'))).toEqual([]);
    // The whole of the last year: 2029 has 261 weekdays, 01-01 (Mon) off, no make-up day.
    expect(index.count(day('2029-01-01'), day('2029-12-31'))).toBe(260);
    expect(formatEpochDay(index.list(day('2029-12-01'), day('2029-12-31')).at(-1) as number)).toBe('2029-12-31');
  });

  it('names the provisional years a range touched', () => {
    const { index } = build();
    expect(index.provisionalYears(day('2027-03-01'), day('2027-12-31'))).toEqual([]);
    expect(index.provisionalYears(day('2027-03-01'), day('2028-01-01'))).toEqual([2028]);
    expect(index.provisionalYears(day('2027-03-01'), day('2029-01-01'))).toEqual([2028, 2029]);
    expect(index.provisionalYears(day('2029-03-01'), day('2029-04-01'))).toEqual([2029]);
    expect(index.provisionalYears(day('2029-03-01'), day('2028-04-01'))).toEqual([]);
    // A reversed range inside one provisional year touches nothing.
    expect(index.provisionalYears(day('2029-04-01'), day('2029-03-01'))).toEqual([]);
    // A one-day range in a provisional year touches that year.
    expect(index.provisionalYears(day('2028-03-01'), day('2028-03-01'))).toEqual([2028]);
    // A year the index does not hold is no provisional year of it, even past the provisional ones.
    expect(index.provisionalYears(day('2029-03-01'), day('2030-06-01'))).toEqual([2029]);
    expect(Object.isFrozen(index.provisionalYears(day('2027-03-01'), day('2029-01-01')))).toBe(true);
  });
});

describe('checkCount', () => {
  it.each([[-1], [1.5], ['3'], [Number.MAX_SAFE_INTEGER + 1], [NaN]])('refuses %j naming the field', (n) => {
    expect(refusal(() => checkCount(n, 'n'))).toMatchObject({ field: 'n', reason: 'is not a whole number of working days (0 or more)' });
  });

  it('accepts 0 and whole numbers', () => {
    expect(checkCount(0, 'n')).toBe(0);
    expect(checkCount(20, 'n')).toBe(20);
  });
});
