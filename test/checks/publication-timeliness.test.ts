/**
 * The shared deadline tally (publication timeliness) where its records cannot be judged — no
 * working-day data for the deadline's year; a trigger before the rule took effect is outside it — its evidence
 * caps, provisional deadlines and an act exactly at the checkpoint; and how sub-results combine
 * into one status. The lifecycle findings (Art. 14, 17) are in site-lifecycle.test.ts.
 *
 * Calendar facts: a policy document issued 2026-11-02 (Monday) is due 2026-11-05; one issued
 * 2026-12-30 is due 2027-01-05 by the holiday law (12-31, then 2027-01-01 New Year's Day and a
 * weekend, then 01-04, 01-05) while the official calendar ends 2026-12-31 — the tests take the
 * calendar's last December and the next year from `coverage` (test/coverage-year.ts). The Deyang measures took
 * effect on 2018-01-25.
 */
import { describe, expect, it } from 'vitest';
import { checkSite, defaultCalendar } from '../../src/index.js';
import { combineStatuses } from '../../src/checks/report.js';
import { AT, findingOf, snap } from './helpers.js';
import { FIRST_UNCOVERED_YEAR, lastCoveredDate, provisionalAddWorkdays, uncoveredDate } from '../coverage-year.js';

const R = 'deyang-2018/art24-policy-document';
const doc = (id: string, triggeredAt: string | undefined, publishedAt: string | null) => ({ id, kind: 'policy-document', ...(triggeredAt === undefined ? {} : { triggeredAt }), publishedAt });

describe('records the tally cannot judge', () => {
  it('a deadline in a year the calendar lacks: needs input naming the year, the rest still judged', () => {
    // Issued on the calendar's 12-30: its third working day is in the next year, which the calendar lacks.
    const f = findingOf(snap({ publications: [doc('late-dec', lastCoveredDate('12-30'), null), doc('ok', '2026-11-02', '2026-11-04T10:00:00+08:00')] }), R, `${lastCoveredDate()}T12:00:00+08:00`);
    expect(f.status).toBe('needs-input');
    expect(f.message).toEqual({ zh: '1条政策文件无法判断', en: '1 policy document(s) cannot be judged' });
    const e = f.evidence as any;
    expect(e.needsInput).toEqual([{ id: 'late-dec', triggeredAt: lastCoveredDate('12-30'), problem: `no working-day data for ${FIRST_UNCOVERED_YEAR}`, missingYear: FIRST_UNCOVERED_YEAR }]);
    expect(e).toMatchObject({ judged: 1, onTime: 1, undecidable: 1, provisionalDeadlines: 0 });
  });

  it('a trigger before the rule took effect is outside it (issue 12): counted as beforeInForce, never needs-input', () => {
    const f = findingOf(snap({ publications: [doc('old', '2018-01-24', '2018-01-25T10:00:00+08:00')] }), R);
    expect(f.status).toBe('not-applicable');
    const e = f.evidence as any;
    expect(e.needsInput).toEqual([]);
    expect(e).toMatchObject({ judged: 0, undecidable: 0, beforeInForce: 1 });
  });

  it('lists at most 20 undecidable records while counting them all', () => {
    const pubs = Array.from({ length: 21 }, (_, i) => doc(`u${String(i).padStart(2, '0')}`, undefined, '2026-11-06T09:00:00+08:00'));
    const f = findingOf(snap({ publications: pubs }), R);
    expect(f.status).toBe('needs-input');
    expect(f.message.en).toBe('21 policy document(s) cannot be judged');
    const e = f.evidence as any;
    expect(e.undecidable).toBe(21);
    expect(e.needsInput).toHaveLength(20);
    expect(e.needsInput.map((x: any) => x.id)).toEqual(pubs.slice(0, 20).map((p) => p.id));
  });
});

describe('judged records in the evidence', () => {
  it('a deadline on provisional data is counted and flagged; an official one is not flagged', () => {
    const calendar = defaultCalendar.provisional({ through: FIRST_UNCOVERED_YEAR });
    // Issued on the calendar's 12-30, due by the law's early January (January 5 at the latest), published January 8.
    const dec = lastCoveredDate('12-30');
    const due = provisionalAddWorkdays(dec, 3);
    const s = snap({ publications: [doc('dec', dec, `${uncoveredDate('01-08')}T10:00:00+08:00`), doc('nov', '2026-11-02', '2026-11-06T10:00:00+08:00')] });
    const f = checkSite(s, { at: `${uncoveredDate('01-10')}T12:00:00+08:00`, calendar }).findings.find((x) => x.rule === R)!;
    expect(f.status).toBe('fail');
    const e = f.evidence as any;
    expect(e).toMatchObject({ judged: 2, lateOrOverdue: 2, provisionalDeadlines: 1 });
    const byId = Object.fromEntries(e.failing.map((x: any) => [x.id, x]));
    expect(due.startsWith(`${FIRST_UNCOVERED_YEAR}-01-0`) && due <= uncoveredDate('01-05')).toBe(true);
    expect(byId.dec).toEqual({ id: 'dec', from: dec, deadline: `${due}T23:59:59.999+08:00`, done: `${uncoveredDate('01-08')}T10:00:00.000+08:00`, state: 'late', provisional: true });
    expect(byId.nov).toEqual({ id: 'nov', from: '2026-11-02', deadline: '2026-11-05T23:59:59.999+08:00', done: '2026-11-06T10:00:00.000+08:00', state: 'late' });
  });

  it('unpublished at the deadline instant is not yet due; 1 ms later it is overdue', () => {
    // Issued Fri 2026-11-20: due Wed 11-25 (11-23, 24, 25), deadline 2026-11-25T23:59:59.999+08:00.
    const pending = findingOf(snap({ publications: [doc('p', '2026-11-20', null)] }), R, '2026-11-25T23:59:59.999+08:00');
    expect(pending.status).toBe('not-applicable');
    expect(pending.message).toEqual({ zh: '1条政策文件尚未到期', en: '1 policy document(s) not yet due' });
    expect(pending.evidence).toMatchObject({ judged: 0, pending: 1 });
    const overdue = findingOf(snap({ publications: [doc('p', '2026-11-20', null)] }), R, '2026-11-26T00:00:00.000+08:00');
    expect(overdue.status).toBe('fail');
    expect((overdue.evidence as any).failing[0]).toMatchObject({ id: 'p', state: 'overdue', done: null });
  });

  it('one judged and one not yet due: the judged one decides (pass), the other is counted as pending', () => {
    const f = findingOf(snap({ publications: [doc('p', '2026-11-20', null), doc('ok', '2026-11-02', '2026-11-05T23:59:59.999+08:00')] }), R, '2026-11-24T12:00:00+08:00');
    expect(f.status).toBe('pass');
    expect(f.message.en).toBe('All 1 policy document(s) within the deadline');
    expect(f.evidence).toMatchObject({ judged: 1, onTime: 1, pending: 1 });
  });

  it('published exactly at the checkpoint is done (late), with its time', () => {
    const f = findingOf(snap({ publications: [doc('edge', '2026-11-02', AT)] }), R);
    expect(f.status).toBe('fail');
    expect((f.evidence as any).failing).toEqual([{ id: 'edge', from: '2026-11-02', deadline: '2026-11-05T23:59:59.999+08:00', done: '2026-11-25T12:00:00.000+08:00', state: 'late' }]);
  });
});

describe('combineStatuses', () => {
  it('any fail → fail; else any needs-input → needs-input; else any pass → pass; else not-applicable', () => {
    expect(combineStatuses(['pass', 'needs-input', 'not-applicable'])).toBe('needs-input');
    expect(combineStatuses(['needs-input'])).toBe('needs-input');
    expect(combineStatuses(['needs-input', 'fail', 'pass'])).toBe('fail');
    expect(combineStatuses(['not-applicable', 'pass'])).toBe('pass');
    expect(combineStatuses(['pass'])).toBe('pass');
    expect(combineStatuses(['not-applicable'])).toBe('not-applicable');
    expect(combineStatuses([])).toBe('not-applicable');
  });
});

/**
 * Publication timeliness through the shared tally: records that cannot be judged and why, records
 * after the checkpoint, the evidence counts and its cap of 20 examples. Working days from the
 * 2026 notice: 2026-11-02 (Mon) + 3 working days is 2026-11-05.
 */
describe('records that cannot be judged, records after the checkpoint, counts and the cap of 20 examples', () => {
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
});
