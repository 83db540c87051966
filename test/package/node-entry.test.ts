/**
 * The ES module entry for Node (issue 14): `import 'gov-site-rules'` in Node resolves, through the
 * `node` condition of `exports["."].import`, to dist/index.node.js — the whole library and the part
 * of zod/mini it uses in one file, so that a cold start loads one module instead of ~140. Bundlers
 * (no `node` condition) keep the per-module build dist/index.js, which tree-shakes; `require` keeps
 * dist/index.cjs. `gov-site-rules/testing` imports the package by name, so in Node it must get the
 * same file as the user's import: one calendar registry, one set of error classes. Tested against
 * the built dist/, by package name, in child processes.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { FIRST_UNCOVERED_YEAR, lastCoveredDate, provisionalAddWorkdays } from '../coverage-year.js';

const ROOT = path.resolve(__dirname, '../..');
const NODE_ENTRY = path.join(ROOT, 'dist/index.node.js');

const node = (code: string) =>
  JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', `${code}`], { encoding: 'utf8', cwd: ROOT })) as unknown;

/** The files esbuild reads when it bundles `import 'gov-site-rules'` for `platform`, relative to the repository. */
function inputsFor(platform: 'node' | 'browser'): string[] {
  const out = buildSync({
    stdin: { contents: "import * as g from 'gov-site-rules'; globalThis.g = g;", resolveDir: ROOT, loader: 'js' },
    bundle: true,
    platform,
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  return Object.keys(out.metafile.inputs).filter((f) => f !== '<stdin>');
}

describe('the Node entry (exports["."].import.node → dist/index.node.js)', () => {
  it('import in Node resolves to dist/index.node.js; require keeps dist/index.cjs', () => {
    expect(
      node(`import { createRequire } from 'node:module';
console.log(JSON.stringify([import.meta.resolve('gov-site-rules'), createRequire(process.cwd() + '/').resolve('gov-site-rules')]));`),
    ).toEqual([pathToFileURL(NODE_ENTRY).href, path.join(ROOT, 'dist/index.cjs')]);
  });

  it('a bundler for the browser keeps the per-module build (tree-shaking); one for Node takes the single file', () => {
    const browser = inputsFor('browser');
    expect(browser).toContain('dist/index.js');
    expect(browser).not.toContain('dist/index.node.js');
    expect(browser.some((f) => f.startsWith('node_modules/zod/'))).toBe(true);
    expect(inputsFor('node')).toEqual(['dist/index.node.js']);
  });

  it('is one file: it imports no other module (zod is bundled in, not imported)', () => {
    const out = buildSync({ entryPoints: [NODE_ENTRY], bundle: true, platform: 'node', format: 'esm', write: false, metafile: true, logLevel: 'error' });
    expect(Object.keys(out.metafile.inputs)).toEqual(['dist/index.node.js']);
    expect(readFileSync(NODE_ENTRY, 'utf8')).not.toMatch(/\bfrom\s*["']zod/);
  });

  it('is ASCII: characters past it are escaped (one past Latin-1 makes V8 hold the whole source as two-byte text)', () => {
    const text = readFileSync(NODE_ENTRY, 'utf8');
    const first = /[^\x00-\x7f]/.exec(text);
    expect(first && text.slice(Math.max(0, first.index - 60), first.index + 20)).toBeNull();
  });

  it('carries zod’s MIT licence notice, and its source map', () => {
    const text = readFileSync(NODE_ENTRY, 'utf8');
    const license = readFileSync(path.join(ROOT, 'node_modules/zod/LICENSE'), 'utf8');
    expect(text.startsWith('/*! This file includes zod ')).toBe(true);
    expect(text).toContain(license.split('\n').find((l) => l.startsWith('Copyright')));
    expect(text).toContain('Permission is hereby granted, free of charge');
    expect(text.trimEnd().endsWith('//# sourceMappingURL=index.node.js.map')).toBe(true);
    const map = JSON.parse(readFileSync(`${NODE_ENTRY}.map`, 'utf8')) as { sources: string[] };
    expect(map.sources.some((s) => s.includes('src/calendar/calendar.ts'))).toBe(true);
  });

  it('exports the same names, of the same kinds and with the same function and class names, as the per-module build', () => {
    // The Node entry's whitespace and syntax are minified, its identifiers not: a function's or a
    // class's `name` (shown by stack traces and by zod's `received Foo`) and an object's
    // constructor's name are those of the source.
    const [single, perModule] = node(`const kinds = (m) => Object.fromEntries(Object.keys(m).sort().map((k) => [k, [typeof m[k], typeof m[k] === 'function' ? m[k].name : m[k]?.constructor?.name]]));
const single = await import('gov-site-rules');
const perModule = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'dist/index.js')).href)});
console.log(JSON.stringify([kinds(single), kinds(perModule)]));`) as [Record<string, string>, Record<string, string>];
    expect(Object.keys(single).length).toBeGreaterThan(100);
    expect(single).toEqual(perModule);
  });

  it('its bundled zod interoperates with the user’s zod as the per-module build’s imported zod does', () => {
    // The published types say the exported schemas are zod/mini schemas: a user's own zod must
    // compose them, read their JSON Schema (the descriptions live in zod's registry on globalThis)
    // and recognise their errors, whichever copy of zod built them.
    // One process each: zod classic sets its English messages globally on first use.
    const use = (entry: string) =>
      node(`import * as z from 'zod/mini';
import * as zc from 'zod';
const g = await import(${JSON.stringify(entry)});
let error; try { g.snapshotSchema.parse({ schemaVersion: 1 }); } catch (e) { error = e; }
console.log(JSON.stringify({
  jsonSchema: JSON.stringify(z.toJSONSchema(g.snapshotSchema)),
  composed: JSON.stringify(z.object({ s: g.snapshotSchema }).safeParse({ s: { schemaVersion: 2 } }).error.issues),
  classicJsonSchema: JSON.stringify(zc.toJSONSchema(g.snapshotSchema)),
  classicComposed: JSON.stringify(zc.object({ s: g.snapshotSchema }).safeParse({ s: {} }).error.issues),
  zodError: error instanceof z.core.$ZodError,
  schema: g.snapshotSchema instanceof z.ZodMiniType,
}));`) as Record<string, unknown>;
    const single = use('gov-site-rules');
    const perModule = use(pathToFileURL(path.join(ROOT, 'dist/index.js')).href);
    expect(single).toEqual(perModule);
    expect(single).toMatchObject({ zodError: true, schema: true });
    expect(single.jsonSchema).toContain('"description"');
    expect(single.composed).toContain('"path":["s","schemaVersion"]');
  });

  it('gov-site-rules/testing shares its instance with a user’s import: calendars and error classes work across', () => {
    const due = provisionalAddWorkdays(lastCoveredDate('12-30'), 3);
    const r = node(`import * as g from 'gov-site-rules';
import { matchers } from 'gov-site-rules/testing';
const calendar = g.defaultCalendar.provisional({ through: ${FIRST_UNCOVERED_YEAR} });
const ctx = { isNot: false };
const caught = (f) => { try { f(); return 'no error'; } catch (e) { return { name: e.name, sameClass: e instanceof g.CalendarCoverageError, field: e.field }; } };
console.log(JSON.stringify({
  workday: matchers.toBeWorkday.call(ctx, '${due}', { calendar }).pass,
  dueBy: matchers.toBeDueBy.call(ctx, '${due}', 'deyang-2018/art24-policy-document', '${lastCoveredDate('12-30')}', { calendar }).pass,
  coverage: caught(() => matchers.toBeWorkday.call(ctx, '${FIRST_UNCOVERED_YEAR}-01-05')),
}));`);
    expect(r).toEqual({ workday: true, dueBy: true, coverage: { name: 'CalendarCoverageError', sameClass: true } });
  });
});
