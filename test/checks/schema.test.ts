/**
 * The snapshot schema and the fast edge reader agree: the zod schema is the single source, and
 * the hand-written item/instant reader accepts exactly what it accepts.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { addMonthsMs, parseSnapshotInstant } from '../../src/checks/instant.js';
import { itemAcceptedFast, readSnapshot } from '../../src/checks/read.js';
import { itemSchema, instantSchema, snapshotSchema } from '../../src/checks/snapshot-schema.js';
import { checkSite, InvalidInputError } from '../../src/index.js';
import { AT, snap } from './helpers.js';
import { fcRuns } from '../fc-runs.js';
import { junk } from '../junk.js';
import { refusal } from '../refusal.js';

// Instant-like strings: mostly well-formed, with every field pushed past its range and every
// separator sometimes wrong, so both sides see plenty of near misses.
const digits = (n: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((a) => a.join(''));
const instantLike = fc
  .tuple(
    fc.oneof(digits(4), fc.constantFrom('2026', '2024', '2100', '2000', '0000', '9999', '0001')),
    fc.constantFrom('-', '/', ''),
    fc.oneof(digits(2), fc.constantFrom('01', '02', '12', '13', '00')),
    fc.constantFrom('-'),
    fc.oneof(digits(2), fc.constantFrom('28', '29', '30', '31', '00')),
    fc.constantFrom('T', 't', ' '),
    fc.oneof(digits(2), fc.constantFrom('23', '24', '00')),
    fc.constantFrom(':'),
    fc.oneof(digits(2), fc.constantFrom('59', '60')),
    fc.constantFrom(':00', ':59', ':60', '', ':5'),
    fc.constantFrom('', '.1', '.123', '.123456789', '.', '.12a'),
    fc.constantFrom('Z', 'z', '+08:00', '-05:30', '+0800', '+08', '', '+18:00', '+18:59', '+19:00', '-23:59', '+24:00', '+08:60'),
  )
  .map((parts) => parts.join(''));

describe('instants: the fast parser accepts exactly what instantSchema accepts', () => {
  it('agrees on generated near-instants', () => {
    fc.assert(
      fc.property(fc.oneof(instantLike, fc.string()), (s) => {
        expect(!Number.isNaN(parseSnapshotInstant(s))).toBe(instantSchema().safeParse(s).success);
      }),
      { numRuns: fcRuns(20_000) },
    );
  });

  it('agrees with zod iso.datetime({ offset: true }) on everything it accepts (plus range limits)', () => {
    const zodOnly = z.iso.datetime({ offset: true });
    fc.assert(
      fc.property(instantLike, (s) => {
        if (!Number.isNaN(parseSnapshotInstant(s))) expect(zodOnly.safeParse(s).success).toBe(true);
      }),
      { numRuns: fcRuns(20_000) },
    );
  });

  it('reads the instant Luxon reads', () => {
    for (const s of ['2026-10-09T10:00:00+08:00', '2026-09-29T18:00:00Z', '2024-02-29T23:59:59.999-05:30', '2026-01-01T00:00:00.5+00:00']) {
      expect(parseSnapshotInstant(s)).toBe(DateTime.fromISO(s).toMillis());
    }
    expect(parseSnapshotInstant('2026-10-09T10:00:00+08:00')).toBe(1791511200000);
  });

  it('addMonthsMs is Luxon plus({ months }) in Asia/Shanghai', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }), fc.integer({ min: -30, max: 30 }), (ms, n) => {
        expect(addMonthsMs(ms, n)).toBe(DateTime.fromMillis(ms, { zone: 'Asia/Shanghai' }).plus({ months: n }).toMillis());
      }),
      { numRuns: fcRuns(5_000) },
    );
  });
});

describe('items: the fast reader accepts exactly what itemSchema accepts', () => {
  const value = fc.oneof(
    fc.constant(undefined), fc.constant(null), fc.string(), fc.integer(), fc.boolean(), fc.constant({}), fc.constant([]),
    instantLike, fc.constant('2026-11-20T09:00:00+08:00'), fc.constant(''),
    // the id limit (SNAPSHOT_LIMITS.id = 256): both sides must agree at and past it
    fc.constant('x'.repeat(256)), fc.constant('x'.repeat(257)), fc.constant('栏'.repeat(300)),
  );
  const itemLike = fc.oneof(
    fc.record({ id: value, publishedAt: value }, { requiredKeys: [] }),
    fc.record({ id: value, publishedAt: value, title: value }, { requiredKeys: ['id'] }),
    value,
    fc.array(value, { maxLength: 2 }),
  );
  it('agrees on generated items', () => {
    fc.assert(
      fc.property(itemLike, (item) => {
        expect(itemAcceptedFast(item)).toBe(itemSchema.safeParse(item).success);
      }),
      { numRuns: fcRuns(20_000) },
    );
  });

  it('readSnapshot accepts a snapshot iff snapshotSchema does (items varied)', () => {
    fc.assert(
      fc.property(fc.array(itemLike, { maxLength: 4 }), (items) => {
        const s = snap({ columns: [{ id: 'c', name: 'C', category: 'news', items }] });
        let ours = true;
        try {
          readSnapshot(s);
        } catch (e) {
          expect(e).toBeInstanceOf(InvalidInputError);
          ours = false;
        }
        expect(ours).toBe(snapshotSchema.safeParse(s).success);
      }),
      { numRuns: fcRuns(5_000) },
    );
  });
});

describe('invalid snapshots name the JSON path and the value', () => {
  const err = (s: unknown): InvalidInputError => refusal(() => checkSite(junk(s), { at: AT }));

  it('an item with an impossible date', () => {
    const e = err(snap({ columns: [{ id: 'c', name: 'C', category: 'news', items: [{ id: 'a', publishedAt: '2026-11-20T09:00:00+08:00' }, { id: 'b', publishedAt: '2026-02-30T09:00:00+08:00' }] }] }));
    expect(e.field).toBe('snapshot.columns[0].items[1].publishedAt');
    expect(e.value).toBe('2026-02-30T09:00:00+08:00');
    expect(e.message).toContain('2026-02-30T09:00:00+08:00');
  });

  it('an instant without an offset is refused', () => {
    expect(err(snap({ probes: [{ at: '2026-11-20T09:00:00', ok: true }] })).field).toBe('snapshot.probes[0].at');
  });

  it('an unknown enum value', () => {
    const e = err(snap({ links: [{ url: 'x', kind: 'shop' }] }));
    expect(e.field).toBe('snapshot.links[0].kind');
    expect(e.value).toBe('shop');
  });

  it('wrong schemaVersion, missing site, non-object', () => {
    expect(err({ schemaVersion: 2, site: snap().site }).field).toBe('snapshot.schemaVersion');
    expect(err({ schemaVersion: 1 }).field).toBe('snapshot.site');
    expect(err('nope').field).toBe('snapshot');
  });

  it.each(['__proto__', 'constructor', 'prototype'])('rejects the key %s anywhere, even in unknown fields', (key) => {
    const text = `{"schemaVersion":1,"site":{"id":"a","name":"A","kind":"portal","level":"city"},"extra":{"deep":[{"${key}":{"polluted":true}}]}}`;
    const e = err(JSON.parse(text));
    expect(e.field).toBe(`snapshot.extra.deep[0].${key}`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects a forbidden key inside an item', () => {
    const e = err(JSON.parse('{"schemaVersion":1,"site":{"id":"a","name":"A","kind":"portal","level":"city"},"columns":[{"id":"c","name":"C","category":"news","items":[{"id":"i","__proto__":{}}]}]}'));
    expect(e.field).toBe('snapshot.columns[0].items[0].__proto__');
  });

  it('unknown fields are stripped, never merged', () => {
    const model = readSnapshot({ ...snap(), extra: 1, site: { ...snap().site, colour: 'red' } });
    expect(model.site).toEqual(snap().site);
    expect('colour' in model.site).toBe(false);
  });

  it('the checkpoint must be an instant', () => {
    expect(() => checkSite(snap(), { at: '2026-11-25' })).toThrow(/at/);
    expect(() => checkSite(snap(), { at: 'garbage' })).toThrow(InvalidInputError);
    expect(() => checkSite(snap(), { at: AT, profile: 'nope' })).toThrow(/profile/);
  });
});
