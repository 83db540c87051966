/**
 * Period arithmetic and wording used by the checks, against Luxon in Asia/Shanghai and plain
 * words; and the fast instant reader on hand-picked near misses, against the zod schema.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addPeriod, describePeriod, parseSnapshotInstant, periodBounds, subtractPeriod, withinPeriod, type Period, addMonthsMs } from '../../src/checks/instant.js';
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
    const ok = instantSchema().safeParse(text).success;
    const ms = parseSnapshotInstant(text);
    if (ok) expect(ms).toBe(Date.parse(text));
    else expect(ms).toBeNaN();
  });
});

/**
 * The fast snapshot-instant reader against independent oracles: `Date.parse` for the value, and
 * for validity a strict RFC 3339 pattern plus Luxon's calendar (so `2026-02-30`, which `Date.parse`
 * rolls over to March, is refused). Every separator, every digit pair and the offset are tried one
 * character off; the year range is exercised at its two ends (the same range the library's other
 * instant inputs accept: 0001-01-02T00:00Z … 9999-12-30T00:00Z, so that every accepted instant
 * has a Beijing date inside the years 0001–9999). Also month arithmetic at month ends against Luxon.
 */
describe('the instant reader against Date.parse and Luxon, month ends, describePeriod beyond the usual figures', () => {
  const FIRST = Date.parse('0001-01-02T00:00:00Z');
  const LAST = Date.parse('9999-12-30T00:00:00Z');
  const PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:Z|[+-](\d{2}):(\d{2}))$/;

  /** What the reader must answer, from the pattern, Luxon's calendar and Date.parse; `undefined` = don't judge. */
  function oracle(text: string): number | undefined {
    const m = PATTERN.exec(text);
    if (m === null) return NaN;
    const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
    if (mo < 1 || mo > 12 || d < 1 || d > (DateTime.utc(y, mo, 1).daysInMonth as number) || h > 23 || mi > 59 || s > 59) return NaN;
    if (m[7] !== undefined) {
      const oh = Number(m[7]), om = Number(m[8]);
      if (om > 59 || oh * 60 + om > 18 * 60) return NaN; // beyond ±18:00, by hours or by minutes
    }
    // Digits beyond milliseconds are dropped first: V8 truncates the sub-millisecond part of a
    // negative epoch value toward zero (0001-01-03T00:00:00.0001Z would gain 1 ms).
    const ms = Date.parse(text.replace(/\.(\d{1,3})\d*/, '.$1'));
    return ms >= FIRST && ms <= LAST ? ms : NaN;
  }

  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  /** A valid instant text from parts. */
  const validText = fc
    .record({
      y: fc.oneof(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 9999 })),
      mo: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 31 }),
      h: fc.integer({ min: 0, max: 23 }),
      mi: fc.integer({ min: 0, max: 59 }),
      s: fc.integer({ min: 0, max: 59 }),
      frac: fc.option(fc.stringMatching(/^[0-9]{1,9}$/), { nil: undefined }),
      zone: fc.oneof(
        fc.constant('Z'),
        fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 17 }), fc.integer({ min: 0, max: 59 })).map(([sg, h, m]) => `${sg}${pad(h)}:${pad(m)}`),
        fc.constantFrom('+18:00', '-18:00', '+18:01', '-18:30'),
      ),
    })
    .map(({ y, mo, d, h, mi, s, frac, zone }) => {
      const day = Math.min(d, DateTime.utc(y, mo, 1).daysInMonth as number);
      return `${pad(y, 4)}-${pad(mo)}-${pad(day)}T${pad(h)}:${pad(mi)}:${pad(s)}${frac === undefined ? '' : `.${frac}`}${zone}`;
    });
  const TRICKY = ['/', ':', '-', '+', '.', 'Z', 'z', 'T', ' ', 'A', '0', '1', '5', '9', '\u0000', '٣'];

  const same = (text: string) => {
    const want = oracle(text);
    if (want === undefined) return;
    const got = parseSnapshotInstant(text);
    if (Number.isNaN(want)) expect(got, text).toBeNaN();
    else expect(got, text).toBe(want);
  };

  describe('parseSnapshotInstant against Date.parse and Luxon', () => {
    it('every valid text reads as Date.parse reads it (inside the year range)', () => {
      fc.assert(fc.property(validText, (text) => same(text)), { numRuns: fcRuns(3000) });
    });

    it('one character replaced, dropped or added anywhere: accepted only when still valid', () => {
      const edit = fc.tuple(validText, fc.nat(), fc.constantFrom(...TRICKY), fc.constantFrom('replace', 'drop', 'insert'));
      fc.assert(fc.property(edit, ([text, at, c, how]) => {
        const i = at % (text.length + 1);
        const changed = how === 'replace' ? text.slice(0, i) + c + text.slice(i + 1) : how === 'drop' ? text.slice(0, i) + text.slice(i + 1) : text.slice(0, i) + c + text.slice(i);
        same(changed);
      }), { numRuns: fcRuns(5000) });
    });

    it.each([
      // separators, each alone
      ['2026-11/25T12:00:00Z', NaN], ['2026-11-25T12-00:00Z', NaN], ['2026-11-25T12:00-00Z', NaN], ['2026/11-25T12:00:00Z', NaN],
      ['2026-11-25t12:00:00Z', NaN], ['2026-11-25T12:00:00+08-00', NaN], ['2026-11-25T12:00:00+08:000', NaN], ['2026-11-25T12:00:00+8:00', NaN],
      // a digit pair with a non-digit on either side
      ['20:6-11-25T12:00:00Z', NaN], ['20A6-11-25T12:00:00Z', NaN], ['2/26-11-25T12:00:00Z', NaN], ['202/-11-25T12:00:00Z', NaN],
      ['2026-/1-25T12:00:00Z', NaN], ['2026-11-2:T12:00:00Z', NaN], ['2026-11-25T:2:00:00Z', NaN], ['2026-11-25T12:/0:00Z', NaN],
      ['2026-11-25T12:00:5:Z', NaN], ['2026-11-25T12:00:00+/8:00', NaN], ['2026-11-25T12:00:00+08:0/', NaN], ['2026-11-25T12:00:00+08::0', NaN],
      ['2026-11-25T12:00:00+0:00', NaN],
      // too short or nothing after the seconds
      ['2026-11-25T12:00:00', NaN], ['2026-11-25T12:00:0Z', NaN], ['2026-11-25T12:00Z', NaN], ['', NaN], ['Z', NaN],
      // fractions
      ['2026-11-25T12:00:00.Z', NaN], ['2026-11-25T12:00:00.+08:00', NaN], ['2026-11-25T12:00:00.5', NaN], ['2026-11-25T12:00:00.12Z5', NaN],
    ])('%s is refused', (text) => {
      expect(oracle(text)).toBeNaN();
      expect(parseSnapshotInstant(text)).toBeNaN();
    });

    it.each([
      '1999-12-31T23:59:59Z', '1990-09-09T09:09:09+09:09', '2026-11-25T19:59:59-09:59', '2026-11-25T12:00:00+18:00', '2026-11-25T12:00:00-18:00',
      '2026-11-25T12:00:00+17:59', '2026-11-25T12:00:00-00:00', '2026-11-25T12:00:00+08:59', '2026-11-25T12:00:00.5Z', '2026-11-25T12:00:00.05+08:00',
      '2026-11-25T12:00:00.007Z', '2026-11-25T12:00:00.9999999-05:30', '2026-11-25T12:00:00.123456789Z', '2026-11-25T23:59:59.999+08:00',
      '2024-02-29T00:00:00Z', '2000-02-29T12:00:00+08:00', '2026-12-31T16:00:00Z', '0001-01-02T00:00:00Z', '0001-01-02T08:00:00+08:00',
      '0001-01-01T14:00:00-10:00', '9999-12-30T00:00:00Z', '9999-12-30T08:00:00+08:00', '9999-12-29T23:59:59.999Z', '9999-12-29T14:00:00-10:00',
    ])('%s reads as Date.parse reads it', (text) => {
      expect(oracle(text)).toBe(Date.parse(text));
      expect(parseSnapshotInstant(text)).toBe(Date.parse(text));
    });

    it.each([
      '2026-02-29T00:00:00Z', '1900-02-29T00:00:00Z', '2100-02-29T00:00:00Z', '2026-04-31T00:00:00Z', '2026-06-31T00:00:00Z', '2026-02-30T00:00:00Z',
      '2026-11-25T12:00:00+19:00', '2026-11-25T12:00:00-19:00', '2026-11-25T12:00:00+08:60', '2026-11-25T12:00:00+18:01', '2026-11-25T12:00:00-18:59',
      '0001-01-01T23:59:59.999Z', '0001-01-02T07:59:59.999+08:00', '0001-01-01T00:00:00Z', '0000-12-31T00:00:00Z',
      '9999-12-30T00:00:00.001Z', '9999-12-30T09:00:00+08:00', '9999-12-31T00:00:00Z', '9999-12-29T13:59:59-10:01',
    ])('%s is refused (no such day, offset beyond ±18:00, outside the years)', (text) => {
      expect(parseSnapshotInstant(text)).toBeNaN();
    });

    it('fractions beyond milliseconds are truncated, never rounded', () => {
      const base = Date.parse('2026-11-25T04:00:00Z');
      expect(parseSnapshotInstant('2026-11-25T12:00:00.9999+08:00')).toBe(base + 999);
      expect(parseSnapshotInstant('2026-11-25T12:00:00.0019+08:00')).toBe(base + 1);
      expect(parseSnapshotInstant('2026-11-25T12:00:00.1+08:00')).toBe(base + 100);
      expect(parseSnapshotInstant('2026-11-25T12:00:00.000+08:00')).toBe(base);
    });
  });

  describe('month arithmetic in Beijing at month ends and around Beijing midnight', () => {
    const luxon = (text: string, months: number) => DateTime.fromISO(text, { zone: 'Asia/Shanghai' }).plus({ months }).toMillis();
    it.each([
      ['2024-01-31T10:00:00+08:00', 1], ['2026-08-31T10:00:00+08:00', 6], ['2026-03-31T23:59:59.999+08:00', -1], ['2024-02-29T00:00:00+08:00', 12],
      ['2024-02-29T00:00:00+08:00', -12], ['2026-01-31T16:30:00Z', 1], ['2025-12-31T20:00:00Z', -13], ['2026-11-25T12:00:00+08:00', -3], ['2026-05-31T00:00:00+08:00', 0],
    ])('%s plus %i months', (text, months) => {
      const ms = Date.parse(text);
      expect(addMonthsMs(ms, months)).toBe(luxon(text, months));
      expect(addPeriod(ms, { months })).toBe(luxon(text, months));
      expect(subtractPeriod(ms, { months: -months })).toBe(luxon(text, months));
    });

    it('days and hours are exact lengths either way', () => {
      const ms = Date.parse('2026-11-25T12:00:00+08:00');
      expect(addPeriod(ms, { days: 2 })).toBe(Date.parse('2026-11-27T12:00:00+08:00'));
      expect(subtractPeriod(ms, { days: 2 })).toBe(Date.parse('2026-11-23T12:00:00+08:00'));
      expect(addPeriod(ms, { hours: 30 })).toBe(Date.parse('2026-11-26T18:00:00+08:00'));
      expect(subtractPeriod(ms, { hours: 30 })).toBe(Date.parse('2026-11-24T06:00:00+08:00'));
      expect(periodBounds({ hours: 30 })).toEqual([108_000_000, 108_000_000]);
      expect(periodBounds({ months: 14 })).toEqual([(365 + 56) * 86_400_000, (366 + 62) * 86_400_000]);
      expect(periodBounds({ months: 25 })).toEqual([(730 + 28) * 86_400_000, (732 + 31) * 86_400_000]);
    });

    it('withinPeriod for a month: a leap February is 29 days, a common one 28', () => {
      const t = (s: string) => Date.parse(s);
      expect(withinPeriod(t('2024-02-01T00:00:00+08:00'), t('2024-03-01T00:00:00+08:00'), { months: 1 })).toBe(true);
      expect(withinPeriod(t('2024-02-01T00:00:00+08:00'), t('2024-03-01T00:00:00.001+08:00'), { months: 1 })).toBe(false);
      expect(withinPeriod(t('2026-01-31T00:00:00+08:00'), t('2026-02-28T00:00:00+08:00'), { months: 1 })).toBe(true);
      expect(withinPeriod(t('2026-01-31T00:00:00+08:00'), t('2026-02-28T00:00:00.001+08:00'), { months: 1 })).toBe(false);
    });
  });

  describe('describePeriod beyond the usual figures', () => {
    it.each([
      [{ months: 36 }, '3年', '3 years'], [{ months: 18 }, '18个月', '18 months'], [{ months: 2 }, '2个月', '2 months'], [{ months: 13 }, '13个月', '13 months'],
      [{ days: 21 }, '3周', '3 weeks'], [{ days: 15 }, '15天', '15 days'], [{ days: 2 }, '2天', '2 days'], [{ hours: 2 }, '2小时', '2 hours'], [{ hours: 48 }, '48小时', '48 hours'],
    ] as const)('%o → %s / %s', (p, zh, en) => {
      expect(describePeriod(p)).toEqual({ zh, en });
    });
  });
});
