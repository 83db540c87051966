/**
 * deriveProfile in detail: refusals (typed, naming the field), what a derived profile keeps from
 * its base, how `true`, `false` and parameter objects change it, custom rule definitions, and the
 * result being deep-frozen data (the base never changes).
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkSite, defineRule, deriveProfile, deyang2018Profile, finding, type Profile } from '../../src/index.js';
import { AT, snap, LEGACY_CENSUS, LEGACY_DEYANG } from './helpers.js';
import { refusal } from '../refusal.js';

const UNREACHABLE = 'census/site-unreachable';
const BLANK = 'census/blank-columns';
const SELF = 'deyang-2018/art32-self-inspection';
const LINKS = 'deyang-2018/art28-links';
// census.md / national.md: 1 week monitored, fail at 5 %, 20+ probes a day → 140 probes.
const UNREACHABLE_DEFAULTS = { window: { days: 7 }, failRatio: 0.05, minProbes: 140, minProbesPerDay: 20, minDays: 7 };

describe('deriveProfile refusals', () => {
  it('overrides that are not an object are refused as "overrides"', () => {
    for (const bad of [null, undefined, 'my-city', 42, true]) {
      const e = refusal(() => deriveProfile(LEGACY_CENSUS, bad as never));
      expect(e.field).toBe('overrides');
      expect(e.reason).toBe('is not an object');
      expect(e.message).toContain('is not an object');
    }
  });

  it('an id that is missing, empty or not a string is refused as "overrides.id"', () => {
    for (const bad of [undefined, '', 5, null, { zh: 'x' }]) {
      const e = refusal(() => deriveProfile(LEGACY_CENSUS, { id: bad } as never));
      expect(e.field).toBe('overrides.id');
      expect(e.value).toBe(bad);
      expect(e.reason).toBe('must be a non-empty string');
    }
    expect(refusal(() => deriveProfile(LEGACY_CENSUS, {} as never)).field).toBe('overrides.id');
    // A one-character id is fine.
    expect(deriveProfile(LEGACY_CENSUS, { id: 'x' }).id).toBe('x');
  });

  it('an unknown rule id is refused as "profile.rules" with the id as the value', () => {
    // @ts-expect-error an unknown rule id (refused at run time too)
    const e = refusal(() => deriveProfile(LEGACY_CENSUS, { id: 'x', rules: { 'census/nope': true } }));
    expect(e.field).toBe('profile.rules');
    expect(e.value).toBe('census/nope');
    expect(e.message).toContain('is not a known rule id');
    // @ts-expect-error a custom id without its definition (refused at run time too)
    expect(refusal(() => deriveProfile(LEGACY_CENSUS, { id: 'x', rules: { 'my/rule': { min: 1 } } })).field).toBe('profile.rules');
  });

  it('inherited names (__proto__, toString, constructor, hasOwnProperty) are no rule ids: dropping or adding one is refused', () => {
    for (const name of ['__proto__', 'toString', 'constructor', 'hasOwnProperty', 'valueOf']) {
      // JSON.parse makes "__proto__" an own key, as a caller's parsed config would have it.
      const drop = JSON.parse(`{"id":"x","rules":{"${name}":false}}`);
      const e = refusal(() => deriveProfile(LEGACY_CENSUS, drop));
      expect(e.field).toBe(`overrides.rules["${name}"]`);
      expect(e.message).toContain('drops a rule the base profile "census" does not run');
      for (const change of [true, {}]) {
        const add = JSON.parse(`{"id":"x","rules":{"${name}":${JSON.stringify(change)}}}`);
        const f = refusal(() => deriveProfile(LEGACY_CENSUS, add));
        expect(f.field).toBe('profile.rules');
        expect(f.value).toBe(name);
      }
    }
    // Nothing was added to the profile or to Object.prototype on the way.
    const p = deriveProfile(LEGACY_CENSUS, JSON.parse('{"id":"x","rules":{"census/services-unusable":false}}'));
    expect(Object.getPrototypeOf(p.rules)).toBe(Object.prototype);
    expect(Object.keys(p.rules)).toEqual(Object.keys(LEGACY_CENSUS.rules).filter((k) => k !== 'census/services-unusable'));
  });

  it('a bad parameter is refused under the rule\'s path', () => {
    const e = refusal(() => deriveProfile(LEGACY_CENSUS, { id: 'x', rules: { [UNREACHABLE]: { minProbes: 0 } } }));
    expect(e.field).toBe(`profile.rules["${UNREACHABLE}"].minProbes`);
    expect(e.value).toBe(0);
  });
});

describe('deriveProfile: what the derived profile holds', () => {
  const p1 = deriveProfile(LEGACY_CENSUS, { id: 'p1', rules: { [UNREACHABLE]: { minProbes: 100 } } });

  it('a parameter object is merged over the rule\'s current parameters', () => {
    expect(p1.rules[UNREACHABLE]).toEqual({ ...UNREACHABLE_DEFAULTS, minProbes: 100 });
    const p2 = deriveProfile(p1, { id: 'p2', rules: { [UNREACHABLE]: { failRatio: 0.1 } } });
    expect(p2.rules[UNREACHABLE]).toEqual({ ...UNREACHABLE_DEFAULTS, failRatio: 0.1, minProbes: 100 });
  });

  it('rules the overrides do not mention keep the base\'s parameters, in the base\'s order', () => {
    const p2 = deriveProfile(p1, { id: 'p2', rules: { [BLANK]: { threshold: 2 } } });
    expect(Object.keys(p2.rules)).toEqual(Object.keys(LEGACY_CENSUS.rules));
    expect(p2.rules[UNREACHABLE]).toEqual({ ...UNREACHABLE_DEFAULTS, minProbes: 100 });
    expect(p2.rules[BLANK]).toEqual({ threshold: 2 });
    for (const id of Object.keys(LEGACY_CENSUS.rules)) if (id !== BLANK && id !== UNREACHABLE) expect(p2.rules[id]).toEqual(LEGACY_CENSUS.rules[id]);
    const same = deriveProfile(p1, { id: 'same' });
    expect(same.rules).toEqual(p1.rules);
    expect(same.rules[UNREACHABLE]).not.toBe(p1.rules[UNREACHABLE]); // a copy, not the base's object
  });

  it('`true` keeps a rule\'s current parameters (it does not reset them to the defaults)', () => {
    const p3 = deriveProfile(p1, { id: 'p3', rules: { [UNREACHABLE]: true } });
    expect(p3.rules[UNREACHABLE]).toEqual({ ...UNREACHABLE_DEFAULTS, minProbes: 100 });
  });

  it('`true` or parameters add a rule the base lacks, at the end, with its defaults', () => {
    const p = deriveProfile(LEGACY_CENSUS, { id: 'more', rules: { [LINKS]: true, [SELF]: { rollForward: true } } });
    expect(Object.keys(p.rules)).toEqual([...Object.keys(LEGACY_CENSUS.rules), LINKS, SELF]);
    expect(p.rules[LINKS]).toEqual({});
    expect(p.rules[SELF]).toEqual({ lookback: { months: 12 }, rollForward: true });
  });

  it('`false` drops a rule; the others stay in order', () => {
    // census/services-unusable is an alias: dropping it drops both gov-2019 服务不实用 rows.
    const p = deriveProfile(deyang2018Profile, { id: 'fewer', rules: { 'census/services-unusable': false, [LINKS]: false } });
    const dropped = ['gov-2019/veto-service-impractical.a', 'gov-2019/veto-service-impractical.b', LINKS];
    const expected = Object.keys(deyang2018Profile.rules).filter((id) => !dropped.includes(id));
    expect(Object.keys(p.rules)).toEqual(expected);
    expect(expected).toHaveLength(26);
    expect(LINKS in p.rules).toBe(false);
    // The engine then reports 23 site findings (the 3 new-media rules judge accounts), none for the dropped rules.
    expect(checkSite(snap(), { at: AT, profile: p }).findings.map((f) => f.rule)).toEqual(expected.filter((id) => !id.startsWith('nm-2019/')));
  });

  it('the description is the one given, else the base\'s', () => {
    const own = { zh: '某市政府网站管理办法', en: 'Some city measures' };
    expect(deriveProfile(LEGACY_CENSUS, { id: 'own', description: own }).description).toEqual(own);
    expect(deriveProfile(LEGACY_CENSUS, { id: 'inherited' }).description).toEqual({ zh: '全国政府网站普查单项否决指标', en: 'National website census single-veto indicators' });
    expect(deriveProfile(deyang2018Profile, { id: 'inherited' }).description).toEqual(deyang2018Profile.description);
  });
});

describe('deriveProfile: custom rule definitions', () => {
  const minLinks = defineRule({
    id: 'my-city/min-links',
    title: { zh: '链接数量', en: 'Link count' },
    params: z.object({ min: z.number().int().min(0).default(1) }).strict(),
    run: (ctx, p, id) => finding(id, (ctx.model.links?.length ?? 0) >= p.min ? 'pass' : 'fail', { zh: '链接', en: 'links' }),
  });

  it('a custom rule is validated by its own schema; built-in rules alongside it by theirs', () => {
    const p = deriveProfile(LEGACY_CENSUS, { id: 'mine', rules: { [BLANK]: { threshold: 2 }, [UNREACHABLE]: true, 'my-city/min-links': { min: 3 } } }, [minLinks]);
    expect(p.rules[BLANK]).toEqual({ threshold: 2 });
    expect(p.rules[UNREACHABLE]).toEqual(UNREACHABLE_DEFAULTS);
    expect(p.rules['my-city/min-links']).toEqual({ min: 3 });
    expect(deriveProfile(LEGACY_CENSUS, { id: 'mine', rules: { 'my-city/min-links': true } }, [minLinks]).rules['my-city/min-links']).toEqual({ min: 1 });
    const e = refusal(() => deriveProfile(LEGACY_CENSUS, { id: 'mine', rules: { 'my-city/min-links': { min: -1 } } }, [minLinks]));
    expect(e.field).toBe('profile.rules["my-city/min-links"].min');
  });
});

describe('deriveProfile: the result is deep-frozen data', () => {
  it('the profile, its rules, each rule\'s parameters, nested parameters and the description are frozen', () => {
    const description = { zh: '某市', en: 'Some city' };
    const p = deriveProfile(LEGACY_DEYANG, { id: 'frozen', description, rules: { [SELF]: { lookback: { months: 6 } }, [UNREACHABLE]: { minProbes: 50 } } });
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.rules)).toBe(true);
    expect(Object.isFrozen(p.rules[SELF])).toBe(true);
    expect(Object.isFrozen(p.rules[SELF]!.lookback)).toBe(true);
    expect(Object.isFrozen(p.rules[UNREACHABLE])).toBe(true);
    expect(Object.isFrozen(p.rules[UNREACHABLE]!.window)).toBe(true);
    expect(Object.isFrozen(p.rules[BLANK])).toBe(true);
    expect(Object.isFrozen(p.description)).toBe(true);
    expect(() => {
      (p.rules as Record<string, unknown>)['census/extra'] = {};
    }).toThrow(TypeError);
    expect(() => {
      (p.rules[UNREACHABLE] as Record<string, unknown>).minProbes = 1;
    }).toThrow(TypeError);
    expect(p.rules[UNREACHABLE]!.minProbes).toBe(50);
  });

  it('the base is never changed', () => {
    const before = JSON.stringify(LEGACY_CENSUS);
    deriveProfile(LEGACY_CENSUS, { id: 'x', rules: { [UNREACHABLE]: { minProbes: 1 }, [BLANK]: false } });
    expect(JSON.stringify(LEGACY_CENSUS)).toBe(before);
    expect(LEGACY_CENSUS.rules[UNREACHABLE]).toEqual(UNREACHABLE_DEFAULTS);
  });

  it('the description is copied: the caller\'s object is neither frozen nor kept, cyclic or not', () => {
    const open: Record<string, unknown> = { zh: '循环', en: 'cyclic' };
    open.self = open;
    const p1 = deriveProfile(LEGACY_CENSUS, { id: 'c1', description: open as unknown as Profile['description'] });
    expect(Object.isFrozen(p1.description)).toBe(true);
    expect(p1.description).toEqual({ zh: '循环', en: 'cyclic' });
    expect(Object.isFrozen(open)).toBe(false);
    const closed: Record<string, unknown> = { zh: '循环', en: 'cyclic' };
    closed.self = closed;
    Object.freeze(closed);
    const p2 = deriveProfile(LEGACY_CENSUS, { id: 'c2', description: closed as unknown as Profile['description'] });
    expect(p2.description).not.toBe(closed);
    expect(p2.description).toEqual({ zh: '循环', en: 'cyclic' });
  });
});
