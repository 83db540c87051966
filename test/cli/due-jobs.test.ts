/**
 * `due` on worker threads (issue 14): past the first POOL_THRESHOLD lines, each line's event is
 * read and its obligation computed on `--jobs` workers; the output must be the one-core run's, byte
 * for byte, in every format (table, `--json`, `--ics -` as VTODOs and VEVENTs, `--ics FILE`), with
 * the same exit code — and, for a bad line in the pooled part, the same error naming the same
 * line, with the one-core precedence: an invalid line anywhere before a deadline that cannot be
 * computed, a repeated id before a deadline that cannot be computed. On the built CLI
 * (test/process.ts), as a user runs it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/io.js';
import { POOL_THRESHOLD } from '../../src/cli/pool.js';
import { runBuiltCli } from '../process.js';

const NOW = '2026-11-25T09:00:00+08:00';
const dir = mkdtempSync(path.join(tmpdir(), 'gsr-due-jobs-'));
const LINES = POOL_THRESHOLD + 700;

// Every kind of event the examples hold (hour, working-day, fixed-date rules, OGI replies with a
// correction and consultations, done and open), each many times under its own id, and between
// them policy documents from 60 different days, so that states, years and ties in the sort vary.
const templates = readFileSync('examples/events.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string });
function event(i: number): string {
  if (i % 2 === 0) {
    const t = templates[(i / 2) % templates.length] as { id: string };
    return JSON.stringify({ ...t, id: `${t.id}-${i}` });
  }
  const from = new Date(Date.parse('2026-11-24T00:00:00Z') - (i % 60) * 86_400_000).toISOString().slice(0, 10);
  return JSON.stringify({ id: `doc-${i}`, rule: 'deyang-2018/art24-policy-document', from });
}
const lines = Array.from({ length: LINES }, (_, i) => event(i));
lines.splice(POOL_THRESHOLD + 200, 0, '  '); // a blank line inside the pooled part is skipped, as on one core
const write = (name: string, replace: Record<number, string> = {}) => {
  const file = path.join(dir, name);
  writeFileSync(file, `${lines.map((l, i) => replace[i + 1] ?? l).join('\n')}\n`);
  return file;
};
const good = write('good.jsonl');

const due = (file: string, ...extra: string[]) => runBuiltCli(['due', file, '--now', NOW, ...extra], { timeoutMs: 120_000 });
const JOBS = [['--jobs', '2'], []];

describe.sequential('due --jobs N', () => {
  it.each([
    ['the table', []],
    ['--json', ['--json']],
    ['--json --provisional', ['--json', '--provisional']],
    ['--ics - (VTODO)', ['--ics', '-']],
    ['--ics - --ics-events (VEVENT)', ['--ics', '-', '--ics-events', '--calendar-name', '德阳 due']],
  ])('writes the one-core output of %s, byte for byte, on 2 workers and by default (and 3 for --json)', async (_, format) => {
    const one = await due(good, ...format, '--jobs', '1');
    expect(one.stderr).toBe('');
    expect(one.status).toBe(EXIT.ruleFailed); // the examples hold an overdue obligation
    if (format[0] === '--json') expect(JSON.parse(one.stdout).items).toHaveLength(LINES);
    for (const jobs of format.length === 1 && format[0] === '--json' ? [...JOBS, ['--jobs', '3']] : JOBS) {
      const many = await due(good, ...format, ...jobs);
      expect({ jobs, status: many.status, stderr: many.stderr }).toEqual({ jobs, status: one.status, stderr: '' });
      expect(many.stdout === one.stdout, `output of --jobs ${jobs[1] ?? 'default'} differs from --jobs 1`).toBe(true);
    }
  }, 240_000);

  it('writes the same --ics FILE', async () => {
    const [a, b] = [path.join(dir, 'one.ics'), path.join(dir, 'two.ics')];
    const one = await due(good, '--ics', a, '--jobs', '1');
    const two = await due(good, '--ics', b, '--jobs', '2');
    expect(one.stdout).toMatch(/^wrote \d+ open obligation\(s\) to /);
    expect({ status: two.status, stdout: two.stdout.replace(b, a) }).toEqual({ status: one.status, stdout: one.stdout });
    expect(readFileSync(b, 'utf8') === readFileSync(a, 'utf8')).toBe(true);
  }, 120_000);

  // Line numbers count the blank line; every bad line below is in the pooled part.
  const late = POOL_THRESHOLD + 300;
  const later = POOL_THRESHOLD + 600;
  const unknownRule = '{"id":"bad-rule","rule":"deyang-2018/no-such-rule","from":"2026-11-02"}';
  const unknownKey = '{"id":"bad-key","rule":"deyang-2018/art24-policy-document","from":"2026-11-02","bogus":1}';
  const repeated = JSON.stringify({ id: `doc-${POOL_THRESHOLD + 101}`, rule: 'deyang-2018/art24-policy-document', from: '2026-11-02' });
  it.each([
    ['a line that is not JSON', { [late]: '{"id": nope' }, late, 'is not valid JSON'],
    ['an event with an unknown key', { [late]: unknownKey }, late, 'Unrecognized key'],
    ['an event whose deadline cannot be computed', { [late]: unknownRule }, late, 'is not a rule id'],
    ['a deadline that cannot be computed, then an invalid event', { [late]: unknownRule, [later]: unknownKey }, later, 'Unrecognized key'],
    ['a repeated id', { [later]: repeated }, later, 'ids must be unique'],
    ['a deadline that cannot be computed, then a repeated id', { [late]: unknownRule, [later]: repeated }, later, 'ids must be unique'],
  ])('stops at %s with the one-core error and exit code', async (name, replace, line, reason) => {
    const file = write(`bad-${name.replace(/\W+/g, '-')}.jsonl`, replace);
    const one = await due(file, '--json', '--jobs', '1');
    expect(one.status).toBe(EXIT.invalid);
    expect(one.stderr).toContain(`line ${line}`);
    expect(one.stderr).toContain(reason);
    expect(one.stdout).toBe('');
    const two = await due(file, '--json', '--jobs', '2');
    expect({ status: two.status, stdout: two.stdout, stderr: two.stderr }).toEqual({ status: one.status, stdout: '', stderr: one.stderr });
  }, 120_000);

  it.each([['0'], ['two'], ['-1']])('refuses --jobs %s', async (jobs) => {
    const r = await due(good, '--jobs', jobs);
    expect(r.status).toBe(EXIT.invalid);
    expect(r.stderr).toContain('--jobs');
    expect(r.stdout).toBe('');
  });

  it('says --jobs in its help', async () => {
    const r = await runBuiltCli(['due', '--help']);
    expect(r.stdout).toContain('--jobs N:');
  });
});
