/**
 * Importing the library builds almost no zod schema (issue 14: the cold start). Building zod/mini
 * schemas was most of the time `import('gov-site-rules')` spent running the library's top-level
 * code (1,047 of them before; 120 after the params, cal and checks branches, docs/performance.md); each schema is now built on its first use.
 * This counts them, in child processes, through zod's own hook (`globalThis.__zod_globalConfig
 * .postProcessor`, which zod's constructor calls for every schema it makes; set before the
 * import), for each built entry: the Node entry (dist/index.node.js), the per-module build
 * (dist/index.js) and the CommonJS build (dist/index.cjs). A count, not a time: it is the same
 * on every machine, so a change that builds schemas at import again fails here, however fast the
 * machine that runs it.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

/** The most zod schemas an import of the library may build (measured: see docs/performance.md). */
const AT_IMPORT_BUDGET = 130;

interface Counts {
  /** Schemas built by the import. */
  atImport: number;
  /** Schemas built by `isWorkday`, `addWorkdays` and `dayKind` called after it. */
  byCalendar: number;
  /** Schemas built by a first `snapshotSchema.safeParse({})`. */
  byFirstParse: number;
  /** Schemas built by a second one. */
  bySecondParse: number;
}

/** Imports `entry` (`import` or `require`) in a fresh process and counts the schemas zod builds. */
function counts(load: string): Counts {
  const code = `let made = 0;
globalThis.__zod_globalConfig = { postProcessor() { made++; } };
const m = await ${load};
const atImport = made;
m.isWorkday('2026-10-10'); m.addWorkdays('2026-09-30', 3); m.dayKind('2026-10-01');
const byCalendar = made - atImport;
m.snapshotSchema.safeParse({});
const byFirstParse = made - atImport - byCalendar;
m.snapshotSchema.safeParse({});
console.log(JSON.stringify({ atImport, byCalendar, byFirstParse, bySecondParse: made - atImport - byCalendar - byFirstParse }));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', cwd: ROOT })) as Counts;
}

const ENTRIES = {
  'the Node entry, by package name (dist/index.node.js)': "import('gov-site-rules')",
  'the per-module build (dist/index.js)': `import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'dist/index.js')).href)})`,
  'the CommonJS build (dist/index.cjs)': `import('node:module').then(({ createRequire }) => createRequire(${JSON.stringify(`${ROOT}/`)})('gov-site-rules'))`,
};

describe('zod schemas built by importing the library', () => {
  it.each(Object.entries(ENTRIES))('%s: at most the budget at import, none for the calendar, each schema once on first use', (_name, load) => {
    const c = counts(load);
    expect(c.atImport).toBeLessThanOrEqual(AT_IMPORT_BUDGET);
    // The calendar functions validate by hand: they build no schema, even on their first call.
    expect(c.byCalendar).toBe(0);
    // The hook counts what it should: the snapshot schema's first parse builds its parts …
    expect(c.byFirstParse).toBeGreaterThan(10);
    // … once: the second parse builds nothing.
    expect(c.bySecondParse).toBe(0);
  });
});
