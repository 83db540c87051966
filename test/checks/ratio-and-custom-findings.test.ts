import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkReportSchema, checkSite, defineRule, deriveProfile, finding } from '../../src/index.js';
import { percentText, ratioAtLeast } from '../../src/checks/predicates.js';
import { AT, AT_MS, bj, DAY, snap, LEGACY_CENSUS } from './helpers.js';
import { refusal } from '../refusal.js';

const R = 'census/site-unreachable';
/** `n` probes spread over the week before the checkpoint, the first `failed` of them failed. */
const probes = (n: number, failed: number) =>
  Array.from({ length: n }, (_, i) => ({ at: bj(AT_MS - 7 * DAY + Math.floor((i * 7 * DAY) / n)), ok: i >= failed }));
const unreachable = (failRatio: number, n: number, failed: number) => {
  const profile = deriveProfile(LEGACY_CENSUS, { id: `ratio-${failRatio}`, rules: { [R]: { failRatio, minProbes: 1, minDays: 0 } } });
  const r = checkSite(snap({ probes: probes(n, failed) }), { at: AT, profile });
  return r.findings.find((f) => f.rule === R)!;
};

describe('ratioAtLeast reads the ratio as the decimal it was written as', () => {
  it('exact at the boundary for ratios binary floating point cannot hold (0.07, 0.1, 0.3)', () => {
    // 7/100 is 0.07 exactly; 0.07 * 100 in binary is 7.000000000000001.
    expect(ratioAtLeast(7, 100, 0.07)).toBe(true);
    expect(ratioAtLeast(6, 100, 0.07)).toBe(false);
    expect(ratioAtLeast(1, 10, 0.1)).toBe(true);
    expect(ratioAtLeast(3, 10, 0.3)).toBe(true);
    expect(ratioAtLeast(29_999_999, 100_000_000, 0.3)).toBe(false);
  });

  it('tiny ratios are not rounded to zero: 0 failures never reach 1e-7', () => {
    expect(ratioAtLeast(0, 200, 1e-7)).toBe(false);
    expect(ratioAtLeast(1, 10_000_000, 1e-7)).toBe(true);
    expect(ratioAtLeast(9_999_999, 100_000_000_000_000, 1e-7)).toBe(false);
    expect(ratioAtLeast(1, 1, 1)).toBe(true);
    expect(ratioAtLeast(0, 0, 0.05)).toBe(false);
  });

  it('percentages in messages carry no binary noise', () => {
    expect(percentText(0.07)).toBe('7');
    expect(percentText(0.05)).toBe('5');
    expect(percentText(0.005)).toBe('0.5');
    expect(percentText(1e-7)).toBe('0.00001');
    expect(percentText(1)).toBe('100');
  });
});

describe('census/site-unreachable with a derived failRatio', () => {
  it('failRatio 1e-7 with no failed probe passes (it used to fail: the ratio rounded to 0)', () => {
    const f = unreachable(1e-7, 200, 0);
    expect(f.status).toBe('pass');
    expect(f.message.en).toBe('0 of 200 probes failed: below 0.00001%');
    expect(unreachable(1e-7, 200, 1).status).toBe('fail');
  });

  it('failRatio 0.07: 7 of 100 fails, 6 of 100 passes, and the message says 7%', () => {
    const f = unreachable(0.07, 100, 7);
    expect(f.status).toBe('fail');
    expect(f.message.en).toBe('7 of 100 probes failed: at least 7%');
    expect(f.message.zh).toBe('100次探测中7次无法访问，达到7%');
    const p = unreachable(0.07, 100, 6);
    expect(p.status).toBe('pass');
    expect(p.message.zh).toBe('100次探测中6次失败，低于7%');
  });
});

describe('a custom rule must return a finding', () => {
  const custom = (run: () => unknown) => {
    const rule = defineRule({ id: 'my-city/custom', title: { zh: '自定义', en: 'Custom' }, params: z.object({}), run: run as never });
    const profile = deriveProfile(LEGACY_CENSUS, { id: 'my-city', rules: { 'my-city/custom': {} } }, [rule]);
    return () => checkSite(snap(), { at: AT, profile, rules: [rule] });
  };

  it.each([
    ['undefined', () => undefined, ''],
    ['a status outside the four', () => ({ rule: 'my-city/custom', status: 'ok', message: { zh: '好', en: 'ok' }, evidence: {} }), ' (at status)'],
    ['a message without en', () => ({ rule: 'my-city/custom', status: 'pass', message: { zh: '好' }, evidence: {} }), ' (at message.en)'],
    ['no evidence', () => ({ rule: 'my-city/custom', status: 'pass', message: { zh: '好', en: 'ok' } }), ' (at evidence)'],
  ])('%s: a typed error naming the rule and where', (_, run, where) => {
    const error = refusal(custom(run));
    expect(error.field).toBe('options.rules["my-city/custom"].run');
    expect(error.reason).toBe(`returned something that is not a finding { rule, status, message: { zh, en }, evidence }${where}`);
  });

  it('a valid finding is kept, the report passes its schema, the summary counts it', () => {
    const r = custom(() => finding('other-id', 'needs-input', { zh: '缺', en: 'missing' }))();
    expect(r.findings.at(-1)).toEqual({ rule: 'my-city/custom', status: 'needs-input', message: { zh: '缺', en: 'missing' }, evidence: {} });
    expect(checkReportSchema.safeParse(r).success).toBe(true);
    expect(r.summary['needs-input']).toBe(r.findings.filter((f) => f.status === 'needs-input').length);
  });
});
