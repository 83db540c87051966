// Doubling benchmark (issue 12): for a path that was super-linear, time the work at size n and at
// 2n and print time(2n) ÷ time(n). Linear work gives ~2 (n log n slightly more); quadratic gives ~4
// and cubic ~8. Target: ≤ 2.5. Not a test: figures vary with the machine's load, so nothing here
// fails; a ratio over the target is printed as such.
import { checkSite } from '../dist/index.js';

const AT = '2026-11-25T12:00:00+08:00';
const AT_MS = Date.parse(AT);
const SITE = { id: 's', name: 'S', kind: 'portal', level: 'city' };
const TARGET = 2.5;

const pad = (n) => String(n).padStart(2, '0');
function beijing(ms) {
  const d = new Date(ms + 8 * 3_600_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+08:00`;
}

/** A profile that runs one rule with its defaults, so that the time is that rule's and the snapshot's reading. */
const only = (rule, params = {}) => ({ id: 'bench', description: { zh: '基准', en: 'bench' }, rules: { [rule]: params } });

/** One run's time in ms. */
function time(fn) {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/**
 * The fastest of `rounds` runs at n and at 2n, taken in turn (n, 2n, n, 2n …) so that a change in
 * the machine's load during the measurement hits both sizes alike.
 */
function doubling(title, n, make, run, rounds = 9) {
  const small = make(n);
  const large = make(2 * n);
  run(small); // warm up both sizes (JIT, and the heap grown to the larger one)
  run(large);
  let a = Infinity;
  let b = Infinity;
  for (let r = 0; r < rounds; r++) {
    a = Math.min(a, time(() => run(small)));
    b = Math.min(b, time(() => run(large)));
  }
  const ratio = b / a;
  console.log(`${title.padEnd(58)} n=${String(n).padStart(6)} ${a.toFixed(1).padStart(8)} ms   2n ${b.toFixed(1).padStart(8)} ms   ratio ${ratio.toFixed(2)}${ratio > TARGET ? `  (over the target ${TARGET})` : ''}`);
  return ratio;
}

/**
 * Art. 24 三审: one publication with n reviews, all by one person (no chain of three different
 * reviewers exists, so every search runs to the end: the worst case of the old cubic loop, which
 * took 48 s on 2,400 reviews).
 */
function reviewsSnapshot(n) {
  const published = AT_MS - 86_400_000;
  const stages = ['initial', 'verify', 'release'];
  const reviews = Array.from({ length: n }, (_, i) => ({ stage: stages[i % 3], by: 'same', at: beijing(published - (n - i) * 1000), approved: true }));
  return { schemaVersion: 1, site: SITE, publications: [{ id: 'p', kind: 'other', publishedAt: beijing(published), reviews, confidentialityReviewedAt: beijing(published) }] };
}

/**
 * Art. 16 take-downs: n this year, half refused (approved false), half with the procedure unknown
 * (the old filter + includes compared every unknown one with every refused one).
 */
function outagesSnapshot(n) {
  const start = Date.parse('2026-01-02T00:00:00+08:00');
  const outages = Array.from({ length: n }, (_, i) => ({
    id: `o${i}`,
    start: beijing(start + i * 60_000),
    end: beijing(start + i * 60_000 + 30_000),
    reason: 'rectification',
    ...(i % 2 === 0 ? { approved: false, noticePosted: true } : { noticePosted: true }),
  }));
  return { schemaVersion: 1, site: SITE, outages };
}

const CASES = {
  threeReview: ['deyang-2018/art24-three-review: reviews of one publication', reviewsSnapshot, 'deyang-2018/art24-three-review'],
  takedowns: ['deyang-2018/art16-temporary-offline: take-downs', outagesSnapshot, 'deyang-2018/art16-temporary-offline'],
};

/** `check`, `n` and `cases` let the same cases run against another build (the source under vitest), at other sizes. */
export function runScalingBench({ check = checkSite, n = 20_000, cases = Object.keys(CASES) } = {}) {
  console.log(`\n## Doubling: time(2n) ÷ time(n) (target ≤ ${TARGET}; linear ≈ 2, quadratic ≈ 4, cubic ≈ 8)`);
  const ratios = {};
  for (const name of cases) {
    const [title, make, rule] = CASES[name];
    ratios[name] = doubling(title, n, make, (s) => check(s, { at: AT, profile: only(rule) }));
  }
  return ratios;
}

if (import.meta.url === `file://${process.argv[1]}`) runScalingBench();
