/**
 * The pure self-inspection functions: what the report holds (quarter, due date, vetoes,
 * deductions, problems, columns), new-media accounts when the report carries them, escaping in
 * Markdown and HTML, and the city-wide fold.
 */
import { describe, expect, it } from 'vitest';
import {
  censusProfile, createCitySummary, deriveProfile, renderCitySummaryMarkdown, renderSelfInspectionHtml, renderSelfInspectionMarkdown, selfInspect, type SelfInspection, type SnapshotInput,
} from '../../src/index.js';
import { refusal } from '../refusal.js';

const AT = '2026-11-25T12:00:00+08:00';
const site = (id: string, extra: Record<string, unknown> = {}) => ({ schemaVersion: 1, site: { id, name: `站点${id}`, kind: 'department', level: 'city' }, ...extra }) as SnapshotInput;

describe('selfInspect', () => {
  it('the quarter defaults to the checkpoint\'s (Beijing) and its due date is the 15th of its second month', () => {
    // 2026-12-31T20:00Z is 2027-01-01 04:00 in Beijing: Q1 of 2027, due 2027-02-15.
    expect(selfInspect(site('a'), { at: '2026-12-31T20:00:00Z', profile: 'census' })).toMatchObject({ quarter: '2027Q1', dueDate: '2027-02-15' });
    expect(selfInspect(site('a'), { at: AT, profile: 'census', quarter: '2026Q2' })).toMatchObject({ quarter: '2026Q2', dueDate: '2026-05-15' });
    expect(refusal(() => selfInspect(site('a'), { at: AT, profile: 'census', quarter: '2026Q5' })).field).toBe('quarter');
  });

  it('vetoes with evidence, then the other failing findings, as the problems to fix; columns against their limits', () => {
    const s = selfInspect(site('a', {
      columns: [{ id: 'n', name: '动态', category: 'news', items: [{ id: 'x', publishedAt: '2026-11-10T12:00:00+08:00' }] }, { id: 'o', name: '其他', category: 'other' }],
      links: [{ url: 'https://ad.example.com', kind: 'commercial' }],
      facts: { seriousProblems: ['wording-error'] },
    }), { at: AT, profile: 'deyang-2018' });
    expect(s.verdict).toBe('unqualified');
    expect(s.vetoes.map((v) => v.rule)).toEqual(['gov-2019/veto-security-incident']);
    expect(s.problems[0]?.rule).toBe('gov-2019/veto-security-incident');
    expect(s.problems.map((p) => p.rule)).toContain('deyang-2018/art28-links');
    // 15 days since the last news item against 14; the "other" column has no limit.
    expect(s.columns).toEqual([{ id: 'n', name: '动态', category: 'news', daysSinceUpdate: 15, limitDays: 14 }]);
    expect(s.score).toBeNull();
  });

  it('the column limits are those of the profile applied: 2019 counts first-level notice/policy columns only, 2015 any level, a derived profile its own', () => {
    const item = (publishedAt: string) => ({ id: publishedAt, publishedAt });
    const cols = {
      columns: [
        { id: 'n', name: '动态', category: 'news', items: [item('2026-11-10T12:00:00+08:00')] },
        { id: 'p1', name: '政策', category: 'policy', level: 1, items: [item('2026-11-10T12:00:00+08:00')] },
        { id: 'p2', name: '二级政策', category: 'policy', level: 2, items: [item('2026-11-10T12:00:00+08:00')] },
      ],
    };
    // 2026-05-25 … 2026-11-25 is 184 days; 2018-05-20 … 2018-11-20 is 184 days.
    expect(selfInspect(site('a', cols), { at: AT, profile: 'census' }).columns.map((c) => [c.id, c.limitDays])).toEqual([['n', 14], ['p1', 184]]);
    const old = selfInspect(site('a', cols), { at: '2018-11-20T12:00:00+08:00', profile: 'census' });
    expect(old.profile).toBe('census-2015');
    expect(old.columns.map((c) => [c.id, c.limitDays])).toEqual([['n', 14], ['p1', 184], ['p2', 184]]);
    const weekly = deriveProfile(censusProfile, { id: 'weekly', rules: { 'census/columns-stale': { newsPeriod: { days: 7 }, noticePolicyPeriod: { months: 3 } } } });
    expect(selfInspect(site('a', cols), { at: AT, profile: weekly }).columns.map((c) => [c.id, c.limitDays])).toEqual([['n', 7], ['p1', 92]]);
  });

  it('an unqualified new-media account\'s failures are problems to fix too, named by account; the site stays qualified', () => {
    const s = selfInspect(site('a', {
      accounts: [
        { id: 'wx', name: '某局发布', platform: 'wechat', posts: [], interactionAvailable: true, facts: { seriousProblems: [], fakeEngagement: false } },
        { id: 'wb', name: '某局微博', platform: 'weibo', posts: [{ id: 'p', publishedAt: '2026-11-24T09:00:00+08:00' }], interactionAvailable: true, facts: { seriousProblems: [], fakeEngagement: false } },
      ],
    }), { at: AT, profile: 'gov-2019' });
    expect(s.verdict).toBe('qualified');
    expect(s.problems.map((p) => [p.account, p.rule])).toEqual([['wx', 'nm-2019/veto-content-stale']]);
    expect(s.problems[0]?.basis?.source).toContain('政务新媒体');
    expect(renderSelfInspectionMarkdown(s)).toMatch(/\n1\. 内容不更新（政务新媒体 `wx`）：/);
    expect(renderSelfInspectionHtml(s)).toContain('内容不更新（政务新媒体 <code>wx</code>）：');
  });

  it('each veto, deduction and problem names the document and the article or indicator it comes from', () => {
    const s = selfInspect(site('a', {
      columns: [{ id: 'p', name: '政策', category: 'policy', level: 1, items: [{ id: 'x', publishedAt: '2026-01-10T12:00:00+08:00' }] }],
      links: [{ url: 'https://ad.example.com', kind: 'commercial' }],
      facts: { seriousProblems: ['state-secret'] },
    }), { at: AT, profile: 'deyang-2018', scorecard: 'gov-2019' });
    const veto = s.vetoes[0];
    expect(veto?.basis?.source).toContain('国办秘函〔2019〕19号');
    expect(veto?.basis?.article).toContain('安全、泄密事故等严重问题');
    expect(s.problems.find((p) => p.rule === 'deyang-2018/art28-links')?.basis).toMatchObject({ article: '第二十八条', articleEn: 'Art. 28' });
    expect(s.problems.find((p) => p.rule === 'deyang-2018/art28-links')?.basis?.source).toContain('德阳市政府网站管理暂行办法');
    // A veto fails the site and nothing else is scored: the stale policy column is a problem, not a deduction.
    expect(s.deductions).toEqual([]);
    expect(s.problems.map((p) => p.rule)).toContain('gov-2019/publish/policy-docs');
    expect(renderSelfInspectionMarkdown(s)).toMatch(/## 扣分 \(deductions\)\n\n无 \(none\)/);
    const d = selfInspect(site('b', { columns: [{ id: 'p', name: '政策', category: 'policy', level: 1, items: [{ id: 'x', publishedAt: '2026-01-10T12:00:00+08:00' }] }] }), { at: AT, profile: 'census', scorecard: 'gov-2019' });
    expect(d.deductions.find((x) => x.rule === 'gov-2019/publish/policy-docs')?.basis?.article).toContain('政策文件');
    const md = renderSelfInspectionMarkdown(s);
    expect(md).toContain('  - 出处 (basis): ');
    expect(md).toMatch(/\n\d+\. [^\n]*`deyang-2018\/art28-links`，德阳市政府网站管理暂行办法[^\n]*第二十八条 \(Art\. 28\)/);
    const html = renderSelfInspectionHtml(s);
    expect(html).toContain('出处 (basis)：');
    expect(html).toContain('第二十八条 (Art. 28)');
  });
});

describe('rendering', () => {
  const base = selfInspect(site('a'), { at: AT, profile: 'census', scorecard: 'gov-2019' });
  const withAccounts: SelfInspection = {
    ...base,
    accounts: [
      { account: 'wx-1', verdict: 'unqualified', findings: [{ rule: 'nm-2019/veto-content-stale', status: 'fail', message: { zh: '2周内无更新', en: 'No post in 2 weeks' }, evidence: {} }] },
      { account: 'wb-1', verdict: 'qualified', findings: [] },
    ],
  };
  it('Markdown lists each new-media account with its verdict and reasons when the report has them', () => {
    const md = renderSelfInspectionMarkdown(withAccounts);
    expect(md).toContain('## 政务新媒体 (new-media accounts)');
    expect(md).toContain('- `wx-1`: 不合格 (unqualified) — 2周内无更新 (`nm-2019/veto-content-stale`)');
    expect(md).toContain('- `wb-1`: 合格 (qualified)');
    // A report whose profile has no account rules has no accounts section.
    expect(renderSelfInspectionMarkdown({ ...base, accounts: null })).not.toContain('政务新媒体');
    expect(renderSelfInspectionHtml(withAccounts)).toContain('<code>wx-1</code>');
  });

  it('input text is escaped: no markup in HTML, no table break in Markdown', () => {
    const evil: SelfInspection = { ...base, site: { ...base.site, name: '<img src=x onerror=alert(1)>|a' } };
    const html = renderSelfInspectionHtml(evil);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(renderSelfInspectionMarkdown(evil)).toContain('\\|a');
    // Self-contained: nothing is fetched.
    expect(renderSelfInspectionHtml(withAccounts)).not.toMatch(/<(script|link|img|iframe)\b|url\(|src=|href=/i);
  });
});

describe('createCitySummary', () => {
  const good = (id: string) => selfInspect(site(id), { at: AT, profile: 'census' });
  const bad = (id: string) => selfInspect(site(id, { facts: { seriousProblems: ['state-secret'] } }), { at: AT, profile: 'census' });
  it('counts, rates, unqualified sites with reasons and veto counts', () => {
    const c = createCitySummary();
    for (const s of [good('a'), bad('b'), bad('c')]) c.add(s);
    const r = c.result();
    expect(r).toMatchObject({ sites: 3, qualifiedSites: 1, qualifiedRate: 0.3333, accounts: 0, accountQualifiedRate: null, at: '2026-11-25T12:00:00.000+08:00' });
    expect(r.unqualifiedSites.map((u) => u.site)).toEqual(['b', 'c']);
    expect(r.vetoCounts).toEqual([{ rule: 'gov-2019/veto-security-incident', title: expect.any(Object), sites: 2 }]);
    expect(renderCitySummaryMarkdown(r)).toContain('合格率 (qualified rate) 33.3%');
  });

  it('ranks complete scores best first, ties by site id; incomplete ones are counted, not ranked', () => {
    const scored = (id: string, total: number | null): SelfInspection => ({
      ...good(id), score: { scorecard: 'x', deduction: total, bonus: total === null ? null : 0, total, grade: total === null ? null : 'pass', complete: total !== null, missing: total === null ? ['m'] : [], vetoes: [], groups: [], indicators: [] },
    });
    const c = createCitySummary();
    for (const s of [scored('b', 90), scored('a', 90), scored('c', 95), scored('d', null)]) c.add(s);
    const r = c.result();
    expect(r.ranking.map((x) => x.site)).toEqual(['c', 'a', 'b']);
    expect(r.unranked).toBe(1);
  });
});
