/**
 * The one bridge from the checks to the rule catalog's deadlines (`src/rules/`). The checks never
 * count working days themselves: the periods (3, 7/15, 20 working days, 24 hours, the quarterly
 * report date) and the counting convention belong to the catalog's `computeDue`.
 */
import { computeDue } from '../rules/periods.js';
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
export function dueOf(ctx: CheckContext, ruleId: string, trigger: Trigger, complex: boolean): Due {
  const from = trigger.ms !== undefined ? { ms: trigger.ms } : { day: trigger.day };
  return computeDue(ruleId, from, complex ? { index: ctx.index(), complex: true } : { index: ctx.index() });
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
