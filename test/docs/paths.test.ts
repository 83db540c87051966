/**
 * Nothing a user reads names a file they do not have: README.md, CHANGELOG.md, docs/ (guides and
 * the JSON Schema), examples/ and src/ (its comments become the declarations in dist/, its messages
 * reach users) may reference only paths that exist in the repository, or that the build and the
 * examples generate (the entries of .gitignore). A path is a markdown link target, a token with a
 * directory (`docs/checks.md`, `src/rules/`) or a bare `*.md` name (`snapshot.md`), resolved
 * against the referencing file's directory, then the repository root, then docs/.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const IGNORED = readFileSync(path.join(ROOT, '.gitignore'), 'utf8').split('\n').map((l) => l.trim().replace(/^\//, '')).filter((l) => l && !l.startsWith('#'));

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(path.join(ROOT, dir))) {
    const rel = path.join(dir, name);
    if (name === 'node_modules' || IGNORED.some((g) => `${rel}/`.startsWith(g.endsWith('/') ? g : `${g}/`) || rel === g)) continue;
    if (statSync(path.join(ROOT, rel)).isDirectory()) walk(rel, out);
    else if (/\.(md|json|jsonl|ts|mjs|js|sql)$/.test(name)) out.push(rel);
  }
  return out;
}

const SHIPPED = ['README.md', 'CHANGELOG.md', 'package.json', ...walk('docs'), ...walk('src'), ...walk('examples')];
const TOP = '(?:docs|src|test|examples|scripts|bench|dist|shared|spec|reports)';

/** The path-like references in a text. */
export function references(text: string, markdown = true): string[] {
  const found = new Set<string>();
  // Module specifiers in code (`from '../src/cms.js'`) are not paths for a reader.
  text = text.replace(/\bfrom\s+(['"])[^'"]*\1/g, '');
  if (markdown) for (const m of text.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)) if (!/^[a-z]+:/.test(m[1]!)) found.add(m[1]!);
  for (const m of text.matchAll(new RegExp(`(?<![\\w./:-])((?:\\.\\.?/)*${TOP}/[\\w./*-]*[\\w/*])`, 'g'))) {
    if (!m[1]!.includes('*')) found.add(m[1]!); // a glob names no single file
  }
  for (const m of text.matchAll(/(?<![\w./:-])([\w-]+\.md)\b/g)) found.add(m[1]!);
  return [...found];
}

function exists(ref: string, from: string): boolean {
  const clean = ref.replace(/\/$/, '');
  if (IGNORED.some((g) => clean === g.replace(/\/$/, '') || clean.startsWith(g.endsWith('/') ? g : `${g}/`))) return true;
  const candidates = [path.join(ROOT, path.dirname(from), clean), path.join(ROOT, clean), path.join(ROOT, 'docs', clean)];
  // A TypeScript import names the .js its .ts compiles to.
  return candidates.some((p) => existsSync(p) || (p.endsWith('.js') && existsSync(p.replace(/\.js$/, '.ts'))));
}

describe('shipped files name only paths that exist', () => {
  it('finds references the way a reader would (the scanner itself)', () => {
    expect(references('see [the guide](snapshot.md#x), `shared/spec/snapshot.md`, absent-guide.md and https://x.org/a.md')).toEqual(
      ['snapshot.md', 'shared/spec/snapshot.md', 'absent-guide.md'],
    );
    expect(exists('shared/spec/snapshot.md', 'docs/checks.md')).toBe(false);
    expect(exists('absent-guide.md', 'src/checks/census.ts')).toBe(false);
    expect(exists('semantics.md', 'src/checks/reports.ts')).toBe(true);
    expect(exists('docs/api/', 'docs/package.md')).toBe(true); // generated, in .gitignore
  });

  it('scans README, CHANGELOG, docs/, src/ and examples/', () => {
    expect(SHIPPED).toEqual(expect.arrayContaining(['README.md', 'docs/snapshot.md', 'docs/snapshot.schema.json', 'src/checks/snapshot-schema.ts']));
  });

  it.each(SHIPPED)('%s', (file) => {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const missing = references(text, file.endsWith('.md')).filter((r) => !exists(r, file));
    expect(missing).toEqual([]);
  });
});
