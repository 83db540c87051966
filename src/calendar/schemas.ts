/**
 * Zod schemas for the calendar's inputs. The types are inferred from them.
 */
import { z } from 'zod';
import { isoWeekday, parseIsoDate } from '../time/index.js';

/**
 * A strict `YYYY-MM-DD` civil date (no February 30, no month 13).
 *
 * @example
 * civilDateSchema.safeParse('2026-02-30').success; // false
 * civilDateSchema.safeParse('2026-10-10').success; // true
 */
export const civilDateSchema = z
  .string()
  .refine((s) => parseIsoDate(s) !== undefined, { message: 'is not a calendar date in the form YYYY-MM-DD' });

const dayEntrySchema = z.strictObject({
  date: civilDateSchema,
  /** The festival (元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节 …). */
  festival: z.string().min(1).max(40),
});

/** The seven statutory festivals every yearly notice covers (a complete year names each one). */
export const STATUTORY_FESTIVALS = Object.freeze(['元旦', '春节', '清明', '劳动', '端午', '中秋', '国庆'] as const);

/**
 * One year of the State Council's holiday notice, as `withYear` takes it.
 *
 * @example
 * yearInputSchema.safeParse({ year: 2027 }).success; // false
 */
export const yearInputSchema = z
  .strictObject({
    year: z.number().int().min(1949).max(2200),
    /** The notice's name, e.g. 国务院办公厅关于2027年部分节假日安排的通知. */
    notice: z.string().min(1).max(200),
    /** Every rest day the notice declares on top of ordinary weekends (weekend days inside a break may be listed too). */
    holidays: z.array(dayEntrySchema).min(1).max(60),
    /** Weekend days the notice makes working days (调休上班). */
    makeupWorkdays: z.array(dayEntrySchema).max(20).default([]),
  })
  .superRefine((input, ctx) => {
    const seen = new Map<string, string>();
    const check = (list: 'holidays' | 'makeupWorkdays') =>
      input[list].forEach((entry, i) => {
        if (!entry.date.startsWith(`${input.year}-`)) {
          ctx.addIssue({ code: 'custom', path: [list, i, 'date'], message: `is not in ${input.year}` });
        }
        const before = seen.get(entry.date);
        if (before !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [list, i, 'date'],
            message: before === list ? 'is listed twice' : 'is listed both as a rest day and as a make-up working day',
          });
        }
        seen.set(entry.date, list);
      });
    check('holidays');
    check('makeupWorkdays');
    for (const [i, entry] of input.makeupWorkdays.entries()) {
      const day = parseIsoDate(entry.date);
      if (day !== undefined && isoWeekday(day) < 6) {
        ctx.addIssue({ code: 'custom', path: ['makeupWorkdays', i, 'date'], message: 'is a weekday: a make-up working day is a Saturday or Sunday' });
      }
    }
    const named = input.holidays.map((h) => h.festival).join(' ');
    const missing = STATUTORY_FESTIVALS.filter((f) => !named.includes(f));
    if (missing.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['holidays'], message: `is not a complete year: no rest day for ${missing.join(', ')}` });
    }
  });

/** The input of `withYear`. */
export type YearInput = z.input<typeof yearInputSchema>;
