// deadline() ÷ addWorkdays(·, 10) for several deadline rules, in CPU time, in one process:
// short rounds of each call alternated (and alternated between builds when a second dist/ is
// given), the median ratio of each rule's round to the addWorkdays round next to it.
//
//   npm run build && node bench/deadline-ab.mjs [other-dist-dir …]
//
// e.g. `node bench/deadline-ab.mjs /tmp/base/dist` measures this dist/ and a build of another
// commit side by side. GSR_BENCH_ROUNDS sets the rounds (default 41), GSR_BENCH_CALLS the calls
// per round (default 4,096).
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { median } from './measure.mjs';

const dists = [resolve('dist'), ...process.argv.slice(2).map((d) => resolve(d))];
const ROUNDS = Number(process.env.GSR_BENCH_ROUNDS ?? 41);
const CALLS = Number(process.env.GSR_BENCH_CALLS ?? 4096);

const AT_MS = Date.parse('2026-11-25T12:00:00+08:00');
const day = (ms) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
const instant = (ms) => `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
const days = Array.from({ length: 1024 }, (_, i) => day(AT_MS - i * 86_400_000));
const earlier = Array.from({ length: 1024 }, (_, i) => day(AT_MS - (90 + i) * 86_400_000)); // 40 working days stay in 2026
const instants = Array.from({ length: 1024 }, (_, i) => instant(AT_MS - i * 86_399_000));
const quarters = Array.from({ length: 1024 }, (_, i) => `${2019 + (i % 8)}Q${1 + (i % 4)}`);

/** The rows: a name and the call, given the library and a counter. */
const ROWS = [
  ['addWorkdays(from, 10)', (m, i) => m.addWorkdays(days[i & 1023], 10)],
  ["deadline('deyang-2018/art24-policy-document', { from })", (m, i) => m.deadline('deyang-2018/art24-policy-document', { from: days[i & 1023] }).dueDate],
  ["deadline('ogi-2019/art33-reply', { from, extended: true })", (m, i) => m.deadline('ogi-2019/art33-reply', { from: earlier[i & 1023], extended: true }).dueDate],
  ["deadline('deyang-2018/art24-activity', { from: instant })", (m, i) => m.deadline('deyang-2018/art24-activity', { from: instants[i & 1023] }).deadline],
  ["deadline('deyang-2018/art15-migration-notice', { from })", (m, i) => m.deadline('deyang-2018/art15-migration-notice', { from: days[i & 1023] }).dueDate],
  ["deadline('deyang-2018/art32-self-inspection', { quarter })", (m, i) => m.deadline('deyang-2018/art32-self-inspection', { quarter: quarters[i & 1023] }).dueDate],
  ["deadline('ogi-2019/art49-annual-report', { year })", (m, i) => m.deadline('ogi-2019/art49-annual-report', { year: 2019 + (i & 7) }).dueDate],
];

const libs = [];
for (const d of dists) libs.push({ dir: d, m: await import(pathToFileURL(`${d}/index.js`).href) });

let sink = 0;
let counter = 0;
function cpuRound(m, call) {
  const t0 = process.cpuUsage();
  for (let k = 0; k < CALLS; k++) sink += call(m, counter++).length;
  const t = process.cpuUsage(t0);
  return t.user + t.system;
}

// Warm up every call of every build.
for (const { m } of libs) for (const [, call] of ROWS) for (let k = 0; k < 5; k++) cpuRound(m, call);

const ratios = libs.map(() => ROWS.map(() => []));
const base = libs.map(() => []);
for (let r = 0; r < ROUNDS; r++) {
  libs.forEach(({ m }, b) => {
    for (let j = 1; j < ROWS.length; j++) {
      const a = cpuRound(m, ROWS[0][1]);
      const x = cpuRound(m, ROWS[j][1]);
      ratios[b][j].push(x / a);
      base[b].push(a);
    }
  });
}
if (sink === 0) throw new Error('unexpected');

const q = (xs, f) => [...xs].sort((p, q2) => p - q2)[Math.floor((xs.length - 1) * f)];
console.log(`CPU time, ${ROUNDS} rounds of ${CALLS} calls; median ratio to addWorkdays(from, 10) in the same round [quartiles]`);
console.log(`${'row'.padEnd(64)} ${libs.map((l) => l.dir.slice(-28).padStart(30)).join(' ')}`);
console.log(`${'addWorkdays(from, 10), µs a call'.padEnd(64)} ${libs.map((_, b) => (median(base[b]) / CALLS).toFixed(3).padStart(30)).join(' ')}`);
for (let j = 1; j < ROWS.length; j++) {
  const cells = libs.map((_, b) => `${median(ratios[b][j]).toFixed(2)} × [${q(ratios[b][j], 0.25).toFixed(2)}–${q(ratios[b][j], 0.75).toFixed(2)}]`.padStart(30));
  console.log(`${ROWS[j][0].padEnd(64)} ${cells.join(' ')}`);
}
