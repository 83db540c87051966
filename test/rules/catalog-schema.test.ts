/**
 * The catalog schema refuses each malformed entry, at the field that is wrong. Entries are built
 * from real catalog entries with one field broken at a time.
 */
import { describe, expect, it } from 'vitest';
import { catalog, catalogEntrySchema, catalogSchema, ruleById } from '../../src/index.js';
import { deadlineInputKindSchema, deadlineParametersSchema, periodUnitSchema, ruleKindSchema } from '../../src/rules/catalog-schema.js';

type Plain = Record<string, unknown>;
const plain = (id: string): Plain => JSON.parse(JSON.stringify(ruleById(id))) as Plain;
const params = (id: string): Plain => plain(id).parameters as Plain;

/** The issues of a failed parse, as `path: message`. */
function issues(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, v: unknown): string[] {
  const r = schema.safeParse(v);
  expect(r.success).toBe(false);
  return (r.error?.issues ?? []).map((i) => `${i.path.map(String).join('.')}: ${i.message}`);
}

const WORKDAY = 'deyang-2018/art24-policy-document';
const DAY = 'deyang-2018/art15-migration-notice';
const HOUR = 'deyang-2018/art24-activity';
const ANNUAL = 'ogi-2019/art49-annual-report';
const CHECK = catalog.find((e) => e.kind === 'check')!.id;

describe('the enums', () => {
  it('rule kinds are exactly deadline, check and indicator', () => {
    expect(ruleKindSchema.options).toEqual(['deadline', 'check', 'indicator']);
    expect(ruleKindSchema.safeParse('deadline').success).toBe(true);
    expect(ruleKindSchema.safeParse('check').success).toBe(true);
    expect(ruleKindSchema.safeParse('').success).toBe(false);
  });

  it('period units are exactly workday, hour, day and fixed', () => {
    expect(periodUnitSchema.options).toEqual(['workday', 'hour', 'day', 'fixed']);
    for (const u of ['workday', 'hour', 'day', 'fixed']) expect(periodUnitSchema.safeParse(u).success, u).toBe(true);
    expect(periodUnitSchema.safeParse('').success).toBe(false);
  });

  it('deadline input kinds are exactly date, instant, quarter and year', () => {
    expect(deadlineInputKindSchema.options).toEqual(['date', 'instant', 'quarter', 'year']);
    for (const k of ['date', 'instant', 'quarter', 'year']) expect(deadlineInputKindSchema.safeParse(k).success, k).toBe(true);
    expect(deadlineInputKindSchema.safeParse('').success).toBe(false);
  });
});

describe('deadline parameters', () => {
  it('accept every unit the catalog uses', () => {
    for (const id of [WORKDAY, DAY, HOUR, ANNUAL]) expect(deadlineParametersSchema.safeParse(params(id)).success, id).toBe(true);
  });

  it('a counted period runs from a date or an instant (an hour period only from an instant)', () => {
    expect(deadlineParametersSchema.safeParse({ ...params(WORKDAY), input: 'date' }).success).toBe(true);
    expect(deadlineParametersSchema.safeParse({ ...params(WORKDAY), input: 'instant' }).success).toBe(true);
    expect(deadlineParametersSchema.safeParse({ ...params(DAY), input: 'instant' }).success).toBe(true);
    expect(issues(deadlineParametersSchema, { ...params(WORKDAY), input: 'quarter' })).toEqual([expect.stringMatching(/^input: /)]);
    expect(issues(deadlineParametersSchema, { ...params(HOUR), input: 'date' })).toEqual([expect.stringMatching(/^input: /)]);
  });

  it('are told apart by unit, and an unknown unit is refused at unit', () => {
    expect(issues(deadlineParametersSchema, { ...params(WORKDAY), unit: 'week' })).toEqual([expect.stringMatching(/^unit: /)]);
    // A counted parameter (amount) is not allowed on a fixed date, and month/day not on a count.
    expect(deadlineParametersSchema.safeParse({ ...params(ANNUAL), amount: 3 }).success).toBe(false);
    expect(deadlineParametersSchema.safeParse({ ...params(WORKDAY), month: 1, day: 31 }).success).toBe(false);
  });

  it('a government date is a month 1-12 and a day 1-31', () => {
    const p = params(ANNUAL);
    for (const day of [1, 15, 31]) expect(deadlineParametersSchema.safeParse({ ...p, government: { month: 3, day } }).success, String(day)).toBe(true);
    expect(issues(deadlineParametersSchema, { ...p, government: { month: 3, day: 0 } })).toEqual([expect.stringMatching(/^government\.day: /)]);
    expect(issues(deadlineParametersSchema, { ...p, government: { month: 3, day: 32 } })).toEqual([expect.stringMatching(/^government\.day: /)]);
    expect(issues(deadlineParametersSchema, { ...p, government: { month: 13, day: 1 } })).toEqual([expect.stringMatching(/^government\.month: /)]);
  });
});

describe('catalog entries', () => {
  it('a deadline entry, a check entry and a fixed-date entry parse', () => {
    for (const id of [WORKDAY, HOUR, ANNUAL, CHECK]) expect(catalogEntrySchema.safeParse(plain(id)).success, id).toBe(true);
  });

  it('are told apart by kind: deadline parameters on a check, or an unknown kind, are refused', () => {
    expect(issues(catalogEntrySchema, { ...plain(WORKDAY), kind: 'rule' })).toEqual([expect.stringMatching(/^kind: /)]);
    expect(catalogEntrySchema.safeParse({ ...plain(WORKDAY), kind: 'check' }).success).toBe(false);
    expect(catalogEntrySchema.safeParse({ ...plain(CHECK), kind: 'deadline' }).success).toBe(false);
  });

  it('refuse an unknown field', () => {
    expect(catalogEntrySchema.safeParse({ ...plain(WORKDAY), extra: 1 }).success).toBe(false);
    expect(catalogEntrySchema.safeParse({ ...plain(CHECK), extra: 1 }).success).toBe(false);
  });

  it('an id is a known document, a slash and a lowercase slug — nothing before or after', () => {
    for (const id of ['deyang-2018/a', 'census/x-1', 'ogi-2019/art33-reply', 'ogi-2008/art24-reply', 'gov-2019/veto-columns-stale.a', 'nm-2019/veto-content-stale', 'gov-2019/publish/policy-docs']) {
      expect(catalogEntrySchema.safeParse({ ...plain(WORKDAY), id }).success, id).toBe(true);
    }
    for (const id of ['x-deyang-2018/art24', 'see deyang-2018/art24', 'deyang-2018/art24 ', 'deyang-2018/art24/x', 'deyang-2018/art24.', 'other/art24', 'gov-2019/a/b/c']) {
      expect(issues(catalogEntrySchema, { ...plain(WORKDAY), id }), id).toEqual([expect.stringMatching(/^id: /)]);
    }
  });
});

describe('the whole catalog', () => {
  it('names a duplicate id at the second occurrence', () => {
    const a = plain(WORKDAY);
    expect(issues(catalogSchema, [plain(DAY), a, plain(HOUR), a])).toEqual(['3.id: is a duplicate id']);
  });

  it('names an entry whose document does not match its id', () => {
    expect(issues(catalogSchema, [plain(DAY), { ...plain(WORKDAY), document: 'census' }])).toEqual(['1.document: does not match the id']);
    expect(issues(catalogSchema, [{ ...plain(WORKDAY), id: 'ogi-2019/art24-policy-document' }])).toEqual(['0.document: does not match the id']);
  });

  it('reports both problems of one entry', () => {
    const a = plain(WORKDAY);
    expect(issues(catalogSchema, [a, { ...a, document: 'census' }])).toEqual(['1.id: is a duplicate id', '1.document: does not match the id']);
  });
});

describe('catalog parameters', () => {
  it('nested parameter objects are frozen; scalars stay scalars', () => {
    for (const e of catalog) {
      for (const [k, v] of Object.entries(e.parameters)) {
        if (v !== null && typeof v === 'object') expect(Object.isFrozen(v), `${e.id} ${k}`).toBe(true);
        else expect(['number', 'string', 'boolean'], `${e.id} ${k}`).toContain(typeof v);
      }
    }
    expect(ruleById(ANNUAL).parameters).toMatchObject({ unit: 'fixed', input: 'year', government: { month: 3, day: 31 } });
  });
});
