/**
 * The `gov-site-rules` executable: the only place that touches `process` (see process-io.ts for
 * closed pipes, write errors and internal errors).
 */
import { checkLineTask } from './commands/check.js';
import { dueLineTask } from './commands/due.js';
import { enableWorkers, serveWorker } from './pool.js';
import { runProcess } from './process-io.js';

// The same file runs the worker threads of `check --jsonl` and `due` with `--jobs N` (pool.ts).
if (!serveWorker([checkLineTask, dueLineTask])) {
  enableWorkers(new URL(import.meta.url));
  runProcess(process.argv.slice(2), process).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`gov-site-rules: internal error: ${String((error as Error)?.message ?? error).split('\n')[0]}\n`);
      process.exitCode = 70;
    },
  );
}
