#!/usr/bin/env node
// Runs every test: builds once, typechecks, checks the package and the API docs, then the vitest
// suite under three host time zones (the library must answer the same everywhere). Ends with one
// plain line `N passed, N failed` summed from vitest's JSON results, which CI reads.
//
// The closing line never says `0 failed` for a run that failed: a step or a vitest pass that exits
// non-zero without a failing test in its JSON results (an unhandled error such as vitest's
// `Timeout calling "onTaskUpdate"`, a crash, a file that did not load) counts as 1 failed, and the
// reason is printed above the closing line.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { countPass, isNotable } from './vitest-pass.mjs';

// The first zone runs the whole suite: west of UTC and with daylight saving time, it is the one most
// likely to expose host-local date arithmetic. The other two run all but ONCE (below).
const ZONES = ['America/Los_Angeles', 'UTC', 'Asia/Shanghai'];
// Suites whose subject does not depend on the host zone (packaging, generated docs, size limits,
// supply chain, purity under a stub): they run in the first zone only. Each is slow (child processes
// or million-item inputs), so three passes cost minutes and catch nothing the first did not.
const ONCE = [
  'test/testing/consumers.test.ts',
  'test/package/**',
  'test/rules/rules-doc.test.ts',
  'test/rules/catalog-schema.test.ts',
  'test/checks/json-schema.test.ts',
  'test/reliability/supply-chain.test.ts',
  'test/reliability/purity.test.ts',
  'test/reliability/hostile.test.ts',
];
const extra = process.argv.slice(2);
const started = Date.now();
const reasons = [];

function npmStep(name, args, env = process.env) {
  const r = spawnSync('npm', ['run', '--silent', ...args], { stdio: 'inherit', env });
  if (r.status === 0) return 0;
  reasons.push(`${name} exited ${r.status ?? r.signal}`);
  return 1;
}

if (npmStep('build', ['build']) !== 0) {
  console.log(`\nnot run: ${reasons.join('; ')}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
let passed = 0;
let failed = npmStep('typecheck (tsc --noEmit)', ['typecheck']);
let skipped = 0;

// Package quality (issue 5): each step that fails counts as 1 failed.
const skipBuild = { ...process.env, GSR_SKIP_BUILD: '1' };
for (const [name, args] of [
  ['check:package (publint, attw, packed files, size budget)', ['check:package']],
  ['docs:api (typedoc, warnings are errors)', ['docs:api']],
]) {
  console.log(`\n=== ${name}`);
  failed += npmStep(name, args, skipBuild);
}

/** Runs one vitest pass, echoing its output and keeping the lines that explain a failure. */
function vitest(tz, out, args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...skipBuild, TZ: tz },
    });
    const notable = [];
    let pending = '';
    const scan = (chunk) => {
      const text = pending + chunk.toString('utf8');
      const lines = text.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (isNotable(line) && notable.length < 20) notable.push(line.trim().slice(0, 300));
      }
    };
    child.stdout.on('data', (c) => {
      process.stdout.write(c);
      scan(c);
    });
    child.stderr.on('data', (c) => {
      process.stderr.write(c);
      scan(c);
    });
    child.on('close', (code, signal) => resolve({ status: code, signal, notable }));
  });
}

/** vitest's JSON results, or null when the pass wrote none (or a broken file). */
function readResults(file) {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

mkdirSync('reports', { recursive: true });
for (const [i, tz] of ZONES.entries()) {
  const out = `reports/vitest-${tz.replace('/', '_')}.json`;
  rmSync(out, { force: true });
  const args = i === 0 ? extra : [...ONCE.flatMap((g) => ['--exclude', g]), ...extra];
  console.log(`\n=== vitest under TZ=${tz}${i === 0 ? ' (every suite)' : ' (the suites that may depend on the host zone)'}`);
  const run = await vitest(tz, out, args);
  const results = readResults(out);
  const counted = countPass({ tz, status: run.status, signal: run.signal, notable: run.notable, results });
  passed += counted.passed;
  failed += counted.failed;
  skipped += counted.skipped;
  if (counted.reason) reasons.push(counted.reason);
}
const seconds = Math.round((Date.now() - started) / 1000);
console.log(`\nwall time ${seconds} s`);
if (reasons.length) console.log(`failed because: ${reasons.join('; ')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
