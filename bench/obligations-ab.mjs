// obligations + toICalendar over 10,000 events, two builds alternated in one process (issue 14,
// obl2): the bench's events (bench/rows.mjs `events()`) and events that share no from or doneAt
// (`distinctEvents()`). Each round parses the events' lines with JSON.parse, then runs
// obligations and toICalendar, for build A then build B (the order swapped every round, so that
// neither pays the other's garbage more often); it prints the median over rounds of each build's
// time ÷ its own JSON.parse, in CPU time (process.cpuUsage: less disturbed by other processes on
// a shared machine) and wall time, and the median of B ÷ A. Not a test: it prints figures.
//
//   GSR_AB_A=/path/to/other/dist/index.js node bench/obligations-ab.mjs   (B: this tree's dist/)
//   GSR_BENCH_RUNS=n sets the rounds (default 31).
import { distinctEvents, events } from './rows.mjs';
import { median } from './measure.mjs';

const B_PATH = new URL('../dist/index.js', import.meta.url).href;
const A = await import(process.env.GSR_AB_A ?? B_PATH);
const B = await import(B_PATH);
const AT = '2026-11-25T12:00:00+08:00';
const rounds = Number(process.env.GSR_BENCH_RUNS ?? 31);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const wall = () => Number(process.hrtime.bigint()) / 1e6;

function round(m, lines) {
  const c0 = cpu();
  const w0 = wall();
  const parsed = lines.map((l) => JSON.parse(l));
  const c1 = cpu();
  const w1 = wall();
  const o = m.obligations(parsed, { now: AT });
  const c2 = cpu();
  const ics = m.toICalendar(o, { calendarName: 'bench' });
  const c3 = cpu();
  const w3 = wall();
  if (ics.length === 0) throw new Error('empty calendar');
  return { parse: c1 - c0, obligations: c2 - c1, ics: c3 - c2, cpu: (c3 - c1) / (c1 - c0), wall: (w3 - w1) / (w1 - w0) };
}

for (const [name, list] of [['the bench\'s 10,000 events', events(10_000)], ['10,000 events sharing no from or doneAt', distinctEvents(10_000)]]) {
  const lines = list.map((e) => JSON.stringify(e));
  const a = [];
  const b = [];
  for (let k = 0; k < rounds + 2; k++) {
    let ra;
    let rb;
    if (k % 2 === 0) {
      ra = round(A, lines);
      rb = round(B, lines);
    } else {
      rb = round(B, lines);
      ra = round(A, lines);
    }
    if (k >= 2) {
      a.push(ra);
      b.push(rb);
    }
  }
  const m = (rs, key) => median(rs.map((r) => r[key]));
  const ratio = median(a.map((r, i) => (b[i].obligations + b[i].ics) / (r.obligations + r.ics)));
  console.log(`${name}, medians of ${rounds} rounds:`);
  for (const [tag, rs] of [['A', a], ['B', b]]) {
    console.log(`  ${tag}: ${m(rs, 'cpu').toFixed(2)} × JSON.parse in CPU time (${m(rs, 'wall').toFixed(2)} × wall); CPU ms: JSON.parse ${m(rs, 'parse').toFixed(1)}, obligations ${m(rs, 'obligations').toFixed(1)}, toICalendar ${m(rs, 'ics').toFixed(1)}`);
  }
  console.log(`  B ÷ A (CPU time of obligations + toICalendar): ${ratio.toFixed(3)}`);
}
