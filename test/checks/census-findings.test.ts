/**
 * What each census veto finding says: the counts in its message and the evidence an auditor reads
 * (windows, thresholds, the items behind a fail). Statuses at the thresholds are in census.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { deriveProfile, type Finding } from '../../src/index.js';
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

/**
 * The census single-veto findings word for word, with their whole evidence, and the edges the
 * other census tests leave open: a column opened exactly one period before the checkpoint (stale)
 * or on the checkpoint itself (open), a probe or a message exactly at the checkpoint (counted), a
 * reply exactly at the checkpoint (a reply), the "level unknown" middle ground of both column
 * indicators, and every evidence list capped at 20 while its count is not.
 */
describe('word for word with the whole evidence, and the edges: window starts, the checkpoint itself, level unknown, capped lists', () => {
  /** A checkpoint at Beijing midnight, so that a column's `openedOn` can fall exactly on a window edge. */
  const MIDNIGHT = '2026-11-25T00:00:00+08:00';
  const MIDNIGHT_MS = Date.parse(MIDNIGHT);

  const run = (extra: Record<string, unknown>, rule: string, profile: any = 'census', at: string = AT): Finding => findingOf(snap(extra), rule, at, profile);
  const derived = (rule: string, params: Record<string, unknown>) => deriveProfile(LEGACY_CENSUS, { id: `t-${rule.split('/')[1]}`, rules: { [rule]: params } });
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);

  /** A column; `times` become dated items. */
  const col = (id: string, category: string, times: number[] = [], extra: Record<string, unknown> = {}) => ({
    id, name: `栏目${id}`, category, level: 1, ...extra, items: times.map((t, i) => ({ id: `${id}-${i}`, publishedAt: bj(t) })),
  });
  /** The evidence reference of a column, written out by hand. */
  const ref = (id: string, category: string, last: number | null = null) => ({ id, name: `栏目${id}`, category, lastUpdate: last === null ? null : bj(last) });

  describe('census/columns-stale: a column opened during the period is not stale; one opened exactly at its start is', () => {
    const R = 'census/columns-stale';
    const one = derived(R, { threshold: 1 });
    // Checkpoint 2026-11-25 00:00 Beijing: the 2-week window starts 2026-11-11 00:00, the Beijing
    // midnight `openedOn: 2026-11-11` stands for.
    const news = (extra: Record<string, unknown>) => ({ columns: [col('n', 'news', [], extra)] });

    it('opened 2026-11-11 (exactly 2 weeks before), no item: stale, and the evidence names it with no last update', () => {
      const f = run(news({ openedOn: '2026-11-11' }), R, one, MIDNIGHT);
      expect(f.status).toBe('fail');
      expect(f.message).toEqual({ zh: '1个栏目未按期更新，达到1个', en: '1 columns not updated in time: at least 1' });
      expect(f.evidence).toEqual({ threshold: 1, candidates: 1, stale: 1, staleColumns: [ref('n', 'news')], levelUnknown: [] });
    });

    it('opened 2026-11-12 (1 day inside the window), no item: not stale', () => {
      const f = run(news({ openedOn: '2026-11-12' }), R, one, MIDNIGHT);
      expect(f.status).toBe('pass');
      expect(f.message).toEqual({ zh: '0个栏目未按期更新，少于1个', en: '0 column(s) not updated in time: fewer than 1' });
      expect(f.evidence).toEqual({ threshold: 1, candidates: 1, stale: 0, staleColumns: [], levelUnknown: [] });
    });

    it('no opening date and no item: stale; an old item is its last update', () => {
      expect(run(news({}), R, one, MIDNIGHT).status).toBe('fail');
      const old = MIDNIGHT_MS - 14 * DAY - 1;
      const f = run({ columns: [col('n', 'news', [old], { openedOn: '2020-01-01' })] }, R, one, MIDNIGHT);
      expect(f.status).toBe('fail');
      expect((f.evidence as any).staleColumns).toEqual([ref('n', 'news', old)]);
    });

    it('the same edge for first-level notice/policy columns (6 months: opened 2026-05-25 is stale, 2026-05-26 is not)', () => {
      expect(run({ columns: [col('p', 'policy', [], { openedOn: '2026-05-25' })] }, R, one, MIDNIGHT).status).toBe('fail');
      expect(run({ columns: [col('p', 'policy', [], { openedOn: '2026-05-26' })] }, R, one, MIDNIGHT).status).toBe('pass');
    });
  });

  describe('census/columns-stale: messages and evidence', () => {
    const R = 'census/columns-stale';
    const staleNews = (k: number, prefix = 'n') => range(k).map((i) => col(`${prefix}${i}`, 'news', [AT_MS - 15 * DAY]));
    const freshNews = (k: number) => range(k).map((i) => col(`f${i}`, 'news', [AT_MS - DAY]));

    it('only a news column that opens after the checkpoint: not applicable', () => {
      const f = run({ columns: [col('later', 'news', [], { openedOn: '2026-12-01' }), col('o', 'other')] }, R);
      expect(f).toEqual({ rule: R, status: 'not-applicable', message: { zh: '没有动态要闻、通知公告或政策文件栏目', en: 'No news, notice or policy column' }, evidence: {} });
    });

    it('5 stale news columns: fail, word for word, with the columns and their last update', () => {
      const f = run({ columns: [...staleNews(5), ...freshNews(2)] }, R);
      expect(f.status).toBe('fail');
      expect(f.message).toEqual({ zh: '5个栏目未按期更新，达到5个', en: '5 columns not updated in time: at least 5' });
      expect(f.evidence).toEqual({
        threshold: 5, candidates: 7, stale: 5,
        staleColumns: range(5).map((i) => ref(`n${i}`, 'news', AT_MS - 15 * DAY)),
        levelUnknown: [],
      });
    });

    it('4 stale news columns: pass, word for word', () => {
      const f = run({ columns: staleNews(4) }, R);
      expect(f.status).toBe('pass');
      expect(f.message).toEqual({ zh: '4个栏目未按期更新，少于5个', en: '4 column(s) not updated in time: fewer than 5' });
    });

    it('4 stale news + 1 stale policy column without a level: needs input, naming the unlevelled column', () => {
      const policy = { ...col('p', 'policy', [AT_MS - 200 * DAY]), level: undefined };
      const f = run({ columns: [...staleNews(4), policy] }, R);
      expect(f.status).toBe('needs-input');
      expect(f.message).toEqual({
        zh: '部分通知公告、政策文件栏目未注明是否为一级栏目（level），无法判断',
        en: 'Some stale notice/policy columns have no level: say whether they are first-level',
      });
      expect(f.evidence).toMatchObject({ threshold: 5, candidates: 5, stale: 4, levelUnknown: [ref('p', 'policy', AT_MS - 200 * DAY)] });
      // 3 + 1 is short of 5 whatever the level: pass.
      expect(run({ columns: [...staleNews(3), policy] }, R).status).toBe('pass');
    });

    it('25 stale columns and 25 unlevelled ones: the count is 25, each list holds 20', () => {
      const unlevelled = range(25).map((i) => ({ ...col(`u${i}`, 'notice', []), level: undefined }));
      const f = run({ columns: [...staleNews(25), ...unlevelled] }, R);
      expect(f.status).toBe('fail');
      expect(f.message.en).toBe('25 columns not updated in time: at least 5');
      const e = f.evidence as any;
      expect(e).toMatchObject({ threshold: 5, candidates: 50, stale: 25 });
      expect(e.staleColumns).toEqual(range(20).map((i) => ref(`n${i}`, 'news', AT_MS - 15 * DAY)));
      expect(e.levelUnknown).toEqual(range(20).map((i) => ref(`u${i}`, 'notice')));
    });
  });

  describe('census/columns-neglected: messages, the level-unknown middle ground, and what counts', () => {
    const R = 'census/columns-neglected';
    const staleNews = (k: number) => range(k).map((i) => col(`n${i}`, 'news', [AT_MS - 30 * DAY]));
    const stalePersonnel = (k: number) => range(k).map((i) => col(`p${i}`, 'personnel', [AT_MS - 400 * DAY]));
    const unlevelledNotice = (id: string) => ({ ...col(id, 'notice', [AT_MS - 200 * DAY]), level: undefined });

    it('no news, notice, policy, personnel or plan column that is open: not applicable', () => {
      const columns = [col('o', 'other'), col('b', 'basic-info'), col('h', 'homepage', [AT_MS]), col('later', 'personnel', [], { openedOn: '2026-12-01' })];
      const f = run({ columns }, R);
      expect(f).toEqual({ rule: R, status: 'not-applicable', message: { zh: '没有应定期更新的栏目', en: 'No column that must be updated' }, evidence: {} });
    });

    it('a blank "other" column beside one personnel column is not counted', () => {
      const f = run({ columns: [col('o', 'other'), col('p', 'personnel', [AT_MS - DAY])] }, R);
      expect(f.status).toBe('pass');
      expect(f.evidence).toEqual({ threshold: 10, candidates: 1, neglected: 0, neglectedColumns: [], levelUnknown: [] });
    });

    it('5 stale news + 5 personnel a year old: fail, word for word, listing the news columns first', () => {
      const f = run({ columns: [...staleNews(5), ...stalePersonnel(5)] }, R);
      expect(f.status).toBe('fail');
      expect(f.message).toEqual({ zh: '10个应更新栏目长期未更新，达到10个', en: '10 columns long not updated: at least 10' });
      expect(f.evidence).toEqual({
        threshold: 10, candidates: 10, neglected: 10,
        neglectedColumns: [...range(5).map((i) => ref(`n${i}`, 'news', AT_MS - 30 * DAY)), ...range(5).map((i) => ref(`p${i}`, 'personnel', AT_MS - 400 * DAY))],
        levelUnknown: [],
      });
    });

    it('9 neglected + 1 stale notice column without a level: needs input; 8 + 1: pass', () => {
      const f = run({ columns: [...staleNews(5), ...stalePersonnel(4), unlevelledNotice('u')] }, R);
      expect(f.status).toBe('needs-input');
      expect(f.message).toEqual({ zh: '部分栏目未注明层级，无法判断', en: 'Some stale columns have no level: say whether they are first-level' });
      expect(f.evidence).toEqual({
        threshold: 10, candidates: 10, neglected: 9,
        neglectedColumns: [...range(5).map((i) => ref(`n${i}`, 'news', AT_MS - 30 * DAY)), ...range(4).map((i) => ref(`p${i}`, 'personnel', AT_MS - 400 * DAY))],
        levelUnknown: [ref('u', 'notice', AT_MS - 200 * DAY)],
      });
      const p = run({ columns: [...staleNews(5), ...stalePersonnel(3), unlevelledNotice('u')] }, R);
      expect(p.status).toBe('pass');
      expect(p.message).toEqual({ zh: '8个栏目长期未更新，少于10个', en: '8 column(s) long not updated: fewer than 10' });
    });

    it('9 neglected, nothing unlevelled: pass, word for word', () => {
      const f = run({ columns: [...staleNews(5), ...stalePersonnel(4)] }, R);
      expect(f.status).toBe('pass');
      expect(f.message).toEqual({ zh: '9个栏目长期未更新，少于10个', en: '9 column(s) long not updated: fewer than 10' });
    });

    it('25 neglected and 25 unlevelled: the count is 25, each list holds 20', () => {
      const f = run({ columns: [...stalePersonnel(25), ...range(25).map((i) => unlevelledNotice(`u${i}`))] }, R);
      expect(f.status).toBe('fail');
      expect(f.message.en).toBe('25 columns long not updated: at least 10');
      const e = f.evidence as any;
      expect(e).toMatchObject({ threshold: 10, candidates: 50, neglected: 25 });
      expect(e.neglectedColumns).toEqual(range(20).map((i) => ref(`p${i}`, 'personnel', AT_MS - 400 * DAY)));
      expect(e.levelUnknown).toEqual(range(20).map((i) => ref(`u${i}`, 'notice', AT_MS - 200 * DAY)));
    });
  });

  describe('census/blank-columns', () => {
    const R = 'census/blank-columns';
    it('a column opening on the checkpoint instant is open (and blank); one opening the next day is not', () => {
      const one = derived(R, { threshold: 1 });
      const f = run({ columns: [col('today', 'other', [], { openedOn: '2026-11-25' })] }, R, one, MIDNIGHT);
      expect(f.status).toBe('fail');
      expect(f.message).toEqual({ zh: '1个栏目自开设以来无内容，达到1个', en: '1 columns have had no content since they opened: at least 1' });
      expect(f.evidence).toEqual({ threshold: 1, columns: 1, blank: 1, blankColumns: [{ id: 'today', name: '栏目today' }] });
      const later = run({ columns: [col('tomorrow', 'other', [], { openedOn: '2026-11-26' })] }, R, one, MIDNIGHT);
      expect(later).toEqual({ rule: R, status: 'not-applicable', message: { zh: '没有已开设的栏目', en: 'No open column' }, evidence: {} });
    });

    it('pass, word for word', () => {
      const f = run({ columns: [col('a', 'other'), col('b', 'other'), col('c', 'news', [AT_MS])] }, R);
      expect(f.status).toBe('pass');
      expect(f.message).toEqual({ zh: '空白栏目2个，少于5个', en: '2 blank column(s): fewer than 5' });
      expect(f.evidence).toEqual({ threshold: 5, columns: 3, blank: 2, blankColumns: [{ id: 'a', name: '栏目a' }, { id: 'b', name: '栏目b' }] });
    });

    it('25 blank columns: the count is 25, the list holds 20', () => {
      const f = run({ columns: range(25).map((i) => col(`b${i}`, 'other')) }, R);
      expect(f.message).toEqual({ zh: '25个栏目自开设以来无内容，达到5个', en: '25 columns have had no content since they opened: at least 5' });
      expect(f.evidence).toEqual({ threshold: 5, columns: 25, blank: 25, blankColumns: range(20).map((i) => ({ id: `b${i}`, name: `栏目b${i}` })) });
    });
  });

  describe('census/homepage-stale', () => {
    const R = 'census/homepage-stale';
    it('no homepage column, or only one opening after the checkpoint: needs input, word for word', () => {
      const message = { zh: '快照中没有首页栏目（category: homepage）', en: 'No homepage column (category: homepage) in the snapshot' };
      expect(run({ columns: [col('n', 'news', [AT_MS])] }, R)).toEqual({ rule: R, status: 'needs-input', message, evidence: {} });
      expect(run({ columns: [col('h', 'homepage', [AT_MS], { openedOn: '2026-11-26' })] }, R)).toEqual({ rule: R, status: 'needs-input', message, evidence: {} });
    });

    it('two homepage columns, one updated within 2 weeks: pass, word for word, both in the evidence', () => {
      const fresh = AT_MS - DAY;
      const old = AT_MS - 30 * DAY;
      const f = run({ columns: [col('h1', 'homepage', [old]), col('h2', 'homepage', [fresh])] }, R);
      expect(f.status).toBe('pass');
      expect(f.message).toEqual({ zh: '首页在2周内有更新', en: 'The homepage was updated within 2 weeks' });
      expect(f.evidence).toEqual({ window: { from: bj(AT_MS - 14 * DAY), to: bj(AT_MS) }, homepageColumns: [ref('h1', 'homepage', old), ref('h2', 'homepage', fresh)] });
    });

    it('no update in 2 weeks: fail, word for word; a derived 10-day period is named in days', () => {
      const f = run({ columns: [col('h', 'homepage')] }, R);
      expect(f.status).toBe('fail');
      expect(f.message).toEqual({ zh: '监测时间点前2周内首页无新增信息', en: 'No new dated homepage item in the 2 weeks before the checkpoint' });
      expect(f.evidence).toEqual({ window: { from: bj(AT_MS - 14 * DAY), to: bj(AT_MS) }, homepageColumns: [ref('h', 'homepage')] });
      const tenDays = derived(R, { period: { days: 10 } });
      const g = run({ columns: [col('h', 'homepage', [AT_MS - 11 * DAY])] }, R, tenDays);
      expect(g.message).toEqual({ zh: '监测时间点前10天内首页无新增信息', en: 'No new dated homepage item in the 10 days before the checkpoint' });
    });
  });

  describe('census/site-unreachable', () => {
    const R = 'census/site-unreachable';
    const probes = (n: number, failed: number) =>
      range(n).map((i) => ({ at: bj(AT_MS - 7 * DAY + Math.floor((i * 7 * DAY) / n)), ok: i >= failed }));
    /** The evidence's days of the week before AT: 24-hour slices from its start, with these counts. */
    const weekDays = (counts: number[]) => counts.map((probes, k) => ({ from: bj(AT_MS - (7 - k) * DAY), to: bj(AT_MS - (6 - k) * DAY), probes }));

    it('a probe exactly at the checkpoint counts', () => {
      const f = run({ probes: [{ at: AT, ok: false }] }, R, derived(R, { minProbes: 1, minDays: 0 }));
      expect(f.status).toBe('fail');
      expect(f.message).toEqual({ zh: '1次探测中1次无法访问，达到5%', en: '1 of 1 probes failed: at least 5%' });
      expect(f.evidence).toEqual({
        window: { from: bj(AT_MS - 7 * DAY), to: bj(AT_MS) }, probes: 1, failed: 1, ratio: 1, failRatio: 0.05, minProbes: 1,
        coveredDays: 0, minDays: 0, minProbesPerDay: 20, days: weekDays([0, 0, 0, 0, 0, 0, 1]), failedAt: [bj(AT_MS)],
      });
    });

    it('no probe in the window: needs input, word for word, ratio null', () => {
      const f = run({ probes: [{ at: bj(AT_MS - 8 * DAY), ok: false }] }, R);
      expect(f.status).toBe('needs-input');
      expect(f.message).toEqual({ zh: '监测期内仅有0次探测，少于普查要求的140次', en: 'Only 0 probe(s) in the window; the census needs at least 140' });
      expect(f.evidence).toEqual({
        window: { from: bj(AT_MS - 7 * DAY), to: bj(AT_MS) }, probes: 0, failed: 0, ratio: null, failRatio: 0.05, minProbes: 140,
        coveredDays: 0, minDays: 7, minProbesPerDay: 20, days: weekDays([0, 0, 0, 0, 0, 0, 0]), failedAt: [],
      });
    });

    it('7 of 140 fail and 6 of 140 pass, word for word, with the failed instants', () => {
      const f = run({ probes: probes(140, 7) }, R);
      expect(f.message).toEqual({ zh: '140次探测中7次无法访问，达到5%', en: '7 of 140 probes failed: at least 5%' });
      expect((f.evidence as any).failedAt).toEqual(range(7).map((i) => bj(AT_MS - 7 * DAY + Math.floor((i * 7 * DAY) / 140))));
      const p = run({ probes: probes(140, 6) }, R);
      expect(p.status).toBe('pass');
      expect(p.message).toEqual({ zh: '140次探测中6次失败，低于5%', en: '6 of 140 probes failed: below 5%' });
      expect((p.evidence as any).ratio).toBe(6 / 140);
      expect((p.evidence as any).failedAt).toHaveLength(6);
    });
  });

  describe('census/interaction-unanswered', () => {
    const R = 'census/interaction-unanswered';
    const facts = { consultationChannel: true };
    const msg = (id: string, receivedAt: string, repliedAt: string | null = null, extra: Record<string, unknown> = {}) => ({ id, channel: 'consultation', receivedAt, repliedAt, valid: true, ...extra });
    const window = { from: '2025-11-25T12:00:00.000+08:00', to: '2026-11-25T12:00:00.000+08:00' };

    it('no consultation channel: fail, word for word', () => {
      expect(run({ facts: { consultationChannel: false }, messages: [] }, R)).toEqual({
        rule: R, status: 'fail',
        message: { zh: '网站没有有效的在线咨询渠道', en: 'The site has no effective online consultation channel' },
        evidence: { consultationChannel: false },
      });
    });

    it('a message received exactly at the checkpoint is considered, one a millisecond later is not: pass, word for word', () => {
      const f = run({ facts, messages: [msg('now', AT), msg('after', bj(AT_MS + 1))] }, R);
      expect(f.status).toBe('pass');
      expect(f.message).toEqual({ zh: '有在线咨询渠道，1条有效留言均在3个月内答复', en: 'A consultation channel exists and all 1 valid message(s) were answered within 3 months' });
      expect(f.evidence).toEqual({ consultationChannel: true, window, messagesConsidered: 1, unansweredTooLong: 0, messages: [] });
    });

    it('a late reply given exactly at the checkpoint is a reply, and the evidence says when', () => {
      const f = run({ facts, messages: [msg('m', '2026-06-01T09:00:00+08:00', AT)] }, R);
      expect(f.status).toBe('fail');
      expect(f.message).toEqual({ zh: '1条有效留言超过3个月未答复', en: '1 valid message(s) left unanswered for more than 3 months' });
      expect(f.evidence).toEqual({
        consultationChannel: true, window, messagesConsidered: 1, unansweredTooLong: 1,
        messages: [{ id: 'm', channel: 'consultation', receivedAt: '2026-06-01T09:00:00.000+08:00', repliedAt: '2026-11-25T12:00:00.000+08:00', limit: '2026-09-01T09:00:00.000+08:00' }],
      });
    });

    it('a reply 1 ms after the 3-month limit, before the checkpoint: late, with that reply in the evidence', () => {
      const f = run({ facts, messages: [msg('m', '2026-01-31T10:00:00+08:00', '2026-04-30T10:00:00.001+08:00')] }, R);
      expect((f.evidence as any).messages).toEqual([
        { id: 'm', channel: 'consultation', receivedAt: '2026-01-31T10:00:00.000+08:00', repliedAt: '2026-04-30T10:00:00.001+08:00', limit: '2026-04-30T10:00:00.000+08:00' },
      ]);
    });

    it('25 late messages: the count is 25, the list holds 20', () => {
      const messages = range(25).map((i) => msg(`m${i}`, bj(Date.parse('2026-03-01T00:00:00+08:00') + i * DAY), null, { channel: 'consultation' }));
      const f = run({ facts, messages }, R);
      expect(f.message.en).toBe('25 valid message(s) left unanswered for more than 3 months');
      const e = f.evidence as any;
      expect(e).toMatchObject({ messagesConsidered: 25, unansweredTooLong: 25 });
      expect(e.messages.map((m: any) => m.id)).toEqual(range(20).map((i) => `m${i}`));
      expect(e.messages[1]).toMatchObject({ channel: 'consultation', repliedAt: null, limit: '2026-06-02T00:00:00.000+08:00' });
    });

    it('a channel but no messages section: needs input, word for word', () => {
      expect(run({ facts }, R)).toEqual({
        rule: R, status: 'needs-input',
        message: { zh: '快照未提供留言，无法判断答复情况', en: 'The snapshot has no messages: replies cannot be judged' },
        evidence: { consultationChannel: true, window, messagesConsidered: 0, unansweredTooLong: 0, messages: [] },
      });
    });
  });

  describe('census/serious-problems', () => {
    const R = 'census/serious-problems';
    it('none stated: pass, word for word', () => {
      expect(run({ facts: { seriousProblems: [] } }, R)).toEqual({ rule: R, status: 'pass', message: { zh: '未报告严重问题', en: 'No serious problem stated' }, evidence: { count: 0 } });
    });
    it('25 stated: the count is 25, the list holds the first 20', () => {
      const f = run({ facts: { seriousProblems: range(25).map((i) => (i % 2 ? 'state-secret' : { kind: 'wording-error', description: `错${i}` })) } }, R);
      expect(f.message).toEqual({ zh: '存在25个严重问题', en: '25 serious problem(s) stated' });
      expect(f.evidence).toEqual({ count: 25, problems: range(20).map((i) => (i % 2 ? { kind: 'state-secret' } : { kind: 'wording-error', description: `错${i}` })) });
    });
  });

  describe('census/services-unusable', () => {
    const R = 'census/services-unusable';
    const withMax = (n: number) => derived(R, { maxServicesMissingGuideElements: n });

    it('no online service: fail, word for word', () => {
      expect(run({ facts: { onlineServices: false } }, R)).toEqual({
        rule: R, status: 'fail', message: { zh: '网站没有任何在线服务', en: 'The site offers no online service at all' }, evidence: { onlineServices: false },
      });
    });

    it('not stated: needs input asking for facts.onlineServices, whatever the profile', () => {
      const expected = {
        rule: R, status: 'needs-input',
        message: { zh: '快照未说明是否提供在线服务（facts.onlineServices）', en: 'The snapshot does not say whether online services exist (facts.onlineServices)' },
        evidence: {},
      };
      expect(run({ facts: { servicesMissingGuideElements: 1 } }, R)).toEqual(expected);
      expect(run({ facts: { servicesMissingGuideElements: 1 } }, R, withMax(5))).toEqual(expected);
      expect(run({}, R, withMax(5))).toEqual(expected);
    });

    it('services exist but the profile has no threshold: needs input, word for word', () => {
      const message = {
        zh: '提供在线服务；办事指南要素缺失的阈值须取自官方指标表，本配置未提供',
        en: 'Online services exist; the threshold for guides missing elements must come from the official table and this profile does not set it',
      };
      expect(run({ facts: { onlineServices: true, servicesMissingGuideElements: 0 } }, R)).toEqual({
        rule: R, status: 'needs-input', message, evidence: { onlineServices: true, servicesMissingGuideElements: 0, maxServicesMissingGuideElements: null },
      });
      expect(run({ facts: { onlineServices: true } }, R).evidence).toEqual({ onlineServices: true, servicesMissingGuideElements: null, maxServicesMissingGuideElements: null });
    });

    it('a threshold but no count: needs input, word for word', () => {
      expect(run({ facts: { onlineServices: true } }, R, withMax(0))).toEqual({
        rule: R, status: 'needs-input',
        message: { zh: '快照未提供办事指南要素缺失数（facts.servicesMissingGuideElements）', en: 'The snapshot does not give facts.servicesMissingGuideElements' },
        evidence: { onlineServices: true, servicesMissingGuideElements: null, maxServicesMissingGuideElements: 0 },
      });
    });

    it('more than the threshold fails, the threshold itself passes (also at 0), word for word', () => {
      const fail = run({ facts: { onlineServices: true, servicesMissingGuideElements: 1 } }, R, withMax(0));
      expect(fail.status).toBe('fail');
      expect(fail.message).toEqual({ zh: '1项服务办事指南要素缺失，超过0项', en: '1 services miss guide elements: more than 0' });
      expect(fail.evidence).toEqual({ onlineServices: true, servicesMissingGuideElements: 1, maxServicesMissingGuideElements: 0 });
      const pass = run({ facts: { onlineServices: true, servicesMissingGuideElements: 0 } }, R, withMax(0));
      expect(pass).toEqual({
        rule: R, status: 'pass',
        message: { zh: '在线服务可用，指南要素缺失在阈值内', en: 'Online services exist and guides missing elements are within the threshold' },
        evidence: { onlineServices: true, servicesMissingGuideElements: 0, maxServicesMissingGuideElements: 0 },
      });
      expect(run({ facts: { onlineServices: true, servicesMissingGuideElements: 7 } }, R, withMax(6)).message.zh).toBe('7项服务办事指南要素缺失，超过6项');
    });
  });
});
