import { describe, expect, it } from 'vitest';
import { catalog, catalogEntrySchema, catalogSchema, DOCUMENTS, InvalidInputError, ruleById } from '../../src/index.js';
import { indicatorEntries } from '../../src/rules/catalog.js';
import type { Scorecard } from '../../src/scoring/scorecard.js';

// Every rule id named in the project spec (deyang-2018.md and national.md), copied from the spec.
const SPEC_IDS = [
  'deyang-2018/art10-consolidation',
  'deyang-2018/art12-opening-approval',
  'deyang-2018/art14-go-live',
  'deyang-2018/art15-migration-notice',
  'deyang-2018/art16-temporary-offline',
  'deyang-2018/art17-change-filing',
  'deyang-2018/art24-three-review',
  'deyang-2018/art24-activity',
  'deyang-2018/art24-policy-document',
  'deyang-2018/art24-update-frequency',
  'deyang-2018/art24-interpretation',
  'deyang-2018/art24-proactive',
  'deyang-2018/art25-opinion-feedback',
  'deyang-2018/art27-prior-review',
  'deyang-2018/art28-links',
  'deyang-2018/art29-incident-report',
  'deyang-2018/art32-self-inspection',
  'deyang-2018/art33-error-correction',
  'deyang-2018/art33-annual-report',
  'census/site-unreachable',
  'census/homepage-stale',
  'census/columns-stale',
  'census/columns-neglected',
  'census/blank-columns',
  'census/interaction-unanswered',
  'census/serious-problems',
  'census/services-unusable',
  'census-2015/veto-site-unreachable',
  'census-2015/veto-site-stale',
  'census-2015/veto-columns-stale.a',
  'census-2015/veto-columns-stale.b',
  'census-2015/veto-columns-stale.c',
  'census-2015/veto-serious-error',
  'census-2015/veto-interaction-poor',
  'gov-2019/veto-security-incident',
  'gov-2019/veto-site-unreachable',
  'gov-2019/veto-homepage-stale',
  'gov-2019/veto-columns-stale.a',
  'gov-2019/veto-columns-stale.b',
  'gov-2019/veto-columns-stale.c',
  'gov-2019/veto-interaction-poor.a',
  'gov-2019/veto-interaction-poor.b',
  'gov-2019/veto-service-impractical.a',
  'gov-2019/veto-service-impractical.b',
  'nm-2019/veto-content-stale',
  'nm-2019/veto-interaction-poor',
  'nm-2019/veto-security-incident',
  'ogi-2019/art26-proactive',
  'ogi-2019/art30-correction',
  'ogi-2019/art32-third-party',
  'ogi-2019/art33-reply',
  'ogi-2019/art49-annual-report',
  'ogi-2008/art24-reply',
  // national-2019.md §1.3: the deduction rows implemented with a check.
  'gov-2019/publish/leader-info',
  'gov-2019/publish/policy-docs',
  'gov-2019/publish/interpretation-link',
  'gov-2019/service/service-stats',
  'gov-2019/interact/message-disclosure',
  'gov-2019/interact/reply-handling',
  // national-2019.md §1.3 (deduction groups and indicators) and §1.4 (bonus), the rows without a check.
  'gov-2019/publish',
  'gov-2019/service',
  'gov-2019/interact',
  'gov-2019/design',
  'gov-2019/publish/overview-info',
  'gov-2019/publish/org-functions',
  'gov-2019/publish/news',
  'gov-2019/publish/policy-interpretation',
  'gov-2019/publish/interpretation-ratio',
  'gov-2019/publish/other-columns',
  'gov-2019/service/item-disclosure',
  'gov-2019/service/online-application',
  'gov-2019/service/guide',
  'gov-2019/service/content-accuracy',
  'gov-2019/service/form-samples',
  'gov-2019/interact/submission',
  'gov-2019/interact/unified-login',
  'gov-2019/design/domain-name',
  'gov-2019/design/site-marks',
  'gov-2019/design/availability',
  'gov-2019/design/find-error-entry',
  'gov-2019/design/search',
  'gov-2019/design/ipv6',
  'gov-2019/bonus',
  'gov-2019/bonus/data-release',
  'gov-2019/bonus/interpret-respond',
  'gov-2019/bonus/realtime-interaction',
  'gov-2019/bonus/user-space',
  'gov-2019/bonus/smart-search',
];

// The deadline list, with the period the text states.
const DEADLINES: Record<string, { unit: string; amount?: number; complexAmount?: number; extensionCap?: number }> = {
  'deyang-2018/art24-activity': { unit: 'hour', amount: 24 },
  'deyang-2018/art24-policy-document': { unit: 'workday', amount: 3 },
  'deyang-2018/art24-interpretation': { unit: 'workday', amount: 3 },
  'deyang-2018/art24-proactive': { unit: 'workday', amount: 20 },
  'deyang-2018/art25-opinion-feedback': { unit: 'workday', amount: 7, complexAmount: 15 },
  'deyang-2018/art29-incident-report': { unit: 'hour', amount: 24 },
  'deyang-2018/art32-self-inspection': { unit: 'fixed' },
  'deyang-2018/art33-error-correction': { unit: 'workday', amount: 3 },
  'deyang-2018/art33-annual-report': { unit: 'fixed' },
  'deyang-2018/art15-migration-notice': { unit: 'day', amount: 30 },
  'ogi-2019/art26-proactive': { unit: 'workday', amount: 20 },
  'ogi-2019/art30-correction': { unit: 'workday', amount: 7 },
  'ogi-2019/art32-third-party': { unit: 'workday', amount: 15 },
  'ogi-2019/art33-reply': { unit: 'workday', amount: 20, extensionCap: 20 },
  'ogi-2019/art49-annual-report': { unit: 'fixed' },
  'ogi-2008/art24-reply': { unit: 'workday', amount: 15, extensionCap: 15 },
};

describe('catalog', () => {
  it('has exactly one entry per rule id of the spec', () => {
    expect(catalog.map((e) => e.id).sort()).toEqual([...SPEC_IDS].sort());
  });

  it('passes its zod schema, entry by entry and as a whole', () => {
    for (const e of catalog) expect(catalogEntrySchema.safeParse(e).success, e.id).toBe(true);
    expect(catalogSchema.safeParse(catalog).success).toBe(true);
  });

  it('the schema rejects a duplicate id and an id outside its document', () => {
    expect(catalogSchema.safeParse([catalog[0], catalog[0]]).success).toBe(false);
    expect(catalogEntrySchema.safeParse({ ...catalog[0], id: 'deyang-2018/Bad Id' }).success).toBe(false);
    expect(catalogSchema.safeParse([{ ...catalog[0], document: 'census' }]).success).toBe(false);
  });

  it('marks exactly the issue’s deadline rules as deadlines, with the stated periods', () => {
    const deadlines = catalog.filter((e) => e.kind === 'deadline');
    expect(deadlines.map((e) => e.id).sort()).toEqual(Object.keys(DEADLINES).sort());
    for (const e of deadlines) {
      const want = DEADLINES[e.id]!;
      expect(e.parameters, e.id).toMatchObject(want);
    }
  });

  it('is frozen, deeply', () => {
    expect(Object.isFrozen(catalog)).toBe(true);
    for (const e of catalog) {
      expect(Object.isFrozen(e)).toBe(true);
      expect(Object.isFrozen(e.parameters)).toBe(true);
      expect(Object.isFrozen(e.inForce)).toBe(true);
    }
    expect(() => {
      (catalog as unknown as unknown[]).push({});
    }).toThrow(TypeError);
  });

  it('gives the in-force dates: ogi-2019 from 2019-05-15, ogi-2008 until the day before', () => {
    for (const e of catalog) {
      if (e.document === 'ogi-2019') expect(e.inForce).toEqual({ from: '2019-05-15', until: null });
      if (e.document === 'ogi-2008') expect(e.inForce).toEqual({ from: '2008-05-01', until: '2019-05-14' });
    }
  });

  it('every entry carries its source, article and Chinese requirement with the period’s number', () => {
    for (const e of catalog) {
      expect(e.source.length).toBeGreaterThan(5);
      expect(e.article).toMatch(/第|指标/);
      expect(e.requirement).toMatch(/[\u4e00-\u9fff]/);
      expect(e.summary).toMatch(/[a-z]/);
      if (e.kind === 'deadline' && e.parameters.unit !== 'fixed') expect(e.requirement, e.id).toContain(String(e.parameters.amount));
    }
  });

  it('ruleById finds every entry and refuses an unknown id naming it', () => {
    for (const id of SPEC_IDS) expect(ruleById(id).id).toBe(id);
    expect(() => ruleById('deyang-2018/art99')).toThrow(InvalidInputError);
    expect(() => ruleById('deyang-2018/art99')).toThrow(/deyang-2018\/art99/);
    expect(() => ruleById(42 as unknown as string)).toThrow(InvalidInputError);
  });
});

describe('indicator entries made from a scorecard', () => {
  // A small scorecard built here, with each figure present in one place and absent in another;
  // the expected entries are written out from the catalog's format (docs/national.md).
  const card = (siteKinds: ('portal' | 'department' | 'special')[] | undefined): Scorecard => ({
    id: 'gov-2019',
    description: { zh: '测试', en: 'Test' },
    deductionTotal: 100,
    thresholds: { failBelow: 60, bonusAbove: 80 },
    ...(siteKinds === undefined ? {} : { bonus: { max: 30, siteKinds } }),
    groups: [
      { id: 'gov-2019/g1', name: { zh: '甲', en: 'Alpha' }, max: 20, confidence: 'clean-1' },
      { id: 'gov-2019/g2', name: { zh: '乙', en: 'Beta' } },
    ],
    indicators: [
      { id: 'gov-2019/g1/a', group: 'gov-2019/g1', name: { zh: '子甲', en: 'Sub A' }, points: { stale: 5 }, max: 10, measure: { rule: 'gov-2019/publish/policy-docs' }, source: 'doc; S-x, S-y; S-w', confidence: 'clean-1', note: 'm' },
      { id: 'gov-2019/g1/b', group: 'gov-2019/g1', name: { zh: '子乙', en: 'Sub B' }, source: 'doc' },
      { id: 'gov-2019/g2/c', group: 'gov-2019/g2', name: { zh: '子丙', en: 'Sub C' }, points: 2, note: 'n' },
      { id: 'gov-2019/g2/taken', group: 'gov-2019/g2', name: { zh: '已列', en: 'Listed' } },
    ],
    bonusIndicators: [
      { id: 'gov-2019/bonus/d', group: 'gov-2019/bonus', name: { zh: '丁', en: 'Delta' }, max: 3, source: 'doc; S-z' },
      { id: 'gov-2019/bonus/taken', group: 'gov-2019/bonus', name: { zh: '已列加分', en: 'Listed bonus' } },
      { id: 'gov-2019/bonus2/e', group: 'gov-2019/bonus2', name: { zh: '戊', en: 'Epsilon' }, points: 1 },
    ],
  });
  const taken = new Set(['gov-2019/g2/taken', 'gov-2019/bonus/taken']);
  const base = { kind: 'indicator', document: 'gov-2019', source: DOCUMENTS['gov-2019'].title, inForce: DOCUMENTS['gov-2019'].inForce };
  const scope = '（本库只收录指标名称与已核实的分值，考核要求原文未收录）。';

  it('lists each group, then its indicators not already listed; then each bonus group and its indicators', () => {
    const entries = indicatorEntries(card(['department', 'special']), taken);
    expect(entries).toStrictEqual([
      {
        ...base, id: 'gov-2019/g1', article: '扣分指标：甲', articleEn: 'Deduction indicator group: Alpha', requirement: '扣分指标一级指标“甲”，20分。',
        summary: 'Deduction indicator group "Alpha" of the gov-2019 scorecard: 20 of the 100 deduction points.', confidence: 'clean-1',
        parameters: { scorecard: 'gov-2019', part: 'deduction', level: 'group', max: 20 },
      },
      {
        ...base, id: 'gov-2019/g1/a', article: '扣分指标：甲／子甲', articleEn: 'Deduction indicator: Alpha / Sub A', requirement: `扣分指标“子甲”${scope}`,
        summary: 'Deduction indicator "Sub A" of the gov-2019 scorecard: points {"stale":5}, max 10.', confidence: 'clean-1',
        note: 'm. Sources: S-x, S-y; S-w (docs/national.md).',
        parameters: { scorecard: 'gov-2019', part: 'deduction', level: 'indicator', group: 'gov-2019/g1', points: { stale: 5 }, max: 10, measuredBy: 'gov-2019/publish/policy-docs' },
      },
      {
        ...base, id: 'gov-2019/g1/b', article: '扣分指标：甲／子乙', articleEn: 'Deduction indicator: Alpha / Sub B', requirement: `扣分指标“子乙”${scope}`,
        summary: 'Deduction indicator "Sub B" of the gov-2019 scorecard: its points are not known, its max is not known.',
        parameters: { scorecard: 'gov-2019', part: 'deduction', level: 'indicator', group: 'gov-2019/g1' },
      },
      {
        ...base, id: 'gov-2019/g2', article: '扣分指标：乙', articleEn: 'Deduction indicator group: Beta', requirement: '扣分指标一级指标“乙”（分值未知）。',
        summary: 'Deduction indicator group "Beta" of the gov-2019 scorecard: its points are not known.',
        parameters: { scorecard: 'gov-2019', part: 'deduction', level: 'group' },
      },
      {
        ...base, id: 'gov-2019/g2/c', article: '扣分指标：乙／子丙', articleEn: 'Deduction indicator: Beta / Sub C', requirement: `扣分指标“子丙”${scope}`,
        summary: 'Deduction indicator "Sub C" of the gov-2019 scorecard: points 2, its max is not known.', note: 'n',
        parameters: { scorecard: 'gov-2019', part: 'deduction', level: 'indicator', group: 'gov-2019/g2', points: 2 },
      },
      {
        ...base, id: 'gov-2019/bonus', article: '加分指标', articleEn: 'Bonus indicators', requirement: '加分指标，30分：仅department、special，扣分指标得分高于80分时计入。',
        summary: 'The bonus part of the gov-2019 scorecard: up to 30 points, for department, special sites only, counted when the deduction score is above 80.',
        confidence: 'cross-checked', parameters: { scorecard: 'gov-2019', part: 'bonus', level: 'group', max: 30 },
      },
      {
        ...base, id: 'gov-2019/bonus/d', article: '加分指标：丁', articleEn: 'Bonus indicator: Delta', requirement: `加分指标“丁”${scope}`,
        summary: 'Bonus indicator "Delta" of the gov-2019 scorecard: its points are not known, max 3.', note: 'Sources: S-z (docs/national.md).',
        parameters: { scorecard: 'gov-2019', part: 'bonus', level: 'indicator', group: 'gov-2019/bonus', max: 3 },
      },
      {
        ...base, id: 'gov-2019/bonus2', article: '加分指标', articleEn: 'Bonus indicators', requirement: '加分指标，30分：仅department、special，扣分指标得分高于80分时计入。',
        summary: 'The bonus part of the gov-2019 scorecard: up to 30 points, for department, special sites only, counted when the deduction score is above 80.',
        confidence: 'cross-checked', parameters: { scorecard: 'gov-2019', part: 'bonus', level: 'group', max: 30 },
      },
      {
        ...base, id: 'gov-2019/bonus2/e', article: '加分指标：戊', articleEn: 'Bonus indicator: Epsilon', requirement: `加分指标“戊”${scope}`,
        summary: 'Bonus indicator "Epsilon" of the gov-2019 scorecard: points 1, its max is not known.',
        parameters: { scorecard: 'gov-2019', part: 'bonus', level: 'indicator', group: 'gov-2019/bonus2', points: 1 },
      },
    ]);
    for (const e of entries) expect([Object.isFrozen(e), Object.isFrozen(e.parameters)], e.id).toEqual([true, true]);
  });

  it('a bonus for portals names the government portal; a scorecard without a bonus lists no bonus entry', () => {
    const portal = indicatorEntries(card(['portal']), taken).find((e) => e.id === 'gov-2019/bonus');
    expect(portal?.requirement).toBe('加分指标，30分：仅政府门户网站，扣分指标得分高于80分时计入。');
    expect(indicatorEntries(card(undefined), taken).map((e) => e.id)).toEqual(['gov-2019/g1', 'gov-2019/g1/a', 'gov-2019/g1/b', 'gov-2019/g2', 'gov-2019/g2/c']);
  });
});
