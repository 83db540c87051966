import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';

const dir = mkdtempSync(join(tmpdir(), 'gsr-caltools-'));

async function run(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, stdin: new PassThrough(), env });
  return { code, stdout, stderr };
}

describe('gov-site-rules calendar check FILE', () => {
  it('passes the sample: exit 0, the working days reported', async () => {
    const r = await run(['calendar', 'check', 'examples/calendar-2027-sample.json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('国务院令第795号');
    expect(r.stdout).toMatch(/254 working days, 111 rest days, 1 make-up working day\(s\); 0 error\(s\), 0 warning\(s\) — OK/);
  });

  it('finds the planted mistakes of the broken file: exit 1, each with its date and reason', async () => {
    const r = await run(['calendar', 'check', 'test/fixtures/calendar-2027-broken.json']);
    expect(r.code).toBe(1);
    const errors = r.stdout.split('\n').filter((l) => l.includes('ERROR'));
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/2027-02-08 春节: is a statutory day of 春节/);
    expect(errors[1]).toMatch(/2027-06-09 端午节/);
    expect(errors[2]).toMatch(/2027-10-03 国庆节/);
    expect(r.stdout).toMatch(/WARNING\s+2027-06-27 春节: is a make-up working day/);
    expect(r.stdout).toMatch(/NOT OK/);
    const json = JSON.parse((await run(['calendar', 'check', 'test/fixtures/calendar-2027-broken.json', '--json'])).stdout);
    expect(json).toMatchObject({ file: 'test/fixtures/calendar-2027-broken.json', ok: false, year: 2027 });
  });

  it('a file withYear would refuse is exit 1 with the JSON path; unreadable or not JSON is exit 2', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ year: 2027, notice: 'x', holidays: [{ date: '2027-13-01', festival: '元旦' }] }));
    const r = await run(['calendar', 'check', bad]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/ERROR\s+holidays\[0\]\.date 2027-13-01: is not a calendar date/);
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{');
    expect(await run(['calendar', 'check', notJson])).toMatchObject({ code: 2, stdout: '' });
    expect((await run(['calendar', 'check', join(dir, 'missing.json')])).stderr).toMatch(/ENOENT/);
    expect((await run(['calendar', 'check'])).code).toBe(2);
    expect((await run(['calendar', 'toString'])).code).toBe(2);
    expect((await run(['calendar'])).stderr).toMatch(/subcommand/);
  });
});
