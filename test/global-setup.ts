/**
 * Builds dist/ once before the suite, so the CLI and package tests run the real build.
 * Set GSR_SKIP_BUILD=1 to reuse an existing build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup(): void {
  if (process.env.GSR_SKIP_BUILD === '1' && existsSync('dist/cli.js')) return;
  execFileSync(process.execPath, ['node_modules/tsup/dist/cli-default.js', '--silent'], { stdio: 'inherit' });
}
