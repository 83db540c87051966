/**
 * Issue 15's "done when": the rule catalog, `rules --json` and docs/rules.md list every new id
 * (the census-2015, gov-2019 and nm-2019 rules the versioned profiles run, the 2019 deduction
 * checks, the scorecard's groups and indicators, the census/… aliases) with its source and its
 * confidence — once each.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog, census2015Profile, censusAliases, gov2019Profile, gov2019Scorecard } from '../../src/index.js';
import { runBuiltCli } from '../process.js';

const DOC_2015 = '国办发〔2015〕15号';
const DOC_2019 = '国办秘函〔2019〕19号';
const CONFIDENCE = ['cross-checked', 'clean-1', 'uncertain', 'UNKNOWN'];
const DEDUCTION_CHECKS = gov2019Scorecard.indicators.flatMap((i) => (i.measure === undefined ? [] : [i.measure.rule]));
const ids2015 = Object.keys(census2015Profile.rules);
const ids2019 = [
  ...Object.keys(gov2019Profile.rules), ...DEDUCTION_CHECKS,
  ...gov2019Scorecard.groups.map((g) => g.id), ...gov2019Scorecard.indicators.map((i) => i.id), ...gov2019Scorecard.bonusIndicators.map((i) => i.id),
];
const NEW_IDS = [...new Set([...ids2015, ...ids2019])];
const byId = new Map(catalog.map((e) => [e.id, e]));

describe('every new id of issue 15 in the catalog, rules --json and docs/rules.md', () => {
  it('the versioned ids are the ones of the spec tables (census-2015 7 veto rows, gov-2019 10, nm-2019 3)', () => {
    expect(ids2015).toHaveLength(7);
    expect(Object.keys(gov2019Profile.rules).filter((id) => id.startsWith('gov-2019/veto-'))).toHaveLength(10);
    expect(Object.keys(gov2019Profile.rules).filter((id) => id.startsWith('nm-2019/veto-'))).toHaveLength(3);
  });

  it('each has an entry naming its document and a confidence', () => {
    for (const id of NEW_IDS) {
      const e = byId.get(id);
      expect(e, id).toBeDefined();
      expect(e?.source, id).toContain(id.startsWith('census-2015/') ? DOC_2015 : DOC_2019);
      expect(CONFIDENCE, id).toContain(e?.confidence);
    }
  });

  it('each census/… id is an alias entry naming the versioned rules it stands for', () => {
    for (const [alias, { params, also }] of Object.entries(censusAliases)) {
      const e = byId.get(alias);
      expect(e?.aliasOf, alias).toBeDefined();
      for (const id of [...params, ...also]) expect(e?.aliasOf, alias).toContain(id);
    }
  });

  it('docs/rules.md has a section for each, with its source and its confidence written once', () => {
    const md = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
    for (const id of NEW_IDS) {
      const start = md.indexOf(`### \`${id}\`\n`);
      expect(start, id).toBeGreaterThan(-1);
      const end = md.indexOf('\n### ', start + 1);
      const section = md.slice(start, end < 0 ? undefined : end);
      expect(section, id).toContain(id.startsWith('census-2015/') ? DOC_2015 : DOC_2019);
      expect(section.match(/- \*\*Confidence\*\*: /g), id).toEqual(['- **Confidence**: ']);
      expect(section, id).toContain(`- **Confidence**: ${byId.get(id)?.confidence} `);
    }
  });

  it('rules --json lists each with its source and confidence', async () => {
    const r = await runBuiltCli(['rules', '--json']);
    expect(r.status).toBe(0);
    const listed = new Map((JSON.parse(r.stdout) as { id: string; source: string; confidence?: string }[]).map((e) => [e.id, e]));
    for (const id of NEW_IDS) {
      expect(listed.get(id)?.source, id).toBe(byId.get(id)?.source);
      expect(listed.get(id)?.confidence, id).toBe(byId.get(id)?.confidence);
    }
  });
});
