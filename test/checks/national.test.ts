/**
 * The national indicator systems versioned by the checkpoint (docs/national.md): census-2015 and
 * gov-2019 with their own veto rules, the `census` alias, deyang-2018's national part, the
 * `census/…` aliases, new-media accounts, and real cases from published 通报.
 */
import { describe, expect, it } from 'vitest';
import {
  census2015Profile, checkReportSchema, checkSite, checkSiteUnknown, deriveProfile, gov2019Profile, type Profile,
} from '../../src/index.js';
import { toFailRule, toPassRule } from '../../src/testing/index.js';
import { NATIONAL_CASES } from '../fixtures/national-cases.js';
import { runBuiltCli } from '../process.js';
import { refusal } from '../refusal.js';
import { snap } from './helpers.js';

const AT_2018 = '2018-11-25T12:00:00+08:00';
const AT_2026 = '2026-11-25T12:00:00+08:00';
const status = (s: unknown, rule: string, at: string, profile: string | Profile = 'census') => {
  const f = checkSiteUnknown(s, { at, profile }).findings.find((x) => x.rule === rule);
  if (f === undefined) throw new Error(`no finding for ${rule}`);
  return f.status;
};
const col = (id: string, category: string, times: string[], extra: Record<string, unknown> = {}) => ({
  id, name: id, category, ...extra, items: times.map((t, i) => ({ id: `${id}-${i}`, publishedAt: t })),
});

describe('the indicator system is picked by the checkpoint', () => {
  it('census picks census-2015 until 2019-04-17 (Beijing) and gov-2019 from 2019-04-18', () => {
    expect(checkSite(snap(), { at: '2019-04-17T23:59:59+08:00', profile: 'census' }).profile).toBe('census-2015');
    // 2019-04-17T16:00Z is already 2019-04-18 in Beijing
    expect(checkSite(snap(), { at: '2019-04-17T16:00:00Z', profile: 'census' }).profile).toBe('gov-2019');
    expect(checkSite(snap(), { at: '2015-03-24T00:00:00+08:00', profile: 'census' }).profile).toBe('census-2015');
  });

  it('a checkpoint outside a profile is refused, naming the profile that applies', () => {
    const early = refusal(() => checkSite(snap(), { at: '2019-04-17T12:00:00+08:00', profile: 'gov-2019' }));
    expect(early.field).toBe('at');
    expect(early.reason).toContain('"census-2015"');
    const late = refusal(() => checkSite(snap(), { at: '2019-04-18T00:00:00+08:00', profile: census2015Profile }));
    expect(late.reason).toContain('"gov-2019"');
    const before = refusal(() => checkSite(snap(), { at: '2015-03-23T23:59:59+08:00', profile: 'census' }));
    expect(before.reason).toContain('2015-03-24');
  });

  it('deyang-2018 runs the national rules in force: census-2015 before 2019-04-18, gov-2019 after', () => {
    const national = (at: string) => checkSite(snap(), { at }).findings.map((f) => f.rule).filter((r) => !r.startsWith('deyang-2018/'));
    expect(national(AT_2018)).toEqual(Object.keys(census2015Profile.rules));
    expect(national(AT_2026)).toEqual(Object.keys(gov2019Profile.rules).filter((r) => !r.startsWith('nm-2019/')));
    expect(checkSite(snap(), { at: AT_2018 }).profile).toBe('deyang-2018');
  });
});

describe('what differs between the 2015 table and the 2019 indicators', () => {
  it('the 6-month rule: notice/policy columns of any level in 2015, first-level only in 2019', () => {
    const s = snap({ columns: ['a', 'b', 'c', 'd', 'e'].map((id) => col(id, 'policy', ['2010-01-01T09:00:00+08:00'], { level: 2 })) });
    expect(status(s, 'census-2015/veto-columns-stale.a', AT_2018)).toBe('fail');
    expect(status(s, 'gov-2019/veto-columns-stale.a', AT_2026)).toBe('not-applicable');
  });

  it('undated items: not updated in 2015; not known in 2019 (needs input until a profile says)', () => {
    const s = snap({ columns: [{ id: 'h', name: 'h', category: 'homepage', items: [{ id: 'x' }, { id: 'y', publishedAt: '2010-01-01T09:00:00+08:00' }] }] });
    expect(status(s, 'census-2015/veto-site-stale', AT_2018)).toBe('fail');
    expect(status(s, 'gov-2019/veto-homepage-stale', AT_2026)).toBe('needs-input');
    const said = deriveProfile(gov2019Profile, { id: 'with-undated', rules: { 'gov-2019/veto-homepage-stale': { undatedItems: 'not-updated' } } });
    expect(status(s, 'gov-2019/veto-homepage-stale', AT_2026, said)).toBe('fail');
    // 5 news columns with only undated items besides an old dated one: needs input, not fail, in 2019
    const cols = snap({ columns: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, name: id, category: 'news', items: [{ id: `${id}-u` }, { id: `${id}-d`, publishedAt: '2010-01-01T09:00:00+08:00' }] })) });
    expect(status(cols, 'gov-2019/veto-columns-stale.a', AT_2026)).toBe('needs-input');
    expect(status(cols, 'census-2015/veto-columns-stale.a', AT_2018)).toBe('fail');
  });

  it('互动回应差: 2019 adds "no consultation channel" (.a); 2015 has no such row', () => {
    const s = snap({ facts: { consultationChannel: false }, messages: [] });
    expect(status(s, 'gov-2019/veto-interaction-poor.a', AT_2026)).toBe('fail');
    expect(status(s, 'gov-2019/veto-interaction-poor.b', AT_2026)).toBe('pass');
    expect(status(s, 'census-2015/veto-interaction-poor', AT_2018)).toBe('pass');
  });

  it('互动回应差: 2019 counts valid messages only and excludes 网上信访; 2015 counts every message and petitions', () => {
    const old = (id: string, channel: string, at: string, extra = {}) => ({ id, channel, receivedAt: at, ...extra });
    const invalid = snap({ messages: [old('m', 'consultation', '2018-06-01T09:00:00+08:00', { valid: false })] });
    expect(status(invalid, 'census-2015/veto-interaction-poor', AT_2018)).toBe('fail');
    const invalid26 = snap({ messages: [old('m', 'consultation', '2026-06-01T09:00:00+08:00', { valid: false })] });
    expect(status(invalid26, 'gov-2019/veto-interaction-poor.b', AT_2026)).toBe('pass');
    expect(status(snap({ messages: [old('p', 'petition', '2018-06-01T09:00:00+08:00')] }), 'census-2015/veto-interaction-poor', AT_2018)).toBe('fail');
    expect(status(snap({ messages: [old('p', 'petition', '2026-06-01T09:00:00+08:00')] }), 'gov-2019/veto-interaction-poor.b', AT_2026)).toBe('pass');
    expect(status(snap({ messages: [old('d', 'discipline', '2018-06-01T09:00:00+08:00')] }), 'census-2015/veto-interaction-poor', AT_2018)).toBe('pass');
  });

  it('严重错误 (2015) counts wording errors, false and harmful content; the 2019 安全、泄密事故 also leaks, attacks and opinion', () => {
    const s = (kind: string) => snap({ facts: { seriousProblems: [kind] } });
    expect(status(s('state-secret'), 'census-2015/veto-serious-error', AT_2018)).toBe('pass');
    expect(status(s('state-secret'), 'gov-2019/veto-security-incident', AT_2026)).toBe('fail');
    expect(status(s('wording-error'), 'census-2015/veto-serious-error', AT_2018)).toBe('fail');
    expect(status(s('falsified-data'), 'census-2015/veto-serious-error', AT_2018)).toBe('fail');
  });

  it('服务不实用 is new in 2019: no service fails .a; the guide threshold (.b) is UNKNOWN, a parameter without a default', () => {
    expect(Object.keys(census2015Profile.rules).some((r) => r.includes('service'))).toBe(false);
    expect(status(snap({ facts: { onlineServices: false } }), 'gov-2019/veto-service-impractical.a', AT_2026)).toBe('fail');
    expect(status(snap({ facts: { onlineServices: false } }), 'gov-2019/veto-service-impractical.b', AT_2026)).toBe('not-applicable');
    const some = snap({ facts: { onlineServices: true, servicesMissingGuideElements: 4 } });
    expect(status(some, 'gov-2019/veto-service-impractical.b', AT_2026)).toBe('needs-input');
    const given = deriveProfile(gov2019Profile, { id: 'with-threshold', rules: { 'gov-2019/veto-service-impractical.b': { maxServicesMissingGuideElements: 3 } } });
    expect(status(some, 'gov-2019/veto-service-impractical.b', AT_2026, given)).toBe('fail');
  });

  it('a navigation-only homepage: the second-level pages are checked instead', () => {
    const home = col('home', 'homepage', ['2010-01-01T09:00:00+08:00']);
    const fresh = col('sub', 'news', ['2026-11-20T09:00:00+08:00'], { level: 2 });
    const stale = col('sub', 'news', ['2026-11-01T09:00:00+08:00'], { level: 2 });
    const nav = { homepageNavigationOnly: true };
    expect(status(snap({ columns: [home, fresh] }), 'gov-2019/veto-homepage-stale', AT_2026)).toBe('fail');
    expect(status(snap({ columns: [home, fresh], facts: nav }), 'gov-2019/veto-homepage-stale', AT_2026)).toBe('pass');
    expect(status(snap({ columns: [home, stale], facts: nav }), 'gov-2019/veto-homepage-stale', AT_2026)).toBe('fail');
    expect(status(snap({ columns: [home], facts: nav }), 'gov-2019/veto-homepage-stale', AT_2026)).toBe('needs-input');
    const old = col('sub', 'news', ['2018-11-20T09:00:00+08:00'], { level: 2 });
    expect(status(snap({ columns: [col('home', 'homepage', ['2010-01-01T09:00:00+08:00']), old], facts: nav }), 'census-2015/veto-site-stale', AT_2018)).toBe('pass');
  });
});

describe('the census/… ids stay as aliases', () => {
  it('deriveProfile: an alias override goes to the versioned rule the profile runs', () => {
    const p = deriveProfile(gov2019Profile, { id: 'x', rules: { 'census/blank-columns': { threshold: 2 } } });
    expect(p.rules['gov-2019/veto-columns-stale.c']).toEqual({ threshold: 2 });
    expect('census/blank-columns' in p.rules).toBe(false);
    const q = deriveProfile(census2015Profile, { id: 'y', rules: { 'census/interaction-unanswered': false } });
    expect('census-2015/veto-interaction-poor' in q.rules).toBe(false);
    // an alias none of whose rules the profile runs is refused
    expect(refusal(() => deriveProfile(census2015Profile, { id: 'z', rules: { 'census/services-unusable': false } })).field).toBe('overrides.rules["census/services-unusable"]');
  });

  it('the test kit matchers accept an alias and combine the rules it names', () => {
    const noChannel = { snapshot: snap({ facts: { consultationChannel: false }, messages: [] }), at: AT_2026 };
    expect(toFailRule.call({ isNot: false }, noChannel, 'census/interaction-unanswered').pass).toBe(true);
    const fine = { snapshot: snap({ facts: { consultationChannel: true }, messages: [] }), at: AT_2026 };
    expect(toPassRule.call({ isNot: false }, fine, 'census/interaction-unanswered').pass).toBe(true);
  });
});

describe('政务新媒体 accounts: each judged on its own', () => {
  const account = (extra: Record<string, unknown> = {}) => ({
    id: 'wx', name: '德阳发布', platform: 'wechat', interactionAvailable: true, facts: { seriousProblems: [], fakeEngagement: false },
    posts: [{ id: 'p', publishedAt: '2026-11-20T09:00:00+08:00' }], ...extra,
  });
  const accounts = (a: Record<string, unknown>[], profile = 'gov-2019') => checkSiteUnknown(snap({ accounts: a }), { at: AT_2026, profile });
  const statuses = (a: Record<string, unknown>) => Object.fromEntries(accounts([a]).accounts![0]!.findings.map((f) => [f.rule, f.status]));

  it('a qualified account; the report validates', () => {
    const r = accounts([account()]);
    expect(r.accounts).toEqual([{ account: 'wx', verdict: 'qualified', findings: expect.any(Array) }]);
    expect(r.accounts![0]!.findings.map((f) => f.status)).toEqual(['pass', 'pass', 'pass']);
    expect(checkReportSchema.safeParse(r).success).toBe(true);
  });

  it('no post in the 2 weeks before the checkpoint fails (a post exactly 2 weeks before counts); a new account is not judged', () => {
    expect(statuses(account({ posts: [{ id: 'p', publishedAt: '2026-11-11T12:00:00+08:00' }] }))['nm-2019/veto-content-stale']).toBe('pass');
    expect(statuses(account({ posts: [{ id: 'p', publishedAt: '2026-11-11T11:59:59+08:00' }] }))['nm-2019/veto-content-stale']).toBe('fail');
    expect(statuses(account({ posts: [] }))['nm-2019/veto-content-stale']).toBe('fail');
    expect(statuses(account({ posts: [], openedOn: '2026-11-20' }))['nm-2019/veto-content-stale']).toBe('not-applicable');
  });

  it('interaction: false fails, null needs input', () => {
    expect(statuses(account({ interactionAvailable: false }))['nm-2019/veto-interaction-poor']).toBe('fail');
    expect(statuses(account({ interactionAvailable: null }))['nm-2019/veto-interaction-poor']).toBe('needs-input');
  });

  it('serious problems or fake engagement fail; facts not stated need input, never a guess', () => {
    const R = 'nm-2019/veto-security-incident';
    expect(statuses(account({ facts: { seriousProblems: [], fakeEngagement: true } }))[R]).toBe('fail');
    expect(statuses(account({ facts: { seriousProblems: ['state-secret'], fakeEngagement: false } }))[R]).toBe('fail');
    expect(statuses(account({ facts: { seriousProblems: [] } }))[R]).toBe('needs-input');
    expect(statuses(account({ facts: undefined }))[R]).toBe('needs-input');
  });

  it('a failing account never changes the site verdict', () => {
    const r = accounts([account({ interactionAvailable: false }), { ...account(), id: 'wb', platform: 'weibo' }]);
    expect(r.accounts!.map((a) => [a.account, a.verdict])).toEqual([['wx', 'unqualified'], ['wb', 'qualified']]);
    expect(r.verdict).toBe('qualified');
    expect(r.findings.some((f) => f.rule.startsWith('nm-2019/'))).toBe(false);
  });

  it('accounts appear only under a profile with account rules; duplicate ids are refused', () => {
    expect(checkSiteUnknown(snap({ accounts: [account()] }), { at: AT_2018, profile: 'census' }).accounts).toBeUndefined();
    expect(accounts([]).accounts).toEqual([]);
    expect(checkSiteUnknown(snap({ accounts: [account()] }), { at: AT_2026 }).accounts).toHaveLength(1);
    expect(refusal(() => accounts([account(), account()])).field).toBe('snapshot.accounts[1].id');
    expect(refusal(() => accounts([account({ platform: 'qq' })])).field).toContain('snapshot.accounts[0].platform');
  });
});

describe('real cases from published 通报, under the indicator system of their date', () => {
  it.each(NATIONAL_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = checkSiteUnknown(c.snapshot, { at: c.at, profile: 'census' });
    expect(r.profile).toBe(c.profile);
    expect(r.verdict).toBe(c.verdict);
    expect(r.findings.filter((f) => f.status === 'fail').map((f) => f.rule)).toEqual(c.failing);
    if (c.accounts !== undefined) {
      const got = Object.fromEntries((r.accounts ?? []).map((a) => [a.account, { verdict: a.verdict, failing: a.findings.filter((f) => f.status === 'fail').map((f) => f.rule) }]));
      expect(got).toEqual(c.accounts);
    }
  });
});

describe('gov-site-rules check with accounts and the versioned profiles', () => {
  const c = NATIONAL_CASES.find((x) => x.accounts !== undefined)!;
  it('the table lists each account with its verdict; a failing account leaves the exit code to the site (0)', async () => {
    const r = await runBuiltCli(['check', '-', '--at', c.at, '--profile', 'census'], { input: JSON.stringify(c.snapshot) });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('账号 account wx — 不合格 unqualified: nm-2019/veto-content-stale');
    expect(r.stdout).toContain('账号 account dy — 合格 qualified');
  });
  it('--profile gov-2019 with a 2018 checkpoint: exit 2 naming census-2015', async () => {
    const r = await runBuiltCli(['check', '-', '--at', AT_2018, '--profile', 'gov-2019'], { input: JSON.stringify(c.snapshot) });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('census-2015');
  });
});
