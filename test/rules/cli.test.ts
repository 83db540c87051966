/**
 * `gov-site-rules deadline` and `gov-site-rules rules` through the built binary (dist/cli.js,
 * built by test/global-setup.ts). Expected dates are the spec's examples or the oracle's.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/index.js';
import { oracleAddWorkdays } from '../calendar/oracle.js';
import { runBuiltCli } from '../process.js';
import { FIRST_UNCOVERED_YEAR, lastCoveredDate, provisionalAddWorkdays, uncoveredDate } from '../coverage-year.js';

const cli = (...args: string[]) => runBuiltCli(args);
const json = async (...args: string[]) => {
  const r = await cli(...args, '--json');
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
};

describe('gov-site-rules deadline', () => {
  it('prints the spec example bilingually', async () => {
    const r = await cli('deadline', 'deyang-2018/art24-policy-document', '--from', '2026-09-30');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('截止日 Due date   2026-10-10');
    expect(r.stdout).toContain('2026-10-10T23:59:59.999+08:00');
    expect(r.stdout).toContain('政策文件在纸质公文印发后3个工作日内上网公开');
    expect(r.stdout).toContain('3 working days');
    expect(r.stdout).toContain('Art. 24(1)');
  });

  it('--json prints the result object', async () => {
    expect(await json('deadline', 'deyang-2018/art24-policy-document', '--from', '2026-10-01')).toEqual({
      rule: 'deyang-2018/art24-policy-document',
      article: expect.objectContaining({ articleEn: 'Art. 24(1)' }),
      start: '2026-10-01',
      unit: 'workday',
      amount: 3,
      dueDate: '2026-10-10',
      deadline: '2026-10-10T23:59:59.999+08:00',
      provisional: false,
      provisionalYears: [],
      years: [{ year: 2026, status: 'official', source: expect.stringContaining('国务院办公厅关于2026年部分节假日安排的通知') }],
    });
  });

  it('--provisional answers beyond coverage and says so; without it the refusal names the first uncovered year', async () => {
    // The example (2026-12-10 → 2027-01-08, provisional) from the calendar's last December.
    const from = lastCoveredDate('12-10');
    const due = provisionalAddWorkdays(from, 20);
    const r = await cli('deadline', 'deyang-2018/art24-proactive', '--from', from, '--provisional');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(due);
    expect(r.stdout).toMatch(/provisional|暂定/i);
    expect(r.stdout).toContain(String(FIRST_UNCOVERED_YEAR));
    expect(await json('deadline', 'deyang-2018/art24-proactive', '--from', from, '--provisional')).toMatchObject({ dueDate: due, provisional: true, provisionalYears: [FIRST_UNCOVERED_YEAR] });
    const strict = await cli('deadline', 'deyang-2018/art24-proactive', '--from', from);
    expect(strict.status).toBe(2);
    expect(strict.stderr).toContain(String(FIRST_UNCOVERED_YEAR));
  });

  it('answers every deadline rule of the catalog', async () => {
    const args: Record<string, string[]> = {
      'deyang-2018/art24-activity': ['--from', '2026-09-30T10:00:00+08:00'],
      'deyang-2018/art29-incident-report': ['--from', '2026-09-30T02:00:00Z'],
      'deyang-2018/art32-self-inspection': ['--quarter', '2026Q3'],
      'deyang-2018/art33-annual-report': ['--year', '2026'],
      'ogi-2019/art49-annual-report': ['--year', '2026'],
      'ogi-2008/art24-reply': ['--from', '2018-09-30'],
    };
    const want: Record<string, string> = {
      'deyang-2018/art24-activity': '2026-10-01',
      'deyang-2018/art29-incident-report': '2026-10-01',
      'deyang-2018/art32-self-inspection': '2026-08-15',
      'deyang-2018/art33-annual-report': '2027-01-31',
      'ogi-2019/art49-annual-report': '2027-01-31',
      'ogi-2008/art24-reply': oracleAddWorkdays('2018-09-30', 15),
      'deyang-2018/art15-migration-notice': '2026-10-30',
    };
    for (const e of catalog.filter((x) => x.kind === 'deadline')) {
      const r = await json('deadline', e.id, ...(args[e.id] ?? ['--from', '2026-09-30']));
      const expected = want[e.id] ?? oracleAddWorkdays('2026-09-30', (e.parameters as { amount: number }).amount);
      expect(r.dueDate, e.id).toBe(expected);
    }
  });

  it('--complex, --extended, --government, a quarter beyond the calendar', async () => {
    expect((await json('deadline', 'deyang-2018/art25-opinion-feedback', '--from', '2026-09-30', '--complex')).dueDate).toBe(oracleAddWorkdays('2026-09-30', 15));
    expect(await json('deadline', 'ogi-2019/art33-reply', '--from', '2026-03-02', '--extended')).toMatchObject({ amount: 40, dueDate: oracleAddWorkdays('2026-03-02', 40) });
    expect((await json('deadline', 'ogi-2019/art49-annual-report', '--year', '2026', '--government')).dueDate).toBe('2027-03-31');
    expect((await json('deadline', 'deyang-2018/art32-self-inspection', '--quarter', `${FIRST_UNCOVERED_YEAR}Q1`)).dueDate).toBe(uncoveredDate('02-15'));
    expect((await json('deadline', 'deyang-2018/art24-activity', '--from', '2026-09-30T18:00:00Z')).deadline).toBe('2026-10-02T02:00:00.000+08:00');
  });

  it.each([
    [['deadline', 'deyang-2018/art24-policy-document', '--from', '2026-02-30'], '2026-02-30'],
    [['deadline', 'deyang-2018/art24-policy-document', '--from', 'garbage'], 'garbage'],
    [['deadline', 'deyang-2018/art99', '--from', '2026-09-30'], 'deyang-2018/art99'],
    [['deadline', 'census/homepage-stale', '--from', '2026-09-30'], 'census/homepage-stale'],
    [['deadline', 'deyang-2018/art24-policy-document', '--from', lastCoveredDate('12-30')], String(FIRST_UNCOVERED_YEAR)],
    [['deadline', 'deyang-2018/art24-activity', '--from', '2026-10-09'], '2026-10-09'],
    [['deadline', 'deyang-2018/art24-policy-document'], '--from'],
    [['deadline', 'deyang-2018/art24-policy-document', '--from', '2026-09-30', '--complex'], '--complex'],
    [['deadline', 'deyang-2018/art32-self-inspection', '--quarter', '2026Q5'], '2026Q5'],
    [['deadline', 'deyang-2018/art33-annual-report', '--year', '20x6'], '20x6'],
    [['deadline', 'ogi-2019/art33-reply', '--from', '2019-05-14'], 'ogi-2008/art24-reply'],
    [['deadline', 'ogi-2008/art24-reply', '--from', '2019-05-15'], 'ogi-2019/art33-reply'],
    [['deadline'], 'rule-id'],
    [['deadline', 'deyang-2018/art24-policy-document', '--from', '2026-09-30', '--bogus'], 'bogus'],
  ])('refuses %j with exit 2 and one line naming %s', async (args, named) => {
    const r = await cli(...args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(named);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--help shows the usage', async () => {
    expect((await cli('deadline', '--help')).stdout).toMatch(/Usage: gov-site-rules deadline <rule-id>/);
    expect((await cli('--help')).stdout).toMatch(/deadline/);
  });
});

describe('gov-site-rules rules', () => {
  it('lists every rule bilingually', async () => {
    const r = await cli('rules');
    expect(r.status).toBe(0);
    for (const e of catalog) expect(r.stdout).toContain(e.id);
    expect(r.stdout).toMatch(/期限 deadline/);
    expect(r.stdout).toMatch(/检查 check/);
  });

  it('--json prints the catalog', async () => {
    const r = await cli('rules', '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(catalog)));
  });

  it('refuses an extra argument with exit 2', async () => {
    const r = await cli('rules', 'extra');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('extra');
  });
});
