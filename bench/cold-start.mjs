// Cold starts against `node -e 0` (issue 14, coldstart): `import('gov-site-rules')` + `isWorkday`,
// resolved by package name from the root (so through `exports`), the per-module build
// dist/index.js (imported by path), `gov-site-rules --version` and a `deadline` command; each as wall time and as the CPU time of the child process (user + system,
// all its threads, read by `process.cpuUsage()` at exit), which the other sessions on a shared
// machine disturb less than the wall clock. With the root of another built checkout (e.g. a
// `git worktree` of the commit before), its rows are run too, alternated with this one's. With
// GSR_COLD_BOUNDS=1, four more rows bound what a change of the library's code could gain
// (bench/cold-bounds.mjs): an empty module, the entry parsed but not run, the library without the
// exported functions but isWorkday, and the entry with only the code a cold import + isWorkday runs.
//   npm run build && node bench/cold-start.mjs [/path/to/other/checkout] [runs=15]
//   npm run build && GSR_COLD_BOUNDS=1 node bench/cold-start.mjs '' 41
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { boundFiles } from './cold-bounds.mjs';
import { median } from './measure.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const other = process.argv[2];
const runs = Number(process.argv[3] ?? 15);

const cpu = "process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write('CPU ' + (u.user + u.system) + '\\n'); });";
const preload = ['--import', `data:text/javascript,${encodeURIComponent(cpu)}`];
const commands = { 'node -e 0': { args: ['-e', cpu] } };
for (const [label, root] of [['', ROOT], ...(other ? [[` (${other})`, other]] : [])]) {
  commands[`import + isWorkday${label}`] = { args: ['-e', `${cpu} import('gov-site-rules').then((m) => m.isWorkday('2026-10-10'));`], cwd: root };
  // The per-module build (what a bundler gets), imported by path: ~140 files.
  commands[`per-module dist/index.js${label}`] = { args: ['-e', `${cpu} import(${JSON.stringify(`${root}/dist/index.js`)}).then((m) => m.isWorkday('2026-10-10'));`] };
  commands[`cli --version${label}`] = { args: [...preload, `${root}/dist/cli.js`, '--version'] };
  commands[`cli deadline${label}`] = { args: [...preload, `${root}/dist/cli.js`, 'deadline', 'deyang-2018/art24-policy-document', '--from', '2026-09-30'] };
}

const boundsDir = process.env.GSR_COLD_BOUNDS === '1' ? mkdtempSync(path.join(tmpdir(), 'gsr-cold-bounds-')) : undefined;
if (boundsDir) {
  const b = boundFiles(ROOT, boundsDir);
  console.log(`bounds: the entry ${b.bytes.entry} characters; values-only ${b.bytes.valuesOnly} (${b.functionsLeftOut} exported functions left out); ran-only ${b.bytes.ranOnly} (${b.removed} function bodies never called removed)`);
  const row = (file) => ({ args: ['-e', `${cpu} import(${JSON.stringify(pathToFileURL(file).href)}).then((m) => m.isWorkday?.('2026-10-10'));`] });
  commands['bound: an empty module'] = row(b.empty);
  commands['bound: the entry parsed, not run'] = row(b.parsed);
  commands['bound: values, classes, isWorkday'] = row(b.valuesOnly);
  commands['bound: only the code that runs'] = row(b.ranOnly);
}

const wall = {};
const cpus = {};
for (let k = 0; k < runs; k++) {
  for (const [name, c] of Object.entries(commands)) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, c.args, { cwd: c.cwd ?? ROOT, encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) throw new Error(`${name}: exit ${r.status}: ${r.stderr}`);
    (wall[name] ??= []).push(ms);
    (cpus[name] ??= []).push(Number(/CPU (\d+)/.exec(r.stderr)[1]) / 1000);
  }
}
const w0 = median(wall['node -e 0']);
const c0 = median(cpus['node -e 0']);
console.log(`medians of ${runs}, ${new Date().toISOString()}, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
for (const name of Object.keys(commands)) {
  const w = median(wall[name]);
  const c = median(cpus[name]);
  console.log(`${name.padEnd(40)} wall ${w.toFixed(0).padStart(5)} ms = ${(w / w0).toFixed(2)} ×   cpu ${c.toFixed(0).padStart(5)} ms = ${(c / c0).toFixed(2)} ×`);
}
if (boundsDir) rmSync(boundsDir, { recursive: true, force: true });
