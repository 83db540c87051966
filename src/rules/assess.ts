/**
 * Timeliness: was an act on time, late (by how much), or is it still pending or already overdue?
 * `now` is always an argument; the library reads no clock.
 */
import * as z from 'zod/mini';
import type { CalendarIndex } from '../calendar/calendar-index.js';
import { civilDateSchema } from '../calendar/schemas.js';
import { lazyShape, lazyStrictObject } from '../lazy-shape.js';
import { beijingDayOfInstant, type EpochDay, MS_PER_HOUR, parseCivilDate, toInstantMs, toInstantOrDayStartMs } from '../time/index.js';
import { InvalidInputError } from '../errors.js';
import { parseInput } from '../validate.js';
import { type PeriodUnit, periodUnitSchema } from './catalog-schema.js';
import { dateInputSchema, offsetInstantOf } from './inputs.js';
import { type CalendarOptions, parseDeadlineOptions, resolveIndex } from './options.js';

/** The part of a deadline result `assess` reads. */
export const assessedDeadlineSchema = z.object(/* @__PURE__ */ lazyShape({
  rule: () => z.string(),
  unit: () => periodUnitSchema,
  dueDate: () => civilDateSchema,
  deadline: () => z.string(),
}));

/** When the act was done (if it was) and the moment of the assessment. */
export const assessInputSchema = /* @__PURE__ */ lazyStrictObject({ doneAt: () => z.optional(dateInputSchema()), now: dateInputSchema });

export type AssessInput = z.input<typeof assessInputSchema>;

/** How late: whole working days (for working-day rules), started hours (hour rules) or calendar days. */
export interface Lateness {
  readonly amount: number;
  readonly unit: 'workday' | 'hour' | 'day';
  /** Milliseconds past the deadline instant. */
  readonly ms: number;
  /**
   * `true` when the act (or `now`) lies beyond the calendar's coverage: `amount` counts the working
   * days the calendar knows after the due date, plus one for the working day the act counts toward
   * (which lies after the calendar), and the real lateness
   * is at least that. The status does not depend on it.
   */
  readonly atLeast?: true;
}

/** The verdict of {@link assess}. */
export interface Assessment {
  readonly rule: string;
  /** `on-time`/`late`: the act was done; `pending`/`overdue`: not done, deadline not yet passed / passed at `now`. */
  readonly status: 'on-time' | 'late' | 'pending' | 'overdue';
  /** The deadline instant assessed against. */
  readonly deadline: string;
  /** For `late` and `overdue`: by how much (at `doneAt`, or at `now`). */
  readonly late?: Lateness;
}

/** Where an act with a deadline stands: done on time, done late, not done and overdue, not done and not yet due. */
export type Timeliness = 'on-time' | 'late' | 'overdue' | 'pending';

/**
 * The one on-time/late/overdue rule, on numbers. An act due by `deadlineMs`: done at or before
 * it → on-time; done after → late; not done and the deadline passed by `atMs` → overdue; not done
 * and not yet due → pending. An act recorded after `atMs` is judged as not done at `atMs`. Used by
 * {@link assess}, `obligations` and the timeliness checks (as `answeredWithin`).
 *
 * @example
 * timelinessAt(undefined, 100, 101); // 'overdue'
 * timelinessAt(100, 100, 500);       // 'on-time'
 * timelinessAt(101, 100, 500);       // 'late'
 */
export function timelinessAt(doneMs: number | undefined, deadlineMs: number, atMs: number): Timeliness {
  if (doneMs !== undefined && doneMs <= atMs) return doneMs <= deadlineMs ? 'on-time' : 'late';
  return atMs > deadlineMs ? 'overdue' : 'pending';
}

/** How `doneAt`/`now` are read: an instant for hour rules, else a bare date is the start of that day. */
export function assessedInstantOf(value: unknown, field: string, hourRule: boolean): number {
  const ms = offsetInstantOf(value);
  if (ms === ms) return ms;
  return hourRule ? toInstantMs(value, field) : toInstantOrDayStartMs(value, field);
}

/**
 * {@link assess} on numbers (the deadline's `unit`, `dueDay` and `deadlineMs`, the act's and the
 * assessment's instants, `doneMs <= nowMs`): the verdict and, for late and overdue, the
 * lateness. `index` gives the calendar for working-day lateness, asked only when it is needed.
 *
 * @example
 * import { indexOf, defaultCalendar } from '../calendar/calendar.js';
 * assessNumbers({ unit: 'day', dueDay: 20756, deadlineMs: 1793375999999 }, undefined, 1793376000000, () => indexOf(defaultCalendar)); // { status: 'overdue', late: { amount: 1, unit: 'day', ms: 1 } }
 */
export function assessNumbers(
  due: { readonly unit: PeriodUnit; readonly dueDay: EpochDay; readonly deadlineMs: number },
  doneMs: number | undefined,
  nowMs: number,
  index: () => CalendarIndex,
): { readonly status: Timeliness; readonly late?: Lateness } {
  const status = timelinessAt(doneMs, due.deadlineMs, nowMs);
  if (status === 'on-time' || status === 'pending') return { status };
  const at = doneMs ?? nowMs;
  const ms = at - due.deadlineMs;
  let late: Lateness;
  if (due.unit === 'hour') {
    late = { amount: Math.ceil(ms / MS_PER_HOUR), unit: 'hour', ms };
  } else {
    const dueDay = due.dueDay;
    const atDay = beijingDayOfInstant(at);
    if (due.unit === 'workday') {
      const ix = index();
      if (atDay > ix.end && dueDay <= ix.end) {
        // Overdue or late is already settled inside the calendar; only how late needs days it
        // lacks: count what it knows, and the act falls on a day after its last one.
        late = { amount: ix.count(dueDay + 1, ix.end) + 1, unit: 'workday', ms, atLeast: true };
      } else {
        const amount = ix.count(dueDay + 1, atDay) + (ix.isWorkday(atDay) ? 0 : 1);
        late = { amount, unit: 'workday', ms };
      }
    } else {
      late = { amount: atDay - dueDay, unit: 'day', ms };
    }
  }
  return { status, late: Object.freeze(late) };
}

/**
 * The due day of a deadline read as text: `dueDate` (a civil date that passed its schema) must be
 * the Beijing date of the deadline instant `deadlineMs`, as in every result the library makes;
 * otherwise an InvalidInputError names `<base>.dueDate` and asks for `madeBy`'s result unchanged.
 *
 * @example
 * dueDayOfText({ dueDate: '2026-10-10', deadline: '2026-10-10T23:59:59.999+08:00' }, Date.parse('2026-10-10T23:59:59.999+08:00'), 'deadline', 'deadline()'); // 20736
 * dueDayOfText({ dueDate: '2026-10-11', deadline: '2026-10-10T23:59:59.999+08:00' }, Date.parse('2026-10-10T23:59:59.999+08:00'), 'deadline', 'deadline()'); // throws InvalidInputError
 */
export function dueDayOfText(d: { readonly dueDate: string; readonly deadline: string }, deadlineMs: number, base: string, madeBy: string): EpochDay {
  const dueDay: EpochDay = beijingDayOfInstant(deadlineMs);
  if (dueDay !== parseCivilDate(d.dueDate)) {
    throw new InvalidInputError(`${base}.dueDate`, d.dueDate, `is not the Beijing date of ${base}.deadline (${d.deadline}): pass a result of ${madeBy} unchanged`);
  }
  return dueDay;
}

/**
 * Assesses an act against a deadline. With `doneAt`: `on-time` iff done at or before the deadline
 * instant, else `late`. Without: `pending` while `now` is at or before the deadline, else
 * `overdue`. Lateness is counted in the rule's terms: for a working-day rule, the act counts as
 * done on the n-th working day after `dueDate` (an act on a rest day counts toward the next
 * working day; when the act or `now` lies beyond the calendar, the count is a lower bound marked
 * `atLeast`); for an hour rule, started hours; otherwise calendar days. A bare date for
 * `doneAt`/`now` means that day (refused for hour rules, which need an instant).
 *
 * @example
 * import { assess, policyDocumentDeadline } from 'gov-site-rules';
 * const d = policyDocumentDeadline({ from: '2026-09-30' }); // due 2026-10-10
 * assess(d, { doneAt: '2026-10-10T23:59:59+08:00', now: '2026-11-01T00:00:00+08:00' }).status; // 'on-time'
 * assess(d, { doneAt: '2026-10-13T09:00:00+08:00', now: '2026-11-01T00:00:00+08:00' }).late; // { amount: 2, unit: 'workday', ms: 205200001 }
 * assess(d, { now: '2026-10-09T12:00:00+08:00' }).status; // 'pending'
 * assess(d, { now: '2026-10-11T12:00:00+08:00' }).status; // 'overdue'
 * // Past the calendar's last day: still overdue, its lateness a lower bound.
 * assess(policyDocumentDeadline({ from: '2026-12-20' }), { now: '2027-02-01T09:00:00+08:00' }).late.atLeast; // true
 */
export function assess(deadline: z.input<typeof assessedDeadlineSchema>, input: AssessInput, options?: CalendarOptions): Assessment {
  // The result is read as text, the one way for a result of deadline(), a copy or a stored one.
  // (The library's own callers pass numbers to assessNumbers instead: nothing is parsed back.)
  const d = parseInput(assessedDeadlineSchema, deadline, 'deadline');
  const { doneAt, now } = parseInput(assessInputSchema, input, 'input');
  const deadlineMs = toInstantMs(d.deadline, 'deadline.deadline');
  const dueDay = dueDayOfText(d, deadlineMs, 'deadline', 'deadline()');
  const hourRule = d.unit === 'hour';
  const nowMs = assessedInstantOf(now, 'now', hourRule);
  const doneMs = doneAt === undefined ? undefined : assessedInstantOf(doneAt, 'doneAt', hourRule);
  if (doneMs !== undefined && doneMs > nowMs) throw new InvalidInputError('doneAt', doneAt, 'is after now: an act cannot be assessed before it happens');
  const a = assessNumbers({ unit: d.unit, dueDay, deadlineMs }, doneMs, nowMs, () => resolveIndex(parseDeadlineOptions(options)));
  return Object.freeze({ rule: d.rule, status: a.status, deadline: d.deadline, ...(a.late === undefined ? {} : { late: a.late }) });
}
