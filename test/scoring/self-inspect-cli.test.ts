/**
 * `gov-site-rules self-inspect` through the built CLI: the Art. 32 report (Markdown, JSON), a
 * scorecard file (examples/scorecard-sample.json, and a broken one), and the city-wide summary
 * over JSONL.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { portal } from '../fixtures/scoring-portal.js';
import { runBuiltCli } from '../process.js';
import { tempFiles } from '../temp-files.js';

const { dir, write } = tempFiles('gsr-self-inspect-');

const AT = '2026-11-25T12:00:00+08:00';
const portalFile = write('portal.json', portal);

describe('self-inspect: one site', () => {
  it('Markdown, Chinese first: site, quarter and its Art. 32 due date, indicator system, score, deductions, problems', async () => {
    const r = await runBuiltCli(['self-inspect', portalFile, '--at', AT]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const md = r.stdout;
    expect(md.split('\n')[0]).toBe('# 德阳市人民政府 2026Q4 政府网站自查报告');
    expect(md).toContain('报送截止 (due, Art. 32): 2026-11-15');
    expect(md).toContain('规则集 `gov-2019`，计分表 `gov-2019`'); // census picks the 2019 indicators at this checkpoint
    // The national scorecard alone lacks the maxima: no total, and it says so.
    expect(md).toContain('总分 —');
    expect(md).toMatch(/不完整 \(incomplete\)/);
    expect(md).toContain('`gov-2019/publish/policy-docs`');
    expect(md).toContain('## 问题清单 (problems to fix)');
  });

  it('with the SAMPLE scorecard every number is there: 100 − 2 − 5 − 3 − 2 = 88, above 80 a portal adds 6 + 3', async () => {
    const r = await runBuiltCli(['self-inspect', portalFile, '--at', AT, '--format', 'json', '--scorecard', 'examples/scorecard-sample.json']);
    expect(r.stderr).toBe('');
    const s = JSON.parse(r.stdout);
    expect(s.scorecard).toBe('gov-2019-SAMPLE-values');
    expect(s.score).toMatchObject({ deduction: 88, bonus: 9, total: 97, grade: 'pass', complete: true, missing: [] });
    expect(s.deductions.map((d: { indicator: { id: string; points: number } }) => [d.indicator.id, d.indicator.points])).toEqual([
      ['gov-2019/publish/leader-info', 2], ['gov-2019/publish/policy-docs', 5], ['gov-2019/interact/message-disclosure', 3],
    ]);
    expect(s.quarter).toBe('2026Q4');
    expect(s.dueDate).toBe('2026-11-15');
  });

  it('--quarter picks the quarter reported on; --out writes the file', async () => {
    const out = path.join(dir, 'q3.md');
    const r = await runBuiltCli(['self-inspect', portalFile, '--at', AT, '--quarter', '2026Q3', '--out', out]);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('报送截止 (due, Art. 32): 2026-08-15');
  });

  it('a broken scorecard file: exit 2 naming the file, the JSON path and the value', async () => {
    const bad = write('bad-scorecard.json', { id: 'x', extends: 'gov-2019', indicators: { 'gov-2019/publish/news': { points: 'three' } } });
    const r = await runBuiltCli(['self-inspect', portalFile, '--at', AT, '--scorecard', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`--scorecard ${bad}: scorecard.indicators.gov-2019/publish/news.points`);
    expect(r.stderr).toContain('"three"');
    const unknown = write('unknown-indicator.json', { id: 'x', extends: 'gov-2019', indicators: { 'gov-2019/nope': { points: 1 } } });
    expect((await runBuiltCli(['self-inspect', portalFile, '--at', AT, '--scorecard', unknown])).status).toBe(2);
  });

  it('before 2019-04-18 the default is no scorecard (the 2015 census points are not known); --scorecard gov-2019 then exits 2 naming census-2015', async () => {
    const at = '2018-11-20T12:00:00+08:00';
    const r = await runBuiltCli(['self-inspect', portalFile, '--at', at, '--format', 'json']);
    expect(r.stderr).toBe('');
    const s = JSON.parse(r.stdout);
    expect([s.profile, s.scorecard, s.score, s.deductions]).toEqual(['census-2015', null, null, []]);
    expect([s.quarter, s.dueDate]).toEqual(['2018Q4', '2018-11-15']);
    expect((await runBuiltCli(['self-inspect', portalFile, '--at', at])).stdout).toContain('- 得分 (score): 未计分');
    const refused = await runBuiltCli(['self-inspect', portalFile, '--at', at, '--scorecard', 'gov-2019']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('Invalid --scorecard: "gov-2019" applies to checkpoints 2019-04-18 … today, not to 2018-11-20');
    expect(refused.stderr).toContain('"census-2015"');
    expect(refused.stdout).toBe('');
    // The SAMPLE file extends gov-2019: the same dates, refused under the file's name.
    const sample = await runBuiltCli(['self-inspect', portalFile, '--at', at, '--scorecard', 'examples/scorecard-sample.json']);
    expect(sample.status).toBe(2);
    expect(sample.stderr).toContain('Invalid --scorecard examples/scorecard-sample.json: "gov-2019-SAMPLE-values" applies to checkpoints 2019-04-18');
  });

  it('an unqualified site exits 1 and lists the veto first among the problems', async () => {
    const f = write('veto.json', { ...portal, facts: { ...portal.facts, seriousProblems: ['wording-error'] } });
    const r = await runBuiltCli(['self-inspect', f, '--at', AT, '--format', 'json']);
    expect(r.status).toBe(1);
    const s = JSON.parse(r.stdout);
    expect(s.verdict).toBe('unqualified');
    expect(s.score).toMatchObject({ grade: 'fail', total: null, vetoes: ['gov-2019/veto-security-incident'] });
    expect(s.problems[0].rule).toBe('gov-2019/veto-security-incident');
  });
});

describe('self-inspect --jsonl: the city-wide summary', () => {
  const veto = { ...portal, site: { ...portal.site, id: 'dy-bad', name: '某局' }, facts: { ...portal.facts, seriousProblems: ['state-secret'] } };
  const other = { ...portal, site: { ...portal.site, id: 'dy-2', name: '二号网站' }, facts: { ...portal.facts, leaderInfo: { column: true, problems: [] } } };
  const jsonl = write('city.jsonl', [portal, veto, other].map((s) => JSON.stringify(s)).join('\n'));

  it('sites checked, qualified rate, unqualified sites with their veto reasons, ranking by complete score', async () => {
    const r = await runBuiltCli(['self-inspect', jsonl, '--at', AT, '--format', 'json', '--scorecard', 'examples/scorecard-sample.json']);
    expect(r.status).toBe(1);
    const c = JSON.parse(r.stdout);
    expect(c).toMatchObject({ sites: 3, qualifiedSites: 2, qualifiedRate: 0.6667, accounts: 0, accountQualifiedRate: null });
    expect(c.unqualifiedSites).toEqual([{ site: 'dy-bad', name: '某局', reasons: [{ rule: 'gov-2019/veto-security-incident', title: expect.any(Object) }] }]);
    // dy-2 has no leader deduction: 90 + 9 = 99 ranks above 97.
    expect(c.ranking.map((x: { site: string; total: number }) => [x.site, x.total])).toEqual([['dy-2', 99], ['dy-portal', 97]]);
    const md = await runBuiltCli(['self-inspect', jsonl, '--at', AT]);
    expect(md.stdout).toContain('合格率 (qualified rate) 66.7%');
    expect(md.stdout).toContain('- 某局 (`dy-bad`):');
  });

  it('names the line of an invalid snapshot', async () => {
    const f = write('broken.jsonl', `${JSON.stringify(portal)}\n{"schemaVersion":1}\n`);
    const r = await runBuiltCli(['self-inspect', f, '--at', AT]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('line 2: snapshot.site');
  });
});
