/**
 * Issue 13, "one deepFreeze": the library freezes the data it hands out with one function
 * (src/freeze.ts), so profiles, check parameter defaults and scorecards are frozen all the way
 * down by the same rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_PARAMS, describeParams } from '../../src/checks/params.js';
import { deepFreeze } from '../../src/freeze.js';
import { censusProfile, deyang2018Profile, gov2019Scorecard } from '../../src/index.js';

const SRC = path.join(import.meta.dirname, '../../src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

/** Every object reachable from `value` that is not frozen, by path. */
function unfrozen(value: unknown, at = '$', seen = new Set<object>()): string[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  const own = Object.isFrozen(value) ? [] : [at];
  return [...own, ...Object.entries(value).flatMap(([k, v]) => unfrozen(v, `${at}.${k}`, seen))];
}

describe('one deepFreeze', () => {
  it('is defined once in src/ (src/freeze.ts), not copied into the modules that freeze data', () => {
    const defining = sources(SRC)
      .filter((f) => /function deepFreeze\b/.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(SRC, f).split(path.sep).join('/'));
    expect(defining).toEqual(['freeze.ts']);
  });

  it('freezes nested objects and arrays, and returns its argument', () => {
    const data = { a: { b: [{ c: 1 }, [2]] }, d: 'x' };
    expect(deepFreeze(data)).toBe(data);
    expect(unfrozen(data)).toEqual([]);
  });

  it('terminates on cyclic data', () => {
    const a: Record<string, unknown> = { n: 1 };
    a.self = a;
    a.list = [a, { back: a }];
    expect(unfrozen(deepFreeze(a))).toEqual([]);
  });

  it('leaves primitives alone', () => {
    expect([deepFreeze(null), deepFreeze(3), deepFreeze('s'), deepFreeze(undefined)]).toEqual([null, 3, 's', undefined]);
  });

  it('the data it freezes is frozen all the way down: profiles, parameter defaults, the gov-2019 scorecard', () => {
    expect(unfrozen(deyang2018Profile)).toEqual([]);
    expect(unfrozen(censusProfile)).toEqual([]);
    expect(unfrozen(gov2019Scorecard)).toEqual([]);
    for (const [id, schema] of Object.entries(CHECK_PARAMS)) expect(unfrozen(describeParams(schema)), id).toEqual([]);
  });
});
