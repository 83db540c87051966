/**
 * `mode: 'natural'` through checkSite: every ISO week of the window (Beijing) must hold a news
 * item; the finding lists the empty weeks and the report-level evidence counts the columns.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { deriveProfile, deyang2018Profile } from '../../src/index.js';
import { AT, bj, DAY, findingOf, snap } from './helpers.js';

const R = 'deyang-2018/art24-update-frequency';
// Made in a hook, not at import: a throw must fail the tests (mutation testing counts only failed tests).
let natural!: ReturnType<typeof deriveProfile>;
beforeAll(() => {
  natural = deriveProfile(deyang2018Profile, { id: 'natural', rules: { [R]: { mode: 'natural', periods: { news: { days: 7 } } } } });
});
// Wednesdays 10:00 Beijing from 2025-11-26 to 2026-11-25 (AT is Wednesday 2026-11-25 12:00).
const wednesdays = Array.from({ length: 53 }, (_, i) => Date.parse('2025-11-26T10:00:00+08:00') + i * 7 * DAY);
const news = (id: string, times: number[], extra: Record<string, unknown> = {}) => ({
  id, name: `栏目${id}`, category: 'news', level: 1, ...extra, items: times.map((t, i) => ({ id: `${id}-${i}`, publishedAt: bj(t) })),
});

describe('update frequency, natural weeks', () => {
  it('an item every week passes, with the report evidence', () => {
    const f = findingOf(snap({ columns: [news('a', wednesdays)] }), R, AT, natural);
    expect(f.status).toBe('pass');
    expect(f.message.en).toBe('All 1 column(s) updated as often as required');
    expect(f.evidence).toMatchObject({ mode: 'natural', columnsJudged: 1, columnsLate: 0, columnsToMergeOrClose: 0, late: [], mergeOrClose: [] });
    expect((f.evidence as any).periods.news).toBe('1 week');
  });

  it('one empty week fails and is named, Monday 00:00 to Sunday 23:59:59.999 Beijing', () => {
    const gap = wednesdays.filter((t) => t !== Date.parse('2026-06-03T10:00:00+08:00'));
    const f = findingOf(snap({ columns: [news('a', gap), news('b', wednesdays)] }), R, AT, natural);
    expect(f.status).toBe('fail');
    expect(f.message.en).toBe('1 column(s) not updated as often as required; 0 column(s) without an update for over a year: merge or close');
    const e = f.evidence as any;
    expect(e).toMatchObject({ columnsJudged: 2, columnsLate: 1 });
    expect(e.late).toHaveLength(1);
    expect(e.late[0]).toMatchObject({ column: 'a', name: '栏目a', category: 'news', period: '1 week', mode: 'natural', periodsWithoutItem: 1 });
    expect(e.late[0].periodsChecked).toBe(51); // Mondays 2025-12-01 … 2026-11-16: the week of 2026-11-23 is not over at AT
    expect(Date.parse(e.late[0].examples[0].from)).toBe(Date.parse('2026-06-01T00:00:00+08:00'));
    expect(Date.parse(e.late[0].examples[0].to)).toBe(Date.parse('2026-06-07T23:59:59.999+08:00'));
  });

  it('a column opened after the checkpoint is not judged; one opened inside the window is judged from its opening', () => {
    const f = findingOf(snap({ columns: [news('new', [], { openedOn: '2026-11-26' })] }), R, AT, natural);
    expect(f.status).toBe('not-applicable');
    expect(f.message.en).toBe('No column to judge');
    const recent = findingOf(snap({ columns: [news('r', wednesdays.slice(-3), { openedOn: '2026-11-09' })] }), R, AT, natural);
    expect(recent.status).toBe('pass');
  });
});
