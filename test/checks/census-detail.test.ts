/**
 * What each census veto finding says: the counts in its message and the evidence an auditor reads
 * (windows, thresholds, the items behind a fail). Statuses at the thresholds are in census.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { deriveProfile } from '../../src/index.js';
import { AT, AT_MS, bj, DAY, findingOf, snap, LEGACY_CENSUS } from './helpers.js';

const run = (extra: Record<string, unknown>, rule: string, profile: any = 'census') => findingOf(snap(extra), rule, AT, profile);
const sameInstant = (text: unknown, ms: number) => expect(Date.parse(text as string)).toBe(ms);

describe('census/site-unreachable', () => {
  const R = 'census/site-unreachable';
  const probes = (n: number, failed: number) =>
    Array.from({ length: n }, (_, i) => ({ at: bj(AT_MS - 7 * DAY + Math.floor((i * 7 * DAY) / n)), ok: i >= failed }));

  it('a fail counts the failed probes, lists when, and gives the window and ratio', () => {
    const f = run({ probes: probes(140, 7) }, R);
    expect(f.status).toBe('fail');
    expect(f.message.en).toBe('7 of 140 probes failed: at least 5%');
    expect(f.message.zh).toContain('140次探测中7次无法访问');
    const e = f.evidence as any;
    expect(e).toMatchObject({ probes: 140, failed: 7, ratio: 0.05, failRatio: 0.05, minProbes: 140 });
    expect(e.failedAt).toHaveLength(7);
    sameInstant(e.failedAt[0], AT_MS - 7 * DAY);
    sameInstant(e.window.from, AT_MS - 7 * DAY);
    sameInstant(e.window.to, AT_MS);
  });

  it('a pass says how many failed, below the ratio', () => {
    const f = run({ probes: probes(140, 6) }, R);
    expect(f.status).toBe('pass');
    expect(f.message.en).toBe('6 of 140 probes failed: below 5%');
    expect(f.message.zh).toContain('低于5%');
  });

  it('too few probes: needs input naming the count and the minimum; probes after the checkpoint are ignored', () => {
    const late = Array.from({ length: 50 }, (_, i) => ({ at: bj(AT_MS + 1 + i), ok: false }));
    const f = run({ probes: [...probes(100, 0), ...late] }, R);
    expect(f.status).toBe('needs-input');
    expect(f.message.en).toContain('Only 100 probe(s)');
    expect(f.message.en).toContain('at least 140');
    expect(f.message.zh).toContain('少于普查要求的140次');
    expect((f.evidence as any).failed).toBe(0);
  });

  it('the list of failures is capped at 20 examples, the count is not', () => {
    const f = run({ probes: probes(140, 30) }, R);
    expect((f.evidence as any).failed).toBe(30);
    expect((f.evidence as any).failedAt).toHaveLength(20);
  });
});

describe('census/homepage-stale', () => {
  const R = 'census/homepage-stale';
  const home = (t: number) => ({ id: 'home', name: '首页', category: 'homepage', items: [{ id: 'h1', publishedAt: bj(t) }] });
  it('messages name the two weeks; evidence names the homepage columns and their last update', () => {
    const fail = run({ columns: [home(AT_MS - 15 * DAY)] }, R);
    expect(fail.message.en).toContain('No new dated homepage item');
    const e = fail.evidence as any;
    expect(e.homepageColumns).toHaveLength(1);
    expect(e.homepageColumns[0]).toMatchObject({ id: 'home', name: '首页', category: 'homepage' });
    sameInstant(e.homepageColumns[0].lastUpdate, AT_MS - 15 * DAY);
    sameInstant(e.window.from, AT_MS - 14 * DAY);
    const pass = run({ columns: [home(AT_MS - DAY)] }, R);
    expect(pass.status).toBe('pass');
    expect(pass.message.en).toContain('updated within');
  });
  it('an item after the checkpoint is not an update', () => {
    expect(run({ columns: [home(AT_MS + 1)] }, R).status).toBe('fail');
  });
});

describe('census/blank-columns', () => {
  const R = 'census/blank-columns';
  const blank = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: `栏目${id}`, category: 'news', items: [], ...extra });
  it('the message counts the blank columns against the threshold; the evidence lists them', () => {
    const f = run({ columns: ['a', 'b', 'c', 'd', 'e'].map((x) => blank(x)) }, R);
    expect(f.status).toBe('fail');
    expect(f.message.en).toContain('5 columns');
    expect(f.message.zh).toContain('5个栏目自开设以来无内容，达到5个');
    expect(f.evidence).toMatchObject({ threshold: 5, columns: 5, blank: 5 });
    expect((f.evidence as any).blankColumns[0]).toEqual({ id: 'a', name: '栏目a' });
    const p = run({ columns: ['a', 'b'].map((x) => blank(x)) }, R);
    expect(p.status).toBe('pass');
    expect(p.message.en).toBe('2 blank column(s): fewer than 5');
  });
  it('a column opened after the checkpoint is not counted; none open: not applicable', () => {
    const future = { openedOn: '2026-12-01' };
    const f = run({ columns: ['a', 'b', 'c', 'd', 'e'].map((x) => blank(x, future)) }, R);
    expect(f.status).toBe('not-applicable');
    expect(f.message.en).toBe('No open column');
  });
});

describe('census/interaction-unanswered', () => {
  const R = 'census/interaction-unanswered';
  const msg = (id: string, receivedAt: string, repliedAt: string | null) => ({ id, channel: 'consultation', receivedAt, repliedAt, valid: true });
  it('a fail counts the late messages and lists each with its limit', () => {
    const f = run({ facts: { consultationChannel: true }, messages: [msg('late', '2026-06-01T09:00:00+08:00', null), msg('ok', '2026-11-01T09:00:00+08:00', null)] }, R);
    expect(f.status).toBe('fail');
    expect(f.message.en).toContain('1 valid message(s) left unanswered for more than');
    expect(f.message.zh).toContain('1条有效留言超过');
    const e = f.evidence as any;
    expect(e).toMatchObject({ consultationChannel: true, messagesConsidered: 2, unansweredTooLong: 1 });
    expect(e.messages).toHaveLength(1);
    expect(e.messages[0]).toMatchObject({ id: 'late', channel: 'consultation', repliedAt: null });
    sameInstant(e.messages[0].limit, Date.parse('2026-09-01T09:00:00+08:00'));
  });
  it('a reply after the checkpoint is no reply yet', () => {
    const f = run({ facts: { consultationChannel: true }, messages: [msg('m', '2026-06-01T09:00:00+08:00', '2026-12-01T09:00:00+08:00')] }, R);
    expect(f.status).toBe('fail');
    expect((f.evidence as any).messages[0].repliedAt).toBeNull();
  });
  it('no channel: fail with that evidence; no messages section: needs input; all answered: pass with the count', () => {
    const none = run({ facts: { consultationChannel: false } }, R);
    expect(none.message.en).toContain('no effective online consultation channel');
    expect(none.evidence).toEqual({ consultationChannel: false });
    const missing = run({ facts: { consultationChannel: true } }, R);
    expect(missing.status).toBe('needs-input');
    expect(missing.message.en).toContain('no messages');
    const ok = run({ facts: { consultationChannel: true }, messages: [msg('m', '2026-11-01T09:00:00+08:00', '2026-11-02T09:00:00+08:00')] }, R);
    expect(ok.status).toBe('pass');
    expect(ok.message.en).toContain('all 1 valid');
  });
});

describe('census/serious-problems', () => {
  const R = 'census/serious-problems';
  it('lists each stated problem (a bare kind becomes { kind }) and counts them', () => {
    const f = run({ facts: { seriousProblems: ['state-secret', { kind: 'wording-error', description: '错别字' }] } }, R);
    if (f.status !== 'fail') throw new Error(JSON.stringify(f));
    expect(f.message.en).toBe('2 serious problem(s) stated');
    expect(f.message.zh).toBe('存在2个严重问题');
    expect(f.evidence).toMatchObject({ count: 2 });
    expect((f.evidence as any).problems).toEqual([{ kind: 'state-secret' }, { kind: 'wording-error', description: '错别字' }]);
  });
  it('none stated: pass with count 0; not stated at all: needs input', () => {
    const f = run({ facts: { seriousProblems: [] } }, R);
    expect(f.status).toBe('pass');
    expect(f.evidence).toEqual({ count: 0 });
    expect(run({ facts: {} }, R).status).toBe('needs-input');
  });
});

describe('census/services-unusable', () => {
  const R = 'census/services-unusable';
  const withMax = (n: number) => deriveProfile(LEGACY_CENSUS, { id: 'x', rules: { [R]: { maxServicesMissingGuideElements: n } } });
  it('no online service fails; not stated needs input', () => {
    const f = run({ facts: { onlineServices: false } }, R);
    expect(f.status).toBe('fail');
    expect(f.evidence).toEqual({ onlineServices: false });
    expect(run({ facts: {} }, R).status).toBe('needs-input');
  });
  it('the guide threshold comes from a profile: without it, needs input; with it, compared (more than fails)', () => {
    expect(run({ facts: { onlineServices: true, servicesMissingGuideElements: 3 } }, R).status).toBe('needs-input');
    expect(run({ facts: { onlineServices: true } }, R, withMax(2)).status).toBe('needs-input');
    const fail = run({ facts: { onlineServices: true, servicesMissingGuideElements: 3 } }, R, withMax(2));
    expect(fail.status).toBe('fail');
    expect(fail.message.en).toContain('3 services');
    expect(fail.evidence).toEqual({ onlineServices: true, servicesMissingGuideElements: 3, maxServicesMissingGuideElements: 2 });
    expect(run({ facts: { onlineServices: true, servicesMissingGuideElements: 2 } }, R, withMax(2)).status).toBe('pass');
  });
});
