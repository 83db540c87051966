/**
 * Child processes for tests, without blocking the test worker. vitest's worker answers its runner
 * over an RPC channel with a fixed 60 s timeout; a test that runs `spawnSync` in a loop keeps the
 * worker's event loop blocked for the whole loop, and on a loaded machine that ends the run with
 * `Timeout calling "onTaskUpdate"` although every test passed. These helpers await instead.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

export interface ProcessResult {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface ProcessOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly input?: string;
  readonly timeoutMs?: number;
}

/** Runs `command args`, resolving with its exit status and its whole output as UTF-8 text. */
export function runProcess(command: string, args: readonly string[], options: ProcessOptions = {}): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'], timeout: options.timeoutMs });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (status, signal) =>
      resolve({ status, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
    child.stdin.on('error', () => {}); // a CLI that exits before reading all its input
    child.stdin.end(options.input ?? '');
  });
}

/** Runs the built CLI (`dist/cli.js`, built by test/global-setup.ts) with `args`. */
export const runBuiltCli = (args: readonly string[], options: ProcessOptions = {}): Promise<ProcessResult> =>
  runProcess(process.execPath, [path.resolve(options.cwd ?? '.', 'dist/cli.js'), ...args], options);
