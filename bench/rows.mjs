// The rows of issue 14's table, each as a ratio against its baseline measured in this same run:
// bundle sizes (esbuild, minified, gzip -9; against chinese-days' isWorkday + findWorkday), cold
// start (against `node -e 0`), `check --jsonl` over 10,000 snapshots (against a readline +
// JSON.parse pass over the same file), obligations + toICalendar (against JSON.parse of the
// events), deadline() (against the addWorkdays under it), checkSite on a 10-column snapshot
// (against JSON.parse of it). Not a test: it prints figures. Runs against the built dist/.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';
import { addWorkdays, checkSite, deadline, obligations, toICalendar } from '../dist/index.js';
import { boundFiles } from './cold-bounds.mjs';
import { alternate, median } from './measure.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = path.join(ROOT, 'dist/index.js');
const CLI = path.join(ROOT, 'dist/cli.js');
const AT = '2026-11-25T12:00:00+08:00';
const AT_MS = Date.parse(AT);
export { median };
const fmt = (n, d = 2) => n.toFixed(d);

/** esbuild, ESM for the browser, minified, then gzip -9: the bytes a browser user ships. */
export function bundleOf(contents) {
  const out = buildSync({ stdin: { contents, resolveDir: ROOT, loader: 'js' }, bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, logLevel: 'error' });
  const bytes = out.outputFiles[0].contents;
  return { minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** The four bundles the size budgets hold (scripts/check-package.mjs reads them from here). */
export const BUNDLES = {
  addWorkdays: `import { addWorkdays } from ${JSON.stringify(DIST)}; globalThis.gsr = addWorkdays;`,
  deadline: `import { deadline } from ${JSON.stringify(DIST)}; globalThis.gsr = deadline;`,
  checkSite: `import { checkSite } from ${JSON.stringify(DIST)}; globalThis.gsr = checkSite;`,
  'whole library': `import * as all from ${JSON.stringify(DIST)}; globalThis.gsr = all;`,
};

const pad = (n) => String(n).padStart(2, '0');
function beijing(ms) {
  const d = new Date(ms + 8 * 3_600_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+08:00`;
}

/** A 10-column snapshot (10 dated items a column, 24 hourly probes), deterministic per `s`. */
export function smallSnapshot(s) {
  let seed = 20261202 + s;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const categories = ['news', 'notice', 'policy', 'annual-report', 'plan', 'personnel', 'basic-info', 'interaction', 'other', 'homepage'];
  const columns = categories.map((category, c) => {
    let t = AT_MS - 60 * 86_400_000;
    const items = Array.from({ length: 10 }, (_, i) => {
      t += Math.floor(rnd() * 6 * 86_400_000);
      return { id: `s${s}-c${c}-i${i}`, publishedAt: beijing(Math.min(t, AT_MS)) };
    });
    return { id: `c${c}`, name: `栏目${c}`, category, level: 1 + (c % 2), openedOn: '2019-06-01', items };
  });
  return {
    schemaVersion: 1,
    site: { id: `site-${s}`, name: `德阳市测试局${s}`, kind: 'department', level: 'city', department: `市测试局${s}` },
    columns,
    probes: Array.from({ length: 24 }, (_, i) => ({ at: beijing(AT_MS - i * 3_600_000), ok: i % 11 !== 0 })),
    links: [{ url: 'https://www.deyang.gov.cn', kind: 'government' }],
    facts: { consultationChannel: true, onlineServices: true, seriousProblems: [] },
  };
}

export function events(n) {
  const rules = [
    (i) => ({ rule: 'deyang-2018/art24-policy-document', from: beijing(AT_MS - (i % 40) * 86_400_000).slice(0, 10) }),
    (i) => ({ rule: 'deyang-2018/art24-interpretation', from: beijing(AT_MS - (i % 30) * 86_400_000).slice(0, 10), doneAt: beijing(AT_MS - (i % 7) * 86_400_000) }),
    (i) => ({ rule: 'deyang-2018/art24-activity', from: beijing(AT_MS - (i % 50) * 3_600_000) }),
  ];
  return Array.from({ length: n }, (_, i) => ({ id: `ev-${i}`, ...rules[i % rules.length](i) }));
}

/**
 * `n` events of seven rules (six counted in days, one in hours) that share no (rule, from) and no
 * `doneAt`: from 2018-03-01 on, a day apart per rule, each instant a minute apart.
 */
export function distinctEvents(n) {
  const rules = ['deyang-2018/art24-policy-document', 'deyang-2018/art24-interpretation', 'deyang-2018/art24-proactive', 'deyang-2018/art33-error-correction', 'deyang-2018/art15-migration-notice', 'ogi-2019/art30-correction', 'deyang-2018/art24-activity'];
  const t0 = Date.parse('2018-03-01T00:00:00+08:00');
  return Array.from({ length: n }, (_, i) => {
    const rule = rules[i % rules.length];
    const ms = t0 + (Math.floor(i / rules.length) + (rule.startsWith('ogi') ? 500 : 0)) * 86_400_000 + i * 61_000;
    const e = { id: `ev-${i}`, rule, from: rule.endsWith('activity') ? beijing(ms) : beijing(ms).slice(0, 10) };
    if (i % 3 === 1) e.doneAt = beijing(ms + 2 * 86_400_000 + i * 1000);
    return e;
  });
}

/** Wall time of a child process in ms (output discarded). */
export function timeProcess(args, stdoutFile) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c) => (err += c));
    child.on('error', reject);
    child.on('close', (status) => {
      if (status !== 0 && status !== 1) reject(new Error(`${args.join(' ')} exited ${status}: ${err}`));
      else resolve(Number(process.hrtime.bigint() - t0) / 1e6);
    });
  });
}

export function row(what, ours, base, baseName, goal) {
  console.log(`${what.padEnd(58)} ${fmt(ours / base).padStart(7)} × ${baseName}   (goal ${goal})`);
}

export async function runRowsBench({ runs = Number(process.env.GSR_BENCH_RUNS ?? 3), snapshots = Number(process.env.GSR_BENCH_SNAPSHOTS ?? 10_000) } = {}) {
  console.log(`\n## Issue 14's table: ratios measured in this run (${availableParallelism()} cores available)`);

  // Bundles.
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  const cd = bundleOf("import { isWorkday, findWorkday } from 'chinese-days'; globalThis.cd = [isWorkday, findWorkday];");
  const sizes = {};
  for (const [name, contents] of Object.entries(BUNDLES)) sizes[name] = bundleOf(contents);
  console.log(`bundle (esbuild --minify, gzip -9): chinese-days isWorkday + findWorkday ${kib(cd.gzip)}`);
  const goals = { addWorkdays: '≤ 8 KiB', deadline: '≤ 30 KiB', checkSite: '≤ 45 KiB', 'whole library': '—' };
  for (const [name, s] of Object.entries(sizes)) {
    console.log(`  importing ${name.padEnd(14)} ${String(s.minified).padStart(8)} B minified  ${kib(s.gzip).padStart(10)} gzipped  = ${fmt(s.gzip / cd.gzip)} × chinese-days   (goal ${goals[name]})`);
  }

  // Cold start: alternate the commands so that a change in load hits all of them. `import('gov-site-rules')`
  // from Node resolves through package.json `exports` (the `node` condition: dist/index.node.js, one
  // file, since issue 14); the per-module build dist/index.js (what bundlers get) is timed beside it.
  const NODE_ENTRY = import.meta.resolve('gov-site-rules');
  const coldOf = (url) => `import(${JSON.stringify(url)}).then((m) => m.isWorkday('2026-10-10'))`;
  const cold = coldOf(NODE_ENTRY);
  const coldPerModule = coldOf(pathToFileURL(DIST).href);
  const cliArgs = { '--version': [CLI, '--version'], deadline: [CLI, 'deadline', 'deyang-2018/art24-policy-document', '--from', '2026-09-30'] };
  // Three bounds beside the row (bench/cold-bounds.mjs): the entry parsed but not run; the library
  // without its exported functions but isWorkday (the most a split along exports could gain); the
  // entry with only the code that a cold import + isWorkday runs (every other function body removed).
  const boundsDir = mkdtempSync(path.join(tmpdir(), 'gsr-bench-bounds-'));
  const bounds = boundFiles(ROOT, boundsDir);
  const coldParsed = `import(${JSON.stringify(pathToFileURL(bounds.parsed).href)})`;
  const coldValuesOnly = coldOf(pathToFileURL(bounds.valuesOnly).href);
  const coldRanOnly = coldOf(pathToFileURL(bounds.ranOnly).href);
  const zero = [];
  const ours = [];
  const perModule = [];
  const parsed = [];
  const valuesOnly = [];
  const ranOnly = [];
  const cli = { '--version': [], deadline: [] };
  for (let k = 0; k < Math.max(5, runs * 3); k++) {
    zero.push(await timeProcess(['-e', '0']));
    ours.push(await timeProcess(['-e', cold]));
    perModule.push(await timeProcess(['-e', coldPerModule]));
    parsed.push(await timeProcess(['-e', coldParsed]));
    valuesOnly.push(await timeProcess(['-e', coldValuesOnly]));
    ranOnly.push(await timeProcess(['-e', coldRanOnly]));
    for (const [name, args] of Object.entries(cliArgs)) cli[name].push(await timeProcess(args));
  }
  rmSync(boundsDir, { recursive: true, force: true });
  console.log(`cold start: node -e 0 ${fmt(median(zero), 0)} ms, import + isWorkday ${fmt(median(ours), 0)} ms (${path.relative(ROOT, fileURLToPath(NODE_ENTRY))}), ` +
    `per-module build ${fmt(median(perModule), 0)} ms (medians of ${zero.length})`);
  row("node -e \"import('gov-site-rules').then(m => m.isWorkday(…))\"", median(ours), median(zero), 'node -e 0', '≤ 1.5 ×');
  row('  the same, importing the per-module build dist/index.js', median(perModule), median(zero), 'node -e 0', '—');
  row('  bound: the Node entry parsed, not run', median(parsed), median(zero), 'node -e 0', '—');
  row(`  bound: no exported function but isWorkday (${Math.round(bounds.bytes.valuesOnly / 1000)} k chars)`, median(valuesOnly), median(zero), 'node -e 0', '—');
  row(`  bound: only the code that runs (${Math.round(bounds.bytes.ranOnly / 1000)} of ${Math.round(bounds.bytes.entry / 1000)} k chars)`, median(ranOnly), median(zero), 'node -e 0', '—');
  row('gov-site-rules --version (dist/cli.js)', median(cli['--version']), median(zero), 'node -e 0', '—');
  row('gov-site-rules deadline deyang-2018/art24-policy-document', median(cli.deadline), median(zero), 'node -e 0', '—');

  // check --jsonl over 10,000 snapshots, against a readline + JSON.parse pass over the same file.
  // GSR_BENCH_SNAPSHOTS=0 skips it (the in-process rows alone take seconds).
  if (snapshots > 0) {
  const dir = mkdtempSync(path.join(tmpdir(), 'gsr-bench-rows-'));
  try {
    const file = path.join(dir, 'snapshots.jsonl');
    writeFileSync(file, `${Array.from({ length: snapshots }, (_, s) => JSON.stringify(smallSnapshot(s))).join('\n')}\n`);
    const readPass = `const rl = require('node:readline').createInterface({ input: require('node:fs').createReadStream(${JSON.stringify(file)}) }); let n = 0; rl.on('line', (l) => { n += JSON.parse(l).columns.length; }); rl.on('close', () => { if (n === 0) process.exit(3); });`;
    const base = [];
    const one = [];
    const all = [];
    const dflt = [];
    const check = (jobs) => [CLI, 'check', '--jsonl', file, '--at', AT, '--json', ...(jobs === undefined ? [] : ['--jobs', String(jobs)])];
    const hasJobs = spawnSync(process.execPath, [CLI, 'check', '--help'], { encoding: 'utf8' }).stdout.includes('--jobs');
    for (let k = 0; k < runs; k++) {
      base.push(await timeProcess(['-e', readPass]));
      one.push(await timeProcess(check(hasJobs ? 1 : undefined)));
      if (hasJobs) all.push(await timeProcess(check(availableParallelism())));
      if (hasJobs) dflt.push(await timeProcess(check()));
    }
    const sitesPerSecond = (ms) => Math.round(snapshots / (ms / 1000));
    console.log(`check --jsonl, ${snapshots} snapshots: readline + JSON.parse ${fmt(median(base), 0)} ms; one core ${fmt(median(one), 0)} ms (${sitesPerSecond(median(one))} sites/s)` +
      (hasJobs ? `; --jobs ${availableParallelism()} ${fmt(median(all), 0)} ms (${sitesPerSecond(median(all))} sites/s); no --jobs ${fmt(median(dflt), 0)} ms` : ''));
    row('check --jsonl, one core', median(one), median(base), 'readline + JSON.parse', '—');
    if (hasJobs) row(`check --jsonl, every core (${availableParallelism()})`, median(all), median(base), 'readline + JSON.parse', '≤ 1.0 ×');
    if (hasJobs) row('check --jsonl, every core against one core', median(all), median(one), 'one core', '—');
    // Without --jobs a worker starts only for a core left idle (issue 14, pool3): never slower than one core.
    if (hasJobs) row('check --jsonl, no --jobs against one core', median(dflt), median(one), 'one core', '≤ 1 × (never slower)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  }

  // The in-process rows: each a median over alternated rounds of ours and its baseline (bench/measure.mjs
  // `alternate`), wall clock and CPU time both printed; the row's ratio is the wall-clock median.
  const rounds = Math.max(11, runs * 7);
  const inProcess = (name, base, ours, baseName, goal, roundMs) => {
    const r = alternate(base, ours, { rounds, roundMs });
    row(name, r.wall, 1, baseName, goal);
    console.log(`${''.padEnd(60)}CPU time ${fmt(r.cpu)} ×; wall, ${rounds} rounds: ${fmt(r.wallRange[0])}–${fmt(r.wallRange[1])} ×`);
  };

  // obligations + toICalendar over 10,000 events, against JSON.parse of the events' JSONL: the
  // bench's events, then 10,000 that share no (rule, from) and no doneAt, where what a call counts
  // and formats once for many events (issue 14, perf-obl) is no help: every event pays in full.
  // One operation is the whole pass over the 10,000 events, so a round is one pass of each.
  const obligationsRow = (name, list, goal) => {
    const lines = list.map((e) => JSON.stringify(e));
    const parsed = lines.map((l) => JSON.parse(l));
    let sink = 0;
    inProcess(name,
      () => (sink += lines.map((l) => JSON.parse(l)).length),
      () => (sink += toICalendar(obligations(parsed, { now: AT }), { calendarName: 'bench' }).length),
      'JSON.parse', goal, 1);
    if (sink === 0) throw new Error('empty calendar');
  };
  obligationsRow('obligations + toICalendar, 10,000 events', events(10_000), '≤ 5 ×');
  obligationsRow('  the same, no from or doneAt shared by two events', distinctEvents(10_000), '—');

  // deadline() against the addWorkdays it calls.
  {
    const days = Array.from({ length: 1024 }, (_, i) => beijing(AT_MS - i * 86_400_000).slice(0, 10));
    let i = 0;
    let sink = '';
    inProcess("deadline('deyang-2018/art24-policy-document')",
      () => (sink = addWorkdays(days[i++ & 1023], 10)),
      () => (sink = deadline('deyang-2018/art24-policy-document', { from: days[i++ & 1023] }).dueDate),
      'addWorkdays(·, 10)', '≤ 4 ×', 40);
    if (sink.length !== 10) throw new Error('unexpected');
  }

  // checkSite on a 10-column snapshot, against JSON.parse of its text.
  {
    const text = JSON.stringify(smallSnapshot(1));
    let sink = 0;
    const parsed = JSON.parse(text);
    inProcess('checkSite, 10-column snapshot',
      () => (sink += JSON.parse(text).columns.length),
      () => (sink += checkSite(parsed, { at: AT }).summary.fail),
      'JSON.parse', '≤ 2 ×', 40);
    if (sink <= 0) throw new Error('unexpected');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runRowsBench();
