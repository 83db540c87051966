/**
 * The file each worker thread of the pool runs (pool.ts; built as `dist/cli-worker.js`): the JSONL
 * line tasks of `check` and `due`, not the whole CLI, so that a worker loads only what its lines need.
 */
import { checkLineTask } from './commands/check.js';
import { dueLineTask } from './commands/due.js';
import { serveWorker } from './pool.js';

serveWorker([checkLineTask, dueLineTask]);
