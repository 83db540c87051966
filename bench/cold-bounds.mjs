// Four copies of the library (three of them of the Node entry) that bound what any change to the library's code could gain on a
// cold `import` + `isWorkday` (issue 14; used by `GSR_COLD_BOUNDS=1 node bench/cold-start.mjs`):
// - `empty.mjs`: an empty module (the ES module loader's own cost);
// - `parsed.mjs`: the whole entry inside a function that is never called (Node decodes it and V8
//   preparses every byte, but nothing runs);
// - `values-only.mjs`: the library bundled as the Node entry is, but exporting only its values,
//   classes and `isWorkday` (the other exported functions left out, so the code only they reach is
//   tree-shaken): the most a split along exported functions (what a bundler can split) could gain,
//   with free stubs;
// - `ran-only.mjs`: the entry with the body of every function that a cold import + `isWorkday`
//   never calls removed (found by V8's coverage of one such run, NODE_V8_COVERAGE): what is left
//   is the code that runs, so its cost bounds from below any split of the rest into other files.
// Not a test: the copies are measured, and `ran-only.mjs` and `values-only.mjs` are checked to
// answer `isWorkday` as the entry does.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { bundleLikeNodeEntry } from './node-entry-bundle.mjs';

const DAYS = ['2026-10-10', '2026-10-08', '2026-10-03', '2026-12-05'];
/** A script that imports `file` and prints its `isWorkday` answers and, per export, whether it is a function (not a class). */
const probe = (file) => `import(${JSON.stringify(pathToFileURL(file).href)}).then((m) => console.log(JSON.stringify({
  answers: ${JSON.stringify(DAYS)}.map((d) => m.isWorkday(d)),
  functions: Object.entries(m).map(([k, v]) => [k, typeof v === 'function' && !/^class\\b/.test(Function.prototype.toString.call(v))]),
})));`;
const run = (file, env = process.env) => {
  const r = spawnSync(process.execPath, ['-e', probe(file)], { env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${file}: ${r.stderr}`);
  return JSON.parse(r.stdout);
};

/** Writes the four copies into `dir` from `root`'s dist/index.node.js and src/; returns their paths. */
export function boundFiles(root, dir) {
  mkdirSync(dir, { recursive: true });
  const text = readFileSync(path.join(root, 'dist/index.node.js'), 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
  const entry = path.join(dir, 'entry.mjs');
  writeFileSync(entry, text);

  const empty = path.join(dir, 'empty.mjs');
  writeFileSync(empty, 'export {};\n');

  const at = text.search(/export\s*\{[^{}]*\}\s*;?\s*$/); // the closing export statement
  const parsed = path.join(dir, 'parsed.mjs');
  writeFileSync(parsed, `function neverCalled(){${text.slice(0, at)}}\nexport {};\n`);

  // The functions one cold import + isWorkday never called (count 0), by where they end.
  const cov = path.join(dir, 'coverage');
  const ofEntry = run(entry, { ...process.env, NODE_V8_COVERAGE: cov });
  const url = pathToFileURL(entry).href;
  const script = readdirSync(cov).flatMap((f) => JSON.parse(readFileSync(path.join(cov, f), 'utf8')).result).find((s) => s.url === url);
  const neverCalled = new Set(script.functions.filter((f) => f.ranges[0].count === 0).map((f) => f.ranges[0].endOffset));
  const source = ts.createSourceFile('entry.mjs', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const edits = [];
  const visit = (node) => {
    if (ts.isFunctionLike(node) && node.body && neverCalled.has(node.end)) {
      edits.push([node.body.getStart(source), node.body.end, ts.isBlock(node.body) ? '{}' : '0']);
      return; // the functions inside it go with it
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = text;
  for (const [s, e, t] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, s) + t + out.slice(e);
  const ranOnly = path.join(dir, 'ran-only.mjs');
  writeFileSync(ranOnly, out);

  // The exports a split along exported functions keeps at import: values, classes, isWorkday.
  const kept = ofEntry.functions.filter(([k, isFunction]) => !isFunction || k === 'isWorkday').map(([k]) => k);
  const valuesOnly = path.join(dir, 'values-only.mjs');
  const valuesOnlyText = bundleLikeNodeEntry(root, { minify: true, exports: kept });
  writeFileSync(valuesOnly, valuesOnlyText);

  for (const file of [ranOnly, valuesOnly]) {
    const { answers } = run(file);
    if (JSON.stringify(answers) !== JSON.stringify(ofEntry.answers)) throw new Error(`${file} answers ${answers}, the entry ${ofEntry.answers}`);
  }
  return {
    empty, parsed, ranOnly, valuesOnly,
    bytes: { entry: text.length, ranOnly: out.length, valuesOnly: valuesOnlyText.length },
    removed: edits.length, functionsLeftOut: ofEntry.functions.length - kept.length,
  };
}
