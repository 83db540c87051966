import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  builtinRules, census2015Profile, censusProfile, gov2019Profile, checkReportSchema, checkSite, checkSites, defineRule, deriveProfile, deyang2018Profile,
  finding, InvalidInputError, PROFILES,
  CalendarCoverageError, defaultCalendar, type Profile, type RuleDefinition,
} from '../../src/index.js';
import { AT, snap, findingOf } from './helpers.js';
import { refusal } from '../refusal.js';
import { FIRST_UNCOVERED_YEAR, lastCoveredDate } from '../coverage-year.js';

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

/**
 * The engine in detail: what it refuses in the options (field, value and wording of each
 * refusal), how it resolves a profile's rules against the caller's definitions and checks their
 * parameters, what it does with a rule's finding and a rule's exception, and checkSites' input.
 */
describe('options refused, rules resolved and their parameters checked, a rule\'s finding and exception, checkSites input', () => {
  const site = snap();
  const description = { zh: '测试配置', en: 'Test profile' };
  const profileOf = (rules: Record<string, Record<string, unknown>>): Profile => ({ id: 'test', description, rules });

  /** A custom rule whose finding shows the parameters it ran with. */
  const echo = (id: string, params: z.ZodType = z.object({}).strict()) =>
    defineRule({ id, title: { zh: '回显', en: 'Echo' }, params, run: (_ctx, p, rid) => finding(rid, 'pass', { zh: '通过', en: 'Pass' }, { params: p, by: id }) });

  describe('options', () => {
    it('options that are not an object are refused, naming options', () => {
      for (const bad of [null, undefined, 'x', 5]) {
        const e = refusal(() => checkSite(site, bad as never));
        expect(e.field).toBe('options');
        expect(e.value).toBe(bad);
        expect(e.reason).toBe('is not an object { at, profile?, calendar? }');
      }
    });

    it('an unknown profile id is refused, listing the known ones', () => {
      for (const id of ['nope', 'constructor', 'toString', 'Census']) {
        const e = refusal(() => checkSite(site, { at: AT, profile: id }));
        expect(e.field).toBe('profile');
        expect(e.value).toBe(id);
        expect(e.reason).toBe('is not a known profile (deyang-2018, census, census-2015, gov-2019)');
      }
    });

    it('a profile that is neither an id nor an object { id, rules } is refused', () => {
      const fnProfile = Object.assign(() => undefined, { id: 'fn', description, rules: {} });
      const bads: unknown[] = [
        5, null, true, fnProfile,
        { id: 5, description, rules: {} },
        { description, rules: {} },
        { id: 'p', description, rules: 'census/blank-columns' },
        { id: 'p', description, rules: null },
        { id: 'p', description, rules: ['census/blank-columns'] },
        { id: 'p', description },
      ];
      for (const bad of bads) {
        const e = refusal(() => checkSite(site, { at: AT, profile: bad as never }));
        expect(e.field).toBe('profile');
        expect(e.value).toBe(bad);
        expect(e.reason).toBe('is not a profile id or a profile object { id, rules }');
      }
    });

    it('a profile object { id, rules } is accepted as it is', () => {
      const r = checkSite(site, { at: AT, profile: profileOf({ 'census/serious-problems': {} }) });
      expect(r.profile).toBe('test');
      expect(r.findings.map((f) => f.rule)).toEqual(['census/serious-problems']);
    });

    it('options.rules that is not an array is refused', () => {
      for (const bad of [{}, 'census/blank-columns', 5, { length: 0 }]) {
        const e = refusal(() => checkSite(site, { at: AT, rules: bad as never }));
        expect(e.field).toBe('options.rules');
        expect(e.value).toBe(bad);
        expect(e.reason).toBe('is not an array of rule definitions');
      }
    });

    it('each rule definition must be an object { id, params, run }: the refusal names its index', () => {
      const good = echo('my/good');
      const params = z.object({}).strict();
      const run = () => finding('my/x', 'pass', { zh: '通过', en: 'Pass' });
      const bads: unknown[] = [
        null, 'my/x', 7,
        Object.assign(function rule() {}, { id: 'my/x', params, run }), // a function, not a definition object
        { id: 7, params, run },
        { params, run },
        { id: 'my/x', params }, // no run
        { id: 'my/x', params, run: 'run' },
        { id: 'my/x', run }, // no params
        { id: 'my/x', params: {}, run }, // params without safeParse
        { id: 'my/x', params: null, run },
      ];
      for (const bad of bads) {
        const e = refusal(() => checkSite(site, { at: AT, rules: [good, bad] as never }));
        expect(e.field).toBe('options.rules[1]');
        expect(e.value).toBe(bad);
        expect(e.reason).toBe('is not a rule definition { id, params, run } (see defineRule)');
      }
      // a definition the profile does not name is still checked, and a good list is accepted
      expect(checkSite(site, { at: AT, rules: [good] }).findings.some((f) => f.rule === 'my/good')).toBe(false);
    });

    it('a rule id the profile names but nobody defines is refused, naming the id', () => {
      const e = refusal(() => checkSite(site, { at: AT, profile: profileOf({ 'census/serious-problems': {}, 'my/unknown': {} }) }));
      expect(e.field).toBe('profile.rules');
      expect(e.value).toBe('my/unknown');
      expect(e.reason).toBe('is not a known rule id (pass its definition in options.rules)');
      const e2 = refusal(() => checkSite(site, { at: AT, profile: profileOf({ 'my/unknown': {} }), rules: [echo('my/other')] }));
      expect(e2.value).toBe('my/unknown');
    });
  });

  describe('rule parameters', () => {
    const blank = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `c${i}`, name: `栏目${i}`, category: 'other' }));

    it("a caller's profile object is checked by each rule's schema, naming the rule and the field", () => {
      const e = refusal(() => checkSite(site, { at: AT, profile: profileOf({ 'census/blank-columns': { threshold: 0 } }) }));
      expect(e.field).toBe('profile.rules["census/blank-columns"].threshold');
      expect(e.value).toBe(0);
      expect(e.reason.startsWith('rejected: ')).toBe(true);
      const e2 = refusal(() => checkSite(site, { at: AT, profile: profileOf({ 'census/blank-columns': { threshold: 'five' } }) }));
      expect(e2.field).toBe('profile.rules["census/blank-columns"].threshold');
      expect(e2.value).toBe('five');
    });

    it("a caller's profile object gets the rule's defaults (census: 5 blank columns fail)", () => {
      const profile = profileOf({ 'census/blank-columns': {} });
      const four = checkSite(snap({ columns: blank(4) }), { at: AT, profile }).findings[0]!;
      expect(four.status).toBe('pass');
      expect(four.evidence).toMatchObject({ threshold: 5, blank: 4 });
      const five = checkSite(snap({ columns: blank(5) }), { at: AT, profile });
      expect(five.findings[0]).toMatchObject({ status: 'fail', evidence: { threshold: 5, blank: 5 } });
      expect(five.verdict).toBe('unqualified');
      const custom = checkSite(snap({ columns: blank(2) }), { at: AT, profile: profileOf({ 'census/blank-columns': { threshold: 2 } }) });
      expect(custom.findings[0]).toMatchObject({ status: 'fail', evidence: { threshold: 2, blank: 2 } });
    });

    it("a caller's definition is used for the id it defines, and a shipped profile's parameters go through its schema", () => {
      // The census profile holds { threshold: 5 } for gov-2019/veto-columns-stale.c; the caller's schema strips it and adds its default.
      const mine = echo('gov-2019/veto-columns-stale.c', z.object({ minimum: z.number().default(2) }));
      const r = checkSite(site, { at: AT, profile: 'census', rules: [mine] });
      const f = r.findings.find((x) => x.rule === 'gov-2019/veto-columns-stale.c')!;
      expect(f.evidence).toEqual({ params: { minimum: 2 }, by: 'gov-2019/veto-columns-stale.c' });
      expect(f.status).toBe('pass');
      // a schema that refuses them: the rule never runs on them
      const strict = echo('gov-2019/veto-columns-stale.c', z.object({ minimum: z.number().default(2) }).strict());
      const e = refusal(() => checkSite(site, { at: AT, profile: 'census', rules: [strict] }));
      expect(e.field).toBe('profile.rules["gov-2019/veto-columns-stale.c"]');
    });

    it('each rule of the profile runs its own definition, built-in or custom, in profile order', () => {
      const a = echo('my/a', z.object({ n: z.number().default(1) }).strict());
      const b = echo('my/b', z.object({ m: z.number().default(2) }).strict());
      const profile = deriveProfile(censusProfile, { id: 'mine', rules: { 'my/b': { m: 3 }, 'my/a': true } }, [a, b]);
      const r = checkSite(site, { at: AT, profile, rules: [a, b] });
      expect(r.findings.map((f) => f.rule)).toEqual([...Object.keys(censusProfile.rules).filter((id) => !id.startsWith('nm-2019/')), 'my/b', 'my/a']);
      expect(r.findings.at(-2)!.evidence).toEqual({ params: { m: 3 }, by: 'my/b' });
      expect(r.findings.at(-1)!.evidence).toEqual({ params: { n: 1 }, by: 'my/a' });
      const serious = r.findings.find((f) => f.rule === 'gov-2019/veto-security-incident')!;
      expect(serious.status).toBe('needs-input');
      expect(serious.message.en).toBe('The snapshot does not state serious problems (facts.seriousProblems)');
    });
  });

  describe("a rule's finding and a rule's exception", () => {
    const one = (def: RuleDefinition<any>) => checkSite(site, { at: AT, profile: profileOf({ [def.id]: {} }), rules: [def] });

    it('a finding filed under another id keeps everything but the id', () => {
      const evidence = { count: 2, items: ['a', 'b'] };
      const def = defineRule({
        id: 'my/own', title: { zh: '测试', en: 'Test' }, params: z.object({}).strict(),
        run: () => finding('my/other', 'fail', { zh: '不通过', en: 'Fails' }, evidence),
      });
      const r = one(def);
      expect(r.findings).toEqual([{ rule: 'my/own', status: 'fail', message: { zh: '不通过', en: 'Fails' }, evidence }]);
      expect(r.summary).toEqual({ pass: 0, fail: 1, 'not-applicable': 0, 'needs-input': 0 });
    });

    it('a missing calendar year becomes needs-input naming the year and the coverage', () => {
      const def = defineRule({
        id: 'census/my-veto', veto: true, title: { zh: '测试', en: 'Test' }, params: z.object({}).strict(),
        run: (ctx, _p, id) => {
          ctx.calendar.addWorkdays(lastCoveredDate(), 1);
          return finding(id, 'fail', { zh: '不通过', en: 'Fails' });
        },
      });
      const end = lastCoveredDate();
      expect(defaultCalendar.coverage).toEqual({ start: '2011-01-01', end });
      const r = one(def);
      expect(r.findings).toEqual([{
        rule: 'census/my-veto',
        status: 'needs-input',
        message: {
          zh: `需要${FIRST_UNCOVERED_YEAR}年的工作日数据（日历覆盖2011-01-01至${end}）`,
          en: `Needs working-day data for ${FIRST_UNCOVERED_YEAR} (the calendar covers 2011-01-01..${end})`,
        },
        evidence: { missingYear: FIRST_UNCOVERED_YEAR, coverage: { start: '2011-01-01', end } },
      }]);
      // a veto rule that could not decide does not make the site unqualified
      expect(r.verdict).toBe('qualified');
      expect(r.summary['needs-input']).toBe(1);
    });

    it('the year named is the one the error names (a calendar covering less)', () => {
      const def = defineRule({
        id: 'my/thrower', title: { zh: '测试', en: 'Test' }, params: z.object({}).strict(),
        run: () => {
          throw new CalendarCoverageError(2010, { start: '2011-01-01', end: '2026-12-31' });
        },
      });
      const f = one(def).findings[0]!;
      expect(f.message.en).toBe('Needs working-day data for 2010 (the calendar covers 2011-01-01..2026-12-31)');
      expect(f.evidence).toEqual({ missingYear: 2010, coverage: { start: '2011-01-01', end: '2026-12-31' } });
    });

    it('any other exception of a rule is not turned into a finding: it propagates', () => {
      const boom = new Error('boom');
      const def = defineRule({ id: 'my/boom', title: { zh: '测试', en: 'Test' }, params: z.object({}).strict(), run: () => { throw boom; } });
      expect(() => one(def)).toThrow(boom);
      const refusing = defineRule({
        id: 'my/refuses', title: { zh: '测试', en: 'Test' }, params: z.object({}).strict(),
        run: () => { throw new InvalidInputError('x', 1, 'is bad'); },
      });
      expect(() => one(refusing)).toThrow('Invalid x: 1 is bad');
    });
  });

  describe('checkSites', () => {
    it('refuses what is not an iterable, when first pulled', () => {
      for (const bad of [null, undefined, 5, {}, { length: 1, 0: site }]) {
        const gen = checkSites(bad as never, { at: AT });
        const e = refusal(() => gen.next());
        expect(e.field).toBe('snapshots');
        expect(e.value).toBe(bad);
        expect(e.reason).toBe('is not an iterable of snapshots (an array, a generator …)');
      }
    });

    it('any iterable: an array, a Set, a generator', () => {
      const other = snap({ site: { id: 'other', name: '其他', kind: 'portal', level: 'city' } });
      expect([...checkSites([site, other], { at: AT, profile: 'census' })].map((r) => r.site)).toEqual(['dy-test', 'other']);
      expect([...checkSites(new Set([other]), { at: AT, profile: 'census' })].map((r) => r.site)).toEqual(['other']);
      expect([...checkSites([], { at: AT })]).toEqual([]);
    });

    it('bad options are refused before any snapshot is read', () => {
      const gen = checkSites([site], { at: AT, profile: 'nope' });
      expect(refusal(() => gen.next()).field).toBe('profile');
    });
  });
});

/**
 * The engine turning a rule's missing calendar year into needs-input, a finding filed under another
 * id, and the options it validates.
 */
describe('a rule\'s missing calendar year, a finding under another id, the options validated', () => {
  const AT = '2026-11-25T12:00:00+08:00';

  describe('the engine', () => {
    const site = snap({});
    it('a rule that needs a year the calendar lacks gets needs-input naming the year, not an exception', () => {
      const rule = defineRule({
        id: 'my/next-year', title: { zh: '测试', en: 'Test' }, params: z.object({}).strict(),
        run: (_ctx, _p, id) => {
          defaultCalendar.addWorkdays(lastCoveredDate(), 5);
          return finding(id, 'pass', { zh: '通过', en: 'Pass' });
        },
      });
      const r = checkSite(site, { at: AT, profile: { id: 'p', description: { zh: '测试', en: 'test' }, rules: { 'my/next-year': {} } }, rules: [rule] });
      const f = r.findings.find((x) => x.rule === 'my/next-year')!;
      expect(f.status).toBe('needs-input');
      expect(f.message.en).toContain(`Needs working-day data for ${FIRST_UNCOVERED_YEAR}`);
      expect(f.message.zh).toContain(`需要${FIRST_UNCOVERED_YEAR}年的工作日数据`);
      expect(f.evidence).toMatchObject({ missingYear: FIRST_UNCOVERED_YEAR, coverage: { start: defaultCalendar.coverage.start, end: defaultCalendar.coverage.end } });
    });
    it('a finding filed under another id is reported under the rule\'s own id', () => {
      const rule = defineRule({ id: 'my/own', title: { zh: '测试', en: 'Test' }, params: z.object({}).strict(), run: () => finding('my/other', 'pass', { zh: '通过', en: 'Pass' }) });
      const r = checkSite(site, { at: AT, profile: { id: 'p', description: { zh: '测试', en: 'test' }, rules: { 'my/own': {} } }, rules: [rule] });
      expect(r.findings.map((x) => x.rule)).toEqual(['my/own']);
    });
    it('options are validated: not an object, unknown profile, bad rule definitions', () => {
      expect(() => checkSite(site, null as never)).toThrow(InvalidInputError);
      expect(() => checkSite(site, { at: AT, profile: 'nope' })).toThrow(/is not a known profile \(.*deyang-2018/);
      expect(() => checkSite(site, { at: AT, profile: 5 as never })).toThrow(InvalidInputError);
      expect(() => checkSite(site, { at: AT, rules: 'x' as never })).toThrow(/options\.rules/);
      for (const bad of [null, 1, { id: 'x' }, { id: 'x', run: () => null }, { id: 1, run: () => null, params: { safeParse: () => null } }]) {
        expect(() => checkSite(site, { at: AT, rules: [bad] as never }), JSON.stringify(bad)).toThrow(/options\.rules\[0\]/);
      }
      expect(() => checkSite(site, { at: AT, profile: { id: 'p', description: { zh: '测试', en: 'test' }, rules: { 'my/unknown': {} } } })).toThrow(/is not a known rule id/);
    });
  });
});
