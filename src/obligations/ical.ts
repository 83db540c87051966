/**
 * An RFC 5545 writer for obligations: one VTODO (or VEVENT) per open obligation, times in
 * Asia/Shanghai with its VTIMEZONE, CRLF line endings and lines folded at 75 octets (UTF-8,
 * never inside a character). Pure: the output depends only on the input (DTSTAMP is `now`).
 */
import * as z from 'zod/mini';
import { formatBeijingBasic, formatCivilBasic, LAST_CIVIL_DAY, parseCivilDate, startOfBeijingDay, toInstantMs } from '../time/index.js';
import { InvalidInputError } from '../errors.js';
import { dueDayOfText } from '../rules/assess.js';
import { parseInput } from '../validate.js';
import { type Obligation, type ObligationNumbers, obligationNumbersOf, type Obligations, obligationSchema, OPEN_STATES } from './obligations.js';

/**
 * What toICalendar reads of an `obligations()` result. A hand-made or altered object is checked
 * so that junk is an InvalidInputError naming `obligations.…`, never a TypeError or `NaN` in the
 * calendar.
 */
const obligationsInputSchema = z.object({ now: z.string(), items: z.array(obligationSchema) });

/**
 * The numbers of an obligation read as text (not a result of `obligations()`): every item's dates
 * are read, written or not, so that a broken one is refused, never skipped over.
 */
function itemNumbers(o: Pick<Obligation, 'deadline' | 'start' | 'unit' | 'doneAt' | 'dueDate'>, field: string): ObligationNumbers {
  const deadlineMs = toInstantMs(o.deadline, `${field}.deadline`);
  let startMs: number;
  if (o.unit === 'hour') startMs = toInstantMs(o.start, `${field}.start`);
  else {
    const startDay = parseCivilDate(o.start);
    if (startDay === undefined) throw new InvalidInputError(`${field}.start`, o.start, 'is not a date YYYY-MM-DD');
    startMs = startOfBeijingDay(startDay);
  }
  const doneMs = o.doneAt === undefined ? undefined : toInstantMs(o.doneAt, `${field}.doneAt`);
  // The due date must be the deadline's Beijing date, or the event would be written on another day.
  return { dueDay: dueDayOfText(o, deadlineMs, field, 'obligations()'), deadlineMs, startMs, doneMs };
}

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): `\` `;` `,` and line breaks; other control characters
 * (not allowed in TEXT) become spaces.
 *
 * @example
 * escapeText('a;b,c\\d\ne'); // 'a\\;b\\,c\\\\d\\ne'
 */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, '\n')
    .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, ' ');
}

const utf8Length = (cp: number): number => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/**
 * Folds one content line (RFC 5545 §3.1): no physical line longer than 75 octets of UTF-8; each
 * continuation starts with one space. A character (or a backslash escape) is never split.
 *
 * @example
 * foldLine('X:' + 'a'.repeat(80)).split('\r\n').map((l) => l.length); // [75, 8]
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  const chars = Array.from(line);
  for (let i = 0; i < chars.length; i++) {
    let unit = chars[i] as string;
    if (unit === '\\' && i + 1 < chars.length) unit += chars[++i] as string;
    let size = 0;
    for (const c of unit) size += utf8Length(c.codePointAt(0) as number);
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += unit;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/**
 * `YYYYMMDDTHHMMSSZ` of an instant in UTC (milliseconds dropped).
 *
 * @example
 * utcStamp(Date.UTC(2026, 11, 2, 1, 2, 3, 999)); // '20261202T010203Z'
 */
export function utcStamp(ms: number): string {
  const d = new Date(ms - (ms % 1000 + 1000) % 1000);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Asia/Shanghai',
  'X-LIC-LOCATION:Asia/Shanghai',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'DTSTART:19700101T000000',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/**
 * The options of {@link toICalendar}: `calendarName` (X-WR-CALNAME), `component` (`VTODO`, the
 * default, or `VEVENT` for calendar apps that ignore to-dos) and `includeDone` (also export done
 * obligations, as COMPLETED to-dos).
 *
 * @example
 * toICalendarOptionsSchema.safeParse({ calendarName: '' }).success; // false
 */
export const toICalendarOptionsSchema = z.strictObject({
  calendarName: z.string().check(z.minLength(1), z.maxLength(200)),
  component: z.optional(z.enum(['VTODO', 'VEVENT'])),
  includeDone: z.optional(z.boolean()),
});

/** The options of {@link toICalendar}. */
export type ToICalendarOptions = z.input<typeof toICalendarOptionsSchema>;

const STATE_ZH: Record<string, string> = {
  overdue: '已逾期 overdue',
  'due-soon': '即将到期 due soon',
  upcoming: '未到期 upcoming',
  'done-on-time': '按时完成 done on time',
  'done-late': '逾期完成 done late',
};

/**
 * RFC 5545 text for obligations: a VCALENDAR (PRODID, VERSION, X-WR-CALNAME, the Asia/Shanghai
 * VTIMEZONE) with one VTODO per open obligation — UID `<event id>@gov-site-rules`, DTSTAMP from
 * the obligations' `now`, DTSTART at the start of the period and DUE at the deadline in
 * `Asia/Shanghai` (seconds; the deadline's .999 is dropped), SUMMARY, DESCRIPTION with the rule,
 * the article and its text, the state at `now` and whether the date is provisional. With
 * `component: 'VEVENT'` each is an event on the due date (all day), or at the deadline instant
 * for hour rules. CRLF line endings, lines folded at 75 octets. Same input, same bytes.
 *
 * @example
 * import { obligations, toICalendar } from 'gov-site-rules';
 * const o = obligations([{ id: 'doc-2', rule: 'deyang-2018/art24-policy-document', from: '2026-10-08' }], { now: '2026-10-12T09:00:00+08:00' });
 * const ics = toICalendar(o, { calendarName: '德阳市政府网站 deadlines' });
 * ics.split('\r\n').filter((l) => l.startsWith('UID') || l.startsWith('DUE')); // ['UID:doc-2@gov-site-rules', 'DUE;TZID=Asia/Shanghai:20261012T235959']
 */
export function toICalendar(input: Obligations, options: ToICalendarOptions): string {
  const opts = parseInput(toICalendarOptionsSchema, options, 'options');
  // A result of obligations() carries its numbers (and is frozen): it is neither validated nor
  // parsed back. Anything else is validated, and only the parsed copy is read from here on: a
  // getter of the caller's runs once, inside zod.
  const known = obligationNumbersOf(input);
  const obligations = known === undefined ? parseInput(obligationsInputSchema, input, 'obligations') : input;
  const nowMs = known === undefined ? toInstantMs(obligations.now, 'obligations.now') : known.nowMs;
  const component = opts.component ?? 'VTODO';
  const stamp = utcStamp(nowMs);
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//gov-site-rules//obligations//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(opts.calendarName)}`,
    'X-WR-TIMEZONE:Asia/Shanghai',
    ...VTIMEZONE,
  ];
  obligations.items.forEach((o, i) => {
    const { deadlineMs, startMs, doneMs, dueDay } = known?.items[i] ?? itemNumbers(o, `obligations.items[${i}]`);
    const open = OPEN_STATES.includes(o.state);
    if (!open && !(opts.includeDone === true && component === 'VTODO')) return;
    const a = o.article;
    const description = [
      `规则 Rule: ${o.rule}`,
      `条款 Article: ${a.source} ${a.article} (${a.articleEn})`,
      a.text,
      `起算 Start: ${o.start}`,
      `截止 Deadline: ${o.deadline}`,
      `状态 State at ${obligations.now}: ${STATE_ZH[o.state] ?? o.state}`,
      ...(o.provisional
        ? [`暂定 Provisional: counted on the statutory holidays of ${o.provisionalYears.join(', ')} (《全国年节及纪念日放假办法》); the State Council's notice may move it`]
        : []),
    ].join('\n');
    const summary = `${o.provisional ? '[暂定] ' : ''}${o.id}: ${a.articleEn} ${a.article}`;
    lines.push(`BEGIN:${component}`, `UID:${escapeText(`${o.id}@gov-site-rules`)}`, `DTSTAMP:${stamp}`);
    if (component === 'VTODO') {
      // RFC 5545 §3.8.2.3: DUE must be later than DTSTART (as written, to the second); a start at
      // or after the deadline gets no DTSTART. Same-format local times compare as text.
      const dtstart = formatBeijingBasic(startMs);
      const dueText = formatBeijingBasic(deadlineMs);
      if (dtstart < dueText) lines.push(`DTSTART;TZID=Asia/Shanghai:${dtstart}`);
      lines.push(`DUE;TZID=Asia/Shanghai:${dueText}`);
      if (open) lines.push('STATUS:NEEDS-ACTION', `PRIORITY:${o.state === 'overdue' ? 1 : o.state === 'due-soon' ? 3 : 5}`);
      else lines.push('STATUS:COMPLETED', ...(doneMs === undefined ? [] : [`COMPLETED:${utcStamp(doneMs)}`]));
    } else if (o.unit === 'hour') {
      lines.push(`DTSTART;TZID=Asia/Shanghai:${formatBeijingBasic(deadlineMs)}`, `DTEND;TZID=Asia/Shanghai:${formatBeijingBasic(deadlineMs)}`, 'TRANSP:TRANSPARENT');
    } else {
      // An all-day event ends the next day; on 9999-12-31 that day has no 4-digit year, so the
      // event takes its one day as a duration instead (RFC 5545 §3.6.1).
      const end = dueDay < LAST_CIVIL_DAY ? `DTEND;VALUE=DATE:${formatCivilBasic(dueDay + 1)}` : 'DURATION:P1D';
      lines.push(`DTSTART;VALUE=DATE:${formatCivilBasic(dueDay)}`, end, 'TRANSP:TRANSPARENT');
    }
    lines.push(`SUMMARY:${escapeText(summary)}`, `DESCRIPTION:${escapeText(description)}`, `CATEGORIES:${escapeText(o.state)}`, `END:${component}`);
  });
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
