/**
 * A scorecard scores the checkpoints of its indicator system only (issue 15: "versioned by the
 * checkpoint"): the shipped gov-2019 scorecard and every extension of it are in force from
 * 2019-04-18 (国办秘函〔2019〕19号, published that day, spec national-2019.md §1), like the gov-2019
 * profile; an earlier checkpoint falls under the 2015 census table, whose points are not known
 * (§2.2), so it is refused naming that system, and self-inspect's default scorecard follows the
 * checkpoint (none before 2019-04-18) instead of always being gov-2019.
 */
import { describe, expect, it } from 'vitest';
import {
  checkSite, gov2019Profile, gov2019Scorecard, inForceAt, resolveScorecard, type ScorecardInput, scorecardAt, selfInspect, shippedScorecardAt,
} from '../../src/index.js';
import { refusal } from '../refusal.js';
import { SITE } from '../checks/helpers.js';

const snapshot = { schemaVersion: 1 as const, site: SITE };
const BEFORE = '2019-04-17T23:59:59+08:00';
const FROM = '2019-04-18T00:00:00+08:00';
const OWN: ScorecardInput = {
  id: 'city-own',
  description: { zh: '本市考评方案', en: 'a city scheme' },
  deductionTotal: 100,
  thresholds: { failBelow: 60, bonusAbove: 80 },
  groups: [{ id: 'g', name: { zh: '组', en: 'group' }, max: 100 }],
  indicators: [{ id: 'g/x', group: 'g', name: { zh: 'X', en: 'X' }, points: 1, max: 100 }],
};

describe('the shipped scorecard is in force with the 2019 indicators', () => {
  it('has the gov-2019 profile\'s dates', () => {
    expect(gov2019Scorecard.inForce).toEqual({ from: '2019-04-18', until: null });
    expect(gov2019Scorecard.inForce).toEqual(gov2019Profile.inForce);
  });

  it('checkSite refuses gov-2019 at a checkpoint before 2019-04-18 (Beijing), naming census-2015; accepts it from that day', () => {
    const e = refusal(() => checkSite(snapshot, { at: BEFORE, profile: 'census', scorecard: 'gov-2019' }));
    expect(e.field).toBe('options.scorecard');
    expect(e.value).toBe('gov-2019');
    expect(e.message).toContain('2019-04-18 … today');
    expect(e.message).toContain('not to 2019-04-17');
    expect(e.message).toContain('"census-2015"');
    // The Beijing day decides, not UTC: 2019-04-17T16:00Z is already the 18th in Beijing.
    expect(checkSite(snapshot, { at: '2019-04-17T16:00:00Z', profile: 'census', scorecard: 'gov-2019' }).score?.scorecard).toBe('gov-2019');
    expect(checkSite(snapshot, { at: FROM, profile: 'census', scorecard: 'gov-2019' }).score?.scorecard).toBe('gov-2019');
  });

  it('an extension of gov-2019 inherits its dates; a checkpoint no national system covers says so', () => {
    const ext = { id: 'my-city', extends: 'gov-2019' as const, indicators: { 'gov-2019/publish/news': { points: 1, max: 4 } } };
    expect(resolveScorecard(ext).inForce).toEqual({ from: '2019-04-18', until: null });
    expect(refusal(() => checkSite(snapshot, { at: '2018-06-01T10:00:00+08:00', profile: 'census', scorecard: ext })).message).toContain('"census-2015"');
    const e = refusal(() => scorecardAt(resolveScorecard(ext), Date.parse('2014-06-01T10:00:00+08:00'), 'x'));
    expect(e.field).toBe('x');
    expect(e.message).toContain('no national indicator system applies then');
  });

  it('a scorecard of one\'s own without dates scores any checkpoint; with dates, only those', () => {
    const s = checkSite(snapshot, { at: '2018-06-01T10:00:00+08:00', profile: 'census', scorecard: OWN }).score;
    expect(s?.scorecard).toBe('city-own');
    const dated = { ...OWN, inForce: { from: '2016-01-01', until: '2018-12-31' } };
    expect(checkSite(snapshot, { at: '2018-12-31T23:59:59+08:00', profile: 'census', scorecard: dated }).score?.scorecard).toBe('city-own');
    expect(refusal(() => checkSite(snapshot, { at: '2019-01-01T00:00:00+08:00', profile: 'census', scorecard: dated })).message).toContain('2016-01-01 … 2018-12-31');
  });

  it('dates are validated: YYYY-MM-DD, until not before from', () => {
    expect(refusal(() => resolveScorecard({ ...OWN, inForce: { from: '2019-4-18', until: null } })).field).toBe('scorecard.inForce.from');
    expect(refusal(() => resolveScorecard({ ...OWN, inForce: { from: '2019-04-18', until: '2019-04-17' } })).field).toBe('scorecard.inForce.until');
    expect(resolveScorecard({ ...OWN, inForce: { from: '2019-04-18', until: '2019-04-18' } }).inForce).toEqual({ from: '2019-04-18', until: '2019-04-18' });
  });

  it('inForceAt and shippedScorecardAt read the Beijing day', () => {
    expect(inForceAt({ from: '2019-04-18', until: null }, Date.parse(BEFORE))).toBe(false);
    expect(inForceAt({ from: '2019-04-18', until: null }, Date.parse(FROM))).toBe(true);
    expect(inForceAt({ from: null, until: '2019-04-17' }, Date.parse(BEFORE))).toBe(true);
    expect(shippedScorecardAt(Date.parse(BEFORE))).toBeUndefined();
    expect(shippedScorecardAt(Date.parse(FROM))?.id).toBe('gov-2019');
  });

  it('a self-inspection without a scorecard says it is not scored (Markdown and HTML)', async () => {
    const { renderSelfInspectionMarkdown, renderSelfInspectionHtml } = await import('../../src/index.js');
    const s = selfInspect(snapshot, { at: '2018-06-01T10:00:00+08:00', profile: 'census' });
    expect([s.profile, s.scorecard, s.score]).toEqual(['census-2015', null, null]);
    expect(renderSelfInspectionMarkdown(s)).toContain('- 得分 (score): 未计分');
    expect(renderSelfInspectionHtml(s)).toContain('<tr><th>得分 (score)</th><td>未计分');
  });
});
