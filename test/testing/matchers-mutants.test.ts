/**
 * The matchers' exact messages and the edges of what they accept: called with no context at all,
 * `.not` on toPassRule, a Luxon DateTime or a null-prototype object as `from`, a `from` that is
 * not a date, a received value that is not an object, the calendar option reaching checkSite,
 * and the evidence quoted in full up to 600 characters and cut after.
 *
 * Calendar facts: 2026-10-01 is National Day (国庆节), 2026-10-10 a make-up working Saturday,
 * 2026-11-24 an ordinary Tuesday. A policy document issued 2026-09-30 is due 2026-10-10; one
 * issued 2026-12-30 is due 2027-01-05 by the holiday law (12-31, then 01-01 New Year's Day and a
 * weekend, then 01-04 and 01-05).
 */
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defaultCalendar, defineRule, finding, InvalidInputError, ruleById } from '../../src/index.js';
import { toBeDueBy, toBeWorkday, toFailRule, toPassRule } from '../../src/testing/index.js';
import { refusal } from '../refusal.js';

const AT = '2026-11-25T12:00:00+08:00';
const DOC = 'deyang-2018/art24-policy-document';
const site = { id: 's', name: 'S', kind: 'portal', level: 'city' } as const;
const snapshot = { schemaVersion: 1, site, links: [{ url: 'https://www.gov.cn', kind: 'government' }] };
const plain = { isNot: false };
/** The notice data's source line (computed lazily, inside the tests). */
const source = (): string => defaultCalendar.dayKind('2026-11-24').source;
const quote = (ruleId: string): string => {
  const e = ruleById(ruleId);
  return `${e.article} (${e.articleEn}) of ${e.source}: ${e.requirement}`;
};

describe('toBeWorkday messages', () => {
  it('without any matcher context (a bare call), the value is quoted and nothing is negated', () => {
    expect(toBeWorkday.call(undefined, '2026-10-01').message()).toBe(
      `expected "2026-10-01" to be a working day: 2026-10-01 is a rest day (holiday, 国庆节; ${source()})`,
    );
  });

  it('an ordinary working day names no festival and no provisional flag', () => {
    const r = toBeWorkday.call(plain, '2026-11-24');
    expect(r.pass).toBe(true);
    expect(r.message()).toBe(`expected "2026-11-24" to be a working day: 2026-11-24 is a working day (workday; ${source()})`);
  });

  it('a make-up Saturday names the festival it makes up for; .not says "not"', () => {
    const r = toBeWorkday.call({ isNot: true }, '2026-10-10');
    expect(r.pass).toBe(true);
    expect(r.message()).toBe(`expected "2026-10-10" not to be a working day: 2026-10-10 is a working day (makeup-workday, 国庆节; ${source()})`);
  });

  it('a Luxon DateTime is shown as its ISO text and read in Beijing', () => {
    const r = toBeWorkday.call(plain, DateTime.fromISO('2026-10-12T09:00:00+08:00', { setZone: true }));
    expect(r.pass).toBe(true);
    expect(r.message()).toMatch(/^expected "2026-10-12T09:00:00\.000\+08:00" to be a working day: 2026-10-12 is a working day \(workday; /);
  });
});

describe('toBeDueBy messages and inputs', () => {
  it('the whole failure message: deadline, unit, lateness and the article', () => {
    // Done Tue 2026-10-13: late by the working days after 10-10, i.e. Mon 10-12 and Tue 10-13.
    const r = toBeDueBy.call(plain, '2026-10-13T09:00:00+08:00', DOC, '2026-09-30');
    expect(r.pass).toBe(false);
    expect(r.message()).toBe(
      'expected "2026-10-13T09:00:00+08:00" to meet deyang-2018/art24-policy-document counted from "2026-09-30": ' +
        'deadline 2026-10-10T23:59:59.999+08:00 (last day 2026-10-10; 3 workdays counted from 2026-09-30); the act is late by 2 workday(s). ' +
        `Rule: ${quote(DOC)}`,
    );
  });

  it('a deadline on provisional calendar data says so', () => {
    const r = toBeDueBy.call(plain, '2027-01-05T10:00:00+08:00', DOC, '2026-12-30', { provisional: true });
    expect(r.pass).toBe(true);
    expect(r.message()).toContain('deadline 2027-01-05T23:59:59.999+08:00 (last day 2027-01-05; 3 workdays counted from 2026-12-30; provisional calendar data); the act is on time.');
  });

  it('a Luxon DateTime as from is the date counted from, shown as itself', () => {
    const from = DateTime.fromISO('2026-09-30T10:00:00+08:00', { setZone: true });
    const r = toBeDueBy.call(plain, '2026-10-10', DOC, from);
    expect(r.pass).toBe(true);
    expect(r.message()).toContain('to meet deyang-2018/art24-policy-document counted from "2026-09-30T10:00:00.000+08:00": deadline 2026-10-10T23:59:59.999+08:00');
    expect(toBeDueBy.call(plain, '2026-10-11', DOC, from).pass).toBe(false);
  });

  it('a DateTime that lost its prototype (structuredClone) is still taken as the date, and refused as such', () => {
    const cloned = structuredClone(DateTime.fromISO('2026-09-30T10:00:00+08:00', { setZone: true }));
    expect(Object.getPrototypeOf(cloned)).toBe(Object.prototype);
    const caught = refusal(() => toBeDueBy.call(plain, '2026-10-10', DOC, cloned as never));
    expect(caught.field).toBe('from');
    expect(caught.reason).toMatch(/^is an invalid Luxon DateTime/);
  });

  it('a whole input may have no prototype; it is shown as JSON', () => {
    const input = Object.create(null) as Record<string, unknown>;
    input.quarter = '2026Q3';
    const r = toBeDueBy.call(plain, '2026-08-15', 'deyang-2018/art32-self-inspection', input);
    expect(r.pass).toBe(true);
    expect(r.message()).toContain('counted from {"quarter":"2026Q3"}: deadline 2026-08-15T23:59:59.999+08:00');
    expect(toBeDueBy.call(plain, '2026-08-16', 'deyang-2018/art32-self-inspection', input).pass).toBe(false);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 20260930],
    ['a Map', new Map([['from', '2026-09-30']])],
  ])('from as %s is refused as input.from, not read as the rule input', (_label, from) => {
    expect(refusal(() => toBeDueBy.call(plain, '2026-10-10', DOC, from as never)).field).toBe('input.from');
  });
});

describe('toPassRule / toFailRule messages and inputs', () => {
  it('.not on toPassRule says "not to pass"', () => {
    const r = toPassRule.call({ isNot: true }, snapshot, 'deyang-2018/art28-links', { at: AT });
    expect(r.pass).toBe(true);
    expect(r.message()).toMatch(/^expected the snapshot of site s not to pass deyang-2018\/art28-links at 2026-11-25T12:00:00\.000\+08:00 \(profile deyang-2018\): the finding is pass/);
  });

  it('a received value that is not an object is an invalid snapshot, not a TypeError', () => {
    for (const received of ['a snapshot', 42]) {
      expect(() => toPassRule.call(plain, received, 'deyang-2018/art28-links', { at: AT })).toThrow(InvalidInputError);
    }
  });

  it('the calendar option reaches checkSite', () => {
    // Issued 2026-12-30, published 2027-01-05 10:00: on time by the law's 2027 (due 2027-01-05);
    // the official calendar alone cannot judge it.
    const s = { schemaVersion: 1, site, publications: [{ id: 'p', kind: 'policy-document', triggeredAt: '2026-12-30', publishedAt: '2027-01-05T10:00:00+08:00' }] };
    const at = '2027-01-10T12:00:00+08:00';
    expect(toPassRule.call(plain, s, DOC, { at }).pass).toBe(false);
    expect(toPassRule.call(plain, s, DOC, { at, calendar: defaultCalendar.provisional({ through: 2027 }) }).pass).toBe(true);
  });

  it('a missing rule lists every rule of the profile, comma-separated', () => {
    const profile = { id: 'p', description: { zh: '测试', en: 'test' }, rules: { 'deyang-2018/art28-links': {}, 'census/blank-columns': {} } };
    expect(() => toPassRule.call(plain, snapshot, 'census/columns-stale', { at: AT, profile }))
      .toThrow(/has no rule census\/columns-stale \(its rules: deyang-2018\/art28-links, census\/blank-columns\)$/);
  });

  describe('evidence in the message', () => {
    const profile = { id: 'p', description: { zh: '测试', en: 'test' }, rules: { 'my/evidence': {} } };
    const withEvidence = (evidence: Record<string, unknown>) => {
      const rule = defineRule({ id: 'my/evidence', title: { zh: '测试', en: 'Test' }, params: z.object({}).strict(), run: (_c, _p, id) => finding(id, 'fail', { zh: '不通过', en: 'No' }, evidence) });
      return toPassRule.call(plain, snapshot, 'my/evidence', { at: AT, profile, rules: [rule] }).message();
    };
    const evidenceOf = (m: string): string => {
      const start = m.indexOf('Evidence: ') + 'Evidence: '.length;
      const end = m.lastIndexOf('. Rule: ');
      return m.slice(start, end);
    };

    it('600 characters of JSON are quoted whole', () => {
      const json = JSON.stringify({ s: 'x'.repeat(592) });
      expect(json).toHaveLength(600);
      expect(evidenceOf(withEvidence({ s: 'x'.repeat(592) }))).toBe(json);
    });

    it('601 characters are cut to 599 and an ellipsis', () => {
      const json = JSON.stringify({ s: 'x'.repeat(593) });
      expect(json).toHaveLength(601);
      const shown = evidenceOf(withEvidence({ s: 'x'.repeat(593) }));
      expect(shown).toBe(`${json.slice(0, 599)}…`);
      expect(shown).toHaveLength(600);
    });

    it('evidence JSON cannot encode (a BigInt) does not break the message', () => {
      const m = withEvidence({ n: 1n });
      expect(m).toContain('the finding is fail — No / 不通过. Evidence: ');
      expect(m).toContain('Rule: (a custom rule: not in the catalog)');
    });
  });
});
