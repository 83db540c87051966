/**
 * The 2019 deduction checks (spec national-2019.md §1.3): windows and occurrences, and the points
 * the gov-2019 scorecard gives them through report.score.
 */
import { describe, expect, it } from 'vitest';
import { checkSite, type SnapshotInput } from '../../src/index.js';
import { AT, SITE } from '../checks/helpers.js';

const at = (iso: string) => ({ id: `i-${iso}`, publishedAt: iso });
const run = (extra: Record<string, unknown>, checkpoint = AT) =>
  checkSite({ schemaVersion: 1, site: SITE, ...extra } as SnapshotInput, { at: checkpoint, profile: 'census', scorecard: 'gov-2019' });
const find = (r: ReturnType<typeof run>, rule: string) => r.findings.find((f) => f.rule === rule);
const pointsOf = (r: ReturnType<typeof run>, id: string) => r.score?.indicators.find((i) => i.id === id)?.points;

describe('gov-2019/publish/policy-docs (6 months, −5 per first-level column)', () => {
  it('a first-level policy column whose last item is just over 6 months old is stale; one at 6 months is not', () => {
    // AT = 2026-11-25T12:00+08:00; 6 months before = 2026-05-25T12:00+08:00.
    const stale = run({ columns: [{ id: 'p', name: '政策文件', category: 'policy', level: 1, items: [at('2026-05-25T11:59:59+08:00')] }] });
    expect(find(stale, 'gov-2019/publish/policy-docs')?.status).toBe('fail');
    expect(pointsOf(stale, 'gov-2019/publish/policy-docs')).toBeNull(); // deducted, but the indicator max is UNKNOWN
    expect(stale.score?.missing).toContain('gov-2019/publish/policy-docs');
    const fresh = run({ columns: [{ id: 'p', name: '政策文件', category: 'policy', level: 1, items: [at('2026-05-25T12:00:00+08:00')] }] });
    expect(find(fresh, 'gov-2019/publish/policy-docs')?.status).toBe('pass');
    expect(pointsOf(fresh, 'gov-2019/publish/policy-docs')).toBe(0);
  });

  it('second-level columns do not count; a stale column without a level needs input', () => {
    expect(find(run({ columns: [{ id: 'p', name: '政策', category: 'policy', level: 2 }] }), 'gov-2019/publish/policy-docs')?.status).toBe('not-applicable');
    expect(find(run({ columns: [{ id: 'p', name: '政策', category: 'policy' }] }), 'gov-2019/publish/policy-docs')?.status).toBe('needs-input');
  });

  it('with a max supplied, two stale columns deduct 2 × 5 = 10', () => {
    const r = checkSite({ schemaVersion: 1, site: SITE, columns: [
      { id: 'p1', name: 'A', category: 'policy', level: 1 }, { id: 'p2', name: 'B', category: 'policy', level: 1 },
    ] } as SnapshotInput, { at: AT, profile: 'census', scorecard: { id: 'x', extends: 'gov-2019', indicators: { 'gov-2019/publish/policy-docs': { max: 31 } } } });
    expect(r.score?.indicators.find((i) => i.id === 'gov-2019/publish/policy-docs')?.points).toBe(10);
  });
});

describe('gov-2019/service/service-stats (3 months) and gov-2019/interact/message-disclosure (2 months)', () => {
  const cols = [
    { id: 'st', name: '办事统计', category: 'other', items: [at('2026-08-25T12:00:00+08:00')] },
    { id: 'ly', name: '留言选登', category: 'interaction', items: [at('2026-09-25T11:59:59+08:00')] },
  ];
  it('updated exactly 3 months before passes; a message list last updated just over 2 months before fails', () => {
    const r = run({ columns: cols, facts: { columnRoles: { serviceStatistics: ['st'], messageDisclosure: ['ly'] } } });
    expect(find(r, 'gov-2019/service/service-stats')?.status).toBe('pass');
    expect(find(r, 'gov-2019/interact/message-disclosure')?.status).toBe('fail');
    expect(find(r, 'gov-2019/interact/message-disclosure')?.evidence.occurrences).toEqual({ stale: 1 });
  });

  it('which columns they are must be said; an unknown id needs input; no such column is its own occurrence', () => {
    expect(find(run({ columns: cols }), 'gov-2019/service/service-stats')?.status).toBe('needs-input');
    expect(find(run({ columns: cols, facts: { columnRoles: { serviceStatistics: ['nope'] } } }), 'gov-2019/service/service-stats')?.status).toBe('needs-input');
    const none = run({ columns: cols, facts: { columnRoles: { serviceStatistics: [] } } });
    expect(find(none, 'gov-2019/service/service-stats')?.evidence.occurrences).toEqual({ 'no-column': 1 });
    // The scorecard prices only the observed "stale" case: no column is a missing number, not −2.
    expect(none.score?.indicators.find((i) => i.id === 'gov-2019/service/service-stats')).toMatchObject({ state: 'missing', reason: 'points' });
  });
});

describe('gov-2019/publish/leader-info (−2 no column, −1 per item)', () => {
  it('reports its occurrences', () => {
    expect(find(run({ facts: { leaderInfo: { column: false } } }), 'gov-2019/publish/leader-info')?.evidence.occurrences).toEqual({ 'no-column': 1 });
    const r = run({ facts: { leaderInfo: { column: true, problems: [{ item: '简历', kind: 'missing' }, { item: '分工', kind: 'inaccurate' }] } } });
    expect(find(r, 'gov-2019/publish/leader-info')).toMatchObject({ status: 'fail', evidence: { occurrences: { item: 2 } } });
    expect(find(run({ facts: { leaderInfo: { column: true } } }), 'gov-2019/publish/leader-info')?.status).toBe('needs-input');
    expect(find(run({ facts: { leaderInfo: { column: true, problems: [] } } }), 'gov-2019/publish/leader-info')?.status).toBe('pass');
  });

  it('with a max supplied: no column −2, two items −2, capped at the max', () => {
    const sc = (max: number) => ({ id: 'x', extends: 'gov-2019' as const, indicators: { 'gov-2019/publish/leader-info': { max } } });
    const score = (facts: unknown, max = 4) => checkSite({ schemaVersion: 1, site: SITE, facts } as SnapshotInput, { at: AT, profile: 'census', scorecard: sc(max) })
      .score?.indicators.find((i) => i.id === 'gov-2019/publish/leader-info')?.points;
    expect(score({ leaderInfo: { column: false } })).toBe(2);
    const three = { leaderInfo: { column: true, problems: [{ item: 'a', kind: 'missing' }, { item: 'b', kind: 'missing' }, { item: 'c', kind: 'missing' }] } };
    expect(score(three)).toBe(3);
    expect(score(three, 2)).toBe(2);
  });
});

describe('gov-2019/publish/interpretation-link (−1)', () => {
  const pub = (id: string, linked?: boolean) => ({ id, kind: 'interpretation', interprets: 'doc', publishedAt: '2026-10-09T10:00:00+08:00', ...(linked === undefined ? {} : { linked }) });
  it('counts interpretations not cross-linked; an unknown link needs input', () => {
    expect(find(run({ publications: [pub('a', false), pub('b', true), pub('c', false)] }), 'gov-2019/publish/interpretation-link'))
      .toMatchObject({ status: 'fail', evidence: { occurrences: { unlinked: 2 } } });
    expect(find(run({ publications: [pub('a', false), pub('b')] }), 'gov-2019/publish/interpretation-link')?.status).toBe('needs-input');
    expect(find(run({ publications: [] }), 'gov-2019/publish/interpretation-link')?.status).toBe('not-applicable');
  });
});

describe('gov-2019/interact/reply-handling (simple questions within 5 working days)', () => {
  // Received Friday 2026-11-13: 5 working days → Friday 2026-11-20 (official calendar: no holiday between).
  const msg = (repliedAt: string | null, extra: Record<string, unknown> = {}) => ({ id: 'm', channel: 'consultation', receivedAt: '2026-11-13T09:00:00+08:00', repliedAt, ...extra });
  it('answered on the 5th working day is on time; the day after is late', () => {
    expect(find(run({ messages: [msg('2026-11-20T23:59:59+08:00')] }), 'gov-2019/interact/reply-handling')?.status).toBe('pass');
    const late = run({ messages: [msg('2026-11-21T00:00:00+08:00')] });
    expect(find(late, 'gov-2019/interact/reply-handling')).toMatchObject({ status: 'fail', evidence: { occurrences: { late: 1 } } });
    // Its points are UNKNOWN: the score says so.
    expect(late.score?.indicators.find((i) => i.id === 'gov-2019/interact/reply-handling')).toMatchObject({ state: 'missing', reason: 'points' });
  });

  it('complex questions and other channels are not judged; before 2019-04-18 is outside the indicators', () => {
    expect(find(run({ messages: [msg(null, { complex: true })] }), 'gov-2019/interact/reply-handling')?.status).toBe('not-applicable');
    expect(find(run({ messages: [msg(null, { channel: 'opinion' })] }), 'gov-2019/interact/reply-handling')?.status).toBe('not-applicable');
    const old = run({ messages: [{ id: 'o', channel: 'consultation', receivedAt: '2019-04-17T09:00:00+08:00', repliedAt: null }] });
    expect(find(old, 'gov-2019/interact/reply-handling')?.evidence.beforeInForce).toBe(1);
  });
});

describe('the 4/3 rescale through checkSite (site.externalServices: false)', () => {
  it('leaves the service indicators out', () => {
    const r = checkSite({ schemaVersion: 1, site: { ...SITE, externalServices: false } } as SnapshotInput, { at: AT, profile: 'census', scorecard: 'gov-2019' });
    expect(r.score?.indicators.filter((i) => i.group === 'gov-2019/service').every((i) => i.state === 'excluded')).toBe(true);
    expect(r.score?.missing.some((m) => m.startsWith('gov-2019/service/'))).toBe(false);
  });
});
