// Where a cold start of the Node entry goes, module by module (issue 14, coldstart): bundles
// src/index.ts as tsup.config.ts bundles the Node entry (dist/index.node.js) but without its
// minification — one esbuild bundle whose modules are evaluated in order, each under a
// `// src/…` or `// node_modules/…` comment — writes it to a temporary file with a
// `performance.now()` mark before each module, imports it in fresh processes, and prints the median time each module's
// top-level code took and the zod schemas it built (counted through zod's own
// `globalThis.__zod_globalConfig.postProcessor` hook, set before the import), then the first
// `isWorkday` call. Not a test: it prints figures.
//   node bench/cold-modules.mjs [runs=11] [rows=20]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from './measure.mjs';
import { bundleLikeNodeEntry } from './node-entry-bundle.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv[2] ?? 11);
const rows = Number(process.argv[3] ?? 20);

const dir = mkdtempSync(path.join(tmpdir(), 'gsr-cold-modules-'));
try {
  const out = ['globalThis.__marks = [["(start)", performance.now(), globalThis.__zodMade]];'];
  // The shipped file is minified (no comments): the same bundle, unminified, for its module markers.
  const bundled = bundleLikeNodeEntry(ROOT, { minify: false });
  for (const line of bundled.split('\n')) {
    const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(line);
    if (m) out.push(`__marks.push([${JSON.stringify(m[1])}, performance.now(), globalThis.__zodMade]);`);
    if (line.startsWith('export {')) out.push('__marks.push(["(end)", performance.now(), globalThis.__zodMade]);');
    out.push(line);
  }
  const file = path.join(dir, 'index.mjs');
  writeFileSync(file, out.join('\n'));
  const probe = `globalThis.__zodMade = 0; globalThis.__zod_globalConfig = { postProcessor() { globalThis.__zodMade++; } };
  const t = performance.now(); import(${JSON.stringify(pathToFileURL(file).href)}).then((m) => {
  const loaded = performance.now(); m.isWorkday('2026-10-10'); const called = performance.now();
  const T = globalThis.__marks; const spans = [];
  for (let i = 0; i + 1 < T.length; i++) spans.push([T[i][0], T[i + 1][1] - T[i][1], T[i + 1][2] - T[i][2]]);
  spans.push(['(compile and link: import() until the first module runs)', T[0][1] - t, 0], ['(first isWorkday call)', called - loaded, globalThis.__zodMade - T.at(-1)[2]]);
  console.log(JSON.stringify(spans)); })`;
  const times = new Map();
  const made = new Map();
  for (let k = 0; k < runs; k++) {
    const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    for (const [name, ms, n] of JSON.parse(r.stdout)) {
      const key = name.startsWith('node_modules/zod/') ? 'node_modules/zod/** (zod/mini itself)' : name;
      if (k === 0) made.set(key, (made.get(key) ?? 0) + n);
      const list = times.get(key) ?? [];
      if (list.length === k) list.push(0);
      list[k] += ms;
      times.set(key, list);
    }
  }
  const medians = [...times].map(([name, list]) => [name, median(list)]);
  const evaluation = medians.filter(([n]) => !n.startsWith('(')).reduce((s, [, ms]) => s + ms, 0);
  const schemas = [...made].filter(([n]) => !n.startsWith('(')).reduce((s, [, n]) => s + n, 0);
  console.log(`src/index.ts bundled as dist/index.node.js but unminified, medians of ${runs} cold imports: module evaluation ${evaluation.toFixed(1)} ms in all, ${schemas} zod schemas built`);
  for (const [name, ms] of medians.sort((a, b) => b[1] - a[1]).slice(0, rows)) console.log(`${ms.toFixed(1).padStart(8)} ms ${String(made.get(name)).padStart(5)} schemas  ${name}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
