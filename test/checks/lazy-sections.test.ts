/**
 * Issue 14, coldstart2: the snapshot's section schemas (`itemSchema`, `columnSchema`, … and
 * `snapshotSchema` itself) build their fields on the first read of their shape, not at import
 * (src/lazy-shape.ts). Each case imports a fresh copy of the module, so the use under test is the
 * first one: nothing is read at import, and the first use through each public path — a parse, a
 * JSON Schema, composition in a user's own schema, `instanceof` — sees the whole schema.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as zm from 'zod/mini';
import { z } from 'zod';

const fresh = () => import('../../src/checks/snapshot-schema.js');
const SITE = { id: 'dy-edu', name: '德阳市教育局', kind: 'department', level: 'city' };
const SNAPSHOT = { schemaVersion: 1, site: SITE, columns: [{ id: 'c1', name: '工作动态', category: 'news', items: [{ id: 'i1', publishedAt: '2026-10-09T10:00:00+08:00' }] }] };

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

describe('the snapshot section schemas: fields built on first use', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  it('importing the module reads no object schema\'s shape', async () => {
    const m = await fresh();
    const objects = [m.snapshotSchema, m.itemSchema, m.columnSchema, m.reviewSchema, m.publicationSchema, m.messageSchema, m.incidentSchema, m.outageSchema, m.probeSchema, m.linkSchema, m.reportSchema, m.changeSchema, m.openingApprovalSchema, m.factsSchema, m.accountPostSchema, m.accountSchema, m.siteSchema];
    expect(objects.filter((s) => !unread(s))).toEqual([]);
  });

  it('first use by a parse: the same issues on the first and the second parse', async () => {
    const { columnSchema } = await fresh();
    const broken = { id: '', name: 'x', category: 'blog', items: [{ id: 'i1', publishedAt: 'yesterday' }] };
    const first = zm.safeParse(columnSchema, broken);
    expect(first.error?.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['id', 'too_small'],
      ['category', 'invalid_value'],
      ['items.0.publishedAt', 'invalid_format'],
      ['items.0.publishedAt', 'custom'], // the instant's own refinement, as zod runs checks after a failed format
    ]);
    expect(zm.safeParse(columnSchema, broken).error?.issues).toEqual(first.error?.issues);
    expect(unread(columnSchema)).toBe(false);
  });

  it('first use in a JSON Schema: the description and every field are there', async () => {
    const { itemSchema } = await fresh();
    const json = z.toJSONSchema(itemSchema, { io: 'input' }) as { description: string; properties: Record<string, { description?: string }>; required: string[] };
    expect(json.description).toBe('栏目中的一条信息（CMS 文章） / One item of a column (a CMS article).');
    expect(Object.keys(json.properties)).toEqual(['id', 'publishedAt']);
    expect(json.properties.id?.description).toBe('条目编号（CMS 文章 ID） / The item id (the CMS article id).');
    expect(json.required).toEqual(['id']);
  });

  it('first use inside a user\'s own object schema (zod classic and zod/mini)', async () => {
    const { snapshotSchema } = await fresh();
    const classic = z.object({ snapshot: snapshotSchema as unknown as z.ZodType, note: z.string() });
    expect(classic.parse({ snapshot: SNAPSHOT, note: 'n' }).snapshot).toEqual(SNAPSHOT);
    expect(classic.safeParse({ snapshot: { ...SNAPSHOT, site: { ...SITE, level: 'galaxy' } }, note: 'n' }).error?.issues[0]?.path).toEqual(['snapshot', 'site', 'level']);
    vi.resetModules();
    const again = await fresh();
    const mini = zm.object({ sites: zm.array(again.siteSchema) });
    expect(zm.safeParse(mini, { sites: [SITE, { ...SITE, kind: 1 }] }).error?.issues.map((i) => i.path.join('.'))).toEqual(['sites.1.kind']);
  });

  it('first use by instanceof and .shape', async () => {
    const { linkSchema, probeSchema } = await fresh();
    expect(linkSchema instanceof zm.ZodMiniObject).toBe(true);
    expect(probeSchema instanceof z.ZodType).toBe(false); // a zod/mini schema, as before
    expect(unread(linkSchema)).toBe(true);
    expect(linkSchema.shape.kind.options).toEqual(['government', 'commercial', 'illegal', 'other']);
    expect(Object.keys(probeSchema.shape)).toEqual(['at', 'ok']);
  });
});
