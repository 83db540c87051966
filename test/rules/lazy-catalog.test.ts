/**
 * Issue 14, params: the catalog's `checkParameters` (and a check entry's `parameters`, the
 * defaults among them) are read from the check's params schema on the entry's first read of
 * them, not at import. Each case imports fresh copies of the modules, so the read under test is
 * the first one: the entry reads, spreads, serialises and compares as the plain frozen object it
 * was, with its keys in the same order, whatever field is read first.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import 'zod/mini'; // zod's global config, where the counting hook goes
import { counting } from '../zod-count.js';

type Entry = Record<string, unknown>;
const fresh = async () => (await import('../../src/rules/catalog.js')).catalog as unknown as readonly Entry[];
const byId = (catalog: readonly Entry[], id: string) => catalog.find((e) => e.id === id) as Entry;

// Written out from the entry's text (src/rules/catalog-national-checks.ts) and the census figures.
const SITE_UNREACHABLE_KEYS = ['id', 'aliasOf', 'kind', 'article', 'articleEn', 'requirement', 'summary', 'document', 'source', 'inForce', 'parameters', 'checkParameters'];
const SITE_UNREACHABLE_PARAMETERS = { window: { days: 7 }, failRatio: 0.05, minProbes: 140, minProbesPerDay: 20, minDays: 7 };
// The written fields of deyang-2018/art24-policy-document, then the derived ones; the period (3 working days) is its check's parameter.
const POLICY_DOCUMENT_KEYS = ['id', 'kind', 'article', 'articleEn', 'requirement', 'summary', 'parameters', 'document', 'source', 'inForce', 'checkParameters'];

describe('catalog entries: check parameters read on the first read', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  it('importing the catalog and reading every entry’s written fields builds no schema', async () => {
    const [catalog, atImport] = await counting(fresh);
    const [, reading] = await counting(async () => catalog.map((e) => [e.id, e.kind, e.document, e.article, e.kind === 'deadline' ? e.parameters : undefined]));
    expect(reading).toBe(0);
    // The params module makes one object per check schema; the catalog adds none (its entries' parameters are not read yet).
    const [, paramsAlone] = await counting(async () => {
      vi.resetModules();
      return import('../../src/checks/params.js');
    });
    expect(atImport).toBeLessThanOrEqual(paramsAlone);
    const [, first] = await counting(async () => byId(catalog, 'census/site-unreachable').checkParameters);
    expect(first).toBeGreaterThan(0);
  });

  it('a check entry read whole first (JSON, spread, keys) is the entry read field by field', async () => {
    const a = byId(await fresh(), 'census/site-unreachable');
    const json = JSON.parse(JSON.stringify(a)) as Entry;
    expect(Object.keys(json)).toEqual(SITE_UNREACHABLE_KEYS);
    expect(json.parameters).toEqual(SITE_UNREACHABLE_PARAMETERS);
    vi.resetModules();
    const b = byId(await fresh(), 'census/site-unreachable');
    const parameters = b.parameters;
    expect(parameters).toEqual(SITE_UNREACHABLE_PARAMETERS);
    expect(Object.keys(b)).toEqual(SITE_UNREACHABLE_KEYS);
    expect({ ...b }).toEqual(json);
    expect(b).toEqual(json);
    expect(structuredClone(b)).toEqual(json);
    expect(Object.entries(b).map(([k]) => k)).toEqual(SITE_UNREACHABLE_KEYS);
  });

  it('checkParameters first, then parameters: the defaults of the listed parameters, the same objects on every read, frozen', async () => {
    const e = byId(await fresh(), 'census/site-unreachable');
    const listed = e.checkParameters as Record<string, { default?: unknown; description: string }>;
    expect(Object.keys(listed)).toEqual(['window', 'failRatio', 'minProbes', 'minProbesPerDay', 'minDays']);
    expect(listed.minProbes).toEqual({ default: 140, description: 'Fewer probes in the window cannot decide (the census samples 20+ times a day for a week).' });
    expect(e.checkParameters).toBe(listed);
    const parameters = e.parameters;
    expect(e.parameters).toBe(parameters);
    expect(parameters).toEqual(SITE_UNREACHABLE_PARAMETERS);
    for (const v of [e, listed, parameters, listed.window, (listed.window as { default: object }).default]) expect(Object.isFrozen(v)).toBe(true);
    expect(() => {
      (e as { parameters: unknown }).parameters = {};
    }).toThrow(TypeError);
    expect(e.parameters).toBe(parameters);
  });

  it('a deadline entry a check runs lists its period, in its place after the written fields', async () => {
    const e = byId(await fresh(), 'deyang-2018/art24-policy-document');
    expect(Object.keys(e)).toEqual(POLICY_DOCUMENT_KEYS);
    expect(e.checkParameters).toEqual({ amount: { default: 3, description: 'The period, in working days after the event (the measures: 3).' } });
    expect(e.checkParameters).toBe(e.checkParameters);
    expect(Object.isFrozen(e.checkParameters)).toBe(true);
    // A deadline no check runs has none.
    expect(Object.keys(byId(await fresh(), 'ogi-2019/art33-reply'))).not.toContain('checkParameters');
  });

  it('a check entry with parameters of its own (no params schema) keeps them as written', async () => {
    const e = byId(await fresh(), 'deyang-2018/art10-consolidation');
    expect(e.parameters).toEqual({ maxSitesPerCityDepartment: 1, maxSitesPerCountyDepartment: 0, maxSitesPerTownship: 0 });
    expect(Object.keys(e)).not.toContain('checkParameters');
  });
});
