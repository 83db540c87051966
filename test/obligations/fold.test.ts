/**
 * The `.ics` writer folds lines without splitting them into code points first, and folds the part
 * of a DESCRIPTION shared by every item of an article once, going on from where it ended for each
 * item (issue 14). These tests hold both to RFC 5545 §3.1 as a plain reference folder reads it:
 * greedy, at most 75 octets of UTF-8 a physical line, a continuation starting with one space, a
 * code point (or a backslash with the code point after it) never split.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { obligations, toICalendar, type ObligationEvent } from '../../src/index.js';
import { foldLine } from '../../src/obligations/ical.js';

const octetsOf = (s: string): number => new TextEncoder().encode(s).length;

/** The reference: split into code points, pair each backslash with the next one, fill greedily. */
function referenceFold(line: string): string {
  const points = [...line];
  const units: string[] = [];
  for (let i = 0; i < points.length; i++) units.push(points[i] === '\\' && i + 1 < points.length ? `\\${points[++i]}` : (points[i] as string));
  const lines: string[] = [];
  let current = '';
  let size = 0;
  for (const u of units) {
    const n = octetsOf(u);
    if (size + n > 75) {
      lines.push(current);
      current = ' ';
      size = 1;
    }
    current += u;
    size += n;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/** An `.ics` text refolded by the reference: its logical lines (unfolded), each folded again. */
function refolded(ics: string): string {
  const logical = ics.slice(0, -2).replace(/\r\n /g, '').split('\r\n');
  return `${logical.map(referenceFold).join('\r\n')}\r\n`;
}

const now = '2026-11-25T12:00:00+08:00';

describe('foldLine against the reference folder', () => {
  it('folds exactly as the reference does: ASCII, 2-, 3- and 4-octet characters, lone surrogates and backslashes', () => {
    const unit = fc.constantFrom('a', ' ', '\\', ',', 'é', '\u07ff', '\u0800', '中', '\uffff', '😀', '\u{10000}', '\ud800', '\udc00');
    fc.assert(
      fc.property(fc.array(unit, { minLength: 10, maxLength: 240, size: 'max' }), (parts) => {
        const line = parts.join('');
        expect(foldLine(line)).toBe(referenceFold(line));
      }),
      { numRuns: 2000 },
    );
  });

  it('a lone high surrogate followed by a low one is one 4-octet character; the other order is two 3-octet ones', () => {
    const pair = `X:${'a'.repeat(70)}\ud83d\ude00b`; // 72 + 4 = 76: the pair moves whole
    expect(foldLine(pair)).toBe(`X:${'a'.repeat(70)}\r\n \ud83d\ude00b`);
    const reversed = `X:${'a'.repeat(70)}\ude00\ud83db`; // 72 + 3 = 75 fits, the next 3 do not
    expect(foldLine(reversed)).toBe(`X:${'a'.repeat(70)}\ude00\r\n \ud83db`);
  });

  it('25 three-octet characters (75 octets) stay whole; 26 fold; a backslash pairs with the last character', () => {
    expect(foldLine('中'.repeat(25))).toBe('中'.repeat(25));
    expect(foldLine('中'.repeat(26))).toBe(`${'中'.repeat(25)}\r\n 中`);
    expect(foldLine(`${'a'.repeat(74)}\\,`)).toBe(`${'a'.repeat(74)}\r\n \\,`);
  });
});

describe('toICalendar folds every line as the reference does', () => {
  it('SUMMARY: a 3-octet character that would end at octet 77 moves to the next line; one ending at octet 75 stays', () => {
    // 'SUMMARY:' is 8 octets; then the id.
    const moved = toICalendar(obligations([{ id: `${'a'.repeat(66)}中中`, rule: 'deyang-2018/art24-policy-document', from: '2026-11-20' }], { now }), { calendarName: 'x' });
    expect(moved).toContain(`\r\nSUMMARY:${'a'.repeat(66)}\r\n 中中: Art. 24(1) 第二十四条第（一）项\r\n`);
    const fits = toICalendar(obligations([{ id: `${'a'.repeat(64)}中`, rule: 'deyang-2018/art24-policy-document', from: '2026-11-20' }], { now }), { calendarName: 'x' });
    expect(fits).toContain(`\r\nSUMMARY:${'a'.repeat(64)}中\r\n : Art. 24(1) 第二十四条第（一）项\r\n`);
  });

  it('multi-byte ids of every length: each line of the calendar is the reference fold of its logical line, for results and for copies', () => {
    const rules = ['deyang-2018/art24-policy-document', 'deyang-2018/art24-interpretation', 'deyang-2018/art24-activity', 'deyang-2018/art24-proactive'] as const;
    const ch = ['中', '😀', 'é', 'a', ',', '\\'];
    const events: ObligationEvent[] = [];
    for (let n = 0; n < 40; n++) {
      const rule = rules[n % rules.length] as (typeof rules)[number];
      const id = `${ch[n % ch.length]?.repeat(n)}-${n}`;
      events.push(rule === 'deyang-2018/art24-activity' ? { id, rule, from: '2026-11-24T10:00:00+08:00' } : { id, rule, from: '2026-11-20' });
    }
    for (const provisional of [false, true]) {
      const result = obligations(events, { now, provisional });
      for (const component of ['VTODO', 'VEVENT'] as const) {
        const ics = toICalendar(result, { calendarName: '中'.repeat(30), component, includeDone: true });
        expect(ics.match(/^DESCRIPTION:/gm)).toHaveLength(40);
        expect(ics).toBe(refolded(ics));
        // A copy is read back as text, on the other path: the same bytes.
        expect(toICalendar(JSON.parse(JSON.stringify(result)), { calendarName: '中'.repeat(30), component, includeDone: true })).toBe(ics);
      }
    }
  });

  it('the DESCRIPTION goes on from where the article part ended, whatever octet that part ends at', () => {
    // Article texts of 0–99 characters, ASCII then 3-octet: the shared part of the DESCRIPTION
    // ends at every offset of a physical line, and the item's part is folded on from there.
    const events: ObligationEvent[] = Array.from({ length: 100 }, (_, n) => ({ id: `e${n}`, rule: 'deyang-2018/art24-policy-document', from: '2026-11-20' }));
    const copy = JSON.parse(JSON.stringify(obligations(events, { now }))) as { items: { article: { text: string } }[] };
    copy.items.forEach((item, n) => {
      item.article.text = n < 50 ? 'a'.repeat(n) : '中'.repeat(n - 50);
    });
    const ics = toICalendar(copy as never, { calendarName: 'x' });
    expect(ics.match(/^DESCRIPTION:/gm)).toHaveLength(100);
    expect(ics).toBe(refolded(ics));
    for (const line of ics.slice(0, -2).split('\r\n')) expect(octetsOf(line)).toBeLessThanOrEqual(75);
  });
});

describe('toICalendar folds each line part by part, each part going on from where the one before it ended', () => {
  it('UID, SUMMARY and DESCRIPTION of any id, article text, rule and provisional flag: the reference fold of the whole line', () => {
    // The id (UID, SUMMARY) and the article text (DESCRIPTION) move every later part of their line
    // (the fixed '@gov-site-rules', the article's SUMMARY end, the start, the deadline, now and the
    // state's words) to every octet of a physical line, including a fold just before or inside it.
    const unit = fc.constantFrom('a', '\\', ',', ';', 'é', '中', '😀', ' ');
    const event = fc.record({
      id: fc.array(unit, { minLength: 1, maxLength: 60 }).map((u) => u.join('')),
      text: fc.array(unit, { maxLength: 90 }).map((u) => u.join('')),
      hour: fc.boolean(),
      done: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.uniqueArray(event, { minLength: 1, maxLength: 8, selector: (e) => e.id }), fc.boolean(), fc.constantFrom('VTODO', 'VEVENT'), (list, provisional, component) => {
        const events: ObligationEvent[] = list.map((e) =>
          e.hour
            ? { id: e.id, rule: 'deyang-2018/art24-activity', from: '2026-11-24T10:00:00+08:00', ...(e.done ? { doneAt: '2026-11-24T11:00:00+08:00' } : {}) }
            : { id: e.id, rule: 'deyang-2018/art24-proactive', from: '2026-12-20', ...(e.done ? { doneAt: '2026-11-21' } : {}) },
        );
        const result = obligations(events, { now, provisional: true });
        const ics = toICalendar(result, { calendarName: 'x', component, includeDone: true });
        expect(ics).toBe(refolded(ics));
        // The same with each item's article text changed (a copy, read as text).
        const copy = JSON.parse(JSON.stringify(result)) as { items: { id: string; provisional: boolean; provisionalYears: number[]; article: { text: string } }[] };
        for (const item of copy.items) {
          item.article = { ...item.article, text: list.find((e) => e.id === item.id)?.text ?? '' };
          if (!provisional) {
            item.provisional = false;
            item.provisionalYears = [];
          }
        }
        const copied = toICalendar(copy as never, { calendarName: 'x', component, includeDone: true });
        expect(copied).toBe(refolded(copied));
        for (const line of copied.slice(0, -2).split('\r\n')) expect(octetsOf(line)).toBeLessThanOrEqual(75);
      }),
      { numRuns: 150 },
    );
  });
});
