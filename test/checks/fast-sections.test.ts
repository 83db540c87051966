/**
 * Issue 14: readSnapshot reads a snapshot's columns, probes and links by hand (zod cost more than
 * JSON.parse for them). The hand readers accept exactly what their schemas accept, the model they
 * give is the one the schema's reading gives, and a snapshot they refuse is refused with the
 * schema's own error.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnAcceptedFast, linkAcceptedFast, probeAcceptedFast, readSnapshot, restReadFast } from '../../src/checks/read.js';
import { columnSchema, linkSchema, probeSchema, snapshotSchema } from '../../src/checks/snapshot-schema.js';
import { InvalidInputError } from '../../src/index.js';
import { fcRuns } from '../fc-runs.js';
import { snap } from './helpers.js';

/** Values near every field's edges (limits, formats, types). */
const value = fc.oneof(
  fc.constant(undefined), fc.constant(null), fc.string({ maxLength: 3 }), fc.integer({ min: -2, max: 3 }), fc.double(), fc.boolean(),
  fc.constant({}), fc.constant([]), fc.constant(''), fc.constant(1.5), fc.constant(Number.MAX_SAFE_INTEGER + 1), fc.constant(Infinity),
  fc.constant('x'.repeat(256)), fc.constant('x'.repeat(257)), fc.constant('u'.repeat(2048)), fc.constant('u'.repeat(2049)),
  fc.constantFrom('news', 'notice', 'homepage', 'News', 'government', 'commercial', 'illegal', 'other', 'shop'),
  fc.constantFrom('2019-06-01', '2024-02-29', '2023-02-29', '0000-02-29', '2026-13-01', '2026-1-01', '2026-01-01T00:00:00Z', '２０２６-01-01'),
  fc.constantFrom('2026-10-09T10:00:00+08:00', '2026-10-09T10:00:00Z', '2026-10-09T10:00:00', '2026-02-30T10:00:00+08:00', '2026-10-09T10:00:00+19:00'),
);
const item = fc.oneof(fc.record({ id: value, publishedAt: value }, { requiredKeys: [] }), value);
const column = fc.oneof(
  fc.record({ id: value, name: value, category: value, level: value, openedOn: value, items: fc.oneof(value, fc.array(item, { maxLength: 3 })), extra: value }, { requiredKeys: [] }),
  fc.record({ id: fc.constant('c'), name: fc.constant('C'), category: fc.constant('news'), level: value, openedOn: value, items: fc.array(item, { maxLength: 3 }) }),
  value,
);
const probe = fc.oneof(fc.record({ at: value, ok: value, extra: value }, { requiredKeys: [] }), fc.record({ at: value, ok: fc.boolean() }), value);
const link = fc.oneof(fc.record({ url: value, kind: value, extra: value }, { requiredKeys: [] }), fc.record({ url: fc.string(), kind: value }), value);
const site = fc.oneof(
  fc.record({ id: value, name: value, kind: value, level: value, externalServices: value, department: value, extra: value }, { requiredKeys: [] }),
  fc.record({
    id: fc.constant('s'), name: fc.constant('站'), kind: fc.constantFrom('portal', 'department', 'special', 'other'), level: fc.constantFrom('city', 'county', 'township', 'province'),
    externalServices: fc.oneof(fc.boolean(), value), department: fc.oneof(fc.constant('局'), value), extra: value,
  }, { requiredKeys: ['id', 'name', 'kind', 'level'] }),
  value,
);
const factValue = fc.oneof(value, fc.constantFrom([], ['wording-error'], [{ kind: 'state-secret' }], [{}]), fc.constant({}), fc.constant({ column: true }), fc.constant({ x: 1 }));
const facts = fc.oneof(
  fc.record({
    consultationChannel: value, onlineServices: value, servicesMissingGuideElements: value, seriousProblems: factValue, siteIdentifierCode: value, securityTestPassed: value,
    openingAnnounced: value, changes: factValue, openingApproval: factValue, leaderInfo: factValue, columnRoles: factValue, manualScores: factValue, homepageNavigationOnly: value, extra: value,
  }, { requiredKeys: [] }),
  fc.record({
    consultationChannel: fc.boolean(), onlineServices: fc.boolean(), seriousProblems: fc.constantFrom([], ['harmful-content']), servicesMissingGuideElements: fc.integer({ min: -1, max: 3 }),
    siteIdentifierCode: fc.oneof(fc.constant(null), fc.constant('5106000001'), value), homepageNavigationOnly: fc.oneof(fc.boolean(), value),
  }, { requiredKeys: [] }),
  value,
);
/** The keys of an object and of the objects inside it, in order (toStrictEqual does not compare the order). */
const keyOrder = (v: unknown): unknown => (v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.entries(v).map(([k, x]) => [k, keyOrder(x)]) : Array.isArray(v) ? v.map(keyOrder) : typeof v);

const accepts = (f: () => unknown): boolean => {
  try {
    f();
    return true;
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidInputError);
    return false;
  }
};

describe('the hand readers accept exactly what the schemas accept', () => {
  it('the rest of a snapshot (schemaVersion, site, facts): what the schema outputs, keys in its order, or left to the schema', () => {
    const rest = fc.record({
      schemaVersion: fc.oneof({ weight: 4, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: value }), site, facts,
      publications: fc.oneof(fc.constant(undefined), fc.constant([])), extensions: fc.oneof(fc.constant(undefined), fc.constant({})), colour: value,
    }, { requiredKeys: ['schemaVersion', 'site'] });
    let fast = 0;
    fc.assert(fc.property(rest, (r) => {
      const read = restReadFast(r);
      const parsed = snapshotSchema.safeParse(r);
      if (read === undefined) return; // the schema reads it
      fast++;
      expect(parsed.success).toBe(true);
      const { schemaVersion, site: s, facts: f } = parsed.data as Record<string, unknown>;
      const want = { schemaVersion, site: s, facts: f };
      expect(read).toStrictEqual(want);
      expect(keyOrder(read)).toEqual(keyOrder(want));
    }), { numRuns: fcRuns(20_000) });
    expect(fast).toBeGreaterThan(0);
  });

  it('the rest of a snapshot is read by hand in the common case: a site and flags, no serious problem', () => {
    const r = { schemaVersion: 1, site: { id: 's', name: '站', kind: 'department', level: 'city', department: '局' }, facts: { consultationChannel: true, onlineServices: false, seriousProblems: [] } };
    expect(restReadFast(r)).toStrictEqual(snapshotSchema.parse(r));
    expect(restReadFast({ ...r, facts: { seriousProblems: ['wording-error'] } })).toBeUndefined();
    expect(restReadFast({ ...r, messages: [] })).toBeUndefined();
  });


  it('columns (items included)', () => {
    fc.assert(fc.property(column, (c) => {
      expect(columnAcceptedFast(c)).toBe(columnSchema.safeParse(c).success);
    }), { numRuns: fcRuns(20_000) });
  });

  it('a column\'s openedOn: the dates dateSchema accepts', () => {
    const d = (n: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((a) => a.join(''));
    const dateLike = fc
      .tuple(
        fc.oneof(d(4), fc.constantFrom('0000', '1900', '2000', '2024', '2100', '2023', '9999', '２０２６', '202')),
        fc.constantFrom('-', '/', '', '--'),
        fc.oneof(d(2), fc.constantFrom('00', '01', '02', '04', '12', '13', '1')),
        fc.constantFrom('-', ''),
        fc.oneof(d(2), fc.constantFrom('00', '28', '29', '30', '31', '32', '1')),
        fc.constantFrom('', 'T00:00:00Z', ' ', 'Z'),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.string({ maxLength: 12 })), (openedOn) => {
        const c = { id: 'c', name: 'C', category: 'news', openedOn };
        expect(columnAcceptedFast(c)).toBe(columnSchema.safeParse(c).success);
      }),
      { numRuns: fcRuns(20_000) },
    );
  });

  it('probes', () => {
    fc.assert(fc.property(probe, (p) => {
      expect(probeAcceptedFast(p)).toBe(probeSchema.safeParse(p).success);
    }), { numRuns: fcRuns(20_000) });
  });

  it('links', () => {
    fc.assert(fc.property(link, (l) => {
      expect(linkAcceptedFast(l)).toBe(linkSchema.safeParse(l).success);
    }), { numRuns: fcRuns(20_000) });
  });
});

/** The same snapshot without Object.prototype: readSnapshot then reads it all through the schema. */
const bySchema = (s: object): object => Object.assign(Object.create(null) as object, s);

describe('readSnapshot: the hand-read sections give the schema-read model and the schema-read errors', () => {
  const sections = fc.record({
    columns: fc.oneof(fc.constant(undefined), fc.array(column, { maxLength: 3 })),
    probes: fc.oneof(fc.constant(undefined), fc.array(probe, { maxLength: 3 })),
    links: fc.oneof(fc.constant(undefined), fc.array(link, { maxLength: 3 }), value),
    facts: fc.oneof(fc.constant(undefined), fc.constant({ consultationChannel: true }), fc.constant({ consultationChannel: 'yes' }), facts),
    site: fc.oneof(fc.constant(undefined), site),
  }, { requiredKeys: [] });

  it('accepts iff snapshotSchema does; the same model, or the same error', () => {
    fc.assert(
      fc.property(sections, (extra) => {
        const s = snap(extra) as object;
        const ok = accepts(() => readSnapshot(s));
        expect(ok).toBe(snapshotSchema.safeParse(s).success);
        if (ok) {
          expect(readSnapshot(s)).toEqual(readSnapshot(bySchema(s)));
        } else {
          const err = (x: object) => { try { readSnapshot(x); } catch (e) { return e as InvalidInputError; } throw new Error('accepted'); };
          const [a, b] = [err(s), err(bySchema(s))];
          expect([a.field, a.value, a.reason, a.path]).toEqual([b.field, b.value, b.reason, b.path]);
        }
      }),
      { numRuns: fcRuns(5_000) },
    );
  });

  it('a valid column, probe and link are modelled as the schema reads them', () => {
    const s = snap({
      columns: [{ id: 'c', name: '栏目', category: 'notice', level: 2, openedOn: '2024-02-29', items: [{ id: 'b', publishedAt: '2026-10-09T10:00:00Z' }, { id: 'a', publishedAt: '2026-10-09T10:00:00+08:00' }, { id: 'u' }], colour: 'red' }],
      probes: [{ at: '2026-10-09T10:00:00+08:00', ok: true }, { at: '2026-10-09T11:00:00+08:00', ok: false, ms: 3 }],
      links: [{ kind: 'commercial', url: 'https://ad.example.com', note: 'x' }],
    }) as object;
    const m = readSnapshot(s);
    expect(m).toEqual(readSnapshot(bySchema(s)));
    expect(m.columns?.[0]).toMatchObject({ level: 2, openedOn: '2024-02-29', itemCount: 3, undated: 1, openedMs: Date.parse('2024-02-29T00:00:00+08:00') });
    expect(Array.from(m.columns?.[0]?.times ?? [])).toEqual([Date.parse('2026-10-09T10:00:00+08:00'), Date.parse('2026-10-09T10:00:00Z')]);
    expect(Array.from(m.probes?.ok ?? [])).toEqual([1, 0]);
    expect(JSON.stringify(m.links)).toBe('[{"url":"https://ad.example.com","kind":"commercial"}]');
  });
});
