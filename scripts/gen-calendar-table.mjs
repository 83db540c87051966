#!/usr/bin/env node
// `npm run gen:calendar` (run by `npm run build`): writes src/calendar/base-table.ts, the day-kind
// cache of the shipped years, from chinese-workday (src/calendar/base-source.ts, bundled here with
// esbuild, chinese-workday with it). `--check` writes nothing and exits 1 if the file is not what the source gives.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = path.join(root, 'src/calendar/base-table.ts');
const dir = mkdtempSync(path.join(tmpdir(), 'gsr-gen-calendar-'));
let text;
try {
  const outfile = path.join(dir, 'base.mjs');
  buildSync({
    stdin: {
      contents: "export { baseTableSource, SOURCE_FIRST_YEAR, SOURCE_LAST_YEAR } from './src/calendar/base-source.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'error',
  });
  writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
  const m = await import(pathToFileURL(outfile).href);
  text = m.baseTableSource(m.SOURCE_FIRST_YEAR, m.SOURCE_LAST_YEAR);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const current = (() => {
  try {
    return readFileSync(target, 'utf8');
  } catch {
    return '';
  }
})();
if (process.argv.includes('--check')) {
  if (current !== text) {
    console.error('src/calendar/base-table.ts is stale: run `npm run gen:calendar`');
    process.exit(1);
  }
} else if (current !== text) {
  writeFileSync(target, text);
  console.log('wrote src/calendar/base-table.ts');
}
