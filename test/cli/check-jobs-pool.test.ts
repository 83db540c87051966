/**
 * The pool of `check --jsonl` (src/cli/pool.ts, issue 14) with the main thread running batches
 * too: past the first lines, a worker that holds fewer than two batches gets the next one, and
 * otherwise the main thread runs the next lines itself. Here the pool runs in-process (this
 * module's `runLines`, the main thread's side) with the built worker entry (dist/cli-worker.js),
 * and the input comes in bursts with pauses between them, so that each burst starts on an idle
 * worker (its first two batches, 64 lines, go to the worker) and goes on on the main thread (the
 * worker is full):
 * both threads run lines, and the results must be the one-core run's, in order — and an invalid
 * line, whichever thread meets it, stops the run with the one-core run's error and the same
 * reports before it.
 */
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkLineTask, prepareCheck } from '../../src/cli/commands/check.js';
import { enableWorkers, POOL_THRESHOLD, runLines } from '../../src/cli/pool.js';
import { JOBS_AT, jobsSnapshot } from './jobs-snapshot.js';

enableWorkers(pathToFileURL(path.resolve('dist/cli-worker.js')));

const AT = JOBS_AT;
const snapshot = (i: number): string => jobsSnapshot(i);


const BURSTS = 5;
const BURST = 100;
/** A line number inside burst `b` (0-based) at position `k` (0-based) of it. */
const lineAt = (b: number, k: number) => POOL_THRESHOLD + b * BURST + k + 1;

/**
 * The input: the first POOL_THRESHOLD lines (on the main thread, one by one), a pause long enough
 * for the worker to start, then bursts of lines with a pause after each, long enough for the
 * worker to finish what it holds. `replace`: line number → its text.
 */
function plan(replace: Record<number, string> = {}): (string | number)[] {
  const out: (string | number)[] = [];
  const text = (n: number) => replace[n] ?? snapshot(n);
  for (let n = 1; n <= POOL_THRESHOLD; n++) out.push(text(n));
  out.push(2_000);
  for (let b = 0; b < BURSTS; b++) {
    for (let k = 0; k < BURST; k++) out.push(text(lineAt(b, k)));
    out.push(500);
  }
  return out;
}

async function* feed(items: readonly (string | number)[]): AsyncGenerator<string> {
  for (const x of items) {
    if (typeof x === 'number') await sleep(x);
    else yield x;
  }
}

async function run(items: readonly (string | number)[], jobs: number) {
  const argv = ['-', '--at', AT, '--json', '--jsonl', '--jobs', String(jobs)];
  const p = await prepareCheck(argv, { env: {} });
  let text = '';
  let failed = false;
  let error: unknown;
  let pooled = -1;
  const take = (o: { text: string | Uint8Array; failed: boolean }) => {
    // A batch's reports come as their UTF-8 bytes (check's join).
    text += typeof o.text === 'string' ? o.text : Buffer.from(o.text).toString('utf8');
    failed ||= o.failed;
  };
  try {
    pooled = await runLines(checkLineTask, feed(items), p, { argv, env: {}, tick() {}, take });
  } catch (e) {
    error = e;
  }
  return { text, failed, error, pooled };
}

const pooledLines = BURSTS * BURST;
const INVALID = '{"schemaVersion":1,"site":{"id":"x"}}';

describe.sequential('check --jsonl: the main thread and a worker share the lines', () => {
  it('gives the one-core results in order, the worker and the main thread each running some lines', async () => {
    // Blank lines inside the pooled part, on the worker's side of a burst and on the main thread's.
    const items = plan({ [lineAt(1, 5)]: '', [lineAt(1, 90)]: '  ' });
    const one = await run(items, 1);
    expect(one.error).toBeUndefined();
    expect(one.pooled).toBe(0);
    expect(one.text.split('\n')).toHaveLength(POOL_THRESHOLD + pooledLines - 2 + 1);
    expect(one.failed).toBe(true);
    const two = await run(items, 2);
    expect(two.error).toBeUndefined();
    expect(two.text === one.text, 'the output of main thread + worker differs from one core').toBe(true);
    expect(two.failed).toBe(true);
    // Each burst starts on the idle worker, which takes two batches; the main thread runs the rest.
    expect(two.pooled).toBeGreaterThan(0);
    expect(two.pooled).toBeLessThan(pooledLines);
  }, 120_000);

  it.each([
    ['the worker', lineAt(2, 10)],
    ['the main thread', lineAt(2, 66)],
  ])('stops at an invalid line met by %s, with the one-core error and the reports before it', async (_, bad) => {
    const items = plan({ [bad]: INVALID });
    const one = await run(items, 1);
    expect(String(one.error)).toContain(`line ${bad}: snapshot.site`);
    const two = await run(items, 2);
    expect(two.error).toBeInstanceOf((one.error as Error).constructor);
    expect(String(two.error)).toBe(String(one.error));
    expect(two.text === one.text).toBe(true);
    expect(two.text.split('\n')).toHaveLength(bad);
  }, 120_000);
});
