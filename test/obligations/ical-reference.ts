/**
 * The `.ics` writer as it was on main 8969bd5 (src/obligations/ical.ts), kept unchanged as the
 * reference for the writer that replaced it (issue 14, obl2): test/obligations/ical-pieces.test.ts
 * compares the two, byte for byte. Test code only; the library never imports it.
 */
import { type EpochDay, formatBeijingInstant, formatEpochDay, LAST_CIVIL_DAY, toInstantMs } from '../../src/time/index.js';
import { parseInput } from '../../src/validate.js';
import { type Obligation, obligationColumnsOf, type ObligationNumbers, type Obligations, type ObligationState, OPEN_STATES } from '../../src/obligations/obligations.js';
// What the writer of 8969bd5 shared with today's and is unchanged: reading a hand-made input,
// escaping, folding (and where the last fold ended), the fixed lines and texts.
import {
  DEADLINE,
  escapeText,
  foldAscii,
  foldEnd,
  foldLine,
  foldOn,
  foldPiece,
  HEAD,
  itemNumbers,
  obligationsInputSchema,
  type Piece,
  piece,
  START,
  STATE_ZH,
  TIMEZONE,
  type ToICalendarOptions,
  toICalendarOptionsSchema,
  utcStamp,
} from '../../src/obligations/ical.js';

/**
 * The numbers behind a result of obligations(), an object per item, as `obligationNumbersOf`
 * gave them on 8969bd5 (the library now keeps them in columns: `obligationColumnsOf`).
 */
export function obligationNumbersOf(result: unknown): { readonly nowMs: number; readonly items: readonly ObligationNumbers[] } | undefined {
  const c = obligationColumnsOf(result);
  if (c === undefined) return undefined;
  const items = Array.from(c.dueDay, (dueDay, k): ObligationNumbers => {
    const doneMs = c.doneMs[k] as number;
    return { dueDay, deadlineMs: c.deadlineMs[k] as number, startMs: c.startMs[k] as number, doneMs: Number.isNaN(doneMs) ? undefined : doneMs };
  });
  return { nowMs: c.nowMs, items };
}

/**
 * What toICalendar reads of an `obligations()` result. A hand-made or altered object is checked
 * so that junk is an InvalidInputError naming `obligations.…`, never a TypeError or `NaN` in the
 * calendar.
 */
/** The local-time formatters as src/time defined them on 8969bd5. */
const formatBeijingBasic = (ms: number): string => formatBeijingInstant(ms).slice(0, 19).replace(/[-:]/g, '');
const formatCivilBasic = (day: EpochDay): string => formatEpochDay(day).replace(/-/g, '');

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
  // of DESCRIPTION (it names now) and last lines, and the local time of each instant.
  const articles = new Map<object, { readonly rule: string; readonly summary: Piece; readonly folded: string; readonly octets: number }>();
  const tails = new Map<ObligationState, { readonly piece: Piece; readonly last: string }>();
  const basic = new Map<number, string>();
  const local = (ms: number): string => {
    let text = basic.get(ms);
    if (text === undefined) basic.set(ms, (text = formatBeijingBasic(ms)));
    return text;
  };
  const items = obligations.items;
  for (let i = 0; i < items.length; i++) {
    const o = items[i] as Obligation;
    const { deadlineMs, startMs, doneMs, dueDay } = known?.items[i] ?? itemNumbers(o, `obligations.items[${i}]`);
    const open = OPEN_STATES.includes(o.state);
    if (!open && !(opts.includeDone === true && component === 'VTODO')) continue;
    const a = o.article;
    // Escaped part by part: the same text as escaping the whole, since no part ends with a CR that
    // the line break after it would join (an id has no control character).
    const id = escapeText(o.id);
    // Each line is folded part by part, each part going on from the octet where the one before it
    // ended: the same folds as the whole line's (no part ends inside a unit).
    out += beginUid + foldOn(id, 4); // after 'UID:'
    if (foldEnd <= 60) out += uidEnd;
    else out += foldAscii('@gov-site-rules', foldEnd) + dtstamp;
    if (component === 'VTODO') {
      // RFC 5545 §3.8.2.3: DUE must be later than DTSTART (as written, to the second); a start at
      // or after the deadline gets no DTSTART. Same-format local times compare as text.
      const dtstart = local(startMs);
      const dueText = local(deadlineMs);
      if (dtstart < dueText) out += `DTSTART;TZID=Asia/Shanghai:${dtstart}\r\nDUE;TZID=Asia/Shanghai:${dueText}`;
      else out += `DUE;TZID=Asia/Shanghai:${dueText}`;
      if (open) out += (o.state === 'overdue' ? '\r\nSTATUS:NEEDS-ACTION\r\nPRIORITY:1\r\n' : o.state === 'due-soon' ? '\r\nSTATUS:NEEDS-ACTION\r\nPRIORITY:3\r\n' : '\r\nSTATUS:NEEDS-ACTION\r\nPRIORITY:5\r\n');
      else if (doneMs === undefined) out += '\r\nSTATUS:COMPLETED\r\n';
      else out += '\r\nSTATUS:COMPLETED\r\nCOMPLETED:' + utcStamp(doneMs) + '\r\n';
    } else if (o.unit === 'hour') {
      out += `DTSTART;TZID=Asia/Shanghai:${local(deadlineMs)}\r\nDTEND;TZID=Asia/Shanghai:${local(deadlineMs)}\r\nTRANSP:TRANSPARENT\r\n`;
    } else {
      // An all-day event ends the next day; on 9999-12-31 that day has no 4-digit year, so the
      // event takes its one day as a duration instead (RFC 5545 §3.6.1).
      out += `DTSTART;VALUE=DATE:${formatCivilBasic(dueDay)}`;
      if (dueDay < LAST_CIVIL_DAY) out += `\r\nDTEND;VALUE=DATE:${formatCivilBasic(dueDay + 1)}\r\nTRANSP:TRANSPARENT\r\n`;
      else out += '\r\nDURATION:P1D\r\nTRANSP:TRANSPARENT\r\n';
    }
    // The article's part of SUMMARY and DESCRIPTION is the same for each of its items: escaped (and
    // the DESCRIPTION's folded) once; each item's part is folded on from where that part ended.
    let article = articles.get(a);
    if (article === undefined || article.rule !== o.rule) {
      // The SUMMARY line's end and the DESCRIPTION's start, folded.
      const folded = `\r\n${foldOn(`DESCRIPTION:${escapeText(`规则 Rule: ${o.rule}\n条款 Article: ${a.source} ${a.article} (${a.articleEn})\n${a.text}\n`)}`, 0)}`;
      article = { rule: o.rule, summary: piece(escapeText(`: ${a.articleEn} ${a.article}`)), folded, octets: foldEnd };
      articles.set(a, article);
    }
    // SUMMARY: '[暂定] ' is 9 octets after the 8 of 'SUMMARY:' (no fold before octet 17).
    out += (o.provisional ? 'SUMMARY:[暂定] ' : 'SUMMARY:') + foldOn(id, o.provisional ? 17 : 8);
    out += foldPiece(article.summary, foldEnd) + article.folded;
    // DESCRIPTION, after the article's part: the start, the deadline and now are dates read above
    // (digits, - : T . + Z), ASCII that TEXT escapes none of.
    out += foldPiece(START, article.octets);
    out += foldAscii(o.start, foldEnd);
    out += foldPiece(DEADLINE, foldEnd);
    out += foldAscii(o.deadline, foldEnd);
    let tail = tails.get(o.state);
    if (tail === undefined) tails.set(o.state, (tail = { piece: piece(`\\n状态 State at ${obligations.now}: ${STATE_ZH[o.state]}`), last: `\r\nCATEGORIES:${o.state}${end}` }));
    out += foldPiece(tail.piece, foldEnd);
    if (o.provisional) {
      out += foldOn(`\\n暂定 Provisional: counted on the statutory holidays of ${o.provisionalYears.join('\\, ')} (《全国年节及纪念日放假办法》)\\; the State Council's notice may move it`, foldEnd);
    }
    out += tail.last;
  }
  return `${out}END:VCALENDAR\r\n`;
}
