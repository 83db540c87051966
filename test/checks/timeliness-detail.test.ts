/**
 * Publication timeliness through the shared tally: records that cannot be judged and why, records
 * after the checkpoint, the evidence counts and its cap of 20 examples. Working days from the
 * 2026 notice: 2026-11-02 (Mon) + 3 working days is 2026-11-05.
 */
import { describe, expect, it } from 'vitest';
import { findingOf, snap } from './helpers.js';

const AT = '2026-11-25T12:00:00+08:00';
const R = 'deyang-2018/art24-policy-document';
const doc = (id: string, triggeredAt: string | undefined, publishedAt: string | null) => ({ id, kind: 'policy-document', ...(triggeredAt === undefined ? {} : { triggeredAt }), publishedAt });

describe('publication timeliness in detail', () => {
  it('counts, and lists at most 20 late examples while counting them all', () => {
    const late = Array.from({ length: 25 }, (_, i) => doc(`d${i}`, '2026-11-02', '2026-11-06T09:00:00+08:00'));
    const f = findingOf(snap({ publications: late }), R, AT);
    expect(f.status).toBe('fail');
    expect(f.message.en).toBe('25 policy document(s) past the deadline');
    expect(f.message.zh).toBe('25条政策文件超过期限');
    const e = f.evidence as any;
    expect(e).toMatchObject({ publications: 25, judged: 25, onTime: 0, lateOrOverdue: 25, pending: 0, undecidable: 0, provisionalDeadlines: 0 });
    expect(e.failing).toHaveLength(20);
    expect(e.failing[0]).toMatchObject({ id: 'd0', from: '2026-11-02', state: 'late' });
    expect(Date.parse(e.failing[0].deadline)).toBe(Date.parse('2026-11-05T23:59:59.999+08:00'));
  });

  it('a record without a trigger cannot be judged: needs input naming it', () => {
    const f = findingOf(snap({ publications: [doc('x', undefined, '2026-11-06T09:00:00+08:00'), doc('ok', '2026-11-02', '2026-11-03T09:00:00+08:00')] }), R, AT);
    expect(f.status).toBe('needs-input');
    expect(f.message.en).toBe('1 policy document(s) cannot be judged');
    expect(f.message.zh).toBe('1条政策文件无法判断');
    expect((f.evidence as any).needsInput).toEqual([{ id: 'x', problem: 'no trigger date' }]);
    expect(f.evidence).toMatchObject({ judged: 1, onTime: 1, undecidable: 1 });
  });

  it('an hour rule needs an instant: a bare date cannot be judged', () => {
    const f = findingOf(snap({ publications: [{ id: 'a', kind: 'activity', triggeredAt: '2026-11-02', publishedAt: '2026-11-02T20:00:00+08:00' }] }), 'deyang-2018/art24-activity', AT);
    expect(f.status).toBe('needs-input');
    expect((f.evidence as any).needsInput[0]).toMatchObject({ id: 'a', triggeredAt: '2026-11-02', problem: 'an hour rule needs an instant, not a date' });
  });

  it('a trigger after the checkpoint (instant or day) is not judged', () => {
    const f = findingOf(snap({ publications: [doc('later', '2026-11-26', null), doc('laterInstant', '2026-11-25T12:00:00.001+08:00', null)] }), R, AT);
    expect(f.status).toBe('not-applicable');
    expect(f.message.en).toBe('No policy document(s) to judge before the checkpoint');
    expect(f.evidence).toMatchObject({ publications: 2, judged: 0, pending: 0 });
  });

  it('published after the checkpoint is not yet published: overdue, with no done time', () => {
    const f = findingOf(snap({ publications: [doc('p', '2026-11-02', '2026-11-30T09:00:00+08:00')] }), R, AT);
    expect(f.status).toBe('fail');
    expect((f.evidence as any).failing[0]).toMatchObject({ id: 'p', state: 'overdue', done: null });
  });

  it('other kinds are not counted; no publications section: needs input', () => {
    const f = findingOf(snap({ publications: [{ id: 'o', kind: 'other', publishedAt: '2026-11-02T09:00:00+08:00' }] }), R, AT);
    expect(f.status).toBe('not-applicable');
    expect(f.evidence).toMatchObject({ publications: 0 });
    const n = findingOf(snap({}), R, AT);
    expect(n.status).toBe('needs-input');
    expect(n.message.en).toBe('The snapshot has no publications');
  });
});
