// The library bundled as tsup.config.ts bundles its Node entry (dist/index.node.js: one ES module,
// zod inside, `__GSR_BUILD__` defined), for the benches that need a variant of that file:
// cold-modules.mjs (unminified, for its `// src/…` module comments) and cold-bounds.mjs (minified
// like the shipped file, exporting only some names). Returns the bundle's text.
import path from 'node:path';
import { buildSync } from 'esbuild';

/**
 * @param {string} root a checkout (its src/index.ts is bundled)
 * @param {{ minify: boolean, exports?: string[] }} options `exports`: re-export only these names
 */
export function bundleLikeNodeEntry(root, { minify, exports }) {
  const src = path.join(root, 'src');
  const input = exports
    ? { stdin: { contents: `export { ${exports.join(', ')} } from './index.js';`, resolveDir: src, loader: 'ts', sourcefile: 'entry.ts' } }
    : { entryPoints: [path.join(src, 'index.ts')] };
  return buildSync({
    ...input,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'es2022',
    minifyWhitespace: minify,
    minifySyntax: minify,
    define: { __GSR_BUILD__: JSON.stringify('ES module build (import)') },
    write: false,
    logLevel: 'error',
  }).outputFiles[0].text;
}
