/**
 * src/lazy-shape.ts (issue 14, branch checks; merged there from src/checks/lazy-schemas.ts): strict objects sharing one `never`, checks
 * given when the schema is made, and records whose key and value schemas are built on first use.
 * Compared with zod/mini's own `z.strictObject(…).check(…)`, `z.object(…).check(…)` and
 * `z.record(…).check(…)`: the same parses, issues, JSON Schemas, metadata and composition.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { toJSONSchema } from 'zod';
import { lazyShape } from '../../src/lazy-shape.js';
import { lazyRecord, object, strictObject } from '../../src/lazy-shape.js';

const shape = () => ({
  id: z.string().check(z.minLength(1), z.describe('the id')),
  n: z.optional(z.number().check(z.int())),
});
const refine = () => z.superRefine((v: { id: string; n?: number | undefined }, ctx) => {
  if (v.n === 0) ctx.addIssue({ code: 'custom', path: ['n'], message: 'is zero' });
});
const INPUTS: unknown[] = [{ id: 'x' }, { id: '' }, { id: 'x', n: 0 }, { id: 'x', n: 1.5 }, { id: 'x', extra: 1 }, { id: 'x', __proto__: { n: 1 } }, null, [], 'x'];

type Outcome = { data: unknown } | { issues: unknown[] };
const outcome = (r: { success: boolean; data?: unknown; error?: { issues: readonly object[] } }): Outcome =>
  r.success ? { data: r.data } : { issues: r.error!.issues.map((i) => ({ ...i, input: undefined, inst: undefined })) };

/** Two schemas answer alike: parses, issues, JSON Schema (both io), registry metadata, composition. */
function same(got: z.ZodMiniType, want: z.ZodMiniType, inputs: unknown[]) {
  for (const input of inputs) expect(outcome(z.safeParse(got, input)), JSON.stringify(input)).toEqual(outcome(z.safeParse(want, input)));
  for (const io of ['input', 'output'] as const) expect(toJSONSchema(got, { io })).toEqual(toJSONSchema(want, { io }));
  expect(z.globalRegistry.get(got)).toEqual(z.globalRegistry.get(want));
  const inArray = (s: z.ZodMiniType) => z.object({ list: z.array(s) });
  for (const input of inputs) expect(outcome(z.safeParse(inArray(got), { list: [input] }))).toEqual(outcome(z.safeParse(inArray(want), { list: [input] })));
}

/** What an object operation gives: its JSON Schema, or its error message. */
const attempt = (f: () => z.ZodMiniType) => {
  try {
    return toJSONSchema(f());
  } catch (e) {
    return (e as Error).message;
  }
};

describe('strictObject and object: zod\'s own, in fewer instances', () => {
  it('strictObject without checks answers as z.strictObject', () => {
    same(strictObject(shape()), z.strictObject(shape()), INPUTS);
  });

  it('strictObject with checks answers as z.strictObject(…).check(…), and refuses the same compositions', () => {
    const got = strictObject(shape(), refine(), z.describe('a thing'));
    const want = z.strictObject(shape()).check(refine(), z.describe('a thing'));
    same(got, want, INPUTS);
    for (const op of [(s: z.ZodMiniObject) => z.partial(s), (s: z.ZodMiniObject) => z.pick(s, { id: true }), (s: z.ZodMiniObject) => z.extend(s, { more: z.string() }), (s: z.ZodMiniObject) => z.extend(s, { id: z.number() })]) {
      expect(attempt(() => op(got as unknown as z.ZodMiniObject))).toEqual(attempt(() => op(want as unknown as z.ZodMiniObject)));
    }
  });

  it('object with a meta check answers as z.object(…).check(z.meta(…)), unknown keys stripped', () => {
    const meta = { title: 'T', description: 'a described thing' };
    same(object(shape(), z.meta(meta)), z.object(shape()).check(z.meta(meta)), INPUTS);
    same(object(shape()), z.object(shape()), INPUTS);
  });

  it('two strict objects share one never, and neither reads a lazy shape when made', () => {
    let reads = 0;
    const a = strictObject(lazyShape({ id: () => (reads++, z.string()) }));
    const b = strictObject(lazyShape({ n: () => (reads++, z.number()) }), z.describe('b'));
    expect(reads).toBe(0);
    expect(a._zod.def.catchall).toBe(b._zod.def.catchall);
    expect(a._zod.def.catchall?._zod.def.type).toBe('never');
    expect(z.safeParse(b, { n: 1, x: 1 }).error?.issues[0]?.code).toBe('unrecognized_keys');
    expect(reads).toBe(1);
  });
});

describe('lazyRecord: z.record(…).check(…), its key and value built on first use', () => {
  const key = () => z.string().check(z.minLength(1), z.maxLength(3));
  const check = () => z.superRefine((r: Record<string, unknown>, ctx) => {
    if ('bad' in r) ctx.addIssue({ code: 'custom', path: ['bad'], message: 'is bad' });
  });
  const RECORDS: unknown[] = [{}, { a: 1 }, { '': 1 }, { abcd: 1 }, { bad: 1 }, { a: undefined }, [], null, 'x', new Map()];

  it('answers as z.record(…).check(…)', () => {
    same(lazyRecord(key, () => z.unknown(), check(), z.describe('a record')), z.record(key(), z.unknown()).check(check(), z.describe('a record')), RECORDS);
    same(lazyRecord(key, () => z.number()), z.record(key(), z.number()), RECORDS);
  });

  it('builds its key and value schemas on the first parse, once', () => {
    let built = 0;
    const r = lazyRecord(() => (built++, key()), () => (built++, z.number()));
    expect(built).toBe(0);
    expect(z.safeParse(r, { a: 1 }).success).toBe(true);
    expect(z.safeParse(r, { abcd: 1 }).success).toBe(false);
    expect(built).toBe(2);
  });
});
