/**
 * The id types the compiler checks against are complete: `SiteRuleId` (what `deriveProfile`
 * accepts) is derived from the default profile's rule lists, so those lists must name every
 * built-in rule; `DeadlineRuleId` (what `deadline()` and an obligation event accept) is the
 * catalog's deadline ids. The type tests against the built package are in
 * test/package/types-consumer.test.ts.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { builtinRules, catalog, censusAliases, gov2019DeductionRules, deadline, type DeadlineRuleId, deriveProfile, deyang2018Profile, type ObligationEvent, type SiteRuleId } from '../../src/index.js';

describe('rule id types', () => {
  it('the default profile runs every built-in rule (in one of its versions, or as a census/… alias), so SiteRuleId names each', () => {
    const ids = new Set([...[deyang2018Profile, ...(deyang2018Profile.versions ?? [])].flatMap((p) => Object.keys(p.rules)), ...Object.keys(censusAliases)]);
    // Besides them, the 2019 deduction checks (run when a scorecard measures with them) are built in.
    const deductions = gov2019DeductionRules.map((r) => r.id);
    expect([...ids, ...deductions].sort()).toEqual(builtinRules.map((r) => r.id).sort());
    expectTypeOf<'gov-2019/publish/policy-docs'>().toMatchTypeOf<SiteRuleId>();
    expectTypeOf<'gov-2019/veto-columns-stale.a'>().toMatchTypeOf<SiteRuleId>();
    expectTypeOf<'census-2015/veto-site-stale'>().toMatchTypeOf<SiteRuleId>();
    expectTypeOf<'census/site-unreachable'>().toMatchTypeOf<SiteRuleId>();
    expectTypeOf<'census/site-unreachabel'>().not.toMatchTypeOf<SiteRuleId>();
  });

  it('DeadlineRuleId is the ids of the catalog deadline rules, and deadline() and events take exactly it', () => {
    expect(catalog.filter((e) => e.kind === 'deadline').map((e) => e.id)).toContain('ogi-2019/art33-reply' satisfies DeadlineRuleId);
    expectTypeOf(deadline).parameter(0).toEqualTypeOf<DeadlineRuleId>();
    expectTypeOf<ObligationEvent['rule']>().toEqualTypeOf<DeadlineRuleId>();
    expectTypeOf<'census/homepage-stale'>().not.toMatchTypeOf<DeadlineRuleId>();
    expectTypeOf(deriveProfile).parameter(1).toHaveProperty('rules');
  });
});
