// Site-check benchmark (issue 4): 100 sites × 50 columns × 200 dated items = 1,000,000 items,
// generated deterministically here. Prints the time to JSON.parse the 100 snapshot texts, the time
// to checkSite the parsed snapshots (validation, conversion and all 23 rules of the default
// profile), and their ratio. Target: ratio ≤ 1 (checking costs no more than reading).
import { checkSite } from '../dist/index.js';

const SITES = 100;
const COLUMNS = 50;
const ITEMS = 200;
const AT = '2026-11-25T12:00:00+08:00';
const AT_MS = Date.parse(AT);
const CATEGORIES = ['news', 'notice', 'policy', 'annual-report', 'plan', 'personnel', 'basic-info', 'interaction', 'other', 'homepage'];

const pad = (n) => String(n).padStart(2, '0');
function beijing(ms) {
  const d = new Date(ms + 8 * 3_600_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+08:00`;
}

function generate() {
  let seed = 20261125;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const texts = [];
  for (let s = 0; s < SITES; s++) {
    const columns = [];
    for (let c = 0; c < COLUMNS; c++) {
      const items = [];
      // 200 items over ~400 days before the checkpoint, ascending, ~2 days apart on average.
      let t = AT_MS - 400 * 86_400_000;
      for (let i = 0; i < ITEMS; i++) {
        t += Math.floor(rnd() * 4 * 86_400_000);
        items.push({ id: `s${s}-c${c}-i${i}`, publishedAt: beijing(Math.min(t, AT_MS)) });
      }
      columns.push({ id: `c${c}`, name: `栏目${c}`, category: CATEGORIES[c % CATEGORIES.length], level: 1 + (c % 2), openedOn: '2019-06-01', items });
    }
    const snapshot = {
      schemaVersion: 1,
      site: { id: `site-${s}`, name: `德阳市测试局${s}`, kind: 'department', level: 'city', department: `市测试局${s}` },
      columns,
      probes: Array.from({ length: 168 }, (_, i) => ({ at: beijing(AT_MS - i * 3_600_000), ok: i % 50 !== 0 })),
      links: [{ url: 'https://www.deyang.gov.cn', kind: 'government' }],
      facts: { consultationChannel: true, onlineServices: true, seriousProblems: [] },
    };
    texts.push(JSON.stringify(snapshot));
  }
  return texts;
}

export function runChecksBench({ rounds = 5 } = {}) {
  const texts = generate();
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
  console.log(`\n## checkSite: ${SITES} sites × ${COLUMNS} columns × ${ITEMS} items = ${(SITES * COLUMNS * ITEMS).toLocaleString('en-US')} dated items (${mb.toFixed(1)} MB of JSON)`);
  const ratios = [];
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    const parsed = texts.map((t) => JSON.parse(t));
    const t1 = process.hrtime.bigint();
    for (const p of parsed) sink += checkSite(p, { at: AT }).summary.fail;
    const t2 = process.hrtime.bigint();
    const parseMs = Number(t1 - t0) / 1e6;
    const checkMs = Number(t2 - t1) / 1e6;
    ratios.push(checkMs / parseMs);
    console.log(`round ${r + 1}: JSON.parse ${parseMs.toFixed(0)} ms, checkSite ${checkMs.toFixed(0)} ms, ratio ${(checkMs / parseMs).toFixed(2)}`);
  }
  const sorted = [...ratios].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(`median ratio checkSite / JSON.parse = ${median.toFixed(2)} (target ≤ 1)${sink < 0 ? '' : ''}`);
  return { median, ratios };
}

if (import.meta.url === `file://${process.argv[1]}`) runChecksBench();
