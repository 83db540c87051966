// CLI input benchmark (issue 12): the JSONL line reader (`boundedLines`, src/cli/input.ts, bundled
// here with esbuild) reading one long line of n and 2n MiB in 64 KiB chunks, as from a file or a
// pipe. Prints time(2n) ÷ time(n) (median of 3 runs each): linear reading gives ≈ 2, target
// ≤ 2.5. The old reader re-copied the whole line for every chunk (8 MiB 7 s, 32 MiB 80 s).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';

const CHUNK = 64 * 1024;

async function loadReader() {
  const dir = mkdtempSync(path.join(tmpdir(), 'gsr-bench-cli-'));
  const outfile = path.join(dir, 'input.mjs');
  buildSync({ entryPoints: [fileURLToPath(new URL('../src/cli/input.ts', import.meta.url))], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'error' });
  try {
    return (await import(pathToFileURL(outfile).href)).boundedLines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function timeOf(boundedLines, mib, runs = 3) {
  // A line of `mib` MiB (a two-byte character now and then, as Chinese text has), then a newline.
  const line = Buffer.from(`${'x'.repeat(1023)}德`.repeat(Math.ceil((mib * 1024 * 1024) / 1026)));
  const times = [];
  for (let k = 0; k < runs; k++) {
    const chunks = [];
    for (let i = 0; i < line.length; i += CHUNK) chunks.push(line.subarray(i, i + CHUNK));
    chunks.push(Buffer.from('\n'));
    const t0 = process.hrtime.bigint();
    let chars = 0;
    for await (const l of boundedLines(Readable.from(chunks, { objectMode: false }), 256 * 1024 * 1024, 'snapshots', '-')) chars += l.length;
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
    if (chars === 0) throw new Error('nothing read');
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

export async function runCliBench({ n = 16 } = {}) {
  const boundedLines = await loadReader();
  await timeOf(boundedLines, 1); // warm-up
  const tn = await timeOf(boundedLines, n);
  const t2n = await timeOf(boundedLines, 2 * n);
  console.log(`\n## JSONL line reader (check --jsonl, due): one line of ${n} MiB and ${2 * n} MiB in 64 KiB chunks`);
  console.log(`${n} MiB: ${(tn * 1000).toFixed(0)} ms, ${2 * n} MiB: ${(t2n * 1000).toFixed(0)} ms, time(2n) ÷ time(n) = ${(t2n / tn).toFixed(2)} (target ≤ 2.5)`);
  return { ratio: t2n / tn };
}

if (import.meta.url === `file://${process.argv[1]}`) await runCliBench();
