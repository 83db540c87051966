import { describe, expect, it } from 'vitest';
import { catalog, catalogEntrySchema, catalogSchema, InvalidInputError, ruleById } from '../../src/index.js';

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
