/**
 * examples/cms-sqlite: a SQLite CMS database (sql.js) → one snapshot per site → checkSite. Run as
 * a copy in another directory (gov-site-rules resolved by package name, like the consumer
 * examples) and in place, as the README's fresh-clone commands do. The expected verdicts are the
 * table in the example's README, worked out by hand from the rules: this test parses that table
 * and requires the run to match it, site by site and list by list.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSite, snapshotSchema } from '../../src/index.js';
import { installExample, ROOT } from '../install-example.js';

const work = mkdtempSync(path.join(tmpdir(), 'gsr-cms-sqlite-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function node(cwd: string, args: string[]) {
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', NO_COLOR: '1' }, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, out: `${r.stdout}\n${r.stderr}` };
}

interface Expected { site: string; verdict: string; fail: string[]; needsInput: string[]; notApplicable: string[] }

/** The README's table "The verdicts, worked out by hand". */
function documented(): Expected[] {
  const readme = readFileSync(path.join(ROOT, 'examples/cms-sqlite/README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## The verdicts'));
  const list = (cell: string) => (cell.trim() === '—' ? [] : cell.split(',').map((s) => s.trim()));
  return section.split('\n').filter((l) => /^\| [a-z]/.test(l) && !l.startsWith('| site')).map((l) => {
    const [site, verdict, fail, needsInput, notApplicable] = l.split('|').slice(1, 6).map((c) => c.trim());
    return { site: site!, verdict: verdict!, fail: list(fail!), needsInput: list(needsInput!), notApplicable: list(notApplicable!) };
  });
}

const AT = '2026-11-25T12:00:00+08:00';

describe.sequential('examples/cms-sqlite', () => {
  const expected = documented();

  it('the README documents both sites', () => {
    expect(expected.map((e) => e.site)).toEqual(['dy-edu', 'jy-gov']);
    expect(expected.map((e) => e.verdict)).toEqual(['qualified', 'unqualified']);
  });

  let copied: { sites: Expected[]; inventory: { status: string } };
  it('copied to another project: builds the database, the snapshots and the documented verdicts (exit 1: a site is unqualified)', () => {
    const dir = installExample('cms-sqlite', work);
    const db = node(dir, ['create-db.mjs']);
    expect(db.status, db.out).toBe(0);
    expect(existsSync(path.join(dir, 'cms.sqlite'))).toBe(true);
    const run = node(dir, ['check.mjs', '--json']);
    expect(run.status, run.out).toBe(1);
    copied = JSON.parse(run.stdout);
    expect(copied.sites.map(({ site, verdict, fail, needsInput, notApplicable }) => ({ site, verdict, fail, needsInput, notApplicable }))).toEqual(expected);
    expect(copied.inventory.status).toBe('pass');
  });

  it('the snapshots it wrote are valid and give the same verdicts through the library', () => {
    const dir = path.join(work, 'cms-sqlite');
    for (const e of expected) {
      const snapshot = JSON.parse(readFileSync(path.join(dir, 'snapshots', `${e.site}.json`), 'utf8'));
      expect(snapshotSchema.safeParse(snapshot).success).toBe(true);
      const report = checkSite(snapshot, { at: AT });
      expect(report.verdict).toBe(e.verdict);
      expect(report.findings.filter((f) => f.status === 'fail').map((f) => f.rule)).toEqual(e.fail);
    }
  });

  it('in place, as the README runs it from a fresh clone (the package found by its own name)', () => {
    const out = path.join(work, 'in-place');
    mkdirSync(out, { recursive: true });
    const created = node(ROOT, ['examples/cms-sqlite/create-db.mjs', path.join(out, 'cms.sqlite')]);
    expect(created.status, created.out).toBe(0);
    const run = node(ROOT, ['examples/cms-sqlite/check.mjs', '--db', path.join(out, 'cms.sqlite'), '--out', path.join(out, 'snapshots'), '--json']);
    expect(run.status, run.out).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual(copied);
  });

  it("docs/snapshot.md's sample output agrees with the README's table (fail and needs-input counts)", () => {
    const guide = readFileSync(path.join(ROOT, 'docs/snapshot.md'), 'utf8');
    for (const e of expected) {
      const line = guide.split('\n').find((l) => l.startsWith(`# ${e.site} @`));
      expect(line, e.site).toBeDefined();
      expect(line).toContain(`${e.fail.length} fail, ${e.needsInput.length} needs-input, ${e.notApplicable.length} not-applicable`);
    }
  });

  it('the CLI gives the documented verdict for a written snapshot', () => {
    const r = node(ROOT, ['dist/cli.js', 'check', path.join(work, 'cms-sqlite/snapshots/jy-gov.json'), '--at', AT]);
    expect(r.status, r.out).toBe(1);
    expect(r.stdout).toMatch(/jy-gov .* 不合格 unqualified/);
    expect(r.stdout).toMatch(/FAIL\s+gov-2019\/veto-columns-stale\.c/);
  });
});
