/**
 * The edge validator on issues zod's own schemas rarely make but a caller's schema can (custom
 * rules bring their own `params` schemas, with refinements): a path running below a primitive,
 * union issues with no branches, hand-made union issues, custom issues that carry an `errors`
 * field, ties between branches, and unions nested deeper than the validator follows.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseInput } from '../../src/validate.js';
import { refusal } from '../refusal.js';

/** A schema whose refinement reports `issue` (as a caller's refinement might). */
const reporting = (issue: Record<string, unknown>) =>
  z.object({ a: z.any() }).superRefine((_v, ctx) => {
    ctx.addIssue(issue as never);
  });

describe('the value quoted for a path below a non-object', () => {
  it('a path through null has no value (and no TypeError)', () => {
    const e = refusal(() => parseInput(reporting({ code: 'custom', path: ['a', 'b'], message: 'needs b' }), { a: null }, 'o'));
    expect(e.field).toBe('o.a.b');
    expect(e.value).toBeUndefined();
    expect(e.reason).toBe('rejected: needs b');
  });

  it('a path through a string has no value, even for a key strings have (length, 0)', () => {
    const e = refusal(() => parseInput(reporting({ code: 'custom', path: ['a', 'length'], message: 'too long' }), { a: 'abc' }, 'o'));
    expect(e.field).toBe('o.a.length');
    expect(e.value).toBeUndefined();
    const f = refusal(() => parseInput(reporting({ code: 'custom', path: ['a', 0], message: 'bad first' }), { a: 'abc' }, 'o'));
    expect(f.field).toBe('o.a[0]');
    expect(f.value).toBeUndefined();
  });
});

describe('which issue is reported', () => {
  it('a discriminated union with no matching option reports its own issue (it has no branches to open)', () => {
    const schema = z.object({ v: z.discriminatedUnion('k', [z.object({ k: z.literal('a') }), z.object({ k: z.literal('b') })]) });
    const e = refusal(() => parseInput(schema, { v: { k: 'c' } }, 'o'));
    expect(e.field).toBe('o.v.k');
    expect(e.value).toBe('c');
    expect(e.reason).toMatch(/^rejected: Invalid discriminator value/);
    expect(e.reason).not.toMatch(/matches none of/);
  });

  it('only union issues are opened: a custom issue that happens to carry errors is reported as it is', () => {
    const issue = { code: 'custom', path: ['a'], message: 'outer', errors: [[{ code: 'custom', path: ['inner'], message: 'inner' }]] };
    const e = refusal(() => parseInput(reporting(issue), { a: { inner: 1 } }, 'o'));
    expect(e.field).toBe('o.a');
    expect(e.reason).toBe('rejected: outer');
  });

  it('a hand-made union issue without errors is reported as it is', () => {
    const e = refusal(() => parseInput(reporting({ code: 'invalid_union', path: ['a'], message: 'no option fits' }), { a: 1 }, 'o'));
    expect(e.field).toBe('o.a');
    expect(e.value).toBe(1);
    expect(e.reason).toBe('rejected: no option fits');
  });

  it('a branch with no issue, or an issue with no path or message, does not break the report', () => {
    const empty = refusal(() => parseInput(reporting({ code: 'invalid_union', path: ['a'], message: 'outer', errors: [[]] }), { a: 1 }, 'o'));
    expect(empty.field).toBe('o.a');
    expect(empty.reason).toBe('rejected: invalid');
    const bare = refusal(() => parseInput(reporting({ code: 'invalid_union', path: ['a'], message: 'outer', errors: [[{ code: 'custom' }]] }), { a: 1 }, 'o'));
    expect(bare.field).toBe('o.a');
    expect(bare.reason).toBe('rejected: invalid');
    const noPath = refusal(() => parseInput(reporting({ code: 'invalid_union', path: ['a'], message: 'outer', errors: [[{ code: 'custom', message: 'inner' }]] }), { a: 1 }, 'o'));
    expect(noPath.field).toBe('o.a');
    expect(noPath.reason).toBe('rejected: inner');
  });

  it('of two branches that got equally far, the first one named wins', () => {
    const u = z.union([z.object({ a: z.string() }), z.object({ b: z.string() })]);
    const e = refusal(() => parseInput(u, { a: 1, b: 2 }, 'o'));
    expect(e.field).toBe('o.a');
    expect(e.value).toBe(1);
    const v = z.union([z.object({ b: z.string() }), z.object({ a: z.string() })]);
    expect(refusal(() => parseInput(v, { a: 1, b: 2 }, 'o')).field).toBe('o.b');
  });

  it('unions nested ten deep: the report follows nine levels and names the union there', () => {
    // level 0 is { leaf: string }; level k+1 is { n: level k } | number. The value breaks the leaf.
    let schema: z.ZodType = z.object({ leaf: z.string() });
    let value: unknown = { leaf: 1 };
    const inner: unknown[] = [];
    for (let k = 0; k < 10; k++) {
      inner.push(value);
      schema = z.union([z.object({ n: schema }), z.number()]);
      value = { n: value };
    }
    const e = refusal(() => parseInput(schema, value, 'o'));
    expect(e.field).toBe(`o${'.n'.repeat(9)}`);
    expect(e.value).toBe(inner[1]); // the value of the level-1 union: { n: { leaf: 1 } }
    expect(e.reason).toBe('rejected: Invalid input');
  });

  it('unions nested nine deep are followed to the broken leaf', () => {
    let schema: z.ZodType = z.object({ leaf: z.string() });
    let value: unknown = { leaf: 1 };
    for (let k = 0; k < 9; k++) {
      schema = z.union([z.object({ n: schema }), z.number()]);
      value = { n: value };
    }
    const e = refusal(() => parseInput(schema, value, 'o'));
    expect(e.field).toBe(`o${'.n'.repeat(9)}.leaf`);
    expect(e.value).toBe(1);
  });
});
