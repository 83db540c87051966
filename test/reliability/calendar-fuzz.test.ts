import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { InvalidInputError, RulesError, defaultCalendar, type WorkdayCalendar } from '../../src/index.js';
import { KNOWN_INVALID_DATES } from './fuzz-helpers.js';
import { uncoveredDate } from '../coverage-year.js';

/** Calls `fn`; the only acceptable failure is a RulesError whose message names `field`. */
function onlyRulesErrors(fn: () => unknown, fields: string[]): void {
  let result: unknown;
  try {
    result = fn();
  } catch (e) {
    if (!(e instanceof RulesError)) throw new Error(`escaped a non-RulesError: ${String(e)}`);
    if (e.code === 'INVALID_INPUT') expect(fields.some((f) => e.message.startsWith(`Invalid ${f}`))).toBe(true);
    return;
  }
  // A result is never a NaN date or an invalid DateTime.
  const text = JSON.stringify(result ?? null);
  expect(text).not.toMatch(/NaN|Invalid/);
}

const dateLike = fc.oneof(
  fc.anything(),
  fc.string(),
  fc.date({ noInvalidDate: false }),
  fc.integer(),
  fc.double(),
  fc.constantFrom('2026-02-30', '2026-13-01', '', '2026-09-30', '2026-09-29T18:00:00Z', uncoveredDate('02-08'), '2010-12-31', '9999-12-31', '0000-01-01', '2026-09-30T24:00', '2026-09-30T10:00:00+99:99'),
  fc.constant(DateTime.invalid('fuzz')),
  fc.date({ min: new Date('2011-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => DateTime.fromJSDate(d)),
);
const countLike = fc.oneof(fc.anything(), fc.integer({ min: -5, max: 400 }), fc.double(), fc.constant(Number.NaN));

describe('fuzzing the calendar: junk in, typed errors out', () => {
  const cal: WorkdayCalendar = defaultCalendar;
  it.each([
    ['isWorkday', (d: unknown) => cal.isWorkday(d as string)],
    ['nextWorkday', (d: unknown) => cal.nextWorkday(d as string)],
    ['previousWorkday', (d: unknown) => cal.previousWorkday(d as string)],
    ['dayKind', (d: unknown) => cal.dayKind(d as string)],
  ] as const)('%s', (_name, fn) => {
    fc.assert(fc.property(dateLike, (d) => onlyRulesErrors(() => fn(d), ['date'])), { numRuns: 2000 });
  });

  it('addWorkdays', () => {
    fc.assert(fc.property(dateLike, countLike, (d, n) => onlyRulesErrors(() => cal.addWorkdays(d as string, n as number), ['date', 'n'])), { numRuns: 2000 });
  });

  it('countWorkdays and workdaysBetween', () => {
    fc.assert(
      fc.property(dateLike, dateLike, (a, b) => {
        onlyRulesErrors(() => cal.countWorkdays(a as string, b as string), ['from', 'to']);
        onlyRulesErrors(() => cal.workdaysBetween(a as string, b as string), ['from', 'to']);
      }),
      { numRuns: 2000 },
    );
  });

  it('withYear', () => {
    fc.assert(fc.property(fc.anything(), (y) => onlyRulesErrors(() => cal.withYear(y as never), ['year'])), { numRuns: 1000 });
  });
});

describe('known-invalid dates are refused, never answered', () => {
  // "A typed error or a sane result" let 2026-02-30 and +19:00 through: these must be refused.
  const cal: WorkdayCalendar = defaultCalendar;
  const calls: [string, (d: unknown) => unknown][] = [
    ['date', (d) => cal.isWorkday(d as string)],
    ['date', (d) => cal.nextWorkday(d as string)],
    ['date', (d) => cal.previousWorkday(d as string)],
    ['date', (d) => cal.dayKind(d as string)],
    ['date', (d) => cal.addWorkdays(d as string, 3)],
    ['from', (d) => cal.countWorkdays(d as string, '2026-12-31')],
    ['to', (d) => cal.workdaysBetween('2026-01-05', d as string)],
  ];
  it.each(calls.map(([field, fn], i) => [i, field, fn] as const))(`call %i refuses each of ${KNOWN_INVALID_DATES.length} values naming %s`, (_i, field, fn) => {
    fc.assert(
      fc.property(fc.constantFrom(...KNOWN_INVALID_DATES), (d) => {
        let e: unknown;
        try {
          fn(d);
        } catch (x) {
          e = x;
        }
        expect(e).toBeInstanceOf(InvalidInputError);
        expect((e as InvalidInputError).field).toBe(field);
      }),
      { numRuns: KNOWN_INVALID_DATES.length * 4 },
    );
  });
});

describe('immutability and determinism', () => {
  it('the default calendar, its coverage, years and answers are frozen', () => {
    expect(Object.isFrozen(defaultCalendar)).toBe(true);
    expect(Object.isFrozen(defaultCalendar.coverage)).toBe(true);
    expect(Object.isFrozen(defaultCalendar.years)).toBe(true);
    expect(Object.isFrozen(defaultCalendar.dayKind('2026-10-01'))).toBe(true);
    expect(() => {
      (defaultCalendar as { addWorkdays: unknown }).addWorkdays = () => '1970-01-01';
    }).toThrow(TypeError);
  });

  it('a Date passed in is not mutated, and the same question gets byte-identical answers', () => {
    const d = new Date('2026-09-29T18:00:00Z');
    const first = JSON.stringify([defaultCalendar.dayKind(d), defaultCalendar.addWorkdays(d, 3), defaultCalendar.workdaysBetween(d, '2026-10-12')]);
    expect(d.toISOString()).toBe('2026-09-29T18:00:00.000Z');
    expect(JSON.stringify([defaultCalendar.dayKind(d), defaultCalendar.addWorkdays(d, 3), defaultCalendar.workdaysBetween(d, '2026-10-12')])).toBe(first);
  });

  it('a withYear input is not mutated', () => {
    const input = { year: 2026, notice: 'x', holidays: [{ date: '2026-01-01', festival: '元旦' }], makeupWorkdays: [] };
    const before = JSON.stringify(input);
    expect(() => defaultCalendar.withYear(input)).toThrow(RulesError); // incomplete year
    expect(JSON.stringify(input)).toBe(before);
  });
});
