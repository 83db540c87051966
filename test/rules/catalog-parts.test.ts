/**
 * The catalog written in parts (issue 14): the deadline part reaches no check entry, no indicator
 * and no check parameter schema (so a bundle of `deadline` carries none of them); the full catalog
 * is the parts composed in order; the id lists the deadline part and the checks read equal the
 * catalog's ids; every refusal stays the one `ruleById` and `deadlineEntry` gave.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog, deadline, DOCUMENTS, InvalidInputError, ruleById } from '../../src/index.js';
import { beforeInForce, catalogTitle } from '../../src/checks/deadlines.js';
import { checkEntry, DEYANG_CHECKS, GOV_2019_DEDUCTION_CHECKS } from '../../src/rules/catalog-checks.js';
import { CHECK_IDS, DEYANG_DEADLINES, deadlineEntry, freezeEntry, INDICATOR_IDS, OGI_DEADLINES } from '../../src/rules/catalog-deadlines.js';
import { NATIONAL_CHECKS } from '../../src/rules/catalog-national-checks.js';
import { parseIsoDate } from '../../src/time/index.js';
import { thrown } from '../refusal.js';

const ROOT = path.resolve(__dirname, '../..');

/** The deadline rules a built-in site check judges (src/checks/publication.ts, messages.ts, incidents.ts, reports.ts). */
const CHECKED_DEADLINES: readonly string[] = [
  'deyang-2018/art24-activity', 'deyang-2018/art24-policy-document', 'deyang-2018/art24-interpretation', 'deyang-2018/art24-proactive',
  'deyang-2018/art25-opinion-feedback', 'deyang-2018/art29-incident-report', 'deyang-2018/art32-self-inspection', 'deyang-2018/art33-error-correction',
];

/** The src/ modules a module imports at run time (type-only imports left out), transitively. */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?\sfrom\s+'(\.[^']+)';/gms)) {
      todo.push(path.posix.join(path.posix.dirname(file), (m[1] as string).replace(/\.js$/, '.ts')));
    }
  }
  return seen;
}

describe('the catalog in parts', () => {
  it('deadline() reaches only the deadline part: no check entry, no indicator, no check parameter schema', () => {
    const graph = [...reachable('src/rules/deadlines.ts')];
    expect(graph).toContain('src/rules/catalog-deadlines.ts');
    expect(graph.filter((f) => /^src\/(checks|scoring)\/|catalog(-checks|-national-checks)?\.ts$/.test(f))).toEqual([]);
  });

  it('the site checks reach no national check entry and no indicator entry', () => {
    const graph = [...reachable('src/checks/registry.ts')];
    expect(graph.filter((f) => /catalog(-national-checks)?\.ts$|gov2019-indicators/.test(f))).toEqual([]);
  });

  it('the catalog is the parts in the order written, then the indicator entries', () => {
    const written = [...DEYANG_DEADLINES, ...DEYANG_CHECKS, ...NATIONAL_CHECKS, ...OGI_DEADLINES, ...GOV_2019_DEDUCTION_CHECKS].map((e) => e.id);
    expect(catalog.map((e) => e.id)).toEqual([...written, ...catalog.filter((e) => e.kind === 'indicator').map((e) => e.id)]);
    expect(catalog.slice(0, written.length).every((e) => e.kind !== 'indicator')).toBe(true);
  });

  it('the id lists are the catalog ids of their kind, in catalog order', () => {
    expect(CHECK_IDS).toEqual(catalog.filter((e) => e.kind === 'check').map((e) => e.id));
    expect(INDICATOR_IDS).toEqual(catalog.filter((e) => e.kind === 'indicator').map((e) => e.id));
    expect(Object.isFrozen(CHECK_IDS) && Object.isFrozen(INDICATOR_IDS)).toBe(true);
  });

  it('a check entry is the catalog\'s own object; a deadline entry is the catalog\'s without checkParameters, sharing its frozen parameters', () => {
    for (const e of [...DEYANG_CHECKS, ...NATIONAL_CHECKS, ...GOV_2019_DEDUCTION_CHECKS]) expect(ruleById(e.id)).toBe(e);
    for (const e of catalog) {
      if (e.kind !== 'deadline') continue;
      const d = deadlineEntry(e.id);
      expect(Object.isFrozen(d)).toBe(true);
      expect(d.parameters).toBe(e.parameters);
      const { checkParameters, ...rest } = e;
      expect(d).toEqual(rest);
      expect(Object.keys(d)).toEqual(Object.keys(rest));
      // The deadline rules a site check runs list its parameters; the others none.
      expect(checkParameters !== undefined).toBe(CHECKED_DEADLINES.includes(e.id));
    }
  });

  it('deadlineEntry refuses a check, an indicator and an unknown id as before, naming the field "rule"', () => {
    for (const id of CHECK_IDS) {
      const err = thrown(() => deadlineEntry(id));
      expect(err).toBeInstanceOf(InvalidInputError);
      expect((err as Error).message).toBe(`Invalid rule: "${id}" is a check, not a deadline rule`);
    }
    for (const id of INDICATOR_IDS) expect((thrown(() => deadline(id as 'ogi-2019/art33-reply', { from: '2026-10-09' })) as Error).message).toBe(`Invalid rule: "${id}" is a scoring indicator, not a deadline rule`);
    for (const id of ['deyang-2018/art99', 'toString', '', 'census/', 42, undefined]) {
      const expected = thrown(() => ruleById(id as string));
      expect(expected).toBeInstanceOf(InvalidInputError);
      expect((expected as Error).message).toContain('is not a rule id; known ids start with deyang-2018/, census/, census-2015/, gov-2019/, nm-2019/, ogi-2019/ or ogi-2008/');
      expect((thrown(() => deadlineEntry(id as string)) as Error).message).toBe((expected as Error).message);
    }
  });

  it('beforeInForce knows every catalog id by its document\'s first day, and no other id', () => {
    for (const e of catalog) {
      const from = e.inForce.from;
      if (from === null) {
        expect(beforeInForce(e.id, -100000)).toBe(false);
        continue;
      }
      const day = parseIsoDate(from) as number;
      expect([beforeInForce(e.id, day - 1), beforeInForce(e.id, day)]).toEqual([true, false]);
    }
    // Not in the catalog: a custom rule under a known document's prefix.
    expect(beforeInForce('deyang-2018/my-own-rule', parseIsoDate('2000-01-01') as number)).toBe(false);
    expect(DOCUMENTS['deyang-2018'].inForce.from).toBe('2018-01-25');
  });

  it('catalogTitle reads a Deyang check\'s or deadline\'s article and refuses any other id', () => {
    expect(catalogTitle('deyang-2018/art16-temporary-offline', { zh: '临时下线', en: 'Temporary take-down' })).toEqual({ zh: '临时下线（第十六条）', en: 'Temporary take-down (Art. 16)' });
    expect(catalogTitle('deyang-2018/art32-self-inspection', { zh: '季度自查报告', en: 'Quarterly self-inspection report' })).toEqual({ zh: '季度自查报告（第三十二条）', en: 'Quarterly self-inspection report (Art. 32)' });
    expect(thrown(() => catalogTitle('deyang-2018/art99', { zh: 'x', en: 'x' }))).toBeInstanceOf(InvalidInputError);
  });

  it('a check entry takes its parameters from its params schema: written ones as well are an internal error', () => {
    const written = { id: 'census/homepage-stale', kind: 'check', article: 'a', articleEn: 'a', requirement: 'r', summary: 's' } as const;
    expect(checkEntry(written).parameters).toEqual({ period: { days: 14 }, undatedItems: 'not-updated' });
    expect(() => checkEntry({ ...written, parameters: { period: { days: 14 } } })).toThrow(new Error("internal: census/homepage-stale's parameters come from its params schema"));
    // Without a params schema, the written parameters are the entry's.
    expect(checkEntry({ ...written, id: 'deyang-2018/my-own', parameters: { n: 1 } }).parameters).toEqual({ n: 1 });
  });

  it('a check entry\'s parameters are only the defaults among its checkParameters (a parameter without one stays out)', () => {
    // Deyang Art. 16: the yearly count and the length of a take-down are missing from the received text: no default.
    const e = checkEntry({ id: 'deyang-2018/art16-temporary-offline', kind: 'check', article: 'a', articleEn: 'a', requirement: 'r', summary: 's' });
    expect(Object.keys(e.checkParameters ?? {})).toEqual(expect.arrayContaining(['maxTakedownsPerYear', 'maxTakedownDays']));
    expect(Object.keys(e.parameters)).toEqual([]);
  });

  it('an entry is frozen one level down: its parameters\' objects and arrays are frozen copies, null and scalars kept; aliasOf a frozen copy', () => {
    const nested = { days: 14 };
    const list = ['a', 'b'];
    const aliases = ['census-2015/x'];
    const e = freezeEntry({ id: 'census/x', kind: 'check', aliasOf: aliases } as never, { nested, list, none: null, n: 1, s: 'x' });
    expect(e.parameters).toEqual({ nested: { days: 14 }, list: ['a', 'b'], none: null, n: 1, s: 'x' });
    const p = e.parameters as Record<string, unknown>;
    expect([Object.isFrozen(e), Object.isFrozen(p), Object.isFrozen(p.nested), Object.isFrozen(p.list)]).toEqual([true, true, true, true]);
    expect(p.nested).not.toBe(nested);
    expect(p.list).not.toBe(list);
    expect(Array.isArray(p.list)).toBe(true);
    expect(Object.isFrozen(nested) || Object.isFrozen(list)).toBe(false);
    expect(e.aliasOf).toEqual(aliases);
    expect(e.aliasOf).not.toBe(aliases);
    expect(Object.isFrozen(e.aliasOf)).toBe(true);
    expect(Object.keys(e)).toEqual(['id', 'kind', 'aliasOf', 'document', 'source', 'inForce', 'parameters']);
    expect(freezeEntry({ id: 'census/y', kind: 'check' } as never, {})).not.toHaveProperty('aliasOf');
  });
});
