/**
 * A rule is data plus one function: `{ id, veto?, title, params, run(ctx, params) → Finding }`.
 * The engine knows nothing about any article; it runs what the profile lists.
 */
import * as z from 'zod/mini';
import { lazy, strictObject } from '../lazy-shape.js';
import type { CheckContext } from './context.js';
import type { Bilingual, Finding } from './report.js';

/** A check the engine can run. `params` is a zod object whose defaults are the rule's defaults. */
export interface RuleDefinition<P = Record<string, unknown>, I extends string = string> {
  /** The rule's id; `defineRule` keeps its literal type, so `deriveProfile` can check ids. */
  readonly id: I;
  /** A census single-veto rule: its failure makes the site unqualified. */
  readonly veto?: boolean;
  /** `account`: the rule judges each new-media account of the snapshot on its own (report.accounts); absent: the site. */
  readonly scope?: 'site' | 'account';
  readonly title: Bilingual;
  readonly params: z.ZodMiniType<P>;
  run(ctx: CheckContext, params: P): Finding;
}

/**
 * Declares a rule: fixes the params type and returns a frozen copy (title included).
 *
 * @example
 * const rule = defineRule({ id: 'my/rule', title: { zh: '示例', en: 'Example' }, params: z.object({}),
 *   run: () => finding('my/rule', 'pass', { zh: '通过', en: 'Pass' }) });
 * rule.id; // 'my/rule'
 */
export function defineRule<S extends z.ZodMiniType, const I extends string = string>(rule: {
  id: I;
  veto?: boolean;
  title: Bilingual;
  params: S;
  /** `id` is the rule's own id, so the body need not spell it again. */
  run(ctx: CheckContext, params: z.output<S>, id: string): Finding;
}): RuleDefinition<z.output<S>, I> {
  const { id, run } = rule;
  // Frozen with its title, so that no caller can rewrite a shipped rule's messages for everyone.
  return Object.freeze({
    ...rule,
    title: Object.freeze({ ...rule.title }),
    run: (ctx: CheckContext, params: z.output<S>) => run(ctx, params, id),
  }) as RuleDefinition<z.output<S>, I>;
}

/**
 * Whether `value` has the shape of a rule definition `{ id, params, run }` (what `defineRule`
 * returns; a definition made by another copy of this library, or by hand, passes too).
 *
 * @example
 * isRuleDefinition(defineRule({ id: 'my/rule', title: { zh: '示例', en: 'Example' }, params: z.object({}),
 *   run: () => finding('my/rule', 'pass', { zh: '通过', en: 'Pass' }) })); // true
 * isRuleDefinition({ id: 'my/rule' }); // false
 */
export function isRuleDefinition(value: unknown): value is RuleDefinition<any> {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as RuleDefinition<any>).id === 'string' &&
    typeof (value as RuleDefinition<any>).run === 'function' &&
    typeof (value as { params?: { safeParse?: unknown } }).params?.safeParse === 'function'
  );
}

/**
 * A calendar period as profile data: `{ months: 6 }`, `{ days: 7 }` or `{ hours: 24 }`. Internal;
 * built on the first call (issue 14: no schema at import), the same schema on every call.
 *
 * @example
 * periodSchema().safeParse({ days: 7 }).success; // true
 * periodSchema() === periodSchema(); // true
 */
export const periodSchema = lazy(() => z.union([
  z.strictObject({ months: z.number().check(z.int(), z.minimum(1), z.maximum(1200)) }),
  z.strictObject({ days: z.number().check(z.int(), z.minimum(1), z.maximum(36_500)) }),
  z.strictObject({ hours: z.number().check(z.int(), z.minimum(1), z.maximum(876_000)) }),
]));

/** No parameters. */
export const noParams = strictObject({});
