/**
 * Issue 14: when the pool of `check --jsonl` and `due` starts workers. With `--jobs N` given, past
 * POOL_THRESHOLD lines; without it, past the task's measured threshold — `due`'s work per event is
 * too small for workers to pay (docs/performance.md), so a default `due` runs on one core; one job,
 * or no worker entry (in-process use), never starts one.
 */
import { describe, expect, it } from 'vitest';
import { checkLineTask } from '../../src/cli/commands/check.js';
import { dueLineTask } from '../../src/cli/commands/due.js';
import { cpuTimes, idleCores, POOL_THRESHOLD, workersAfter } from '../../src/cli/pool.js';

describe('workersAfter', () => {
  it('--jobs N given: workers past POOL_THRESHOLD lines, for check and due alike', () => {
    for (const task of [checkLineTask, dueLineTask]) {
      expect(workersAfter({ jobs: 2, jobsGiven: true }, task, true)).toBe(POOL_THRESHOLD);
      expect(workersAfter({ jobs: 3, jobsGiven: true }, task, true)).toBe(POOL_THRESHOLD);
    }
  });

  it('by default: check past its threshold, due never', () => {
    expect(workersAfter({ jobs: 2, jobsGiven: false }, checkLineTask, true)).toBe(checkLineTask.defaultThreshold);
    expect(Number.isFinite(checkLineTask.defaultThreshold)).toBe(true);
    expect(workersAfter({ jobs: 2, jobsGiven: false }, dueLineTask, true)).toBe(Infinity);
    expect(workersAfter({ jobs: 2 }, dueLineTask, true)).toBe(Infinity);
  });

  it('one job, or no worker entry: never', () => {
    expect(workersAfter({ jobs: 1, jobsGiven: true }, checkLineTask, true)).toBe(Infinity);
    expect(workersAfter({ jobs: 4, jobsGiven: true }, checkLineTask, false)).toBe(Infinity);
    expect(workersAfter({ jobs: 4 }, checkLineTask, false)).toBe(Infinity);
  });

  it('check joins a batch\'s reports into the UTF-8 bytes it writes, in order, in a buffer of their own', () => {
    const join = checkLineTask.join as NonNullable<typeof checkLineTask.join>;
    const text = (o: { text: string | Uint8Array }) => (typeof o.text === 'string' ? o.text : new TextDecoder().decode(o.text));
    const three = join([{ text: 'a\n', failed: false }, { text: '网站\n', failed: true }, { text: 'c\n', failed: false }]);
    expect({ text: text(three), failed: three.failed }).toEqual({ text: 'a\n网站\nc\n', failed: true });
    expect((three.text as Uint8Array).byteLength).toBe(Buffer.byteLength('a\n网站\nc\n'));
    // The whole ArrayBuffer is the text's: a worker moves it to the main thread (check's transfer).
    expect((three.text as Uint8Array).buffer.byteLength).toBe((three.text as Uint8Array).byteLength);
    expect(checkLineTask.transfer?.(three)).toEqual([(three.text as Uint8Array).buffer]);
    const one = join([{ text: 'a\n', failed: false }]);
    expect({ text: text(one), failed: one.failed }).toEqual({ text: 'a\n', failed: false });
  });
});

describe('idleCores: the workers a default run starts', () => {
  it('is the idle share of the CPU time between two readings, times the cores', () => {
    // 2 cores, 1000 ms of CPU time passed, 600 of them idle: 1.2 cores idle (one worker).
    expect(idleCores({ total: 5000, idle: 1000 }, { total: 6000, idle: 1600 }, 2)).toBeCloseTo(1.2);
    // A busy machine: nothing idle, no worker.
    expect(idleCores({ total: 5000, idle: 1000 }, { total: 6000, idle: 1000 }, 2)).toBe(0);
    // 8 cores, a quarter idle: 2 cores.
    expect(idleCores({ total: 0, idle: 0 }, { total: 800, idle: 200 }, 8)).toBe(2);
  });

  it('is Infinity (no limit) when the system tells nothing', () => {
    expect(idleCores({ total: 5000, idle: 1000 }, { total: 5000, idle: 1000 }, 2)).toBe(Infinity);
    expect(idleCores({ total: 0, idle: 0 }, { total: 0, idle: 0 }, 0)).toBe(Infinity);
  });

  it('reads the machine: idle time within the total', () => {
    const t = cpuTimes();
    expect(t.idle).toBeGreaterThanOrEqual(0);
    expect(t.total).toBeGreaterThanOrEqual(t.idle);
  });
});
