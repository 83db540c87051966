/**
 * Issue 16: an amendment file (`amends: true`) through `--calendar` / GOV_SITE_RULES_CALENDAR,
 * `calendar coverage` and `calendar check`; a paired make-up day in `calendar check` and `.ics`.
 */
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { FIRST_UNCOVERED_YEAR, lawYear } from '../coverage-year.js';
import { tempFiles } from '../temp-files.js';

const { write } = tempFiles('gsr-calamend-');

const SAMPLE = 'examples/calendar-2027-sample.json';
const AMEND = 'examples/calendar-2027-amendment-sample.json';
const amendment = JSON.parse(readFileSync(AMEND, 'utf8')) as { notice: string; holidays: { date: string }[]; makeupWorkdays: { date: string; restDay: string }[] };

async function run(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, stdin: new PassThrough(), env });
  return { code, stdout, stderr };
}
const kind = async (date: string, ...args: string[]) => {
  const r = await run(['is-workday', date, '--json', ...args]);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as Record<string, unknown>;
};

/**
 * The sample amendment's days are 2027's: for the tests that need a year the library does not ship
 * (the provisional year, a year without a base), an amendment of the first uncovered year
 * (test/coverage-year.ts) written from the law's rules: its first weekday after the law's Spring
 * Festival days off (2027: 02-10 in the sample, 02-09 here), paid for by the next Saturday.
 */
const Y = FIRST_UNCOVERED_YEAR;
const lawDay = lawYear(Y).afterSpringFestival;
let payDay = lawDay;
while (new Date(`${payDay}T00:00:00Z`).getUTCDay() !== 6) payDay = new Date(Date.parse(`${payDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const UNCOVERED_AMEND = write('uncovered-amendment.json', {
  year: Y,
  notice: 'SAMPLE amendment of the first uncovered year (test)',
  amends: true,
  holidays: [{ date: lawDay, festival: '春节' }],
  makeupWorkdays: [{ date: payDay, festival: '春节', restDay: lawDay }],
});

describe('an amendment file on the command line', () => {
  it('the sample amendment extends the sample year: the days it names, in either order of the files', async () => {
    expect(amendment.holidays.map((h) => h.date)).toEqual(['2027-02-10']);
    expect(await kind('2027-02-10', '--calendar', SAMPLE)).toMatchObject({ workday: true });
    for (const order of [[SAMPLE, AMEND], [AMEND, SAMPLE]]) {
      const args = order.flatMap((f) => ['--calendar', f]);
      expect(await kind('2027-02-10', ...args)).toMatchObject({ workday: false, festival: '春节', source: amendment.notice, amends: expect.stringMatching(/^SAMPLE, not the official notice/), paidBy: '2027-02-20' });
      expect(await kind('2027-02-20', ...args)).toMatchObject({ kind: 'makeup-workday', paysFor: '2027-02-10', source: amendment.notice });
      expect(await kind('2027-02-11', ...args)).toMatchObject({ workday: true, source: expect.stringMatching(/^SAMPLE, not/) });
    }
  });

  it('amends the provisional year under --provisional, also from GOV_SITE_RULES_CALENDAR', async () => {
    const notice = 'SAMPLE amendment of the first uncovered year (test)';
    expect(await kind(lawDay, '--provisional', '--calendar', UNCOVERED_AMEND)).toMatchObject({ workday: false, provisional: true, source: notice });
    expect(await kind(lawDay, '--provisional')).toMatchObject({ workday: true });
    const r = await run(['is-workday', lawDay, '--json', '--provisional'], { GOV_SITE_RULES_CALENDAR: UNCOVERED_AMEND });
    expect(JSON.parse(r.stdout)).toMatchObject({ workday: false, source: notice });
  });

  it('an amendment of a year the calendar does not hold is exit 2 naming the file and the field', async () => {
    const r = await run(['is-workday', '2026-10-10', '--calendar', UNCOVERED_AMEND]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--calendar ${UNCOVERED_AMEND}: year`);
    expect(r.stderr).toContain('add that year\'s notice first');
    const bad = write('bad-amend.json', { year: 2027, notice: 'x', amends: true, makeupWorkdays: [{ date: '2027-02-20', festival: '春节', restDay: '2027-02-11' }] });
    const b = await run(['is-workday', '2027-02-10', '--calendar', SAMPLE, '--calendar', bad]);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain(`--calendar ${bad}: makeupWorkdays[0].restDay`);
    expect(b.stderr).toContain('is not a rest day of this input');
  });

  it('calendar coverage says which files amended a year', async () => {
    const r = await run(['calendar', 'coverage', '--calendar', SAMPLE, '--calendar', AMEND, '--json']);
    const y2027 = (JSON.parse(r.stdout).years as { year: number }[]).find((y) => y.year === 2027);
    expect(y2027).toEqual({ year: 2027, status: 'loaded', file: SAMPLE, source: expect.stringMatching(/^SAMPLE, not/), amendedBy: [AMEND] });
    const text = (await run(['calendar', 'coverage', '--calendar', SAMPLE, '--calendar', AMEND])).stdout.split('\n');
    expect(text.find((l) => l.startsWith('2027'))).toContain(`loaded from ${SAMPLE}, amended by ${AMEND}`);
    expect(text.find((l) => l.startsWith('2026'))).not.toContain('amended by');
  });

  it('calendar check applies the amendment to the year it amends and lists the pairs', async () => {
    const r = await run(['calendar', 'check', UNCOVERED_AMEND]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('an amendment, applied to: 《全国年节及纪念日放假办法》');
    expect(r.stdout).toContain(`PAIR     ${payDay}: make-up working day, pays for ${lawDay}`);
    const json = JSON.parse((await run(['calendar', 'check', UNCOVERED_AMEND, '--json'])).stdout);
    expect(json).toMatchObject({ ok: true, year: Y, pairs: [{ makeup: payDay, restDay: lawDay }] });
    expect((await run(['calendar', 'check', SAMPLE])).stdout).not.toContain('PAIR');
  });

  it('calendar ics shows the amending notice and the pair', async () => {
    const ics = (await run(['calendar', 'ics', '--year', '2027', '--calendar', SAMPLE, '--calendar', AMEND])).stdout.replace(/\r\n /g, '');
    const event = ics.split('BEGIN:VEVENT').find((e) => e.includes('DTSTART;VALUE=DATE:20270220')) ?? '';
    expect(event).toContain('pays for 2027-02-10');
    expect(event).toContain('SAMPLE amendment');
    expect(ics.split('BEGIN:VEVENT').find((e) => e.includes('DTSTART;VALUE=DATE:20270210'))).toContain('Amends: SAMPLE\\, not the official notice'); // RFC 5545 escapes the comma
  });
});
