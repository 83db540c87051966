/**
 * The calendar's rest days and make-up working days as an RFC 5545 subscription file: all-day
 * VEVENTs (DTSTART;VALUE=DATE and an **exclusive** DTEND, §3.6.1: a one-day event ends the next
 * day), one per run of consecutive rest days of one festival and one notice, one per make-up
 * working day, each with its notice in the description. Pure: same calendar and stamp, same bytes.
 */
import * as z from 'zod/mini';
import { escapeText, foldLine, utcStamp } from '../obligations/ical.js';
import { parseInput } from '../validate.js';
import { indexOf, type WorkdayCalendar } from './calendar.js';
import { type EpochDay, formatEpochDay, toInstantMs } from '../time/index.js';
import { dateInputSchema } from '../rules/inputs.js';
import { KIND_HOLIDAY, KIND_MAKEUP } from './kinds.js';
import { firstDayOfYear } from './year-data.js';
import { lazyStrictObject } from '../lazy-shape.js';

/**
 * Options of {@link calendarToICalendar}.
 *
 * @example
 * calendarIcsOptionsSchema.safeParse({ year: 2026 }).success; // false (stamp is required)
 */
export const calendarIcsOptionsSchema = /* @__PURE__ */ lazyStrictObject({
  /** Only this year (default: every year the calendar holds). */
  year: () => z.optional(z.number().check(z.int())),
  /** DTSTAMP: when the file is generated (an instant). */
  stamp: dateInputSchema,
  /** X-WR-CALNAME. */
  calendarName: () => z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
});

export type CalendarIcsOptions = z.input<typeof calendarIcsOptionsSchema>;

const ymd = (day: EpochDay): string => formatEpochDay(day).replace(/-/g, '');

/**
 * The rest days and make-up working days of `calendar` (or of one `year`) as iCalendar text.
 *
 * @example
 * import { defaultCalendar } from 'gov-site-rules';
 * const ics = calendarToICalendar(defaultCalendar, { year: 2026, stamp: '2026-12-01T00:00:00Z' });
 * ics.split('\r\n').filter((l) => l.startsWith('DTSTART') || l.startsWith('DTEND')).slice(0, 2); // ['DTSTART;VALUE=DATE:20260101', 'DTEND;VALUE=DATE:20260104']
 */
export function calendarToICalendar(calendar: WorkdayCalendar, options: CalendarIcsOptions): string {
  const opts = parseInput(calendarIcsOptionsSchema, options, 'options');
  const index = indexOf(calendar);
  const stamp = utcStamp(toInstantMs(opts.stamp, 'options.stamp'));
  if (opts.year !== undefined) index.require(firstDayOfYear(opts.year));
  const from = opts.year === undefined ? index.start : firstDayOfYear(opts.year);
  const to = opts.year === undefined ? index.end : firstDayOfYear(opts.year + 1) - 1;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//gov-site-rules//holidays//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(opts.calendarName ?? '中国法定节假日与调休 / China public holidays and make-up working days')}`,
  ];
  let day = from;
  while (day <= to) {
    const kind = index.kind(day);
    if (kind !== KIND_HOLIDAY && kind !== KIND_MAKEUP) {
      day++;
      continue;
    }
    const k = calendar.dayKind(formatEpochDay(day));
    let end = day; // inclusive
    if (kind === KIND_HOLIDAY) {
      while (end + 1 <= to && index.kind(end + 1) === KIND_HOLIDAY) {
        const next = calendar.dayKind(formatEpochDay(end + 1));
        if (next.festival !== k.festival || next.source !== k.source) break;
        end++;
      }
    }
    const days = Array.from({ length: end - day + 1 }, (_, i) => calendar.dayKind(formatEpochDay(day + i)));
    const festival = k.festival ?? '';
    const rest = kind === KIND_HOLIDAY;
    const n = k.notice;
    const noticeText = n === undefined ? k.source : [n.title, n.number, n.issued === undefined ? undefined : `${n.issued} 发布 issued`].filter((x) => x !== undefined).join(', ');
    const list = (reason: string) => days.filter((d) => d.reason === reason).map((d) => d.date);
    const description = [
      rest ? `${festival} 放假 rest day(s): ${formatEpochDay(day)}${end > day ? ` … ${formatEpochDay(end)}` : ''}` : `${festival} 调休上班 make-up working day${k.paysFor ? ` (pays for ${k.paysFor})` : ''}`,
      ...(rest && list('statutory').length > 0 ? [`法定节假日 statutory: ${list('statutory').join(', ')}`] : []),
      ...(rest && list('in-lieu').length > 0 ? [`调休 in lieu: ${list('in-lieu').join(', ')}`] : []),
      ...(rest && list('special').length > 0 ? [`特别放假 special: ${list('special').join(', ')}`] : []),
      `依据 Source: ${noticeText}`,
      ...(k.amends === undefined ? [] : [`调整 Amends: ${k.amends}`]),
      ...(k.provisional ? ['暂定 Provisional: from the holiday law alone, not a published notice'] : []),
    ].join('\n');
    const summary = `${k.provisional ? '[暂定] ' : ''}${festival} ${rest ? '放假 rest day' : '调休上班 make-up working day'}`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${ymd(day)}-${rest ? 'rest' : 'makeup'}@gov-site-rules`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${ymd(day)}`,
      `DTEND;VALUE=DATE:${ymd(end + 1)}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `CATEGORIES:${rest ? 'HOLIDAY' : 'WORKDAY'}`,
      `TRANSP:${rest ? 'TRANSPARENT' : 'OPAQUE'}`,
      'END:VEVENT',
    );
    day = end + 1;
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
