/**
 * What a rule sees: the snapshot as numbers, the checkpoint, the calendar, and window starts
 * computed once per checkpoint.
 */
import type { CalendarIndex } from '../calendar/calendar-index.js';
import { indexOf, type WorkdayCalendar } from '../calendar/calendar.js';
import { beijingDayOfInstant, formatBeijingInstant, formatEpochDay } from '../time/index.js';
import { type Period, subtractPeriod } from './instant.js';
import type { SiteModel } from './read.js';

/** The context a rule runs in. */
export interface CheckContext {
  readonly model: SiteModel;
  /** The checkpoint, epoch ms. */
  readonly at: number;
  /** The checkpoint's Beijing civil date, epoch day. */
  readonly atDay: number;
  readonly calendar: WorkdayCalendar;
  /** The calendar's epoch-day index (built on first use). */
  index(): CalendarIndex;
  /** The checkpoint minus a period (memoised: computed once per checkpoint). */
  before(period: Period): number;
}

/**
 * Builds a context.
 *
 * @example
 * const model = { site: { id: 's', name: 'S', kind: 'portal', level: 'city' } } as never;
 * createContext(model, 1791511200000, defaultCalendar).atDay; // 20735 (2026-10-09)
 */
export function createContext(model: SiteModel, at: number, calendar: WorkdayCalendar): CheckContext {
  const memo = new Map<string, number>();
  let ix: CalendarIndex | undefined;
  return {
    model,
    at,
    atDay: beijingDayOfInstant(at),
    calendar,
    index: () => (ix ??= indexOf(calendar)),
    before(period) {
      const key = JSON.stringify(period);
      let v = memo.get(key);
      if (v === undefined) {
        v = subtractPeriod(at, period);
        memo.set(key, v);
      }
      return v;
    },
  };
}

/**
 * An instant as evidence text (Beijing, with offset).
 *
 * @example
 * iso(0); // '1970-01-01T08:00:00.000+08:00'
 */
export const iso = (ms: number): string => formatBeijingInstant(ms);

/**
 * An epoch day as evidence text.
 *
 * @example
 * dayText(0); // '1970-01-01'
 */
export const dayText = (day: number): string => formatEpochDay(day);

/**
 * A duration in days with up to 3 decimals, for evidence.
 *
 * @example
 * daysOf(86_400_000 * 1.5); // 1.5
 */
export const daysOf = (ms: number): number => Math.round((ms / 86_400_000) * 1000) / 1000;

/** Evidence lists are capped: this many examples, plus counts. */
export const EVIDENCE_CAP = 20;
