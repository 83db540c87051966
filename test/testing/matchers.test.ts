import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { CalendarCoverageError, defaultCalendar, InvalidInputError } from '../../src/index.js';
import { arbitraries, matchers, toBeDueBy, toBeWorkday, toPassRule } from '../../src/testing/index.js';
import type { GovSiteRulesMatchers } from '../../src/testing/index.js';
import { thrown } from '../refusal.js';

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
