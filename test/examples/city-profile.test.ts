/**
 * examples/city-profile (issue 13, "Show it"): Sample City's JSON profile, its custom rule module
 * and a sample snapshot with an `extensions` section, checked through the CLI with the README's
 * command as written and through the API. Expected findings are worked out by hand from the
 * snapshot and the rules (checkpoint 2026-11-25 12:00 Beijing).
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkSiteUnknown, deriveProfile, type Finding, profileFromJson } from '../../src/index.js';
import { ROOT } from '../install-example.js';
import { runBuiltCli } from '../process.js';

const DIR = path.join(ROOT, 'examples/city-profile');
const AT = '2026-11-25T12:00:00+08:00';
const read = (name: string): unknown => JSON.parse(readFileSync(path.join(DIR, name), 'utf8'));
const byRule = (findings: readonly Finding[]) => new Map(findings.map((f) => [f.rule, f]));

/** What Sample City's profile must make of the sample snapshot. */
function expectSampleCity(findings: readonly Finding[]) {
  const f = byRule(findings);
  // 2 blank columns (c-guide, c-video): fail at the city's threshold 2.
  expect(f.get('gov-2019/veto-columns-stale.c')).toMatchObject({ status: 'fail', evidence: { threshold: 2, blank: 2 } });
  // 2 rectification take-downs in 2026 (3 days, 1.5 days), approved and announced: within 2 a year, 7 days each.
  expect(f.get('deyang-2018/art16-temporary-offline')).toMatchObject({ status: 'pass', evidence: { takedownsThisYear: 2, maxTakedownsPerYear: 2, maxTakedownDays: 7 } });
  // Dropped.
  expect(f.has('deyang-2018/art12-opening-approval')).toBe(false);
  // The last passed audit 2026-07-15 is after 2026-11-25 minus 6 months = 2026-05-25 (the failed one of 10-20 does not count).
  expect(f.get('sample-city/accessibility-audit')).toMatchObject({ status: 'pass', evidence: { latestPassed: '2026-07-15', windowStart: '2026-05-25', maxMonths: 6 } });
  // The last rule of the report is the custom one.
  expect(findings.at(-1)?.rule).toBe('sample-city/accessibility-audit');
}

describe('examples/city-profile', () => {
  it('touches two files besides the sample data: the profile and the rule (nothing in src/)', () => {
    expect(readdirSync(DIR).sort()).toEqual(['README.md', 'accessibility-audit.mjs', 'profile.json', 'snapshot.json']);
    expect((read('profile.json') as { ruleModules: string[] }).ruleModules).toEqual(['./accessibility-audit.mjs']);
  });

  it('through the CLI, with the README\'s command: exit 1 (a census veto fails), the expected findings', async () => {
    const args = ['check', 'examples/city-profile/snapshot.json', '--at', AT, '--profile', 'examples/city-profile/profile.json'];
    const table = await runBuiltCli(args, { cwd: ROOT });
    expect(table.status, table.stderr).toBe(1);
    expect(table.stdout).toContain('profile sample-city');
    expect(table.stdout).toMatch(/PASS\s+sample-city\/accessibility-audit/);
    const json = await runBuiltCli([...args, '--json'], { cwd: ROOT });
    const report = JSON.parse(json.stdout) as { profile: string; verdict: string; findings: Finding[] };
    expect(report.profile).toBe('sample-city');
    expect(report.verdict).toBe('unqualified');
    expectSampleCity(report.findings);
  });

  it('the shipped profile on the same snapshot: the numbers Sample City changed decide otherwise', async () => {
    const r = await runBuiltCli(['check', 'examples/city-profile/snapshot.json', '--at', AT, '--json'], { cwd: ROOT });
    const f = byRule((JSON.parse(r.stdout) as { findings: Finding[] }).findings);
    expect(f.get('gov-2019/veto-columns-stale.c')?.status).toBe('pass'); // 2 < 5
    expect(f.get('deyang-2018/art16-temporary-offline')?.status).toBe('needs-input'); // no limits in the Deyang text
    expect(f.has('deyang-2018/art12-opening-approval')).toBe(true);
    expect(f.has('sample-city/accessibility-audit')).toBe(false);
  });

  it('through the API: profileFromJson with the module\'s definition; the profile carries it', async () => {
    const { accessibilityAudit } = (await import(path.join(DIR, 'accessibility-audit.mjs'))) as { accessibilityAudit: never };
    const profile = profileFromJson(read('profile.json'), [accessibilityAudit]);
    const report = checkSiteUnknown(read('snapshot.json'), { at: AT, profile });
    expect(report.verdict).toBe('unqualified');
    expectSampleCity(report.findings);
    // A stricter city: within 3 months the window starts 2026-08-25, after the last passed audit.
    const strict = deriveProfile(profile, { id: 'stricter', rules: { 'sample-city/accessibility-audit': { maxMonths: 3 } } as never });
    const f = byRule(checkSiteUnknown(read('snapshot.json'), { at: AT, profile: strict }).findings).get('sample-city/accessibility-audit');
    expect(f).toMatchObject({ status: 'fail', evidence: { latestPassed: '2026-07-15', windowStart: '2026-08-25' } });
    // Without the extensions section the rule needs input.
    const bare = { ...(read('snapshot.json') as object), extensions: undefined };
    expect(byRule(checkSiteUnknown(bare, { at: AT, profile }).findings).get('sample-city/accessibility-audit')?.status).toBe('needs-input');
  });
});

describe('docs/checks.md shows the example as it is', () => {
  const doc = readFileSync(path.join(ROOT, 'docs/checks.md'), 'utf8');
  const block = (after: string, lang: string): string => {
    const start = doc.indexOf(after);
    expect(start, after).toBeGreaterThan(-1);
    const open = doc.indexOf(`\`\`\`${lang}\n`, start);
    return doc.slice(open + lang.length + 4, doc.indexOf('```', open + 3));
  };

  it('the profile file of "Profile files" is examples/city-profile/profile.json', () => {
    expect(JSON.parse(block('### Profile files', 'json'))).toEqual(read('profile.json'));
  });

  it('the rule of "Custom rules" runs and decides like the example\'s', async () => {
    const code = block('### Custom rules', 'js')
      .replace("from 'gov-site-rules'", `from '${pathToFileURL(path.join(ROOT, 'dist/index.js')).href}'`)
      .replace("from 'zod'", `from '${pathToFileURL(path.join(ROOT, 'node_modules/zod/index.js')).href}'`);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'gsr-doc-rule-')), 'rule.mjs');
    writeFileSync(file, code);
    const { accessibilityAudit } = (await import(pathToFileURL(file).href)) as { accessibilityAudit: never };
    const profile = profileFromJson(read('profile.json'), [accessibilityAudit]);
    const status = (months: number) => {
      const p = deriveProfile(profile, { id: 'm', rules: { 'sample-city/accessibility-audit': { maxMonths: months } } as never });
      return byRule(checkSiteUnknown(read('snapshot.json'), { at: AT, profile: p }).findings).get('sample-city/accessibility-audit')?.status;
    };
    expect(status(6)).toBe('pass'); // 2026-07-15 is after 2026-05-25
    expect(status(3)).toBe('fail'); // … and before 2026-08-25
  });
});
