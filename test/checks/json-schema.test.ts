/**
 * docs/snapshot.schema.json is generated from the zod schema (`npm run docs:schema`); this fails
 * when it is stale.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { snapshotSchema } from '../../src/index.js';
// @ts-expect-error -- a plain .mjs script without types
import { snapshotJsonSchema } from '../../scripts/gen-json-schema.mjs';

const onDisk = readFileSync(new URL('../../docs/snapshot.schema.json', import.meta.url), 'utf8');

describe('docs/snapshot.schema.json', () => {
  it('is what the script generates from the built schema (run `npm run docs:schema` if this fails)', () => {
    expect(onDisk).toBe(snapshotJsonSchema());
  });
  it('is what the source schema generates', () => {
    expect(onDisk).toBe(`${JSON.stringify(z.toJSONSchema(snapshotSchema, { target: 'draft-2020-12', io: 'input' }), null, 2)}\n`);
  });
  it('carries the contract field names', () => {
    const schema = JSON.parse(onDisk);
    expect(Object.keys(schema.properties)).toEqual(['schemaVersion', 'site', 'columns', 'publications', 'messages', 'incidents', 'outages', 'probes', 'links', 'reports', 'facts', 'extensions', 'accounts']);
    expect(schema.required).toEqual(['schemaVersion', 'site']);
    expect(schema.properties.columns.items.properties.items.items.properties.publishedAt).toBeDefined();
  });

  /** Every property of every object, with its JSON path: `site.kind`, `columns[].items[].publishedAt` … */
  function properties(node: unknown, path: string, out: [string, Record<string, unknown>][] = []): [string, Record<string, unknown>][] {
    if (node === null || typeof node !== 'object') return out;
    const n = node as Record<string, unknown>;
    for (const [k, v] of Object.entries((n.properties ?? {}) as Record<string, Record<string, unknown>>)) {
      const p = path ? `${path}.${k}` : k;
      out.push([p, v]);
      properties(v, p, out);
    }
    if (n.items) properties(n.items, `${path}[]`, out);
    for (const alt of [...((n.anyOf ?? []) as unknown[]), ...((n.oneOf ?? []) as unknown[])]) properties(alt, path, out);
    return out;
  }

  it('describes every field of every object, in Chinese and English (中文 / English)', () => {
    const schema = JSON.parse(onDisk);
    const all = properties(schema, '');
    expect(all.length).toBeGreaterThan(60);
    const undescribed = all.filter(([, v]) => typeof v.description !== 'string' || v.description.length < 10).map(([p]) => p);
    expect(undescribed).toEqual([]);
    const notBilingual = all.filter(([, v]) => !/[\u4e00-\u9fff]/.test(String(v.description)) || !/ \/ [A-Z]/.test(String(v.description))).map(([p]) => p);
    expect(notBilingual).toEqual([]);
    expect(schema.description).toMatch(/[\u4e00-\u9fff].* \/ What/);
  });

  it('says what the checks do when a section that can be absent is absent', () => {
    const schema = JSON.parse(onDisk);
    for (const key of ['columns', 'publications', 'messages', 'incidents', 'outages', 'probes', 'links', 'reports']) {
      expect(schema.properties[key].description, key).toMatch(/needs? input|not applicable/);
    }
  });
});
