/**
 * Progress for long JSONL batches: a single self-overwriting line on stderr, only when stderr is
 * a terminal and only once a batch is past a few thousand lines. Pipes and CI logs stay clean.
 */
import type { CliIo } from './io.js';

/** Lines before the first progress line, and lines between updates. */
export const PROGRESS = Object.freeze({ after: 2000, every: 1000 });

export interface Progress {
  /** Counts one line. */
  tick(): void;
  /** Ends the progress line, if one was shown. */
  done(): void;
}

/**
 * A progress counter writing `\r<label>: N` to stderr when it is a TTY.
 *
 * @example
 * const p = createProgress(io, 'snapshots checked'); p.tick(); p.done();
 */
export function createProgress(io: CliIo, label: string, { after, every } = PROGRESS): Progress {
  const tty = io.stderr.isTTY === true;
  let n = 0;
  let shown = false;
  return {
    tick() {
      n++;
      if (tty && n >= after && n % every === 0) {
        io.stderr.write(`\r${label}: ${n.toLocaleString('en-US')}`);
        shown = true;
      }
    },
    done() {
      if (shown) io.stderr.write(`\r${label}: ${n.toLocaleString('en-US')}\n`);
    },
  };
}
