/**
 * The CLI as a process (issue 12), on the built binary: a closed pipe ends quietly with the exit
 * code the run would have had; a write error is one line and exit 74; an internal error is one
 * line and exit 70 (the stack only with GSR_DEBUG); SIGTERM ends the run as the shell's 143; every
 * exit code is in `--help` and in the README.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/io.js';
import { tempFiles } from '../temp-files.js';

const { dir, write } = tempFiles('gsr-process-');

const CLI = path.resolve('dist/cli.js');
const AT = '2026-11-25T12:00:00+08:00';
const NOW = '2026-12-01T09:00:00+08:00';
const DOC = 'deyang-2018/art24-policy-document';
// 2026-11-20 + 3 working days = 11-25 (overdue on 12-01); 2026-11-27 + 3 = 12-02 (due soon).
const events = (from: string, n: number) => Array.from({ length: n }, (_, i) => JSON.stringify({ id: `doc-${i}`, rule: DOC, from })).join('\n');
const overdue = write('overdue.jsonl', events('2026-11-20', 4000));
const dueSoon = write('due-soon.jsonl', events('2026-11-27', 4000));
const clean = JSON.stringify({ schemaVersion: 1, site: { id: 'ok', name: '好网站', kind: 'portal', level: 'city' }, links: [{ url: 'https://www.gov.cn', kind: 'government' }] });
const sites = write('sites.jsonl', `${Array.from({ length: 3000 }, () => clean).join('\n')}\n`);

/** Runs `<cli args> | head -1` in bash; the CLI's own exit code (PIPESTATUS) and its stderr. */
function intoHead(args: string[]): { code: number; first: string; stderr: string } {
  const err = path.join(dir, `err-${Math.random().toString(36).slice(2)}`);
  const quoted = args.map((a) => `'${a}'`).join(' ');
  const r = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" ${quoted} 2>"${err}" | head -1; exit "\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
  return { code: r.status as number, first: r.stdout, stderr: readFileSync(err, 'utf8') };
}

/** Runs the CLI with stdout on /dev/full (every write fails with ENOSPC). */
function intoFull(args: string[], input?: string) {
  const fd = openSync('/dev/full', 'w');
  try {
    return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input, stdio: ['pipe', fd, 'pipe'] });
  } finally {
    closeSync(fd);
  }
}

describe('a closed pipe (| head -1) ends quietly with the exit code of the run', () => {
  it('due with overdue items: exit 1, nothing on stderr', () => {
    const r = intoHead(['due', overdue, '--now', NOW]);
    expect(r.first).toMatch(/^Obligations at 2026-12-01/);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(EXIT.ruleFailed);
  });

  it('due with nothing overdue: exit 0, nothing on stderr', () => {
    const r = intoHead(['due', dueSoon, '--now', NOW, '--json']);
    expect(r.first).toBe('{\n');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(EXIT.ok);
  });

  it('check --jsonl --json of passing sites: exit 0, nothing on stderr', () => {
    const r = intoHead(['check', sites, '--at', AT, '--profile', 'census', '--json']);
    expect(JSON.parse(r.first)).toMatchObject({ site: 'ok', verdict: 'qualified' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(EXIT.ok);
  });

  it('check of a failing site in JSON: exit 1, nothing on stderr', () => {
    const r = intoHead(['check', 'examples/deyang-portal.json', '--at', AT, '--json']);
    expect(r.first).toBe('{\n');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(EXIT.ruleFailed);
  });
});

describe('a write error (stdout on /dev/full: ENOSPC) is one line and exit 74', () => {
  it.each([
    [['rules']],
    [['rules', '--json']],
    [['due', overdue, '--now', NOW]],
    [['check', 'examples/deyang-portal.json', '--at', AT, '--format', 'junit']],
    [['check', sites, '--at', AT, '--profile', 'census', '--json']],
    [['add-workdays', '2026-09-30', '3']],
  ])('%j', (args) => {
    const r = intoFull(args);
    expect(r.status).toBe(EXIT.ioError);
    expect(r.stderr).toMatch(/^gov-site-rules( [a-z-]+)?: cannot write to stdout \(ENOSPC: no space left on device\)\n$/);
  });
});

describe('an internal error (a bug) is one line and exit 70', () => {
  // A preloaded module breaks String#padEnd, which only the `rules` table calls: a stand-in for a bug.
  const bug = write('bug.mjs', "String.prototype.padEnd = function () { throw new TypeError('planted bug'); };\n");
  const run = (env: Record<string, string>) => spawnSync(process.execPath, ['--import', bug, CLI, 'rules'], { encoding: 'utf8', env: { ...process.env, GSR_DEBUG: '', ...env } });

  it('without GSR_DEBUG: one line naming the error, that it is a bug and where to report it; no stack', () => {
    const r = run({});
    expect(r.status).toBe(EXIT.internal);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/internal error .*TypeError: planted bug.*report.*Reporting a bug.*GSR_DEBUG=1/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('with GSR_DEBUG=1 the stack follows', () => {
    const r = run({ GSR_DEBUG: '1' });
    expect(r.status).toBe(EXIT.internal);
    expect(r.stderr).toMatch(/internal error[^\n]*\nTypeError: planted bug\n\s+at /);
  });
});

describe('signals', () => {
  it('SIGTERM ends a run waiting for input: killed by the signal, which the shell reports as 143', async () => {
    const child = spawn(process.execPath, [CLI, 'due', '-', '--now', NOW], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGTERM');
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
    expect([code, signal]).toEqual([null, 'SIGTERM']);
    expect(stderr).toBe('');
    // In a shell: stdin is a FIFO held open (read-write on fd 3), so the CLI waits for input.
    const fifo = path.join(dir, 'fifo');
    const script = `mkfifo "${fifo}"; exec 3<>"${fifo}"; "${process.execPath}" "${CLI}" due - --now ${NOW} <"${fifo}" & pid=$!; sleep 0.5; kill -TERM $pid; wait $pid; echo $?`;
    const viaShell = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    expect(viaShell.stdout.trim()).toBe(String(EXIT.terminated));
  });
});

describe('every exit code is documented', () => {
  const help = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' }).stdout;
  const readme = readFileSync('README.md', 'utf8');
  it.each(Object.entries(EXIT))('%s (%i) in --help, in each command\'s --help and in README.md', (_name, code) => {
    expect(help).toMatch(new RegExp(`^ {2}${code}\\b`, 'm'));
    expect(spawnSync(process.execPath, [CLI, 'due', '--help'], { encoding: 'utf8' }).stdout).toMatch(new RegExp(`^ {2}${code}\\b`, 'm'));
    expect(readme).toMatch(new RegExp(`^\\| \`${code}\` \\|`, 'm'));
  });
});
