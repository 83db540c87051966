import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { CalendarCoverageError, defaultCalendar, InvalidInputError, defineRule, finding, ruleById } from '../../src/index.js';
import { arbitraries, matchers, toBeDueBy, toBeWorkday, toPassRule, toFailRule } from '../../src/testing/index.js';
import type { GovSiteRulesMatchers } from '../../src/testing/index.js';
import { thrown, refusal } from '../refusal.js';
import { z } from 'zod';
import { FIRST_UNCOVERED_YEAR, lastCoveredDate, provisionalAddWorkdays, uncoveredDate } from '../coverage-year.js';

expect.extend(matchers);
declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Assertion<T = any> extends GovSiteRulesMatchers<void> {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AsymmetricMatchersContaining extends GovSiteRulesMatchers<void> {}
}

const AT = '2026-11-25T12:00:00+08:00';
const site = { id: 's', name: 'S', kind: 'portal', level: 'city' } as const;
const withLinks = (kind: 'government' | 'commercial') => ({ schemaVersion: 1, site, links: [{ url: 'https://x.example', kind }] });
const failureOf = (fn: () => void): string => (thrown(fn) as Error).message;

describe('toBeWorkday', () => {
  it('passes on working days (make-up Saturdays too), fails on rest days; .not inverts', () => {
    expect('2026-10-10').toBeWorkday();
    expect('2026-10-01').not.toBeWorkday();
    expect('2026-10-09T17:30:00Z').toBeWorkday(); // 2026-10-10 01:30 in Beijing
    expect('2026-09-30T16:30:00Z').not.toBeWorkday(); // 2026-10-01 00:30 in Beijing
    expect(DateTime.fromISO('2026-10-12T09:00:00+08:00')).toBeWorkday();
    expect({ day: '2026-10-09' }).toEqual({ day: expect.toBeWorkday() });
  });

  it('agrees with the calendar on generated days', () => {
    fc.assert(fc.property(arbitraries.workday(), (d) => toBeWorkday.call({ isNot: false }, d).pass));
    fc.assert(fc.property(arbitraries.restDay(), (d) => !toBeWorkday.call({ isNot: false }, d).pass));
  });

  it('messages name the day kind and the notice; .not says "not"', () => {
    const m = failureOf(() => expect('2026-10-01').toBeWorkday());
    expect(m).toContain('2026-10-01');
    expect(m).toContain('rest day');
    expect(defaultCalendar.dayKind('2026-10-01').source.length).toBeGreaterThan(0);
    expect(m).toContain(defaultCalendar.dayKind('2026-10-01').source);
    expect(failureOf(() => expect('2026-10-10').not.toBeWorkday())).toMatch(/not to be a working day/);
  });

  it('a day outside the coverage throws the typed error, never a guess', () => {
    expect(() => expect('2099-01-05').toBeWorkday()).toThrow(CalendarCoverageError);
    const calendar = defaultCalendar.provisional({ through: 2030 });
    expect('2030-01-02').toBeWorkday({ calendar });
  });
});

describe('toBeDueBy', () => {
  const RULE = 'deyang-2018/art24-policy-document';
  it('passes at or before the deadline instant, fails after it; .not inverts', () => {
    expect('2026-10-10T23:59:59.999+08:00').toBeDueBy(RULE, '2026-09-30');
    expect('2026-10-10').toBeDueBy(RULE, '2026-09-30'); // a date: the act on that day
    expect('2026-10-10T15:59:59Z').toBeDueBy(RULE, '2026-09-30');
    expect('2026-10-11T00:00:00+08:00').not.toBeDueBy(RULE, '2026-09-30');
    expect('2026-10-10T16:00:00Z').not.toBeDueBy(RULE, '2026-09-30');
    expect(new Date('2026-10-09T02:00:00Z')).toBeDueBy(RULE, new Date('2026-09-30T02:00:00Z'));
  });

  it('hour rules, whole inputs and options', () => {
    expect('2026-10-10T18:00:00+08:00').toBeDueBy('deyang-2018/art24-activity', '2026-10-09T18:00:00+08:00');
    expect('2026-10-10T18:00:01+08:00').not.toBeDueBy('deyang-2018/art24-activity', '2026-10-09T18:00:00+08:00');
    expect('2026-10-27').toBeDueBy('deyang-2018/art25-opinion-feedback', { from: '2026-09-30', complex: true });
    expect('2026-10-27').not.toBeDueBy('deyang-2018/art25-opinion-feedback', '2026-09-30');
    expect('2026-08-15T23:00:00+08:00').toBeDueBy('deyang-2018/art32-self-inspection', { quarter: '2026Q3' });
    expect('2026-10-10').toBeDueBy('deyang-2018/art24-proactive', '2026-09-30', { period: { amount: 10, unit: 'day' } });
  });

  it('the failure message quotes the article and the computed deadline, and how late', () => {
    const m = failureOf(() => expect('2026-10-13T09:00:00+08:00').toBeDueBy(RULE, '2026-09-30'));
    expect(m).toContain('第二十四条第（一）项');
    expect(m).toContain('Art. 24(1)');
    expect(m).toContain('政策文件在纸质公文印发后3个工作日内上网公开');
    expect(m).toContain('2026-10-10T23:59:59.999+08:00');
    expect(m).toContain('late by 2 workday(s)');
    const n = failureOf(() => expect('2026-10-09').not.toBeDueBy(RULE, '2026-09-30'));
    expect(n).toContain('not to meet');
    expect(n).toContain('2026-10-10T23:59:59.999+08:00');
  });

  it('agrees with generated publications: timely ones pass, late ones fail', () => {
    fc.assert(
      fc.property(arbitraries.publication({ timely: true, kind: 'proactive' }), (p) => {
        expect(p.publishedAt).toBeDueBy('deyang-2018/art24-proactive', p.triggeredAt as string);
      }),
      { numRuns: 50 },
    );
    fc.assert(
      fc.property(arbitraries.publication({ timely: false, kind: 'activity' }), (p) => {
        expect(p.publishedAt).not.toBeDueBy('deyang-2018/art24-activity', p.triggeredAt as string);
      }),
      { numRuns: 50 },
    );
  });

  it('invalid input is refused with the typed error', () => {
    expect(() => expect('2026-10-10').toBeDueBy('deyang-2018/art99', '2026-09-30')).toThrow(InvalidInputError);
    expect(() => expect('2026-10-10').toBeDueBy('deyang-2018/art24-activity', '2026-10-09T18:00:00+08:00')).toThrow(InvalidInputError); // a date for an hour rule
    expect(() => expect('2026-02-30').toBeDueBy(RULE, '2026-01-05')).toThrow(InvalidInputError);
  });
});

describe('toPassRule / toFailRule', () => {
  it('pass and fail on a snapshot at a checkpoint; .not inverts', () => {
    expect(withLinks('government')).toPassRule('deyang-2018/art28-links', { at: AT });
    expect(withLinks('commercial')).toFailRule('deyang-2018/art28-links', { at: AT });
    expect(withLinks('commercial')).not.toPassRule('deyang-2018/art28-links', { at: AT });
    expect(withLinks('government')).not.toFailRule('deyang-2018/art28-links', { at: AT });
    // needs-input is neither
    expect(withLinks('government')).not.toPassRule('census/blank-columns', { at: AT });
    expect(withLinks('government')).not.toFailRule('census/blank-columns', { at: AT });
  });

  it('accepts a { snapshot, at } case from arbitraries.snapshot() and a profile', () => {
    fc.assert(
      fc.property(arbitraries.snapshot({ blankColumns: 5 }), (c) => {
        expect(c).toFailRule('census/blank-columns');
        expect(c).toFailRule('census/blank-columns', { profile: 'census' });
        expect(c).toPassRule('census/columns-stale');
      }),
      { numRuns: 20 },
    );
  });

  it('messages quote the article, the status, the finding message and evidence', () => {
    const m = failureOf(() => expect(withLinks('commercial')).toPassRule('deyang-2018/art28-links', { at: AT }));
    expect(m).toContain('第二十八条');
    expect(m).toContain('Art. 28');
    expect(m).toContain('不得链接违法网站和商业网站');
    expect(m).toContain('the finding is fail');
    expect(m).toContain('https://x.example');
    expect(m).toContain('2026-11-25T12:00:00');
    const n = failureOf(() => expect(withLinks('commercial')).not.toFailRule('deyang-2018/art28-links', { at: AT }));
    expect(n).toContain('not to fail');
    const census = failureOf(() => expect(withLinks('government')).toFailRule('census/blank-columns', { at: AT }));
    expect(census).toContain('单项否决指标：栏目不更新（3）');
    expect(census).toContain('needs-input');
  });

  it('a missing checkpoint, a rule the profile lacks or an invalid snapshot throw', () => {
    expect(() => toPassRule.call({}, withLinks('government'), 'deyang-2018/art28-links')).toThrow(/checkpoint/);
    expect(() => expect(withLinks('government')).toPassRule('deyang-2018/art28-links', { at: AT, profile: 'census' })).toThrow(/has no rule/);
    expect(() => expect({ schemaVersion: 2 }).toPassRule('deyang-2018/art28-links', { at: AT })).toThrow(InvalidInputError);
  });

  it('work without a matcher context (called as plain functions)', () => {
    expect(toBeWorkday('2026-10-10').pass).toBe(true);
    expect(toBeDueBy('2026-10-10', 'deyang-2018/art24-policy-document', '2026-09-30').pass).toBe(true);
    expect(toPassRule(withLinks('government'), 'deyang-2018/art28-links', { at: AT }).pass).toBe(true);
  });
});

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
describe('exact messages and the edges of what the matchers accept', () => {
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
      // Issued on the calendar's 12-30 (2026: due 2027-01-05 by the law), done at 10:00 on the due day.
      const from = lastCoveredDate('12-30');
      const due = provisionalAddWorkdays(from, 3);
      const r = toBeDueBy.call(plain, `${due}T10:00:00+08:00`, DOC, from, { provisional: true });
      expect(r.pass).toBe(true);
      expect(r.message()).toContain(`deadline ${due}T23:59:59.999+08:00 (last day ${due}; 3 workdays counted from ${from}; provisional calendar data); the act is on time.`);
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
      // Issued on the calendar's 12-30, published at 10:00 on its due day by the law's next year (2026:
      // issued 2026-12-30, due 2027-01-05); the official calendar alone cannot judge it.
      const from = lastCoveredDate('12-30');
      const due = provisionalAddWorkdays(from, 3);
      const s = { schemaVersion: 1, site, publications: [{ id: 'p', kind: 'policy-document', triggeredAt: from, publishedAt: `${due}T10:00:00+08:00` }] };
      const at = `${uncoveredDate('01-10')}T12:00:00+08:00`;
      expect(toPassRule.call(plain, s, DOC, { at }).pass).toBe(false);
      expect(toPassRule.call(plain, s, DOC, { at, calendar: defaultCalendar.provisional({ through: FIRST_UNCOVERED_YEAR }) }).pass).toBe(true);
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
});
