/**
 * The consumer examples (examples/vitest-consumer, examples/fake-cms, examples/jest-consumer) run
 * as other packages would: each is copied to a temporary directory whose node_modules holds
 * `gov-site-rules` as a link to this repository (so `gov-site-rules/testing` resolves BY NAME
 * through package.json `exports` to the built dist/, ESM for vitest and CJS for jest) and links to
 * this repository's installed packages (vitest, jest, fast-check, typescript). No network. Each
 * example is type-checked with its own tsconfig, then its tests run in a child process.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { installExample, MODULES, ROOT } from '../install-example.js';
import { runProcess } from '../process.js';

const work = mkdtempSync(path.join(tmpdir(), 'gsr-consumers-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const install = (example: string) => installExample(example, work);

async function run(dir: string, script: string, args: string[]) {
  const r = await runProcess(process.execPath, [path.join(MODULES, script), ...args], {
    cwd: dir,
    env: { ...process.env, CI: '1', NODE_OPTIONS: '', FORCE_COLOR: '0', NO_COLOR: '1', VITEST: undefined, VITEST_WORKER_ID: undefined, VITEST_POOL_ID: undefined },
    timeoutMs: 180_000,
  });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}

const tsc = (dir: string) => run(dir, 'typescript/bin/tsc', ['-p', 'tsconfig.json']);

describe.sequential('consumer examples (built package, by package name)', () => {
  it('the build has the testing subpath', () => {
    for (const f of ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts', 'vitest.d.ts', 'jest.d.cts']) {
      expect(existsSync(path.join(ROOT, 'dist/testing', f)), f).toBe(true);
    }
  });

  for (const example of ['vitest-consumer', 'fake-cms']) {
    it(`${example}: tsc accepts it and vitest runs it (ESM import)`, async () => {
      const dir = install(example);
      const types = await tsc(dir);
      expect(types.status, types.out).toBe(0);
      const tests = await run(dir, 'vitest/vitest.mjs', ['run', '--reporter=verbose']);
      expect(tests.status, tests.out).toBe(0);
      expect(tests.out).toMatch(/Tests\s+\d+ passed/);
      expect(tests.out).not.toMatch(/failed/);
    });
  }

  it('jest-consumer: tsc (checkJs) accepts it and jest runs it (CommonJS require)', async () => {
    const dir = install('jest-consumer');
    const types = await tsc(dir);
    expect(types.status, types.out).toBe(0);
    const tests = await run(dir, 'jest/bin/jest.js', ['--ci', '--colors=false', '--watchman=false']);
    expect(tests.status, tests.out).toBe(0);
    expect(tests.out).toMatch(/Tests:\s+\d+ passed, \d+ total/);
  });
});
