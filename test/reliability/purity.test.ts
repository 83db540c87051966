import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('purity: the core does no I/O and reads no clock', () => {
  it('runs with every Node built-in import, Date.now, new Date() and Math.random made to throw', () => {
    const out = execFileSync(process.execPath, ['--import', './test/reliability/no-io-register.mjs', 'test/reliability/purity-probe.mjs'], { encoding: 'utf8' });
    const answers = JSON.parse(out) as unknown[];
    expect(answers.slice(0, 4)).toEqual(['2026-10-10', 'holiday', 248, 'CALENDAR_COVERAGE']);
  });

  it('the stub really blocks built-ins and the clock (the test can fail)', () => {
    const run = (code: string) => () =>
      execFileSync(process.execPath, ['--import', './test/reliability/no-io-register.mjs', '--input-type=module', '-e', code], { encoding: 'utf8', stdio: 'pipe' });
    expect(run("await import('node:fs')")).toThrow(/PURITY/);
    expect(run('Date.now()')).toThrow(/PURITY/);
    expect(run('new Date()')).toThrow(/PURITY/);
  });
});
