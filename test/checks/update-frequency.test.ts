/**
 * deyang-2018/art24-update-frequency: rolling gaps (semantics.md), exact at the millisecond;
 * month periods follow Luxon plus({ months }) in Beijing, which is the oracle here.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { maxGapWithin } from '../../src/checks/predicates.js';
import { deriveProfile, deyang2018Profile } from '../../src/index.js';
import { AT, AT_MS, bj, bjPlus, DAY, findingOf, snap, statusOf, CAP, HOUR } from './helpers.js';
import { DateTime } from 'luxon';

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

/**
 * `deyang-2018/art24-update-frequency` in detail: the report's messages and evidence (window,
 * periods, counts, capped lists), which columns are judged, the exact evidence of a late column,
 * and "merge or close" in each of its cases — a stretch that starts at an older item, a window
 * longer than the merge-or-close period, and periods given in different units (days against
 * calendar months, which are 365 or 366 days long in Beijing). Expected instants are computed
 * here with Luxon in Asia/Shanghai and plain millisecond arithmetic.
 */
describe('messages, evidence and merge or close', () => {
  const R = 'deyang-2018/art24-update-frequency';
  const WS = bjPlus(AT_MS, { years: -1 }); // 2025-11-25T12:00+08:00, the default window's start

  const col = (id: string, category: string, times: number[], extra: Record<string, unknown> = {}) => ({
    id, name: `栏目${id}`, category, level: 1, ...extra,
    items: times.map((t, i) => ({ id: `${id}-${i}`, publishedAt: bj(t) })),
  });
  const weekly = Array.from({ length: 52 }, (_, k) => WS + (k + 1) * 7 * DAY); // every gap exactly 7 days
  const profile = (params: Record<string, unknown>) =>
    deriveProfile(deyang2018Profile, { id: 'uf-test', description: { zh: '测试', en: 'test' }, rules: { [R]: params } });
  const run = (columns: unknown[], p: any = 'deyang-2018', at = AT) => findingOf(snap({ columns }), R, at, p);

  describe('the report: messages and evidence', () => {
    it('pass: the count of judged columns in both languages, the window, the periods and where the homepage figure comes from', () => {
      const f = run([col('n', 'news', weekly), col('p', 'personnel', [AT_MS - 30 * DAY])]);
      expect(f.status).toBe('pass');
      expect(f.message).toEqual({ zh: '2个栏目均按规定频率更新', en: 'All 2 column(s) updated as often as required' });
      const e = f.evidence as any;
      expect(e.mode).toBe('rolling');
      expect(e.window).toEqual({ from: bj(WS), to: bj(AT_MS) });
      // Art. 24(2) and the census figure for the homepage (semantics.md).
      expect(e.periods).toEqual({ homepage: '2 weeks', news: '1 week', notice: '6 months', policy: '6 months', 'annual-report': '1 year', plan: '1 year' });
      expect(e.homepagePeriodSource).toMatch(/census/);
      expect(e.homepagePeriodSource).toContain('日常更新');
      expect(e).toMatchObject({ columnsJudged: 2, columnsLate: 0, columnsToMergeOrClose: 0, late: [], mergeOrClose: [] });
    });

    it('not applicable: every column opens after the checkpoint', () => {
      const f = run([col('a', 'news', [], { openedOn: '2026-11-26' }), col('b', 'notice', [], { openedOn: '2027-01-01' })]);
      expect(f.status).toBe('not-applicable');
      expect(f.message).toEqual({ zh: '没有需要判断的栏目', en: 'No column to judge' });
      expect(f.evidence).toMatchObject({ columnsJudged: 0, columnsLate: 0, columnsToMergeOrClose: 0 });
    });

    it('a column not open yet is not counted among the judged ones', () => {
      const f = run([col('later', 'news', [], { openedOn: '2026-11-26' }), col('n', 'news', weekly)]);
      expect(f.status).toBe('pass');
      expect(f.message).toEqual({ zh: '1个栏目均按规定频率更新', en: 'All 1 column(s) updated as often as required' });
      expect((f.evidence as any).columnsJudged).toBe(1);
    });

    it('a column opening on the checkpoint\'s own instant is judged (an empty window holds no gap)', () => {
      const at = '2026-11-25T00:00:00+08:00'; // Beijing midnight: openedOn 2026-11-25 starts exactly here
      const f = run([col('today', 'news', [], { openedOn: '2026-11-25' })], 'deyang-2018', at);
      expect(f.status).toBe('pass');
      expect((f.evidence as any).columnsJudged).toBe(1);
      // one millisecond before the opening it is not open yet
      const g = run([col('today', 'news', [], { openedOn: '2026-11-25' })], 'deyang-2018', '2026-11-24T23:59:59.999+08:00');
      expect(g.status).toBe('not-applicable');
    });

    it('fail: both counts in both languages, each column counted once', () => {
      const old = Date.parse('2024-06-01T09:00:00+08:00');
      const f = run([
        col('late1', 'news', [AT_MS - 9 * DAY]),
        col('late2', 'notice', [AT_MS - 200 * DAY]),
        col('ok', 'news', weekly),
        col('stale', 'personnel', [old]),
      ]);
      expect(f.status).toBe('fail');
      expect(f.message).toEqual({
        zh: '2个栏目未按规定频率更新，1个栏目超过一年未更新，应合并或关闭',
        en: '2 column(s) not updated as often as required; 1 column(s) without an update for over a year: merge or close',
      });
      const e = f.evidence as any;
      expect(e).toMatchObject({ columnsJudged: 4, columnsLate: 2, columnsToMergeOrClose: 1 });
      expect(e.late.map((x: any) => x.column)).toEqual(['late1', 'late2']);
      expect(e.mergeOrClose.map((x: any) => x.column)).toEqual(['stale']);
    });
  });

  describe('the evidence of a late column (rolling gaps)', () => {
    it('names the column, counts the items and lists every gap over the period with its length in days', () => {
      const a = AT_MS - 13 * DAY;
      const b = AT_MS - 3 * DAY;
      const c = { ...col('n', 'news', [b, a]), name: '工作动态' };
      c.items.push({ id: 'undated', publishedAt: null as unknown as string });
      const f = run([c]);
      expect(f.status).toBe('fail');
      const first = { from: bj(WS), to: bj(a), days: (a - WS) / DAY }; // 352 days: window start → first item
      expect(first.days).toBe(352);
      expect((f.evidence as any).late).toEqual([{
        column: 'n', name: '工作动态', category: 'news', period: '1 week',
        datedItemsInWindow: 2, undatedItems: 1,
        longestGap: first,
        gapsOverPeriod: 2,
        examples: [first, { from: bj(a), to: bj(b), days: 10 }],
      }]);
      expect((f.evidence as any).mergeOrClose).toEqual([]);
    });

    it('gap lengths keep fractions of a day (to 3 decimals)', () => {
      const last = AT_MS - 10 * DAY - 6 * HOUR; // 10.25 days before the checkpoint; before it, an item every 7 days
      const times = Array.from({ length: 60 }, (_, k) => last - k * 7 * DAY).filter((t) => t >= WS).reverse();
      const late = (run([col('n', 'news', times)]).evidence as any).late[0];
      const gap = { from: bj(last), to: bj(AT_MS), days: 10.25 };
      expect(late).toMatchObject({ datedItemsInWindow: times.length, gapsOverPeriod: 1, longestGap: gap, examples: [gap] });
    });
  });

  describe('merge or close: the stretch without an update', () => {
    const old = Date.parse('2024-06-01T09:00:00+08:00'); // long before the window
    const recent = Date.parse('2026-10-01T09:00:00+08:00'); // inside it

    it('an older item and a recent one: the stretch runs from the older item to the first item in the window', () => {
      const f = run([col('h', 'personnel', [old, recent])]);
      expect(f.status).toBe('fail');
      expect((f.evidence as any).late).toEqual([]); // personnel has no period of its own
      expect((f.evidence as any).mergeOrClose).toEqual([{
        column: 'h', name: '栏目h', category: 'personnel',
        stretchWithoutUpdate: { from: bj(old), to: bj(recent), days: (recent - old) / DAY },
        advice: 'merge or close',
      }]);
      expect((recent - old) / DAY).toBe(852);
    });

    it('an older item exactly one year (Luxon, Beijing) before the first item in the window is within a year; 1 ms more is not', () => {
      const inWindow = Date.parse('2025-12-01T09:00:00+08:00');
      const prior = bjPlus(inWindow, { years: -1 });
      expect(run([col('h', 'personnel', [prior, inWindow])]).status).toBe('pass');
      const f = run([col('h', 'personnel', [prior - 1, inWindow])]);
      expect(f.status).toBe('fail');
      expect((f.evidence as any).mergeOrClose[0].stretchWithoutUpdate).toEqual({ from: bj(prior - 1), to: bj(inWindow), days: 365 });
    });

    it('only an older item: the stretch runs from it to the checkpoint', () => {
      const f = run([col('h', 'plan', [old])]);
      expect(f.status).toBe('fail');
      expect((f.evidence as any).mergeOrClose[0].stretchWithoutUpdate).toEqual({ from: bj(old), to: bj(AT_MS), days: (AT_MS - old) / DAY });
    });
  });

  describe('merge or close with a window longer than a year (window 24 months, merge or close 12)', () => {
    const p = profile({ window: { months: 24 }, mergeOrClose: { months: 12 }, periods: {} });
    const ws = bjPlus(AT_MS, { months: -24 }); // 2024-11-25T12:00+08:00
    const a = bjPlus(AT_MS, { months: -23 });

    it('the report\'s window is the configured one', () => {
      const f = run([col('h', 'personnel', [a, bjPlus(a, { months: 12 })])], p);
      expect((f.evidence as any).window).toEqual({ from: bj(ws), to: bj(AT_MS) });
    });

    it('a gap of exactly 12 months between two items inside the window passes; 1 ms more is a stretch to merge or close', () => {
      const b = bjPlus(a, { months: 12 });
      expect(run([col('h', 'personnel', [a, b])], p).status).toBe('pass');
      const f = run([col('h', 'personnel', [a, b + 1])], p);
      expect(f.status).toBe('fail');
      expect((f.evidence as any).mergeOrClose).toEqual([{
        column: 'h', name: '栏目h', category: 'personnel',
        stretchWithoutUpdate: { from: bj(a), to: bj(b + 1), days: Math.round(((b + 1 - a) / DAY) * 1000) / 1000 },
        advice: 'merge or close',
      }]);
    });

    it('with several stretches over the period, the first is the one shown', () => {
      const p36 = profile({ window: { months: 36 }, mergeOrClose: { months: 12 }, periods: {} });
      const x = bjPlus(AT_MS, { months: -35 });
      const y = bjPlus(x, { months: 13 });
      const z = bjPlus(y, { months: 13 });
      const f = run([col('h', 'personnel', [x, y, z, bjPlus(AT_MS, { months: -1 })])], p36);
      expect(f.status).toBe('fail');
      expect((f.evidence as any).mergeOrClose[0].stretchWithoutUpdate).toMatchObject({ from: bj(x), to: bj(y) });
    });
  });

  describe('merge or close with periods in different units', () => {
    it('365 days against a 12-month window of 365 days: a column open throughout with no item is merge-or-close', () => {
      // 2025-11-25 → 2026-11-25 holds no 29 February: the window is exactly 365 days.
      expect((AT_MS - WS) / DAY).toBe(365);
      const p = profile({ mergeOrClose: { days: 365 } });
      const f = run([col('h', 'personnel', [], { openedOn: '2020-01-01' })], p);
      expect(f.status).toBe('fail');
      expect((f.evidence as any).mergeOrClose[0].stretchWithoutUpdate).toEqual({ from: bj(WS), to: bj(AT_MS), days: 365 });
    });

    it('365 days against a 12-month window of 366 days (across 2024-02-29): a gap over 365 days between two items inside it', () => {
      const at = '2024-11-25T12:00:00+08:00';
      const atMs = Date.parse(at);
      const ws = bjPlus(atMs, { months: -12 });
      expect((atMs - ws) / DAY).toBe(366);
      const p = profile({ mergeOrClose: { days: 365 }, periods: {} });
      const a = ws + HOUR;
      const b = atMs - HOUR; // 366 days − 2 hours after a
      const f = run([col('h', 'personnel', [a, b])], p, at);
      expect(f.status).toBe('fail');
      expect((f.evidence as any).mergeOrClose[0].stretchWithoutUpdate).toEqual({ from: bj(a), to: bj(b), days: Math.round(((b - a) / DAY) * 1000) / 1000 });
      // 365 days exactly between the two items is within the period
      expect(run([col('h', 'personnel', [a, a + 365 * DAY])], p, at).status).toBe('pass');
    });

    it('a 365-day window with a 365-day merge-or-close period: an empty column open throughout is merge-or-close', () => {
      const p = profile({ window: { days: 365 }, mergeOrClose: { days: 365 }, periods: {} });
      const f = run([col('h', 'personnel', [], { openedOn: '2020-01-01' })], p);
      expect(f.status).toBe('fail');
      expect((f.evidence as any).window.from).toBe(bj(AT_MS - 365 * DAY));
      expect((f.evidence as any).mergeOrClose[0].stretchWithoutUpdate).toEqual({ from: bj(AT_MS - 365 * DAY), to: bj(AT_MS), days: 365 });
      // … but one opened inside the window is not (its stretch is shorter)
      expect(run([col('h', 'personnel', [], { openedOn: '2026-01-01' })], p).status).toBe('pass');
    });

    it('a 730-day window with a 365-day merge-or-close period: a 400-day gap inside it is merge-or-close', () => {
      const p = profile({ window: { days: 730 }, mergeOrClose: { days: 365 }, periods: {} });
      const a = AT_MS - 700 * DAY;
      const b = AT_MS - 300 * DAY;
      const f = run([col('h', 'personnel', [a, b])], p);
      expect(f.status).toBe('fail');
      expect((f.evidence as any).mergeOrClose[0].stretchWithoutUpdate).toEqual({ from: bj(a), to: bj(b), days: 400 });
      expect(run([col('h', 'personnel', [a, a + 365 * DAY, b])], p).status).toBe('pass');
    });
  });

  describe('natural weeks: the empty periods shown', () => {
    it('a news column with no item at all: every complete ISO week counted, the first five named', () => {
      const p = profile({ mode: 'natural' });
      const f = run([col('n', 'news', [AT_MS - 2 * DAY])], p); // Monday 2026-11-23: its week is not over at the checkpoint
      expect(f.status).toBe('fail');
      // The window opens on Tuesday 2025-11-25 at 12:00; the first whole ISO week starts Monday 2025-12-01 and the
      // last one ends Sunday 2026-11-22: (2026-11-23 − 2025-12-01) / 7 weeks.
      const firstMonday = DateTime.fromISO('2025-12-01T00:00:00', { zone: 'Asia/Shanghai' });
      const weeks = DateTime.fromISO('2026-11-23T00:00:00', { zone: 'Asia/Shanghai' }).diff(firstMonday, 'weeks').weeks;
      expect(weeks).toBe(51);
      const late = (f.evidence as any).late[0];
      expect(late).toMatchObject({ column: 'n', mode: 'natural', period: '1 week', periodsChecked: weeks, periodsWithoutItem: weeks });
      expect(late.examples).toEqual(Array.from({ length: 5 }, (_, k) => {
        const s = firstMonday.plus({ weeks: k });
        return { from: bj(s.toMillis()), to: bj(s.plus({ weeks: 1 }).toMillis() - 1) };
      }));
    });
  });

  describe('the evidence lists are capped at 20, the counts are not', () => {
    it('21 empty news columns: each late and each merge-or-close; 20 listed of each', () => {
      const cols = Array.from({ length: CAP + 1 }, (_, i) => col(`c${String(i).padStart(2, '0')}`, 'news', []));
      const f = run(cols);
      expect(f.status).toBe('fail');
      expect(f.message.en).toBe('21 column(s) not updated as often as required; 21 column(s) without an update for over a year: merge or close');
      const e = f.evidence as any;
      expect(e).toMatchObject({ columnsJudged: CAP + 1, columnsLate: CAP + 1, columnsToMergeOrClose: CAP + 1 });
      expect(e.late).toHaveLength(CAP);
      expect(e.mergeOrClose).toHaveLength(CAP);
      expect(e.late.map((x: any) => x.column)).toEqual(cols.slice(0, CAP).map((c) => c.id));
      expect(e.mergeOrClose.map((x: any) => x.column)).toEqual(cols.slice(0, CAP).map((c) => c.id));
    });
  });
});
