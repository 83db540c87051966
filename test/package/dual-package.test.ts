/**
 * The dual-package hazard: one process can load the ES module build (`import`) and the CommonJS
 * build (`require`) of gov-site-rules side by side, as two separate copies. A calendar made by one
 * copy passed to a function of the other must not be silently misread: it is refused with an
 * InvalidInputError that says which build made it, which build refused it, and what to do. Tested
 * against the built dist/, both entry points, by package name, in a child process.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { FIRST_UNCOVERED_YEAR, lastCoveredDate, provisionalAddWorkdays } from '../coverage-year.js';

const run = (code: string) =>
  JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', `
import { createRequire } from 'node:module';
const require = createRequire(process.cwd() + '/');
const esm = await import('gov-site-rules');
const cjs = require('gov-site-rules');
const attempt = (f) => { try { return { ok: f() }; } catch (e) { return { error: e.name, field: e.field, message: e.message, cjsClass: e instanceof cjs.InvalidInputError, esmClass: e instanceof esm.InvalidInputError }; } };
console.log(JSON.stringify(${code}));
`], { encoding: 'utf8', cwd: process.cwd() }));

const SNAPSHOT = "{ schemaVersion: 1, site: { id: 'x', name: 'x', kind: 'portal', level: 'city' } }";

describe('a calendar from one build passed to the other build', () => {
  it('works within one build (import with import, require with require)', () => {
    // From the calendar's last December 30 into the first uncovered year, provisional (test/coverage-year.ts);
    // 2026-12-30 gives 2027-01-05: 12-31, (01-01 New Year holiday, weekend), 01-04, 01-05.
    const due = provisionalAddWorkdays(lastCoveredDate('12-30'), 3);
    expect(run(`[
      attempt(() => esm.deadline('deyang-2018/art24-policy-document', { from: '${lastCoveredDate('12-30')}' }, { calendar: esm.defaultCalendar.provisional({ through: ${FIRST_UNCOVERED_YEAR} }) }).dueDate),
      attempt(() => cjs.deadline('deyang-2018/art24-policy-document', { from: '${lastCoveredDate('12-30')}' }, { calendar: cjs.defaultCalendar.provisional({ through: ${FIRST_UNCOVERED_YEAR} }) }).dueDate),
    ]`)).toEqual([{ ok: due }, { ok: due }]);
  });

  it('a calendar made with import, given to functions loaded with require: refused, saying why', () => {
    const results = run(`[
      attempt(() => cjs.deadline('deyang-2018/art24-policy-document', { from: '${lastCoveredDate('12-30')}' }, { calendar: esm.defaultCalendar.provisional({ through: ${FIRST_UNCOVERED_YEAR} }) })),
      attempt(() => cjs.checkSite(${SNAPSHOT}, { at: '2026-11-25T12:00:00+08:00', calendar: esm.defaultCalendar })),
      attempt(() => cjs.obligations([], { now: '2026-11-25T12:00:00+08:00', calendar: esm.defaultCalendar })),
      attempt(() => cjs.requestReplyDeadline({ receivedAt: '2026-09-30' }, { calendar: esm.defaultCalendar })),
    ]`);
    for (const r of results) {
      expect(r).toMatchObject({ error: 'InvalidInputError', cjsClass: true, esmClass: false });
      expect(r.field).toMatch(/calendar/);
      expect(r.message).toMatch(/ES module build \(import\)/);
      expect(r.message).toMatch(/CommonJS build \(require\)/);
      expect(r.message).toMatch(/dual-package/);
    }
  });

  it('a calendar made with require, given to a function loaded with import: refused, saying why', () => {
    const [r] = run(`[attempt(() => esm.deadline('deyang-2018/art24-policy-document', { from: '2026-09-30' }, { calendar: cjs.defaultCalendar }))]`);
    expect(r).toMatchObject({ error: 'InvalidInputError', esmClass: true });
    expect(r.message).toMatch(/made by the CommonJS build \(require\).*the ES module build \(import\)/);
  });

  it('an object that is no calendar at all keeps the plain refusal', () => {
    const [r] = run(`[attempt(() => cjs.deadline('deyang-2018/art24-policy-document', { from: '2026-09-30' }, { calendar: { addWorkdays() {} } }))]`);
    expect(r.message).toMatch(/is not a calendar made by this library/);
    expect(r.message).not.toMatch(/dual-package/);
  });
});
