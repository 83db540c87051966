/**
 * `check --jsonl` on every core (issue 14). The main thread reads the lines and writes the reports;
 * past the first {@link POOL_THRESHOLD} lines (a small input is checked at once, with no thread to
 * start), batches of lines go to `--jobs` worker threads, each running this same CLI file, which
 * check and render them with the very function the one-core run uses (`checkJsonlLine`). The main
 * thread writes the results in input order, so the output is byte for byte the one-core run's; an
 * invalid line stops the run at that line with the same error, after the same output before it.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { InvalidInputError } from '../errors.js';
import { checkJsonlLine, type PreparedCheck, prepareCheck } from './commands/check.js';

/** Lines checked on the main thread before a pool is worth starting. */
export const POOL_THRESHOLD = 1024;
/** Lines per message to a worker. */
const BATCH = 128;

/** The file a worker runs: the built CLI sets it (main.ts); unset (in-process use), `--jobs` is not used. */
let workerEntry: URL | undefined;

/**
 * Called by the CLI's entry with its own URL, so that the pool can start workers running it.
 *
 * @example
 * enableCheckWorkers(new URL('file:///usr/lib/node_modules/gov-site-rules/dist/cli.js'));
 */
export function enableCheckWorkers(entry: URL): void {
  workerEntry = entry;
}

/** A line's result as it crosses the thread boundary. */
type Outcome = { text: string; failed: boolean } | null;
type Failure = { invalid: true; field: string; value: unknown; reason: string } | { invalid: false; message: string };
interface Reply {
  readonly id: number;
  readonly outcomes: Outcome[];
  readonly failure?: Failure;
}

function checkBatch(lines: readonly { n: number; line: string }[], p: PreparedCheck): Omit<Reply, 'id'> {
  const outcomes: Outcome[] = [];
  for (const { n, line } of lines) {
    try {
      outcomes.push(checkJsonlLine(line, n, p) ?? null);
    } catch (e) {
      const failure: Failure =
        e instanceof InvalidInputError ? { invalid: true, field: e.field, value: e.value, reason: e.reason } : { invalid: false, message: String((e as Error)?.message ?? e) };
      return { outcomes, failure };
    }
  }
  return { outcomes };
}

/**
 * Whether this thread is a worker of the pool; if so, serves batches until the main thread ends it.
 *
 * @example
 * serveCheckWorker(); // false on the main thread
 */
export function serveCheckWorker(): boolean {
  if (isMainThread || (workerData as { gsrCheckWorker?: unknown } | null)?.gsrCheckWorker !== true) return false;
  const { argv, env } = workerData as { argv: string[]; env: Record<string, string | undefined> };
  const port = parentPort as NonNullable<typeof parentPort>;
  const ready = prepareCheck(argv, { env });
  port.on('message', (msg: { id: number; lines: { n: number; line: string }[] }) => {
    ready.then(
      (p) => port.postMessage({ id: msg.id, ...checkBatch(msg.lines, p) }),
      (e: unknown) => port.postMessage({ id: msg.id, outcomes: [], failure: { invalid: false, message: String((e as Error)?.message ?? e) } }),
    );
  });
  return true;
}

function raise(failure: Failure): never {
  if (failure.invalid) throw new InvalidInputError(failure.field, failure.value, failure.reason);
  throw new Error(failure.message);
}

/** What the main thread does with each line. */
export interface CheckLinesIo {
  readonly argv: string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  tick(): void;
  write(out: { text: string; failed: boolean }): void;
}

/**
 * Checks JSONL lines and writes their reports in input order: on the main thread for the first
 * {@link POOL_THRESHOLD} lines (and always with one job), then on a pool of `p.jobs` workers.
 *
 * @example
 * async function* none() {}
 * await checkLines(none(), await prepareCheck(['-', '--at', '2026-11-25T12:00:00+08:00'], { env: {} }), { argv: [], env: {}, tick() {}, write() {} });
 */
export async function checkLines(lines: AsyncIterable<string>, p: PreparedCheck, io: CheckLinesIo): Promise<void> {
  const usePool = p.jobs > 1 && workerEntry !== undefined;
  let n = 0;
  let workers: Worker[] | undefined;
  const pending: Promise<Reply>[] = [];
  const waiting = new Map<number, (r: Reply) => void>();
  let batch: { n: number; line: string }[] = [];
  let nextId = 0;
  let workerError: Error | undefined;

  const start = (): Worker[] =>
    Array.from({ length: p.jobs }, () => {
      const w = new Worker(workerEntry as URL, { workerData: { gsrCheckWorker: true, argv: io.argv, env: { ...io.env } }, stdout: false, stderr: false });
      w.on('message', (r: Reply) => {
        waiting.get(r.id)?.(r);
        waiting.delete(r.id);
      });
      w.on('error', (e) => {
        workerError = e;
        for (const resolve of waiting.values()) resolve({ id: -1, outcomes: [], failure: { invalid: false, message: e.message } });
        waiting.clear();
      });
      return w;
    });
  const send = () => {
    if (batch.length === 0) return;
    workers ??= start();
    const id = nextId++;
    const worker = workers[id % workers.length] as Worker;
    pending.push(
      new Promise<Reply>((resolve) => {
        if (workerError !== undefined) resolve({ id, outcomes: [], failure: { invalid: false, message: workerError.message } });
        else waiting.set(id, resolve);
      }),
    );
    worker.postMessage({ id, lines: batch });
    batch = [];
  };
  const writeHead = async () => {
    const reply = await (pending.shift() as Promise<Reply>);
    for (const o of reply.outcomes) if (o !== null) io.write(o);
    if (reply.failure !== undefined) raise(reply.failure);
  };

  try {
    for await (const line of lines) {
      n++;
      io.tick();
      if (!usePool || n <= POOL_THRESHOLD) {
        const out = checkJsonlLine(line, n, p);
        if (out !== undefined) io.write(out);
        continue;
      }
      batch.push({ n, line });
      if (batch.length >= BATCH) send();
      // Bounded memory: at most three batches a worker in flight.
      while (pending.length >= p.jobs * 3) await writeHead();
    }
    send();
    while (pending.length > 0) await writeHead();
  } finally {
    if (workers !== undefined) await Promise.all(workers.map((w) => w.terminate()));
  }
}
