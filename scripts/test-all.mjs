#!/usr/bin/env node
// Runs every test: builds once, then the whole vitest suite under three host time zones
// (the library must answer the same everywhere). Ends with one plain line
// `N passed, N failed` summed from vitest's JSON results, which CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const ZONES = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles'];
const extra = process.argv.slice(2);

const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
if (build.status !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const typecheck = spawnSync('npm', ['run', '--silent', 'typecheck'], { stdio: 'inherit' });

mkdirSync('reports', { recursive: true });
let passed = 0;
let failed = typecheck.status === 0 ? 0 : 1;
if (failed) console.log('typecheck (tsc --noEmit) failed: counted as 1 failed');

// Package quality (issue 5): each step that fails counts as 1 failed.
function step(name, args) {
  console.log(`\n=== ${name}`);
  const r = spawnSync('npm', ['run', '--silent', ...args], { stdio: 'inherit', env: { ...process.env, GSR_SKIP_BUILD: '1' } });
  if (r.status === 0) return 0;
  console.log(`${name} failed: counted as 1 failed`);
  return 1;
}
failed += step('check:package (publint, attw, packed files, size budget)', ['check:package']);
failed += step('docs:api (typedoc, warnings are errors)', ['docs:api']);
let skipped = 0;
let broken = false;
for (const tz of ZONES) {
  const out = `reports/vitest-${tz.replace('/', '_')}.json`;
  rmSync(out, { force: true });
  console.log(`\n=== vitest under TZ=${tz}`);
  const run = spawnSync(
    process.execPath,
    ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...extra],
    { stdio: 'inherit', env: { ...process.env, TZ: tz, GSR_SKIP_BUILD: '1' } },
  );
  if (!existsSync(out)) {
    console.log(`vitest under TZ=${tz} wrote no JSON results (exit ${run.status})`);
    broken = true;
    failed += 1;
    continue;
  }
  const r = JSON.parse(readFileSync(out, 'utf8'));
  passed += r.numPassedTests;
  // A file that failed without a failing test (it did not load) counts once; describe blocks do not.
  const brokenFiles = r.testResults.filter((f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed')).length;
  failed += r.numFailedTests + brokenFiles;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  if (run.status !== 0) broken = true;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || broken || passed === 0 ? 1 : 0);
