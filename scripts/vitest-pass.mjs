// How one vitest pass counts in `npm test`'s closing line (scripts/test-all.mjs). Kept apart so a
// test can prove that a failed pass is never counted as `0 failed`.

/**
 * Counts one pass from vitest's JSON results (`results`, or null when none were written) and how
 * the process ended. A pass that failed without a failing test in its results (an unhandled error
 * such as `Timeout calling "onTaskUpdate"`, a crash, no results, no test run) counts as 1 failed,
 * and `reason` says why, with the notable lines of its output.
 *
 * @param {{ tz: string, status: number | null, signal?: string | null, notable?: string[], results: any }} pass
 * @returns {{ passed: number, failed: number, skipped: number, reason: string | null }}
 */
export function countPass({ tz, status, signal = null, notable = [], results }) {
  const exit = status ?? signal;
  const detail = notable.length ? `: ${notable.join(' | ')}` : '';
  if (results === null || results === undefined) {
    return { passed: 0, failed: 1, skipped: 0, reason: `vitest under TZ=${tz} exited ${exit} and wrote no JSON results${detail}` };
  }
  // A file that failed without a failing test (it did not load) counts once; describe blocks do not.
  const brokenFiles = results.testResults.filter((f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed')).length;
  const counted = results.numFailedTests + brokenFiles;
  const skipped = results.numPendingTests + (results.numTodoTests ?? 0);
  if (counted > 0) {
    return { passed: results.numPassedTests, failed: counted, skipped, reason: `vitest under TZ=${tz}: ${results.numFailedTests} failing test(s), ${brokenFiles} file(s) that did not load${failures(results)}` };
  }
  if (status !== 0 || results.numTotalTests === 0 || results.success === false) {
    const why = results.numTotalTests === 0 ? 'ran no test' : `exited ${exit} with every test passed`;
    return { passed: results.numPassedTests, failed: 1, skipped, reason: `vitest under TZ=${tz} ${why}${detail}` };
  }
  return { passed: results.numPassedTests, failed: 0, skipped, reason: null };
}

/**
 * The failing tests and files of a pass, named (file › test: first line of the message), the first
 * five: CI shows only the end of the output, so the closing lines must say what failed.
 */
function failures(results) {
  const names = [];
  for (const file of results.testResults) {
    const rel = String(file.name).replace(/^.*?(?=test\/)/, '');
    const bad = file.assertionResults.filter((a) => a.status === 'failed');
    if (file.status === 'failed' && bad.length === 0) names.push(`${rel} did not load: ${firstLine(file.message)}`);
    for (const a of bad) names.push(`${rel} › ${a.fullName}: ${firstLine(a.failureMessages?.[0])}`);
  }
  if (names.length === 0) return '';
  const more = names.length > 5 ? ` … and ${names.length - 5} more` : '';
  return ` [${names.slice(0, 5).join(' ‖ ')}${more}]`;
}

const firstLine = (text) => String(text ?? '').split('\n')[0].slice(0, 300);

/** Whether a line of vitest's output explains a failure that its JSON results may not show. */
export const isNotable = (line) => /Unhandled|Error:|Timeout calling|ERR_|Segmentation|out of memory/i.test(line);
