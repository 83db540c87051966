/**
 * The edge validator on its own: the JSON path it names, the value it quotes, and which issue of
 * a zod union it reports (the branch that got furthest into the value, else every branch's
 * expectation).
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatPath, parseInput } from '../../src/validate.js';
import { refusal } from '../refusal.js';

describe('formatPath', () => {
  it('joins keys with dots and indexes with brackets, after the parameter name', () => {
    expect(formatPath('snapshot', ['items', 2, 'publishedAt'])).toBe('snapshot.items[2].publishedAt');
    expect(formatPath('options', [])).toBe('options');
  });
  it('without a parameter name, starts at the first key; with nothing at all, says "input"', () => {
    expect(formatPath('', ['a', 0, 'b'])).toBe('a[0].b');
    expect(formatPath('', [0])).toBe('[0]');
    expect(formatPath('', [])).toBe('input');
  });
});

describe('parseInput', () => {
  const schema = z.object({ items: z.array(z.object({ n: z.number() })) });

  it('returns the parsed value (transforms applied) on success', () => {
    expect(parseInput(z.string().transform((s) => s.length), 'abc', 'x')).toBe(3);
  });

  it('names the path and quotes the value found there', () => {
    const e = refusal(() => parseInput(schema, { items: [{ n: 1 }, { n: 'two' }] }, 'input'));
    expect(e.field).toBe('input.items[1].n');
    expect(e.value).toBe('two');
    expect(e.message).toContain('input.items[1].n');
    expect(e.message).toContain('rejected:');
  });

  it('a missing key has no value (not one inherited from the prototype)', () => {
    const e = refusal(() => parseInput(z.object({ toString: z.string() }), {}, 'o'));
    expect(e.field).toBe('o.toString');
    expect(e.value).toBeUndefined();
  });

  it('a path running through a non-object has no value', () => {
    const e = refusal(() => parseInput(z.object({ a: z.object({ b: z.number() }) }), { a: 5 }, 'o'));
    expect(e.field).toBe('o.a');
    expect(e.value).toBe(5);
    const f = refusal(() => parseInput(z.object({ a: z.object({ b: z.number() }) }), { a: null }, 'o'));
    expect(f.field).toBe('o.a');
    expect(f.value).toBeNull();
  });

  const item = z.union([z.object({ inner: z.object({ description: z.string() }) }), z.string()]);

  it('inside a union, the branch that got furthest names the field', () => {
    const e = refusal(() => parseInput(z.object({ list: z.array(item) }), { list: ['ok', { inner: { description: 5 } }] }, 'facts'));
    expect(e.field).toBe('facts.list[1].inner.description');
    expect(e.value).toBe(5);
    expect(e.message).not.toMatch(/matches none of/);
  });

  it('when no branch got further, the message lists what each branch expected', () => {
    const e = refusal(() => parseInput(z.object({ v: z.union([z.string(), z.number()]) }), { v: true }, 'o'));
    expect(e.field).toBe('o.v');
    expect(e.value).toBe(true);
    expect(e.message).toMatch(/matches none of: .*string.* \| .*number/);
  });

  it('branches that expect the same thing are named once', () => {
    const e = refusal(() => parseInput(z.union([z.number(), z.number().int()]), 'x', 'n'));
    expect(e.field).toBe('n');
    expect(e.message).not.toMatch(/matches none of/);
    expect(e.message).toMatch(/number/);
  });

  it('of two branches that got into the value, the deeper one wins, in either order', () => {
    const shallow = z.object({ a: z.number() });
    const deep = z.object({ a: z.string(), b: z.object({ c: z.string() }) });
    const value = { a: 'x', b: { c: 1 } };
    for (const u of [z.union([shallow, deep]), z.union([deep, shallow])]) {
      const e = refusal(() => parseInput(u, value, 'o'));
      expect(e.field).toBe('o.b.c');
      expect(e.value).toBe(1);
    }
  });
});

/**
 * The edge validator on issues zod's own schemas rarely make but a caller's schema can (custom
 * rules bring their own `params` schemas, with refinements): a path running below a primitive,
 * union issues with no branches, hand-made union issues, custom issues that carry an `errors`
 * field, ties between branches, and unions nested deeper than the validator follows.
 */
describe('issues a caller\'s own schema can make', () => {
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
});
