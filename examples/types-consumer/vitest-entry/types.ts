// `gov-site-rules/testing/vitest` needs vitest's own types (it augments vitest's `expect`), so
// this second project also has vitest installed. Positive type tests with `expectTypeOf`: compiled,
// never run.
import 'gov-site-rules/testing/vitest';
import {
  addWorkdays,
  checkSite,
  checkSiteUnknown,
  deadline,
  obligations,
  type DateInput,
  type DeadlineRuleId,
  type ObligationEvent,
  type SnapshotInput,
} from 'gov-site-rules';
import { expect, expectTypeOf } from 'vitest';

expectTypeOf(addWorkdays).parameter(0).toEqualTypeOf<DateInput>();
expectTypeOf<number>().not.toMatchTypeOf<DateInput>();
expectTypeOf<Date>().toMatchTypeOf<DateInput>();
expectTypeOf(deadline).parameter(0).toEqualTypeOf<DeadlineRuleId>();
expectTypeOf<'census/homepage-stale'>().not.toMatchTypeOf<DeadlineRuleId>();
expectTypeOf(checkSite).parameter(0).toEqualTypeOf<SnapshotInput>();
expectTypeOf(checkSiteUnknown).parameter(0).toBeUnknown();
expectTypeOf<ObligationEvent['rule']>().toEqualTypeOf<DeadlineRuleId>();
expectTypeOf(obligations).returns.toHaveProperty('items');

export function matchersAreTyped(): void {
  expect('2026-10-10').toBeDueBy('deyang-2018/art24-policy-document', '2026-09-30');
  expect({ schemaVersion: 1 }).toPassRule('census/blank-columns', { at: '2026-11-25T12:00:00+08:00' });
}
