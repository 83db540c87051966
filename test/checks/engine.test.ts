import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  builtinRules, census2015Profile, censusProfile, gov2019Profile, checkReportSchema, checkSite, checkSites, defineRule, deriveProfile, deyang2018Profile,
  finding, InvalidInputError, PROFILES,
} from '../../src/index.js';
import { AT, snap } from './helpers.js';

describe('engine and profiles', () => {
  it('one finding per rule of the profile, in profile order, and a summary that adds up', () => {
    for (const profile of Object.values(PROFILES)) {
      // census-2015 applies to checkpoints until 2019-04-17 only.
      const at = profile.id === 'census-2015' ? '2018-11-25T12:00:00+08:00' : AT;
      const r = checkSite(snap(), { at, profile: profile.id });
      // The new-media rules judge each account (report.accounts), not the site.
      expect(r.findings.map((f) => f.rule)).toEqual(Object.keys(profile.rules).filter((id) => !id.startsWith('nm-2019/')));
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

  it('the default profile is deyang-2018 and holds every deyang-2018 site check plus the national vetoes in force', () => {
    const ids = Object.keys(deyang2018Profile.rules);
    expect(checkSite(snap(), { at: AT }).profile).toBe('deyang-2018');
    expect(ids.filter((i) => !i.startsWith('deyang-2018/'))).toEqual(Object.keys(censusProfile.rules));
    expect(ids.filter((i) => !i.startsWith('deyang-2018/'))).toEqual(Object.keys(gov2019Profile.rules));
    expect(ids).toHaveLength(29);
    // Before 2019-04-18 its national part is the 2015 census table's.
    const early = checkSite(snap(), { at: '2018-11-25T12:00:00+08:00' }).findings.map((f) => f.rule);
    expect(early.filter((i) => !i.startsWith('deyang-2018/'))).toEqual(Object.keys(census2015Profile.rules));
  });

  it('profiles are frozen data; deriveProfile validates parameters and names the path', () => {
    expect(Object.isFrozen(deyang2018Profile.rules['gov-2019/veto-columns-stale.c'])).toBe(true);
    expect(() => deriveProfile(censusProfile, { id: 'x', rules: { 'gov-2019/veto-columns-stale.c': { threshold: 'five' } } })).toThrow(InvalidInputError);
    expect(() => deriveProfile(censusProfile, { id: 'x', rules: { 'gov-2019/veto-columns-stale.c': { threshhold: 3 } } })).toThrow(/gov-2019\/veto-columns-stale\.c/);
    // @ts-expect-error an unknown rule id (refused at run time too)
    expect(() => deriveProfile(censusProfile, { id: 'x', rules: { 'census/nope': true } })).toThrow(/census\/nope/);
    const p = deriveProfile(censusProfile, { id: 'strict', rules: { 'gov-2019/veto-columns-stale.c': { threshold: 1 } } });
    expect(p.rules['gov-2019/veto-columns-stale.c']).toEqual({ threshold: 1 });
    expect(censusProfile.rules['gov-2019/veto-columns-stale.c']).toEqual({ threshold: 5 });
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
