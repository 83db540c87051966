/**
 * Zod schemas for the calendar's inputs. The types are inferred from them.
 */
import * as z from 'zod/mini';
import { isoWeekday, parseIsoDate } from '../time/index.js';
import { lazy, lazyStrictObject, withChecks } from '../lazy-shape.js';

// The schemas here are built on their first use (issue 14: the cold start): an exported object
// schema is a working zod object at import whose fields are built on its first parse
// (`lazyStrictObject`); the entry schemas inside are `lazy` builders (call them: one schema, built once).

/**
 * A strict `YYYY-MM-DD` civil date (no February 30, no month 13).
 *
 * @example
 * civilDateSchema.safeParse('2026-02-30').success; // false
 * civilDateSchema.safeParse('2026-10-10').success; // true
 */
export const civilDateSchema = z.string().check(z.refine((s) => parseIsoDate(s) !== undefined, { message: 'is not a calendar date in the form YYYY-MM-DD' }));

const dayEntrySchema = /* @__PURE__ */ lazy(() => z.strictObject({
  date: civilDateSchema,
  /** The festival (元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节 …). */
  festival: z.string().check(z.minLength(1), z.maxLength(40)),
}));

/** The seven statutory festivals every yearly notice covers (a complete year names each one). */
export const STATUTORY_FESTIVALS = Object.freeze(['元旦', '春节', '清明', '劳动', '端午', '中秋', '国庆'] as const);

/** A make-up working day: its date, the festival it serves and, where the notice pairs them, the rest day it pays for. */
const makeupEntrySchema = /* @__PURE__ */ lazy(() => z.strictObject({
  date: civilDateSchema,
  festival: z.string().check(z.minLength(1), z.maxLength(40)),
  /** The weekday rest day in lieu this make-up day pays for, where the notice pairs them: a rest day of the same festival in the same input. */
  restDay: z.optional(civilDateSchema),
}));

/** A day an amendment turns back into an ordinary working day (a weekday). */
const workdayEntrySchema = /* @__PURE__ */ lazy(() => z.strictObject({ date: civilDateSchema }));

const LIST_LABEL = { holidays: 'as a rest day', makeupWorkdays: 'as a make-up working day', workdays: 'as a working day' } as const;

type DayLists = {
  year: number;
  holidays: { date: string; festival: string }[];
  makeupWorkdays: { date: string; festival: string; restDay?: string | undefined }[];
  workdays?: { date: string }[];
};

/** The checks a yearly notice and an amendment share: days in the year, each named once, make-up days on weekends paired with a rest day of their festival, restored working days on weekdays. */
function checkDayLists(input: DayLists, ctx: z.core.$RefinementCtx): void {
  const seen = new Map<string, string>();
  const check = (list: 'holidays' | 'makeupWorkdays' | 'workdays', entries: readonly { date: string }[]) =>
    entries.forEach((entry, i) => {
      if (!entry.date.startsWith(`${input.year}-`)) {
        ctx.addIssue({ code: 'custom', path: [list, i, 'date'], message: `is not in ${input.year}` });
      }
      const before = seen.get(entry.date);
      if (before !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [list, i, 'date'],
          message: before === list ? 'is listed twice' : `is listed both ${LIST_LABEL[before as keyof typeof LIST_LABEL]} and ${LIST_LABEL[list]}`,
        });
      }
      seen.set(entry.date, list);
    });
  check('holidays', input.holidays);
  check('makeupWorkdays', input.makeupWorkdays);
  check('workdays', input.workdays ?? []);
  const paidBy = new Map<string, number>();
  for (const [i, entry] of input.makeupWorkdays.entries()) {
    const day = parseIsoDate(entry.date);
    if (day !== undefined && isoWeekday(day) < 6) {
      ctx.addIssue({ code: 'custom', path: ['makeupWorkdays', i, 'date'], message: 'is a weekday: a make-up working day is a Saturday or Sunday' });
    }
    if (entry.restDay === undefined) continue;
    const rest = input.holidays.find((h) => h.date === entry.restDay);
    const restDay = parseIsoDate(entry.restDay);
    const path = ['makeupWorkdays', i, 'restDay'];
    if (rest === undefined) {
      ctx.addIssue({ code: 'custom', path, message: 'is not a rest day of this input: a make-up day pays for a day listed in holidays' });
    } else if (rest.festival !== entry.festival) {
      ctx.addIssue({ code: 'custom', path, message: `is a rest day of ${rest.festival}, not of ${entry.festival}` });
    } else if (restDay !== undefined && isoWeekday(restDay) >= 6) {
      ctx.addIssue({ code: 'custom', path, message: 'is a Saturday or Sunday: a make-up day pays for a weekday rest day in lieu' });
    } else if (paidBy.has(entry.restDay)) {
      ctx.addIssue({ code: 'custom', path, message: `is already paid for by makeupWorkdays[${paidBy.get(entry.restDay)}]` });
    } else {
      paidBy.set(entry.restDay, i);
    }
  }
  for (const [i, entry] of (input.workdays ?? []).entries()) {
    const day = parseIsoDate(entry.date);
    if (day !== undefined && isoWeekday(day) >= 6) {
      ctx.addIssue({ code: 'custom', path: ['workdays', i, 'date'], message: 'is a Saturday or Sunday: list a weekend working day in makeupWorkdays' });
    }
  }
}

/**
 * One year of the State Council's holiday notice, as `withYear` takes it.
 *
 * @example
 * yearInputSchema.safeParse({ year: 2027 }).success; // false
 */
export const yearInputSchema = /* @__PURE__ */ withChecks(lazyStrictObject({
    year: () => z.number().check(z.int(), z.minimum(1949), z.maximum(2200)),
    /** The notice's name, e.g. 国务院办公厅关于2027年部分节假日安排的通知. */
    notice: () => z.string().check(z.minLength(1), z.maxLength(200)),
    /** Every rest day the notice declares on top of ordinary weekends (weekend days inside a break may be listed too). */
    holidays: () => z.array(dayEntrySchema()).check(z.minLength(1), z.maxLength(60)),
    /** Weekend days the notice makes working days (调休上班), each with the rest day it pays for where the notice pairs them. */
    makeupWorkdays: () => z._default(z.array(makeupEntrySchema()).check(z.maxLength(20)), []),
  }), z.superRefine((input, ctx) => {
    checkDayLists(input, ctx);
    const named = input.holidays.map((h) => h.festival).join(' ');
    const missing = STATUTORY_FESTIVALS.filter((f) => !named.includes(f));
    if (missing.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['holidays'], message: `is not a complete year: no rest day for ${missing.join(', ')}` });
    }
  }));

/** The input of `withYear` for a year's notice. */
export type YearInput = z.input<typeof yearInputSchema>;

/**
 * A later notice for a year the calendar already holds (as in 2020, when the Spring Festival was
 * extended): `amends: true`, and only the days it names, which it replaces. `holidays` become rest
 * days, `makeupWorkdays` working weekend days, `workdays` ordinary working days again.
 *
 * @example
 * yearAmendmentSchema.safeParse({ year: 2027, notice: 'x', amends: true, workdays: [{ date: '2027-02-11' }] }).success; // true
 * yearAmendmentSchema.safeParse({ year: 2027, notice: 'x', amends: true }).success; // false (names no day)
 */
export const yearAmendmentSchema = /* @__PURE__ */ withChecks(lazyStrictObject({
    year: () => z.number().check(z.int(), z.minimum(1949), z.maximum(2200)),
    /** The amending notice's name, e.g. 国务院办公厅关于延长2020年春节假期的通知. */
    notice: () => z.string().check(z.minLength(1), z.maxLength(200)),
    /** Marks the input as an amendment of a year the calendar holds. */
    amends: () => z.literal(true),
    holidays: () => z._default(z.array(dayEntrySchema()).check(z.maxLength(60)), []),
    makeupWorkdays: () => z._default(z.array(makeupEntrySchema()).check(z.maxLength(20)), []),
    /** Weekdays the amendment makes ordinary working days again (a rest day called off). */
    workdays: () => z._default(z.array(workdayEntrySchema()).check(z.maxLength(60)), []),
  }), z.superRefine((input, ctx) => {
    checkDayLists(input, ctx);
    if (input.holidays.length + input.makeupWorkdays.length + input.workdays.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['holidays'], message: 'names no day: an amendment lists the days it changes (holidays, makeupWorkdays or workdays)' });
    }
  }));

/** The input of `withYear` for a mid-year amendment. */
export type YearAmendmentInput = z.input<typeof yearAmendmentSchema>;

/**
 * Whether a `withYear` input is an amendment (it has an `amends` key).
 *
 * @example
 * isAmendmentInput({ year: 2020, notice: 'x', amends: true }); // true
 * isAmendmentInput({ year: 2027, notice: 'x', holidays: [] }); // false
 */
export function isAmendmentInput(input: unknown): boolean {
  try {
    return typeof input === 'object' && input !== null && Object.hasOwn(input, 'amends');
  } catch {
    return false; // an object that cannot be read (a revoked proxy): the schema refuses it, naming the field
  }
}
