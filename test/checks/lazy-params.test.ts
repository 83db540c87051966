/**
 * Issue 14, params: the params schemas of the built-in checks (src/checks/params.ts) build their
 * fields on the first read of their shape, and their objects share one `never` catchall
 * (`strictObject`, src/checks/rule.ts). Each case imports a fresh copy of the module, so the use
 * under test is the first one: a schema first used through parse, JSON Schema, `.shape`, an
 * extension or a user's composition gives what the same schema written eagerly with zod/mini's
 * own `z.strictObject` gives (the references below are written out here).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { toJSONSchema } from 'zod';
import { counting } from '../zod-count.js';

const fresh = () => import('../../src/checks/params.js');
const count = (min: number) => z.number().check(z.int(), z.minimum(min));

/** parse results and issues of `a` and `b` on each input, side by side. */
function sameAnswers(a: z.ZodMiniType, b: z.ZodMiniType, inputs: unknown[]) {
  for (const input of inputs) {
    const got = z.safeParse(a, input);
    const want = z.safeParse(b, input);
    expect(got.success, JSON.stringify(input)).toBe(want.success);
    expect(got.data, JSON.stringify(input)).toEqual(want.data);
    expect(got.error?.issues, JSON.stringify(input)).toEqual(want.error?.issues);
  }
}

const BLANK = 'Fails when at least this many open columns have had no item since they opened.';
const blankEager = () => z.strictObject({ threshold: z._default(count(1), 5).check(z.describe(BLANK)) });

describe('params schemas: fields built on the first use', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  it('importing the module builds one zod instance per exported object schema, and no field', async () => {
    const [params, made] = await counting(fresh);
    const objects = Object.values(params).filter((v) => v !== null && typeof v === 'object' && '_zod' in v && (v as z.ZodMiniType)._zod.def.type === 'object');
    expect(objects.length).toBeGreaterThan(20);
    // One per object, plus the rule module's shared `never` and `noParams`, and the exported `undatedItemsSchema`.
    expect(made).toBeLessThanOrEqual(objects.length + 3);
  });

  it('first use through a parse: the answers and issues of the schema written eagerly', async () => {
    const { blankColumnsParams } = await fresh();
    sameAnswers(blankColumnsParams, blankEager(), [{}, { threshold: 0 }, { threshold: 2.5 }, { threshold: 7 }, { threshold: 5, other: 1 }, undefined, 'x']);
  });

  it('first use through JSON Schema (input and output) and the description registry', async () => {
    const { blankColumnsParams } = await fresh();
    expect(toJSONSchema(blankColumnsParams, { io: 'input' })).toEqual(toJSONSchema(blankEager(), { io: 'input' }));
    expect(toJSONSchema(blankColumnsParams, { io: 'output' })).toEqual(toJSONSchema(blankEager(), { io: 'output' }));
    expect(z.globalRegistry.get(blankColumnsParams.shape.threshold)?.description).toBe(BLANK);
  });

  it('first use through .shape: the fields in order, the same schemas on every read, shared fields built once', async () => {
    const { columnsStaleParams, columnsNeglectedParams, censusColumnsStaleParams, census2015ColumnsStaleParams } = await fresh();
    const shape = columnsStaleParams.shape;
    expect(Object.keys(shape)).toEqual(['newsPeriod', 'noticePolicyPeriod', 'noticePolicyLevel', 'undatedItems', 'threshold']);
    expect(columnsStaleParams.shape.threshold).toBe(shape.threshold);
    expect(columnsNeglectedParams.shape.newsPeriod).toBe(shape.newsPeriod);
    expect(censusColumnsStaleParams.shape.newsPeriod).toBe(shape.newsPeriod);
    expect(census2015ColumnsStaleParams.shape.undatedItems).toBe(censusColumnsStaleParams.shape.undatedItems);
    expect(census2015ColumnsStaleParams.shape.noticePolicyLevel).not.toBe(shape.noticePolicyLevel);
  });

  it('an extension used before its base: its own defaults over the base’s, in the base’s key order', async () => {
    const { censusColumnsStaleParams, census2015ColumnsStaleParams, columnsStaleParams, census2015InteractionParams, interactionUnansweredParams } = await fresh();
    // The census 2015 table: notice and policy columns of any level, undated items are no update.
    expect(census2015ColumnsStaleParams.parse({})).toEqual({ newsPeriod: { days: 14 }, noticePolicyPeriod: { months: 6 }, noticePolicyLevel: 'any', undatedItems: 'not-updated', threshold: 5 });
    expect(Object.keys(census2015ColumnsStaleParams.parse({}))).toEqual(['newsPeriod', 'noticePolicyPeriod', 'noticePolicyLevel', 'undatedItems', 'threshold']);
    expect(censusColumnsStaleParams.parse({})).toEqual({ newsPeriod: { days: 14 }, noticePolicyPeriod: { months: 6 }, noticePolicyLevel: 'first', undatedItems: 'not-updated', threshold: 5 });
    expect(columnsStaleParams.parse({})).toEqual({ newsPeriod: { days: 14 }, noticePolicyPeriod: { months: 6 }, noticePolicyLevel: 'first', threshold: 5 });
    expect(census2015InteractionParams.parse({})).toEqual({ window: { months: 12 }, maxUnanswered: { months: 3 }, channels: ['consultation', 'petition'], onlyValid: false, requireChannel: false });
    expect(interactionUnansweredParams.parse({})).toEqual({ window: { months: 12 }, maxUnanswered: { months: 3 }, channels: ['consultation'], onlyValid: true, requireChannel: true });
  });

  it('composed by a user before any use (extend, array, union): the answers of the eager schema composed alike', async () => {
    const { blankColumnsParams } = await fresh();
    const extra = { note: z.optional(z.string()) };
    sameAnswers(z.extend(blankColumnsParams, extra), z.extend(blankEager(), extra), [{}, { note: 'n', threshold: 0 }, { note: 1 }, { x: 1 }]);
    sameAnswers(z.array(blankColumnsParams), z.array(blankEager()), [[{}, { threshold: 0 }], [{ y: 2 }]]);
    sameAnswers(z.union([blankColumnsParams, z.string()]), z.union([blankEager(), z.string()]), [{}, 's', { threshold: -1 }, 3]);
  });

  it('timelinessParams: the period and the complex period, first used through JSON Schema or a parse', async () => {
    const { timelinessParams } = await fresh();
    const from = { zh: '收到之日', en: 'receipt' };
    const eager = z.strictObject({
      amount: z._default(count(1).check(z.maximum(3660)), 7).check(z.describe('The period, in working days after the event (the measures: 7).')),
      complexAmount: z._default(count(1).check(z.maximum(3660)), 15).check(z.describe('The period for complex cases, in working days (the measures: 15).')),
    });
    const first = timelinessParams({ unit: 'workday', amount: 7, complexAmount: 15, input: 'date', from });
    expect(toJSONSchema(first, { io: 'input' })).toEqual(toJSONSchema(eager, { io: 'input' }));
    const second = timelinessParams({ unit: 'workday', amount: 7, complexAmount: 15, input: 'date', from });
    sameAnswers(second, eager, [{}, { amount: 0 }, { complexAmount: 3661 }, { amount: 5, extra: true }, null]);
    expect(timelinessParams({ unit: 'hour', amount: 24, input: 'instant', from }).parse({})).toEqual({ amount: 24 });
  });

  it('strictObject (a shared never catchall) refuses unknown keys as z.strictObject does', async () => {
    const { strictObject } = await import('../../src/lazy-shape.js');
    const mine = strictObject({ a: z.number(), b: z.optional(z.string()) });
    const theirs = z.strictObject({ a: z.number(), b: z.optional(z.string()) });
    sameAnswers(mine, theirs, [{ a: 1 }, { a: 1, c: 2, d: 3 }, { b: 'x' }, { a: 1, ['__proto__']: 1 }, []]);
    expect(toJSONSchema(mine)).toEqual(toJSONSchema(theirs));
    expect(strictObject({})._zod.def.catchall).toBe(mine._zod.def.catchall);
  });
});
