// The calendar-only import path (issue 14, "callight"): what a first working-day question costs,
// against a second build. `node bench/calendar-light.mjs [OTHER_ROOT] [RUNS]` alternates, in one
// run, fresh processes of this checkout's dist/ and OTHER_ROOT's dist/ (e.g. a worktree of the
// commit before, built), each importing the library and timing inside the process (ms) its
// first `isWorkday` (the shipped index built), then its first `dayKind` (the notices behind each
// day looked up), and the whole `import` + `isWorkday` process against `node -e 0`.
// Medians; a loaded machine slows both sides alike. Not a test: it prints figures.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from './measure.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const roots = [ROOT, ...(process.argv[2] ? [path.resolve(process.argv[2])] : [])];
const runs = Number(process.argv[3] ?? 9);

const probe = (root) => `const t0 = performance.now();
import(${JSON.stringify(pathToFileURL(path.join(root, 'dist/index.js')).href)}).then((m) => {
  const t1 = performance.now(); m.isWorkday('2026-10-10');
  const t2 = performance.now(); m.dayKind('2026-10-01');
  const t3 = performance.now();
  process.stdout.write(JSON.stringify({ importMs: t1 - t0, firstIsWorkdayMs: t2 - t1, firstDayKindMs: t3 - t2 }));
});`;
const wall = (args) => {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return { ms: performance.now() - t, out: r.stdout };
};

const rows = new Map(roots.map((r) => [r, { wall: [], importMs: [], firstIsWorkdayMs: [], firstDayKindMs: [] }]));
const zero = [];
for (let k = 0; k < runs; k++) {
  zero.push(wall(['-e', '0']).ms);
  for (const root of roots) {
    const cold = wall(['-e', `import(${JSON.stringify(pathToFileURL(path.join(root, 'dist/index.js')).href)}).then((m) => m.isWorkday('2026-10-10'))`]);
    const inner = JSON.parse(wall(['-e', probe(root)]).out);
    const row = rows.get(root);
    row.wall.push(cold.ms);
    for (const key of ['importMs', 'firstIsWorkdayMs', 'firstDayKindMs']) row[key].push(inner[key]);
  }
}
console.log(`node -e 0: ${median(zero).toFixed(0)} ms (median of ${runs})`);
for (const [root, row] of rows) {
  console.log(
    `${path.relative(process.cwd(), root) || '.'}: import + isWorkday ${median(row.wall).toFixed(0)} ms = ${(median(row.wall) / median(zero)).toFixed(2)} × node -e 0; ` +
      `in process: import ${median(row.importMs).toFixed(1)} ms, first isWorkday ${median(row.firstIsWorkdayMs).toFixed(2)} ms, then first dayKind ${median(row.firstDayKindMs).toFixed(2)} ms`,
  );
}
