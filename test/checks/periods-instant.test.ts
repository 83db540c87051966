/**
 * Period arithmetic and wording used by the checks, against Luxon in Asia/Shanghai and plain
 * words; and the fast instant reader on hand-picked near misses, against the zod schema.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addPeriod, describePeriod, parseSnapshotInstant, periodBounds, subtractPeriod, withinPeriod, type Period } from '../../src/checks/instant.js';
import { instantSchema } from '../../src/checks/snapshot-schema.js';
import { fcRuns } from '../fc-runs.js';

const luxonPlus = (ms: number, p: Period, sign = 1) =>
  DateTime.fromMillis(ms, { zone: 'Asia/Shanghai' }).plus('months' in p ? { months: sign * p.months } : 'days' in p ? { days: sign * p.days } : { hours: sign * p.hours }).toMillis();
const period = fc.oneof(
  fc.integer({ min: 1, max: 40 }).map((months) => ({ months })),
  fc.integer({ min: 1, max: 400 }).map((days) => ({ days })),
  fc.integer({ min: 1, max: 2000 }).map((hours) => ({ hours })),
) as fc.Arbitrary<Period>;
const instant = fc.integer({ min: Date.parse('2011-01-01T00:00:00Z'), max: Date.parse('2030-12-31T00:00:00Z') });

describe('describePeriod', () => {
  it.each([
    [{ months: 12 }, '1年', '1 year'], [{ months: 24 }, '2年', '2 years'], [{ months: 6 }, '6个月', '6 months'],
    [{ months: 1 }, '1个月', '1 month'], [{ days: 7 }, '1周', '1 week'], [{ days: 14 }, '2周', '2 weeks'],
    [{ days: 3 }, '3天', '3 days'], [{ days: 1 }, '1天', '1 day'], [{ hours: 24 }, '24小时', '24 hours'], [{ hours: 1 }, '1小时', '1 hour'],
  ] as [Period, string, string][])('%o → %s / %s', (p, zh, en) => {
    expect(describePeriod(p)).toEqual({ zh, en });
  });
});

describe('addPeriod, subtractPeriod, periodBounds, withinPeriod', () => {
  it('add and subtract agree with Luxon in Asia/Shanghai', () => {
    fc.assert(fc.property(instant, period, (ms, p) => {
      expect(addPeriod(ms, p)).toBe(luxonPlus(ms, p));
      expect(subtractPeriod(ms, p)).toBe(luxonPlus(ms, p, -1));
    }), { numRuns: fcRuns(2000) });
  });

  it('fixed periods are exact lengths', () => {
    expect(periodBounds({ days: 3 })).toEqual([3 * 86_400_000, 3 * 86_400_000]);
    expect(periodBounds({ hours: 5 })).toEqual([5 * 3_600_000, 5 * 3_600_000]);
  });

  it('every month period lies within its bounds, and the bounds are tight to a few days', () => {
    fc.assert(fc.property(instant, fc.integer({ min: 1, max: 40 }), (ms, months) => {
      const [lo, hi] = periodBounds({ months });
      const len = luxonPlus(ms, { months }) - ms;
      expect(lo).toBeLessThanOrEqual(len);
      expect(hi).toBeGreaterThanOrEqual(len);
      expect(len - lo).toBeLessThanOrEqual((3 * (months % 12) + 1) * 86_400_000);
      expect(hi - len).toBeLessThanOrEqual((3 * (months % 12) + Math.ceil(months / 12)) * 86_400_000);
    }), { numRuns: fcRuns(2000) });
    expect(periodBounds({ months: 12 })).toEqual([365 * 86_400_000, 366 * 86_400_000]);
    expect(periodBounds({ months: 1 })).toEqual([28 * 86_400_000, 31 * 86_400_000]);
  });

  it('withinPeriod is "to <= from + period", at and around the edge', () => {
    fc.assert(fc.property(instant, period, fc.integer({ min: -5 * 86_400_000, max: 5 * 86_400_000 }), (from, p, delta) => {
      const edge = luxonPlus(from, p);
      for (const to of [edge + delta, edge, edge + 1, edge - 1]) expect(withinPeriod(from, to, p)).toBe(to <= edge);
    }), { numRuns: fcRuns(2000) });
  });
});

describe('parseSnapshotInstant on near misses agrees with the schema', () => {
  const cases = [
    '2026-11-25T12:00:00+08:00', '2026-11-25T12:00:00Z', '2026-11-25T12:00:00.5Z', '2026-11-25T12:00:00.123456+08:00',
    '2026-1/-25T12:00:00Z', '2026-1:-25T12:00:00Z', '/026-11-25T12:00:00Z', ':026-11-25T12:00:00Z', '2026-11-25T1/:00:00Z',
    '2026-11-25T12:0::00Z', '2026-11-25T12:00:0/Z', '2026-11-25 12:00:00Z', '2026/11/25T12:00:00Z', '2026-11-25T12-00-00Z',
    '2026-11-25T12:00:00', '2026-11-25T12:00:00z', '2026-11-25T12:00:00ZZ', '2026-11-25T12:00:00+0800', '2026-11-25T12:00:00+08:0',
    '2026-11-25T12:00:00+08-00', '2026-11-25T12:00:00+18:00', '2026-11-25T12:00:00-18:00', '2026-11-25T12:00:00+19:00',
    '2026-11-25T12:00:00+08:60', '2026-11-25T12:00:00+0/:00', '2026-11-25T12:00:00.Z', '2026-11-25T12:00:00.12a+08:00',
    '2026-00-25T12:00:00Z', '2026-13-25T12:00:00Z', '2026-02-29T12:00:00Z', '2024-02-29T12:00:00Z', '2026-04-31T12:00:00Z',
    '2026-11-00T12:00:00Z', '2026-11-25T24:00:00Z', '2026-11-25T23:60:00Z', '2026-11-25T23:59:60Z', '2026-11-25T12:00Z',
    '0000-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z', '2026-11-25T12:00:00.+08:00', '2026-11-25T12:00:00*08:00',
  ];
  it.each(cases)('%s', (text) => {
    const ok = instantSchema.safeParse(text).success;
    const ms = parseSnapshotInstant(text);
    if (ok) expect(ms).toBe(Date.parse(text));
    else expect(ms).toBeNaN();
  });
});
