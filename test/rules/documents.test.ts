/**
 * Document keys live only in DOCUMENTS: the catalog schema's `document` enum, its id pattern and
 * ruleById's refusal are derived from it, and no other source file lists the keys.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogEntrySchema, DOCUMENTS, ruleById } from '../../src/index.js';
import { refusal } from '../refusal.js';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));

describe('document keys', () => {
  it('the schema takes its document enum and id prefixes from DOCUMENTS', () => {
    const keys = Object.keys(DOCUMENTS);
    const entry = JSON.parse(JSON.stringify(ruleById('deyang-2018/art24-policy-document'))) as Record<string, unknown>;
    for (const key of keys) {
      expect(catalogEntrySchema.safeParse({ ...entry, document: key, id: `${key}/x` }).success, key).toBe(true);
    }
    expect(catalogEntrySchema.safeParse({ ...entry, document: 'annual-2019', id: 'annual-2019/x' }).success).toBe(false);
    expect(refusal(() => ruleById('nope/x')).reason).toBe(`is not a rule id; known ids start with ${keys.slice(0, -1).map((k) => `${k}/`).join(', ')} or ${keys.at(-1)}/ (see gov-site-rules rules)`);
  });

  it('no source file but src/rules/documents.ts lists the keys', () => {
    const listing = /deyang-2018['"]?\s*[,|]\s*['"]?census['"]?\s*[,|]\s*['"]?ogi-2019/;
    const offenders = files('src').filter((f) => !f.endsWith(join('rules', 'documents.ts')) && listing.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
