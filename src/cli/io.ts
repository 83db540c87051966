/**
 * What a CLI command may touch: its streams and whether they are terminals. Commands receive
 * this object instead of reaching for `process`, so tests can run them in-process.
 */
export interface CliIo {
  /** `check --jsonl` writes its reports as UTF-8 bytes (pool.ts); everything else is text. */
  readonly stdout: { write(chunk: string | Uint8Array): unknown; isTTY?: boolean };
  readonly stderr: { write(chunk: string): unknown; isTTY?: boolean };
  readonly stdin: NodeJS.ReadableStream;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * A subcommand: its name, usage text and what it does. Its one-line summary is in the list of
 * commands (commands/index.ts), which `--help` reads without loading any command.
 */
export interface CliCommand {
  readonly name: string;
  readonly usage: string;
  /** Resolves to the exit code (see {@link EXIT}). */
  run(argv: string[], io: CliIo): Promise<number> | number;
}

/**
 * Exit codes, documented in the README and in `gov-site-rules --help`: 0 ok; 1 a rule fails (or,
 * for `due`, an obligation is overdue); 2 invalid input or a date outside the calendar; 70 an
 * internal error (a bug); 74 the output could not be written (ENOSPC, EIO …; a closed pipe is not
 * an error); 130 and 143 are what the shell reports when SIGINT (Ctrl-C) or SIGTERM ends the run.
 *
 * @example
 * EXIT.ioError; // 74
 */
export const EXIT = Object.freeze({ ok: 0, ruleFailed: 1, invalid: 2, internal: 70, ioError: 74, interrupted: 130, terminated: 143 });

/** What the system error codes the CLI reports mean. */
const IO_TEXT: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EIO: 'input/output error',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file or directory',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
};

/**
 * Writing to stdout (or a file the command writes) failed with a system error other than a
 * closed pipe: the run stops and exits {@link EXIT.ioError} with one line on stderr.
 *
 * @example
 * new OutputError('stdout', Object.assign(new Error('no space'), { code: 'ENOSPC' })).message; // 'cannot write to stdout (ENOSPC: no space left on device)'
 */
export class OutputError extends Error {
  readonly target: string;
  readonly code: string;
  constructor(target: string, cause: unknown) {
    const code = String((cause as NodeJS.ErrnoException | undefined)?.code ?? 'EIO');
    super(`cannot write to ${target} (${code}${IO_TEXT[code] === undefined ? '' : `: ${IO_TEXT[code]}`})`);
    this.name = 'OutputError';
    this.target = target;
    this.code = code;
  }
}


/** Whether colour may be used on a stream (a TTY, and NO_COLOR unset). */
export function useColour(stream: CliIo['stdout'], env: CliIo['env']): boolean {
  return stream.isTTY === true && env.NO_COLOR === undefined;
}
