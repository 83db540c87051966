import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCalendar as cal } from '../../src/index.js';
import { oracleAddWorkdays, oracleIsWorkday } from './oracle.js';

const START = Date.parse('2011-01-01T00:00:00Z');
const DAYS_BEFORE_2026 = 5479; // 2011-01-01 … 2025-12-31
/** A covered date early enough that 250 working days later is still covered. */
const coveredDate = fc.integer({ min: 0, max: DAYS_BEFORE_2026 - 1 }).map((i) => new Date(START + i * 86_400_000).toISOString().slice(0, 10));
const count = fc.integer({ min: 1, max: 120 });

describe('working-day arithmetic properties', () => {
  it('addWorkdays(d, n) is a working day and matches the oracle walk', () => {
    fc.assert(
      fc.property(coveredDate, count, (d, n) => {
        const r = cal.addWorkdays(d, n);
        expect(oracleIsWorkday(r)).toBe(true);
        expect(r).toBe(oracleAddWorkdays(d, n));
      }),
      { numRuns: 300 },
    );
  });

  it('countWorkdays over (d, addWorkdays(d, n)] is n', () => {
    fc.assert(
      fc.property(coveredDate, count, (d, n) => {
        const r = cal.addWorkdays(d, n);
        const dayAfter = new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        expect(cal.countWorkdays(dayAfter, r)).toBe(n);
        expect(cal.workdaysBetween(dayAfter, r)).toHaveLength(n);
      }),
    );
  });

  it('is monotonic in d and in n', () => {
    fc.assert(
      fc.property(coveredDate, coveredDate, count, count, (a, b, m, n) => {
        const [d1, d2] = a <= b ? [a, b] : [b, a];
        expect(cal.addWorkdays(d1, n) <= cal.addWorkdays(d2, n)).toBe(true);
        const [n1, n2] = m <= n ? [m, n] : [n, m];
        expect(cal.addWorkdays(d1, n1) <= cal.addWorkdays(d1, n2)).toBe(true);
        if (n1 < n2) expect(cal.addWorkdays(d1, n1) < cal.addWorkdays(d1, n2)).toBe(true);
      }),
    );
  });

  it('addWorkdays(addWorkdays(d, a), b) = addWorkdays(d, a + b)', () => {
    fc.assert(
      fc.property(coveredDate, count, count, (d, a, b) => {
        expect(cal.addWorkdays(cal.addWorkdays(d, a), b)).toBe(cal.addWorkdays(d, a + b));
      }),
    );
  });

  it('nextWorkday(d) = addWorkdays(d, 1), and previousWorkday undoes it on working days', () => {
    fc.assert(
      fc.property(coveredDate, (d) => {
        expect(cal.nextWorkday(d)).toBe(cal.addWorkdays(d, 1));
        if (d > '2011-01-10' && oracleIsWorkday(d)) expect(cal.nextWorkday(cal.previousWorkday(d))).toBe(d);
      }),
    );
  });

  it('addWorkdays(d, 0) is d itself', () => {
    fc.assert(
      fc.property(coveredDate, (d) => {
        expect(cal.addWorkdays(d, 0)).toBe(d);
      }),
    );
  });
});
