/**
 * The reply deadline of a request for government information (依申请公开), with the clock rules of
 * the regulation in force at receipt: a correction restarts the clock from the corrected
 * request's receipt (2019 Art. 30); consultation time does not count (2019 Art. 33, 2008 Art. 24);
 * an extension never exceeds its cap.
 */
import * as z from 'zod/mini';
import type { CalendarIndex } from '../calendar/calendar-index.js';
import { endOfBeijingDay, type EpochDay, formatEpochDay, parseDateInput, parseIsoDate } from '../time/index.js';
import { InvalidInputError } from '../errors.js';
import { parseInput } from '../validate.js';
import { deadlineEntry } from './catalog.js';
import { type DeadlineResult, type DeadlineWithNumbers, numbersOf, resultOf } from './deadlines.js';
import { dateInputSchema } from './inputs.js';
import { lazy, lazyStrictObject } from '../lazy-shape.js';
import { type CalendarOptions, parseDeadlineOptions, resolveIndex } from './options.js';
import { requireInForce } from './periods.js';

/** The agency asked for a correction (`requestedAt`) and received the corrected request (`correctedReceivedAt`); built on the first call (a field of `obligationEventSchema` too). */
export const correctionSchema = /* @__PURE__ */ lazy(() => z.optional(z.strictObject({ requestedAt: dateInputSchema(), correctedReceivedAt: dateInputSchema() })));

/** Consultations of a third party or another agency: the days from `from` to `to` (inclusive) do not count; built on the first call (a field of `obligationEventSchema` too). */
export const consultationsSchema = /* @__PURE__ */ lazy(() => z.optional(z.array(z.strictObject({ from: dateInputSchema(), to: dateInputSchema() })).check(z.maxLength(1000))));

/** The input of {@link requestReplyDeadline}. */
export const requestTimelineSchema = /* @__PURE__ */ lazyStrictObject({
  /** When the agency received the request (Art. 31: in person, signed for, or confirmed online). */
  receivedAt: dateInputSchema,
  correction: () => correctionSchema(),
  consultations: () => consultationsSchema(),
  /** The reply period was extended: `true` for the full cap, or a number of working days (at most the cap). */
  extended: () => z.optional(z.union([z.literal(true), z.number().check(z.int(), z.minimum(0))])),
});

/** The input of {@link requestReplyDeadline}. */
export type RequestTimelineInput = z.input<typeof requestTimelineSchema>;

/** A request's reply deadline, with how it was reached. */
export interface RequestReplyResult extends DeadlineResult {
  /** The regulation in force at receipt. */
  readonly regulation: 'ogi-2019' | 'ogi-2008';
  /** The Beijing date the request was first received. */
  readonly receivedDate: string;
  /** Working days of consultation that fell inside the period and moved the deadline. */
  readonly pausedWorkdays: number;
  /** Working days of extension added (0 to the cap). */
  readonly extension: number;
}

const OGI_2019_FROM = parseIsoDate('2019-05-15') as EpochDay;

/**
 * The due day of `amount` working days after `start`, not counting working days inside `pauses`
 * (sorted by start; they may overlap). Only the days the period needs are counted: a pause that
 * starts after the due day is ignored, even beyond the calendar's coverage.
 */
function dueSkippingPauses(ix: CalendarIndex, start: EpochDay, amount: number, pauses: readonly [EpochDay, EpochDay][]): { dueDay: EpochDay; paused: number } {
  let cur = start;
  let remaining = amount;
  let paused = 0;
  for (const [a0, b] of pauses) {
    if (b <= cur) continue;
    const a = Math.max(a0, cur + 1);
    // A pause that starts after the due day changes nothing: decide that from the due day without
    // it (inside the days the period needs), never by counting up to the pause, which may lie
    // beyond the calendar.
    if (ix.addWorkdays(cur, remaining) < a) break;
    remaining -= ix.count(cur + 1, a - 1);
    paused += ix.count(a, b);
    cur = b;
  }
  return { dueDay: ix.addWorkdays(cur, remaining), paused };
}

/**
 * The reply deadline of a request for disclosure under the regulation in force on the day it was
 * received (`ogi-2019/art33-reply` from 2019-05-15, `ogi-2008/art24-reply` before).
 *
 * - `correction`: the period runs from the corrected request's receipt.
 * - `consultations`: working days from `from` to `to` (inclusive) that fall inside the period do
 *   not count; a pause of k working days moves the deadline by exactly k working days.
 * - `extended`: adds the extension, never more than the cap (20 working days; 15 under 2008).
 *
 * @example
 * import { requestReplyDeadline } from 'gov-site-rules';
 * requestReplyDeadline({ receivedAt: '2026-09-30' }).dueDate; // '2026-11-03'
 * requestReplyDeadline({ receivedAt: '2026-09-01', correction: { requestedAt: '2026-09-03', correctedReceivedAt: '2026-09-30' } }).dueDate; // '2026-11-03'
 * requestReplyDeadline({ receivedAt: '2026-09-30', consultations: [{ from: '2026-10-12', to: '2026-10-16' }] }).dueDate; // '2026-11-10'
 * requestReplyDeadline({ receivedAt: '2018-09-30' }).rule; // 'ogi-2008/art24-reply'
 */
export function requestReplyDeadline(input: RequestTimelineInput, options?: CalendarOptions): RequestReplyResult {
  return requestReplyWithNumbers(input, options).result;
}

/**
 * {@link requestReplyDeadline} with the numbers its result was made from (for `obligations`).
 * Internal.
 *
 * @example
 * requestReplyWithNumbers({ receivedAt: '2026-09-30' }).numbers.dueDay; // 20760 (2026-11-03)
 */
export function requestReplyWithNumbers(input: RequestTimelineInput, options?: CalendarOptions): DeadlineWithNumbers<RequestReplyResult> {
  const parsed = parseInput(requestTimelineSchema, input, 'input');
  const opts = parseDeadlineOptions(options);
  if ((opts as { period?: unknown }).period !== undefined) throw new InvalidInputError('options.period', opts.period, 'does not apply to a reply deadline');
  const received = parseDateInput(parsed.receivedAt, 'receivedAt').day;
  const regulation = received >= OGI_2019_FROM ? 'ogi-2019' : 'ogi-2008';
  const e = deadlineEntry(regulation === 'ogi-2019' ? 'ogi-2019/art33-reply' : 'ogi-2008/art24-reply');
  requireInForce(e, received, 'receivedAt');
  const p = e.parameters;
  if (p.unit !== 'workday' || p.extensionCap === undefined) throw new Error(`internal: ${e.id} is not a working-day rule with an extension`);

  let start = received;
  if (parsed.correction !== undefined) {
    const asked = parseDateInput(parsed.correction.requestedAt, 'correction.requestedAt').day;
    const corrected = parseDateInput(parsed.correction.correctedReceivedAt, 'correction.correctedReceivedAt').day;
    if (asked < received) throw new InvalidInputError('correction.requestedAt', parsed.correction.requestedAt, `is before the request was received (${formatEpochDay(received)})`);
    if (corrected < asked) throw new InvalidInputError('correction.correctedReceivedAt', parsed.correction.correctedReceivedAt, `is before the correction was requested (${formatEpochDay(asked)})`);
    start = corrected;
  }

  let extension = 0;
  if (parsed.extended === true) extension = p.extensionCap;
  else if (typeof parsed.extended === 'number') {
    if (parsed.extended > p.extensionCap) {
      throw new InvalidInputError('extended', parsed.extended, `exceeds the cap: ${e.id} allows an extension of at most ${p.extensionCap} working days`);
    }
    extension = parsed.extended;
  }

  const pauses: [EpochDay, EpochDay][] = (parsed.consultations ?? []).map((c, i) => {
    const a = parseDateInput(c.from, `consultations[${i}].from`).day;
    const b = parseDateInput(c.to, `consultations[${i}].to`).day;
    if (b < a) throw new InvalidInputError(`consultations[${i}].to`, c.to, `is before consultations[${i}].from (${formatEpochDay(a)})`);
    return [a, b];
  });
  // Sorted by start, overlapping or nested pauses need no merging: the walk skips what is
  // already behind it.
  pauses.sort((x, y) => x[0] - y[0]);

  const ix = resolveIndex(opts);
  const amount = p.amount + extension;
  const { dueDay, paused } = dueSkippingPauses(ix, start, amount, pauses);
  const due = { dueDay, deadlineMs: endOfBeijingDay(dueDay), provisional: ix.isProvisional(dueDay), provisionalYears: ix.provisionalYears(start + 1, dueDay), amount, unit: 'workday' as const };
  const base = resultOf(e, { day: start }, due);
  return { result: Object.freeze({ ...base, regulation, receivedDate: formatEpochDay(received), pausedWorkdays: paused, extension }), numbers: numbersOf({ day: start }, due) };
}
