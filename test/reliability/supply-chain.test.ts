/**
 * The runtime dependencies are pinned: package.json names exact versions (no ^, ~, ranges or
 * tags) and package-lock.json resolves each to that very version. `npm audit --omit=dev` needs
 * the registry, so it is not run here: it is `npm run audit:runtime` (fails loudly when the
 * registry cannot be reached), and its last output is recorded in docs/reliability.md.
 *
 * Until it can run, the published advisories for the runtime packages are written below
 * (read from the GitHub advisory database) and the locked versions are checked outside every
 * affected range, so a downgrade into a known-vulnerable version fails CI.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string>; scripts: Record<string, string> };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, { version?: string; dependencies?: Record<string, string>; dev?: boolean; optional?: boolean }>;
};

describe('runtime dependencies are exact and locked', () => {
  it('are chinese-workday and zod (luxon is only a dev dependency since issue 14: nothing imports it at run time)', () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['chinese-workday', 'zod']);
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

/** Published advisories for the runtime packages: affected ranges as [from, fixedIn). */
const ADVISORIES: { id: string; pkg: string; affected: [string, string][] }[] = [
  // Zod email regex denial of service (CVE-2023-4316).
  { id: 'GHSA-m95q-7qp3-xv42', pkg: 'zod', affected: [['0.0.0', '3.22.3']] },
];

const parts = (v: string) => v.split('.').map(Number) as [number, number, number];
const compare = (a: string, b: string) => {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return 0;
};
const affects = (version: string, [from, fixed]: [string, string]) => compare(version, from) >= 0 && compare(version, fixed) < 0;

describe('no runtime package is locked at a version with a published advisory', () => {
  it('the range check itself: inside, at the fix, and below the range', () => {
    expect(affects('3.2.0', ['3.0.0', '3.2.1'])).toBe(true);
    expect(affects('3.0.0', ['3.0.0', '3.2.1'])).toBe(true);
    expect(affects('3.2.1', ['3.0.0', '3.2.1'])).toBe(false);
    expect(affects('2.9.9', ['3.0.0', '3.2.1'])).toBe(false);
    expect(affects('3.10.0', ['3.0.0', '3.2.1'])).toBe(false);
  });

  it.each(ADVISORIES)('$id ($pkg)', ({ pkg: name, affected }) => {
    const locked = lock.packages[`node_modules/${name}`]?.version;
    expect(locked, name).toMatch(/^\d+\.\d+\.\d+$/);
    for (const range of affected) expect(affects(locked!, range), `${name}@${locked} in [${range.join(', ')})`).toBe(false);
  });
});
