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
import { lazyShape, lazyStrictObject } from '../lazy-shape.js';
import { type Obligation, obligationColumnsOf, type ObligationNumbers, type Obligations, obligationSchema, type ObligationState, OPEN_STATES } from './obligations.js';

/**
 * What toICalendar reads of an `obligations()` result. A hand-made or altered object is checked
 * so that junk is an InvalidInputError naming `obligations.…`, never a TypeError or `NaN` in the
 * calendar.
 */
export const obligationsInputSchema = z.object(/* @__PURE__ */ lazyShape({ now: () => z.string(), items: () => z.array(obligationSchema) }));

/**
 * The numbers of an obligation read as text (not a result of `obligations()`): every item's dates
 * are read, written or not, so that a broken one is refused, never skipped over.
 */
export function itemNumbers(o: Pick<Obligation, 'deadline' | 'start' | 'unit' | 'doneAt' | 'dueDate'>, field: string): ObligationNumbers {
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
  // Most values need nothing escaped: one scan, no copy.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(/\r\n|\r|\n/g, '\n')
    .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, ' ');
}

/** Any character {@link escapeText} changes (a tab is kept as it is). */
const NEEDS_ESCAPE = /[\\;,\u0000-\u0008\u000a-\u001f\u007f]/;

/**
 * Folds one content line (RFC 5545 §3.1): no physical line longer than 75 octets of UTF-8; each
 * continuation starts with one space. A character (or a backslash escape) is never split.
 *
 * @example
 * foldLine('X:' + 'a'.repeat(80)).split('\r\n').map((l) => l.length); // [75, 8]
 */
export function foldLine(line: string): string {
  // 25 UTF-16 code units are at most 75 octets (3 a unit: a surrogate pair is 4 octets for 2).
  return line.length <= 25 ? line : foldOn(line, 0);
}

/**
 * The octets of UTF-8 on the last physical line of what {@link foldOn}, {@link foldAscii} or
 * {@link foldPiece} folded last: where the next part of the same line goes on from. (Set by each
 * call; the writer is synchronous and runs none of the caller's code while it writes.)
 */
export let foldEnd = 0;

/**
 * `text` folded as the rest of a line whose current physical line already holds `octets` octets
 * (0: a line of its own): a folder that can stop and go on, so that a line is folded part by part
 * (each part a whole escaped text: no unit spans two parts) and a part common to many lines is
 * folded once. Its units are RFC 5545's: a code point (a lone surrogate is one, 3 octets, as
 * UTF-8 writes it as U+FFFD), or a backslash with the code point after it. Sets {@link foldEnd}.
 */
export function foldOn(text: string, octets: number): string {
  const n = text.length;
  let out = '';
  let from = 0;
  let i = 0;
  while (i < n) {
    let at = i;
    let size = 0;
    if (text.charCodeAt(i) === 0x5c && i + 1 < n) {
      size = 1;
      at = i + 1;
    }
    const c = text.charCodeAt(at);
    let next = at + 1;
    if (c < 0x80) size += 1;
    else if (c < 0x800) size += 2;
    else if (c >= 0xd800 && c <= 0xdbff && next < n && (text.charCodeAt(next) & 0xfc00) === 0xdc00) {
      size += 4;
      next += 1;
    } else size += 3;
    if (octets + size > 75) {
      out += `${text.slice(from, i)}\r\n `;
      from = i;
      octets = 1;
    }
    octets += size;
    i = next;
  }
  foldEnd = octets;
  return out === '' ? text : out + text.slice(from);
}

/**
 * {@link foldOn} for a text of ASCII characters without a backslash (a date, an instant, a fixed
 * ASCII word): every character is one unit of one octet, so the folds are counted, not scanned
 * for. Sets {@link foldEnd}.
 */
export function foldAscii(text: string, octets: number): string {
  const n = text.length;
  let room = 75 - octets;
  if (n <= room) {
    foldEnd = octets + n;
    return text;
  }
  let out = '';
  let from = 0;
  while (n - from > room) {
    out += `${text.slice(from, from + room)}\r\n `;
    from += room;
    room = 74; // after the fold's space
  }
  foldEnd = 1 + n - from;
  return out + text.slice(from);
}

/** An escaped text that many lines hold (an article's SUMMARY part, a state's words), folded once for each octet it can start at. */
export interface Piece {
  readonly text: string;
  readonly folded: (string | undefined)[];
  readonly ends: number[];
}

export const piece = (text: string): Piece => ({ text, folded: [], ends: [] });

/** {@link foldOn} of a piece, each starting octet folded once (0–75). Sets {@link foldEnd}. */
export function foldPiece(p: Piece, octets: number): string {
  let folded = p.folded[octets];
  if (folded === undefined) {
    folded = p.folded[octets] = foldOn(p.text, octets);
    p.ends[octets] = foldEnd;
  } else foldEnd = p.ends[octets] as number;
  return folded;
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

/** The calendar's first lines, up to X-WR-CALNAME (each ended by CRLF). */
export const HEAD = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//gov-site-rules//obligations//ZH', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', ''].join('\r\n');

/** X-WR-TIMEZONE and the Asia/Shanghai VTIMEZONE (each line ended by CRLF). */
export const TIMEZONE = [
  'X-WR-TIMEZONE:Asia/Shanghai',
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
  '',
].join('\r\n');

/**
 * The options of {@link toICalendar}: `calendarName` (X-WR-CALNAME), `component` (`VTODO`, the
 * default, or `VEVENT` for calendar apps that ignore to-dos) and `includeDone` (also export done
 * obligations, as COMPLETED to-dos).
 *
 * @example
 * toICalendarOptionsSchema.safeParse({ calendarName: '' }).success; // false
 */
export const toICalendarOptionsSchema = /* @__PURE__ */ lazyStrictObject({
  calendarName: () => z.string().check(z.minLength(1), z.maxLength(200)),
  component: () => z.optional(z.enum(['VTODO', 'VEVENT'])),
  includeDone: () => z.optional(z.boolean()),
});

/** The options of {@link toICalendar}. */
export type ToICalendarOptions = z.input<typeof toICalendarOptionsSchema>;

/** Each state's words in DESCRIPTION (TEXT: nothing to escape in them, nor in the states). */
export const STATE_ZH: Record<ObligationState, string> = {
  overdue: '已逾期 overdue',
  'due-soon': '即将到期 due soon',
  upcoming: '未到期 upcoming',
  'done-on-time': '按时完成 done on time',
  'done-late': '逾期完成 done late',
};

/** The fixed parts of each DESCRIPTION before the start and before the deadline (escaped). */
export const START = piece('起算 Start: ');
export const DEADLINE = piece('\\n截止 Deadline: ');

/** Each open state's STATUS and PRIORITY lines and the start of SUMMARY (not provisional, provisional). */
const OPEN_LINES: Record<'overdue' | 'due-soon' | 'upcoming', readonly [string, string]> = {
  overdue: ['\r\nSTATUS:NEEDS-ACTION\r\nPRIORITY:1\r\nSUMMARY:', '\r\nSTATUS:NEEDS-ACTION\r\nPRIORITY:1\r\nSUMMARY:[暂定] '],
  'due-soon': ['\r\nSTATUS:NEEDS-ACTION\r\nPRIORITY:3\r\nSUMMARY:', '\r\nSTATUS:NEEDS-ACTION\r\nPRIORITY:3\r\nSUMMARY:[暂定] '],
  upcoming: ['\r\nSTATUS:NEEDS-ACTION\r\nPRIORITY:5\r\nSUMMARY:', '\r\nSTATUS:NEEDS-ACTION\r\nPRIORITY:5\r\nSUMMARY:[暂定] '],
};

/**
 * An article's parts of its items' lines, for one call: the SUMMARY's end (a piece), `rest` (the
 * DESCRIPTION from its start up to the start date, folded, with the line break before it),
 * `octets` (where `rest` ends) and `heads[k]`: the SUMMARY's end folded on from octet `k`, then `rest`.
 */
interface ArticleParts {
  readonly rule: string;
  readonly summary: Piece;
  readonly rest: string;
  readonly octets: number;
  readonly heads: (string | undefined)[];
}

/** A state's end of DESCRIPTION (a piece) and last lines, alone and followed by the next item's first line. */
interface Tail {
  readonly piece: Piece;
  readonly last: string;
  lastBegin: string | undefined;
}

/** An instant's local time (`YYYYMMDDTHHMMSS`) and, each made when first needed, the lines that hold it. */
interface LocalTime {
  readonly text: string;
  /** The DTSTART line (with its CRLF). */
  dtstart: string | undefined;
  /** The end of a UID line that fits, DTSTAMP, then the DTSTART line. */
  afterUid: string | undefined;
  /** The DUE line (without its CRLF). */
  due: string | undefined;
}

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
  const known = obligationColumnsOf(input);
  const obligations = known === undefined ? parseInput(obligationsInputSchema, input, 'obligations') : input;
  const nowMs = known === undefined ? toInstantMs(obligations.now, 'obligations.now') : known.nowMs;
  const component = opts.component ?? 'VTODO';
  // Each line is written folded and ended by CRLF as it comes, in as few pieces as it can (a piece
  // is often shared: an id, a cached local time, an article's folded text); lines made only of
  // fixed ASCII text, dates and numbers (never over 75 octets) are not scanned.
  let out = `${HEAD}${foldLine(`X-WR-CALNAME:${escapeText(opts.calendarName)}`)}\r\n${TIMEZONE}`;
  const beginUid = `BEGIN:${component}\r\nUID:`;
  const dtstamp = `\r\nDTSTAMP:${utcStamp(nowMs)}\r\n`;
  // The usual end of the UID line (the id ends before octet 61) and the lines up to DTSTAMP's end.
  const uidEnd = `@gov-site-rules${dtstamp}`;
  const end = `\r\nEND:${component}\r\n`;
  // Per call: each article's escaped SUMMARY end and folded start of DESCRIPTION, each state's end
  // of DESCRIPTION (it names now) and last lines, and the lines of each local time.
  const articles = new Map<object, ArticleParts>();
  const tails = new Map<ObligationState, Tail>();
  const times = new Map<number, LocalTime>();
  const local = (ms: number): LocalTime => {
    let t = times.get(ms);
    if (t === undefined) times.set(ms, (t = { text: formatBeijingBasic(ms), dtstart: undefined, afterUid: undefined, due: undefined }));
    return t;
  };
  const items = obligations.items;
  // The last lines of the item written last (its CATEGORIES and END), written with the next item's
  // first line: one piece where there were two.
  let pending: Tail | undefined;
  for (let i = 0; i < items.length; i++) {
    const o = items[i] as Obligation;
    let deadlineMs: number, startMs: number, doneMs: number | undefined, dueDay: number;
    if (known === undefined) ({ deadlineMs, startMs, doneMs, dueDay } = itemNumbers(o, `obligations.items[${i}]`));
    else {
      deadlineMs = known.deadlineMs[i] as number;
      startMs = known.startMs[i] as number;
      const done = known.doneMs[i] as number;
      doneMs = Number.isNaN(done) ? undefined : done;
      dueDay = known.dueDay[i] as number;
    }
    const open = OPEN_STATES.includes(o.state);
    if (!open && !(opts.includeDone === true && component === 'VTODO')) continue;
    const a = o.article;
    // Escaped part by part: the same text as escaping the whole, since no part ends with a CR that
    // the line break after it would join (an id has no control character).
    const id = escapeText(o.id);
    // Each line is folded part by part, each part going on from the octet where the one before it
    // ended: the same folds as the whole line's (no part ends inside a unit).
    out += pending === undefined ? beginUid : (pending.lastBegin ??= pending.last + beginUid);
    out += foldOn(id, 4); // after 'UID:'
    const uidFits = foldEnd <= 60;
    if (!uidFits) out += foldAscii('@gov-site-rules', foldEnd) + dtstamp;
    if (component === 'VTODO') {
      // RFC 5545 §3.8.2.3: DUE must be later than DTSTART (as written, to the second); a start at
      // or after the deadline gets no DTSTART. Same-format local times compare as text.
      const dtstart = local(startMs);
      const due = local(deadlineMs);
      if (dtstart.text < due.text) {
        if (uidFits) out += dtstart.afterUid ??= `${uidEnd}DTSTART;TZID=Asia/Shanghai:${dtstart.text}\r\n`;
        else out += dtstart.dtstart ??= `DTSTART;TZID=Asia/Shanghai:${dtstart.text}\r\n`;
      } else if (uidFits) out += uidEnd;
      out += due.due ??= `DUE;TZID=Asia/Shanghai:${due.text}`;
      if (open) out += OPEN_LINES[o.state as 'overdue' | 'due-soon' | 'upcoming'][o.provisional ? 1 : 0];
      else {
        if (doneMs === undefined) out += '\r\nSTATUS:COMPLETED\r\n';
        else out += '\r\nSTATUS:COMPLETED\r\nCOMPLETED:' + utcStamp(doneMs) + '\r\n';
        out += o.provisional ? 'SUMMARY:[暂定] ' : 'SUMMARY:';
      }
    } else {
      if (uidFits) out += uidEnd;
      if (o.unit === 'hour') {
        const at = local(deadlineMs).text;
        out += `DTSTART;TZID=Asia/Shanghai:${at}\r\nDTEND;TZID=Asia/Shanghai:${at}\r\nTRANSP:TRANSPARENT\r\n`;
      } else {
        // An all-day event ends the next day; on 9999-12-31 that day has no 4-digit year, so the
        // event takes its one day as a duration instead (RFC 5545 §3.6.1).
        out += `DTSTART;VALUE=DATE:${formatCivilBasic(dueDay)}`;
        if (dueDay < LAST_CIVIL_DAY) out += `\r\nDTEND;VALUE=DATE:${formatCivilBasic(dueDay + 1)}\r\nTRANSP:TRANSPARENT\r\n`;
        else out += '\r\nDURATION:P1D\r\nTRANSP:TRANSPARENT\r\n';
      }
      out += o.provisional ? 'SUMMARY:[暂定] ' : 'SUMMARY:';
    }
    // SUMMARY: '[暂定] ' is 9 octets after the 8 of 'SUMMARY:' (no fold before octet 17).
    out += foldOn(id, o.provisional ? 17 : 8);
    const idEnd = foldEnd;
    // The article's part of SUMMARY and DESCRIPTION is the same for each of its items: escaped (and
    // the DESCRIPTION's folded) once; each item's part is folded on from where that part ended.
    let article = articles.get(a);
    if (article === undefined || article.rule !== o.rule) {
      // The SUMMARY line's end, and the DESCRIPTION's start up to the start date, folded.
      const folded = `\r\n${foldOn(`DESCRIPTION:${escapeText(`规则 Rule: ${o.rule}\n条款 Article: ${a.source} ${a.article} (${a.articleEn})\n${a.text}\n`)}`, 0)}`;
      const rest = folded + foldPiece(START, foldEnd);
      article = { rule: o.rule, summary: piece(escapeText(`: ${a.articleEn} ${a.article}`)), rest, octets: foldEnd, heads: [] };
      articles.set(a, article);
    }
    // The SUMMARY's end and the DESCRIPTION up to the start, for the octet the id ended at.
    out += article.heads[idEnd] ??= foldPiece(article.summary, idEnd) + article.rest;
    // DESCRIPTION, after the article's part: the start, the deadline and now are dates read above
    // (digits, - : T . + Z), ASCII that TEXT escapes none of.
    out += foldAscii(o.start, article.octets);
    out += foldPiece(DEADLINE, foldEnd);
    out += foldAscii(o.deadline, foldEnd);
    let tail = tails.get(o.state);
    if (tail === undefined) tails.set(o.state, (tail = { piece: piece(`\\n状态 State at ${obligations.now}: ${STATE_ZH[o.state]}`), last: `\r\nCATEGORIES:${o.state}${end}`, lastBegin: undefined }));
    out += foldPiece(tail.piece, foldEnd);
    if (o.provisional) {
      out += foldOn(`\\n暂定 Provisional: counted on the statutory holidays of ${o.provisionalYears.join('\\, ')} (《全国年节及纪念日放假办法》)\\; the State Council's notice may move it`, foldEnd);
    }
    pending = tail;
  }
  if (pending !== undefined) out += pending.last;
  return `${out}END:VCALENDAR\r\n`;
}
