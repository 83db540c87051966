import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIRST_UNCOVERED_YEAR, lastCoveredDate } from '../coverage-year.js';

const node = (args: string[]) => execFileSync(process.execPath, args, { encoding: 'utf8', cwd: process.cwd() }).trim();

describe('the built package', () => {
  it('works through require() (CJS), without requiring chinese-workday at run time', () => {
    const out = node(['-e', "const g = require('gov-site-rules'); console.log(g.addWorkdays('2026-09-30', 3), g.isWorkday('2026-10-01'))"]);
    expect(out).toBe('2026-10-10 false');
    expect(readFileSync('dist/index.cjs', 'utf8')).not.toMatch(/require\(["']chinese-workday["']\)/);
  });

  it('works through import (ESM)', () => {
    // One working day after the calendar's last day runs into the first uncovered year (test/coverage-year.ts).
    const out = node(['--input-type=module', '-e', `import { addWorkdays, CalendarCoverageError } from 'gov-site-rules'; try { addWorkdays('${lastCoveredDate()}', 1) } catch (e) { console.log(addWorkdays('2026-09-30', 3), e instanceof CalendarCoverageError, e.year) }`]);
    expect(out).toBe(`2026-10-10 true ${FIRST_UNCOVERED_YEAR}`);
  });
});
