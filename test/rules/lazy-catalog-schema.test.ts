/**
 * Issue 14, params: the public catalog schemas (`catalogEntrySchema`, `catalogSchema`,
 * `indicatorParametersSchema`) build their fields on the first read of their shape. Each case
 * imports a fresh copy of the module, so the use under test is the first one: the first parse,
 * the first JSON Schema and the first read of a shape give what a later one gives.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { toJSONSchema } from 'zod';
import { counting } from '../zod-count.js';

const fresh = () => import('../../src/rules/catalog-schema.js');
const catalogNow = async () => (await import('../../src/rules/catalog.js')).catalog;

const issuesOf = (r: { error?: { issues: unknown[] } }) => r.error?.issues;

describe('catalog schemas: fields built on the first use', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  it('importing the module builds only its outer objects, unions and enums, no field', async () => {
    // What it imports, first, so that only its own schemas are counted.
    await import('../../src/calendar/schemas.js');
    await import('../../src/checks/rule.js');
    const [, made] = await counting(fresh);
    // 3 enums; the deadline parameters' union, its 2 objects and 3 extensions; the indicator
    // parameters; the entry union and its 3 objects; the catalog array; and the catalog's check.
    expect(made).toBeLessThanOrEqual(17);
  });

  it('the catalog parses, and a broken one is refused with the same issues, on the first and the second parse', async () => {
    const catalog = await catalogNow();
    const broken = catalog.map((e, i) => (i % 9 === 0 ? { ...e, id: `${e.id}!`, summary: '', parameters: i % 2 ? { unit: 'week' } : { scorecard: '' } } : e));
    const { catalogSchema } = await fresh();
    const first = z.safeParse(catalogSchema, broken);
    expect(first.success).toBe(false);
    expect(z.safeParse(catalogSchema, catalog).success).toBe(true);
    vi.resetModules();
    const again = await fresh();
    expect(z.safeParse(again.catalogSchema, catalog).success).toBe(true);
    const second = z.safeParse(again.catalogSchema, broken);
    expect(issuesOf(second)).toEqual(issuesOf(first));
    expect(issuesOf(z.safeParse(again.catalogSchema, broken))).toEqual(issuesOf(first));
  });

  it('the JSON Schema made first is the one made after a parse', async () => {
    const a = await fresh();
    const before = [toJSONSchema(a.catalogSchema, { io: 'input' }), toJSONSchema(a.indicatorParametersSchema, { io: 'output' })];
    vi.resetModules();
    const b = await fresh();
    z.safeParse(b.catalogSchema, await catalogNow());
    expect([toJSONSchema(b.catalogSchema, { io: 'input' }), toJSONSchema(b.indicatorParametersSchema, { io: 'output' })]).toEqual(before);
  });

  it('the shapes list their fields in order, the same schemas on every read, the common fields shared by the three kinds', async () => {
    const { catalogEntrySchema, indicatorParametersSchema } = await fresh();
    expect(Object.keys(indicatorParametersSchema.shape)).toEqual(['scorecard', 'part', 'level', 'group', 'points', 'max', 'measuredBy']);
    expect(indicatorParametersSchema.shape.points).toBe(indicatorParametersSchema.shape.points);
    const [deadline, check, indicator] = catalogEntrySchema._zod.def.options;
    const common = ['id', 'document', 'source', 'article', 'articleEn', 'requirement', 'summary', 'inForce', 'replaces', 'replacedBy', 'note', 'confidence', 'aliasOf', 'checkParameters'];
    for (const o of [deadline, check, indicator]) expect(Object.keys(o.shape)).toEqual([...common, 'kind', 'parameters']);
    expect(check.shape.id).toBe(deadline.shape.id);
    expect(indicator.shape.inForce).toBe(deadline.shape.inForce);
    expect(indicator.shape.parameters).toBe(indicatorParametersSchema);
    expect(z.safeParse(indicatorParametersSchema, { scorecard: 'gov-2019', part: 'bonus', level: 'group', max: 30, extra: 1 }).error?.issues.map((i) => i.code)).toEqual(['unrecognized_keys']);
  });
});
