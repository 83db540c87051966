/**
 * JSONL on every core (issue 14), for `check --jsonl` and `due`. The main thread reads the lines
 * and takes the results; past the first lines (a small input is done at once, with no thread to
 * start: {@link POOL_THRESHOLD} with `--jobs N`, the task's own measured threshold by default),
 * batches of lines are run by `--jobs` threads: the main thread itself and `--jobs` − 1 worker
 * threads running the worker entry (worker.ts: the line tasks, not the whole CLI), which prepare
 * the command from its arguments and run each line through the very function the one-core run
 * uses (a {@link LineTask}). A batch travels as the list of its lines and, for a task that joins
 * its results (`check`: the bytes of the report lines it writes), comes back as one result, its
 * buffers moved rather than copied. The main thread takes the results in input order, so the output is byte for
 * byte the one-core run's. A line that throws stops the run there: the main thread runs that line
 * again itself, so the error is the one-core run's own error object. */
import { availableParallelism, cpus } from 'node:os';
import { isMainThread, MessageChannel, type MessagePort, receiveMessageOnPort, Worker, workerData } from 'node:worker_threads';
import { InvalidInputError } from '../errors.js';
import { wholeNumber } from './args.js';
import type { CliIo } from './io.js';

/** Lines done on the main thread before the pool starts, when `--jobs N` asks for one. */
export const POOL_THRESHOLD = 1024;

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
  /**
   * The buffers of a joined result that move to the main thread instead of being copied (they
   * are no longer usable in the worker; `check`: the bytes of the reports it writes).
   */
  transfer?(joined: R): ArrayBuffer[];
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
 * `--jobs N` as `check` and `due` take it: a whole number, at least 1; absent, the cores available
 * (a default run starts a worker only for a core found idle: {@link idleCores}).
 *
 * @example
 * jobsOption('3'); // 3
 */
export function jobsOption(value: string | undefined): number {
  const jobs = value === undefined ? availableParallelism() : wholeNumber(value, '--jobs');
  if (jobs < 1) throw new InvalidInputError('--jobs', value, 'must be at least 1');
  return jobs;
}

/** The CPU times of the machine's cores (os.cpus()): total and idle, in ms, summed. */
export interface CpuTimes {
  readonly total: number;
  readonly idle: number;
}

/**
 * The machine's CPU times now, summed over its cores.
 *
 * @example
 * cpuTimes().total >= cpuTimes().idle; // true
 */
export function cpuTimes(): CpuTimes {
  let total = 0;
  let idle = 0;
  for (const { times } of cpus()) {
    total += times.user + times.nice + times.sys + times.idle + times.irq;
    idle += times.idle;
  }
  return { total, idle };
}

/**
 * How many cores were idle on average between two readings of {@link cpuTimes} (`Infinity` when
 * the system tells nothing, e.g. no time passed or no cores listed). A run without `--jobs` reads
 * them when it starts and again at its last line before the pool, and starts a worker for each
 * idle core (rounded; at most `--jobs` − 1): a worker beyond the idle cores gets CPU time only at
 * another process's expense, and costs CPU of its own (its start and its JIT warm-up, about 0.5 s
 * measured: docs/performance.md), so that on a busy machine a default run stays on one core and
 * is never slower than `--jobs 1`.
 *
 * @example
 * idleCores({ total: 1000, idle: 400 }, { total: 1400, idle: 650 }, 2); // 1.25
 */
export function idleCores(before: CpuTimes, after: CpuTimes, cores: number): number {
  const total = after.total - before.total;
  return total > 0 ? ((after.idle - before.idle) / total) * cores : Infinity;
}

/**
 * The help line of `--jobs`, with what the threads do and what a run without `--jobs` does.
 *
 * @example
 * jobsUsage('check JSONL', 'the cores available').startsWith('  --jobs N: check JSONL on N threads'); // true
 */
export function jobsUsage(what: string, byDefault: string): string {
  return `  --jobs N: ${what} on N threads, this one and N − 1 workers (default: ${byDefault}); the output is the same, in the same order.\n`;
}

/**
 * A batch's results, from the thread that ran it: one a line (`undefined` for a line without
 * one), or, for a task that joins them, the results of the lines before `failed` as one (or none).
 * `failed`: the index in the batch of the line that threw.
 */
interface Reply {
  readonly outcomes?: unknown[];
  readonly joined?: unknown;
  readonly failed?: number;
  readonly message?: string;
}

/** A batch as it goes to a worker: its lines, the first numbered `first`. */
interface Batch {
  readonly first: number;
  readonly lines: string[];
}

/** What a worker sends the main thread: a batch's reply, in the order it got them, or whether it is ready for batches. */
type WorkerMessage = { readonly reply: Reply } | { readonly ready: true } | { readonly ready: false; readonly message: string };

function runBatch(lines: readonly string[], first: number, task: AnyTask, p: unknown): Reply {
  const outcomes: unknown[] = [];
  let failed: number | undefined;
  let message: string | undefined;
  for (let k = 0; k < lines.length; k++) {
    try {
      outcomes.push(task.line(lines[k] as string, first + k, p));
    } catch (e) {
      failed = k;
      message = String((e as Error)?.message ?? e);
      break;
    }
  }
  const rest = failed === undefined ? {} : { failed, message };
  if (task.join === undefined) return { outcomes, ...rest };
  const results = outcomes.filter((o) => o !== undefined);
  return { ...(results.length === 0 ? {} : { joined: task.join(results) }), ...rest };
}

/**
 * Whether this thread is a worker of the pool; if so, prepares the task named in its data (one of
 * `tasks`), says it is ready, and serves batches until the main thread ends it.
 *
 * @example
 * serveWorker([]); // false on the main thread
 */
export function serveWorker(tasks: readonly AnyTask[]): boolean {
  // (The tasks are passed in by the entry, so that this module imports no command.)
  const data = workerData as { gsrPoolTask?: unknown; port: MessagePort; argv: string[]; env: Record<string, string | undefined> } | null;
  if (isMainThread || typeof data?.gsrPoolTask !== 'string') return false;
  // Batches come on the port and replies go back on it: the main thread reads them between two of its own lines.
  const port = data.port;
  const task = tasks.find((t) => t.name === data.gsrPoolTask);
  const ready = task === undefined ? Promise.reject(new Error(`no pool task ${data.gsrPoolTask}`)) : task.prepare(data.argv, { env: data.env });
  ready.then(
    (p: unknown) => {
      port.on('message', (msg: Batch) => {
        const reply = runBatch(msg.lines, msg.first, task as AnyTask, p);
        port.postMessage({ reply } satisfies WorkerMessage, reply.joined === undefined ? [] : (task?.transfer?.(reply.joined) ?? []));
      });
      port.postMessage({ ready: true } satisfies WorkerMessage);
    },
    (e: unknown) => port.postMessage({ ready: false, message: String((e as Error)?.message ?? e) } satisfies WorkerMessage),
  );
  return true;
}

/** What the main thread does with each line. */
export interface LinesIo<R> {
  readonly argv: string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  tick(): void;
  /**
   * A line's result (not called for `undefined`), in input order, with the line and its number; for
   * a task that joins its results, a batch may come as one result (with its first line).
   */
  take(out: R, n: number, line: string): void;
}

/** Lines a batch for a worker holds. */
const BATCH = 32;
/** Lines the main thread runs at once when no worker has room (fewer: it looks for one between them). */
const MAIN_BATCH = 8;
/** Batches a worker holds at once (the one it runs and the next), so that it does not wait for the main thread between two. */
const DEPTH = 2;
/** Batches done but waiting for an earlier one (still on a worker): past this many, the main thread waits (bounded memory). */
const AHEAD = 64;

/** A batch of lines and, once a thread has run it, its reply. */
interface Slot {
  readonly first: number;
  readonly lines: string[];
  reply?: Reply;
}

/** A worker of the pool: the port its replies come on, whether it is ready for batches, and the batches it holds, in the order it got them. */
interface PoolWorker {
  readonly worker: Worker;
  readonly port: MessagePort;
  ready: boolean;
  readonly held: Slot[];
}

/**
 * Runs `task` over JSONL lines and hands the results over in input order. The first lines
 * ({@link workersAfter}; all of them with one job, or without the built CLI) are done one by one
 * on the main thread; past them, in batches by `p.jobs` threads: the main thread, which also reads
 * the input and writes the output, and `p.jobs − 1` workers (a run without `--jobs`: no more
 * workers than cores found idle, {@link idleCores}). A worker that holds fewer than two batches
 * gets the next one; otherwise the main thread runs the next lines itself,
 * and looks again after each few. So the work is shared as the threads are free (a worker that
 * is still starting takes none, a busy machine gets fewer lines to the workers), and the main
 * thread never waits on a worker for more than the batches it holds. Resolves to the number of
 * lines the workers ran (what the tests look at; the output does not depend on it).
 *
 * @example
 * async function* none() {}
 * const task = { name: 'none', defaultThreshold: 0, prepare: async () => ({ jobs: 2 }), line: (t: string) => t };
 * await runLines(task, none(), { jobs: 2 }, { argv: [], env: {}, tick() {}, take() {} }); // 0
 */
export async function runLines<P extends PoolOptions, R>(task: LineTask<P, R>, lines: AsyncIterable<string>, p: P, io: LinesIo<R>): Promise<number> {
  const after = workersAfter(p, task, workerEntry !== undefined);
  // A default run: how idle the machine is, from now to the last line before the pool.
  const since = p.jobsGiven === true || after === Infinity ? undefined : cpuTimes();
  let workers: PoolWorker[] | undefined;
  const slots: Slot[] = []; // the batches not yet taken, in input order
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  let pooled = 0;
  let n = 0;
  let batch: string[] = [];
  let first = 0;

  const receive = (w: PoolWorker, m: WorkerMessage) => {
    if ('reply' in m) {
      const slot = w.held.shift() as Slot;
      slot.reply = m.reply;
      pooled += slot.lines.length;
    } else if (m.ready) w.ready = true;
    else failure ??= new Error(m.message); // it could not prepare the command
  };
  const start = () => {
    const idle = since === undefined ? Infinity : idleCores(since, cpuTimes(), cpus().length);
    return Array.from({ length: Math.min(p.jobs - 1, Math.round(idle)) }, () => {
      const { port1, port2 } = new MessageChannel();
      const worker = new Worker(workerEntry as URL, {
        workerData: { gsrPoolTask: task.name, port: port2, argv: io.argv, env: { ...io.env } },
        transferList: [port2],
        stdout: false,
        stderr: false,
      });
      const w: PoolWorker = { worker, port: port1, ready: false, held: [] };
      port1.on('message', (m: WorkerMessage) => {
        receive(w, m);
        wake?.();
      });
      worker.on('error', (e) => {
        // Its batches end at their first line: the main thread runs it again, then reports the failure.
        w.ready = false;
        for (const slot of w.held.splice(0)) slot.reply = { failed: 0, message: e.message };
        wake?.();
      });
      return w;
    });
  };
  /** The replies the workers have sent, read now (the main thread may not have returned to its event loop for a while). */
  const poll = () => {
    for (const w of workers ?? []) {
      for (let m = receiveMessageOnPort(w.port); m !== undefined; m = receiveMessageOnPort(w.port)) receive(w, m.message as WorkerMessage);
    }
  };
  /** The batch so far to a worker with room when it is full, or run here once it has `MAIN_BATCH` lines and no worker has room (`end`: now). */
  const dispatch = (end: boolean) => {
    if (batch.length === 0) return;
    workers ??= start();
    poll();
    const w = workers.find((x) => x.ready && x.held.length < DEPTH);
    if (w === undefined ? !end && batch.length < MAIN_BATCH : !end && batch.length < BATCH) return;
    const slot: Slot = { first, lines: batch };
    batch = [];
    slots.push(slot);
    if (w === undefined) {
      slot.reply = runBatch(slot.lines, slot.first, task, p);
      return;
    }
    w.held.push(slot);
    w.port.postMessage({ first: slot.first, lines: slot.lines } satisfies Batch);
  };
  /** Hands over the results of the batches done, in order, up to the first still on a worker. */
  const flush = () => {
    if (failure !== undefined) throw failure;
    while (slots.length > 0 && (slots[0] as Slot).reply !== undefined) {
      const { first: at, lines: done, reply } = slots.shift() as Required<Slot>;
      if (reply.joined !== undefined) io.take(reply.joined as R, at, done[0] as string);
      reply.outcomes?.forEach((o, k) => {
        if (o !== undefined) io.take(o as R, at + k, done[k] as string);
      });
      if (reply.failed === undefined) continue;
      // The line that threw, run again here: it throws the one-core run's own error.
      task.line(done[reply.failed] as string, at + reply.failed, p);
      // It did not throw here: the worker itself failed.
      throw new Error(reply.message ?? 'a worker failed');
    }
  };
  /** Waits until the first batch is done, then hands over what is. */
  const takeHead = async () => {
    poll();
    while (failure === undefined && (slots[0] as Slot).reply === undefined) await new Promise<void>((resolve) => (wake = resolve));
    wake = undefined;
    flush();
  };

  try {
    for await (const line of lines) {
      n++;
      io.tick();
      if (n >= after) workers ??= start(); // from the last line before the pool: it starts while that line is run
      if (n <= after) {
        const out = task.line(line, n, p);
        if (out !== undefined) io.take(out, n, line);
        continue;
      }
      if (batch.length === 0) first = n;
      batch.push(line);
      dispatch(false);
      flush();
      while (slots.length > AHEAD) await takeHead();
    }
    dispatch(true);
    while (slots.length > 0) await takeHead();
  } finally {
    for (const w of workers ?? []) w.port.close();
    if (workers !== undefined) await Promise.all(workers.map((w) => w.worker.terminate()));
  }
  return pooled;
}
