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
