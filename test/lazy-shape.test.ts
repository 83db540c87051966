/**
 * src/lazy-shape.ts (issue 14, coldstart2): object shapes whose fields are built on the first
 * read, and `.check()` without reading the shape. Compared with zod/mini's own object and
 * `.check()`, which build everything at once: the same parses, issues and JSON Schema.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { toJSONSchema } from 'zod';
import { lazy, lazyShape, withChecks } from '../src/lazy-shape.js';

const fields = () => ({
  id: z.string().check(z.minLength(1), z.describe('the id')),
  n: z.optional(z.number().check(z.int())),
  tags: z.array(z.enum(['a', 'b'])),
});

describe('lazyShape and withChecks', () => {
  it('builds each field on the first read of the shape, once, in order', () => {
    const built: string[] = [];
    const shape = lazyShape({ b: () => (built.push('b'), z.string()), a: () => (built.push('a'), z.number()) });
    expect(built).toEqual([]);
    expect(Object.keys(shape)).toEqual(['b', 'a']);
    const a = shape.a;
    expect(shape.a).toBe(a);
    expect(built).toEqual(['a']);
    const schema = withChecks(z.object(shape), z.describe('two fields'));
    expect(built).toEqual(['a']);
    expect(z.safeParse(schema, { b: 'x', a: 1 }).success).toBe(true);
    expect(built).toEqual(['a', 'b']);
  });

  it('withChecks reads no shape; the result parses, refuses and describes itself as .check() does', () => {
    let reads = 0;
    const f = fields();
    const lazyOne = withChecks(
      z.strictObject(lazyShape({ id: () => (reads++, f.id), n: () => f.n, tags: () => f.tags })),
      z.describe('a thing'),
      z.superRefine((v, ctx) => {
        if (v.tags.length === 0) ctx.addIssue({ code: 'custom', path: ['tags'], message: 'is empty' });
      }),
    );
    expect(reads).toBe(0);
    const eager = z.strictObject(fields()).check(
      z.describe('a thing'),
      z.superRefine((v, ctx) => {
        if (v.tags.length === 0) ctx.addIssue({ code: 'custom', path: ['tags'], message: 'is empty' });
      }),
    );
    for (const input of [{ id: 'x', tags: ['a'] }, { id: '', tags: [] }, { id: 'x', n: 1.5, tags: ['c'] }, { id: 'x', tags: [], extra: 1 }, 'nope']) {
      const got = z.safeParse(lazyOne, input);
      const want = z.safeParse(eager, input);
      expect(got.success).toBe(want.success);
      expect(got.data).toEqual(want.data);
      expect(got.error?.issues).toEqual(want.error?.issues);
    }
    expect(toJSONSchema(lazyOne)).toEqual(toJSONSchema(eager));
    expect(lazyOne._zod.parent).toBeDefined();
    expect(lazyOne._zod.def.checks).toHaveLength(2);
    expect(reads).toBe(1);
  });

  it('lazy runs its builder on the first call only', () => {
    let runs = 0;
    const get = lazy(() => ({ runs: ++runs }));
    expect(runs).toBe(0);
    expect(get()).toBe(get());
    expect(runs).toBe(1);
  });
});
