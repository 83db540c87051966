/**
 * The one-line examples of docs/deadlines.md (`expr; // 'value'`) are true.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import * as lib from '../../src/index.js';

const text = readFileSync('docs/deadlines.md', 'utf8');
const fences = [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] as string);
const checks = fences.flatMap((code) =>
  code
    .split('\n')
    .map((line) => /^(?!\/\/)(.+?);\s*\/\/\s*('[^']*')/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ expr: m[1] as string, expected: JSON.parse((m[2] as string).replace(/'/g, '"')) as string })),
);

it('has one-line examples to check', () => {
  expect(checks.length).toBeGreaterThanOrEqual(8);
});

it.each(checks)('$expr is $expected', ({ expr, expected }) => {
  const names = Object.keys(lib).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k));
  const d = lib.ogiReplyDeadline({ from: '2026-09-30' });
  const fn = new Function(...names, 'd', `return (${expr});`) as (...a: unknown[]) => unknown;
  expect(fn(...names.map((n) => (lib as Record<string, unknown>)[n]), d)).toBe(expected);
});
