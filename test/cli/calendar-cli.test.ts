import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { FIRST_UNCOVERED_YEAR, lastCoveredDate } from '../coverage-year.js';

const cli = (...args: string[]) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });

describe('gov-site-rules add-workdays / is-workday (built binary)', () => {
  it('prints the spec example: 3 working days after 2026-09-30 is 2026-10-10', () => {
    const r = cli('add-workdays', '2026-09-30', '3');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('2026-10-10\n');
  });

  it('--json prints the result object', () => {
    expect(JSON.parse(cli('add-workdays', '2026-10-01', '3', '--json').stdout)).toEqual({ from: '2026-10-01', n: 3, date: '2026-10-10', years: [{ year: 2026, status: 'official', source: expect.stringContaining('国务院办公厅关于2026年部分节假日安排的通知') }] });
  });

  it('refuses a count beyond coverage with exit 2 and names the year', () => {
    const r = cli('add-workdays', lastCoveredDate('12-30'), '5');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(String(FIRST_UNCOVERED_YEAR));
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    [['add-workdays', '2026-02-30', '3'], '2026-02-30'],
    [['add-workdays', '2026-09-30', '3x'], '3x'],
    [['add-workdays', '2026-09-30'], 'n'],
    [['is-workday', 'garbage'], 'garbage'],
    [['add-workdays', '2026-09-30', '3', '--bogus'], 'bogus'],
  ])('refuses %j with exit 2 naming %s', (args, named) => {
    const r = cli(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(named);
  });

  it('is-workday names the kind of day', () => {
    expect(cli('is-workday', '2026-10-10').stdout).toMatch(/make-up working day \(国庆节\)/);
    expect(JSON.parse(cli('is-workday', '2026-10-01', '--json').stdout)).toMatchObject({ kind: 'holiday', workday: false });
  });

  it('--help and --version', () => {
    expect(cli('--help').stdout).toMatch(/add-workdays/);
    expect(cli('add-workdays', '--help').stdout).toMatch(/Usage: gov-site-rules add-workdays/);
    expect(cli('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(cli('nope').status).toBe(2);
  });
});
