/**
 * The options every deadline function takes, and the one place a calendar becomes the index the
 * counting works on (including the opt-in provisional mode).
 */
import * as z from 'zod/mini';
import type { WorkdayCalendar } from '../calendar/calendar.js';
import { CalendarIndex } from '../calendar/calendar-index.js';
import { extendProvisionally } from '../calendar/provisional.js';
import { indexOf } from '../calendar/registry.js';
import { shippedIndex } from '../calendar/shipped.js';
import { InvalidInputError } from '../errors.js';
import { parseInput } from '../validate.js';
import { lazy, lazyStrictObject } from '../lazy-shape.js';

/** The year provisional mode answers through. */
export const PROVISIONAL_THROUGH = 2035;

/** A `calendar` option: any object (what it holds is read when it is used); built on the first call. */
export const calendarSchema = /* @__PURE__ */ lazy(() => z.custom<WorkdayCalendar>((v) => typeof v === 'object' && v !== null, { message: 'is not a WorkdayCalendar' }));

/** Options of `deadline()` and the named deadline functions. */
export const deadlineOptionsSchema = /* @__PURE__ */ lazyStrictObject({
  /** The working-day calendar (default: `defaultCalendar`, official notices 2011–2026). */
  calendar: () => z.optional(calendarSchema()),
  /** Answer beyond the calendar's official coverage from the statutory holiday law; results say `provisional: true`. */
  provisional: () => z.optional(z.boolean()),
  /** Another law's period, for rules that defer to one (`deyang-2018/art24-proactive`, `ogi-2019/art26-proactive`). */
  period: () => z.optional(z.strictObject({ amount: z.number().check(z.int(), z.minimum(0), z.maximum(3650)), unit: z.enum(['workday', 'day']) })),
});

/** Options of `deadline()` and the named deadline functions. */
export type DeadlineOptions = z.input<typeof deadlineOptionsSchema>;

/** Options without `period`, for functions where no other law's period applies. */
export type CalendarOptions = Omit<DeadlineOptions, 'period'>;

/**
 * Validates deadline options (InvalidInputError naming `options.…` otherwise).
 *
 * @example
 * parseDeadlineOptions({ provisional: 'yes' }); // throws InvalidInputError
 */
export function parseDeadlineOptions(options: unknown): z.output<typeof deadlineOptionsSchema> {
  return parseInput(deadlineOptionsSchema, options ?? {}, 'options');
}

type ProvisionalCapable = WorkdayCalendar & { provisional?: (o: { through: number }) => WorkdayCalendar };

const provisionalCache = new WeakMap<WorkdayCalendar, WorkdayCalendar>();

/** The shipped years extended through {@link PROVISIONAL_THROUGH}: what `defaultCalendar.provisional()` holds. */
let shippedProvisional: CalendarIndex | undefined;

/**
 * The calendar index the counting uses: `options.calendar` (default: the shipped index that
 * `defaultCalendar` answers from, reached without loading the calendar object), or, with
 * `provisional: true`, that calendar extended through {@link PROVISIONAL_THROUGH} by its
 * `provisional({ through })` method (the shipped years by the same extension).
 *
 * @example
 * resolveIndex({}).coverage.start; // '2011-01-01'
 * resolveIndex({ provisional: true }).coverage.end; // '2035-12-31'
 */
export function resolveIndex(options: { calendar?: WorkdayCalendar | undefined; provisional?: boolean | undefined }): CalendarIndex {
  const base = options.calendar;
  if (base === undefined) {
    if (options.provisional !== true) return shippedIndex();
    return (shippedProvisional ??= new CalendarIndex(extendProvisionally(shippedIndex().years, { through: PROVISIONAL_THROUGH })));
  }
  if (options.provisional !== true) return indexOf(base);
  // PROVISIONAL PLUG-IN: the calendar engineer's `calendar.provisional({ through })` returns a
  // calendar whose index holds law-derived years; everything computed on them says provisional.
  let extended = provisionalCache.get(base);
  if (extended === undefined) {
    const method = (base as ProvisionalCapable).provisional;
    if (typeof method !== 'function') {
      throw new InvalidInputError('options.provisional', true, 'is not available: this calendar has no provisional() method');
    }
    extended = method.call(base, { through: PROVISIONAL_THROUGH });
    provisionalCache.set(base, extended);
  }
  return indexOf(extended);
}
