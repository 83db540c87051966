/**
 * The doc-test machinery (see examples.test.ts for the conventions): discovery of exported
 * symbols and their `@example` blocks, and running one example with its assertions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expect } from 'vitest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/[\\/]$/, '');
export const SRC = path.join(ROOT, 'src');
const EXCLUDED_DIRS = [path.join(SRC, 'cli')];

export type Module = Record<string, unknown>;

export interface Example {
  /** The example's code (fences removed). */
  code: string;
  /** 1-based line in the source file where the code starts. */
  line: number;
}

export interface ExportedSymbol {
  name: string;
  kind: 'function' | 'const' | 'class';
  line: number;
  internal: boolean;
  examples: Example[];
}

// ---------------------------------------------------------------------------------------------
// Discovery

export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!EXCLUDED_DIRS.includes(full)) out.push(...sourceFiles(full));
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
      out.push(full);
    }
  }
  return out.sort();
}

const hasModifier = (node: ts.Node, kind: ts.SyntaxKind): boolean =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === kind);

/** The raw text of the last JSDoc block attached to `node`, `*` gutters removed, and its first line. */
function jsDocOf(node: ts.Node, sf: ts.SourceFile): { lines: string[]; startLine: number } | undefined {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const doc = docs[docs.length - 1];
  if (!doc) return undefined;
  const raw = sf.text.slice(doc.getStart(sf), doc.getEnd());
  const startLine = sf.getLineAndCharacterOfPosition(doc.getStart(sf)).line + 1;
  const lines = raw
    .replace(/^\/\*\*/, '')
    .replace(/\*\/$/, '')
    .split('\n')
    .map((l) => l.replace(/^\s*\* ?/, '').replace(/^\s*\*$/, ''));
  return { lines, startLine };
}

/** The `@example` blocks of a JSDoc block: fenced code if there is any, else the whole block. */
function examplesOf(doc: { lines: string[]; startLine: number }): { examples: Example[]; internal: boolean } {
  const examples: Example[] = [];
  let internal = false;
  let current: { lines: string[]; first: number } | undefined;
  const flush = () => {
    if (!current) return;
    const { lines, first } = current;
    const fenceStart = lines.findIndex((l) => /^\s*```/.test(l));
    if (fenceStart >= 0) {
      // Every fenced block of the example, in order.
      let i = 0;
      while (i < lines.length) {
        if (/^\s*```/.test(lines[i] ?? '')) {
          const end = lines.findIndex((l, j) => j > i && /^\s*```/.test(l));
          const stop = end < 0 ? lines.length : end;
          examples.push({ code: lines.slice(i + 1, stop).join('\n'), line: first + i + 1 });
          i = stop + 1;
        } else i += 1;
      }
    } else {
      examples.push({ code: lines.join('\n'), line: first });
    }
    current = undefined;
  };
  // Line 0 of `lines` is the `/**` line itself.
  doc.lines.forEach((text, i) => {
    const tag = /^\s*@(\w+)\s?(.*)$/.exec(text);
    if (tag) {
      flush();
      if (tag[1] === 'internal') internal = true;
      if (tag[1] === 'example') {
        const rest = tag[2] ?? '';
        current = { lines: rest.trim() ? [rest] : [], first: doc.startLine + i + (rest.trim() ? 0 : 1) };
      }
    } else if (current) {
      current.lines.push(text);
    }
  });
  flush();
  return { examples: examples.filter((e) => e.code.trim() !== ''), internal };
}

export function exportedSymbols(file: string): ExportedSymbol[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const found = new Map<string, ExportedSymbol>();
  const add = (name: string, kind: ExportedSymbol['kind'], node: ts.Node, docNode: ts.Node) => {
    const doc = jsDocOf(docNode, sf);
    const { examples, internal } = doc ? examplesOf(doc) : { examples: [], internal: false };
    const prev = found.get(name);
    // Overloads: the JSDoc may sit on any of the declarations.
    if (prev) {
      prev.examples.push(...examples);
      prev.internal ||= internal;
      return;
    }
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    found.set(name, { name, kind, line, internal, examples });
  };
  for (const st of sf.statements) {
    if (!hasModifier(st, ts.SyntaxKind.ExportKeyword) || hasModifier(st, ts.SyntaxKind.DeclareKeyword)) continue;
    const isDefault = hasModifier(st, ts.SyntaxKind.DefaultKeyword);
    if (ts.isFunctionDeclaration(st)) add(isDefault ? 'default' : (st.name?.text ?? 'default'), 'function', st, st);
    else if (ts.isClassDeclaration(st)) add(isDefault ? 'default' : (st.name?.text ?? 'default'), 'class', st, st);
    else if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        if (ts.isIdentifier(d.name)) add(d.name.text, 'const', d, d);
      }
    }
  }
  return [...found.values()];
}

// ---------------------------------------------------------------------------------------------
// Entry points and scope

export const importSrc = (file: string): Promise<Module> => import(/* @vite-ignore */ file) as Promise<Module>;

/** package.json `exports` subpaths (`.`, `./testing`, …) → their TypeScript source. */
export function entrySources(): Map<string, string> {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { exports?: Record<string, unknown> };
  const map = new Map<string, string>();
  const target = (v: unknown): string | undefined => {
    if (typeof v === 'string') return v;
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      return target(o.import) ?? target(o.default) ?? target(o.require);
    }
    return undefined;
  };
  for (const [subpath, value] of Object.entries(pkg.exports ?? {})) {
    const t = target(value);
    const m = t && /^\.\/dist\/(.+)\.(?:m?js|cjs)$/.exec(t);
    if (!m) continue;
    const rel = m[1] as string;
    for (const candidate of [`${rel}.ts`, `${rel}/index.ts`]) {
      const file = path.join(SRC, candidate);
      if (sourceFiles(path.dirname(file)).includes(file)) {
        map.set(subpath, file);
        break;
      }
    }
  }
  if (!map.has('.')) map.set('.', path.join(SRC, 'index.ts'));
  return map;
}

const IDENT = /^[A-Za-z_$][\w$]*$/;
const RESERVED = new Set(['default', 'eval', 'arguments', 'console', '__check', '__throws']);

function scopeOf(...modules: Module[]): Record<string, unknown> {
  const scope: Record<string, unknown> = {};
  for (const m of modules) {
    for (const [k, v] of Object.entries(m)) if (IDENT.test(k) && !RESERVED.has(k)) scope[k] = v;
  }
  return scope;
}

// ---------------------------------------------------------------------------------------------
// Running an example

type Expectation = { kind: 'value'; expected: unknown; text: string } | { kind: 'throws'; errorName?: string; text: string };

/** Evaluates `text` as an expression in `scope`; `undefined` if it is prose. */
function parseExpected(text: string, scope: Record<string, unknown>): { value: unknown } | undefined {
  const note = /\s+\((?:[^()]|\([^()]*\))*\)\s*$/;
  const candidates = note.test(text) ? [text.replace(note, ''), text] : [text];
  const names = Object.keys(scope);
  for (const c of candidates) {
    if (!c.trim()) continue;
    try {
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      const fn = new Function(...names, `"use strict"; return (${c}\n);`) as (...a: unknown[]) => unknown;
      return { value: fn(...names.map((n) => scope[n])) };
    } catch {
      // not an expression (prose) or not evaluable here: try the next candidate
    }
  }
  return undefined;
}

function expectationOf(comment: string, scope: Record<string, unknown>): Expectation | undefined {
  const text = comment.replace(/^\/\/\s?/, '').trim();
  if (/^throws\b/i.test(text)) {
    const name = /^throws\s+([A-Za-z_$][\w$]*)/i.exec(text)?.[1];
    return { kind: 'throws', errorName: name && typeof scope[name] === 'function' ? name : undefined, text };
  }
  const parsed = parseExpected(text, scope);
  return parsed ? { kind: 'value', expected: parsed.value, text } : undefined;
}

const transpile = (code: string): string =>
  ts.transpileModule(code, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: false, isolatedModules: true },
    reportDiagnostics: false,
  }).outputText;

interface Prepared {
  js: string;
  imports: ts.ImportDeclaration[];
  checks: Map<number, { expectation: Expectation; source: string; line: number }>;
}

/** Rewrites the example so that each commented statement reports its value (or its throw). */
function prepare(example: Example, scope: Record<string, unknown>): Prepared {
  const code = example.code;
  const sf = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const imports: ts.ImportDeclaration[] = [];
  const checks: Prepared['checks'] = new Map();
  const parts: string[] = [];
  sf.statements.forEach((st, i) => {
    if (ts.isImportDeclaration(st)) {
      imports.push(st);
      return;
    }
    const text = code.slice(st.getStart(sf), st.getEnd());
    const endLine = sf.getLineAndCharacterOfPosition(st.getEnd()).line;
    const comment = (ts.getTrailingCommentRanges(code, st.getEnd()) ?? []).find(
      (c) => c.kind === ts.SyntaxKind.SingleLineCommentTrivia && sf.getLineAndCharacterOfPosition(c.pos).line === endLine,
    );
    const expectation = comment ? expectationOf(code.slice(comment.pos, comment.end), scope) : undefined;
    if (!expectation) {
      parts.push(text);
      return;
    }
    checks.set(i, { expectation, source: text, line: example.line + endLine });
    if (expectation.kind === 'throws') {
      parts.push(`await __throws(${i}, async () => {\n${text}\n});`);
    } else if (ts.isExpressionStatement(st)) {
      parts.push(`await __check(${i}, async () => (\n${code.slice(st.expression.getStart(sf), st.expression.getEnd())}\n));`);
    } else if (
      ts.isVariableStatement(st) &&
      st.declarationList.declarations.length === 1 &&
      ts.isIdentifier((st.declarationList.declarations[0] as ts.VariableDeclaration).name)
    ) {
      const name = ((st.declarationList.declarations[0] as ts.VariableDeclaration).name as ts.Identifier).text;
      parts.push(`${text}\nawait __check(${i}, async () => ${name});`);
    } else {
      // Any other statement: its completion value, through a direct eval of its own JavaScript.
      parts.push(`await __check(${i}, async () => eval(${JSON.stringify(transpile(text))}));`);
    }
  });
  // A block, so that an example may declare a name that is also in scope.
  return { js: `"use strict";\n{\n${transpile(parts.join('\n'))}\n}`, imports, checks };
}

async function bindImports(imports: ts.ImportDeclaration[], entries: Map<string, string>, file: string): Promise<Record<string, unknown>> {
  const bound: Record<string, unknown> = {};
  for (const imp of imports) {
    const clause = imp.importClause;
    if (!clause || !ts.isStringLiteral(imp.moduleSpecifier)) continue;
    const spec = imp.moduleSpecifier.text;
    let mod: Module;
    if (spec === 'gov-site-rules' || spec.startsWith('gov-site-rules/')) {
      const sub = spec === 'gov-site-rules' ? '.' : `./${spec.slice('gov-site-rules/'.length)}`;
      const src = entries.get(sub);
      if (!src) throw new Error(`the example imports ${spec}, which package.json "exports" does not map to a source file`);
      mod = await importSrc(src);
    } else if (spec.startsWith('.')) {
      mod = await importSrc(path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts')));
    } else {
      mod = (await import(/* @vite-ignore */ spec)) as Module;
    }
    if (clause.name) bound[clause.name.text] = mod.default;
    const nb = clause.namedBindings;
    if (nb && ts.isNamespaceImport(nb)) bound[nb.name.text] = mod;
    if (nb && ts.isNamedImports(nb)) {
      for (const el of nb.elements) {
        if (el.isTypeOnly) continue;
        const imported = (el.propertyName ?? el.name).text;
        if (!(imported in mod)) throw new Error(`the example imports ${imported} from ${spec}, which does not export it`);
        bound[el.name.text] = mod[imported];
      }
    }
  }
  return bound;
}

/** The values the module itself imports (its neighbours), for examples of internal helpers. */
async function moduleImports(file: string, entries: Map<string, string>): Promise<Record<string, unknown>> {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const valueImports = sf.statements.filter(
    (st): st is ts.ImportDeclaration => ts.isImportDeclaration(st) && !!st.importClause && !st.importClause.isTypeOnly,
  );
  const bound = await bindImports(valueImports, entries, file);
  return scopeOf(bound);
}

const AsyncFunction = (async () => undefined).constructor as new (...args: string[]) => (...a: unknown[]) => Promise<unknown>;

export async function runExample(example: Example, file: string, own: Module, index: Module, entries: Map<string, string>): Promise<void> {
  const baseScope = { ...scopeOf(index), ...(await moduleImports(file, entries)), ...scopeOf(own) };
  const prepared = prepare(example, baseScope);
  const scope = { ...baseScope, ...(await bindImports(prepared.imports, entries, file)) };
  const rel = path.relative(ROOT, file);
  const where = (i: number) => {
    const c = prepared.checks.get(i);
    return c ? `${rel}:${c.line}: ${c.source}` : rel;
  };
  const __check = async (i: number, run: () => Promise<unknown>) => {
    const c = prepared.checks.get(i);
    if (!c || c.expectation.kind !== 'value') throw new Error(`internal: no check ${i}`);
    let actual: unknown;
    try {
      actual = await run();
    } catch (e) {
      throw new Error(`${where(i)}\n  threw ${String(e)}, expected ${c.expectation.text}`, { cause: e });
    }
    expect(actual, `${where(i)}  // ${c.expectation.text}`).toEqual(c.expectation.expected);
  };
  const __throws = async (i: number, run: () => Promise<unknown>) => {
    const c = prepared.checks.get(i);
    if (!c || c.expectation.kind !== 'throws') throw new Error(`internal: no check ${i}`);
    let threw = false;
    try {
      await run();
    } catch (e) {
      threw = true;
      const name = c.expectation.errorName;
      if (name) {
        const cls = scope[name] as new (...a: unknown[]) => unknown;
        expect(e, `${where(i)}  // ${c.expectation.text}: threw ${String(e)}`).toBeInstanceOf(cls);
      }
    }
    if (!threw) expect.fail(`${where(i)}\n  did not throw (// ${c.expectation.text})`);
  };
  const quiet = { log() {}, info() {}, warn() {}, error() {}, debug() {}, table() {}, dir() {} };
  const names = Object.keys(scope).filter((n) => IDENT.test(n) && !RESERVED.has(n));
  const fn = new AsyncFunction('__check', '__throws', 'console', ...names, prepared.js);
  try {
    await fn(__check, __throws, quiet, ...names.map((n) => scope[n]));
  } catch (e) {
    if (e instanceof Error && e.message.startsWith(rel)) throw e;
    const assertion = e instanceof Error && e.name === 'AssertionError';
    if (assertion) throw e;
    throw new Error(`${rel}:${example.line}: the example threw ${String(e)}\n--- example ---\n${example.code}`, { cause: e });
  }
}

