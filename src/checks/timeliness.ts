/**
 * The shared shape of the deadline checks (publication timeliness, replies, incident reports):
 * each record has a trigger and maybe a done instant; the deadline comes from the rule catalog in
 * `src/rules/` (via `deadlines.ts`); the record is on time, late, overdue or pending at the
 * checkpoint. This module only tallies and words the result.
 */
import { CalendarCoverageError, InvalidInputError } from '../errors.js';
import { type CheckContext, EVIDENCE_CAP, iso } from './context.js';
import { beforeInForce, type Due, dueOf, outside, type PeriodParams } from './deadlines.js';
import { answeredWithin, type Timeliness } from './predicates.js';
import type { Trigger } from './read.js';
import { type Bilingual, finding, type Finding } from './report.js';

/** One record to judge. */
export interface TimedRecord {
  readonly id: string;
  readonly trigger: Trigger | undefined;
  readonly doneMs: number | undefined;
  readonly complex?: boolean;
}

/** Running tally of a deadline check. */
export class Tally {
  judged = 0;
  onTime = 0;
  pending = 0;
  readonly bad: Record<string, unknown>[] = [];
  badCount = 0;
  readonly unknown: Record<string, unknown>[] = [];
  unknownCount = 0;
  provisional = 0;
  /** Items triggered before the rule took effect: outside the rule, not judged. */
  beforeInForce = 0;

  addBad(entry: Record<string, unknown>): void {
    this.badCount++;
    if (this.bad.length < EVIDENCE_CAP) this.bad.push(entry);
  }

  addUnknown(entry: Record<string, unknown>): void {
    this.unknownCount++;
    if (this.unknown.length < EVIDENCE_CAP) this.unknown.push(entry);
  }

  evidence(extra: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      ...extra,
      judged: this.judged, onTime: this.onTime, lateOrOverdue: this.badCount, pending: this.pending,
      undecidable: this.unknownCount, provisionalDeadlines: this.provisional, ...outside(this.beforeInForce),
      failing: this.bad, needsInput: this.unknown,
    };
  }
}

/**
 * Judges one record against its catalog deadline; returns its state, `'before-in-force'` when its
 * trigger falls before the rule took effect (outside the rule: counted, not judged), or undefined
 * when it is not judged at the checkpoint (after it, or undecidable: recorded as needs-input).
 * `period` is the profile's period for the rule (default: the catalog's).
 */
export function judge(ctx: CheckContext, ruleId: string, rec: TimedRecord, tally: Tally, requireInstant: boolean, period?: PeriodParams): Timeliness | 'before-in-force' | undefined {
  const t = rec.trigger;
  if (t === undefined) {
    tally.addUnknown({ id: rec.id, problem: 'no trigger date' });
    return undefined;
  }
  if (t.day <= ctx.atDay && beforeInForce(ruleId, t.day)) {
    tally.beforeInForce++;
    return 'before-in-force';
  }
  if (requireInstant && t.ms === undefined) {
    tally.addUnknown({ id: rec.id, triggeredAt: t.text, problem: 'an hour rule needs an instant, not a date' });
    return undefined;
  }
  if ((t.ms ?? -Infinity) > ctx.at || t.day > ctx.atDay) return undefined; // after the checkpoint
  let due: Due;
  try {
    due = dueOf(ctx, ruleId, t, rec.complex === true, period);
  } catch (e) {
    if (e instanceof CalendarCoverageError) {
      tally.addUnknown({ id: rec.id, triggeredAt: t.text, problem: `no working-day data for ${e.year}`, missingYear: e.year });
      return undefined;
    }
    if (e instanceof InvalidInputError) {
      tally.addUnknown({ id: rec.id, triggeredAt: t.text, problem: e.message });
      return undefined;
    }
    throw e;
  }
  if (due.provisional) tally.provisional++;
  const state = answeredWithin(rec.doneMs, due.deadlineMs, ctx.at);
  if (state === 'pending') {
    tally.pending++;
    return state;
  }
  tally.judged++;
  if (state === 'on-time') tally.onTime++;
  else {
    tally.addBad({
      id: rec.id, from: t.text, deadline: iso(due.deadlineMs),
      done: rec.doneMs === undefined || rec.doneMs > ctx.at ? null : iso(rec.doneMs), state,
      ...(due.provisional ? { provisional: true } : {}),
    });
  }
  return state;
}

/** Words the tally into a finding. */
export function tallyFinding(
  ruleId: string,
  tally: Tally,
  present: boolean,
  words: { what: Bilingual; none: Bilingual; missing: Bilingual },
  extra: Record<string, unknown> = {},
  extraFail?: { count: number; message: Bilingual },
): Finding {
  if (!present) return finding(ruleId, 'needs-input', words.missing);
  const evidence = tally.evidence(extra);
  if (tally.badCount > 0 || (extraFail !== undefined && extraFail.count > 0)) {
    const zh: string[] = [];
    const en: string[] = [];
    if (tally.badCount > 0) {
      zh.push(`${tally.badCount}条${words.what.zh}超过期限`);
      en.push(`${tally.badCount} ${words.what.en} past the deadline`);
    }
    if (extraFail !== undefined && extraFail.count > 0) {
      zh.push(extraFail.message.zh);
      en.push(extraFail.message.en);
    }
    return finding(ruleId, 'fail', { zh: zh.join('；'), en: en.join('; ') }, evidence);
  }
  if (tally.unknownCount > 0) {
    return finding(ruleId, 'needs-input', { zh: `${tally.unknownCount}条${words.what.zh}无法判断`, en: `${tally.unknownCount} ${words.what.en} cannot be judged` }, evidence);
  }
  if (tally.judged === 0 && tally.pending > 0) {
    // Something happened but nothing is due yet: say so, not "none".
    return finding(ruleId, 'not-applicable', { zh: `${tally.pending}条${words.what.zh}尚未到期`, en: `${tally.pending} ${words.what.en} not yet due` }, evidence);
  }
  if (tally.judged === 0 && tally.beforeInForce > 0) {
    return finding(ruleId, 'not-applicable', { zh: `${tally.beforeInForce}条${words.what.zh}早于本规定施行，不适用`, en: `All ${tally.beforeInForce} ${words.what.en} predate the rule: outside it` }, evidence);
  }
  if (tally.judged === 0) return finding(ruleId, 'not-applicable', words.none, evidence);
  return finding(ruleId, 'pass', { zh: `${tally.judged}条${words.what.zh}均在期限内`, en: `All ${tally.judged} ${words.what.en} within the deadline` }, evidence);
}
