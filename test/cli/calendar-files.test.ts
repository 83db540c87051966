import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { oracleIsWorkday } from '../calendar/oracle.js';
import { FIRST_UNCOVERED_YEAR, LAST_COVERED_YEAR, lastCoveredDate, provisionalAddWorkdays, uncoveredDate, lawYear } from '../coverage-year.js';
import { tempFiles } from '../temp-files.js';

const { dir, write } = tempFiles('gsr-calfiles-');

const SAMPLE = 'examples/calendar-2027-sample.json';
const sample = JSON.parse(readFileSync(SAMPLE, 'utf8')) as { year: number; notice: string; holidays: { date: string }[]; makeupWorkdays: { date: string }[] };

/** Runs the CLI in-process; `env` is the whole environment the command sees. */
async function run(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: new PassThrough(),
    env,
  });
  return { code, stdout, stderr };
}

/**
 * The expected answer, independently of the library: 2026 from the oracle (chinese-days), 2027
 * from the sample file read as a notice (weekends off unless a make-up day, listed days off).
 */
function expectedAddWorkdays(from: string, n: number): string {
  const off = new Set(sample.holidays.map((h) => h.date));
  const on = new Set(sample.makeupWorkdays.map((h) => h.date));
  const working = (d: string) =>
    d < '2027-01-01' ? oracleIsWorkday(d) : on.has(d) || (!off.has(d) && ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()));
  let t = Date.parse(`${from}T00:00:00Z`);
  for (let left = n; left > 0; ) {
    t += 86_400_000;
    if (working(new Date(t).toISOString().slice(0, 10))) left--;
  }
  return new Date(t).toISOString().slice(0, 10);
}

describe('--calendar FILE and GOV_SITE_RULES_CALENDAR', () => {
  const due = expectedAddWorkdays('2026-12-10', 20);

  it('without a file, a question past the calendar\'s end is refused with the CLI way to fix it, not the API one', async () => {
    // The calendar's last December and the first uncovered year come from coverage (test/coverage-year.ts).
    const r = await run(['add-workdays', lastCoveredDate('12-10'), '20']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`No working-day data for ${FIRST_UNCOVERED_YEAR}`);
    expect(r.stderr).toContain('--calendar FILE');
    expect(r.stderr).toContain('GOV_SITE_RULES_CALENDAR');
    expect(r.stderr).not.toContain('withYear');
  });

  it('add-workdays answers 2027 from the file', async () => {
    const r = await run(['add-workdays', '2026-12-10', '20', '--calendar', SAMPLE]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe(`${due}\n`);
  });

  it('is-workday tells the file\'s rest days, make-up days and ordinary days apart', async () => {
    const kind = async (d: string) => JSON.parse((await run(['is-workday', d, '--json', '--calendar', SAMPLE])).stdout);
    expect(await kind('2027-02-09')).toMatchObject({ kind: 'holiday', festival: '春节', workday: false, source: sample.notice, provisional: false });
    expect(await kind('2027-02-14')).toMatchObject({ kind: 'makeup-workday', workday: true });
    expect(await kind('2027-02-10')).toMatchObject({ kind: 'workday', workday: true });
  });

  it('deadline, due and check take --calendar', async () => {
    const d = await run(['deadline', 'deyang-2018/art24-proactive', '--from', '2026-12-10', '--json', '--calendar', SAMPLE]);
    expect(d.code).toBe(0);
    expect(JSON.parse(d.stdout)).toMatchObject({ dueDate: due, provisional: false });

    const events = write('events.jsonl', `${JSON.stringify({ id: 'e1', rule: 'deyang-2018/art24-proactive', from: '2026-12-10' })}\n`);
    const u = await run(['due', events, '--now', '2026-12-11T09:00:00+08:00', '--json', '--calendar', SAMPLE]);
    expect(u.code).toBe(0);
    expect(JSON.parse(u.stdout).items[0]).toMatchObject({ dueDate: due, provisional: false });
    // Without a file, the same event from the calendar's last December is refused (test/coverage-year.ts).
    const past = write('events-past.jsonl', `${JSON.stringify({ id: 'e1', rule: 'deyang-2018/art24-proactive', from: lastCoveredDate('12-10') })}\n`);
    expect((await run(['due', past, '--now', `${lastCoveredDate('12-11')}T09:00:00+08:00`, '--json'])).code).toBe(2);

    // A policy document triggered on 2026-12-31 is due 3 working days later, in 2027.
    const snapshot = write('snap.json', {
      schemaVersion: 1,
      site: { id: 's1', name: 's1', kind: 'portal', level: 'city' },
      publications: [{ id: 'p1', title: 't', kind: 'policy-document', triggeredAt: '2026-12-31', publishedAt: `${expectedAddWorkdays('2026-12-31', 3)}T10:00:00+08:00` }],
    });
    const rule = (out: string) => (JSON.parse(out).findings as { rule: string; status: string }[]).find((f) => f.rule === 'deyang-2018/art24-policy-document');
    const at = ['--at', '2027-01-20T12:00:00+08:00', '--json'];
    // Without a file, a policy document triggered on the calendar's last day cannot be judged.
    const lastDay = write('snap-last.json', {
      schemaVersion: 1,
      site: { id: 's1', name: 's1', kind: 'portal', level: 'city' },
      publications: [{ id: 'p1', title: 't', kind: 'policy-document', triggeredAt: lastCoveredDate(), publishedAt: `${provisionalAddWorkdays(lastCoveredDate(), 3)}T10:00:00+08:00` }],
    });
    expect(rule((await run(['check', lastDay, '--at', `${uncoveredDate('01-20')}T12:00:00+08:00`, '--json'])).stdout)?.status).toBe('needs-input');
    expect(rule((await run(['check', snapshot, ...at, '--calendar', SAMPLE])).stdout)?.status).toBe('pass');
  });

  it('check --json lists the years it relied on: the checkpoint\'s, the one before, and the next one in December', async () => {
    const snapshot = write('years-snap.json', { schemaVersion: 1, site: { id: 's1', name: 's1', kind: 'portal', level: 'city' } });
    const official = (year: number) => ({ year, status: 'official', source: expect.stringContaining(`国务院办公厅关于${year}年部分节假日安排的通知`) });
    // 2026-01-01T00:30 in Beijing is still 2025-12-31 in UTC: the Beijing year counts.
    const jan = await run(['check', snapshot, '--at', '2026-01-01T00:30:00+08:00', '--json']);
    expect(jan.code).toBe(0);
    expect(JSON.parse(jan.stdout).years).toEqual([official(2025), official(2026)]);
    // In December a 20-working-day deadline can end in the next year: 2027 when the calendar holds it.
    const dec = await run(['check', snapshot, '--at', '2026-12-20T12:00:00+08:00', '--json', '--calendar', SAMPLE]);
    expect(JSON.parse(dec.stdout).years).toEqual([official(2025), official(2026), { year: 2027, status: 'loaded', source: sample.notice, file: SAMPLE }]);
    expect(JSON.parse((await run(['check', snapshot, '--at', '2026-11-30T12:00:00+08:00', '--json', '--calendar', SAMPLE])).stdout).years).toEqual([official(2025), official(2026)]);
    // Without a file, December of the calendar's last year relies on that year and the one before only.
    expect(JSON.parse((await run(['check', snapshot, '--at', `${lastCoveredDate('12-20')}T12:00:00+08:00`, '--json'])).stdout).years).toEqual([official(LAST_COVERED_YEAR - 1), official(LAST_COVERED_YEAR)]);
    // JSONL: every line's report carries its own years.
    const line = (at: string) => JSON.stringify({ schemaVersion: 1, site: { id: at, name: 's', kind: 'portal', level: 'city' } });
    const jsonl = write('years.jsonl', `${line('a')}\n${line('b')}\n`);
    const many = await run(['check', jsonl, '--at', '2027-03-01T12:00:00+08:00', '--json', '--calendar', SAMPLE]);
    const reports = many.stdout.trim().split('\n').map((l) => JSON.parse(l) as { site: string; years: unknown });
    expect(reports.map((r) => r.site)).toEqual(['a', 'b']);
    for (const r of reports) expect(r.years).toEqual([official(2026), { year: 2027, status: 'loaded', source: sample.notice, file: SAMPLE }]);
    // The table and JUnit outputs do not change.
    for (const format of ['table', 'junit']) {
      const out = (await run(['check', snapshot, '--at', '2026-12-20T12:00:00+08:00', '--format', format, '--calendar', SAMPLE])).stdout;
      expect(out).not.toMatch(/years|official|2027-sample/);
    }
  });

  it('GOV_SITE_RULES_CALENDAR loads the same file; --calendar wins for the same year', async () => {
    expect((await run(['add-workdays', '2026-12-10', '20'], { GOV_SITE_RULES_CALENDAR: SAMPLE })).stdout).toBe(`${due}\n`);
    // Another 2027 where 2027-02-10 is a rest day too.
    const other = write('other-2027.json', { ...sample, notice: 'other', holidays: [...sample.holidays, { date: '2027-02-10', festival: '春节' }] });
    const env = { GOV_SITE_RULES_CALENDAR: [other, ''].join(delimiter) };
    expect(JSON.parse((await run(['is-workday', '2027-02-10', '--json'], env)).stdout)).toMatchObject({ workday: false, source: 'other' });
    expect(JSON.parse((await run(['is-workday', '2027-02-10', '--json', '--calendar', SAMPLE], env)).stdout)).toMatchObject({ workday: true, source: sample.notice });
  });

  it('a 2028 file after the 2027 one, given in any order', async () => {
    const y2028 = write('2028.json', {
      year: 2028,
      notice: 'test 2028',
      holidays: ['01-01', '01-25', '01-26', '01-27', '01-28', '04-04', '05-01', '05-02', '05-28', '10-03', '10-01', '10-02'].map((d) => ({
        date: `2028-${d}`,
        festival: { '01': d === '01-01' ? '元旦' : '春节', '04': '清明节', '05': d === '05-28' ? '端午节' : '劳动节', '10': d === '10-03' ? '中秋节' : '国庆节' }[d.slice(0, 2)] as string,
      })),
    });
    const r = await run(['is-workday', '2028-01-26', '--json', '--calendar', y2028, '--calendar', SAMPLE]);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toMatchObject({ kind: 'holiday', source: 'test 2028' });
    // A file for the year after the first uncovered one (test/coverage-year.ts), its days the law's, alone: a gap.
    const next = FIRST_UNCOVERED_YEAR + 1;
    const yNext = write(`${next}.json`, { year: next, notice: `test ${next}`, holidays: lawYear(next).holidays });
    const gap = await run(['is-workday', `${next}-01-04`, '--calendar', yNext]);
    expect(gap.code).toBe(2);
    expect(gap.stderr).toContain(yNext);
    expect(gap.stderr).toMatch(new RegExp(`next year to add is ${FIRST_UNCOVERED_YEAR}`));
  });

  it.each([
    ['not JSON', '{ "year": 2027,', /is not valid JSON/],
    ['a bad date', { ...sample, holidays: [{ date: '2027-02-30', festival: '春节' }, ...sample.holidays] }, /holidays\[0\]\.date: "2027-02-30"/],
    ['a weekday make-up day', { ...sample, makeupWorkdays: [{ date: '2027-02-10', festival: '春节' }] }, /makeupWorkdays\[0\]\.date: "2027-02-10".*weekday/],
    ['an incomplete year', { ...sample, holidays: sample.holidays.filter((h) => h.date < '2027-10-01') }, /holidays: .*国庆/],
  ])('a file with %s is exit 2 naming the file, the JSON path and the value', async (_, content, message) => {
    const file = write(`bad-${_.replace(/ /g, '-')}.json`, content);
    for (const args of [['is-workday', '2027-01-04', '--calendar', file], ['deadline', 'deyang-2018/art24-proactive', '--from', '2026-12-10', '--calendar', file]]) {
      const r = await run(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`--calendar ${file}`);
      expect(r.stderr).toMatch(message);
    }
    const viaEnv = await run(['is-workday', '2027-01-04'], { GOV_SITE_RULES_CALENDAR: file });
    expect(viaEnv.code).toBe(2);
    expect(viaEnv.stderr).toContain(`GOV_SITE_RULES_CALENDAR ${file}`);
  });

  it('a missing file and a year named twice are refused', async () => {
    const missing = await run(['is-workday', '2027-01-04', '--calendar', join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.json.*cannot be read \(ENOENT\)/);
    const twice = await run(['is-workday', '2027-01-04', '--calendar', SAMPLE, '--calendar', SAMPLE]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/also given by/);
  });

  it('--provisional on is-workday and add-workdays answers past the last loaded year, flagged', async () => {
    const p = JSON.parse((await run(['is-workday', '2028-01-26', '--json', '--provisional', '--calendar', SAMPLE])).stdout);
    expect(p).toMatchObject({ kind: 'holiday', festival: '春节', provisional: true }); // 正月初一 2028 (chinese-days)
    // A loaded year replaces the provisional one: 2027-02-09 is the sample's bridge day, not in the law.
    expect(JSON.parse((await run(['is-workday', '2027-02-09', '--json', '--provisional', '--calendar', SAMPLE])).stdout)).toMatchObject({ workday: false, provisional: false });
    // Without a file, the first uncovered year (test/coverage-year.ts) is read from the law, flagged.
    expect(JSON.parse((await run(['is-workday', provisionalAddWorkdays(uncoveredDate('01-01'), 1), '--json', '--provisional'])).stdout)).toMatchObject({ workday: true, provisional: true });
    const a = await run(['add-workdays', lastCoveredDate('12-10'), '20', '--provisional']);
    expect(a.stdout).toBe(`${provisionalAddWorkdays(lastCoveredDate('12-10'), 20)} (provisional 暂定)\n`);
    expect(JSON.parse((await run(['add-workdays', '2026-12-10', '20', '--provisional', '--json', '--calendar', SAMPLE])).stdout)).toMatchObject({ from: '2026-12-10', n: 20, date: due, provisional: false });
  });

  it('the built binary loads a file too', () => {
    const r = spawnSync(process.execPath, ['dist/cli.js', 'add-workdays', '2026-12-10', '20', '--calendar', SAMPLE], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${due}\n`);
  });
});
