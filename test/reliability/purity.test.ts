import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkInventory, checkSite, requestReplyDeadline } from '../../src/index.js';
import { lastCoveredDate, provisionalAddWorkdays } from '../coverage-year.js';

describe('purity: the core does no I/O and reads no clock', () => {
  it('runs with every Node built-in import, Date.now, new Date() and Math.random made to throw', () => {
    const out = execFileSync(process.execPath, ['--import', './test/reliability/no-io-register.mjs', 'test/reliability/purity-probe.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, GSR_PURITY_SNAPSHOT: readFileSync('examples/deyang-portal.json', 'utf8') },
    });
    const answers = JSON.parse(out) as unknown[];
    expect(answers.slice(0, 4)).toEqual(['2026-10-10', 'holiday', 248, 'CALENDAR_COVERAGE']);
    // deadline, requestReplyDeadline, assess, checkSite, checkSites, checkInventory, obligations, toICalendar, provisional: each answered.
    const example = checkSite(JSON.parse(readFileSync('examples/deyang-portal.json', 'utf8')), { at: '2026-11-25T12:00:00+08:00' });
    expect(answers.slice(4)).toEqual([
      '2026-10-10',
      requestReplyDeadline({ receivedAt: '2026-09-30', consultations: [{ from: '2026-10-12', to: '2026-10-14' }] }).dueDate,
      2,
      example.verdict,
      example.findings.length,
      2,
      checkInventory([JSON.parse(readFileSync('examples/deyang-portal.json', 'utf8'))]).status,
      'done-on-time,upcoming',
      // info-1 from the calendar's last December 10 (the 2026-12-10 → 2027-01-08), provisional.
      `DUE;TZID=Asia/Shanghai:${provisionalAddWorkdays(lastCoveredDate('12-10'), 20).replace(/-/g, '')}T235959`,
      provisionalAddWorkdays(lastCoveredDate(), 1),
    ]);
  });

  it('the stub really blocks built-ins and the clock (the test can fail)', () => {
    const run = (code: string) => () =>
      execFileSync(process.execPath, ['--import', './test/reliability/no-io-register.mjs', '--input-type=module', '-e', code], { encoding: 'utf8', stdio: 'pipe' });
    expect(run("await import('node:fs')")).toThrow(/PURITY/);
    expect(run('Date.now()')).toThrow(/PURITY/);
    expect(run('new Date()')).toThrow(/PURITY/);
  });
});
