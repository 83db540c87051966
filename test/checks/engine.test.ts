import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  builtinRules, censusProfile, checkReportSchema, checkSite, checkSites, defineRule, deriveProfile, deyang2018Profile,
  finding, InvalidInputError, PROFILES,
} from '../../src/index.js';
import { AT, snap } from './helpers.js';

describe('engine and profiles', () => {
  it('one finding per rule of the profile, in profile order, and a summary that adds up', () => {
    for (const profile of Object.values(PROFILES)) {
      const r = checkSite(snap(), { at: AT, profile: profile.id });
      expect(r.findings.map((f) => f.rule)).toEqual(Object.keys(profile.rules));
      expect(Object.values(r.summary).reduce((a, b) => a + b, 0)).toBe(r.findings.length);
      expect(checkReportSchema.safeParse(r).success).toBe(true);
      for (const f of r.findings) expect(f.message.zh.length > 0 && f.message.en.length > 0).toBe(true);
    }
  });

  it('an empty snapshot never passes anything: only not-applicable or needs-input', () => {
    const r = checkSite(snap(), { at: AT });
    expect(r.summary.pass).toBe(0);
    expect(r.summary.fail).toBe(0);
    expect(r.verdict).toBe('qualified');
  });

  it('the default profile is deyang-2018 and holds every deyang-2018 site check plus the census vetoes', () => {
    const ids = Object.keys(deyang2018Profile.rules);
    expect(checkSite(snap(), { at: AT }).profile).toBe('deyang-2018');
    expect(ids.filter((i) => i.startsWith('census/'))).toEqual(Object.keys(censusProfile.rules));
    expect(ids).toHaveLength(24);
    // The built-in rules are these plus the 2019 deduction checks (run when a scorecard measures with them).
    expect(new Set(builtinRules.map((r) => r.id).filter((i) => !i.startsWith('gov-2019/')))).toEqual(new Set(ids));
  });

  it('profiles are frozen data; deriveProfile validates parameters and names the path', () => {
    expect(Object.isFrozen(deyang2018Profile.rules['census/blank-columns'])).toBe(true);
    expect(() => deriveProfile(censusProfile, { id: 'x', rules: { 'census/blank-columns': { threshold: 'five' } } })).toThrow(InvalidInputError);
    expect(() => deriveProfile(censusProfile, { id: 'x', rules: { 'census/blank-columns': { threshhold: 3 } } })).toThrow(/census\/blank-columns/);
    // @ts-expect-error an unknown rule id (refused at run time too)
    expect(() => deriveProfile(censusProfile, { id: 'x', rules: { 'census/nope': true } })).toThrow(/census\/nope/);
    const p = deriveProfile(censusProfile, { id: 'strict', rules: { 'census/blank-columns': { threshold: 1 } } });
    expect(p.rules['census/blank-columns']).toEqual({ threshold: 1 });
    expect(censusProfile.rules['census/blank-columns']).toEqual({ threshold: 5 });
  });

  it('a custom rule is a few lines', () => {
    const rule = defineRule({
      id: 'my-city/has-links',
      title: { zh: '有链接', en: 'Has links' },
      params: z.object({ min: z.number().default(1) }),
      run: (ctx, p) => finding('my-city/has-links', (ctx.model.links?.length ?? 0) >= p.min ? 'pass' : 'fail', { zh: '链接', en: 'links' }),
    });
    const profile = deriveProfile(censusProfile, { id: 'my-city', rules: { 'my-city/has-links': { min: 1 } } }, [rule]);
    const r = checkSite(snap({ links: [] }), { at: AT, profile, rules: [rule] });
    expect(r.findings.at(-1)).toMatchObject({ rule: 'my-city/has-links', status: 'fail' });
    expect(r.verdict).toBe('qualified');
  });

  it('checkSites is lazy and reuses the options', () => {
    let pulled = 0;
    function* many() {
      for (let i = 0; i < 3; i++) {
        pulled++;
        yield snap();
      }
    }
    const it = checkSites(many(), { at: AT, profile: 'census' });
    expect(pulled).toBe(0);
    it.next();
    expect(pulled).toBe(1);
    expect([...it]).toHaveLength(2);
  });

  it('the report is the same whatever the host TZ (times are Beijing)', () => {
    const r = checkSite(snap(), { at: '2026-11-25T04:00:00Z' });
    expect(r.at).toBe('2026-11-25T12:00:00.000+08:00');
  });
});
