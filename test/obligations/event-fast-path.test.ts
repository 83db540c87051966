/**
 * `obligations` and `due` validate a plain event without zod when it is certainly valid (issue
 * 14), and hand anything else to `obligationEventSchema`. These tests hold the fast path to the
 * schema: for any value, the same accepted event or the same error.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { obligations } from '../../src/index.js';
import { obligationEventSchema, obligationEventsSchema, parseEvent } from '../../src/obligations/obligations.js';
import { parseInput } from '../../src/validate.js';

type Outcome = { ok: true; value: unknown } | { ok: false; error: string; name: string; path: unknown };

function outcome(run: () => unknown): Outcome {
  try {
    return { ok: true, value: run() };
  } catch (e) {
    const err = e as { message: string; name: string; path?: unknown };
    return { ok: false, error: err.message, name: err.name, path: err.path };
  }
}

/** The schema's answer, with the keys it leaves `undefined` dropped (the fast path does not write them). */
function bySchema(v: unknown): Outcome {
  const o = outcome(() => parseInput(obligationEventSchema, v, 'event'));
  return o.ok ? { ok: true, value: Object.fromEntries(Object.entries(o.value as object).filter(([, x]) => x !== undefined)) } : o;
}

const now = '2026-11-25T12:00:00+08:00';

const field = {
  id: fc.oneof(fc.constantFrom('doc-1', '', 'a'.repeat(200), 'a'.repeat(201), 'a\u0000b', 'x\u007f', 'x\ud800', '\udc00x', '中😀', 'a\tb'), fc.string(), fc.integer()),
  rule: fc.oneof(fc.constantFrom('deyang-2018/art24-policy-document', 'deyang-2018/art32-self-inspection', 'no/such-rule', '', 'r'.repeat(100), 'r'.repeat(101)), fc.integer(), fc.constant(null)),
  from: fc.oneof(fc.constantFrom('2026-09-30', '2026-09-30T10:00:00+08:00', 'junk', ''), fc.integer(), fc.constant(null), fc.constant(new Date(0))),
  quarter: fc.oneof(fc.constantFrom('2026Q3', '2026Q5', '26Q3', '2026q3'), fc.integer()),
  year: fc.oneof(fc.constantFrom(2026, 999, 1000, 9998, 9999, 2026.5, Number.NaN, Infinity), fc.constant('2026')),
  complex: fc.oneof(fc.boolean(), fc.constantFrom('yes', 0, null)),
  extended: fc.oneof(fc.boolean(), fc.constantFrom(0, 3, -1, 1.5, 2 ** 53, 2 ** 53 - 1, -0, '3')),
  issuer: fc.constantFrom('department', 'government', 'city', 1),
  doneAt: fc.oneof(fc.constantFrom('2026-10-09T10:00:00+08:00', 'x'), fc.integer(), fc.constant(null)),
  correction: fc.constantFrom(undefined, { requestedAt: '2026-10-01', correctedReceivedAt: '2026-10-05' }, 'x'),
  consultations: fc.constantFrom(undefined, [], [{ from: '2026-10-01', to: '2026-10-02' }]),
  extra: fc.constantFrom(1, 'x', undefined),
};

describe('the event fast path gives what obligationEventSchema gives', () => {
  it('for any mix of fields, valid or not: the same event or the same error', () => {
    fc.assert(
      fc.property(fc.record(field, { requiredKeys: [] }), fc.boolean(), (record, undefinedKeys) => {
        // Absent keys, or present with the value undefined.
        const event = undefinedKeys ? record : Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
        expect(outcome(() => parseEvent(event, 'event'))).toEqual(bySchema(event));
      }),
      { numRuns: 1000 },
    );
  });

  it('for a valid event with one field changed, added or removed: the same event or the same error', () => {
    const valid = [
      { id: 'a', rule: 'deyang-2018/art24-policy-document', from: '2026-09-30' },
      { id: 'b', rule: 'deyang-2018/art32-self-inspection', quarter: '2026Q3' },
      { id: 'c', rule: 'ogi-2019/art49-annual-report', year: 2026, issuer: 'government' },
      { id: 'd', rule: 'ogi-2019/art33-reply', from: '2026-09-30', extended: 5, doneAt: '2026-10-09T10:00:00+08:00' },
    ];
    const keys = Object.keys(field) as (keyof typeof field)[];
    const change = fc.constantFrom(...keys).chain((k) => fc.tuple(fc.constant(k), field[k] as fc.Arbitrary<unknown>, fc.boolean()));
    fc.assert(
      fc.property(fc.constantFrom(...valid), change, (base, [key, value, remove]) => {
        const event: Record<string, unknown> = { ...base, [key]: value };
        if (remove) delete event[key];
        expect(outcome(() => parseEvent(event, 'event'))).toEqual(bySchema(event));
      }),
      { numRuns: 1500 },
    );
  });

  it('accepts the plain events the schema accepts, as the schema outputs them', () => {
    for (const event of [
      { id: 'a', rule: 'deyang-2018/art24-policy-document', from: '2026-09-30' },
      { id: 'b', rule: 'deyang-2018/art32-self-inspection', quarter: '2026Q3' },
      { id: 'c', rule: 'ogi-2019/art49-annual-report', year: 2026, issuer: 'government' },
      { id: 'd', rule: 'ogi-2019/art33-reply', from: '2026-09-30', extended: 5, doneAt: '2026-10-09T10:00:00+08:00' },
      { id: 'e', rule: 'deyang-2018/art25-opinion-feedback', from: '2026-09-30', complex: true, extended: false },
    ]) {
      expect(outcome(() => parseEvent(event, 'event'))).toEqual(bySchema(event));
      expect(parseEvent(event, 'event')).toEqual(event);
    }
  });

  it('refuses what only a schema sees: a key that is not enumerable, a prototype other than Object’s', () => {
    const hidden = { id: 'a', rule: 'deyang-2018/art32-self-inspection', quarter: '2026Q3' };
    Object.defineProperty(hidden, 'from', { value: '2026-09-30', enumerable: false });
    const r = bySchema(hidden);
    expect(r.ok).toBe(false); // the schema reads `from` too: two of from, quarter, year
    expect(outcome(() => parseEvent(hidden, 'event'))).toEqual(r);
    const inherited = Object.assign(Object.create({ from: '2026-09-30' }) as object, { id: 'a', rule: 'deyang-2018/art32-self-inspection', quarter: '2026Q3' });
    expect(outcome(() => parseEvent(inherited, 'event'))).toEqual(bySchema(inherited));
  });

  it('a getter is read once, and a trap that throws is the schema’s error', () => {
    let reads = 0;
    const getter = { id: 'a', rule: 'deyang-2018/art24-policy-document', get from() {
      reads++;
      return '2026-09-30';
    } };
    expect(parseEvent(getter, 'event')).toEqual({ id: 'a', rule: 'deyang-2018/art24-policy-document', from: '2026-09-30' });
    expect(reads).toBe(1);
    const trap = new Proxy({ id: 'a', rule: 'deyang-2018/art24-policy-document', from: '2026-09-30' }, { get() {
      throw new Error('boom');
    } });
    const r = outcome(() => parseEvent(trap, 'event'));
    expect(r).toMatchObject({ ok: false, name: 'InvalidInputError' });
    expect(r).toEqual(bySchema(trap));
  });
});

describe('obligations(): a list through the fast path fails as the schema fails', () => {
  const ok = (i: number) => ({ id: `e${i}`, rule: 'deyang-2018/art24-policy-document', from: '2026-11-20' });
  const cases: [string, unknown][] = [
    ['an id used twice', [ok(0), ok(1), ok(0)]],
    ['an invalid event after valid ones', [ok(0), ok(1), { id: 'x', rule: 'deyang-2018/art24-policy-document' }]],
    ['an invalid event, then an id used twice', [ok(0), { id: 'x', rule: 1, from: '2026-11-20' }, ok(0)]],
    ['an id used twice, then an invalid event', [ok(0), ok(0), { id: 'x', rule: 1, from: '2026-11-20' }]],
    ['a hole', [ok(0), undefined, ok(2)]],
    ['not a list', { 0: ok(0), length: 1 }],
  ];
  for (const [name, events] of cases) {
    it(name, () => {
      const schema = outcome(() => parseInput(obligationEventsSchema, events, 'events'));
      expect(schema.ok).toBe(false);
      expect(outcome(() => obligations(events as never, { now }))).toEqual(schema);
    });
  }

  it('a list of valid events gives the obligations the schema’s events give', () => {
    const events = Array.from({ length: 30 }, (_, i) => ok(i));
    const viaSchema = parseInput(obligationEventsSchema, events, 'events');
    expect(obligations(events as never, { now })).toEqual(obligations(viaSchema as never, { now }));
  });
});
