/**
 * Issue 14, lazyschemas: `snapshotSchema`'s own fields are built on the first read of its shape
 * (zod reads an object's shape through getters, once), not at import. Each case imports a fresh
 * copy of the module, so the read under test is the first one: a broken snapshot is refused with
 * the same issues on the first and the second parse, the JSON Schema made before any parse is
 * docs/snapshot.schema.json, and the shape holds the same field schemas on every read.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

const fresh = async () => (await import('../../src/checks/snapshot-schema.js')).snapshotSchema;
const SITE = { id: 'dy-edu', name: '德阳市教育局', kind: 'department', level: 'city' };

describe('snapshotSchema: fields built on the first read of its shape', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  it('a broken snapshot is refused with the same issues on the first and the second parse', async () => {
    const schema = await fresh();
    const broken = { schemaVersion: 2, site: { ...SITE, kind: 'blog' }, columns: 'none', accounts: [{}] };
    const first = z.safeParse(schema, broken);
    const second = z.safeParse(schema, broken);
    expect(first.success).toBe(false);
    expect(first.error?.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['schemaVersion', 'invalid_value'],
      ['site.kind', 'invalid_value'],
      ['columns', 'invalid_type'],
      ['accounts.0.id', 'invalid_type'],
      ['accounts.0.name', 'invalid_type'],
      ['accounts.0.platform', 'invalid_value'],
      ['accounts.0.posts', 'invalid_type'],
      ['accounts.0.interactionAvailable', 'invalid_type'],
    ]);
    expect(second.error?.issues).toEqual(first.error?.issues);
    expect(z.safeParse(schema, { schemaVersion: 1, site: SITE }).success).toBe(true);
  });

  it('the JSON Schema made before any parse is docs/snapshot.schema.json', async () => {
    const schema = await fresh();
    const onDisk = readFileSync(new URL('../../docs/snapshot.schema.json', import.meta.url), 'utf8');
    expect(`${JSON.stringify(z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }), null, 2)}\n`).toBe(onDisk);
  });

  it('the shape lists the fields in order and holds the same schemas on every read', async () => {
    const schema = await fresh();
    const shape = schema._zod.def.shape;
    expect(Object.keys(shape)).toEqual(['schemaVersion', 'site', 'columns', 'publications', 'messages', 'incidents', 'outages', 'probes', 'links', 'reports', 'facts', 'extensions', 'accounts']);
    for (const k of Object.keys(shape) as (keyof typeof shape)[]) expect(schema._zod.def.shape[k], k).toBe(shape[k]);
  });

  it('a copy made before the first read (.check, as a user may) holds the same field schemas, built once', async () => {
    const schema = await fresh();
    const copy = schema.check(z.refine(() => true));
    const columns = copy._zod.def.shape.columns;
    expect(schema._zod.def.shape.columns).toBe(columns);
    expect(schema._zod.def.shape.accounts).toBe(copy._zod.def.shape.accounts);
  });
});
