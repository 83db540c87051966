/**
 * Deyang site rules: publication timeliness, replies, incidents (deadlines from the catalog, dates
 * from the spec or the chinese-days oracle), three-stage and prior review, take-downs, links,
 * quarterly reports, lifecycle, and the cross-site inventory.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInventory, deriveProfile, deyang2018Profile } from '../../src/index.js';
import { oracleAddWorkdays } from '../calendar/oracle.js';
import { AT, bj, DAY, HOUR, snap, statusOf, findingOf } from './helpers.js';
import { FIRST_UNCOVERED_YEAR, lastCoveredDate, uncoveredDate } from '../coverage-year.js';

const endOf = (date: string) => `${date}T23:59:59.999+08:00`;
const nextMs = (date: string) => `${date}T23:59:59.999+07:59`; // 1 minute later than endOf… use explicit ms below instead
void nextMs;
const afterEnd = (date: string) => bj(Date.parse(endOf(date)) + 1);
const OK_REVIEWS = (publishedAt: string) => {
  const t = Date.parse(publishedAt);
  return [
    { stage: 'initial', by: '张三', at: bj(t - 3 * HOUR), approved: true },
    { stage: 'verify', by: '李四', at: bj(t - 2 * HOUR), approved: true },
    { stage: 'release', by: '王五', at: bj(t - HOUR), approved: true },
  ];
};
const pub = (kind: string, triggeredAt: string, publishedAt: string | null, extra: Record<string, unknown> = {}) => ({
  id: 'p1', kind, triggeredAt, publishedAt,
  reviews: publishedAt ? OK_REVIEWS(publishedAt) : [],
  confidentialityReviewedAt: publishedAt ? bj(Date.parse(publishedAt) - 4 * HOUR) : null,
  ...extra,
});

describe('publication timeliness (Art. 24)', () => {
  const R = 'deyang-2018/art24-policy-document';
  it('policy document issued 2026-09-30: due 2026-10-10 (spec example), last ms passes, next ms fails', () => {
    expect(statusOf(snap({ publications: [pub('policy-document', '2026-09-30', endOf('2026-10-10'))] }), R)).toBe('pass');
    expect(statusOf(snap({ publications: [pub('policy-document', '2026-09-30', afterEnd('2026-10-10'))] }), R)).toBe('fail');
  });
  it('not yet published: overdue after the deadline, pending (not-applicable) before it', () => {
    expect(statusOf(snap({ publications: [pub('policy-document', '2026-09-30', null)] }), R)).toBe('fail');
    expect(statusOf(snap({ publications: [pub('policy-document', '2026-09-30', null)] }), R, endOf('2026-10-10'))).toBe('not-applicable');
  });
  it('interpretation: 3 working days after the document (oracle)', () => {
    const due = oracleAddWorkdays('2026-04-30', 3); // over the May Day holiday
    const I = 'deyang-2018/art24-interpretation';
    expect(statusOf(snap({ publications: [pub('interpretation', '2026-04-30T15:00:00+08:00', endOf(due))] }), I)).toBe('pass');
    expect(statusOf(snap({ publications: [pub('interpretation', '2026-04-30T15:00:00+08:00', afterEnd(due))] }), I)).toBe('fail');
  });
  it('proactive: 20 working days (oracle)', () => {
    const due = oracleAddWorkdays('2026-09-15', 20);
    const P = 'deyang-2018/art24-proactive';
    expect(statusOf(snap({ publications: [pub('proactive', '2026-09-15', endOf(due))] }), P)).toBe('pass');
    expect(statusOf(snap({ publications: [pub('proactive', '2026-09-15', afterEnd(due))] }), P)).toBe('fail');
  });
  it('activity: 24 hours after the end instant, exact; a bare date needs input', () => {
    const A = 'deyang-2018/art24-activity';
    expect(statusOf(snap({ publications: [pub('activity', '2026-11-02T17:30:00+08:00', '2026-11-03T17:30:00+08:00')] }), A)).toBe('pass');
    expect(statusOf(snap({ publications: [pub('activity', '2026-11-02T17:30:00+08:00', '2026-11-03T17:30:00.001+08:00')] }), A)).toBe('fail');
    expect(statusOf(snap({ publications: [pub('activity', '2026-11-02', '2026-11-02T20:00:00+08:00')] }), A)).toBe('needs-input');
  });
  it('beyond the calendar: needs-input naming the year, never a guess', () => {
    const f = findingOf(snap({ publications: [pub('proactive', lastCoveredDate('12-20'), null)] }), 'deyang-2018/art24-proactive', `${uncoveredDate('03-01')}T00:00:00+08:00`);
    expect(f.status).toBe('needs-input');
    expect(JSON.stringify(f.evidence)).toContain(String(FIRST_UNCOVERED_YEAR));
  });
  it('property: publishing earlier never turns a pass into a fail', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 * DAY }), fc.integer({ min: 0, max: 60 * DAY }), (a, b) => {
        const t = Date.parse('2026-09-01T00:00:00+08:00');
        const late = statusOf(snap({ publications: [pub('proactive', '2026-09-01', bj(t + Math.max(a, b)))] }), 'deyang-2018/art24-proactive');
        const early = statusOf(snap({ publications: [pub('proactive', '2026-09-01', bj(t + Math.min(a, b)))] }), 'deyang-2018/art24-proactive');
        if (late === 'pass') expect(early).toBe('pass');
      }),
      { numRuns: 200 },
    );
  });
});

describe('art24-three-review: 初审 → 审核 → 审发, approved, in order, before publication, three people', () => {
  const R = 'deyang-2018/art24-three-review';
  const P = '2026-11-20T10:00:00+08:00';
  const rv = (stage: string, by: string, at: string, approved = true) => ({ stage, by, at, approved });
  const with_ = (reviews: unknown) => snap({ publications: [{ id: 'p', kind: 'other', publishedAt: P, reviews, confidentialityReviewedAt: P }] });
  it('release exactly at publication passes; 1 ms after fails', () => {
    expect(statusOf(with_([rv('initial', 'a', '2026-11-20T08:00:00+08:00'), rv('verify', 'b', '2026-11-20T09:00:00+08:00'), rv('release', 'c', P)]), R)).toBe('pass');
    expect(statusOf(with_([rv('initial', 'a', '2026-11-20T08:00:00+08:00'), rv('verify', 'b', '2026-11-20T09:00:00+08:00'), rv('release', 'c', '2026-11-20T10:00:00.001+08:00')]), R)).toBe('fail');
  });
  it('wrong order, a missing or unapproved stage, or two people fail', () => {
    expect(statusOf(with_([rv('initial', 'a', '2026-11-20T09:00:00+08:00'), rv('verify', 'b', '2026-11-20T08:00:00+08:00'), rv('release', 'c', P)]), R)).toBe('fail');
    expect(statusOf(with_([rv('initial', 'a', '2026-11-20T08:00:00+08:00'), rv('release', 'c', P)]), R)).toBe('fail');
    expect(statusOf(with_([rv('initial', 'a', '2026-11-20T08:00:00+08:00'), rv('verify', 'b', '2026-11-20T09:00:00+08:00', false), rv('release', 'c', P)]), R)).toBe('fail');
    expect(statusOf(with_([rv('initial', 'a', '2026-11-20T08:00:00+08:00'), rv('verify', 'a', '2026-11-20T09:00:00+08:00'), rv('release', 'c', P)]), R)).toBe('fail');
  });
  it('the relaxed option accepts two people', () => {
    const two = deriveProfile(deyang2018Profile, { id: 'two', rules: { [R]: { minDistinctReviewers: 2 } } });
    const reviews = [rv('initial', 'a', '2026-11-20T08:00:00+08:00'), rv('verify', 'a', '2026-11-20T09:00:00+08:00'), rv('release', 'c', P)];
    expect(statusOf(with_(reviews), R, AT, two)).toBe('pass');
    expect(statusOf(with_([rv('initial', 'a', '2026-11-20T08:00:00+08:00'), rv('verify', 'a', '2026-11-20T09:00:00+08:00'), rv('release', 'a', P)]), R, AT, two)).toBe('fail');
  });
  it('no trail recorded: needs-input; an empty trail: fail', () => {
    expect(statusOf(snap({ publications: [{ id: 'p', kind: 'other', publishedAt: P }] }), R)).toBe('needs-input');
    expect(statusOf(with_([]), R)).toBe('fail');
  });
});

describe('art27-prior-review: reviewed and confidentiality-reviewed before publication', () => {
  const R = 'deyang-2018/art27-prior-review';
  const P = '2026-11-20T10:00:00+08:00';
  const p = (confidentialityReviewedAt: string | null, reviews: unknown[] = [{ stage: 'release', by: 'c', at: P, approved: true }]) =>
    snap({ publications: [{ id: 'p', kind: 'other', publishedAt: P, reviews, confidentialityReviewedAt }] });
  it('confidentiality review at publication passes, 1 ms after fails, none fails', () => {
    expect(statusOf(p(P), R)).toBe('pass');
    expect(statusOf(p('2026-11-20T10:00:00.001+08:00'), R)).toBe('fail');
    expect(statusOf(p(null), R)).toBe('fail');
  });
  it('published without any approved review fails', () => {
    expect(statusOf(p(P, []), R)).toBe('fail');
    expect(statusOf(p(P, [{ stage: 'release', by: 'c', at: P, approved: false }]), R)).toBe('fail');
  });
});

describe('replies to the public', () => {
  const msg = (channel: string, receivedAt: string, repliedAt: string | null, extra: Record<string, unknown> = {}) => ({ id: 'm', channel, receivedAt, repliedAt, valid: true, handlingPublished: true, ...extra });
  it('art33: received on the 2026-10-01 holiday → 3 working days → 2026-10-10 (spec example)', () => {
    const R = 'deyang-2018/art33-error-correction';
    expect(statusOf(snap({ messages: [msg('error-report', '2026-10-01T09:00:00+08:00', endOf('2026-10-10'))] }), R)).toBe('pass');
    expect(statusOf(snap({ messages: [msg('error-report', '2026-10-01T09:00:00+08:00', afterEnd('2026-10-10'))] }), R)).toBe('fail');
  });
  it('art33: handling not published fails unless the report is untrue', () => {
    const R = 'deyang-2018/art33-error-correction';
    expect(statusOf(snap({ messages: [msg('error-report', '2026-11-02T09:00:00+08:00', '2026-11-03T09:00:00+08:00', { handlingPublished: false })] }), R)).toBe('fail');
    expect(statusOf(snap({ messages: [msg('error-report', '2026-11-02T09:00:00+08:00', '2026-11-03T09:00:00+08:00', { handlingPublished: false, untrue: true })] }), R)).toBe('pass');
    expect(statusOf(snap({ messages: [msg('error-report', '2026-11-02T09:00:00+08:00', '2026-11-03T09:00:00+08:00', { handlingPublished: undefined })] }), R)).toBe('needs-input');
  });
  it('art25: 7 working days, 15 if complex (oracle)', () => {
    const R = 'deyang-2018/art25-opinion-feedback';
    const d7 = oracleAddWorkdays('2026-09-28', 7);
    const d15 = oracleAddWorkdays('2026-09-28', 15);
    expect(statusOf(snap({ messages: [msg('opinion', '2026-09-28T10:00:00+08:00', endOf(d7))] }), R)).toBe('pass');
    expect(statusOf(snap({ messages: [msg('opinion', '2026-09-28T10:00:00+08:00', afterEnd(d7))] }), R)).toBe('fail');
    expect(statusOf(snap({ messages: [msg('opinion', '2026-09-28T10:00:00+08:00', afterEnd(d7), { complex: true })] }), R)).toBe('pass');
    expect(statusOf(snap({ messages: [msg('opinion', '2026-09-28T10:00:00+08:00', endOf(d15), { complex: true })] }), R)).toBe('pass');
    expect(statusOf(snap({ messages: [msg('opinion', '2026-09-28T10:00:00+08:00', afterEnd(d15), { complex: true })] }), R)).toBe('fail');
  });
});

describe('art29-incident-report: major incidents within 24 hours', () => {
  const R = 'deyang-2018/art29-incident-report';
  const inc = (reportedAt: string | null, major = true) => snap({ incidents: [{ id: 'i', occurredAt: '2026-11-01T22:15:00+08:00', major, reportedAt }] });
  it('exactly 24 h passes, 24 h + 1 ms fails, unreported after 24 h fails, minor incidents are not judged', () => {
    expect(statusOf(inc('2026-11-02T22:15:00+08:00'), R)).toBe('pass');
    expect(statusOf(inc('2026-11-02T22:15:00.001+08:00'), R)).toBe('fail');
    expect(statusOf(inc(null), R)).toBe('fail');
    expect(statusOf(inc(null, false), R)).toBe('not-applicable');
    expect(statusOf(inc(null), R, '2026-11-02T22:15:00+08:00')).toBe('not-applicable');
  });
});

describe('art16-temporary-offline', () => {
  const R = 'deyang-2018/art16-temporary-offline';
  const o = (reason: string, approved: boolean | undefined, noticePosted: boolean | undefined, start = '2026-06-01T00:00:00+08:00', end = '2026-06-03T00:00:00+08:00') => ({ id: `o-${reason}`, start, end, reason, approved, noticePosted });
  it('an unapproved or un-noticed take-down fails', () => {
    expect(statusOf(snap({ outages: [o('rectification', false, true)] }), R)).toBe('fail');
    expect(statusOf(snap({ outages: [o('rectification', true, false)] }), R)).toBe('fail');
  });
  it('force majeure and ordered shutdowns are not counted', () => {
    expect(statusOf(snap({ outages: [o('force-majeure', false, false), o('ordered-shutdown', false, false)] }), R)).toBe('not-applicable');
  });
  it('the count and length limits are missing from the source: needs-input until a profile supplies them', () => {
    expect(statusOf(snap({ outages: [o('rectification', true, true)] }), R)).toBe('needs-input');
    const p = deriveProfile(deyang2018Profile, { id: 'x', rules: { [R]: { maxTakedownsPerYear: 1, maxTakedownDays: 2 } } });
    expect(statusOf(snap({ outages: [o('rectification', true, true)] }), R, AT, p)).toBe('pass'); // exactly 2 days
    expect(statusOf(snap({ outages: [o('rectification', true, true, '2026-06-01T00:00:00+08:00', '2026-06-03T00:00:00.001+08:00')] }), R, AT, p)).toBe('fail');
    const two = [o('rectification', true, true), { ...o('rectification', true, true, '2026-07-01T00:00:00+08:00', '2026-07-01T10:00:00+08:00'), id: 'o2' }];
    expect(statusOf(snap({ outages: two }), R, AT, p)).toBe('fail');
    expect(statusOf(snap({ outages: [o('force-majeure', true, true), ...two.slice(0, 1)] }), R, AT, p)).toBe('pass');
  });
});

describe('art28-links', () => {
  const R = 'deyang-2018/art28-links';
  it('any commercial or illegal link fails', () => {
    expect(statusOf(snap({ links: [{ url: 'https://www.gov.cn', kind: 'government' }] }), R)).toBe('pass');
    expect(statusOf(snap({ links: [{ url: 'https://www.gov.cn', kind: 'government' }, { url: 'https://shop.example', kind: 'commercial' }] }), R)).toBe('fail');
    expect(statusOf(snap({ links: [{ url: 'http://bad.example', kind: 'illegal' }] }), R)).toBe('fail');
  });
});

describe('art32-self-inspection: each quarter by the 15th of its second month (inclusive)', () => {
  const R = 'deyang-2018/art32-self-inspection';
  const rep = (period: string, submittedAt: string) => ({ kind: 'self-inspection', period, submittedAt });
  it('Q3 due 2026-08-15: the last ms passes, the next fails', () => {
    const at = '2026-09-01T00:00:00+08:00';
    const earlier = [rep('2025Q4', '2025-11-01T09:00:00+08:00'), rep('2026Q1', '2026-02-01T09:00:00+08:00'), rep('2026Q2', '2026-05-01T09:00:00+08:00')];
    expect(statusOf(snap({ reports: [...earlier, rep('2026Q3', endOf('2026-08-15'))] }), R, at)).toBe('pass');
    expect(statusOf(snap({ reports: [...earlier, rep('2026Q3', afterEnd('2026-08-15'))] }), R, at)).toBe('fail');
  });
  it('a quarter not yet due is pending; missing after its due date fails', () => {
    const reports = [rep('2025Q4', '2025-11-01T09:00:00+08:00'), rep('2026Q1', '2026-02-01T09:00:00+08:00'), rep('2026Q2', '2026-05-01T09:00:00+08:00')];
    expect(statusOf(snap({ reports }), R, endOf('2026-08-15'))).toBe('pass');
    expect(statusOf(snap({ reports }), R, afterEnd('2026-08-15'))).toBe('fail');
  });
});

describe('art14-go-live and art17-change-filing', () => {
  it('go-live: all three facts true pass; any false fails; missing needs input', () => {
    const R = 'deyang-2018/art14-go-live';
    const f = { siteIdentifierCode: '5106000001', securityTestPassed: true, openingAnnounced: true };
    expect(statusOf(snap({ facts: f }), R)).toBe('pass');
    expect(statusOf(snap({ facts: { ...f, securityTestPassed: false } }), R)).toBe('fail');
    expect(statusOf(snap({ facts: { ...f, siteIdentifierCode: null } }), R)).toBe('fail');
    expect(statusOf(snap({ facts: { securityTestPassed: true } }), R)).toBe('needs-input');
  });
  it('change filing: unfiled fails; a domain change must be announced on the site', () => {
    const R = 'deyang-2018/art17-change-filing';
    expect(statusOf(snap({ facts: { changes: [{ kind: 'contact', changedAt: '2026-03-01', filedAt: '2026-03-05' }] } }), R)).toBe('pass');
    expect(statusOf(snap({ facts: { changes: [{ kind: 'contact', changedAt: '2026-03-01' }] } }), R)).toBe('fail');
    expect(statusOf(snap({ facts: { changes: [{ kind: 'domain', changedAt: '2026-03-01', filedAt: '2026-03-02', announcedOnSite: false }] } }), R)).toBe('fail');
    const p = deriveProfile(deyang2018Profile, { id: 'x', rules: { [R]: { filingWithinDays: 4 } } });
    expect(statusOf(snap({ facts: { changes: [{ kind: 'contact', changedAt: '2026-03-01', filedAt: '2026-03-05' }] } }), R, AT, p)).toBe('pass');
    expect(statusOf(snap({ facts: { changes: [{ kind: 'contact', changedAt: '2026-03-01', filedAt: '2026-03-06' }] } }), R, AT, p)).toBe('fail');
  });
});

describe('checkInventory (art10-consolidation)', () => {
  const s = (id: string, kind: string, level: string, department?: string) => ({ schemaVersion: 1, site: { id, name: id, kind, level, department } });
  it('one site per city department passes; two fail; county departments and townships fail', () => {
    expect(checkInventory([s('portal', 'portal', 'city'), s('a', 'department', 'city', '市教育局'), s('b', 'department', 'city', '市财政局'), s('c', 'portal', 'county')]).status).toBe('pass');
    expect(checkInventory([s('a', 'department', 'city', '市教育局'), s('b', 'special', 'city', '市教育局')]).status).toBe('fail');
    expect(checkInventory([s('x', 'department', 'county', '旌阳区教育局')]).status).toBe('fail');
    expect(checkInventory([s('t', 'portal', 'township')]).status).toBe('fail');
  });
  it('invalid input names the snapshot', () => {
    expect(() => checkInventory([s('a', 'department', 'city', 'x'), { schemaVersion: 1, site: { id: 'b' } }])).toThrow(/snapshots\[1\]\.site/);
  });
});
