/**
 * `"sideEffects": false` in package.json tells bundlers that a module of the library can be dropped
 * when none of its exports is used (issue 14: the ES module build is one file per module, so that
 * importing `addWorkdays` alone keeps no rule catalog, schema or check). That is only true if no
 * module does anything when it is loaded: every top-level statement of the library's modules (src/
 * but the CLI and the testing kit, which are separate entries) must be an import, an export or a
 * declaration — no call, assignment, loop or condition at the top level (a `z.config(…)`, a registry
 * filled at import, a global patched). What a declaration's initialiser computes stays local to it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { sideEffects?: unknown };

function modules(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return name === 'cli' || name === 'testing' ? [] : modules(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

const DECLARATIONS = new Set([
  ts.SyntaxKind.ImportDeclaration,
  ts.SyntaxKind.ImportEqualsDeclaration,
  ts.SyntaxKind.ExportDeclaration,
  ts.SyntaxKind.ExportAssignment,
  ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.ClassDeclaration,
  ts.SyntaxKind.InterfaceDeclaration,
  ts.SyntaxKind.TypeAliasDeclaration,
  ts.SyntaxKind.VariableStatement,
  ts.SyntaxKind.ModuleDeclaration,
  ts.SyntaxKind.EnumDeclaration,
]);

/** `void name;`, which reads a local constant (to mark a compile-time guard used) and does nothing. */
const voidOfName = (s: ts.Statement) => ts.isExpressionStatement(s) && ts.isVoidExpression(s.expression) && ts.isIdentifier(s.expression.expression);

/** The top-level statements of a module's text that run something when it is loaded. */
export function topLevelEffects(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true);
  return source.statements
    .filter((s) => !voidOfName(s))
    .filter((s) => !DECLARATIONS.has(s.kind) || (ts.isVariableStatement(s) && (s.declarationList.flags & (ts.NodeFlags.Const | ts.NodeFlags.Let)) === 0))
    .map((s) => `${path.relative(ROOT, fileName)}:${source.getLineAndCharacterOfPosition(s.getStart()).line + 1}: ${s.getText().slice(0, 80)}`);
}

describe('"sideEffects": false is true of the code', () => {
  it('package.json says so', () => {
    expect(pkg.sideEffects).toBe(false);
  });

  it('the check sees a top-level call, assignment or loop, and lets declarations through', () => {
    expect(topLevelEffects('a.ts', "import { z } from 'zod';\nz.config({});\nexport const x = 1;")).toEqual(['a.ts:2: z.config({});']);
    expect(topLevelEffects('b.ts', 'globalThis.x = 1;\nfor (const k of []) {}\nvar y = 2;')).toHaveLength(3);
    expect(topLevelEffects('c.ts', "const guard = true;\nvoid guard;\nexport const s = Object.freeze([1]);\nexport function f() { g(); }\nexport type T = 1;\nexport * from './d.js';")).toEqual([]);
  });

  it('no module of the library runs anything at the top level', () => {
    const files = modules(path.join(ROOT, 'src'));
    expect(files.length).toBeGreaterThan(30);
    expect(files.flatMap((f) => topLevelEffects(f, readFileSync(f, 'utf8')))).toEqual([]);
  });
});
