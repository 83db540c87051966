/**
 * Obligations: many events, each with its deadline and where it stands at `now` — done on time,
 * done late, overdue, due soon or upcoming. `now` is always an argument; nothing reads a clock.
 */
import * as z from 'zod/mini';
import { defaultCalendar, indexOf, type WorkdayCalendar } from '../calendar/calendar.js';
import { civilDateSchema } from '../calendar/schemas.js';
import { lazy, lazyShape, lazyStrictObject, withChecks } from '../lazy-shape.js';
import type { CalendarIndex } from '../calendar/calendar-index.js';
import { beijingDayOfInstant, type EpochDay, formatBeijingInstant, parseDateInput, QUARTER_PATTERN, toInstantMs, yearOfEpochDay } from '../time/index.js';
import { InvalidInputError, type PathSegment } from '../errors.js';
import { assessedInstantOf, assessNumbers, type Lateness } from '../rules/assess.js';
import { deadlineEntry, type DeadlineRuleId } from '../rules/catalog.js';
import { periodUnitSchema } from '../rules/catalog-schema.js';
import { type ArticleRef, type DeadlineResult, type DeadlineWithNumbers, deadlineWithNumbers, type DueNumbers } from '../rules/deadlines.js';
import { dateInputSchema, quarterSchema, reportYearSchema } from '../rules/inputs.js';
import { calendarSchema, resolveIndex } from '../rules/options.js';
import { requireInForce } from '../rules/periods.js';
import { consultationsSchema, correctionSchema, requestReplyWithNumbers } from '../rules/request-timeline.js';
import { formatPath, parseInput } from '../validate.js';

/** The states an obligation can be in at `now` (the one list: the type, the schema and the writers read it). */
export const OBLIGATION_STATES = Object.freeze(['done-on-time', 'done-late', 'overdue', 'due-soon', 'upcoming'] as const);

/** Where an obligation stands at `now`. */
export type ObligationState = (typeof OBLIGATION_STATES)[number];

/**
 * The states of obligations still to be done.
 *
 * @example
 * OPEN_STATES.includes('due-soon'); // true
 */
export const OPEN_STATES: readonly ObligationState[] = Object.freeze(['overdue', 'due-soon', 'upcoming'] as const);

/** A UTF-16 surrogate without its other half: UTF-8 cannot carry it (it is written as U+FFFD). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * An id: 1–200 characters, no control characters, no lone surrogate (it becomes an iCalendar UID,
 * written as UTF-8, where every lone surrogate turns into the same U+FFFD: two distinct ids would
 * share one UID). Built on the first call.
 */
export const idSchema = /* @__PURE__ */ lazy(() => z.string().check(z.minLength(1), z.maxLength(200), z.regex(/^[^\u0000-\u001f\u007f]+$/, { message: 'contains a control character' }), z.refine((s) => !LONE_SURROGATE.test(s), { message: 'contains a lone surrogate (half of a UTF-16 pair), which UTF-8 cannot carry' })));

/** The fields of an event, each as a function building its schema: `obligationEventSchema`'s shape, and the keys its fast path knows. */
const eventFieldBuilders = {
  id: idSchema,
  // Typed as a deadline rule id, so that a misspelt id is a compile error; checked at run time by `deadline`.
  rule: () => z.string().check(z.minLength(1), z.maxLength(100)) as unknown as z.ZodMiniType<DeadlineRuleId, DeadlineRuleId>,
  from: () => z.optional(dateInputSchema()),
  quarter: () => z.optional(quarterSchema()),
  year: () => z.optional(reportYearSchema()),
  complex: () => z.optional(z.boolean()),
  extended: () => z.optional(z.union([z.boolean(), z.number().check(z.int(), z.minimum(0))])),
  issuer: () => z.optional(z.enum(['department', 'government'])),
  doneAt: () => z.optional(dateInputSchema()),
  correction: correctionSchema,
  consultations: consultationsSchema,
};

/**
 * One event that starts a deadline: `id` (unique in the list), the deadline `rule`, what the rule
 * counts from — `from` (a date or instant), `quarter` (`2026Q3`) or `year` — the rule's options
 * (`complex`, `extended`, `issuer`) and `doneAt` when the act was done. For the OGI reply rules
 * (`ogi-2019/art33-reply`, `ogi-2008/art24-reply`) also `correction` and `consultations`, as
 * `requestReplyDeadline` takes them (`from` is the receipt).
 *
 * @example
 * obligationEventSchema.safeParse({ id: 'doc-1', rule: 'deyang-2018/art24-policy-document', from: '2026-09-30' }).success; // true
 * obligationEventSchema.safeParse({ id: '', rule: 'deyang-2018/art24-policy-document', from: '2026-09-30' }).success; // false
 */
export const obligationEventSchema = /* @__PURE__ */ withChecks(lazyStrictObject(eventFieldBuilders), z.superRefine((e, ctx) => {
    const given = (['from', 'quarter', 'year'] as const).filter((k) => e[k] !== undefined);
    if (given.length !== 1) {
      ctx.addIssue({ code: 'custom', path: given.length === 0 ? [] : [given[1] as string], message: 'needs exactly one of from, quarter, year' });
    }
  }));

/** One event, as {@link obligations} takes it. */
export type ObligationEvent = z.input<typeof obligationEventSchema>;

/**
 * The most events one call of {@link obligations} takes.
 *
 * @example
 * MAX_EVENTS; // 1000000
 */
export const MAX_EVENTS = 1_000_000;

/**
 * A list of events: each valid, ids unique.
 *
 * @example
 * obligationEventsSchema.safeParse([{ id: 'a', rule: 'deyang-2018/art32-self-inspection', quarter: '2026Q3' }]).success; // true
 */
export const obligationEventsSchema = z.array(obligationEventSchema).check(z.maxLength(MAX_EVENTS), z.superRefine((events, ctx) => {
    const seen = new Set<string>();
    events.forEach((e, i) => {
      if (seen.has(e.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'is used by an earlier event: ids must be unique' });
      seen.add(e.id);
    });
  }));

/**
 * The options of {@link obligations}: `now` (an instant; required), `horizonDays` (the due-soon
 * window in working days, default 3), `calendar`, `provisional`.
 *
 * @example
 * obligationsOptionsSchema.safeParse({ now: '2026-10-09T12:00:00+08:00', horizonDays: -1 }).success; // false
 */
export const obligationsOptionsSchema = /* @__PURE__ */ lazyStrictObject({
  now: dateInputSchema,
  horizonDays: () => z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(366))),
  calendar: () => z.optional(calendarSchema()),
  provisional: () => z.optional(z.boolean()),
});

/** The options of {@link obligations}. */
export type ObligationsOptions = z.input<typeof obligationsOptionsSchema>;

/** An id's forbidden characters (as `idSchema`'s pattern refuses them). */
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The keys of an event (`obligationEventSchema` refuses any other). */
const EVENT_KEYS: ReadonlySet<string> = new Set(Object.keys(eventFieldBuilders));

/**
 * The fast path of {@link obligationEventSchema}: an event given as a plain object of plain
 * values that the schema accepts for certain (the common event, as JSON.parse gives it), read once
 * and copied; `undefined` for anything else — a key it does not know, the OGI reply's nested
 * fields, a value of another type, anything the schema might refuse — which the schema then reads
 * itself, with its own error. So it accepts a subset of what the schema accepts, with the same
 * values.
 */
function plainEvent(value: unknown): ObligationEvent | undefined {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return undefined;
  for (const key in value) if (!EVENT_KEYS.has(key)) return undefined;
  // Each field read once, as the schema reads it (a key that is not enumerable too).
  const { id, rule, from, quarter, year, complex, extended, issuer, doneAt, correction, consultations } = value as Record<string, unknown>;
  if (correction !== undefined || consultations !== undefined) return undefined;
  if (typeof id !== 'string' || id.length === 0 || id.length > 200 || CONTROL.test(id) || LONE_SURROGATE.test(id)) return undefined;
  if (typeof rule !== 'string' || rule.length === 0 || rule.length > 100) return undefined;
  if ((from !== undefined && typeof from !== 'string') || (doneAt !== undefined && typeof doneAt !== 'string')) return undefined;
  if (quarter !== undefined && (typeof quarter !== 'string' || !QUARTER_PATTERN.test(quarter))) return undefined;
  if (year !== undefined && !(Number.isInteger(year) && (year as number) >= 1000 && (year as number) <= 9998)) return undefined;
  if (complex !== undefined && typeof complex !== 'boolean') return undefined;
  if (extended !== undefined && typeof extended !== 'boolean' && !(Number.isSafeInteger(extended) && (extended as number) >= 0)) return undefined;
  if (issuer !== undefined && issuer !== 'department' && issuer !== 'government') return undefined;
  if ((from === undefined ? 0 : 1) + (quarter === undefined ? 0 : 1) + (year === undefined ? 0 : 1) !== 1) return undefined;
  const event: Record<string, unknown> = { id, rule };
  if (from !== undefined) event.from = from;
  if (quarter !== undefined) event.quarter = quarter;
  if (year !== undefined) event.year = year;
  if (complex !== undefined) event.complex = complex;
  if (extended !== undefined) event.extended = extended;
  if (issuer !== undefined) event.issuer = issuer;
  if (doneAt !== undefined) event.doneAt = doneAt;
  return event as ObligationEvent;
}

/**
 * One event validated as {@link obligationEventSchema} validates it (InvalidInputError naming
 * `field`'s part otherwise), through a fast path for the common plain event.
 *
 * @example
 * parseEvent({ id: 'a', rule: 'deyang-2018/art24-policy-document', from: '2026-09-30' }, 'event').from; // '2026-09-30'
 * parseEvent({ id: 'a', rule: 'deyang-2018/art24-policy-document' }, 'event'); // throws InvalidInputError
 */
export function parseEvent(value: unknown, field: string): ObligationEvent {
  return fastEvent(value) ?? (parseInput(obligationEventSchema, value, field) as ObligationEvent);
}

/** {@link plainEvent}, or `undefined` when reading the value threw (a getter or Proxy trap: the schema reads it again and says so). */
function fastEvent(value: unknown): ObligationEvent | undefined {
  try {
    return plainEvent(value);
  } catch {
    return undefined;
  }
}

/**
 * A list of events validated as {@link obligationEventsSchema} validates it, each through the
 * fast path of {@link parseEvent}; an event that path cannot take, or an id used twice, sends the
 * whole list to the schema (which gives its own first error).
 */
function parseEvents(events: unknown): ObligationEvent[] {
  return fastEvents(events) ?? (parseInput(obligationEventsSchema, events, 'events') as ObligationEvent[]);
}

function fastEvents(events: unknown): ObligationEvent[] | undefined {
  try {
    if (!Array.isArray(events) || events.length > MAX_EVENTS) return undefined;
    const out: ObligationEvent[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < events.length; i++) {
      const e = plainEvent(events[i]);
      if (e === undefined || seen.has(e.id)) return undefined;
      seen.add(e.id);
      out.push(e);
    }
    return out;
  } catch {
    return undefined; // a getter or Proxy trap threw: the schema reads the list again and says so
  }
}

/**
 * An obligation's fields as text: the one definition of them. {@link Obligation} is its output
 * type (with `rule` narrowed to the deadline rule ids, and the numbers `amount` and `late`, which
 * no writer reads back); `toICalendar` validates a hand-made or altered result with it.
 */
export const obligationSchema = z.object(/* @__PURE__ */ lazyShape({
  /** The event's id. */
  id: idSchema,
  rule: () => z.string().check(z.maxLength(200)),
  /** The article that imposes the deadline, with its text. */
  article: () => z.object({ source: z.string().check(z.maxLength(4096)), article: z.string().check(z.maxLength(4096)), articleEn: z.string().check(z.maxLength(4096)), text: z.string().check(z.maxLength(65_536)) }),
  state: () => z.enum(OBLIGATION_STATES),
  /** What the period was counted from (see `DeadlineResult.start`). */
  start: () => z.string(),
  unit: () => periodUnitSchema,
  /** The last permitted day, `YYYY-MM-DD` (Beijing). */
  dueDate: () => civilDateSchema,
  /** The deadline instant, ISO with `+08:00`. */
  deadline: () => z.string(),
  /** When the act was done, ISO with `+08:00` (a bare date is the start of that day). */
  doneAt: () => z.optional(z.string()),
  /** `true` iff the deadline or the state rests on provisional (law-derived) calendar days. */
  provisional: () => z.boolean(),
  /** The provisional years those days are in, ascending; empty when `provisional` is false. */
  provisionalYears: () => z.array(z.number().check(z.int())),
}));

/** One event's deadline and where it stands: the fields of `obligationSchema` (internal), read-only. */
export interface Obligation extends Readonly<Omit<z.output<typeof obligationSchema>, 'rule' | 'article' | 'provisionalYears'>> {
  readonly rule: DeadlineRuleId;
  /** The article that imposes the deadline, with its text. */
  readonly article: ArticleRef;
  /** The period in `unit` (see `DeadlineResult.amount`). */
  readonly amount: number;
  /** For `done-late` and `overdue`: by how much, in the rule's terms (see `assess`). */
  readonly late?: Lateness;
  /** The provisional years those days are in, ascending; empty when `provisional` is false. */
  readonly provisionalYears: readonly number[];
}

/** What {@link obligations} returns. */
export interface Obligations {
  /** The moment of the assessment, ISO with `+08:00`. */
  readonly now: string;
  /** The due-soon window, in working days. */
  readonly horizonDays: number;
  /** Every event's obligation, by deadline instant (then by id). */
  readonly items: readonly Obligation[];
  /** `true` iff any item is provisional. */
  readonly provisional: boolean;
  /** Every provisional year any item rests on, ascending. */
  readonly provisionalYears: readonly number[];
}

/** The fields of an event, as `deadline`/`assess` name them bare. */
const EVENT_FIELDS = new Set<PathSegment>(['from', 'doneAt', 'rule', 'quarter', 'year', 'complex', 'extended', 'issuer']);
/** requestReplyDeadline's names for an event's fields. */
const TIMELINE_FIELDS: Record<string, string> = { receivedAt: 'from' };

/** Re-labels an error from `deadline`/`assess` so that its path (and field) names the event's field. */
function relabel(e: unknown, i: number): unknown {
  if (!(e instanceof InvalidInputError)) return e;
  const [head, ...rest] = e.path;
  let inEvent: PathSegment[];
  if (head === 'input') inEvent = rest;
  else if (rest.length === 0 && head !== undefined && EVENT_FIELDS.has(head)) inEvent = [head];
  else if (rest.length === 0 && typeof head === 'string' && TIMELINE_FIELDS[head] !== undefined) inEvent = [TIMELINE_FIELDS[head]];
  else if (rest.length > 0 && (head === 'correction' || head === 'consultations')) inEvent = [head, ...rest];
  else return e;
  const path = ['events', i, ...inEvent];
  return new InvalidInputError(formatPath('', path), e.value, e.reason, path);
}

/** The provisional years of days `from`–`to` with `known` ones, or `undefined` when there are none besides `known`. */
function addProvisionalYears(ix: CalendarIndex, from: EpochDay, to: EpochDay, known: readonly number[]): Set<number> | undefined {
  const more = ix.provisionalYears(from, to);
  if (more.length === 0) return undefined;
  const years = new Set(known);
  for (const y of more) years.add(y);
  return years;
}

/**
 * Every event's deadline and its state at `now`:
 *
 * - `done-on-time` / `done-late`: `doneAt` is at or before / after the deadline instant (an act
 *   exactly at the deadline instant is on time, 1 ms later is late);
 * - `overdue`: not done and `now` is after the deadline instant;
 * - `due-soon`: not done, not overdue, and at most `horizonDays` (default 3) working days remain
 *   — counted strictly after `now`'s Beijing date, up to and including the due date (due today:
 *   0 remain);
 * - `upcoming`: any other open obligation.
 *
 * Items are sorted by deadline instant, then by id. `now` must be an instant; `doneAt` after
 * `now` is refused. Errors name the event's field (`events[2].from`). Without `provisional: true`
 * a deadline or a due-soon count that needs a year the calendar lacks throws
 * CalendarCoverageError; with it, the answer says `provisional: true` and names the years.
 *
 * @example
 * import { obligations } from 'gov-site-rules';
 * const r = obligations(
 *   [
 *     { id: 'doc-1', rule: 'deyang-2018/art24-policy-document', from: '2026-09-30', doneAt: '2026-10-10T23:59:59.999+08:00' },
 *     { id: 'doc-2', rule: 'deyang-2018/art24-policy-document', from: '2026-10-08' },
 *     { id: 'info-1', rule: 'deyang-2018/art24-proactive', from: '2026-12-10' },
 *   ],
 *   { now: '2026-10-12T09:00:00+08:00', provisional: true },
 * );
 * r.items.map((o) => [o.id, o.dueDate, o.state]); // [['doc-1', '2026-10-10', 'done-on-time'], ['doc-2', '2026-10-12', 'due-soon'], ['info-1', '2027-01-08', 'upcoming']]
 * r.provisionalYears; // [2027]
 */
export function obligations(events: readonly ObligationEvent[], options: ObligationsOptions): Obligations {
  const list = parseEvents(events);
  const context = obligationsContext(options);
  const batch = newBatch(list.length);
  for (let i = 0; i < list.length; i++) addToBatch(batch, obligationItem(list[i] as ObligationEvent, i, context));
  return assembleBatch(context, batch);
}

/** What {@link obligationOf} needs besides the event: `now`, the horizon and the calendar, checked once. */
export interface ObligationsContext {
  readonly now: string;
  readonly nowMs: number;
  readonly today: EpochDay;
  readonly horizon: number;
  readonly calendarOptions: { readonly calendar: WorkdayCalendar; readonly provisional: boolean };
  readonly index: () => CalendarIndex;
  /**
   * What the call computed once for many events (at most {@link MEMO_LIMIT} entries each): the
   * deadline of a rule counted from a date or instant text (the common event: `from` alone),
   * and the text of each instant an act was done at.
   */
  readonly memo: { readonly deadlines: Map<string, Map<string, DeadlineWithNumbers>>; readonly doneAt: Map<number, string>; size: number; hits: number; doneHits: number };
}

/** The most entries {@link ObligationsContext}'s memo keeps (of each kind): a bound on its memory. */
const MEMO_LIMIT = 4096;

/**
 * Whether a memo of `size` entries that were found again `hits` times keeps one more: up to
 * {@link MEMO_LIMIT}, and past its first 256 only while one in eight entries kept was found again.
 * Events that share nothing do not fill it (what it keeps, it keeps for the whole call).
 */
const keepsMore = (size: number, hits: number): boolean => size < MEMO_LIMIT && (size < 256 || hits * 8 >= size);

/** One event's obligation and its numbers, as {@link obligationOf} computes it. */
export interface ObligationEntry {
  readonly item: Obligation;
  readonly numbers: ObligationNumbers;
}

/**
 * The options of {@link obligations}, validated once for many events (the CLI's `due` computes
 * events one at a time, possibly on worker threads, each with its own context).
 *
 * @example
 * obligationsContext({ now: '2026-10-09T12:00:00+08:00' }).now; // '2026-10-09T12:00:00.000+08:00'
 */
export function obligationsContext(options: ObligationsOptions): ObligationsContext {
  const opts = parseInput(obligationsOptionsSchema, options, 'options');
  const nowMs = toInstantMs(opts.now, 'options.now');
  // A foreign calendar (another build's: the dual-package hazard) is refused even when no event needs it.
  if (opts.calendar !== undefined) indexOf(opts.calendar);
  const calendarOptions = { calendar: opts.calendar ?? defaultCalendar, provisional: opts.provisional === true };
  let ix: CalendarIndex | undefined;
  return {
    now: formatBeijingInstant(nowMs),
    nowMs,
    today: beijingDayOfInstant(nowMs),
    horizon: opts.horizonDays ?? 3,
    calendarOptions,
    index: () => (ix ??= resolveIndex(calendarOptions)),
    memo: { deadlines: new Map(), doneAt: new Map(), size: 0, hits: 0, doneHits: 0 },
  };
}

/**
 * One event's obligation (the event as {@link obligationEventSchema} outputs it, the `i`-th of
 * its list): what {@link obligations} computes for each event. Errors name `events[i]`'s field.
 *
 * @example
 * const c = obligationsContext({ now: '2026-10-09T12:00:00+08:00' });
 * obligationOf({ id: 'a', rule: 'deyang-2018/art24-policy-document', from: '2026-09-30' }, 0, c).item.state; // 'due-soon'
 */
export function obligationOf(e: ObligationEvent, i: number, context: ObligationsContext): ObligationEntry {
  const item = obligationItem(e, i, context);
  return { item, numbers: { dueDay: made.dueDay, deadlineMs: made.deadlineMs, startMs: made.startMs, doneMs: made.doneMs } };
}

/**
 * The numbers of the obligation {@link obligationItem} made last (set by each call, read right
 * after it: the code is synchronous and runs none of the caller's code in between).
 */
const made: { dueDay: EpochDay; deadlineMs: number; startMs: number; doneMs: number | undefined } = { dueDay: 0, deadlineMs: 0, startMs: 0, doneMs: undefined };

/** {@link obligationOf}'s item; its numbers are left in {@link made}. */
function obligationItem(e: ObligationEvent, i: number, context: ObligationsContext): Obligation {
  const { nowMs, today, horizon, calendarOptions, index } = context;
  try {
    const entry = deadlineEntry(e.rule);
    const p = entry.parameters;
    const wants = p.unit === 'fixed' ? (p.input === 'quarter' ? 'quarter' : 'year') : 'from';
    if (e[wants] === undefined) {
      throw new InvalidInputError(`events[${i}].${wants}`, undefined, `is missing: rule ${e.rule} counts from ${wants === 'from' ? 'a date (from)' : `a ${wants}`}`);
    }
    // Static keys (a computed one makes a slower object): the reader sees the same fields.
    const input: Record<string, unknown> = wants === 'from' ? { from: e.from } : wants === 'quarter' ? { quarter: e.quarter } : { year: e.year };
    if (e.complex !== undefined) input.complex = e.complex;
    if (e.extended !== undefined) input.extended = e.extended;
    if (e.issuer !== undefined) input.issuer = e.issuer;
    let computed: DeadlineWithNumbers;
    if (e.correction !== undefined || e.consultations !== undefined) {
      // A request's reply: the clock rules of requestReplyDeadline, under the rule the event names.
      if (p.unit !== 'workday' || p.extensionCap === undefined) {
        const extra = e.correction !== undefined ? 'correction' : 'consultations';
        throw new InvalidInputError(`events[${i}].${extra}`, e[extra], `does not apply to ${e.rule}: only a request's reply (ogi-2019/art33-reply, ogi-2008/art24-reply) has one`);
      }
      requireInForce(entry, parseDateInput(e.from, 'from').day, 'from');
      computed = requestReplyWithNumbers(
        {
          receivedAt: e.from as NonNullable<typeof e.from>,
          ...(e.correction === undefined ? {} : { correction: e.correction }),
          ...(e.consultations === undefined ? {} : { consultations: e.consultations }),
          ...(e.extended === undefined || e.extended === false ? {} : { extended: e.extended }),
        },
        calendarOptions,
      );
    } else {
      // The default options are deadline()'s own default: passed as none, they are not parsed again.
      const plain = calendarOptions.calendar === defaultCalendar && !calendarOptions.provisional;
      const options = plain ? undefined : calendarOptions;
      if (wants === 'from' && typeof e.from === 'string' && e.complex === undefined && e.extended === undefined && e.issuer === undefined) {
        // The common event, `from` alone: a rule counted from the same text gives the same
        // deadline (a pure function of the rule, the text and the call's options), counted once.
        const { memo } = context;
        let byFrom = memo.deadlines.get(e.rule);
        if (byFrom === undefined) memo.deadlines.set(e.rule, (byFrom = new Map()));
        let known = byFrom.get(e.from);
        if (known === undefined) {
          known = deadlineWithNumbers(e.rule, input, options);
          if (keepsMore(memo.size, memo.hits)) {
            byFrom.set(e.from, known);
            memo.size++;
          }
        } else memo.hits++;
        computed = known;
      } else computed = deadlineWithNumbers(e.rule, input, options);
    }
    // The deadline's numbers, as deadline() computed them: nothing is parsed back.
    const { result: d, numbers: due } = computed;
    const { dueDay, deadlineMs } = due;
    // The provisional years: the deadline's (sorted, frozen), and any the state's count adds.
    let years: Set<number> | undefined;

    let state: ObligationState;
    let late: Lateness | undefined;
    let doneAt: string | undefined;
    let doneMs: number | undefined;
    if (e.doneAt !== undefined || nowMs > deadlineMs) {
      // assess() on the numbers: doneAt read as assess reads it (an instant for hour rules).
      doneMs = e.doneAt === undefined ? undefined : assessedInstantOf(e.doneAt, 'doneAt', d.unit === 'hour');
      if (doneMs !== undefined && doneMs > nowMs) throw new InvalidInputError('doneAt', e.doneAt, 'is after now: an act cannot be assessed before it happens');
      const a = assessNumbers({ unit: d.unit, dueDay, deadlineMs }, doneMs, nowMs, index);
      const atMs = doneMs ?? nowMs;
      if (doneMs !== undefined) doneAt = doneAtText(context.memo, doneMs);
      state = a.status === 'on-time' ? 'done-on-time' : a.status === 'late' ? 'done-late' : 'overdue';
      if (a.late !== undefined) {
        late = a.late;
        if (a.late.unit === 'workday') years = addProvisionalYears(index(), dueDay + 1, beijingDayOfInstant(atMs), d.provisionalYears);
      }
    } else {
      const ixx = index();
      let remaining = 0;
      if (dueDay > today) {
        const lastKnown = Math.min(dueDay, ixx.end);
        remaining = lastKnown > today ? ixx.count(today + 1, lastKnown) : 0;
        if (remaining <= horizon && dueDay > ixx.end) throw ixx.coverageError(yearOfEpochDay(ixx.end + 1));
        // The state rests on provisional days only when the official days alone do not settle
        // it — exactly when strict mode would refuse. (A fixed date far enough ahead: never.)
        const official = Math.min(dueDay, ixx.officialEnd);
        const settled = official > today && ixx.count(today + 1, official) > horizon;
        if (!settled) years = addProvisionalYears(ixx, today + 1, lastKnown, d.provisionalYears);
      }
      state = remaining <= horizon ? 'due-soon' : 'upcoming';
    }
    const provisionalYears = years === undefined ? d.provisionalYears : Object.freeze([...years].sort((a, b) => a - b));
    made.dueDay = dueDay;
    made.deadlineMs = deadlineMs;
    made.startMs = due.startMs;
    made.doneMs = doneMs;
    return itemOf(e.id, d, state, doneAt, late, provisionalYears);
  } catch (error) {
    throw relabel(error, i);
  }
}

/** `doneMs` as ISO text with `+08:00`, an instant many events share formatted once (see {@link keepsMore}). */
function doneAtText(memo: ObligationsContext['memo'], doneMs: number): string {
  let text = memo.doneAt.get(doneMs);
  if (text === undefined) {
    text = formatBeijingInstant(doneMs);
    if (keepsMore(memo.doneAt.size, memo.doneHits)) memo.doneAt.set(doneMs, text);
  } else memo.doneHits++;
  return text;
}

/**
 * An obligation, frozen, its fields in the order of the result: each of the four shapes written
 * whole (an object grown key by key needs a second block for its last keys).
 */
function itemOf(id: string, d: DeadlineResult, state: ObligationState, doneAt: string | undefined, late: Lateness | undefined, provisionalYears: readonly number[]): Obligation {
  const { rule, article, start, unit, amount, dueDate, deadline } = d;
  const provisional = provisionalYears.length > 0;
  if (doneAt === undefined) {
    return Object.freeze(
      late === undefined
        ? { id, rule, article, state, start, unit, amount, dueDate, deadline, provisional, provisionalYears }
        : { id, rule, article, state, start, unit, amount, dueDate, deadline, late, provisional, provisionalYears },
    );
  }
  return Object.freeze(
    late === undefined
      ? { id, rule, article, state, start, unit, amount, dueDate, deadline, doneAt, provisional, provisionalYears }
      : { id, rule, article, state, start, unit, amount, dueDate, deadline, doneAt, late, provisional, provisionalYears },
  );
}

/**
 * Obligations in list order and their numbers, in columns (a result's numbers are kept as long
 * as the result: four arrays instead of an object per item); `doneMs` is `NaN` when not done.
 */
interface Batch {
  readonly items: Obligation[];
  readonly dueDay: Float64Array;
  readonly deadlineMs: Float64Array;
  readonly startMs: Float64Array;
  readonly doneMs: Float64Array;
}

const newBatch = (n: number): Batch => ({ items: [], dueDay: new Float64Array(n), deadlineMs: new Float64Array(n), startMs: new Float64Array(n), doneMs: new Float64Array(n) });

/** Appends an item, with the numbers {@link obligationItem} left in {@link made}. */
function addToBatch(batch: Batch, item: Obligation): void {
  const k = batch.items.length;
  batch.items.push(item);
  batch.dueDay[k] = made.dueDay;
  batch.deadlineMs[k] = made.deadlineMs;
  batch.startMs[k] = made.startMs;
  batch.doneMs[k] = made.doneMs ?? Number.NaN;
}

/**
 * The result of {@link obligations} from every event's entry (in list order; ids unique): sorted
 * by deadline instant, then id, with the provisional years of them all.
 *
 * @example
 * const c = obligationsContext({ now: '2026-10-09T12:00:00+08:00' });
 * assembleObligations(c, []).items; // []
 */
export function assembleObligations(context: ObligationsContext, entries: readonly ObligationEntry[]): Obligations {
  const batch = newBatch(entries.length);
  for (const { item, numbers } of entries) {
    made.dueDay = numbers.dueDay;
    made.deadlineMs = numbers.deadlineMs;
    made.startMs = numbers.startMs;
    made.doneMs = numbers.doneMs;
    addToBatch(batch, item);
  }
  return assembleBatch(context, batch);
}

/** {@link assembleObligations} of a batch. */
function assembleBatch(context: ObligationsContext, batch: Batch): Obligations {
  const { items: listed, deadlineMs: ms } = batch;
  const n = listed.length;
  const all = new Set<number>();
  // The sort keys, read once: a comparison reads two arrays, not four objects.
  const ids: string[] = new Array<string>(n);
  const order: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const item = listed[i] as Obligation;
    if (item.provisional) for (const y of item.provisionalYears) all.add(y);
    ids[i] = item.id;
    order[i] = i;
  }
  order.sort((a, b) => (ms[a] as number) - (ms[b] as number) || ((ids[a] as string) < (ids[b] as string) ? -1 : (ids[a] as string) > (ids[b] as string) ? 1 : a - b));
  const items: Obligation[] = new Array<Obligation>(n);
  const sorted = newBatch(n);
  for (let k = 0; k < n; k++) {
    const i = order[k] as number;
    items[k] = listed[i] as Obligation;
    sorted.dueDay[k] = batch.dueDay[i] as number;
    sorted.deadlineMs[k] = ms[i] as number;
    sorted.startMs[k] = batch.startMs[i] as number;
    sorted.doneMs[k] = batch.doneMs[i] as number;
  }
  const provisionalYears = Object.freeze([...all].sort((a, b) => a - b));
  const result: Obligations = Object.freeze({ now: context.now, horizonDays: context.horizon, items: Object.freeze(items), provisional: provisionalYears.length > 0, provisionalYears });
  NUMBERS.set(result, { nowMs: context.nowMs, dueDay: sorted.dueDay, deadlineMs: sorted.deadlineMs, startMs: sorted.startMs, doneMs: sorted.doneMs });
  return result;
}

/** One obligation as numbers: its deadline's (see `DueNumbers`) and when it was done. */
export interface ObligationNumbers extends DueNumbers {
  readonly doneMs: number | undefined;
}

/**
 * The numbers behind a result of {@link obligations}, in item order, in columns: `doneMs` is `NaN`
 * for an item not done. Held only in {@link NUMBERS}, never handed to the caller's code.
 */
export interface ObligationColumns {
  readonly nowMs: number;
  readonly dueDay: Float64Array;
  readonly deadlineMs: Float64Array;
  readonly startMs: Float64Array;
  readonly doneMs: Float64Array;
}

/** The numbers behind every result of {@link obligations}. */
const NUMBERS = new WeakMap<object, ObligationColumns>();

/**
 * The numbers behind a result of {@link obligations} — `now` and each item's, in item order, in
 * columns — or `undefined` for any other object (a copy, a hand-made or altered result), which the
 * `.ics` writer then reads as text. Runs none of the caller's code.
 *
 * @example
 * const o = obligations([{ id: 'a', rule: 'deyang-2018/art24-policy-document', from: '2026-09-30' }], { now: '2026-10-09T12:00:00+08:00' });
 * obligationColumnsOf(o)?.dueDay[0]; // 20736 (2026-10-10)
 * obligationColumnsOf({ ...o }); // undefined
 */
export function obligationColumnsOf(result: unknown): ObligationColumns | undefined {
  return NUMBERS.get(result as object); // undefined for anything else, a primitive too
}
