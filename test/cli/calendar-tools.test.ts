import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { FIRST_UNCOVERED_YEAR, LAST_COVERED_YEAR, lastCoveredDate } from '../coverage-year.js';

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

describe('gov-site-rules calendar coverage and the years a --json result relied on', () => {
  const SAMPLE = 'examples/calendar-2027-sample.json';

  it('coverage lists every year: official, loaded from FILE, provisional', async () => {
    const r = await run(['calendar', 'coverage', '--calendar', SAMPLE, '--provisional', '--json']);
    expect(r.code).toBe(0);
    const { coverage, years } = JSON.parse(r.stdout);
    expect(coverage).toEqual({ start: '2011-01-01', end: '2035-12-31' });
    expect(years[0]).toEqual({ year: 2011, status: 'official', source: expect.stringContaining('国务院办公厅关于2011年部分节假日安排的通知') });
    expect(years.find((y: { year: number }) => y.year === 2027)).toMatchObject({ status: 'loaded', file: SAMPLE, source: expect.stringMatching(/^SAMPLE/) });
    expect(years.filter((y: { status: string }) => y.status === 'provisional').map((y: { year: number }) => y.year)).toEqual([2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035]);
    const text = (await run(['calendar', 'coverage'], { GOV_SITE_RULES_CALENDAR: SAMPLE })).stdout.split('\n');
    expect(text[0]).toBe('2011-01-01..2027-12-31');
    expect(text.find((l) => l.startsWith('2027'))).toMatch(/^2027 {2}loaded from examples\/calendar-2027-sample\.json {2}SAMPLE/);
  });

  it('deadline, add-workdays, is-workday and due --json name the years they relied on', async () => {
    const d = JSON.parse((await run(['deadline', 'deyang-2018/art24-proactive', '--from', '2026-12-10', '--json', '--calendar', SAMPLE])).stdout);
    expect(d.years.map((y: { year: number; status: string }) => [y.year, y.status])).toEqual([[2026, 'official'], [2027, 'loaded']]);
    // Without a file, from the calendar's last December into the first uncovered year (test/coverage-year.ts).
    const p = JSON.parse((await run(['deadline', 'deyang-2018/art24-proactive', '--from', lastCoveredDate('12-10'), '--json', '--provisional'])).stdout);
    expect(p.years).toEqual([
      { year: LAST_COVERED_YEAR, status: 'official', source: expect.stringContaining(String(LAST_COVERED_YEAR)) },
      { year: FIRST_UNCOVERED_YEAR, status: 'provisional', source: '《全国年节及纪念日放假办法》(2024) — provisional' },
    ]);
    const a = JSON.parse((await run(['add-workdays', '2026-06-01', '3', '--json'])).stdout);
    expect(a.years.map((y: { year: number }) => y.year)).toEqual([2026]);
    const k = JSON.parse((await run(['is-workday', '2027-02-09', '--json', '--calendar', SAMPLE])).stdout);
    expect(k.years).toEqual([{ year: 2027, status: 'loaded', file: SAMPLE, source: expect.stringMatching(/^SAMPLE/) }]);
    const events = join(dir, 'events.jsonl');
    writeFileSync(events, `${JSON.stringify({ id: 'e1', rule: 'deyang-2018/art24-proactive', from: '2025-12-10' })}\n`);
    const u = JSON.parse((await run(['due', events, '--now', '2026-01-05T09:00:00+08:00', '--json'])).stdout);
    expect(u.years.map((y: { year: number }) => y.year)).toEqual([2025, 2026]);
  });
});
