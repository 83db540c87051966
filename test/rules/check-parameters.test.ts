/**
 * Each number in one place: a built-in check's params schema is the one source of its parameter
 * names, defaults and descriptions. The catalog (`checkParameters`, and `parameters` of a check
 * rule), `rules --json`, docs/rules.md and `deriveProfile` agree on every parameter of every rule;
 * a misspelt name is refused. A deadline check's period is a parameter (default: the catalog's).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinRules, catalog, checkSite, deriveProfile, deyang2018Profile, ruleById, type CatalogEntry } from '../../src/index.js';
import { oracleAddWorkdays } from '../calendar/oracle.js';
import { runBuiltCli } from '../process.js';
import { refusal } from '../refusal.js';
import { AT, snap } from '../checks/helpers.js';

/** A valid value for each parameter that has no default. */
const SAMPLE: Readonly<Record<string, unknown>> = { maxTakedownsPerYear: 2, maxTakedownDays: 7, filingWithinDays: 10, maxServicesMissingGuideElements: 3, undatedItems: 'not-updated' };

const shapeOf = (id: string) => Object.keys((builtinRules.find((d) => d.id === id)?.params as unknown as { shape: object }).shape);

describe('the catalog lists each check’s parameters from its params schema', () => {
  it('every built-in check has a catalog entry whose checkParameters are exactly its schema’s, with its defaults', () => {
    for (const def of builtinRules) {
      const e = ruleById(def.id);
      expect(e.checkParameters, def.id).toBeDefined();
      expect(Object.keys(e.checkParameters ?? {}), def.id).toEqual(shapeOf(def.id));
      const defaults = def.params.parse({}) as Record<string, unknown>;
      for (const [name, p] of Object.entries(e.checkParameters ?? {})) {
        expect(p.description.length, `${def.id} ${name}`).toBeGreaterThan(10);
        if ('default' in p) expect(p.default, `${def.id} ${name}`).toEqual(defaults[name]);
        else expect(defaults[name], `${def.id} ${name}`).toBeUndefined();
      }
      // A check rule's parameters are those defaults, under the same names.
      if (e.kind === 'check') expect(e.parameters).toEqual(JSON.parse(JSON.stringify(defaults)));
      // The shipped profile (in the version that runs the rule) runs it with them.
      const shipped = [deyang2018Profile, ...(deyang2018Profile.versions ?? [])].find((p) => Object.hasOwn(p.rules, def.id));
      if (shipped !== undefined) expect(shipped.rules[def.id], def.id).toEqual(defaults);
    }
  });

  it('no catalog entry lists check parameters for a rule no built-in check runs', () => {
    const ids = new Set(builtinRules.map((d) => d.id));
    for (const e of catalog) expect(e.checkParameters === undefined || ids.has(e.id), e.id).toBe(true);
  });

  it('census/site-unreachable: minProbes and failRatio are the schema’s, once (the names a profile uses)', () => {
    const e = ruleById('census/site-unreachable');
    expect(e.parameters).toEqual({ window: { days: 7 }, failRatio: 0.05, minProbes: 140, minProbesPerDay: 20, minDays: 7 });
    expect(e.checkParameters?.minProbes?.default).toBe(140);
  });

  it('a deadline check’s period is listed with the catalog’s figure as its default', () => {
    expect(ruleById('deyang-2018/art24-policy-document').checkParameters?.amount?.default).toBe(3);
    expect(ruleById('deyang-2018/art24-activity').checkParameters?.amount?.default).toBe(24);
    expect(ruleById('deyang-2018/art25-opinion-feedback').checkParameters?.complexAmount?.default).toBe(15);
  });
});

describe('every listed parameter is accepted by a profile override; a misspelt one is refused', () => {
  for (const e of catalog.filter((x: CatalogEntry) => x.checkParameters !== undefined)) {
    it(e.id, () => {
      for (const [name, p] of Object.entries(e.checkParameters ?? {})) {
        const value = 'default' in p ? p.default : SAMPLE[name];
        expect(value, `${e.id} ${name}: give a sample value`).toBeDefined();
        // A census/… id is an alias in the shipped profiles: override it in a profile that runs it.
        const base = e.id.startsWith('census/') ? { id: 'legacy', description: { zh: '旧', en: 'legacy' }, rules: { [e.id]: {} } } : deyang2018Profile;
        const derived = deriveProfile(base, { id: 'x', rules: { [e.id]: { [name]: value } } as never });
        expect(derived.rules[e.id]?.[name], `${e.id} ${name}`).toEqual(value);
        const misspelt = refusal(() => deriveProfile(base, { id: 'x', rules: { [e.id]: { [`${name}s`]: value } } as never }));
        expect(misspelt.field).toContain(e.id);
      }
    });
  }
});

describe('rules --json and docs/rules.md list the same parameters', () => {
  it('rules --json prints each rule’s checkParameters as the catalog has them', async () => {
    const r = await runBuiltCli(['rules', '--json']);
    expect(r.status).toBe(0);
    const printed = JSON.parse(r.stdout) as CatalogEntry[];
    for (const e of catalog) expect(printed.find((x) => x.id === e.id)?.checkParameters, e.id).toEqual(e.checkParameters);
    const site = printed.find((x) => x.id === 'census/site-unreachable');
    expect(Object.keys(site?.parameters ?? {})).not.toContain('failureRatio');
  });

  it('docs/rules.md names each parameter with its default and description', () => {
    const doc = readFileSync('docs/rules.md', 'utf8');
    for (const e of catalog) {
      for (const [name, p] of Object.entries(e.checkParameters ?? {})) {
        const row = doc.split('\n').find((l) => l.startsWith(`| \`${e.id}\` | \`${name}\` |`));
        expect(row, `${e.id} ${name}`).toBeDefined();
        expect(row).toContain(p.description.replace(/\|/g, '\\|'));
        if ('default' in p) expect(row).toContain(`\`${JSON.stringify(p.default)}\``);
      }
    }
  });
});

describe('a city can change a deadline check’s period', () => {
  const policy = (publishedAt: string) =>
    snap({ publications: [{ id: 'p', kind: 'policy-document', triggeredAt: '2026-09-30', publishedAt }] } as never);
  const status = (publishedAt: string, amount?: number) => {
    const profile = amount === undefined ? deyang2018Profile : deriveProfile(deyang2018Profile, { id: 'city', rules: { 'deyang-2018/art24-policy-document': { amount } } });
    return checkSite(policy(publishedAt), { at: AT, profile }).findings.find((f) => f.rule === 'deyang-2018/art24-policy-document')?.status;
  };

  it('a document published the day after the 3rd working day is late by default and on time with 4', () => {
    const due3 = oracleAddWorkdays('2026-09-30', 3);
    const due4 = oracleAddWorkdays('2026-09-30', 4);
    expect(status(`${due3}T23:59:59+08:00`)).toBe('pass');
    expect(status(`${due4}T10:00:00+08:00`)).toBe('fail');
    expect(status(`${due4}T10:00:00+08:00`, 4)).toBe('pass');
    expect(status(`${due3}T23:59:59+08:00`, 2)).toBe('fail');
  });

  it('a period below 1 is refused', () => {
    refusal(() => deriveProfile(deyang2018Profile, { id: 'city', rules: { 'deyang-2018/art24-policy-document': { amount: 0 } } }));
  });
});

describe('check titles take their article from the catalog', () => {
  it('every Deyang check’s title ends with its catalog article, in Chinese and English', () => {
    for (const def of builtinRules.filter((d) => d.id.startsWith('deyang-2018/'))) {
      const e = ruleById(def.id);
      expect(def.title.zh.endsWith(`（${e.article}）`), `${def.id}: ${def.title.zh}`).toBe(true);
      expect(def.title.en.endsWith(` (${e.articleEn})`), `${def.id}: ${def.title.en}`).toBe(true);
    }
  });

  it('a deadline check’s title states no period (the period is a parameter)', () => {
    for (const def of builtinRules.filter((d) => ruleById(d.id).kind === 'deadline')) expect(def.title.zh, def.id).not.toMatch(/\d+个工作日|\d+小时/);
  });
});
