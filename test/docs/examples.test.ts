/**
 * Doc tests: every `@example` in the JSDoc of `src/**` (but `src/cli/`) is executed, and every
 * public exported function or const must have one.
 *
 * Discovery is dynamic (files are found when the suite is collected), so new modules are covered
 * without touching this file.
 *
 * - "Public" means reachable, by identity, from a package entry point: every subpath of
 *   package.json `exports` whose `./dist/X.js` maps to `src/X.ts` or `src/X/index.ts`
 *   (so `src/index.ts`, and a subpath such as `./testing` once it exists). Public exported
 *   functions and consts without an `@example` fail (tag one `@internal` to exempt it; for consts
 *   that are not functions, see REQUIRE_EXAMPLE_ON_DATA_CONSTS below). Exports
 *   that are not public (module-internal helpers) and classes have their examples run when they
 *   have one, but need none.
 * - An example is TypeScript. Its `import` declarations are removed and their names bound to the
 *   real modules (`gov-site-rules` and its subpaths to the entry points' sources, anything else
 *   through a normal import); besides, these are in scope (later ones win): the exports of
 *   `src/index.ts`, the values the example's module itself imports, and that module's exports. It is transpiled with `typescript`'s `transpileModule` and run
 *   in an async function (so `await` works), with `console` silenced.
 * - A top-level statement ending in `// <expected>`: `<expected>` is evaluated as a JavaScript
 *   expression (a trailing parenthesised note, ` (like this)`, is ignored) and the statement's
 *   value must deep-equal it. The value of an expression statement is the expression; of
 *   `const x = …` it is `x`; of any other statement (`try { … } catch (e) { e.year; }`) its
 *   completion value. `// throws` asserts the statement throws; `// throws SomeError …` also
 *   asserts `instanceof SomeError` when `SomeError` is in scope. A comment that is prose (does not
 *   parse or evaluate as an expression) is not asserted, but nothing in an example may throw
 *   unless it says so.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  entrySources,
  type ExportedSymbol,
  exportedSymbols,
  importSrc,
  type Module,
  ROOT,
  runExample,
  SRC,
  sourceFiles,
} from './example-runner.js';

// ---------------------------------------------------------------------------------------------
// The suite

/**
 * Whether a public const that is not a function (a schema, a table such as `ERRATA`) needs an
 * `@example` too. The brief says "every exported function/const"; set false to require examples
 * on functions only (the letter of issue 5).
 */
const REQUIRE_EXAMPLE_ON_DATA_CONSTS = true;

const entries = entrySources();
let entryModules: Module[] = [];
let indexModule: Module = {};
let entryError: unknown;
try {
  entryModules = await Promise.all([...entries.values()].map((f) => importSrc(f)));
  indexModule = await importSrc(entries.get('.') as string);
} catch (e) {
  entryError = e;
}
const publicValues = new Set<unknown>(entryModules.flatMap((m) => Object.values(m)));

if (entryError) {
  it('the package entry points load', () => {
    throw entryError;
  });
}

const files = sourceFiles(SRC);

it('finds source files and examples', () => {
  expect(files.length).toBeGreaterThan(0);
  expect(files.some((f) => exportedSymbols(f).some((s) => s.examples.length > 0))).toBe(true);
});

for (const file of files) {
  const rel = path.relative(ROOT, file);
  let symbols: ExportedSymbol[];
  try {
    symbols = exportedSymbols(file);
  } catch (e) {
    it(`${rel} parses`, () => {
      throw e;
    });
    continue;
  }
  if (symbols.length === 0) continue;
  // Which exports are public needs the module's values; a module that fails to load fails here.
  let own: Module | undefined;
  let loadError: unknown;
  try {
    own = await importSrc(file);
  } catch (e) {
    loadError = e;
  }
  const withExamples = symbols.filter((s) => s.examples.length > 0);
  const missing = symbols.filter(
    (s) =>
      s.examples.length === 0 &&
      !s.internal &&
      s.kind !== 'class' &&
      own !== undefined &&
      publicValues.has(own[s.name]) &&
      (REQUIRE_EXAMPLE_ON_DATA_CONSTS || typeof own[s.name] === 'function'),
  );
  if (withExamples.length === 0 && missing.length === 0 && !loadError) continue;

  describe(rel, () => {
    if (loadError) {
      it('loads', () => {
        throw loadError;
      });
      return;
    }
    for (const s of missing) {
      it(`${s.name} has an @example`, () => {
        expect.fail(`${rel}:${s.line}: exported ${s.kind} ${s.name} is public and has no @example in its JSDoc`);
      });
    }
    for (const s of withExamples) {
      s.examples.forEach((example, k) => {
        const name = s.examples.length > 1 ? `${s.name} (example ${k + 1})` : s.name;
        it(name, async () => {
          await runExample(example, file, own as Module, indexModule, entries);
        });
      });
    }
  });
}
