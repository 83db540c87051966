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
    expect(Object.keys(schema.properties)).toEqual(['schemaVersion', 'site', 'columns', 'publications', 'messages', 'incidents', 'outages', 'probes', 'links', 'reports', 'facts']);
    expect(schema.required).toEqual(['schemaVersion', 'site']);
    expect(schema.properties.columns.items.properties.items.items.properties.publishedAt).toBeDefined();
  });
});
