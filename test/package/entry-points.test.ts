import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const node = (args: string[]) => execFileSync(process.execPath, args, { encoding: 'utf8', cwd: process.cwd() }).trim();

describe('the built package', () => {
  it('works through require() (CJS), without requiring chinese-workday at run time', () => {
    const out = node(['-e', "const g = require('gov-site-rules'); console.log(g.addWorkdays('2026-09-30', 3), g.isWorkday('2026-10-01'))"]);
    expect(out).toBe('2026-10-10 false');
    expect(readFileSync('dist/index.cjs', 'utf8')).not.toMatch(/require\(["']chinese-workday["']\)/);
  });

  it('works through import (ESM)', () => {
    const out = node(['--input-type=module', '-e', "import { addWorkdays, CalendarCoverageError } from 'gov-site-rules'; try { addWorkdays('2026-12-31', 1) } catch (e) { console.log(addWorkdays('2026-09-30', 3), e instanceof CalendarCoverageError, e.year) }"]);
    expect(out).toBe('2026-10-10 true 2027');
  });
});
