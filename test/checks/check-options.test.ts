/**
 * Check options as a zod schema: `checkOptionsSchema` accepts what checkSite accepts, and
 * `resolveCheckOptions` refuses without a snapshot what checkSite refuses, with the same field and
 * reason, including a caller's profile whose rule parameters its schema refuses.
 */
import { describe, expect, it } from 'vitest';
import {
  censusProfile, checkOptionsSchema, checkSite, defaultCalendar, PROFILES, resolveCheckOptions, type CheckOptions,
} from '../../src/index.js';
import { AT, snap } from './helpers.js';
import { refusal } from '../refusal.js';

const description = { zh: '测试配置', en: 'Test profile' };

describe('checkOptionsSchema', () => {
  it('parses the checkpoint to epoch ms and the profile id to the shipped profile, with the defaults', () => {
    const parsed = checkOptionsSchema.parse({ at: '2026-11-25T12:00:00+08:00', profile: 'census' });
    expect(parsed.at).toBe(Date.UTC(2026, 10, 25, 4));
    expect(parsed.profile).toBe(PROFILES.census);
    expect(parsed.calendar).toBe(defaultCalendar);
    expect(parsed.rules).toEqual([]);
    expect(checkOptionsSchema.parse({ at: AT }).profile).toBe(PROFILES['deyang-2018']);
  });

  it('refuses what checkSite refuses', () => {
    for (const bad of [null, { at: AT, profile: 'nope' }, { at: AT, profile: 5 }, { at: AT, rules: 'x' }, { at: 'soon' }, { at: AT, calendar: {} }]) {
      expect(checkOptionsSchema.safeParse(bad).success).toBe(false);
    }
  });
});

describe('resolveCheckOptions', () => {
  const bads: unknown[] = [
    null,
    {},
    { at: '2026-11-25' },
    { at: AT, profile: 'nope' },
    { at: AT, profile: { id: 'p', description } },
    { at: AT, calendar: { years: [] } },
    { at: AT, rules: 'x' },
    { at: AT, rules: [{ id: 'x' }] },
    { at: AT, profile: { id: 'p', description, rules: { 'my/unknown': {} } } },
    { at: AT, profile: { id: 'p', description, rules: { 'census/blank-columns': { threshold: 0 } } } },
    { at: AT, profile: { id: 'p', description, rules: { 'census/blank-columns': { treshold: 5 } } } },
  ];

  it('refuses, without a snapshot, each option checkSite refuses: same field, value and reason', () => {
    for (const bad of bads) {
      const mine = refusal(() => resolveCheckOptions(bad as CheckOptions));
      const theirs = refusal(() => checkSite(snap(), bad as CheckOptions));
      expect({ field: mine.field, value: mine.value, reason: mine.reason }).toEqual({ field: theirs.field, value: theirs.value, reason: theirs.reason });
    }
  });

  it('names the field of each refusal as checkSite always did', () => {
    const fields = bads.map((bad) => refusal(() => resolveCheckOptions(bad as CheckOptions)).field);
    expect(fields).toEqual([
      'options', 'at', 'at', 'profile', 'profile', 'calendar', 'options.rules', 'options.rules[0]',
      'profile.rules', 'profile.rules["census/blank-columns"].threshold', 'profile.rules["census/blank-columns"]',
    ]);
  });

  it('names the value refused, as the leaf validators name it', () => {
    expect(refusal(() => resolveCheckOptions({ at: '2026-11-25' })).value).toBe('2026-11-25');
    const calendar = { years: [] };
    expect(refusal(() => resolveCheckOptions({ at: AT, calendar: calendar as never })).value).toBe(calendar);
    expect(refusal(() => resolveCheckOptions({ at: AT, profile: 'nope' })).value).toBe('nope');
  });

  it('the first refusal is the first option in the order at, profile, calendar, rules', () => {
    expect(refusal(() => resolveCheckOptions({ at: 'x', profile: 'nope' })).field).toBe('at');
    expect(refusal(() => resolveCheckOptions({ at: AT, profile: 'nope', calendar: {} as never })).field).toBe('profile');
    expect(refusal(() => resolveCheckOptions({ at: AT, calendar: {} as never, rules: 'x' as never })).field).toBe('calendar');
  });

  it('resolves the plan: each rule of the profile with its parsed parameters', () => {
    const r = resolveCheckOptions({ at: AT, profile: { id: 'p', description, rules: { 'census/blank-columns': {} } } });
    expect(r.atText).toBe('2026-11-25T12:00:00.000+08:00');
    expect(r.plan.map(([def, params, custom]) => [def.id, params, custom])).toEqual([['census/blank-columns', { threshold: 5 }, false]]);
    const census = resolveCheckOptions({ at: AT, profile: censusProfile });
    // census picks the 2019 indicators at this checkpoint: 10 website and 3 new-media vetoes.
    expect(census.profile.id).toBe('gov-2019');
    expect(census.plan).toHaveLength(13);
  });
});
