// `due` over 10,000 events as JSONL (issue 14): one core (`--jobs 1`), two workers (`--jobs 2`)
// and the default (one core since workers never paid for `due`'s small per-event work), each
// against a readline + JSON.parse pass over the same file, measured in the same run (alternating,
// so that a change in the machine's load hits all of them). Not a test: it prints figures. Runs
// the built dist/cli.js.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { events, median, row, timeProcess } from './rows.mjs';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const NOW = '2026-11-25T12:00:00+08:00';

export async function runDueBench({ runs = Number(process.env.GSR_BENCH_RUNS ?? 3), n = 10_000 } = {}) {
  console.log(`\n## due over ${n.toLocaleString('en-US')} events (JSONL, --json): ratios measured in this run (${availableParallelism()} cores available)`);
  const dir = mkdtempSync(path.join(tmpdir(), 'gsr-bench-due-'));
  try {
    const file = path.join(dir, 'events.jsonl');
    writeFileSync(file, `${events(n).map((e) => JSON.stringify(e)).join('\n')}\n`);
    const readPass = `const rl = require('node:readline').createInterface({ input: require('node:fs').createReadStream(${JSON.stringify(file)}) }); let n = 0; rl.on('line', (l) => { n += JSON.parse(l).id.length; }); rl.on('close', () => { if (n === 0) process.exit(3); });`;
    const due = (jobs) => [CLI, 'due', file, '--now', NOW, '--json', ...(jobs === undefined ? [] : ['--jobs', String(jobs)])];
    const hasJobs = spawnSync(process.execPath, [CLI, 'due', '--help'], { encoding: 'utf8' }).stdout.includes('--jobs');
    const base = [];
    const one = [];
    const two = [];
    const all = [];
    for (let k = 0; k < runs; k++) {
      base.push(await timeProcess(['-e', readPass]));
      one.push(await timeProcess(due(hasJobs ? 1 : undefined)));
      if (hasJobs) two.push(await timeProcess(due(2)));
      if (hasJobs) all.push(await timeProcess(due()));
    }
    const perSecond = (ms) => Math.round(n / (ms / 1000));
    const ms = (xs) => `${median(xs).toFixed(0)} ms`;
    console.log(`readline + JSON.parse ${ms(base)}; --jobs 1 ${ms(one)} (${perSecond(median(one))} events/s)` +
      (hasJobs ? `; --jobs 2 ${ms(two)} (${perSecond(median(two))} events/s); --jobs default ${ms(all)} (${perSecond(median(all))} events/s); medians of ${runs}` : ''));
    row('due --json, one core (--jobs 1)', median(one), median(base), 'readline + JSON.parse', '—');
    if (hasJobs) {
      row('due --json, two workers (--jobs 2)', median(two), median(base), 'readline + JSON.parse', '≤ 1.0 ×');
      row('due --json, two workers against one core', median(two), median(one), '--jobs 1', '—');
      row('due --json, default against one core', median(all), median(one), '--jobs 1', '≤ 1 × (never slower)');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runDueBench();
