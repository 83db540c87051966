/**
 * The runtime dependencies are pinned: package.json names exact versions (no ^, ~, ranges or
 * tags) and package-lock.json resolves each to that very version. `npm audit --omit=dev` needs
 * the registry, so it is not run here: it is `npm run audit:runtime` (fails loudly when the
 * registry cannot be reached), and its last output is recorded in docs/reliability.md.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string>; scripts: Record<string, string> };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, { version?: string; dependencies?: Record<string, string>; dev?: boolean; optional?: boolean }>;
};

describe('runtime dependencies are exact and locked', () => {
  it('are the three the product brief names', () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['chinese-workday', 'luxon', 'zod']);
  });

  it.each(Object.entries(pkg.dependencies))('%s is an exact version equal to the lockfile', (name, version) => {
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
    expect(lock.packages['']?.dependencies?.[name]).toBe(version);
    const locked = lock.packages[`node_modules/${name}`];
    expect(locked?.version).toBe(version);
    expect(locked?.dev).not.toBe(true);
  });

  it('the runtime closure in the lockfile is only those packages and their own dependencies, all exact', () => {
    const runtime = Object.entries(lock.packages).filter(([path, p]) => path !== '' && p.dev !== true && !p.optional);
    for (const [path, p] of runtime) expect(p.version, path).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('npm run audit:runtime is the audit of the runtime dependencies', () => {
    expect(pkg.scripts['audit:runtime']).toBe('npm audit --omit=dev');
  });
});
