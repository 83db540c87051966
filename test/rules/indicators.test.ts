/**
 * Issue 15: every indicator id of the built-in gov-2019 scorecard is in the rule catalog (a check
 * entry, or an `indicator` entry read from the scorecard) with the scorecard's confidence, and only
 * `cross-checked` / `clean-1` figures appear: an UNKNOWN or uncertain number stays absent.
 * Expected figures are the spec's (national-2019.md §1.1 M3, §1.3, §1.4).
 */
import { describe, expect, it } from 'vitest';
import { catalog, catalogEntrySchema, deadline, gov2019Scorecard, ruleById } from '../../src/index.js';
import { refusal } from '../refusal.js';
import { runBuiltCli } from '../process.js';

const KNOWN = new Set(['cross-checked', 'clean-1']);
const indicators = catalog.filter((e) => e.kind === 'indicator');

describe('scoring indicators in the catalog', () => {
  it('lists every group, deduction and bonus indicator of the gov-2019 scorecard with the scorecard’s confidence', () => {
    const rows = [...gov2019Scorecard.groups, ...gov2019Scorecard.indicators, ...gov2019Scorecard.bonusIndicators];
    expect(rows.length).toBe(4 + 25 + 5);
    for (const row of rows) {
      const e = ruleById(row.id);
      expect(e.document, row.id).toBe('gov-2019');
      expect(e.source, row.id).toContain('国办秘函〔2019〕19号');
      expect(e.confidence, row.id).toBe(row.confidence);
    }
    // The bonus part's own id (§1.4 "gov-2019/bonus (total)": max 30, cross-checked).
    expect(ruleById('gov-2019/bonus')).toMatchObject({ kind: 'indicator', confidence: 'cross-checked', parameters: { part: 'bonus', level: 'group', max: 30 } });
  });

  it('gives the group maxima the spec knows (31, 25, 23) and leaves the derived 21 of 功能设计 absent', () => {
    expect(ruleById('gov-2019/publish').parameters).toEqual({ scorecard: 'gov-2019', part: 'deduction', level: 'group', max: 31 });
    expect(ruleById('gov-2019/service').parameters).toMatchObject({ max: 25 });
    expect(ruleById('gov-2019/interact').parameters).toMatchObject({ max: 23 });
    expect(ruleById('gov-2019/design').parameters).toEqual({ scorecard: 'gov-2019', part: 'deduction', level: 'group' });
  });

  it('has no points or max on an indicator whose numbers are not cross-checked or clean-1', () => {
    expect(indicators.length).toBe(4 + 19 + 1 + 5);
    for (const e of indicators) {
      if (e.kind !== 'indicator') continue;
      if (!KNOWN.has(e.confidence ?? 'UNKNOWN')) {
        expect(e.parameters, e.id).not.toHaveProperty('points');
        expect(e.parameters, e.id).not.toHaveProperty('max');
      }
    }
    // Name-only rows of §1.3/§1.4: points and max UNKNOWN.
    for (const id of ['gov-2019/publish/overview-info', 'gov-2019/design/ipv6', 'gov-2019/bonus/smart-search']) {
      expect(Object.keys(ruleById(id).parameters).sort(), id).toEqual(['group', 'level', 'part', 'scorecard']);
    }
  });

  it('each indicator entry passes the schema, and the schema refuses a zero or negative figure', () => {
    for (const e of indicators) expect(catalogEntrySchema.safeParse(e).success, e.id).toBe(true);
    const e = ruleById('gov-2019/publish');
    expect(catalogEntrySchema.safeParse({ ...e, parameters: { ...e.parameters, max: 0 } }).success).toBe(false);
    expect(catalogEntrySchema.safeParse({ ...e, parameters: { ...e.parameters, points: -1 } }).success).toBe(false);
  });

  it('deadline() refuses an indicator id, naming it a scoring indicator', () => {
    const e = refusal(() => deadline('gov-2019/publish/news' as never, '2026-10-01' as never));
    expect(e.field).toBe('rule');
    expect(e.message).toContain('is a scoring indicator, not a deadline rule');
  });

  it('rules and rules --json list them', async () => {
    const json = await runBuiltCli(['rules', '--json']);
    expect(json.status, json.stderr).toBe(0);
    const listed = JSON.parse(json.stdout) as { id: string; kind: string; confidence?: string }[];
    expect(listed.find((e) => e.id === 'gov-2019/bonus/user-space')).toMatchObject({ kind: 'indicator', confidence: 'UNKNOWN', document: 'gov-2019' });
    expect(listed.find((e) => e.id === 'gov-2019/service')).toMatchObject({ kind: 'indicator', confidence: 'cross-checked' });
    const text = await runBuiltCli(['rules']);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/gov-2019\/publish\/news\s+指标 indicator {2}扣分指标：发布解读／动态要闻/);
  });
});
