/**
 * The process side of the CLI: the real stdout and stderr behind guards, the exit code, and the
 * one-line message for an internal error. main.ts is the only caller; tests run dist/cli.js as a
 * child process.
 *
 * - A closed pipe (`gov-site-rules check … | head -1`: EPIPE) is not an error: the rest of the
 *   output is dropped without a word and the run ends with the exit code it would have had, so
 *   `set -o pipefail` still sees a failing rule.
 * - Any other write error (ENOSPC, EIO …) stops the run: one line on stderr, exit 74.
 * - An internal error (a bug) is one line on stderr with where to report it, exit 70; the stack
 *   only when GSR_DEBUG is set.
 */
import { OutputError, EXIT, type CliIo } from './io.js';
import { clip, escapeControls } from './text.js';
import { runCli, version } from './run.js';

/** A stream's writes, guarded: see the file comment. */
export interface GuardedStream {
  write(chunk: string | Uint8Array): boolean;
  readonly isTTY?: boolean;
  /** The reader went away (EPIPE): writes are dropped. */
  readonly closed: boolean;
  /** The first write error that was not a closed pipe. */
  readonly error: OutputError | undefined;
  /** Resolves once every write so far has completed or failed. */
  settled(): Promise<void>;
}

/**
 * Wraps a writable stream: EPIPE closes it quietly, another error is kept and thrown (as an
 * OutputError) by the next write; `settled()` waits for the writes in flight.
 *
 * @example
 * const out = guardStream(process.stdout, 'stdout'); out.write('hi\n'); await out.settled();
 */
export function guardStream(stream: NodeJS.WritableStream & { isTTY?: boolean }, name: string): GuardedStream {
  let closed = false;
  let error: OutputError | undefined;
  let pending = 0;
  let waiters: (() => void)[] = [];
  const record = (e: unknown): void => {
    const code = (e as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'EPIPE') closed = true;
    // A write after the stream was destroyed repeats an error already recorded.
    else if (code !== 'ERR_STREAM_DESTROYED' && error === undefined && !closed) error = new OutputError(name, e);
  };
  const done = (): void => {
    if (--pending === 0) {
      const w = waiters;
      waiters = [];
      for (const f of w) f();
    }
  };
  stream.on('error', record);
  return {
    get isTTY() {
      return stream.isTTY;
    },
    get closed() {
      return closed;
    },
    get error() {
      return error;
    },
    write(chunk: string | Uint8Array): boolean {
      if (closed) return true;
      if (error !== undefined) throw error;
      pending++;
      try {
        return stream.write(chunk, (e?: Error | null) => {
          if (e) record(e);
          done();
        });
      } catch (e) {
        record(e);
        done();
        if (error !== undefined) throw error;
        return true;
      }
    },
    settled(): Promise<void> {
      return pending === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve));
    },
  };
}

/**
 * The one line printed for an internal error (exit 70): the message, that it is a bug, where to
 * report it; with `GSR_DEBUG` set, the stack follows.
 *
 * @example
 * internalErrorText(new TypeError('x is undefined'), {}).split('\n').length; // 2 (one line and its newline)
 */
export function internalErrorText(error: unknown, env: CliIo['env']): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const first = escapeControls(clip(message.split('\n')[0] ?? '', 200));
  const line =
    `gov-site-rules: internal error (a bug in gov-site-rules ${version()}): ${first} — ` +
    'please report it to the maintainers with the command line and `gov-site-rules --version` (README.md, "Reporting a bug"); GSR_DEBUG=1 prints the stack';
  const debug = env.GSR_DEBUG !== undefined && env.GSR_DEBUG !== '' && env.GSR_DEBUG !== '0';
  return `${line}\n${debug && error instanceof Error && error.stack ? `${error.stack}\n` : ''}`;
}

/**
 * Runs the CLI on the real process and resolves to its exit code (main.ts sets `process.exitCode`).
 *
 * @example
 * process.exitCode = await runProcess(process.argv.slice(2), process);
 */
export async function runProcess(argv: string[], proc: Pick<NodeJS.Process, 'stdout' | 'stderr' | 'stdin' | 'env'>): Promise<number> {
  const stdout = guardStream(proc.stdout, 'stdout');
  const stderr = guardStream(proc.stderr, 'stderr');
  // Nothing can be reported when stderr itself fails: its errors are dropped.
  const err = { isTTY: proc.stderr.isTTY, write: (s: string) => (stderr.error === undefined ? stderr.write(s) : true) };
  let code: number;
  try {
    code = await runCli(argv, { stdout, stderr: err, stdin: proc.stdin, env: proc.env });
  } catch (e) {
    err.write(internalErrorText(e, proc.env));
    code = EXIT.internal;
  }
  await stdout.settled();
  if (stdout.error !== undefined && code !== EXIT.ioError) {
    err.write(`gov-site-rules: ${stdout.error.message}\n`);
    code = EXIT.ioError;
  }
  await stderr.settled();
  return code;
}
