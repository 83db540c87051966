/**
 * deyang-2018/art24-update-frequency: rolling gaps (semantics.md), exact at the millisecond;
 * month periods follow Luxon plus({ months }) in Beijing, which is the oracle here.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { maxGapWithin } from '../../src/checks/predicates.js';
import { deriveProfile, deyang2018Profile } from '../../src/index.js';
import { AT, AT_MS, bj, bjPlus, DAY, findingOf, snap, statusOf } from './helpers.js';

const RULE = 'deyang-2018/art24-update-frequency';
const WINDOW_START = bjPlus(AT_MS, { years: -1 }); // 2025-11-25T12:00+08:00
const col = (category: string, times: number[], extra: Record<string, unknown> = {}) => ({
  id: `c-${category}`, name: category, category, level: 1, ...extra,
  items: times.map((t, i) => ({ id: `i${i}`, publishedAt: bj(t) })),
});
const one = (category: string, times: number[], extra?: Record<string, unknown>) => snap({ columns: [col(category, times, extra)] });

describe('news (工作动态): at least once a week', () => {
  const weekly = Array.from({ length: 52 }, (_, k) => WINDOW_START + (k + 1) * 7 * DAY); // last: 364 days in
  it('gaps of exactly 7 days pass', () => {
    expect(statusOf(one('news', weekly), RULE)).toBe('pass');
  });
  it('one gap of 7 days + 1 ms fails, and the evidence shows it', () => {
    const shifted = [...weekly];
    shifted[10] = (shifted[10] as number) + 1;
    const f = findingOf(one('news', shifted), RULE);
    expect(f.status).toBe('fail');
    const late = (f.evidence.late as any[])[0];
    expect(late.gapsOverPeriod).toBe(1);
    expect(late.examples[0].from).toBe(bj(weekly[9] as number));
  });
  it('the last gap runs to the checkpoint: 7 days before it passes, 7 days + 1 ms fails', () => {
    const base = Array.from({ length: 52 }, (_, k) => AT_MS - 7 * DAY * (52 - k));
    expect(statusOf(one('news', base), RULE)).toBe('pass');
    expect(statusOf(one('news', base.map((t, i) => (i === 51 ? t - 1 : t))), RULE)).toBe('fail');
  });
  it('undated items do not count', () => {
    const s = one('news', weekly);
    ((s as any).columns as any[])[0].items.push({ id: 'u', publishedAt: null });
    expect(statusOf(s, RULE)).toBe('pass');
    const gap = snap({ columns: [{ ...col('news', weekly.filter((_, i) => i !== 20)), items: [...col('news', weekly.filter((_, i) => i !== 20)).items, { id: 'u', publishedAt: null }] }] });
    expect(statusOf(gap, RULE)).toBe('fail');
  });
  it('a column opened recently: the window starts at openedOn (Beijing midnight)', () => {
    // opened 2026-11-18 → 7 days to the checkpoint's day at 00:00; at is 12:00 → needs an item.
    expect(statusOf(one('news', [], { openedOn: '2026-11-19' }), RULE)).toBe('pass'); // 6.5 days
    expect(statusOf(one('news', [], { openedOn: '2026-11-18' }), RULE)).toBe('fail'); // 7.5 days
    expect(statusOf(one('news', [], { openedOn: '2026-11-26' }), RULE)).toBe('not-applicable'); // not open yet
  });
});

describe('notices and policies: at least every 6 months (calendar months, Beijing)', () => {
  const sixAfterStart = bjPlus(WINDOW_START, { months: 6 }); // 2026-05-25T12:00+08:00
  it('one item exactly 6 months after the window start and 6 months before the checkpoint passes', () => {
    expect(bj(sixAfterStart)).toBe('2026-05-25T12:00:00.000+08:00');
    expect(statusOf(one('notice', [sixAfterStart]), RULE)).toBe('pass');
    expect(statusOf(one('policy', [sixAfterStart]), RULE)).toBe('pass');
  });
  it('1 ms later or earlier fails', () => {
    expect(statusOf(one('notice', [sixAfterStart + 1]), RULE)).toBe('fail');
    expect(statusOf(one('policy', [sixAfterStart - 1]), RULE)).toBe('fail');
  });
  it('month-end clamping: 2025-08-31 + 6 months is 2026-02-28', () => {
    const at = '2026-08-28T10:00:00+08:00';
    const start = Date.parse('2025-08-28T10:00:00+08:00');
    const feb28 = Date.parse('2026-02-28T10:00:00+08:00'); // 6 months after start; 6 months before at
    expect(statusOf(one('notice', [feb28]), RULE, at)).toBe('pass');
    // An item at 2025-08-31T10:00 and the next exactly at 2026-02-28T10:00 (Luxon: +6 months) passes …
    const aug31 = Date.parse('2025-08-31T10:00:00+08:00');
    expect(bjPlus(aug31, { months: 6 })).toBe(feb28);
    expect(statusOf(one('notice', [aug31, feb28]), RULE, at)).toBe('pass');
    // … one ms later fails, although 181 days is shorter than many 6-month stretches.
    expect(statusOf(one('notice', [aug31, feb28 + 1]), RULE, at)).toBe('fail');
    void start;
  });
});

describe('annual reports and plans: once a year; merge or close beyond a year', () => {
  it('an annual-report column with its last item 1 year before the checkpoint passes', () => {
    expect(statusOf(one('annual-report', [WINDOW_START]), RULE)).toBe('pass');
  });
  it('one with its last item 1 year + 1 ms before fails and is reported "merge or close"', () => {
    const f = findingOf(one('annual-report', [WINDOW_START - 1]), RULE);
    expect(f.status).toBe('fail');
    expect((f.evidence.mergeOrClose as any[])[0]).toMatchObject({ column: 'c-annual-report', advice: 'merge or close' });
  });
  it('a personnel column (no period of its own) is only merge-or-close: 1 year passes, 1 year + 1 ms fails', () => {
    expect(statusOf(one('personnel', [WINDOW_START]), RULE)).toBe('pass');
    expect(statusOf(one('personnel', [WINDOW_START - 1]), RULE)).toBe('fail');
  });
  it('a column open for the whole window without a dated item in it is merge-or-close (the stretch may exceed a year)', () => {
    const f = findingOf(one('personnel', [], { openedOn: '2020-01-01' }), RULE);
    expect(f.status).toBe('fail');
    // openedOn only bounds the window (a snapshot need not carry the whole history): the stretch shown starts at the window.
    expect((f.evidence.mergeOrClose as any[])[0].stretchWithoutUpdate.from).toBe(bj(WINDOW_START));
    // … but one opened inside the window is not (its stretch is shorter than a year).
    expect(statusOf(one('personnel', [], { openedOn: '2026-01-01' }), RULE)).toBe('pass');
    // An item exactly at the window start keeps it within a year.
    expect(statusOf(one('personnel', [WINDOW_START]), RULE)).toBe('pass');
  });
  it('openedOn long ago does not lengthen the first gap of a column with recent items', () => {
    const weekly = Array.from({ length: 52 }, (_, k) => WINDOW_START + (k + 1) * 7 * DAY);
    expect(statusOf(one('news', weekly, { openedOn: '2019-06-01' }), RULE)).toBe('pass');
  });
  it('a column of another category with items is judged only for merge-or-close', () => {
    expect(statusOf(one('basic-info', [AT_MS - 300 * DAY]), RULE)).toBe('pass');
  });
});

describe('natural-period mode (option)', () => {
  let natural!: ReturnType<typeof deriveProfile>;
  beforeAll(() => {
    natural = deriveProfile(deyang2018Profile, { id: 'natural', rules: { [RULE]: { mode: 'natural' } } });
  });
  it('each complete ISO week in the window holds an item', () => {
    // 2026-11-25 is a Wednesday. Put an item on each Sunday: rolling gaps are 7 days (pass), natural weeks all hold one.
    const sundays: number[] = [];
    for (let t = Date.parse('2025-11-30T20:00:00+08:00'); t <= AT_MS; t += 7 * DAY) sundays.push(t);
    expect(statusOf(one('news', sundays), RULE, AT, natural)).toBe('pass');
    // Monday of one week and Sunday of the next: a 13-day rolling gap fails; natural weeks pass.
    const pair = [Date.parse('2026-11-09T08:00:00+08:00'), Date.parse('2026-11-22T20:00:00+08:00')];
    const weeks: number[] = [];
    for (let t = Date.parse('2025-11-30T20:00:00+08:00'); t < pair[0]!; t += 7 * DAY) weeks.push(t);
    const times = [...weeks, ...pair];
    expect(statusOf(one('news', times), RULE)).toBe('fail');
    expect(statusOf(one('news', times), RULE, AT, natural)).toBe('pass');
    // Drop the last Sunday: ISO week 2026-11-16..22 is empty.
    expect(statusOf(one('news', times.slice(0, -1)), RULE, AT, natural)).toBe('fail');
  });
});

describe('properties', () => {
  const periods = [{ days: 7 }, { days: 14 }, { months: 6 }, { months: 12 }] as const;
  it('a gap of exactly P passes and P + 1 ms fails (P from Luxon)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2012, 0, 1), max: Date.UTC(2026, 0, 1) }), fc.constantFrom(...periods), (from, period) => {
        const end = bjPlus(from, period);
        expect(maxGapWithin(Float64Array.of(end), from, end, period).ok).toBe(true);
        expect(maxGapWithin(Float64Array.of(end + 1), from, end + 1, period).ok).toBe(false);
        expect(maxGapWithin(new Float64Array(0), from, end, period).ok).toBe(true);
        expect(maxGapWithin(new Float64Array(0), from, end + 1, period).ok).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('adding an item inside the window never turns a pass into a fail', () => {
    const category = fc.constantFrom('news', 'notice', 'annual-report', 'personnel', 'homepage');
    const offset = fc.integer({ min: 0, max: 365 * DAY });
    fc.assert(
      fc.property(category, fc.array(offset, { maxLength: 60 }), offset, (cat, offs, extra) => {
        const times = offs.map((o) => AT_MS - o);
        const before = statusOf(one(cat, times), RULE);
        const after = statusOf(one(cat, [...times, AT_MS - extra]), RULE);
        if (before === 'pass') expect(after).toBe('pass');
      }),
      { numRuns: 300 },
    );
  });
});

describe('absent input', () => {
  it('no columns: needs-input; empty columns list: not-applicable', () => {
    expect(statusOf(snap(), RULE)).toBe('needs-input');
    expect(statusOf(snap({ columns: [] }), RULE)).toBe('not-applicable');
  });
});
