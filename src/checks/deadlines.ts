/**
 * The one bridge from the checks to the rule catalog's deadlines (`src/rules/`). The checks never
 * count working days themselves: the periods (3, 7/15, 20 working days, 24 hours, the quarterly
 * report date) and the counting convention belong to the catalog's `computeDue`.
 */
import { parseIsoDate } from '../time/index.js';
import { DEYANG_CHECKS } from '../rules/catalog-checks.js';
import { CHECK_IDS, DEYANG_DEADLINES, deadlineEntry, documentOf, INDICATOR_IDS, OGI_DEADLINES } from '../rules/catalog-deadlines.js';
import { DOCUMENTS } from '../rules/documents.js';
import { computeDue, dueOf as dueOfEntry, fixedDueDay } from '../rules/periods.js';
import { timelinessParams } from './params.js';
import type { Bilingual } from './report.js';
import type { CheckContext } from './context.js';
import type { Trigger } from './read.js';

/** A deadline as the checks need it. */
export interface Due {
  readonly dueDay: number;
  readonly deadlineMs: number;
  readonly provisional: boolean;
}

/**
 * The catalog deadline of `ruleId` for a trigger: counted from the instant when the trigger has
 * one (hour rules), else from its Beijing date. Throws CalendarCoverageError beyond the calendar
 * and InvalidInputError for a trigger outside the rule's in-force dates.
 *
 * @example
 * // Issued 2026-09-30: due 2026-10-10 (a make-up working Saturday), so publishing at its last ms is on time.
 * const site = { id: 's', name: 'S', kind: 'portal', level: 'city' };
 * const pub = { id: 'p', kind: 'policy-document', triggeredAt: '2026-09-30', publishedAt: '2026-10-10T23:59:59.999+08:00' };
 * checkSite({ schemaVersion: 1, site, publications: [pub] }, { at: '2026-11-25T12:00:00+08:00' })
 *   .findings.find((f) => f.rule === 'deyang-2018/art24-policy-document').status; // 'pass'
 */
export function dueOf(ctx: CheckContext, ruleId: string, trigger: Trigger, complex: boolean, period?: PeriodParams): Due {
  const from = trigger.ms !== undefined ? { ms: trigger.ms } : { day: trigger.day };
  const dueCtx = complex ? { index: ctx.index(), complex: true } : { index: ctx.index() };
  if (period === undefined) return computeDue(ruleId, from, dueCtx);
  const e = deadlineEntry(ruleId);
  const p = e.parameters;
  if (p.unit === 'fixed' || (period.amount === p.amount && (period.complexAmount ?? p.complexAmount) === p.complexAmount)) return computeDue(ruleId, from, dueCtx);
  // A profile's own period: the catalog's rule (unit, in-force dates, counting) with its figures.
  return dueOfEntry({ ...e, parameters: { ...p, amount: period.amount, ...(period.complexAmount === undefined ? {} : { complexAmount: period.complexAmount }) } }, from, dueCtx);
}

/**
 * The parameter schema of the deadline check `ruleId`: {@link timelinessParams} of its catalog
 * deadline (a strict object whose fields are built on their first use, once).
 *
 * @example
 * timelinessParamsOf('deyang-2018/art25-opinion-feedback').parse({}); // { amount: 7, complexAmount: 15 }
 * Object.keys(timelinessParamsOf('deyang-2018/art29-incident-report').shape); // ['amount']
 */
export function timelinessParamsOf(ruleId: string): ReturnType<typeof timelinessParams> {
  return timelinessParams(deadlineEntry(ruleId).parameters);
}

/** A deadline check's period as its profile gives it (see `timelinessParams`). */
export interface PeriodParams {
  readonly amount: number;
  readonly complexAmount?: number;
}

/**
 * A Deyang check's title: its name, then the article as the rule catalog writes it.
 *
 * @example
 * catalogTitle('deyang-2018/art24-update-frequency', { zh: '栏目更新频率', en: 'Column update frequency' });
 * // { zh: '栏目更新频率（第二十四条第（二）项）', en: 'Column update frequency (Art. 24(2))' }
 */
export function catalogTitle(ruleId: string, name: Bilingual): Bilingual {
  // A Deyang rule: one of its checks or one of its deadlines (which throws for any other id).
  const e = DEYANG_CHECKS.find((c) => c.id === ruleId) ?? deadlineEntry(ruleId);
  return { zh: `${name.zh}（${e.article}）`, en: `${name.en} (${e.articleEn})` };
}

/**
 * The catalog due date of the quarterly report for the quarter holding `day`.
 *
 * @example
 * const site = { id: 's', name: 'S', kind: 'portal', level: 'city' };
 * const reports = [{ kind: 'self-inspection', period: '2026Q3', submittedAt: '2026-08-15T23:59:59+08:00' }];
 * checkSite({ schemaVersion: 1, site, reports }, { at: '2026-09-01T00:00:00+08:00' })
 *   .findings.find((f) => f.rule === 'deyang-2018/art32-self-inspection').evidence.quarters.find((q) => q.period === '2026Q3').state; // 'on-time'
 */
export function quarterDue(ctx: CheckContext, ruleId: string, day: number): Due {
  return computeDue(ruleId, { day }, { index: ctx.index() });
}

/**
 * Each catalog rule's first day in force (epoch day), for the rules whose start is known: an
 * entry's in-force dates are its document's, so the ids suffice (the entries' text stays unread).
 */
const IN_FORCE_FROM: ReadonlyMap<string, number> = new Map(
  [...DEYANG_DEADLINES.map((e) => e.id), ...OGI_DEADLINES.map((e) => e.id), ...CHECK_IDS, ...INDICATOR_IDS].flatMap((id) => {
    const from = DOCUMENTS[documentOf(id)].inForce.from;
    return from === null ? [] : [[id, parseIsoDate(from) as number] as const];
  }),
);

/**
 * Whether a Beijing day falls before the catalog rule `ruleId` took effect: an item triggered
 * then (a policy document issued in 2017, a message received before the measures) is outside the
 * rule — left out of the judgement and counted in the evidence as `beforeInForce`. Never true for
 * a rule with an open start (the census indicators) or one not in the catalog (a custom rule).
 *
 * @example
 * beforeInForce('deyang-2018/art24-policy-document', parseIsoDate('2018-01-24')); // true
 * beforeInForce('deyang-2018/art24-policy-document', parseIsoDate('2018-01-25')); // false
 * beforeInForce('census/site-unreachable', parseIsoDate('2001-01-01'));           // false
 */
export function beforeInForce(ruleId: string, day: number): boolean {
  const from = IN_FORCE_FROM.get(ruleId);
  return from !== undefined && day < from;
}

/**
 * The fixed due date of the quarter (or year) holding `day`, and whether it falls before the rule
 * took effect: such a period was never due under it (2017Q1's report, due 2017-02-15, under
 * measures of 2018-01-25). Use {@link quarterDue} for the deadline of a period in force.
 *
 * @example
 * fixedPeriodDue('deyang-2018/art32-self-inspection', parseIsoDate('2017-10-01')).beforeInForce; // true
 * fixedPeriodDue('deyang-2018/art32-self-inspection', parseIsoDate('2018-01-01')).beforeInForce; // false (due 2018-02-15)
 */
export function fixedPeriodDue(ruleId: string, day: number): { readonly dueDay: number; readonly beforeInForce: boolean } {
  const dueDay = fixedDueDay(deadlineEntry(ruleId), day);
  return { dueDay, beforeInForce: beforeInForce(ruleId, dueDay) };
}

/**
 * The evidence entry of the items outside a rule: `{ beforeInForce: n }` when there are any, else
 * nothing (the evidence of a site without archives stays as it was).
 *
 * @example
 * outside(2); // { beforeInForce: 2 }
 * outside(0); // {}
 */
export function outside(count: number): { beforeInForce?: number } {
  return count > 0 ? { beforeInForce: count } : {};
}
