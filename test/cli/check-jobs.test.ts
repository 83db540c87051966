/**
 * `check --jsonl` on worker threads (issue 14): past the first POOL_THRESHOLD lines, batches go to
 * `--jobs` workers; the output must be the one-core run's, byte for byte and in the same order,
 * with the same exit code — and, for an invalid line, the same reports before it and the same error.
 * On the built CLI (test/process.ts), as a user runs it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { POOL_THRESHOLD } from '../../src/cli/pool.js';
import { EXIT } from '../../src/cli/io.js';
import { runBuiltCli } from '../process.js';
import { JOBS_AT, jobsSnapshot } from './jobs-snapshot.js';

const AT = JOBS_AT;
const snapshot = (i: number): string => jobsSnapshot(i, { links: true });
const dir = mkdtempSync(path.join(tmpdir(), 'gsr-check-jobs-'));
const LINES = POOL_THRESHOLD + 400;

const lines = Array.from({ length: LINES }, (_, i) => snapshot(i));
lines.splice(POOL_THRESHOLD + 200, 0, ''); // a blank line inside the pooled part is skipped, as on one core
const good = path.join(dir, 'good.jsonl');
writeFileSync(good, `${lines.join('\n')}\n`);
// An invalid snapshot well inside the pooled part (line numbers count the blank line).
const badLine = POOL_THRESHOLD + 300;
const bad = path.join(dir, 'bad.jsonl');
writeFileSync(bad, `${lines.map((l, i) => (i === badLine - 1 ? '{"schemaVersion":1,"site":{"id":"x"}}' : l)).join('\n')}\n`);

const check = (file: string, ...extra: string[]) => runBuiltCli(['check', '--jsonl', file, '--at', AT, '--json', ...extra], { timeoutMs: 120_000 });

describe.sequential('check --jsonl --jobs N', () => {
  it('writes the one-core output, byte for byte and in order, on 2 and 3 workers and by default', async () => {
    const one = await check(good, '--jobs', '1');
    expect(one.stderr).toBe('');
    expect(one.stdout.split('\n')).toHaveLength(LINES + 1);
    expect(one.status).toBe(EXIT.ruleFailed);
    for (const jobs of [['--jobs', '2'], ['--jobs', '3'], []]) {
      const many = await check(good, ...jobs);
      expect({ jobs, status: many.status, stderr: many.stderr }).toEqual({ jobs, status: one.status, stderr: '' });
      expect(many.stdout === one.stdout, `output of --jobs ${jobs[1] ?? 'default'} differs from --jobs 1`).toBe(true);
    }
  }, 240_000);

  it('stops at an invalid line with the same reports before it and the same error', async () => {
    const one = await check(bad, '--jobs', '1');
    expect(one.status).toBe(EXIT.invalid);
    expect(one.stderr).toContain(`line ${badLine}: snapshot.site`);
    expect(one.stdout.split('\n')).toHaveLength(badLine - 1); // every line before it, less the blank one, then the final newline
    const two = await check(bad, '--jobs', '2');
    expect({ status: two.status, stderr: two.stderr }).toEqual({ status: one.status, stderr: one.stderr });
    expect(two.stdout === one.stdout).toBe(true);
  }, 120_000);

  it('gives the one-core output for CRLF lines, blank lines and a last line without a newline, the last batch partial', async () => {
    // 1,024 + 333 lines: past the threshold, ten full batches of 32 and a partial one (13 lines).
    const crlf = lines.slice(0, POOL_THRESHOLD + 333);
    crlf.splice(POOL_THRESHOLD + 40, 0, '', '\t'); // blank lines inside a batch
    const file = path.join(dir, 'crlf.jsonl');
    writeFileSync(file, crlf.join('\r\n')); // no break after the last line
    const one = await check(file, '--jobs', '1');
    expect(one.stderr).toBe('');
    const reports = crlf.filter((l) => l.trim() !== '').length;
    expect(reports).toBe(POOL_THRESHOLD + 333 - 1); // `lines` has a blank line of its own there
    expect(one.stdout.split('\n')).toHaveLength(reports + 1); // one report a line, each ending in a newline
    for (const jobs of [['--jobs', '2'], ['--jobs', '3']]) {
      const many = await check(file, ...jobs);
      expect({ jobs, status: many.status, stderr: many.stderr }).toEqual({ jobs, status: one.status, stderr: '' });
      expect(many.stdout === one.stdout, `output of --jobs ${jobs[1]} differs from --jobs 1`).toBe(true);
    }
  }, 240_000);

  it.each([['0'], ['two'], ['-1']])('refuses --jobs %s', async (jobs) => {
    const r = await check(good, '--jobs', jobs);
    expect(r.status).toBe(EXIT.invalid);
    expect(r.stderr).toContain('--jobs');
    expect(r.stdout).toBe('');
  });
});
