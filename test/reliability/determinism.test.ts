/**
 * Determinism and immutability of the public API: the same input gives byte-identical JSON; no
 * input is mutated (inputs are deep-frozen before the call, and compared with a clone after);
 * every exported constant (catalog, profiles, calendars, errata …) is frozen all the way down.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { junk } from '../junk.js';

const AT = '2026-11-25T12:00:00+08:00';
const example = () => JSON.parse(readFileSync('examples/deyang-portal.json', 'utf8')) as Record<string, unknown>;

function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}

/** Every object reachable from `v` is frozen (zod schemas and functions excepted: they are code, not data). */
function expectDeepFrozen(v: unknown, path: string, seen = new Set<unknown>()): void {
  if (v === null || typeof v !== 'object' || seen.has(v)) return;
  if ('_zod' in (v as object)) return;
  seen.add(v);
  if (!Object.isFrozen(v)) throw new Error(`${path} is not frozen`);
  for (const [k, x] of Object.entries(v)) expectDeepFrozen(x, `${path}.${k}`, seen);
}

const events: lib.ObligationEvent[] = [
  { id: 'doc-1', rule: 'deyang-2018/art24-policy-document', from: '2026-09-30', doneAt: '2026-10-10T23:59:59.999+08:00' },
  { id: 'doc-2', rule: 'deyang-2018/art24-policy-document', from: '2026-10-08' },
  { id: 'info-1', rule: 'deyang-2018/art24-proactive', from: '2026-12-10' },
  { id: 'q-1', rule: 'deyang-2018/art32-self-inspection', quarter: '2026Q3' },
];
/** A valid input for each deadline rule. */
function inputFor(e: lib.CatalogEntry): Record<string, unknown> {
  const p = e.parameters as { unit: string; input?: string };
  if (e.id.startsWith('ogi-2008')) return { from: '2018-09-30' };
  if (p.unit === 'fixed') return p.input === 'quarter' ? { quarter: '2026Q3' } : { year: 2025 };
  return { from: '2026-09-30T10:00:00+08:00' };
}
const obligationOptions = { now: '2026-10-12T09:00:00+08:00', provisional: true };

describe('determinism: same input, byte-identical output', () => {
  it.each([
    ['checkSite', () => JSON.stringify(lib.checkSite(junk(example()), { at: AT }))],
    ['checkSites', () => JSON.stringify([...lib.checkSites(junk([example(), example()]), { at: AT, profile: 'census' })])],
    ['checkInventory', () => JSON.stringify(lib.checkInventory([example()]))],
    ['obligations', () => JSON.stringify(lib.obligations(events, obligationOptions))],
    ['toICalendar', () => lib.toICalendar(lib.obligations(events, obligationOptions), { calendarName: 'x', includeDone: true })],
    ['deadline', () => JSON.stringify(lib.catalog.filter((e) => e.kind === 'deadline').map((e) => lib.deadline(junk(e.id), junk(inputFor(e)))))],
    ['requestReplyDeadline', () => JSON.stringify(lib.requestReplyDeadline({ receivedAt: '2026-09-30', consultations: [{ from: '2026-10-12', to: '2026-10-14' }], extended: 5 }))],
  ])('%s', (_name, run) => {
    const first = run();
    for (let i = 0; i < 3; i++) expect(run()).toBe(first);
  });
});

describe('inputs are never mutated', () => {
  it('checkSite, checkSites and checkInventory on a deep-frozen snapshot (and a clone compared after)', () => {
    const s = example();
    const before = structuredClone(s);
    deepFreeze(s);
    lib.checkSite(junk(s), { at: AT });
    [...lib.checkSites(junk([s]), { at: AT })];
    lib.checkInventory([s]);
    expect(s).toEqual(before);
  });

  it('deadline, requestReplyDeadline, assess, obligations and toICalendar on deep-frozen inputs', () => {
    const input = deepFreeze({ from: new Date('2026-09-29T18:00:00Z') });
    const d = lib.deadline('deyang-2018/art24-policy-document', input, deepFreeze({ provisional: true }));
    expect(input.from.toISOString()).toBe('2026-09-29T18:00:00.000Z');
    const timeline = deepFreeze({ receivedAt: '2026-09-30', consultations: [{ from: '2026-10-14', to: '2026-10-12' }, { from: '2026-10-01', to: '2026-10-02' }].slice(1) });
    const before = structuredClone(timeline);
    lib.requestReplyDeadline(timeline);
    expect(timeline).toEqual(before);
    lib.assess(deepFreeze(structuredClone(d)), deepFreeze({ now: AT }));
    const ev = deepFreeze(structuredClone(events));
    const o = lib.obligations(ev, deepFreeze({ ...obligationOptions }));
    expect(ev).toEqual(events);
    lib.toICalendar(o, deepFreeze({ calendarName: 'x' }));
  });

  it('withYear and provisional leave their input as it was', () => {
    const cal = lib.defaultCalendar.provisional(deepFreeze({ through: 2030 }));
    expect(cal.coverage.end).toBe('2030-12-31');
  });
});

describe('exported data is frozen all the way down', () => {
  it.each([
    ['catalog', lib.catalog],
    ['DOCUMENTS', lib.DOCUMENTS],
    ['PROFILES', lib.PROFILES],
    ['deyang2018Profile', lib.deyang2018Profile],
    ['censusProfile', lib.censusProfile],
    ['defaultCalendar', lib.defaultCalendar],
    ['defaultCalendar.provisional()', lib.defaultCalendar.provisional({ through: 2035 })],
    ['ERRATA', lib.ERRATA],
    ['OPEN_STATES', lib.OPEN_STATES],
    ['SNAPSHOT_LIMITS', lib.SNAPSHOT_LIMITS],
    ['builtinRules', lib.builtinRules],
  ] as const)('%s', (name, value) => {
    expectDeepFrozen(value, name);
  });

  it('results are frozen too: a deadline, an obligations result', () => {
    expectDeepFrozen(lib.policyDocumentDeadline({ from: '2026-09-30' }), 'deadline');
    expectDeepFrozen(lib.obligations(events, obligationOptions), 'obligations');
  });
});
