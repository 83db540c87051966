/**
 * `gov-site-rules check` on the built binary (dist/cli.js, built once by test/global-setup.ts).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFiles } from '../temp-files.js';

const { write } = tempFiles('gsr-check-');

const AT = '2026-11-25T12:00:00+08:00';
const EXAMPLE = 'examples/deyang-portal.json';
const cli = (args: string[], input?: string) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', input });
const clean = { schemaVersion: 1, site: { id: 'ok', name: '好网站', kind: 'portal', level: 'city' }, links: [{ url: 'https://www.gov.cn', kind: 'government' }] };

describe('gov-site-rules check', () => {
  it('the example site: exit 1 (rules fail), table output names the verdict', () => {
    const r = cli(['check', EXAMPLE, '--at', AT]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/dy-edu .* 不合格 unqualified/);
    expect(r.stdout).toMatch(/FAIL {2}gov-2019\/veto-interaction-poor\.b/);
    expect(r.stderr).toBe('');
  });

  it('--json and --format json print the report', () => {
    for (const flags of [['--json'], ['--format', 'json']]) {
      const r = cli(['check', EXAMPLE, '--at', AT, ...flags]);
      const report = JSON.parse(r.stdout);
      expect(report).toMatchObject({ site: 'dy-edu', verdict: 'unqualified', summary: { pass: 15, fail: 8, 'needs-input': 2 } });
    }
  });

  it('--format junit prints JUnit XML with one failure per failing rule', () => {
    const r = cli(['check', EXAMPLE, '--at', AT, '--format', 'junit']);
    expect(r.stdout.startsWith('<?xml')).toBe(true);
    expect(r.stdout.match(/<failure /g)).toHaveLength(8);
    expect(r.stdout.match(/<testcase /g)).toHaveLength(26);
    expect(r.stdout.trim().endsWith('</testsuites>')).toBe(true);
  });

  it('exit 0 when nothing fails; reads stdin with -', () => {
    const r = cli(['check', '-', '--at', AT, '--profile', 'census', '--json'], JSON.stringify(clean));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).summary.fail).toBe(0);
  });

  it('a malformed snapshot: exit 2, the message names the JSON path and the value', () => {
    const bad = structuredClone(JSON.parse(readFileSync(EXAMPLE, 'utf8')));
    bad.columns[1].items[3].publishedAt = '2026-02-30T10:00:00+08:00';
    const r = cli(['check', write('bad.json', JSON.stringify(bad)), '--at', AT]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('snapshot.columns[1].items[3].publishedAt');
    expect(r.stderr).toContain('2026-02-30T10:00:00+08:00');
  });

  it.each([
    [['check', EXAMPLE], '--at'],
    [['check', EXAMPLE, '--at', '2026-11-25'], '2026-11-25'],
    [['check', EXAMPLE, '--at', AT, '--profile', 'nope'], 'nope'],
    [['check', EXAMPLE, '--at', AT, '--format', 'xml'], 'xml'],
    [['check', 'missing.json', '--at', AT], 'missing.json'],
  ])('invalid arguments %j: exit 2 naming %s', (args, named) => {
    const r = cli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(named);
  });

  it('not JSON at all: exit 2', () => {
    const r = cli(['check', write('x.json', '{"schemaVersion": 1,'), '--at', AT]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not valid JSON/);
  });

  it('__proto__ in the input: exit 2 naming the path', () => {
    const r = cli(['check', '-', '--at', AT], '{"schemaVersion":1,"site":{"id":"a","name":"A","kind":"portal","level":"city"},"facts":{"__proto__":{"x":1}}}');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('snapshot.facts.__proto__');
  });

  it('JSONL: one report per line, exit 1 when any fails; a bad line names its line number', () => {
    const example = JSON.stringify(JSON.parse(readFileSync(EXAMPLE, 'utf8')));
    const file = write('sites.jsonl', `${JSON.stringify(clean)}\n\n${example}\n`);
    const r = cli(['check', file, '--at', AT, '--json']);
    expect(r.status).toBe(1);
    const reports = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(reports.map((x) => x.site)).toEqual(['ok', 'dy-edu']);
    const bad = cli(['check', '-', '--jsonl', '--at', AT, '--json'], `${JSON.stringify(clean)}\n${JSON.stringify({ ...clean, site: { ...clean.site, level: 'galaxy' } })}\n`);
    expect(bad.status).toBe(2);
    expect(bad.stdout.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('line 2');
    expect(bad.stderr).toContain('snapshot.site.level');
    expect(bad.stderr).toContain('galaxy');
  });

  it('--help names the command and its exit codes', () => {
    expect(cli(['check', '--help']).stdout).toMatch(/Usage: gov-site-rules check/);
    expect(cli(['--help']).stdout).toMatch(/check/);
  });
});
