#!/usr/bin/env node
// `npm run docs:schema`: writes docs/snapshot.schema.json from the zod schema (the single source),
// via zod 4's z.toJSONSchema, against the built dist/. test/checks/json-schema.test.ts fails when
// the file is stale.
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { snapshotSchema } from '../dist/index.js';

export function snapshotJsonSchema(schema = snapshotSchema) {
  return `${JSON.stringify(z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }), null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(new URL('../docs/snapshot.schema.json', import.meta.url), snapshotJsonSchema());
  console.log('wrote docs/snapshot.schema.json');
}
