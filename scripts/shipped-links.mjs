// Relative links in the Markdown files a package ships, checked against the files it ships
// (scripts/check-package.mjs): a link that works in the repository but not in an installed copy
// is a broken link for every user who reads the docs from node_modules.
import path from 'node:path';

const LINK = /\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;

/**
 * The relative links of the shipped `.md` files that name no shipped file, as `file: target`.
 * `files` are the packed paths (posix, relative to the package root); `read` returns a file's text.
 *
 * @param {readonly string[]} files
 * @param {(file: string) => string} read
 * @returns {string[]}
 */
export function brokenLinks(files, read) {
  const shipped = new Set(files);
  const broken = [];
  for (const file of files.filter((f) => f.endsWith('.md'))) {
    for (const [, raw] of read(file).matchAll(LINK)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('#')) continue; // https:, mailto:, an anchor
      const target = raw.split('#', 1)[0];
      const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), target)).replace(/\/$/, '');
      const ok = shipped.has(resolved) || files.some((f) => f.startsWith(`${resolved}/`));
      if (!ok) broken.push(`${file}: ${raw}`);
    }
  }
  return broken;
}
