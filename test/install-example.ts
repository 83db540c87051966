/**
 * Copies `examples/<example>` to `<work>/<example>` as another project would have it: its
 * node_modules holds `gov-site-rules` as a link to this repository (so the package resolves BY NAME
 * through package.json `exports` to the built dist/) and links to this repository's installed
 * packages (vitest, jest, fast-check, typescript, sql.js). No network.
 */
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const MODULES = path.join(ROOT, 'node_modules');

export function installExample(example: string, work: string): string {
  const dir = path.join(work, example);
  cpSync(path.join(ROOT, 'examples', example), dir, { recursive: true });
  const nm = path.join(dir, 'node_modules');
  mkdirSync(nm);
  for (const name of readdirSync(MODULES)) {
    if (name === '.bin' || name.startsWith('.') || name === 'gov-site-rules') continue;
    symlinkSync(path.join(MODULES, name), path.join(nm, name), 'dir');
  }
  symlinkSync(ROOT, path.join(nm, 'gov-site-rules'), 'dir');
  return dir;
}
