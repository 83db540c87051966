import { readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

// The single-file builds for Node (the `node` condition of `import`, and the CLI) bundle zod, whose
// MIT licence asks that its copyright and permission notice ship with every copy: the banner puts
// zod's own LICENSE text, read from the installed package, at the top of each file (a `/*!` comment,
// which minifiers keep). scripts/check-package.mjs fails if it is missing.
const zod = JSON.parse(readFileSync('node_modules/zod/package.json', 'utf8')) as { version: string };
const ZOD_NOTICE = `/*! This file includes zod ${zod.version} (https://zod.dev), bundled:\n${readFileSync('node_modules/zod/LICENSE', 'utf8').trim().replace(/\*\//g, '* /')}\n*/`;

// `gov-site-rules/testing` (src/testing/*) imports the library as `../index.js`; the build turns
// that into an external import of `gov-site-rules` (the package's own name, which resolves through
// `exports` to the main entry in the same format), so the subpath and the main entry share one
// instance: one calendar registry, one set of error classes. Declarations inline the few library
// types they mention. fast-check is a peer dependency (external); vitest and jest appear only in
// the type-only modules `testing/vitest` and `testing/jest`. One config per entry, so that no
// declaration chunk is shared between them.
const testing = (name: 'index' | 'vitest' | 'jest'): Options => ({
  entry: { [`testing/${name}`]: `src/testing/${name}.ts` },
  format: ['esm', 'cjs'],
  // The declaration bundler drops `import type {} from 'vitest'`, and without an import of
  // 'vitest' the `declare module 'vitest'` augmentation does not reach a consumer's `expect`
  // (tested by test/package/types-consumer.test.ts): the banner puts the import back.
  dts: name === 'vitest' ? { banner: "import 'vitest';" } : true,
  sourcemap: true,
  target: 'es2022',
  external: ['fast-check', 'vitest', 'expect'],
  esbuildPlugins: [
    {
      name: 'gov-site-rules-self-import',
      setup(build) {
        build.onResolve({ filter: /^\.\.\/index\.js$/ }, (args) =>
          /[\\/]src[\\/]testing[\\/]/.test(args.importer) ? { path: 'gov-site-rules', external: true } : undefined,
        );
      },
    },
  ],
});

// chinese-workday 1.16.1 declares "type": "module" but ships its CommonJS build as `.js`, so
// `require('chinese-workday')` is broken. The CJS build therefore inlines it; the ESM build
// imports it normally. (Since issue 14 the library reads the generated table instead and imports
// chinese-workday nowhere at run time; the option stays so that a future import cannot break require.)
export default defineConfig([
  // The ES module build is one file per source module (`bundle: false`), so that a bundler honouring
  // `"sideEffects": false` keeps only the modules an import reaches: `addWorkdays` alone does not
  // bring the rule catalog's text, the snapshot schemas or the checks (issue 14; the sizes are
  // budgeted in scripts/check-package.mjs). The CLI, the testing kit and the generator's source
  // (base-source.ts, which walks chinese-workday) are not part of it. Declarations stay one bundle.
  {
    entry: ['src/**/*.ts', '!src/cli/**', '!src/testing/**', '!src/calendar/base-source.ts'],
    bundle: false,
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts' } },
    sourcemap: true,
    clean: true,
    target: 'es2022',
    // Named in the message that refuses a calendar from the other build (the dual-package hazard).
    define: { __GSR_BUILD__: JSON.stringify('ES module build (import)') },
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
    noExternal: ['chinese-workday'],
    define: { __GSR_BUILD__: JSON.stringify('CommonJS build (require)') },
  },
  // The ES module entry for Node (`exports["."].import.node`, issue 14): the whole library and the
  // part of zod/mini it uses in one file, so that `import('gov-site-rules')` in Node loads one
  // module instead of ~140 (ours, zod/mini's, and the zod locales its index loads) — the ES module
  // loader's cost per file was most of the cold start. Bundlers (which tree-shake) keep the
  // per-module build above; `gov-site-rules/testing` imports `gov-site-rules` by name, so in Node
  // it gets this file too (one registry, one set of error classes). Whitespace and syntax are
  // minified (Node decodes and V8 parses every byte at each cold start: 0.5 MB → 0.4 MB, a few ms of
  // each import, docs/performance.md); identifiers are not, so classes and functions keep the names
  // zod's messages (`received Foo`) and stack traces show; the source map maps to src/. Types: dist/index.d.ts.
  {
    entry: { 'index.node': 'src/index.ts' },
    format: ['esm'],
    bundle: true,
    platform: 'node',
    noExternal: ['zod'],
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: true,
    target: 'es2022',
    banner: { js: ZOD_NOTICE },
    define: { __GSR_BUILD__: JSON.stringify('ES module build (import)') },
  },
  testing('index'),
  testing('vitest'),
  testing('jest'),
  // The CLI, and the entry its worker threads run (src/cli/worker.ts: the JSONL line tasks only);
  // the code they share is split into chunks, so a worker does not load the whole CLI. zod is
  // bundled too (issue 14): importing it from node_modules loaded ~45 zod/mini files and every zod
  // locale at each start, most of the CLI's start-up (docs/performance.md). Each command's module
  // is imported when that command runs (src/cli/commands/index.ts), so it and the part of the
  // library only it uses are chunks of their own: `--version` and `--help` load dist/cli.js alone.
  // The chunks go to dist/cli/ (shipped with dist/; not part of the per-module library build).
  {
    entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    splitting: true,
    platform: 'node',
    noExternal: ['zod'],
    sourcemap: true,
    target: 'node20',
    banner: { js: `#!/usr/bin/env node\n${ZOD_NOTICE}` },
    define: { __VERSION__: JSON.stringify(version) },
    esbuildOptions(options) {
      options.chunkNames = 'cli/[name]-[hash]';
    },
  },
]);
