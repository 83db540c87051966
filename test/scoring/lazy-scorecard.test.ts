/**
 * Issue 14, coldstart2: the scorecard schemas build their fields on first use (src/lazy-shape.ts),
 * not at import. Each case imports a fresh copy of the module, so the use under test is the first:
 * importing reads no shape, and a first parse or JSON Schema sees the whole schema (the
 * superRefine of `scorecardSchema` included).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

const fresh = () => import('../../src/scoring/scorecard.js');

/**
 * Whether an object schema, and the schema it was copied from (a `.check()` copy's parent), have
 * built none of their fields yet: zod keeps the shape it was given behind an accessor until the
 * first read (its `raw`), and a lazy shape's fields are getters until then.
 */
const unread = (schema: { _zod: { def: object; parent?: unknown } } | undefined): boolean => {
  if (schema === undefined) return true;
  const get = Object.getOwnPropertyDescriptor(schema._zod.def, 'shape')?.get as { raw?: object } | undefined;
  if (get?.raw === undefined) return false;
  return Object.values(Object.getOwnPropertyDescriptors(get.raw)).every((d) => typeof d.get === 'function') && unread(schema._zod.parent as typeof schema);
};

describe('the scorecard schemas: fields built on first use', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  it('importing the module reads no scorecard schema\'s shape', async () => {
    const m = await fresh();
    expect([m.scorecardSchema, m.scorecardExtensionSchema, m.indicatorSchema, m.groupSchema].map(unread)).toEqual([true, true, true, true]);
  });

  it('a first parse runs every field and the refinement: duplicate groups, failBelow above the total', async () => {
    const { scorecardSchema, gov2019Scorecard } = await fresh();
    const broken = { ...gov2019Scorecard, groups: [...gov2019Scorecard.groups, gov2019Scorecard.groups[0]], thresholds: { failBelow: 1000, bonusAbove: 90 } };
    const issues = scorecardSchema.safeParse(broken).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues).toEqual([
      [`groups.${gov2019Scorecard.groups.length}.id`, 'is a duplicate group id'],
      ['thresholds.failBelow', 'is above deductionTotal'],
    ]);
    expect(scorecardSchema.safeParse(gov2019Scorecard).success).toBe(true);
  });

  it('a first JSON Schema lists every field of an extension, the patches without id and group', async () => {
    const { scorecardExtensionSchema } = await fresh();
    const json = z.toJSONSchema(scorecardExtensionSchema) as { properties: Record<string, { additionalProperties?: { properties?: object } }>; required: string[] };
    expect(Object.keys(json.properties)).toEqual(['id', 'extends', 'description', 'thresholds', 'groups', 'indicators', 'bonusIndicators', 'add']);
    expect(json.required).toEqual(['id', 'extends']);
    expect(Object.keys(json.properties.indicators?.additionalProperties?.properties ?? {})).toEqual(['name', 'points', 'max', 'measure', 'source', 'confidence', 'note']);
  });
});
