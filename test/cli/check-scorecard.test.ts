/**
 * `gov-site-rules check --scorecard ID|FILE.json` through the built CLI: each report carries the
 * score the API gives with the same scorecard, the table shows it, and a scorecard the checkpoint
 * is outside of, or a broken file, is exit 2 naming the flag.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSite } from '../../src/index.js';
import { portal } from '../fixtures/scoring-portal.js';
import { runBuiltCli } from '../process.js';
import { tempFiles } from '../temp-files.js';

const { dir, write } = tempFiles('gsr-check-scorecard-');

const AT = '2026-11-25T12:00:00+08:00';
const portalFile = write('portal.json', portal);
const SAMPLE = 'examples/scorecard-sample.json';

describe('check --scorecard', () => {
  it('the SAMPLE scorecard: the report scores 100 − 2 − 5 − 3 − 2 = 88, plus the portal bonus 6 + 3 (worked out by hand in the fixture)', async () => {
    const r = await runBuiltCli(['check', portalFile, '--at', AT, '--profile', 'census', '--scorecard', SAMPLE, '--json']);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report.score).toMatchObject({ scorecard: 'gov-2019-SAMPLE-values', deduction: 88, bonus: 9, total: 97, grade: 'pass', complete: true, missing: [], vetoes: [] });
    // The same score as the API's with the same scorecard object.
    const api = checkSite(portal as never, { at: AT, profile: 'census', scorecard: JSON.parse(readFileSync(SAMPLE, 'utf8')) });
    expect(report.score).toEqual(JSON.parse(JSON.stringify(api.score)));
  });

  it('the table ends the summary with the score line', async () => {
    const r = await runBuiltCli(['check', portalFile, '--at', AT, '--profile', 'census', '--scorecard', SAMPLE]);
    expect(r.stdout).toContain('\n  得分 score (gov-2019-SAMPLE-values): 97 (88 + bonus 9) — 合格 pass\n');
  });

  it('the national scorecard alone lacks numbers: undecided, naming what is missing', async () => {
    const r = await runBuiltCli(['check', portalFile, '--at', AT, '--profile', 'census', '--scorecard', 'gov-2019', '--json']);
    const report = JSON.parse(r.stdout);
    expect(report.score).toMatchObject({ deduction: null, total: null, complete: false });
    expect(report.score.missing.length).toBeGreaterThan(0);
    const table = (await runBuiltCli(['check', portalFile, '--at', AT, '--profile', 'census', '--scorecard', 'gov-2019'])).stdout;
    expect(table).toContain(`  得分 score (gov-2019): 未定 undecided — 缺少分值 missing: ${report.score.missing.join(', ')}\n`);
  });

  it('a vetoed site: fail, naming the vetoes, and nothing else scored', async () => {
    const r = await runBuiltCli(['check', 'examples/deyang-portal.json', '--at', AT, '--scorecard', SAMPLE, '--json']);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.verdict).toBe('unqualified');
    expect(report.score.grade).toBe('fail');
    expect(report.score.vetoes.length).toBeGreaterThan(0);
    expect(report.score.deduction).toBeNull();
    const table = (await runBuiltCli(['check', 'examples/deyang-portal.json', '--at', AT, '--scorecard', SAMPLE])).stdout;
    expect(table).toContain(`  得分 score (gov-2019-SAMPLE-values): 不合格 fail — 单项否决 veto: ${report.score.vetoes.join(', ')}\n`);
  });

  it('without --scorecard a report has no score (as before)', async () => {
    const report = JSON.parse((await runBuiltCli(['check', portalFile, '--at', AT, '--profile', 'census', '--json'])).stdout);
    expect(report).not.toHaveProperty('score');
  });

  it('each JSONL report is scored', async () => {
    const file = write('two.jsonl', `${JSON.stringify(portal)}\n${JSON.stringify({ ...portal, site: { ...portal.site, id: 'dy-2' } })}\n`);
    const r = await runBuiltCli(['check', file, '--at', AT, '--profile', 'census', '--scorecard', SAMPLE, '--format', 'json']);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.site, l.score.total])).toEqual([['dy-portal', 97], ['dy-2', 97]]);
  });

  it('gov-2019 before 2019-04-18: exit 2 naming --scorecard and the system then in force', async () => {
    const r = await runBuiltCli(['check', portalFile, '--at', '2018-11-20T12:00:00+08:00', '--profile', 'census', '--scorecard', 'gov-2019']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Invalid --scorecard');
    expect(r.stderr).toContain('census-2015');
  });

  it('a broken scorecard file: exit 2 naming the file, the JSON path and the value, before any input is read', async () => {
    const bad = write('bad-scorecard.json', { id: 'x', extends: 'gov-2019', indicators: { 'gov-2019/publish/news': { points: 'three' } } });
    const r = await runBuiltCli(['check', path.join(dir, 'missing-snapshot.json'), '--at', AT, '--scorecard', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`--scorecard ${bad}: scorecard.indicators.gov-2019/publish/news.points`);
    expect(r.stderr).toContain('"three"');
  });
});
