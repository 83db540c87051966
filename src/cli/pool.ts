/**
 * JSONL on every core (issue 14), for `check --jsonl` and `due`. The main thread reads the lines
 * and takes the results; past the first {@link POOL_THRESHOLD} lines (a small input is done at
 * once, with no thread to start), batches of lines go to `--jobs` worker threads, each running this
 * same CLI file, which prepare the command from its arguments and run each line through the very
 * function the one-core run uses (a {@link LineTask}). The main thread takes the results in input
 * order, so the output is byte for byte the one-core run's. A line that throws stops the run there:
 * the main thread runs that line again itself, so the error is the one-core run's own error object.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { InvalidInputError } from '../errors.js';
import { wholeNumber } from './args.js';
import type { CliIo } from './io.js';

/** Lines done on the main thread before a pool is worth starting. */
export const POOL_THRESHOLD = 1024;
/** Lines per message to a worker. */
const BATCH = 128;

/**
 * A command's work on one JSONL line, the same on the main thread and in each worker: `prepare`
 * turns the command's arguments into what `line` needs (run once per thread); `line` returns the
 * line's result (`undefined`: nothing, e.g. a blank line), which must survive a structured clone,
 * or throws to stop the run at that line.
 */
export interface LineTask<P extends { readonly jobs: number }, R> {
  /** The command's name: a worker finds the task by it (see {@link serveWorker}). */
  readonly name: string;
  prepare(argv: string[], io: Pick<CliIo, 'env'>): Promise<P>;
  line(text: string, n: number, p: P): R | undefined;
}

/** A task whatever its prepared arguments: a worker only passes them from `prepare` to `line`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyTask = LineTask<any, unknown>;

/** The file a worker runs: the built CLI sets it (main.ts); unset (in-process use), `--jobs` is not used. */
let workerEntry: URL | undefined;

/**
 * Called by the CLI's entry with its own URL, so that the pool can start workers running it.
 *
 * @example
 * enableWorkers(new URL('file:///usr/lib/node_modules/gov-site-rules/dist/cli.js'));
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
 * The help line of `--jobs`, with what the workers do.
 *
 * @example
 * jobsUsage('check JSONL').startsWith('  --jobs N: check JSONL on N worker threads'); // true
 */
export function jobsUsage(what: string): string {
  return `  --jobs N: ${what} on N worker threads (default: the cores available); the output is the same, in the same order.\n`;
}

/** A batch's results as they cross the thread boundary; `failed`: the index in the batch of the line that threw. */
interface Reply {
  readonly id: number;
  readonly outcomes: unknown[];
  readonly failed?: number;
  readonly message?: string;
}

interface Line {
  readonly n: number;
  readonly line: string;
}

function runBatch(lines: readonly Line[], task: AnyTask, p: unknown): Omit<Reply, 'id'> {
  const outcomes: unknown[] = [];
  for (const [k, { n, line }] of lines.entries()) {
    try {
      outcomes.push(task.line(line, n, p));
    } catch (e) {
      return { outcomes, failed: k, message: String((e as Error)?.message ?? e) };
    }
  }
  return { outcomes };
}

/**
 * Whether this thread is a worker of the pool; if so, serves batches of the task named in its
 * data (one of `tasks`) until the main thread ends it.
 *
 * @example
 * serveWorker([]); // false on the main thread
 */
export function serveWorker(tasks: readonly AnyTask[]): boolean {
  const data = workerData as { gsrPoolTask?: unknown; argv: string[]; env: Record<string, string | undefined> } | null;
  if (isMainThread || typeof data?.gsrPoolTask !== 'string') return false;
  const port = parentPort as NonNullable<typeof parentPort>;
  const task = tasks.find((t) => t.name === data.gsrPoolTask);
  const ready = task === undefined ? Promise.reject(new Error(`no pool task ${data.gsrPoolTask}`)) : task.prepare(data.argv, { env: data.env });
  ready.catch(() => {}); // reported with the first batch
  port.on('message', (msg: { id: number; lines: Line[] }) => {
    ready.then(
      (p) => port.postMessage({ id: msg.id, ...runBatch(msg.lines, task as AnyTask, p) }),
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
  /** A line's result (not called for `undefined`), in input order, with the line and its number. */
  take(out: R, n: number, line: string): void;
}

/**
 * Runs `task` over JSONL lines and hands the results over in input order: on the main thread for
 * the first {@link POOL_THRESHOLD} lines (and always with one job, or without the built CLI), then
 * on a pool of `p.jobs` workers.
 *
 * @example
 * async function* none() {}
 * const task = { name: 'none', prepare: async () => ({ jobs: 2 }), line: (t: string) => t };
 * await runLines(task, none(), { jobs: 2 }, { argv: [], env: {}, tick() {}, take() {} });
 */
export async function runLines<P extends { readonly jobs: number }, R>(task: LineTask<P, R>, lines: AsyncIterable<string>, p: P, io: LinesIo<R>): Promise<void> {
  const usePool = p.jobs > 1 && workerEntry !== undefined;
  let n = 0;
  let workers: Worker[] | undefined;
  const pending: { reply: Promise<Reply>; lines: Line[] }[] = [];
  const waiting = new Map<number, (r: Reply) => void>();
  let batch: Line[] = [];
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
        for (const resolve of waiting.values()) resolve({ id: -1, outcomes: [], failed: 0, message: e.message });
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
    pending.push({ reply, lines: batch });
    worker.postMessage({ id, lines: batch });
    batch = [];
  };
  const takeHead = async () => {
    const head = pending.shift() as (typeof pending)[number];
    const reply = await head.reply;
    reply.outcomes.forEach((o, k) => {
      const { n: m, line } = head.lines[k] as Line;
      if (o !== undefined) io.take(o as R, m, line);
    });
    if (reply.failed === undefined) return;
    // The line that threw, run again here: it throws the one-core run's own error.
    const { n: m, line } = head.lines[reply.failed] as Line;
    task.line(line, m, p);
    // It did not throw here: the worker itself failed (it could not start, or prepare the command).
    throw new Error(reply.message ?? 'a worker failed');
  };

  try {
    for await (const line of lines) {
      n++;
      io.tick();
      if (!usePool || n <= POOL_THRESHOLD) {
        const out = task.line(line, n, p);
        if (out !== undefined) io.take(out, n, line);
        continue;
      }
      batch.push({ n, line });
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
