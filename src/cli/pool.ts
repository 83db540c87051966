/**
 * JSONL on every core (issue 14), for `check --jsonl` and `due`. The main thread reads the lines
 * and takes the results; past the first lines (a small input is done at once, with no thread to
 * start: {@link POOL_THRESHOLD} with `--jobs N`, the task's own measured threshold by default),
 * batches of lines go to `--jobs` worker threads running the worker entry (worker.ts: the line
 * tasks, not the whole CLI), which prepare the command from its arguments and run each line
 * through the very function the one-core run uses (a {@link LineTask}). A batch travels as one
 * string (its lines joined by `\n`, which no line holds) and, for a task that joins its results
 * (`check`: the report lines it writes), comes back as one result. The main thread takes the results in input
 * order, so the output is byte for byte the one-core run's. A line that throws stops the run there:
 * the main thread runs that line again itself, so the error is the one-core run's own error object.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { InvalidInputError } from '../errors.js';
import { wholeNumber } from './args.js';
import type { CliIo } from './io.js';

/** Lines done on the main thread before the pool starts, when `--jobs N` asks for one. */
export const POOL_THRESHOLD = 1024;
/** Lines per message to a worker. */
const BATCH = 128;

/**
 * A command's work on one JSONL line, the same on the main thread and in each worker: `prepare`
 * turns the command's arguments into what `line` needs (run once per thread); `line` returns the
 * line's result (`undefined`: nothing, e.g. a blank line), which must survive a structured clone,
 * or throws to stop the run at that line.
 */
export interface LineTask<P extends PoolOptions, R> {
  /** The command's name: a worker finds the task by it (see {@link serveWorker}). */
  readonly name: string;
  /**
   * Without `--jobs`, the lines done on the main thread before workers start: where, measured,
   * a pool begins to beat one core for this task (`Infinity`: it never does on a default run).
   */
  readonly defaultThreshold: number;
  prepare(argv: string[], io: Pick<CliIo, 'env'>): Promise<P>;
  line(text: string, n: number, p: P): R | undefined;
  /**
   * The results of consecutive lines as one (in their order), for a task whose main thread only
   * writes them: a worker sends one result a batch instead of one a line.
   */
  join?(results: readonly R[]): R;
}

/** What a command's prepared arguments tell the pool: `--jobs` (or the cores available), and whether it was given. */
export interface PoolOptions {
  readonly jobs: number;
  readonly jobsGiven?: boolean;
}

/**
 * After how many lines the workers start: never with one job or without the worker entry, after
 * {@link POOL_THRESHOLD} lines when `--jobs N` was given, after the task's `defaultThreshold`
 * otherwise (so that a default run never loses to one core).
 *
 * @example
 * workersAfter({ jobs: 2, jobsGiven: true }, { defaultThreshold: Infinity }, true); // 1024
 * workersAfter({ jobs: 2 }, { defaultThreshold: Infinity }, true);                  // Infinity
 */
export function workersAfter(p: PoolOptions, task: { readonly defaultThreshold: number }, canStart: boolean): number {
  if (p.jobs <= 1 || !canStart) return Infinity;
  return p.jobsGiven === true ? POOL_THRESHOLD : task.defaultThreshold;
}

/** A task whatever its prepared arguments: a worker only passes them from `prepare` to `line`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyTask = LineTask<any, unknown>;

/** The file a worker runs: the built CLI sets it (main.ts, to the worker entry); unset (in-process use), `--jobs` is not used. */
let workerEntry: URL | undefined;

/**
 * Called by the CLI's entry with the worker entry's URL, so that the pool can start workers running it.
 *
 * @example
 * enableWorkers(new URL('file:///usr/lib/node_modules/gov-site-rules/dist/cli-worker.js'));
 */
export function enableWorkers(entry: URL): void {
  workerEntry = entry;
}

/**
 * `--jobs N` as `check` and `due` take it: a whole number, at least 1; absent, the cores available.
 *
 * @example
 * jobsOption('3'); // 3
 */
export function jobsOption(value: string | undefined): number {
  const jobs = value === undefined ? availableParallelism() : wholeNumber(value, '--jobs');
  if (jobs < 1) throw new InvalidInputError('--jobs', value, 'must be at least 1');
  return jobs;
}

/**
 * The help line of `--jobs`, with what the workers do and what a run without `--jobs` does.
 *
 * @example
 * jobsUsage('check JSONL', 'the cores available').startsWith('  --jobs N: check JSONL on N worker threads'); // true
 */
export function jobsUsage(what: string, byDefault: string): string {
  return `  --jobs N: ${what} on N worker threads (default: ${byDefault}); the output is the same, in the same order.\n`;
}

/**
 * A batch's results as they cross the thread boundary: one a line (`undefined` for a line without
 * one), or, for a task that joins them, the results of the lines before `failed` as one (or none).
 * `failed`: the index in the batch of the line that threw.
 */
interface Reply {
  readonly id: number;
  readonly outcomes?: unknown[];
  readonly joined?: unknown;
  readonly failed?: number;
  readonly message?: string;
}

/** A batch as it goes to a worker: its lines joined by `\n`, the first numbered `first`. */
interface Batch {
  readonly id: number;
  readonly first: number;
  readonly text: string;
}

function runBatch(batch: Batch, task: AnyTask, p: unknown): Reply {
  const lines = batch.text.split('\n');
  const outcomes: unknown[] = [];
  let failed: number | undefined;
  let message: string | undefined;
  for (let k = 0; k < lines.length; k++) {
    try {
      outcomes.push(task.line(lines[k] as string, batch.first + k, p));
    } catch (e) {
      failed = k;
      message = String((e as Error)?.message ?? e);
      break;
    }
  }
  const rest = failed === undefined ? {} : { failed, message };
  if (task.join === undefined) return { id: batch.id, outcomes, ...rest };
  const results = outcomes.filter((o) => o !== undefined);
  return { id: batch.id, ...(results.length === 0 ? {} : { joined: task.join(results) }), ...rest };
}

/**
 * Whether this thread is a worker of the pool; if so, serves batches of the task named in its
 * data (one of `tasks`) until the main thread ends it.
 *
 * @example
 * serveWorker([]); // false on the main thread
 */
export function serveWorker(tasks: readonly AnyTask[]): boolean {
  // (The tasks are passed in by the entry, so that this module imports no command.)
  const data = workerData as { gsrPoolTask?: unknown; argv: string[]; env: Record<string, string | undefined> } | null;
  if (isMainThread || typeof data?.gsrPoolTask !== 'string') return false;
  const port = parentPort as NonNullable<typeof parentPort>;
  const task = tasks.find((t) => t.name === data.gsrPoolTask);
  const ready = task === undefined ? Promise.reject(new Error(`no pool task ${data.gsrPoolTask}`)) : task.prepare(data.argv, { env: data.env });
  ready.catch(() => {}); // reported with the first batch
  port.on('message', (msg: Batch) => {
    ready.then(
      (p) => port.postMessage(runBatch(msg, task as AnyTask, p)),
      (e: unknown) => port.postMessage({ id: msg.id, outcomes: [], failed: 0, message: String((e as Error)?.message ?? e) }),
    );
  });
  return true;
}

/** What the main thread does with each line. */
export interface LinesIo<R> {
  readonly argv: string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  tick(): void;
  /**
   * A line's result (not called for `undefined`), in input order, with the line and its number; for
   * a task that joins its results, a worker's batch may come as one result (with its first line).
   */
  take(out: R, n: number, line: string): void;
}

/**
 * Runs `task` over JSONL lines and hands the results over in input order: on the main thread for
 * the first lines ({@link workersAfter}; all of them with one job, or without the built CLI), then
 * on a pool of `p.jobs` workers.
 *
 * @example
 * async function* none() {}
 * const task = { name: 'none', defaultThreshold: 0, prepare: async () => ({ jobs: 2 }), line: (t: string) => t };
 * await runLines(task, none(), { jobs: 2 }, { argv: [], env: {}, tick() {}, take() {} });
 */
export async function runLines<P extends PoolOptions, R>(task: LineTask<P, R>, lines: AsyncIterable<string>, p: P, io: LinesIo<R>): Promise<void> {
  const after = workersAfter(p, task, workerEntry !== undefined);
  let n = 0;
  let workers: Worker[] | undefined;
  const pending: { reply: Promise<Reply>; first: number; lines: string[] }[] = [];
  const waiting = new Map<number, (r: Reply) => void>();
  let batch: string[] = [];
  let first = 0;
  let nextId = 0;
  let workerError: Error | undefined;

  const start = (): Worker[] =>
    Array.from({ length: p.jobs }, () => {
      const w = new Worker(workerEntry as URL, { workerData: { gsrPoolTask: task.name, argv: io.argv, env: { ...io.env } }, stdout: false, stderr: false });
      w.on('message', (r: Reply) => {
        waiting.get(r.id)?.(r);
        waiting.delete(r.id);
      });
      w.on('error', (e) => {
        workerError = e;
        for (const [id, resolve] of waiting) resolve({ id, outcomes: [], failed: 0, message: e.message });
        waiting.clear();
      });
      return w;
    });
  const send = () => {
    if (batch.length === 0) return;
    workers ??= start();
    const id = nextId++;
    const worker = workers[id % workers.length] as Worker;
    const reply = new Promise<Reply>((resolve) => {
      if (workerError !== undefined) resolve({ id, outcomes: [], failed: 0, message: workerError.message });
      else waiting.set(id, resolve);
    });
    pending.push({ reply, first, lines: batch });
    worker.postMessage({ id, first, text: batch.join('\n') } satisfies Batch);
    batch = [];
  };
  const takeHead = async () => {
    const head = pending.shift() as (typeof pending)[number];
    const reply = await head.reply;
    if (reply.joined !== undefined) io.take(reply.joined as R, head.first, head.lines[0] as string);
    reply.outcomes?.forEach((o, k) => {
      if (o !== undefined) io.take(o as R, head.first + k, head.lines[k] as string);
    });
    if (reply.failed === undefined) return;
    // The line that threw, run again here: it throws the one-core run's own error.
    task.line(head.lines[reply.failed] as string, head.first + reply.failed, p);
    // It did not throw here: the worker itself failed (it could not start, or prepare the command).
    throw new Error(reply.message ?? 'a worker failed');
  };

  try {
    for await (const line of lines) {
      n++;
      io.tick();
      if (n <= after) {
        const out = task.line(line, n, p);
        if (out !== undefined) io.take(out, n, line);
        continue;
      }
      if (batch.length === 0) first = n;
      batch.push(line);
      if (batch.length >= BATCH) send();
      // Bounded memory: at most three batches a worker in flight.
      while (pending.length >= p.jobs * 3) await takeHead();
    }
    send();
    while (pending.length > 0) await takeHead();
  } finally {
    if (workers !== undefined) await Promise.all(workers.map((w) => w.terminate()));
  }
}
