/**
 * Issue 13, "profiles are data that carry their own rules": a derived profile carries the custom
 * rule definitions it runs (checkSite needs no `options.rules`), a profile file is JSON validated
 * by `profileFileSchema` / `profileFromJson`, the snapshot's open `extensions` section reaches
 * custom rules as given (pollution keys and non-JSON refused), and `CheckContext` offers custom
 * rules the snapshot as plain frozen data, built only when read, with time helpers.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import {
  type CheckContext,
  censusProfile,
  checkSite,
  checkSiteUnknown,
  checkTime,
  defineRule,
  deriveProfile,
  deyang2018Profile,
  finding,
  profileFileSchema,
  profileFromJson,
  snapshotSchema,
} from '../../src/index.js';
import { refusal } from '../refusal.js';
import { AT, SITE } from './helpers.js';

const BLANK = 'census/blank-columns';
const base = { schemaVersion: 1, site: SITE } as const;

/** A custom rule that records what it saw, and passes when `extensions.city.ok` is true. */
function recorder() {
  const seen: CheckContext[] = [];
  const rule = defineRule({
    id: 'city/ok',
    title: { zh: '示例', en: 'Sample' },
    params: z.object({ min: z.number().int().default(1) }).strict(),
    run(ctx, p, id) {
      seen.push(ctx);
      const city = ctx.extensions.city as { ok?: unknown } | undefined;
      if (city === undefined) return finding(id, 'needs-input', { zh: '无', en: 'none' });
      return finding(id, city.ok === true ? 'pass' : 'fail', { zh: '有', en: 'some' }, { min: p.min });
    },
  });
  return { rule, seen };
}

describe('a derived profile carries its custom rule definitions', () => {
  it('checkSite runs it without options.rules (the definitions are passed once)', () => {
    const { rule } = recorder();
    const p = deriveProfile(censusProfile, { id: 'mine', rules: { 'city/ok': { min: 2 } } }, [rule]);
    expect(p.definitions).toEqual([rule]);
    const report = checkSite({ ...base, extensions: { city: { ok: true } } }, { at: AT, profile: p });
    const f = report.findings.find((x) => x.rule === 'city/ok');
    expect(f?.status).toBe('pass');
    expect(f?.evidence).toEqual({ min: 2 });
  });

  it('the old way still works: definitions passed again as options.rules win', () => {
    const { rule } = recorder();
    const other = defineRule({ id: 'city/ok', title: { zh: '另', en: 'Other' }, params: z.object({ min: z.number() }).strict(), run: (_c, _p, id) => finding(id, 'fail', { zh: '否', en: 'no' }) });
    const p = deriveProfile(censusProfile, { id: 'mine', rules: { 'city/ok': true } }, [rule]);
    expect(checkSite(base, { at: AT, profile: p, rules: [other] }).findings.at(-1)?.status).toBe('fail');
    expect(checkSite(base, { at: AT, profile: p, rules: [rule] }).findings.at(-1)?.status).toBe('needs-input');
  });

  it('a profile derived from one that carries definitions keeps them; dropping the rule drops its definition', () => {
    const { rule } = recorder();
    const p1 = deriveProfile(censusProfile, { id: 'p1', rules: { 'city/ok': true } }, [rule]);
    const p2 = deriveProfile(p1, { id: 'p2', rules: { [BLANK]: { threshold: 2 }, 'city/ok': { min: 3 } } as never });
    expect(p2.definitions).toEqual([rule]);
    expect(p2.rules['city/ok']).toEqual({ min: 3 });
    const p3 = deriveProfile(p1, { id: 'p3', rules: { 'city/ok': false } as never });
    expect(p3.definitions).toBeUndefined();
    // Profiles of built-in rules only have no definitions key at all (their shape is unchanged).
    expect('definitions' in deriveProfile(censusProfile, { id: 'plain' })).toBe(false);
  });

  it('the profile and its definition list are frozen', () => {
    const { rule } = recorder();
    const p = deriveProfile(censusProfile, { id: 'mine', rules: { 'city/ok': true } }, [rule]);
    expect(Object.isFrozen(p)).toBe(true);
    expect(p.definitions).toHaveLength(1);
    expect(Object.isFrozen(p.definitions)).toBe(true);
  });

  it('refuses definitions that are not rule definitions, naming their index', () => {
    expect(refusal(() => deriveProfile(censusProfile, { id: 'x' }, [{ id: 'city/ok' }] as never)).field).toBe('definitions[0]');
    const forged = { ...censusProfile, definitions: [{ id: 'x' }] } as never;
    expect(refusal(() => checkSite(base, { at: AT, profile: forged })).field).toBe('profile.definitions[0]');
  });
});

describe('profile files: profileFileSchema and profileFromJson', () => {
  it('extends a shipped profile: numbers changed, a rule dropped, a custom rule added', () => {
    const { rule } = recorder();
    const p = profileFromJson(
      JSON.parse('{"extends":"deyang-2018","id":"city","description":{"zh":"某市","en":"A city"},"rules":{"census/blank-columns":{"threshold":2},"deyang-2018/art12-opening-approval":false,"city/ok":true},"ruleModules":["./ok.mjs"]}'),
      [rule],
    );
    expect(p.id).toBe('city');
    expect(p.description).toEqual({ zh: '某市', en: 'A city' });
    // census/blank-columns is an alias: the override goes to the rule of the version in force.
    expect(p.rules['gov-2019/veto-columns-stale.c']).toEqual({ threshold: 2 });
    expect('deyang-2018/art12-opening-approval' in p.rules).toBe(false);
    expect(Object.keys(p.rules)).toEqual([...Object.keys(deyang2018Profile.rules).filter((k) => k !== 'deyang-2018/art12-opening-approval'), 'city/ok']);
    expect(p.definitions).toEqual([rule]);
    const report = checkSiteUnknown({ ...base, extensions: { city: { ok: false } } }, { at: AT, profile: p });
    expect(report.profile).toBe('city');
    expect(report.findings.at(-1)).toMatchObject({ rule: 'city/ok', status: 'fail' });
  });

  it('a file with only extends and id is its base with another id', () => {
    const p = profileFromJson({ extends: 'census', id: 'same' });
    expect(p.rules).toEqual(censusProfile.rules);
    expect(p.description).toEqual(censusProfile.description);
  });

  it.each([
    [{ extends: 'nope', id: 'x' }, 'profile.extends', 'nope', /shipped profile id/],
    [{ extends: 'census', id: '' }, 'profile.id', '', /./],
    [{ extends: 'census' }, 'profile.id', undefined, /./],
    [{ extends: 'census', id: 'x', rule: {} }, 'profile', undefined, /rule/],
    [{ extends: 'census', id: 'x', rules: { [BLANK]: { threshold: 0 } } }, `profile.rules["${BLANK}"].threshold`, 0, /./],
    [{ extends: 'census', id: 'x', rules: { [BLANK]: { treshold: 2 } } }, `profile.rules["${BLANK}"]`, undefined, /treshold/],
    [{ extends: 'census', id: 'x', rules: { [BLANK]: 'yes' } }, `profile.rules.${BLANK}`, 'yes', /./],
    [{ extends: 'census', id: 'x', rules: { 'city/ok': true } }, 'profile.rules', 'city/ok', /not a known rule id/],
    [{ extends: 'census', id: 'x', rules: { 'deyang-2018/art28-links': false } }, 'profile.rules["deyang-2018/art28-links"]', false, /does not run/],
    [{ extends: 'census', id: 'x', ruleModules: [3] }, 'profile.ruleModules[0]', 3, /./],
  ])('refuses %j naming %s', (json, field, value, reason) => {
    const e = refusal(() => profileFromJson(json));
    expect(e.field).toBe(field);
    if (value !== undefined) expect(e.value).toEqual(value);
    expect(e.message).toMatch(reason);
  });

  it('refuses pollution keys anywhere in the file', () => {
    const e = refusal(() => profileFromJson(JSON.parse('{"extends":"census","id":"x","rules":{"census/blank-columns":{"__proto__":{"threshold":1}}}}')));
    expect(e.field).toBe('profile.rules.census/blank-columns.__proto__');
  });

  it('the schema is strict and exported for editors and other tools', () => {
    expect(profileFileSchema.safeParse({ extends: 'census', id: 'x', extra: 1 }).success).toBe(false);
    expect(profileFileSchema.safeParse({ $schema: 'https://example.org/s.json', extends: 'census', id: 'x' }).success).toBe(true);
  });
});

describe('snapshot extensions', () => {
  it('are kept as given and reach custom rules (other unknown fields are still stripped)', () => {
    const { rule, seen } = recorder();
    const ext = { city: { ok: true, list: [1, 'two', null, { deep: [true] }] }, other: 'x' };
    checkSite({ ...base, extensions: ext, unknownTop: 1 } as never, { at: AT, profile: deriveProfile(censusProfile, { id: 'm', rules: { 'city/ok': true } }, [rule]) });
    const ctx = seen[0] as CheckContext;
    expect(ctx.extensions).toEqual(ext);
    expect(ctx.snapshot.extensions).toEqual(ext);
    expect('unknownTop' in ctx.snapshot).toBe(false);
    // A copy, frozen: a rule cannot change what the caller passed or what the next rule sees.
    expect(ctx.extensions.city).not.toBe(ext.city);
    expect(Object.isFrozen((ctx.extensions.city as { list: unknown[] }).list[3])).toBe(true);
    expect(Object.isFrozen(ext.city)).toBe(false);
  });

  it('absent: an empty object', () => {
    const { rule, seen } = recorder();
    checkSite(base, { at: AT, profile: censusProfile, rules: [rule] });
    expect(seen).toEqual([]); // census does not run it
    checkSite(base, { at: AT, profile: deriveProfile(censusProfile, { id: 'm', rules: { 'city/ok': true } }, [rule]) });
    expect(seen[0]?.extensions).toEqual({});
  });

  it.each([
    ['{"schemaVersion":1,"site":{"id":"s","name":"S","kind":"portal","level":"city"},"extensions":{"city":{"__proto__":{"x":1}}}}', 'snapshot.extensions.city.__proto__'],
    ['{"schemaVersion":1,"site":{"id":"s","name":"S","kind":"portal","level":"city"},"extensions":{"city":[{"a":{"constructor":1}}]}}', 'snapshot.extensions.city[0].a.constructor'],
    ['{"schemaVersion":1,"site":{"id":"s","name":"S","kind":"portal","level":"city"},"extensions":{"prototype":1}}', 'snapshot.extensions.prototype'],
  ])('pollution keys are refused at any depth: %s', (text, field) => {
    expect(refusal(() => checkSiteUnknown(JSON.parse(text), { at: AT })).field).toBe(field);
  });

  it.each([
    [{ city: { s: 'x'.repeat(4097) } }, 'snapshot.extensions.city.s', /at most 4096/],
    [{ city: { ['k'.repeat(4097)]: 1 } }, 'snapshot.extensions.city', /key longer than 4096/],
    [{ city: { n: Number.NaN } }, 'snapshot.extensions.city.n', /finite number/],
    [{ city: { f: () => 1 } }, 'snapshot.extensions.city.f', /JSON data/],
    [{ city: { d: new Date(0) } }, 'snapshot.extensions.city.d', /JSON data/],
    [{ city: [undefined] }, 'snapshot.extensions.city[0]', /JSON data/],
    [{ '': 1 }, 'snapshot.extensions.', /./],
    [{ ['n'.repeat(257)]: 1 }, `snapshot.extensions.${'n'.repeat(257)}`, /./],
    [[1], 'snapshot.extensions', /./],
  ])('non-JSON or oversized data is refused: %#', (extensions, field, reason) => {
    const e = refusal(() => checkSiteUnknown({ ...base, extensions }, { at: AT }));
    expect(e.field).toBe(field);
    expect(e.message).toMatch(reason);
  });

  it('a string of exactly 4096 characters is accepted', () => {
    expect(checkSiteUnknown({ ...base, extensions: { city: { s: 'x'.repeat(4096) } } }, { at: AT }).site).toBe(SITE.id);
  });
});

describe('CheckContext for custom rules', () => {
  afterEach(() => vi.restoreAllMocks());

  it('the snapshot as plain frozen data, items included, instants as given', () => {
    const { rule, seen } = recorder();
    const columns = [{ id: 'c', name: '动态', category: 'news', items: [{ id: 'i', publishedAt: '2026-11-20T09:30:00+08:00', title: 'dropped' }] }];
    checkSiteUnknown({ ...base, columns, messages: [{ id: 'm', channel: 'consultation', receivedAt: '2026-11-01T10:00:00+08:00' }] }, {
      at: AT,
      profile: deriveProfile(censusProfile, { id: 'm', rules: { 'city/ok': true } }, [rule]),
    });
    const ctx = seen[0] as CheckContext;
    expect(ctx.snapshot.columns).toEqual([{ id: 'c', name: '动态', category: 'news', items: [{ id: 'i', publishedAt: '2026-11-20T09:30:00+08:00' }] }]);
    expect(ctx.snapshot.messages?.[0]?.receivedAt).toBe('2026-11-01T10:00:00+08:00');
    expect(ctx.snapshot.site).toEqual(SITE);
    expect(Object.isFrozen(ctx.snapshot.columns?.[0]?.items?.[0])).toBe(true);
    expect(ctx.snapshot).toBe(ctx.snapshot); // built once
    // The checkpoint: 2026-11-25 12:00 Beijing = 2026-11-25T04:00Z.
    expect(ctx.at).toBe(Date.UTC(2026, 10, 25, 4));
    expect(ctx.atDay).toBe(Date.UTC(2026, 10, 25) / 86_400_000);
    expect(ctx.calendar.isWorkday('2026-10-01')).toBe(false); // National Day
  });

  it('the plain view is built only when a rule reads it: built-in rules do not pay for it', () => {
    const spy = vi.spyOn(snapshotSchema, 'safeParse');
    checkSiteUnknown(base, { at: AT });
    // The engine's validation, nothing more: here none, the hand readers read this whole snapshot (read.ts).
    expect(spy).toHaveBeenCalledTimes(0);
    const reader = defineRule({ id: 'city/reader', title: { zh: '读', en: 'Read' }, params: z.object({}), run: (ctx, _p, id) => finding(id, ctx.snapshot.site.id === SITE.id ? 'pass' : 'fail', { zh: '读', en: 'read' }) });
    spy.mockClear();
    checkSiteUnknown(base, { at: AT, profile: deriveProfile(censusProfile, { id: 'r', rules: { 'city/reader': true } }, [reader]) });
    expect(spy).toHaveBeenCalledTimes(1); // the plain view, for the rule that reads it
  });

  it('time helpers: Beijing day of an instant, subtract a period, evidence text', () => {
    // 2026-10-09T23:30Z is 2026-10-10 07:30 in Beijing.
    expect(checkTime.formatDay(checkTime.beijingDay('2026-10-09T23:30:00Z'))).toBe('2026-10-10');
    expect(checkTime.formatDay(checkTime.beijingDay(Date.UTC(2026, 9, 9, 15, 59)))).toBe('2026-10-09');
    expect(checkTime.formatDay(checkTime.beijingDay(Date.UTC(2026, 9, 9, 16, 0)))).toBe('2026-10-10');
    expect(checkTime.beijingDay('2026-10-10')).toBe(Date.UTC(2026, 9, 10) / 86_400_000);
    expect(checkTime.instant('2026-10-09T10:00:00+08:00')).toBe(Date.UTC(2026, 9, 9, 2));
    // Months in Beijing wall time, clamped to the month's end: 2026-05-31 minus 3 months is 02-28.
    expect(checkTime.formatInstant(checkTime.subtract(checkTime.instant('2026-05-31T10:00:00+08:00'), { months: 3 }))).toBe('2026-02-28T10:00:00.000+08:00');
    expect(checkTime.subtract(Date.UTC(2026, 0, 8), { days: 7 })).toBe(Date.UTC(2026, 0, 1));
    expect(refusal(() => checkTime.instant('2026-10-09T10:00:00')).value).toBe('2026-10-09T10:00:00');
    expect(refusal(() => checkTime.beijingDay('2026-02-30')).value).toBe('2026-02-30');
    expect(refusal(() => checkTime.beijingDay(Number.NaN)).field).toBe('instant');
  });
});
