/**
 * The shared deadline tally (publication timeliness) where its records cannot be judged — no
 * working-day data for the deadline's year; a trigger before the rule took effect is outside it — its evidence
 * caps, provisional deadlines and an act exactly at the checkpoint; the lifecycle findings'
 * exact wording, evidence and checkpoint-day edges; and how sub-results combine into one status.
 *
 * Calendar facts: a policy document issued 2026-11-02 (Monday) is due 2026-11-05; one issued
 * 2026-12-30 is due 2027-01-05 by the holiday law (12-31, then 2027-01-01 New Year's Day and a
 * weekend, then 01-04, 01-05); the official calendar ends 2026-12-31. The Deyang measures took
 * effect on 2018-01-25.
 */
import { describe, expect, it } from 'vitest';
import { checkSite, defaultCalendar } from '../../src/index.js';
import { combineStatuses } from '../../src/checks/report.js';
import { AT, findingOf, snap } from './helpers.js';

const R = 'deyang-2018/art24-policy-document';
const doc = (id: string, triggeredAt: string | undefined, publishedAt: string | null) => ({ id, kind: 'policy-document', ...(triggeredAt === undefined ? {} : { triggeredAt }), publishedAt });

describe('records the tally cannot judge', () => {
  it('a deadline in a year the calendar lacks: needs input naming the year, the rest still judged', () => {
    const f = findingOf(snap({ publications: [doc('late-dec', '2026-12-30', null), doc('ok', '2026-11-02', '2026-11-04T10:00:00+08:00')] }), R, '2026-12-31T12:00:00+08:00');
    expect(f.status).toBe('needs-input');
    expect(f.message).toEqual({ zh: '1条政策文件无法判断', en: '1 policy document(s) cannot be judged' });
    const e = f.evidence as any;
    expect(e.needsInput).toEqual([{ id: 'late-dec', triggeredAt: '2026-12-30', problem: 'no working-day data for 2027', missingYear: 2027 }]);
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
    const calendar = defaultCalendar.provisional({ through: 2027 });
    const s = snap({ publications: [doc('dec', '2026-12-30', '2027-01-08T10:00:00+08:00'), doc('nov', '2026-11-02', '2026-11-06T10:00:00+08:00')] });
    const f = checkSite(s, { at: '2027-01-10T12:00:00+08:00', calendar }).findings.find((x) => x.rule === R)!;
    expect(f.status).toBe('fail');
    const e = f.evidence as any;
    expect(e).toMatchObject({ judged: 2, lateOrOverdue: 2, provisionalDeadlines: 1 });
    const byId = Object.fromEntries(e.failing.map((x: any) => [x.id, x]));
    expect(byId.dec).toEqual({ id: 'dec', from: '2026-12-30', deadline: '2027-01-05T23:59:59.999+08:00', done: '2027-01-08T10:00:00.000+08:00', state: 'late', provisional: true });
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

describe('art14-go-live wording', () => {
  const R14 = 'deyang-2018/art14-go-live';
  it('needs input: the Chinese message names each missing facts field', () => {
    const f = findingOf(snap({ facts: { siteIdentifierCode: 'x' } }), R14);
    expect(f.status).toBe('needs-input');
    expect(f.message.zh).toBe('快照未提供：facts.securityTestPassed、facts.openingAnnounced');
  });
  it('pass: both messages', () => {
    const f = findingOf(snap({ facts: { siteIdentifierCode: '5106000001', securityTestPassed: true, openingAnnounced: true } }), R14);
    expect(f.status).toBe('pass');
    expect(f.message).toEqual({ zh: '有网站标识码，已通过安全检测，已公告开通', en: 'Has its identifier code, passed the security test, opening announced' });
  });
});

describe('art17-change-filing', () => {
  const R17 = 'deyang-2018/art17-change-filing';
  const change = (kind: string, changedAt: string, filedAt?: string | null, announcedOnSite?: boolean) => ({
    kind, changedAt, ...(filedAt === undefined ? {} : { filedAt }), ...(announcedOnSite === undefined ? {} : { announcedOnSite }),
  });
  const run = (changes: unknown[]) => findingOf(snap({ facts: { changes } }), R17);

  it('a filed domain change not announced: fails with the filing date and the problem', () => {
    const f = run([change('domain', '2026-10-01', '2026-10-02', false)]);
    expect(f.status).toBe('fail');
    expect(f.message).toEqual({ zh: '1项变更未按规定备案或公告', en: '1 change(s) not filed or announced' });
    expect((f.evidence as any).details).toEqual([{ kind: 'domain', changedOn: '2026-10-01', filedOn: '2026-10-02', problems: ['domain change not announced on the site'] }]);
  });

  it('a domain change silent on the announcement: needs input, in both languages', () => {
    const f = run([change('domain', '2026-10-01', '2026-10-02')]);
    expect(f.status).toBe('needs-input');
    expect(f.message).toEqual({ zh: '域名变更未说明是否已在网站公告（announcedOnSite）', en: 'A domain change does not say whether it was announced on the site (announcedOnSite)' });
  });

  it('all filed: the Chinese message counts them', () => {
    const f = run([change('contact', '2026-10-01', '2026-10-02'), change('sponsor', '2026-10-03', '2026-10-05')]);
    expect(f.status).toBe('pass');
    expect(f.message.zh).toBe('2项变更均已备案');
  });

  it('a change on the checkpoint day is seen, and a filing on that day counts', () => {
    const filed = run([change('contact', '2026-11-25', '2026-11-25')]);
    expect(filed.status).toBe('pass');
    expect(filed.evidence).toMatchObject({ changes: 1, failing: 0 });
    const unfiled = run([change('contact', '2026-11-25', null)]);
    expect(unfiled.status).toBe('fail');
  });

  it('lists at most 20 failing changes while counting them all', () => {
    const f = run(Array.from({ length: 21 }, (_, i) => change('contact', `2026-10-${String(i + 1).padStart(2, '0')}`, null)));
    expect(f.status).toBe('fail');
    expect(f.message.en).toBe('21 change(s) not filed or announced');
    const e = f.evidence as any;
    expect(e).toMatchObject({ changes: 21, failing: 21 });
    expect(e.details).toHaveLength(20);
    expect(e.details[19]).toMatchObject({ changedOn: '2026-10-20', filedOn: null });
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
