/**
 * The `gov-site-rules` executable: the only place that touches `process` (see process-io.ts for
 * closed pipes, write errors and internal errors).
 */
import { enableWorkers } from './pool.js';
import { runProcess } from './process-io.js';

// The worker threads of `check --jsonl` and `due` (pool.ts) run the worker entry, built next to this file.
enableWorkers(new URL('./cli-worker.js', import.meta.url));
runProcess(process.argv.slice(2), process).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`gov-site-rules: internal error: ${String((error as Error)?.message ?? error).split('\n')[0]}\n`);
    process.exitCode = 70;
  },
);
