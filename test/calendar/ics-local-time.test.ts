/**
 * The local times of the `.ics` writers (src/time/beijing.ts: `formatBeijingInstant`,
 * `formatBeijingBasic`, `formatCivilBasic`) are written from char codes as one flat string
 * (issue 14, obl2). These tests hold each to its former definition, for any millisecond or day
 * from year 0000 to 10000, fractions, `NaN` and infinities.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBeijingBasic, formatBeijingInstant, formatCivilBasic, formatEpochDay } from '../../src/time/index.js';

describe('the local-time formatters write what they wrote before', () => {
  it('formatBeijingInstant: any millisecond of a Date, years before 0000 and after 9999, fractions, NaN and infinities', () => {
    // Its definition before the char-code path: each field padded (the lookup tables wrote the same).
    const p = (n: number, w = 2): string => String(n).padStart(w, '0');
    const before = (ms: number): string => {
      const local = ms + 8 * 3_600_000;
      const dayNumber = Math.floor(local / 86_400_000);
      let rest = local - dayNumber * 86_400_000;
      const h = Math.floor(rest / 3_600_000);
      rest -= h * 3_600_000;
      const mi = Math.floor(rest / 60_000);
      rest -= mi * 60_000;
      const s = Math.floor(rest / 1000);
      return `${formatEpochDay(dayNumber)}T${p(h)}:${p(mi)}:${p(s)}.${p(rest - s * 1000, 3)}+08:00`;
    };
    const edges = [Number.NaN, Infinity, -Infinity, 0, -1, 0.5, -62_198_784_000_001, Date.parse('+010000-01-01T00:00:00+08:00'), Date.parse('+010000-01-01T00:00:00+08:00') - 1, -8.64e15, Date.parse('1000-01-01T00:00:00+08:00') - 1, Date.parse('1000-01-01T00:00:00+08:00'), Date.parse('9999-12-31T23:59:59.999+08:00'), Date.parse('9999-12-31T23:59:59.999+08:00') + 1, 8.64e15];
    for (const ms of edges) expect(formatBeijingInstant(ms)).toBe(before(ms));
    expect(formatBeijingInstant(Date.parse('2026-10-10T23:59:59.999+08:00'))).toBe('2026-10-10T23:59:59.999+08:00');
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -8.64e15, max: 8.64e15 }), fc.integer({ min: -62_300_000_000_000, max: 253_500_000_000_000 }), fc.double({ min: -8.64e15, max: 8.64e15, noNaN: true })), (ms) => {
        expect(formatBeijingInstant(ms)).toBe(before(ms));
      }),
      { numRuns: 3000 },
    );
  });

  it('formatBeijingBasic: any millisecond of a Date, years before 0000 and after 9999, fractions, NaN and infinities', () => {
    const before = (ms: number): string => formatBeijingInstant(ms).slice(0, 19).replace(/[-:]/g, '');
    const edges = [Number.NaN, Infinity, -Infinity, 0, -1, 0.5, -0.5, -62_198_784_000_001, Date.parse('+010000-01-01T00:00:00+08:00'), Date.parse('+010000-01-01T00:00:00+08:00') - 1, -8.64e15, Date.parse('1000-01-01T00:00:00+08:00') - 1, Date.parse('1000-01-01T00:00:00+08:00'), Date.parse('9999-12-31T23:59:59.999+08:00'), Date.parse('9999-12-31T23:59:59.999+08:00') + 1];
    for (const ms of edges) expect(formatBeijingBasic(ms)).toBe(before(ms));
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -8.64e15, max: 8.64e15 }), fc.integer({ min: -62_300_000_000_000, max: 253_500_000_000_000 }), fc.double({ min: -8.64e15, max: 8.64e15, noNaN: true })), (ms) => {
        expect(formatBeijingBasic(ms)).toBe(before(ms));
      }),
      { numRuns: 3000 },
    );
  });

  it('formatCivilBasic: any day from year 0000 to 10000, and days that are not whole', () => {
    const before = (d: number): string => formatEpochDay(d).replace(/-/g, '');
    for (const d of [-719_528, -354_286, -354_285, 0, 2_932_896, 2_932_897, 0.5, -0.25]) expect(formatCivilBasic(d)).toBe(before(d));
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -719_528, max: 2_933_000 }), fc.double({ min: -719_528, max: 2_933_000, noNaN: true })), (d) => {
        expect(formatCivilBasic(d)).toBe(before(d));
      }),
      { numRuns: 3000 },
    );
  });
});
