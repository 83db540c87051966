/**
 * The matchers called directly, as a runner without `utils.printReceived` would: how they show
 * the received value, the day kind and festival, singular and plural units, a custom rule, and
 * which received values count as a `{ snapshot, at }` case.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defaultCalendar, defineRule, finding } from '../../src/index.js';
import { toBeDueBy, toBeWorkday, toFailRule, toPassRule } from '../../src/testing/index.js';

const AT = '2026-11-25T12:00:00+08:00';
const site = { id: 's', name: 'S', kind: 'portal', level: 'city' } as const;
const snapshot = { schemaVersion: 1, site, links: [{ url: 'https://www.gov.cn', kind: 'government' }] };
const plain = { isNot: false };

describe('how the received value is shown without the runner\'s printer', () => {
  it('a string is quoted, a Date is ISO; a received value that is not a date is refused, never shown', () => {
    expect(toBeWorkday.call(plain, '2026-10-01').message()).toMatch(/^expected "2026-10-01" to be a working day/);
    expect(toBeWorkday.call(plain, new Date('2026-10-01T04:00:00Z')).message()).toMatch(/^expected 2026-10-01T04:00:00\.000Z to be/);
    const m = toFailRule.call(plain, { snapshot, at: AT }, 'deyang-2018/art28-links').message();
    expect(m).toContain('the finding is pass');
    const circular: Record<string, unknown> = { a: 1 };
    circular.self = circular;
    expect(() => toBeDueBy.call(plain, circular, 'deyang-2018/art24-policy-document', '2026-09-30')).toThrow(/doneAt|now/);
  });
  it('the runner\'s printer is used when given, and .not is said', () => {
    const m = toBeWorkday.call({ isNot: true, utils: { printReceived: (v) => `<<${String(v)}>>` } }, '2026-10-10').message();
    expect(m).toMatch(/^expected <<2026-10-10>> not to be a working day/);
    expect(toBeWorkday.call({ isNot: false, utils: {} }, '2026-10-10').message()).toMatch(/^expected "2026-10-10" to be/);
  });
});

describe('messages', () => {
  it('a festival day names the festival and its notice', () => {
    const k = defaultCalendar.dayKind('2026-10-01');
    const m = toBeWorkday.call(plain, '2026-10-01').message();
    expect(m).toContain('is a rest day');
    expect(m).toContain(`(${k.kind}, ${k.festival}; ${k.source})`);
    const w = toBeWorkday.call(plain, '2026-11-24').message();
    expect(w).toContain('is a working day');
    expect(w).not.toContain('provisional');
  });
  it('a provisional day says so', () => {
    const calendar = defaultCalendar.provisional({ through: 2030 });
    expect(toBeWorkday.call(plain, '2030-01-02', { calendar }).message()).toContain('; provisional)');
  });
  it('units are singular for 1 and plural otherwise', () => {
    const three = toBeDueBy.call(plain, '2026-10-13T09:00:00+08:00', 'deyang-2018/art24-policy-document', '2026-09-30').message();
    expect(three).toContain('3 workdays counted from');
    const one = toBeDueBy.call(plain, '2026-10-13T09:00:00+08:00', 'deyang-2018/art24-proactive', '2026-09-30', { period: { amount: 1, unit: 'workday' } }).message();
    expect(one).toMatch(/1 workday counted from/);
    expect(three).toContain('late by 2 workday(s)');
    expect(toBeDueBy.call(plain, '2026-10-10', 'deyang-2018/art24-policy-document', '2026-09-30').message()).toContain('the act is on time');
  });
  it('a Date or Luxon-like object as from is the date, not the rule input', () => {
    expect(toBeDueBy.call(plain, '2026-10-10', 'deyang-2018/art24-policy-document', new Date('2026-09-30T02:00:00Z')).pass).toBe(true);
  });
});

describe('rule matchers', () => {
  it('a custom rule is named as not in the catalog; calendar and rules options reach checkSite', () => {
    const rule = defineRule({ id: 'my/always', title: { zh: '测试', en: 'Test' }, params: z.object({}).strict(), run: (_c, _p, id) => finding(id, 'fail', { zh: '不通过', en: 'No' }) });
    const profile = { id: 'p', description: { zh: '测试', en: 'test' }, rules: { 'my/always': {} } };
    const r = toPassRule.call(plain, snapshot, 'my/always', { at: AT, profile, rules: [rule], calendar: defaultCalendar });
    expect(r.pass).toBe(false);
    expect(r.message()).toContain('(a custom rule: not in the catalog)');
    expect(toFailRule.call(plain, snapshot, 'my/always', { at: AT, profile, rules: [rule] }).pass).toBe(true);
  });
  it('a snapshot is not mistaken for a case: with schemaVersion it is the snapshot itself', () => {
    const odd = { ...snapshot, snapshot: 'not a case' };
    expect(() => toPassRule.call(plain, odd, 'deyang-2018/art28-links')).toThrow(/checkpoint/);
    expect(toPassRule.call(plain, odd, 'deyang-2018/art28-links', { at: AT }).pass).toBe(true);
    expect(() => toPassRule.call(plain, null, 'deyang-2018/art28-links')).toThrow(/checkpoint/);
  });
  it('a rule the profile lacks is a TypeError listing the profile\'s rules', () => {
    expect(() => toPassRule.call(plain, snapshot, 'census/blank-columns', { at: AT, profile: { id: 'p', description: { zh: '测试', en: 'test' }, rules: { 'deyang-2018/art28-links': {} } } }))
      .toThrow(/has no rule census\/blank-columns \(its rules: deyang-2018\/art28-links\)/);
  });
});
