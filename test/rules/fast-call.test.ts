/**
 * `deadline()` without options answers from each rule's fast call (`fastCallOf`), which reads the
 * input by hand and counts on numbers. These properties compare it with the reference path it
 * short-cuts (`referenceDeadline`: the input reader, the options, `dueOf` and the result
 * builder, as before the fast call existed) on every deadline rule of the catalog: the same
 * values, key order, frozen-ness and prototype, and for a refusal the same error class, field,
 * value and message. A fast call may decline an input (`undefined`: the reference answers it),
 * but never one of the shapes it reads by hand that the reference accepts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarCoverageError, catalog, deadline, InvalidInputError } from '../../src/index.js';
import type { DeadlineEntry } from '../../src/rules/catalog.js';
import { deadlineWithNumbers, fastCallOf, referenceDeadline } from '../../src/rules/deadlines.js';
import { fcRuns } from '../fc-runs.js';
import { junk } from '../junk.js';

const RUNS = { numRuns: fcRuns(300) };
const DAY = 86_400_000;
const rules = catalog.filter((e): e is DeadlineEntry => e.kind === 'deadline');

type Outcome =
  | { ok: true; value: unknown; keys: string[]; frozen: boolean; proto: unknown; yearsFrozen: boolean; article: unknown }
  | { ok: false; error: unknown; cls: unknown; message: string; field?: unknown; value?: unknown };

function outcome(call: () => unknown): Outcome {
  try {
    const r = call() as Record<string, unknown> | undefined;
    if (r === undefined) return { ok: true, value: undefined, keys: [], frozen: false, proto: undefined, yearsFrozen: false, article: undefined };
    return {
      ok: true,
      value: { ...r },
      keys: Object.keys(r),
      frozen: Object.isFrozen(r),
      proto: Object.getPrototypeOf(r),
      yearsFrozen: Object.isFrozen(r.provisionalYears),
      article: r.article,
    };
  } catch (e) {
    if (!(e instanceof Error)) throw e;
    const fields = e instanceof InvalidInputError ? { field: e.field, value: e.value } : {};
    return { ok: false, error: undefined, cls: e.constructor, message: e.message, ...fields };
  }
}

/** A `YYYY-MM-DD` text of an epoch day (UTC Date arithmetic, not the library's). */
const dayText = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const DAYS = { min: Date.UTC(2006, 0, 1) / DAY, max: Date.UTC(2028, 11, 31) / DAY };

/** A date text: mostly real days 2006–2028 (in and out of force, in and out of the calendar), some not dates. */
const dateText = fc.oneof(
  { weight: 8, arbitrary: fc.integer(DAYS).map(dayText) },
  { weight: 1, arbitrary: fc.constantFrom('2026-02-30', '2026-13-01', '2026-9-30', 'soon', '', '2026-09-30 ', '0000-01-01', '9999-12-31', '9999-12-01') },
);

/** An instant text with an offset (Z, +08:00, others; with and without a fraction), or without one. */
const instantText = fc
  .tuple(fc.integer({ min: DAYS.min * DAY, max: DAYS.max * DAY }), fc.constantFrom('Z', '+08:00', '-05:00', '+14:00', ''), fc.integer({ min: 0, max: 3 }))
  .map(([ms, offset, digits]) => {
    const shift = offset === '' || offset === 'Z' ? 0 : (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60) * 60_000;
    const local = new Date(ms + shift).toISOString();
    const fraction = digits === 0 ? '' : local.slice(19, 20 + digits);
    return `${local.slice(0, 19)}${fraction}${offset}`;
  });

const fromText = fc.oneof(dateText, instantText, fc.constantFrom('9999-12-31T23:00:00+08:00', '9999-12-31T00:00:00Z', '2026-10-09T18:00'));

/** Years of a quarter or a year reported on: mostly around the rules' dates, some at and beyond the schema's bounds. */
const years = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 2010, max: 2030 }) }, { weight: 1, arbitrary: fc.integer({ min: 990, max: 10_001 }) });

/** A rule's input: its own shapes (and near misses), as the caller may send them. */
function inputFor(e: DeadlineEntry): fc.Arbitrary<unknown> {
  const p = e.parameters;
  if (p.unit === 'fixed' && p.input === 'quarter') {
    const quarter = fc.oneof(
      fc.tuple(years, fc.integer({ min: 0, max: 5 })).map(([y, q]) => `${String(y).padStart(4, '0')}Q${q}`),
      fc.constantFrom('2026q3', '2026Q3 ', '2026-Q3'),
    );
    return fc.oneof({ weight: 6, arbitrary: quarter.map((quarter) => ({ quarter })) }, { weight: 1, arbitrary: fc.constantFrom({}, { quarter: 20263 }, { quarter: '2026Q3', year: 2026 }) });
  }
  if (p.unit === 'fixed') {
    const year = fc.oneof({ weight: 6, arbitrary: years }, { weight: 1, arbitrary: fc.constantFrom(2026.5, Number.NaN, '2026') });
    const issuer = fc.oneof({ weight: 3, arbitrary: fc.constant('absent') }, { weight: 2, arbitrary: fc.constantFrom(undefined, 'department', 'government', 'county') });
    return fc.tuple(year, issuer).map(([y, i]) => (i === 'absent' ? { year: y } : { year: y, issuer: i }));
  }
  const flagKey = p.complexAmount !== undefined ? 'complex' : p.extensionCap !== undefined ? 'extended' : undefined;
  const flag = fc.oneof(
    { weight: 4, arbitrary: fc.constant<unknown>('absent') },
    { weight: 3, arbitrary: fc.constantFrom<unknown>(true, false) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>('true', 3, undefined) },
  );
  const key = fc.oneof({ weight: 4, arbitrary: fc.constant(flagKey ?? 'complex') }, { weight: 1, arbitrary: fc.constantFrom('complex', 'extended', 'other') });
  // Mostly the rule's own key; sometimes a key it does not take (the schema refuses it).
  return fc.tuple(fromText, flag, key).map(([from, value, k]) => (value === 'absent' ? { from } : { from, [k]: value }));
}

/** Whether a value of an input the reference accepts is one the fast call reads by hand. */
const handValue = (e: DeadlineEntry) => (v: unknown) => (e.parameters.unit === 'fixed' ? v !== undefined : typeof v === 'string' || typeof v === 'boolean');

describe('the fast call of each deadline rule answers as the reference path', () => {
  it('covers every deadline rule', () => {
    expect(rules.length).toBe(16);
  });

  for (const e of rules) {
    it(e.id, () => {
      const fast = fastCallOf(e);
      let answered = 0;
      fc.assert(
        fc.property(inputFor(e), (input) => {
          const want = outcome(() => referenceDeadline(e.id, input).result);
          // The public call (fast call first, the reference when it declines), and the internal
          // one with the numbers the result was made from.
          expect(outcome(() => deadline(junk(e.id), junk(input)))).toEqual(want);
          if (want.ok) {
            const withNumbers = deadlineWithNumbers(e.id, input);
            expect(outcome(() => withNumbers.result)).toEqual(want);
            expect(withNumbers.numbers).toEqual(referenceDeadline(e.id, input).numbers);
          } else expect(outcome(() => deadlineWithNumbers(e.id, input).result)).toEqual(want);
          const got = outcome(() => fast(input));
          if (got.ok && got.value === undefined) {
            // Declined: only a refusal, or a shape the fast call does not read by hand (an
            // `extended` number, a key given as undefined).
            if (want.ok) expect(Object.values(input as object).every(handValue(e))).toBe(false);
            return;
          }
          answered++;
          expect(got).toEqual(want);
          if (got.ok && want.ok) expect(got.article).toBe(want.article);
        }),
        RUNS,
      );
      expect(answered).toBeGreaterThan(RUNS.numRuns / 20);
    });
  }
});

describe('what the fast call declines, and what it throws itself', () => {
  it('answers each rule\'s common input itself', () => {
    for (const e of rules) {
      const p = e.parameters;
      const from = e.document === 'ogi-2008' ? '2018-09-30' : p.unit === 'hour' ? '2026-09-30T18:00:00+08:00' : '2026-09-30';
      const input = p.unit !== 'fixed' ? { from } : p.input === 'quarter' ? { quarter: '2026Q3' } : { year: 2026 };
      const got = fastCallOf(e)(input);
      expect(got, e.id).toBeDefined();
      expect(outcome(() => got)).toEqual(outcome(() => referenceDeadline(e.id, input).result));
    }
  });

  const policy = rules.find((e) => e.id === 'deyang-2018/art24-policy-document') as DeadlineEntry;
  const activity = rules.find((e) => e.id === 'deyang-2018/art24-activity') as DeadlineEntry;

  it('declines an event before the rule took effect (the reference refuses it, naming what applies)', () => {
    expect(fastCallOf(policy)({ from: '2018-01-24' })).toBeUndefined();
    expect(outcome(() => deadline('deyang-2018/art24-policy-document', { from: '2018-01-24' }))).toMatchObject({ ok: false, cls: InvalidInputError, field: 'from' });
  });

  it('throws the calendar coverage error itself, as the reference does', () => {
    const got = outcome(() => fastCallOf(policy)({ from: '2026-12-30' }));
    expect(got).toMatchObject({ ok: false, cls: CalendarCoverageError });
    expect(got).toEqual(outcome(() => referenceDeadline(policy.id, { from: '2026-12-30' }).result));
  });

  it('throws the date grammar refusal itself, as the reference does', () => {
    for (const from of ['2026-02-30', 'soon']) {
      const got = outcome(() => fastCallOf(policy)({ from }));
      expect(got).toMatchObject({ ok: false, cls: InvalidInputError, field: 'from', value: from });
      expect(got).toEqual(outcome(() => referenceDeadline(policy.id, { from }).result));
    }
    const bare = outcome(() => fastCallOf(activity)({ from: '2026-10-09' }));
    expect(bare).toMatchObject({ ok: false, cls: InvalidInputError, field: 'from' });
    expect(bare).toEqual(outcome(() => referenceDeadline(activity.id, { from: '2026-10-09' }).result));
  });

  it('declines a calendar-day count past 9999-12-31 (the reference refuses it)', () => {
    const migration = rules.find((e) => e.id === 'deyang-2018/art15-migration-notice') as DeadlineEntry;
    expect(fastCallOf(migration)({ from: '9999-12-31' })).toBeUndefined();
    const got = outcome(() => deadline('deyang-2018/art15-migration-notice', { from: '9999-12-31' }));
    expect(got).toMatchObject({ ok: false, cls: InvalidInputError, field: 'from', value: '9999-12-31' });
    expect(got).toEqual(outcome(() => referenceDeadline(migration.id, { from: '9999-12-31' }).result));
  });

  it('declines a Date, a number of extension days and a year out of the schema range', () => {
    expect(fastCallOf(policy)({ from: new Date('2026-09-30T04:00:00Z') })).toBeUndefined();
    expect(fastCallOf(rules.find((e) => e.id === 'ogi-2019/art33-reply') as DeadlineEntry)({ from: '2026-09-30', extended: 5 })).toBeUndefined();
    expect(fastCallOf(rules.find((e) => e.id === 'deyang-2018/art33-annual-report') as DeadlineEntry)({ year: 999 })).toBeUndefined();
  });
});
