import { beforeAll, describe, expect, it } from 'vitest';
import { CalendarCoverageError, defaultCalendar, type YearInput } from '../../src/index.js';
import { notice2027 as year2027 } from '../fixtures/notice-2027.js';
import { refusal } from '../refusal.js';
import { calendarBefore } from '../coverage-year.js';

describe('withYear', () => {
  // The shipped years before 2027 (test/coverage-year.ts): the 2027 fixture is added to a calendar
  // that ends with 2026, whether or not the library ships 2027 by now.
  const base = calendarBefore(2027);
  // Built in a hook, not at import: a throw must fail the tests (mutation testing counts only failed tests).
  let cal!: ReturnType<typeof defaultCalendar.withYear>;
  beforeAll(() => {
    cal = base.withYear(year2027);
  });

  it('returns a new calendar with one more year and leaves the default untouched', () => {
    expect(cal.coverage).toEqual({ start: '2011-01-01', end: '2027-12-31' });
    expect(base.coverage.end).toBe('2026-12-31');
    expect(() => base.isWorkday('2027-02-08')).toThrow(CalendarCoverageError);
    expect(Object.isFrozen(cal)).toBe(true);
  });

  it('answers from the notice: rest days, make-up days, ordinary days', () => {
    expect(cal.isWorkday('2027-02-08')).toBe(false); // a Monday declared off
    expect(cal.dayKind('2027-02-08')).toMatchObject({ kind: 'holiday', festival: '春节', source: year2027.notice });
    expect(cal.dayKind('2027-02-14')).toMatchObject({ kind: 'makeup-workday', workday: true });
    expect(cal.dayKind('2027-02-10')).toMatchObject({ kind: 'workday' });
    expect(cal.dayKind('2027-02-13')).toMatchObject({ kind: 'weekend' });
    // 2026-12-31 (Thu) + 1 → 2027-01-01 is off, 01-02/03 a weekend → 2027-01-04.
    expect(cal.addWorkdays('2026-12-31', 1)).toBe('2027-01-04');
    expect(cal.years.at(-1)).toEqual({ year: 2027, source: year2027.notice, provisional: false, origin: 'added' });
  });

  it('can replace an existing year', () => {
    const replaced = base.withYear({ ...year2027, year: 2026, holidays: year2027.holidays.map((h) => ({ ...h, date: h.date.replace('2027', '2026') })), makeupWorkdays: [] });
    expect(replaced.coverage.end).toBe('2026-12-31');
    expect(replaced.isWorkday('2026-02-09')).toBe(false);
    expect(base.isWorkday('2026-02-09')).toBe(true);
  });

  const reject = (input: unknown, path: string | RegExp, reason?: RegExp) => {
    const e = refusal(() => base.withYear(input as YearInput));
    expect(e.field).toMatch(path);
    if (reason) expect(e.message).toMatch(reason);
  };
  const shift = (year: number) => ({
    ...year2027,
    year,
    holidays: year2027.holidays.map((h) => ({ ...h, date: h.date.replace('2027', String(year)) })),
    makeupWorkdays: [],
  });

  it('can add the year before the first one, and keeps the years in order', () => {
    const earlier = base.withYear(shift(2010));
    expect(earlier.coverage).toEqual({ start: '2010-01-01', end: '2026-12-31' });
    expect(earlier.years.map((y) => y.year)).toEqual(Array.from({ length: 17 }, (_, i) => 2010 + i));
    expect(earlier.isWorkday('2010-02-08')).toBe(false);
    expect(earlier.isWorkday('2026-10-10')).toBe(true);
    reject(shift(2009), 'year.year', /gap.*2011-2026.*next year to add is 2027/);
  });

  it('adding two years in turn extends coverage year by year', () => {
    const twoMore = base.withYear(year2027).withYear(shift(2028));
    expect(twoMore.coverage.end).toBe('2028-12-31');
    expect(twoMore.years.slice(-2).map((y) => y.year)).toEqual([2027, 2028]);
  });

  it('rejects a date outside the year', () => {
    reject({ ...year2027, holidays: [...year2027.holidays, { date: '2028-01-01', festival: '元旦' }] }, 'year.holidays[13].date', /is not in 2027/);
  });
  it('rejects a date listed twice', () => {
    reject({ ...year2027, holidays: [...year2027.holidays, { date: '2027-01-01', festival: '元旦' }] }, 'year.holidays[13].date', /listed twice/);
  });
  it('rejects a date both off and on', () => {
    reject({ ...year2027, makeupWorkdays: [{ date: '2027-02-06', festival: '春节' }] }, 'year.makeupWorkdays[0].date', /both as a rest day and as a make-up working day/);
  });
  it('rejects a make-up working day on a weekday', () => {
    reject({ ...year2027, makeupWorkdays: [{ date: '2027-02-10', festival: '春节' }] }, 'year.makeupWorkdays[0].date', /is a weekday/);
    reject({ ...year2027, makeupWorkdays: [{ date: '2027-02-12', festival: '春节' }] }, 'year.makeupWorkdays[0].date', /is a weekday/); // a Friday
    expect(base.withYear({ ...year2027, makeupWorkdays: [{ date: '2027-02-20', festival: '春节' }] }).isWorkday('2027-02-20')).toBe(true); // a Saturday
  });
  it('rejects an incomplete year (a festival missing)', () => {
    reject({ ...year2027, holidays: year2027.holidays.filter((h) => h.festival !== '国庆节') }, 'year.holidays', /not a complete year: no rest day for 国庆/);
    reject({ ...year2027, holidays: year2027.holidays.filter((h) => h.festival !== '元旦' && h.festival !== '端午节') }, 'year.holidays', /no rest day for 元旦, 端午/);
  });
  it('rejects an impossible date and unknown fields', () => {
    reject({ ...year2027, holidays: [{ date: '2027-02-30', festival: '春节' }, ...year2027.holidays] }, 'year.holidays[0].date');
    reject({ ...year2027, extra: 1 }, 'year');
  });
  it('rejects a year that would leave a gap', () => {
    reject({ ...year2027, year: 2028, holidays: year2027.holidays.map((h) => ({ ...h, date: h.date.replace('2027', '2028') })), makeupWorkdays: [] }, 'year.year');
  });
});
