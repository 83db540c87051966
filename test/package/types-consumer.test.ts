/**
 * The published types, as a strict TypeScript consumer sees them: examples/types-consumer is
 * compiled with `tsc` (strict, skipLibCheck false, `types: []`) against the BUILT package, in a
 * temporary project whose node_modules holds only what `npm install gov-site-rules typescript`
 * would: a copy of the package's declarations (a copy, not a link, so that nothing resolves
 * through this repository's node_modules), its runtime dependencies and its optional peer
 * fast-check — and no @types/luxon, no @types/node. Its `@ts-expect-error` lines are the mistakes
 * the types must refuse: an unused one is an error (TS2578), and so is any error on a valid line.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MODULES, ROOT } from '../install-example.js';
import { runProcess } from '../process.js';

const work = mkdtempSync(path.join(tmpdir(), 'gsr-types-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The consumer project: the example's sources and a node_modules with the package's declarations copied in. */
function installTypesConsumer(): string {
  const dir = path.join(work, 'types-consumer');
  cpSync(path.join(ROOT, 'examples/types-consumer'), dir, { recursive: true });
  const pkg = path.join(dir, 'node_modules/gov-site-rules');
  mkdirSync(pkg, { recursive: true });
  cpSync(path.join(ROOT, 'package.json'), path.join(pkg, 'package.json'));
  cpSync(path.join(ROOT, 'dist'), path.join(pkg, 'dist'), { recursive: true, filter: (src) => !/\.(js|cjs|map)$/.test(src) });
  const { dependencies, peerDependencies } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
  for (const name of [...Object.keys(dependencies ?? {}), ...Object.keys(peerDependencies ?? {}), 'typescript']) {
    symlinkSync(path.join(MODULES, name), path.join(dir, 'node_modules', name), 'dir');
  }
  return dir;
}

const tsc = (dir: string, project: string) =>
  runProcess(process.execPath, [path.join(MODULES, 'typescript/bin/tsc'), '-p', project, '--pretty', 'false'], { cwd: dir, timeoutMs: 180_000 });

describe.sequential('published types in a strict consumer without @types/luxon', () => {
  const dir = installTypesConsumer();

  it('compile, and refuse every mistake marked @ts-expect-error (main entry, import and require; ./testing)', async () => {
    const installed = readdirSync(path.join(dir, 'node_modules')).sort();
    expect(installed).not.toContain('@types');
    expect(existsSync(path.join(dir, 'node_modules/gov-site-rules/dist/index.d.ts'))).toBe(true);
    const sources = readdirSync(path.join(dir, 'src')).map((f) => readFileSync(path.join(dir, 'src', f), 'utf8')).join('\n');
    expect(sources.match(/@ts-expect-error/g)?.length).toBeGreaterThanOrEqual(15);
    const r = await tsc(dir, 'tsconfig.json');
    expect(`${r.stdout}${r.stderr}`).toBe('');
    expect(r.status).toBe(0);
  });

  it('./testing/vitest with vitest installed: the matchers and expectTypeOf checks compile', async () => {
    symlinkSync(path.join(MODULES, 'vitest'), path.join(dir, 'node_modules/vitest'), 'dir');
    const r = await tsc(dir, 'vitest-entry/tsconfig.json');
    expect(`${r.stdout}${r.stderr}`).toBe('');
    expect(r.status).toBe(0);
  });
});
