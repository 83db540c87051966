/**
 * What a CLI command may touch: its streams and whether they are terminals. Commands receive
 * this object instead of reaching for `process`, so tests can run them in-process.
 */
export interface CliIo {
  readonly stdout: { write(chunk: string): unknown; isTTY?: boolean };
  readonly stderr: { write(chunk: string): unknown; isTTY?: boolean };
  readonly stdin: NodeJS.ReadableStream;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** A subcommand: its name, one-line summary, usage text and what it does. */
export interface CliCommand {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  /** Resolves to the exit code: 0 all good, 1 a rule fails, 2 invalid input. */
  run(argv: string[], io: CliIo): Promise<number> | number;
}

/** Exit codes, documented in the README. */
export const EXIT = Object.freeze({ ok: 0, ruleFailed: 1, invalid: 2 });

/** Whether colour may be used on a stream (a TTY, and NO_COLOR unset). */
export function useColour(stream: CliIo['stdout'], env: CliIo['env']): boolean {
  return stream.isTTY === true && env.NO_COLOR === undefined;
}
