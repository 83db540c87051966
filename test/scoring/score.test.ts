/**
 * The scoring method of the 2019 indicators (spec national-2019.md §1.1 M1–M9) on synthetic
 * findings, and the built-in gov-2019 scorecard's numbers (§1.3, §1.4): only cross-checked and
 * clean-1 numbers present, every UNKNOWN or uncertain one absent.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  catalog, checkSite, computeScore, type SnapshotInput, type Finding, gov2019Scorecard, InvalidInputError, resolveScorecard, type ScorecardInput, scoreSchema,
} from '../../src/index.js';
import { refusal } from '../refusal.js';
import { AT, SITE } from '../checks/helpers.js';

const fail = (rule: string, occurrences?: Record<string, number>): Finding => ({
  rule, status: 'fail', message: { zh: '不通过', en: 'fail' }, evidence: occurrences === undefined ? {} : { occurrences },
});
const pass = (rule: string): Finding => ({ rule, status: 'pass', message: { zh: '通过', en: 'pass' }, evidence: { occurrences: {} } });

// A small standalone scorecard with the 2019 method's numbers (100, <60, >80, bonus 30 for portals, 25-point group left out).
const MINI: ScorecardInput = {
  id: 'mini',
  description: { zh: '测试', en: 'test' },
  deductionTotal: 100,
  thresholds: { failBelow: 60, bonusAbove: 80 },
  bonus: { max: 30, siteKinds: ['portal'] },
  withoutExternalServices: { exclude: ['svc'] },
  groups: [{ id: 'pub', name: { zh: '发布', en: 'pub' }, max: 75 }, { id: 'svc', name: { zh: '服务', en: 'svc' }, max: 25 }],
  indicators: [
    { id: 'a', group: 'pub', name: { zh: 'A', en: 'A' }, points: 5, max: 10, measure: { rule: 'r/a' } },
    { id: 'b', group: 'pub', name: { zh: 'B', en: 'B' }, points: { late: 10 }, max: 40, measure: { rule: 'r/b' } },
    { id: 'c', group: 'svc', name: { zh: 'C', en: 'C' }, points: 25, max: 25, measure: { rule: 'r/c' } },
  ],
  bonusIndicators: [{ id: 'x', group: 'bonus', name: { zh: 'X', en: 'X' }, points: 20, max: 20, measure: { rule: 'r/x' } }],
};
const mini = resolveScorecard(MINI);
const portal = { kind: 'portal' as const };
const dept = { kind: 'department' as const };

describe('computeScore: the method (M4–M9)', () => {
  it('a veto fails the site and nothing else is scored (M4)', () => {
    const s = computeScore({ site: portal, vetoes: ['census/homepage-stale'], findings: [pass('r/a')] }, mini);
    expect(s).toMatchObject({ grade: 'fail', deduction: null, bonus: null, total: null, complete: true, missing: [], vetoes: ['census/homepage-stale'], indicators: [] });
  });

  it('occurrences × points, capped at the indicator max (M8)', () => {
    // a: 3 fails-worth of occurrences × 5 = 15, capped at 10; b: 2 late × 10 = 20; c: pass.
    const s = computeScore({ site: dept, vetoes: [], findings: [fail('r/a', { x: 3 }), fail('r/b', { late: 2 }), pass('r/c')] }, mini);
    expect(s.deduction).toBe(70); // 100 − 10 − 20
    expect(s.grade).toBe('pass');
    expect(s.bonus).toBe(0);
    expect(s.total).toBe(70);
    expect(s.indicators.find((i) => i.id === 'a')?.points).toBe(10);
  });

  it('a failing finding without occurrences counts once', () => {
    const s = computeScore({ site: dept, vetoes: [], findings: [fail('r/a'), pass('r/b'), pass('r/c')] }, mini);
    expect(s.deduction).toBe(95);
  });

  it('below 60 fails, exactly 60 passes (M5)', () => {
    const at60 = computeScore({ site: dept, vetoes: [], findings: [fail('r/a', { x: 2 }), fail('r/b', { late: 3 }), pass('r/c')] }, mini);
    expect([at60.deduction, at60.grade]).toEqual([60, 'pass']);
    const below = computeScore({ site: dept, vetoes: [], findings: [fail('r/a', { x: 2 }), fail('r/b', { late: 3 }), fail('r/c')] }, mini);
    expect([below.deduction, below.grade]).toEqual([35, 'fail']);
  });

  it('exactly 80 gets no bonus; above 80 a portal adds its bonus, capped at 30 (M6, M7)', () => {
    const at80 = computeScore({ site: portal, vetoes: [], findings: [pass('r/a'), fail('r/b', { late: 2 }), pass('r/c'), fail('r/x', { y: 1 })] }, mini);
    expect([at80.deduction, at80.bonus, at80.total]).toEqual([80, 0, 80]);
    const s = computeScore({ site: portal, vetoes: [], findings: [fail('r/a'), pass('r/b'), pass('r/c'), fail('r/x', { y: 1 })] }, mini);
    expect([s.deduction, s.bonus, s.total]).toEqual([95, 20, 115]);
    const capped = resolveScorecard({ ...MINI, bonus: { max: 15, siteKinds: ['portal'] } });
    expect(computeScore({ site: portal, vetoes: [], findings: [fail('r/a'), pass('r/b'), pass('r/c'), fail('r/x', { y: 1 })] }, capped).bonus).toBe(15);
  });

  it('only portals get the bonus (M1)', () => {
    const s = computeScore({ site: dept, vetoes: [], findings: [pass('r/a'), pass('r/b'), pass('r/c'), fail('r/x', { y: 1 })] }, mini);
    expect([s.deduction, s.bonus, s.total]).toEqual([100, 0, 100]);
  });

  it('a department without external services: the service group is left out and 75 is rescaled by 4/3 (M9)', () => {
    // 75 − 15 = 60 → × 4/3 = 80; the failing service check does not count.
    const s = computeScore({ site: { kind: 'department', externalServices: false }, vetoes: [], findings: [fail('r/a', { x: 1 }), fail('r/b', { late: 1 }), fail('r/c')] }, mini);
    expect(s.deduction).toBe(80);
    expect(s.indicators.find((i) => i.id === 'c')?.state).toBe('excluded');
    expect(s.groups.find((g) => g.id === 'svc')?.excluded).toBe(true);
  });

  it('a missing number or measurement: incomplete, missing listed, no deduction or total', () => {
    const noPoints = resolveScorecard({ ...MINI, indicators: [{ ...MINI.indicators[0], points: undefined }, ...MINI.indicators.slice(1)] } as ScorecardInput);
    const s = computeScore({ site: dept, vetoes: [], findings: [fail('r/a'), pass('r/b'), pass('r/c')] }, noPoints);
    expect(s).toMatchObject({ complete: false, missing: ['a'], deduction: null, total: null, grade: null });
    // A needs-input finding and an absent one are missing too; a pass of an indicator without points is not.
    const needs: Finding = { rule: 'r/b', status: 'needs-input', message: { zh: '', en: '' }, evidence: {} };
    const t = computeScore({ site: dept, vetoes: [], findings: [pass('r/a'), needs] }, noPoints);
    expect(t.missing).toEqual(['b', 'c']);
    // A kind of occurrence the points do not price is missing.
    expect(computeScore({ site: dept, vetoes: [], findings: [pass('r/a'), fail('r/b', { early: 1 }), pass('r/c')] }, mini).missing).toEqual(['b']);
  });

  it('a deduction on an indicator without a max is missing (the cap could bind); no deduction needs none', () => {
    const noMax = resolveScorecard({ ...MINI, indicators: [{ ...MINI.indicators[0], max: undefined }, ...MINI.indicators.slice(1)] } as ScorecardInput);
    expect(computeScore({ site: dept, vetoes: [], findings: [fail('r/a'), pass('r/b'), pass('r/c')] }, noMax).missing).toEqual(['a']);
    expect(computeScore({ site: dept, vetoes: [], findings: [pass('r/a'), pass('r/b'), pass('r/c')] }, noMax).deduction).toBe(100);
  });

  it('an indicator without a check takes the hand-determined points of facts.manualScores', () => {
    const manual = resolveScorecard({ ...MINI, indicators: [...MINI.indicators, { id: 'm', group: 'pub', name: { zh: 'M', en: 'M' }, max: 4 }] });
    const findings = [pass('r/a'), pass('r/b'), pass('r/c')];
    expect(computeScore({ site: dept, vetoes: [], findings }, manual).missing).toEqual(['m']);
    expect(computeScore({ site: dept, vetoes: [], findings, manualScores: { m: 9 } }, manual).deduction).toBe(96);
  });

  it('an incomplete bonus leaves the total open but the grade known', () => {
    const noBonusPoints = resolveScorecard({ ...MINI, bonusIndicators: [{ id: 'x', group: 'bonus', name: { zh: 'X', en: 'X' } }] });
    const s = computeScore({ site: portal, vetoes: [], findings: [pass('r/a'), pass('r/b'), pass('r/c')] }, noBonusPoints);
    expect([s.deduction, s.bonus, s.total, s.grade, s.missing]).toEqual([100, null, null, 'pass', ['x']]);
  });

  it('the result matches its schema', () => {
    expect(scoreSchema.safeParse(computeScore({ site: dept, vetoes: [], findings: [] }, mini)).success).toBe(true);
  });
});

describe('the built-in gov-2019 scorecard', () => {
  const byId = new Map(gov2019Scorecard.indicators.map((i) => [i.id, i]));
  it('holds the known numbers of the spec and nothing else', () => {
    expect(gov2019Scorecard.deductionTotal).toBe(100);
    expect(gov2019Scorecard.thresholds).toEqual({ failBelow: 60, bonusAbove: 80 });
    expect(gov2019Scorecard.bonus).toEqual({ max: 30, siteKinds: ['portal'] });
    expect(gov2019Scorecard.groups.map((g) => [g.id, g.max])).toEqual([
      ['gov-2019/publish', 31], ['gov-2019/service', 25], ['gov-2019/interact', 23], ['gov-2019/design', undefined],
    ]);
    expect(byId.get('gov-2019/publish/policy-docs')?.points).toEqual({ 'stale-column': 5 });
    expect(byId.get('gov-2019/service/service-stats')?.points).toEqual({ stale: 2 });
    expect(byId.get('gov-2019/interact/message-disclosure')?.points).toEqual({ stale: 3 });
    expect(byId.get('gov-2019/publish/leader-info')?.points).toEqual({ 'no-column': 2, item: 1 });
    expect(byId.get('gov-2019/publish/interpretation-link')?.points).toEqual({ unlinked: 1 });
    expect(byId.get('gov-2019/interact/reply-handling')?.points).toBeUndefined();
    // No indicator max is known, and no UNKNOWN/uncertain indicator carries a number.
    for (const ind of [...gov2019Scorecard.indicators, ...gov2019Scorecard.bonusIndicators]) {
      expect(ind.max, ind.id).toBeUndefined();
      if (ind.confidence === 'UNKNOWN' || ind.confidence === 'uncertain') expect(ind.points, ind.id).toBeUndefined();
    }
  });

  it('lists every deduction and bonus row of the spec (§1.3, §1.4)', () => {
    expect(gov2019Scorecard.indicators).toHaveLength(25);
    expect(gov2019Scorecard.bonusIndicators.map((i) => i.id)).toEqual([
      'gov-2019/bonus/data-release', 'gov-2019/bonus/interpret-respond', 'gov-2019/bonus/realtime-interaction', 'gov-2019/bonus/user-space', 'gov-2019/bonus/smart-search',
    ]);
  });

  it('each measuring rule has a catalog entry with its confidence', () => {
    for (const ind of gov2019Scorecard.indicators) {
      if (ind.measure === undefined) continue;
      const e = catalog.find((c) => c.id === ind.measure?.rule);
      expect(e, ind.id).toBeDefined();
      expect(e?.confidence).toBeDefined();
    }
  });

  it('alone it never builds a total on a guess: incomplete, listing what is missing', () => {
    const r = checkSite({ schemaVersion: 1, site: SITE }, { at: AT, profile: 'census', scorecard: 'gov-2019' });
    expect(r.score?.complete).toBe(false);
    expect(r.score?.deduction).toBeNull();
    expect(r.score?.missing).toContain('gov-2019/publish/news');
  });
});

describe('the SAMPLE scorecard (examples/scorecard-sample.json)', () => {
  const file = JSON.parse(readFileSync(new URL('../../examples/scorecard-sample.json', import.meta.url), 'utf8'));
  const sample = resolveScorecard(file);
  it('is named and described as SAMPLE, and every entry it patches says so', () => {
    expect(sample.id).toMatch(/SAMPLE/);
    expect(sample.description.zh).toMatch(/SAMPLE/);
    expect(sample.description.en).toMatch(/SAMPLE/);
    for (const key of ['indicators', 'bonusIndicators'] as const) {
      for (const [id, patch] of Object.entries(file[key] as Record<string, { note?: string }>)) expect(patch.note, id).toMatch(/SAMPLE/);
    }
  });

  it('fills every number gov-2019 leaves out: each group max, each indicator\'s max and points', () => {
    for (const g of sample.groups) expect(g.max, g.id).toBeDefined();
    for (const ind of [...sample.indicators, ...sample.bonusIndicators]) {
      expect(ind.max, ind.id).toBeDefined();
      if (ind.measure === undefined) continue;
      expect(ind.points, ind.id).toBeDefined();
    }
  });

  it('prices every occurrence kind the 2019 deduction checks report, so a measured site is complete', () => {
    const manualScores = Object.fromEntries([...sample.indicators, ...sample.bonusIndicators].filter((i) => i.measure === undefined).map((i) => [i.id, 0]));
    const snap = (leaderInfo: unknown, roles: unknown): SnapshotInput => ({
      schemaVersion: 1, site: { ...SITE, kind: 'portal' }, columns: [{ id: 'pol', name: '政策文件', category: 'policy', level: 1, items: [] }],
      publications: [], messages: [], facts: { leaderInfo, columnRoles: roles, manualScores },
    } as SnapshotInput);
    // No leader column, no statistics or message column at all ("no-column").
    const a = checkSite(snap({ column: false }, { serviceStatistics: [], messageDisclosure: [] }), { at: AT, profile: 'census', scorecard: file }).score;
    expect(a?.missing).toEqual([]);
    expect(a?.indicators.filter((i) => i.state === 'scored' && (i.points ?? 0) > 0).map((i) => i.id)).toEqual([
      'gov-2019/publish/leader-info', 'gov-2019/publish/policy-docs', 'gov-2019/service/service-stats', 'gov-2019/interact/message-disclosure',
    ]);
    // A leader column with an item missing ("item").
    const b = checkSite(snap({ column: true, problems: [{ item: 'resume', kind: 'missing' }] }, { serviceStatistics: [], messageDisclosure: [] }), { at: AT, profile: 'census', scorecard: file }).score;
    expect(b?.complete).toBe(true);
  });
});

describe('resolveScorecard', () => {
  it('an extension fills numbers by id and is validated with the JSON path', () => {
    const s = resolveScorecard({ id: 'city', extends: 'gov-2019', groups: { 'gov-2019/design': { max: 21 } }, indicators: { 'gov-2019/publish/news': { points: 1, max: 4 } } });
    expect(s.groups.find((g) => g.id === 'gov-2019/design')?.max).toBe(21);
    expect(gov2019Scorecard.groups.find((g) => g.id === 'gov-2019/design')?.max).toBeUndefined();
    const e = refusal(() => resolveScorecard({ id: 'x', extends: 'gov-2019', indicators: { 'gov-2019/publish/news': { points: -1 } } }));
    expect(e.field).toBe('scorecard.indicators.gov-2019/publish/news.points');
    expect(refusal(() => resolveScorecard({ id: 'x', extends: 'gov-2019', indicators: { 'gov-2019/nope': { points: 1 } } })).field).toBe('scorecard.indicators.gov-2019/nope');
    expect(refusal(() => resolveScorecard('gov-2015'))).toBeInstanceOf(InvalidInputError);
    expect(refusal(() => resolveScorecard({ ...MINI, indicators: [{ ...MINI.indicators[0], group: 'nope' }] })).field).toBe('scorecard.indicators[0].group');
    expect(refusal(() => resolveScorecard(JSON.parse('{"id":"x","extends":"gov-2019","__proto__":{}}'))).field).toBe('scorecard.__proto__');
  });

  it('checkSite runs the checks a scorecard measures with, even when the profile does not list them', () => {
    const r = checkSite({ schemaVersion: 1, site: SITE }, { at: AT, profile: 'census', scorecard: 'gov-2019' });
    expect(r.findings.map((f) => f.rule)).toContain('gov-2019/publish/policy-docs');
    expect(r.profile).toBe('gov-2019'); // the version census picks at this checkpoint
    expect(checkSite({ schemaVersion: 1, site: SITE }, { at: AT, profile: 'census' }).score).toBeUndefined();
  });
});
