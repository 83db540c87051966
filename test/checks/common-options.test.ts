/**
 * Issue 14: the common check options (a shipped profile's id or none, no `rules`) are read without
 * zod, and a shipped profile's plan is made once. What the hand reader gives is what
 * checkOptionsSchema gives, and it leaves everything else to the schema; a plan made once is the
 * plan made afresh.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonOptions } from '../../src/checks/engine.js';
import { checkOptionsSchema, defaultCalendar, deriveProfile, deyang2018Profile, PROFILES, resolveCheckOptions, type CheckOptions } from '../../src/index.js';
import { fcRuns } from '../fc-runs.js';

const value = fc.oneof(
  fc.constant(undefined), fc.constant(null), fc.string({ maxLength: 3 }), fc.integer(), fc.boolean(), fc.constant({}), fc.constant([]),
  fc.constantFrom(...Object.keys(PROFILES), 'nope', 'toString', '__proto__', 'hasOwnProperty'),
  fc.constantFrom('2026-11-25T12:00:00+08:00', '2026-11-25', '2026-11-25T12:00:00', '2016-01-01T00:00:00Z', '2026-02-30T12:00:00Z', new Date(0), new Date(NaN)),
  fc.constantFrom(defaultCalendar, deyang2018Profile, [], [{ id: 'x' }]),
);
const options = fc.oneof(
  fc.record({ at: value, profile: value, calendar: value, rules: value, scorecard: value, other: value }, { requiredKeys: [] }),
  fc.record({ at: fc.constant('2026-11-25T12:00:00+08:00'), profile: value, calendar: fc.constantFrom(undefined, null, defaultCalendar) }, { requiredKeys: ['at'] }),
  value,
);

describe('commonOptions: the schema\'s answer for the common options, the schema for the rest', () => {
  it('gives what checkOptionsSchema gives, or leaves it to the schema', () => {
    fc.assert(
      fc.property(options, (o) => {
        const ours = commonOptions(o as CheckOptions);
        if (ours === undefined) return;
        const parsed = checkOptionsSchema.safeParse(o);
        expect(parsed.success).toBe(true);
        expect(ours).toEqual(parsed.data);
        expect(ours.profile).toBe(parsed.data?.profile);
        expect(ours.calendar).toBe(parsed.data?.calendar);
      }),
      { numRuns: fcRuns(10_000) },
    );
  });

  it('takes the options it is meant for', () => {
    for (const profile of [undefined, ...Object.keys(PROFILES)]) {
      expect(commonOptions({ at: '2026-11-25T12:00:00+08:00', ...(profile === undefined ? {} : { profile }) })?.profile).toBe(PROFILES[profile ?? 'deyang-2018']);
    }
    expect(commonOptions({ at: '2026-11-25T12:00:00+08:00', calendar: defaultCalendar, rules: null } as unknown as CheckOptions)?.calendar).toBe(defaultCalendar);
    // Anything else is the schema's: profile objects, rules, inherited profile names, refusals.
    for (const o of [{ at: '2026-11-25T12:00:00+08:00', profile: deyang2018Profile }, { at: '2026-11-25T12:00:00+08:00', rules: [] }, { at: '2026-11-25T12:00:00+08:00', profile: 'toString' }, { at: '2026-11-25' }, null]) {
      expect(commonOptions(o as CheckOptions)).toBeUndefined();
    }
  });
});

describe('a shipped profile\'s plan, made once', () => {
  it('is the same plan every time, and a derived profile or extra rules get their own', () => {
    const a = resolveCheckOptions({ at: '2026-11-25T12:00:00+08:00' });
    const b = resolveCheckOptions({ at: '2026-11-25T12:00:00+08:00' });
    expect(b.plan).toEqual(a.plan);
    expect(b.plan).not.toBe(a.plan); // each resolution has its own array (a scorecard adds to it)
    expect(a.plan.map(([d]) => d.id)).toEqual(Object.keys(a.profile.rules));
    const derived = deriveProfile(deyang2018Profile, { id: 'mine', rules: { 'deyang-2018/art28-links': false } });
    const c = resolveCheckOptions({ at: '2026-11-25T12:00:00+08:00', profile: derived });
    expect(c.plan.map(([d]) => d.id)).toEqual(Object.keys(derived.rules));
    expect(c.plan.map(([d]) => d.id)).not.toContain('deyang-2018/art28-links');
    const withScorecard = resolveCheckOptions({ at: '2026-11-25T12:00:00+08:00', scorecard: 'gov-2019' });
    expect(withScorecard.plan.length).toBeGreaterThanOrEqual(a.plan.length);
    expect(resolveCheckOptions({ at: '2026-11-25T12:00:00+08:00' }).plan).toEqual(a.plan); // the scorecard's rules are not kept in the made plan
  });
});
