import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ESM script without declarations
import { countPass, isNotable } from '../../scripts/vitest-pass.mjs';

type Assertion = { status: 'passed' | 'failed' };
const results = (files: { status: 'passed' | 'failed'; tests: Assertion['status'][] }[]) => {
  const all = files.flatMap((f) => f.tests);
  return {
    numTotalTests: all.length,
    numPassedTests: all.filter((s) => s === 'passed').length,
    numFailedTests: all.filter((s) => s === 'failed').length,
    numPendingTests: 0,
    numTodoTests: 0,
    testResults: files.map((f) => ({ status: f.status, assertionResults: f.tests.map((status) => ({ status })) })),
  };
};
const green = results([{ status: 'passed', tests: ['passed', 'passed', 'passed'] }]);
const timeout = 'Error: [vitest-worker]: Timeout calling "onTaskUpdate"';

describe("npm test's closing line never says 0 failed for a failed pass", () => {
  it('every test passed but vitest exited 1 (a worker RPC timeout): 1 failed, and the reason names the timeout', () => {
    const c = countPass({ tz: 'UTC', status: 1, notable: [timeout], results: green });
    expect(c.passed).toBe(3);
    expect(c.failed).toBe(1);
    expect(c.reason).toBe(`vitest under TZ=UTC exited 1 with every test passed: ${timeout}`);
  });

  it('killed by a signal with no JSON results: 1 failed, naming the signal', () => {
    expect(countPass({ tz: 'UTC', status: null, signal: 'SIGKILL', results: null })).toEqual({
      passed: 0,
      failed: 1,
      skipped: 0,
      reason: 'vitest under TZ=UTC exited SIGKILL and wrote no JSON results',
    });
  });

  it('a pass that ran no test is a failure even when vitest exits 0', () => {
    const c = countPass({ tz: 'Asia/Shanghai', status: 0, results: results([]) });
    expect(c.failed).toBe(1);
    expect(c.reason).toBe('vitest under TZ=Asia/Shanghai ran no test');
  });

  it('failing tests and files that did not load are counted, once each', () => {
    const r = results([
      { status: 'failed', tests: ['passed', 'failed', 'failed'] },
      { status: 'failed', tests: [] },
      { status: 'passed', tests: ['passed'] },
    ]);
    const c = countPass({ tz: 'UTC', status: 1, results: r });
    expect(c).toMatchObject({ passed: 2, failed: 3, skipped: 0 });
    expect(c.reason).toMatch(/^vitest under TZ=UTC: 2 failing test\(s\), 1 file\(s\) that did not load/);
  });

  it('the reason names the failing tests and the file that did not load (CI shows only the end)', () => {
    const r = {
      numTotalTests: 3,
      numPassedTests: 1,
      numFailedTests: 2,
      numPendingTests: 0,
      testResults: [
        {
          name: '/ci/clone/test/calendar/a.test.ts',
          status: 'failed',
          assertionResults: [
            { status: 'passed', fullName: 'ok' },
            { status: 'failed', fullName: 'dates > add one', failureMessages: ['AssertionError: expected 1 to be 2\n    at x'] },
            { status: 'failed', fullName: 'dates > add two', failureMessages: ['boom'] },
          ],
        },
        { name: '/ci/clone/test/cli/b.test.ts', status: 'failed', message: 'SyntaxError: nope\nmore', assertionResults: [] },
      ],
    };
    expect(countPass({ tz: 'UTC', status: 1, results: r }).reason).toBe(
      'vitest under TZ=UTC: 2 failing test(s), 1 file(s) that did not load [test/calendar/a.test.ts › dates > add one: AssertionError: expected 1 to be 2 ‖ ' +
        'test/calendar/a.test.ts › dates > add two: boom ‖ test/cli/b.test.ts did not load: SyntaxError: nope]',
    );
    const many = { ...r, testResults: [{ ...r.testResults[0], assertionResults: Array.from({ length: 7 }, (_, i) => ({ status: 'failed', fullName: `t${i}`, failureMessages: ['x'] })) }] };
    expect(countPass({ tz: 'UTC', status: 1, results: many }).reason).toMatch(/t4: x … and 2 more\]$/);
  });

  it('a clean pass counts its tests and no failure', () => {
    expect(countPass({ tz: 'UTC', status: 0, results: green })).toEqual({ passed: 3, failed: 0, skipped: 0, reason: null });
  });

  it('the lines kept as the reason are the ones that explain a failure', () => {
    expect(isNotable(timeout)).toBe(true);
    expect(isNotable('Vitest caught 1 unhandled error during the test run.')).toBe(true);
    expect(isNotable(' ✓ test/calendar/units.test.ts (40 tests) 120ms')).toBe(false);
  });
});
