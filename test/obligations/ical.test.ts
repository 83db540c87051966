import ICAL from 'ical.js';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { InvalidInputError, obligations, ruleById, toICalendar, type ObligationEvent, type Obligations } from '../../src/index.js';
import { foldLine, escapeText } from '../../src/obligations/ical.js';
import { refusal } from '../refusal.js';
import { FIRST_UNCOVERED_YEAR, lastCoveredDate, provisionalAddWorkdays } from '../coverage-year.js';

const events: ObligationEvent[] = [
  { id: 'doc-2026-101', rule: 'deyang-2018/art24-policy-document', from: '2026-09-30' }, // due 2026-10-10 (spec)
  { id: 'done', rule: 'deyang-2018/art24-policy-document', from: '2026-09-30', doneAt: '2026-10-09T10:00:00+08:00' },
  { id: '事故,1;a\\b', rule: 'deyang-2018/art29-incident-report', from: '2026-10-09T18:00:00+08:00' }, // due 2026-10-10T18:00 (rule docs)
  // The 2026-12-10 (provisional: 2027-01-08), moved to the calendar's last December (test/coverage-year.ts).
  { id: 'info-1', rule: 'deyang-2018/art24-proactive', from: lastCoveredDate('12-10') },
  { id: 'q3', rule: 'deyang-2018/art32-self-inspection', quarter: '2026Q3' }, // overdue: 2026-08-15 (spec)
];
const now = '2026-10-09T12:00:00+08:00';
// Computed in hooks, not at import: a throw must fail the tests (mutation testing counts only failed tests).
let result!: ReturnType<typeof obligations>;
const name = '德阳市政府网站; deadlines, 2026\\27';
let ics!: string;
beforeAll(() => {
  result = obligations(events, { now, provisional: true });
  ics = toICalendar(result, { calendarName: name });
});

// RFC 5545 §3.8.8.2: an X- property's value is TEXT unless it says otherwise; ical.js keeps
// unknown properties raw, so tell it X-WR-CALNAME is text (as calendar apps read it).
(ICAL.design.icalendar.property as Record<string, unknown>)['x-wr-calname'] = { defaultType: 'text' };

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return cal;
}

describe('toICalendar: parsed back with ical.js', () => {
  let cal!: ReturnType<typeof parse>;
  let todos!: ReturnType<ReturnType<typeof parse>['getAllSubcomponents']>;
  let byUid!: Map<string, (typeof todos)[number]>;
  beforeAll(() => {
    cal = parse(ics);
    todos = cal.getAllSubcomponents('vtodo');
    byUid = new Map(todos.map((t) => [t.getFirstPropertyValue('uid') as string, t]));
  });

  it('has the calendar properties and the Asia/Shanghai VTIMEZONE', () => {
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toMatch(/gov-site-rules/);
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe(name);
    const tz = cal.getFirstSubcomponent('vtimezone');
    expect(tz?.getFirstPropertyValue('tzid')).toBe('Asia/Shanghai');
    const std = tz?.getFirstSubcomponent('standard');
    expect(std?.getFirstProperty('tzoffsetfrom')?.getFirstValue()?.toString()).toBe('+08:00');
    expect(std?.getFirstProperty('tzoffsetto')?.getFirstValue()?.toString()).toBe('+08:00');
    expect(std?.getFirstPropertyValue('tzname')).toBe('CST');
  });

  it('one VTODO per open obligation, with a stable UID per event id', () => {
    expect([...byUid.keys()].sort()).toEqual(['doc-2026-101@gov-site-rules', 'info-1@gov-site-rules', 'q3@gov-site-rules', '事故,1;a\\b@gov-site-rules'].sort());
    expect(todos).toHaveLength(result.items.filter((o) => o.state !== 'done-on-time' && o.state !== 'done-late').length);
  });

  it('DUE is the deadline, in Asia/Shanghai', () => {
    const expected: Record<string, string> = {
      'doc-2026-101@gov-site-rules': '2026-10-10T23:59:59+08:00',
      '事故,1;a\\b@gov-site-rules': '2026-10-10T18:00:00+08:00',
      'info-1@gov-site-rules': `${provisionalAddWorkdays(lastCoveredDate('12-10'), 20)}T23:59:59+08:00`,
      'q3@gov-site-rules': '2026-08-15T23:59:59+08:00',
    };
    for (const [uid, at] of Object.entries(expected)) {
      const due = byUid.get(uid)?.getFirstProperty('due');
      expect(due?.getParameter('tzid')).toBe('Asia/Shanghai');
      const time = due?.getFirstValue() as ICAL.Time;
      expect(time.toUnixTime() * 1000).toBe(Date.parse(at));
      const start = (byUid.get(uid)?.getFirstPropertyValue('dtstart') as ICAL.Time).toUnixTime();
      expect(start).toBeLessThanOrEqual(time.toUnixTime());
    }
  });

  it('DTSTAMP is now, not the clock', () => {
    for (const t of todos) expect((t.getFirstPropertyValue('dtstamp') as ICAL.Time).toUnixTime() * 1000).toBe(Date.parse(now));
  });

  it('the description names the rule and carries the article and its text', () => {
    for (const o of result.items.filter((i) => byUid.has(`${i.id}@gov-site-rules`))) {
      const t = byUid.get(`${o.id}@gov-site-rules`) as ICAL.Component;
      const description = t.getFirstPropertyValue('description') as string;
      const entry = ruleById(o.rule);
      expect(description).toContain(o.rule);
      expect(description).toContain(entry.article);
      expect(description).toContain(entry.articleEn);
      expect(description).toContain(entry.requirement);
      expect(description).toContain(o.deadline);
      expect(description.split('\n').length).toBeGreaterThanOrEqual(6);
      expect(t.getFirstPropertyValue('summary')).toContain(o.id);
    }
    const info = byUid.get('info-1@gov-site-rules') as ICAL.Component;
    expect(info.getFirstPropertyValue('description')).toMatch(new RegExp(`Provisional.*${FIRST_UNCOVERED_YEAR}`));
    expect(info.getFirstPropertyValue('summary')).toMatch(/暂定/);
    expect(byUid.get('q3@gov-site-rules')?.getFirstPropertyValue('categories')).toBe('overdue');
  });

  it('VEVENT mode: all-day on the due date, or at the instant for hour rules', () => {
    const ev = parse(toICalendar(result, { calendarName: 'x', component: 'VEVENT' })).getAllSubcomponents('vevent');
    expect(ev).toHaveLength(4);
    const doc = ev.find((e) => e.getFirstPropertyValue('uid') === 'doc-2026-101@gov-site-rules');
    const start = doc?.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect([start.isDate, start.year, start.month, start.day]).toEqual([true, 2026, 10, 10]);
    const inc = ev.find((e) => (e.getFirstPropertyValue('uid') as string).startsWith('事故'));
    expect((inc?.getFirstPropertyValue('dtstart') as ICAL.Time).toUnixTime() * 1000).toBe(Date.parse('2026-10-10T18:00:00+08:00'));
  });

  it('includeDone exports done obligations as COMPLETED to-dos', () => {
    const all = parse(toICalendar(result, { calendarName: 'x', includeDone: true })).getAllSubcomponents('vtodo');
    const done = all.find((t) => t.getFirstPropertyValue('uid') === 'done@gov-site-rules');
    expect(done?.getFirstPropertyValue('status')).toBe('COMPLETED');
    expect((done?.getFirstPropertyValue('completed') as ICAL.Time).toUnixTime() * 1000).toBe(Date.parse('2026-10-09T10:00:00+08:00'));
  });
});

describe('toICalendar: the bytes', () => {
  it('CRLF only, and every line at most 75 octets of valid UTF-8', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    const lines = ics.slice(0, -2).split('\r\n');
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n]/);
      const bytes = Buffer.from(line, 'utf8');
      expect(bytes.length).toBeLessThanOrEqual(75);
      expect(decoder.decode(bytes)).toBe(line);
    }
    // the Chinese descriptions were long enough to fold
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(10);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('is deterministic: the same input gives byte-identical output', () => {
    const again = toICalendar(obligations([...events].reverse(), { now, provisional: true }), { calendarName: name });
    expect(again).toBe(ics);
  });

  it('folds any text so that unfolding restores it, never over 75 octets, never inside a character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 30 }), (text, id) => {
        const cal = toICalendar(obligations([], { now }), { calendarName: `n${text}` });
        for (const line of cal.slice(0, -2).split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
        const parsed = parse(cal).getFirstPropertyValue('x-wr-calname');
        expect(parsed).toBe(`n${text}`.replace(/\r\n|\r/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' '));
        const folded = foldLine(`X:${id}${text}`);
        expect(folded.replace(/\r\n /g, '')).toBe(`X:${id}${text}`);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a bad calendarName naming the field', () => {
    expect(() => toICalendar(result, { calendarName: '' })).toThrow(InvalidInputError);
    expect(() => toICalendar(result, { calendarName: 'x', component: 'VJOURNAL' as never })).toThrow(expect.objectContaining({ field: 'options.component' }));
  });
});

/**
 * toICalendar in detail, against RFC 5545 read independently of the writer: content lines folded
 * at 75 octets of UTF-8 (§3.1) with the octet count checked at each UTF-8 length boundary
 * (U+007F/U+0080, U+07FF/U+0800, U+FFFF/U+10000), TEXT escaping (§3.3.11), DATE and DATE-TIME
 * forms (§3.3.4, §3.3.5: local time with TZID, UTC with `Z`), DTSTAMP and COMPLETED in UTC
 * (§3.8.7.2, §3.8.2.1), all-day events ending the next day (§3.6.1), and the DESCRIPTION and
 * SUMMARY users read. The obligations are built by hand, so every expected value below is
 * written from the input (Beijing = UTC+8, no DST) and not read back from the library.
 * Everything is computed inside the tests.
 */
describe('RFC 5545 line by line: folding, escaping, date forms, components and refusals', () => {
  const NOW = '2026-10-09T12:00:00.600+08:00'; // 04:00:00.600 UTC
  const ART = {
    source: '德阳市政府网站管理暂行办法',
    article: '第二十四条第（一）项',
    articleEn: 'Art. 24(1)',
    text: '政策文件在纸质公文印发后3个工作日内上网公开；例外, 见附件\\一',
  };
  type Item = Record<string, unknown>;
  const item = (over: Item): Item => ({
    id: 'doc',
    rule: 'deyang-2018/art24-policy-document',
    article: ART,
    state: 'due-soon',
    start: '2026-09-30',
    unit: 'workday',
    amount: 3,
    dueDate: '2026-10-10',
    deadline: '2026-10-10T23:59:59.999+08:00',
    provisional: false,
    provisionalYears: [],
    ...over,
  });
  const input = (items: Item[], now = NOW): Obligations => ({ now, horizonDays: 3, items, provisional: false, provisionalYears: [] }) as unknown as Obligations;
  const hour = (over: Item = {}) => item({
    id: 'inc', rule: 'deyang-2018/art29-incident-report', unit: 'hour', amount: 24,
    start: '2026-10-09T18:00:00.000+08:00', dueDate: '2026-10-10', deadline: '2026-10-10T18:00:00.000+08:00', ...over,
  });

  /** The content lines (§3.1 unfolding: CRLF followed by one space or tab is removed). */
  const unfold = (ics: string): string[] => ics.replace(/\r\n[ \t]/g, '').split('\r\n').slice(0, -1);
  /** The unfolded lines of the component (VTODO/VEVENT) whose UID is `uid`. */
  function component(ics: string, uid: string): string[] {
    const lines = unfold(ics);
    const at = lines.indexOf(`UID:${uid}`);
    expect(at, `no UID:${uid}`).toBeGreaterThan(0);
    let begin = at;
    while (!lines[begin]!.startsWith('BEGIN:')) begin--;
    const end = lines.indexOf(`END:${lines[begin]!.slice(6)}`, at);
    return lines.slice(begin, end + 1);
  }
  const prop = (lines: string[], name: string) => lines.filter((l) => l.split(/[;:]/)[0] === name);
  function parse(text: string) {
    const cal = new ICAL.Component(ICAL.parse(text));
    for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
    return cal;
  }
  const octets = (s: string) => Buffer.byteLength(s, 'utf8');

  describe('foldLine: 75 octets of UTF-8 per physical line (RFC 5545 §3.1)', () => {
    it('a line of exactly 75 octets stays whole; one of 76 folds its last octet onto a continuation line', () => {
      const l75 = `X:${'a'.repeat(73)}`;
      expect(foldLine(l75)).toBe(l75);
      expect(foldLine(`${l75}b`)).toBe(`${l75}\r\n b`);
      expect(foldLine('X:')).toBe('X:');
    });

    it('continuation lines count the leading space: 160 ASCII octets give 75, 75 and 12', () => {
      const folded = foldLine(`X:${'a'.repeat(158)}`);
      expect(folded.split('\r\n').map(octets)).toEqual([75, 75, 12]);
      expect(folded.split('\r\n').slice(1).every((l) => l.startsWith(' ') && !l.startsWith('  '))).toBe(true);
      expect(folded.startsWith('X:a')).toBe(true);
    });

    // Each case: a character just below and just above a UTF-8 length boundary, 2 + n·size octets
    // in all, folded greedily: the first line takes as many whole characters as fit in 75 octets.
    const cases: [string, string, number, number][] = [
      ['U+007F (1 octet)', '\u007f', 1, 80],
      ['U+0080 (2 octets)', '\u0080', 2, 40],
      ['U+00E9 é (2 octets)', 'é', 2, 50],
      ['U+07FF (2 octets)', '\u07ff', 2, 40],
      ['U+0800 (3 octets)', '\u0800', 3, 30],
      ['U+4E2D 中 (3 octets)', '中', 3, 30],
      ['U+FFFF (3 octets)', '\uffff', 3, 30],
      ['U+10000 (4 octets)', '\u{10000}', 4, 20],
      ['U+1F600 😀 (4 octets)', '😀', 4, 20],
    ];
    for (const [name, ch, size, n] of cases) {
      it(`${name}: counted as ${size} octet(s), never split`, () => {
        expect(octets(ch)).toBe(size); // the test's own premise
        const folded = foldLine(`X:${ch.repeat(n)}`);
        const lines = folded.split('\r\n');
        const first = Math.floor(73 / size); // characters after 'X:' on the first line
        const total = 2 + n * size;
        if (total <= 75) {
          expect(lines).toEqual([`X:${ch.repeat(n)}`]);
          return;
        }
        expect(lines[0]).toBe(`X:${ch.repeat(first)}`);
        expect(octets(lines[0]!)).toBe(2 + first * size);
        // the next character would not have fitted
        expect(octets(lines[0]!) + size).toBeGreaterThan(75);
        const perCont = Math.floor(74 / size);
        let left = n - first;
        for (const line of lines.slice(1)) {
          const k = Math.min(left, perCont);
          expect(line).toBe(` ${ch.repeat(k)}`);
          left -= k;
        }
        expect(left).toBe(0);
        for (const line of lines) expect(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(line, 'utf8'))).toBe(line);
      });
    }

    it('the 1-octet case is not folded at all when it fits: 2 + 73 × U+007F = 75 octets', () => {
      expect(foldLine(`X:${'\u007f'.repeat(73)}`)).toBe(`X:${'\u007f'.repeat(73)}`);
      expect(foldLine(`X:${'\u007f'.repeat(74)}`)).toBe(`X:${'\u007f'.repeat(73)}\r\n \u007f`);
    });

    it('a backslash escape is never split across lines (unfolding must not separate \\ from what it escapes)', () => {
      // 74 octets, then `\,` would end at octet 76: the whole escape moves to the next line
      expect(foldLine(`X:${'a'.repeat(72)}\\,b`)).toBe(`X:${'a'.repeat(72)}\r\n \\,b`);
      expect(foldLine(`X:${'a'.repeat(72)}\\nb`)).toBe(`X:${'a'.repeat(72)}\r\n \\nb`);
      // the escape fits exactly: octets 74 and 75
      expect(foldLine(`X:${'a'.repeat(71)}\\;b`)).toBe(`X:${'a'.repeat(71)}\\;\r\n b`);
      // `\\` (an escaped backslash) is one unit, the letter after it another
      expect(foldLine(`X:${'a'.repeat(72)}\\\\n`)).toBe(`X:${'a'.repeat(72)}\r\n \\\\n`);
    });

    it('a backslash at the very end of a line is kept as it is', () => {
      expect(foldLine('X:a\\')).toBe('X:a\\');
      expect(foldLine('\\')).toBe('\\');
      expect(foldLine(`X:${'a'.repeat(72)}\\`)).toBe(`X:${'a'.repeat(72)}\\`);
      expect(foldLine(`X:${'a'.repeat(73)}\\`)).toBe(`X:${'a'.repeat(73)}\r\n \\`);
    });
  });

  describe('escapeText: TEXT values (RFC 5545 §3.3.11)', () => {
    it('escapes backslash, semicolon, comma and line breaks', () => {
      expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
      expect(escapeText('x\r\ny\rz\n')).toBe('x\\ny\\nz\\n');
      expect(escapeText('plain 中文 text: ok')).toBe('plain 中文 text: ok');
    });

    it('other control characters become a space; a tab (allowed in TEXT) stays', () => {
      expect(escapeText('a\u0000b\u0001c\u0008d\u000be\u001ff\u007fg')).toBe('a b c d e f g');
      expect(escapeText('a\tb')).toBe('a\tb');
    });
  });

  describe('toICalendar: each component, line by line', () => {
    it('VTODO of a working-day rule: UID, DTSTAMP (UTC, seconds), DTSTART at 00:00 of the start date and DUE at the deadline, Beijing', () => {
      const ics = toICalendar(input([item({})]), { calendarName: 'x' });
      expect(component(ics, 'doc@gov-site-rules')).toEqual([
        'BEGIN:VTODO',
        'UID:doc@gov-site-rules',
        'DTSTAMP:20261009T040000Z', // 12:00:00.600 Beijing = 04:00:00.600 UTC, milliseconds dropped
        'DTSTART;TZID=Asia/Shanghai:20260930T000000',
        'DUE;TZID=Asia/Shanghai:20261010T235959',
        'STATUS:NEEDS-ACTION',
        'PRIORITY:3',
        'SUMMARY:doc: Art. 24(1) 第二十四条第（一）项',
        `DESCRIPTION:${[
          '规则 Rule: deyang-2018/art24-policy-document',
          '条款 Article: 德阳市政府网站管理暂行办法 第二十四条第（一）项 (Art. 24(1))',
          '政策文件在纸质公文印发后3个工作日内上网公开；例外\\, 见附件\\\\一',
          '起算 Start: 2026-09-30',
          '截止 Deadline: 2026-10-10T23:59:59.999+08:00',
          '状态 State at 2026-10-09T12:00:00.600+08:00: 即将到期 due soon',
        ].join('\\n')}`,
        'CATEGORIES:due-soon',
        'END:VTODO',
      ]);
    });

    it('the description and summary as a calendar app reads them (ical.js), with each state worded', () => {
      const words: Record<string, [string, number]> = {
        overdue: ['已逾期 overdue', 1],
        'due-soon': ['即将到期 due soon', 3],
        upcoming: ['未到期 upcoming', 5],
      };
      const items = Object.keys(words).map((state) => item({ id: `s-${state}`, state }));
      const cal = parse(toICalendar(input(items), { calendarName: 'x' }));
      const todos = cal.getAllSubcomponents('vtodo');
      expect(todos).toHaveLength(3);
      for (const [state, [zh, priority]] of Object.entries(words)) {
        const t = todos.find((c) => c.getFirstPropertyValue('uid') === `s-${state}@gov-site-rules`)!;
        expect(t.getFirstPropertyValue('description')).toBe([
          '规则 Rule: deyang-2018/art24-policy-document',
          '条款 Article: 德阳市政府网站管理暂行办法 第二十四条第（一）项 (Art. 24(1))',
          '政策文件在纸质公文印发后3个工作日内上网公开；例外, 见附件\\一',
          '起算 Start: 2026-09-30',
          '截止 Deadline: 2026-10-10T23:59:59.999+08:00',
          `状态 State at ${NOW}: ${zh}`,
        ].join('\n'));
        expect(t.getFirstPropertyValue('summary')).toBe(`s-${state}: Art. 24(1) 第二十四条第（一）项`);
        expect(t.getFirstPropertyValue('priority')).toBe(priority);
        expect(t.getFirstPropertyValue('categories')).toBe(state);
      }
    });

    it('a provisional date: "[暂定]" leads the summary and the description ends with the years it rests on', () => {
      const prov = item({ id: 'info', state: 'upcoming', provisional: true, provisionalYears: [2027, 2028] });
      const ics = toICalendar(input([prov]), { calendarName: 'x' });
      const t = parse(ics).getFirstSubcomponent('vtodo')!;
      expect(t.getFirstPropertyValue('summary')).toBe('[暂定] info: Art. 24(1) 第二十四条第（一）项');
      const description = (t.getFirstPropertyValue('description') as string).split('\n');
      expect(description).toHaveLength(7);
      expect(description[5]).toBe(`状态 State at ${NOW}: 未到期 upcoming`);
      expect(description[6]).toBe(
        "暂定 Provisional: counted on the statutory holidays of 2027, 2028 (《全国年节及纪念日放假办法》); the State Council's notice may move it",
      );
      // on the wire the `;` and `,` of the provisional line are escaped
      expect(prop(component(ics, 'info@gov-site-rules'), 'SUMMARY')).toEqual(['SUMMARY:[暂定] info: Art. 24(1) 第二十四条第（一）项']);
      expect(prop(component(ics, 'info@gov-site-rules'), 'DESCRIPTION')[0]).toContain('of 2027\\, 2028 (《全国年节及纪念日放假办法》)\\; the State');
    });

    it('an hour rule as a VTODO: DTSTART at the start instant, DUE at the deadline instant', () => {
      const lines = component(toICalendar(input([hour()]), { calendarName: 'x' }), 'inc@gov-site-rules');
      expect(prop(lines, 'DTSTART')).toEqual(['DTSTART;TZID=Asia/Shanghai:20261009T180000']);
      expect(prop(lines, 'DUE')).toEqual(['DUE;TZID=Asia/Shanghai:20261010T180000']);
      expect(prop(lines, 'DESCRIPTION')[0]).toContain('\\n起算 Start: 2026-10-09T18:00:00.000+08:00\\n截止 Deadline: 2026-10-10T18:00:00.000+08:00\\n');
    });

    it('DUE strictly after DTSTART (RFC 5545 §3.8.2.3): a start at or after the deadline, to the second, has no DTSTART', () => {
      // hour() is due 2026-10-10T18:00:00+08:00.
      const late = component(toICalendar(input([hour({ start: '2026-10-11T09:30:00+08:00' })]), { calendarName: 'x' }), 'inc@gov-site-rules');
      expect(prop(late, 'DTSTART')).toEqual([]);
      expect(prop(late, 'DUE')).toEqual(['DUE;TZID=Asia/Shanghai:20261010T180000']);
      const same = component(toICalendar(input([hour({ start: '2026-10-10T18:00:00.500+08:00' })]), { calendarName: 'x' }), 'inc@gov-site-rules');
      expect(prop(same, 'DTSTART')).toEqual([]);
      const before = component(toICalendar(input([hour({ start: '2026-10-10T17:59:59+08:00' })]), { calendarName: 'x' }), 'inc@gov-site-rules');
      expect(prop(before, 'DTSTART')).toEqual(['DTSTART;TZID=Asia/Shanghai:20261010T175959']);
    });

    it('a start date across the UTC date line: 2026-01-01 in Beijing is 2025-12-31T16:00Z, written as local 20260101T000000', () => {
      const lines = component(toICalendar(input([item({ start: '2026-01-01', dueDate: '2026-01-06', deadline: '2026-01-06T23:59:59.999+08:00' })]), { calendarName: 'x' }), 'doc@gov-site-rules');
      expect(prop(lines, 'DTSTART')).toEqual(['DTSTART;TZID=Asia/Shanghai:20260101T000000']);
      const t = parse(toICalendar(input([item({ start: '2026-01-01' })]), { calendarName: 'x' })).getFirstSubcomponent('vtodo')!;
      expect((t.getFirstPropertyValue('dtstart') as ICAL.Time).toUnixTime() * 1000).toBe(Date.UTC(2025, 11, 31, 16));
    });

    it('DTSTAMP is `now` in UTC truncated to the second, even 1 ms before the next second', () => {
      for (const [now, stamp] of [
        ['2026-10-09T12:00:00.999+08:00', '20261009T040000Z'],
        ['2026-10-09T12:00:00.000+08:00', '20261009T040000Z'],
        ['2026-12-31T23:59:59.500Z', '20261231T235959Z'],
        ['2027-01-01T07:59:59.001+08:00', '20261231T235959Z'],
      ] as const) {
        expect(prop(unfold(toICalendar(input([item({})], now), { calendarName: 'x' })), 'DTSTAMP'), now).toEqual([`DTSTAMP:${stamp}`]);
      }
    });
  });

  describe('toICalendar: done obligations', () => {
    const done = item({ id: 'd1', state: 'done-on-time', doneAt: '2026-10-09T10:00:00.250+08:00' });
    const doneNoDate = item({ id: 'd2', state: 'done-late' });
    const open = item({ id: 'o1' });

    it('left out by default, with includeDone: false, and in VEVENT mode even with includeDone', () => {
      const uids = (ics: string) => prop(unfold(ics), 'UID');
      expect(uids(toICalendar(input([done, open, doneNoDate]), { calendarName: 'x' }))).toEqual(['UID:o1@gov-site-rules']);
      expect(uids(toICalendar(input([done, open, doneNoDate]), { calendarName: 'x', includeDone: false }))).toEqual(['UID:o1@gov-site-rules']);
      expect(uids(toICalendar(input([done, open, doneNoDate]), { calendarName: 'x', includeDone: true, component: 'VEVENT' }))).toEqual(['UID:o1@gov-site-rules']);
      expect(uids(toICalendar(input([done, open, doneNoDate]), { calendarName: 'x', includeDone: true }))).toEqual(['UID:d1@gov-site-rules', 'UID:o1@gov-site-rules', 'UID:d2@gov-site-rules']);
    });

    it('exported as COMPLETED to-dos; COMPLETED (UTC, §3.8.2.1) only when the done instant is known', () => {
      const ics = toICalendar(input([done, doneNoDate]), { calendarName: 'x', includeDone: true });
      const d1 = component(ics, 'd1@gov-site-rules');
      expect(prop(d1, 'STATUS')).toEqual(['STATUS:COMPLETED']);
      expect(prop(d1, 'COMPLETED')).toEqual(['COMPLETED:20261009T020000Z']);
      expect(prop(d1, 'PRIORITY')).toEqual([]);
      expect(d1.at(-3)).toMatch(/状态 State at 2026-10-09T12:00:00\.600\+08:00: 按时完成 done on time$/);
      const d2 = component(ics, 'd2@gov-site-rules');
      expect(d2.slice(0, 7)).toEqual([
        'BEGIN:VTODO',
        'UID:d2@gov-site-rules',
        'DTSTAMP:20261009T040000Z',
        'DTSTART;TZID=Asia/Shanghai:20260930T000000',
        'DUE;TZID=Asia/Shanghai:20261010T235959',
        'STATUS:COMPLETED',
        'SUMMARY:d2: Art. 24(1) 第二十四条第（一）项',
      ]);
      expect(d2.at(-3)).toMatch(/: 逾期完成 done late$/);
      expect(ics).not.toContain('Stryker');
      expect(parse(ics).getAllSubcomponents('vtodo').map((t) => t.getFirstPropertyValue('status'))).toEqual(['COMPLETED', 'COMPLETED']);
    });
  });

  describe('toICalendar: VEVENT mode', () => {
    it('a day rule is an all-day event: DTSTART;VALUE=DATE is the due date, DTEND the next day (§3.6.1), transparent', () => {
      const ics = toICalendar(input([item({})]), { calendarName: 'x', component: 'VEVENT' });
      expect(component(ics, 'doc@gov-site-rules').slice(0, 6)).toEqual([
        'BEGIN:VEVENT',
        'UID:doc@gov-site-rules',
        'DTSTAMP:20261009T040000Z',
        'DTSTART;VALUE=DATE:20261010',
        'DTEND;VALUE=DATE:20261011',
        'TRANSP:TRANSPARENT',
      ]);
      const ev = parse(ics).getFirstSubcomponent('vevent')!;
      const start = ev.getFirstPropertyValue('dtstart') as ICAL.Time;
      const end = ev.getFirstPropertyValue('dtend') as ICAL.Time;
      expect([start.isDate, start.year, start.month, start.day]).toEqual([true, 2026, 10, 10]);
      expect([end.isDate, end.year, end.month, end.day]).toEqual([true, 2026, 10, 11]);
      expect(ev.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
      expect(ev.getFirstPropertyValue('status')).toBeNull();
    });

    it('DTEND rolls over month and year ends: due 2026-12-31 ends 2027-01-01; due 2028-02-28 ends 2028-02-29', () => {
      const ev = (dueDate: string) => prop(unfold(toICalendar(input([item({ dueDate, deadline: `${dueDate}T23:59:59.999+08:00` })]), { calendarName: 'x', component: 'VEVENT' })), 'DTEND');
      expect(ev('2026-12-31')).toEqual(['DTEND;VALUE=DATE:20270101']);
      expect(ev('2028-02-28')).toEqual(['DTEND;VALUE=DATE:20280229']);
      expect(ev('2026-01-01')).toEqual(['DTEND;VALUE=DATE:20260102']);
    });

    it('an hour rule is an event at the deadline instant (DTSTART = DTEND), transparent', () => {
      const ics = toICalendar(input([hour()]), { calendarName: 'x', component: 'VEVENT' });
      expect(component(ics, 'inc@gov-site-rules').slice(0, 6)).toEqual([
        'BEGIN:VEVENT',
        'UID:inc@gov-site-rules',
        'DTSTAMP:20261009T040000Z',
        'DTSTART;TZID=Asia/Shanghai:20261010T180000',
        'DTEND;TZID=Asia/Shanghai:20261010T180000',
        'TRANSP:TRANSPARENT',
      ]);
      const ev = parse(ics).getFirstSubcomponent('vevent')!;
      expect((ev.getFirstPropertyValue('dtend') as ICAL.Time).toUnixTime() * 1000).toBe(Date.parse('2026-10-10T10:00:00Z'));
    });
  });

  describe('toICalendar: the bytes of a whole calendar', () => {
    it('every line ends in CRLF, is at most 75 octets, and the components nest BEGIN/END correctly', () => {
      const ics = toICalendar(input([item({}), hour(), item({ id: '事故,1;a\\b', state: 'overdue', provisional: true, provisionalYears: [2027] })]), { calendarName: '德阳; deadlines, 2026\\27' });
      expect(ics.endsWith('\r\n')).toBe(true);
      expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      for (const line of ics.slice(0, -2).split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
      const lines = unfold(ics);
      expect(lines.slice(0, 7)).toEqual([
        'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//gov-site-rules//obligations//ZH', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
        'X-WR-CALNAME:德阳\\; deadlines\\, 2026\\\\27', 'X-WR-TIMEZONE:Asia/Shanghai',
      ]);
      const stack: string[] = [];
      for (const l of lines) {
        if (l.startsWith('BEGIN:')) stack.push(l.slice(6));
        else if (l.startsWith('END:')) expect(stack.pop()).toBe(l.slice(4));
      }
      expect(stack).toEqual([]);
      expect(lines.at(-1)).toBe('END:VCALENDAR');
      expect(prop(lines, 'UID')).toEqual(['UID:doc@gov-site-rules', 'UID:inc@gov-site-rules', 'UID:事故\\,1\\;a\\\\b@gov-site-rules']);
      expect(prop(lines, 'DTSTAMP')).toHaveLength(3);
      // no alarms are written
      expect(lines.filter((l) => l.includes('VALARM'))).toEqual([]);
      const todos = parse(ics).getAllSubcomponents('vtodo');
      expect(todos.map((t) => t.getFirstPropertyValue('uid'))).toEqual(['doc@gov-site-rules', 'inc@gov-site-rules', '事故,1;a\\b@gov-site-rules']);
      expect(todos[2]!.getFirstPropertyValue('summary')).toBe('[暂定] 事故,1;a\\b: Art. 24(1) 第二十四条第（一）项');
    });
  });

  describe('toICalendar: junk in a hand-made obligations object names the field', () => {
    it('a day rule whose start is not a date', () => {
      const e = refusal(() => toICalendar(input([item({ id: 'a' }), item({ id: 'b', start: '2026-02-30' })]), { calendarName: 'x' }));
      expect(e.field).toBe('obligations.items[1].start');
      expect(e.value).toBe('2026-02-30');
      expect(e.reason).toBe('is not a date YYYY-MM-DD');
    });

    it('an hour rule whose start is not an instant; a deadline that is not one; a done instant that is not one', () => {
      expect(refusal(() => toICalendar(input([item({ id: 'a' }), hour({ start: 'garbage' })]), { calendarName: 'x' })).field).toBe('obligations.items[1].start');
      expect(refusal(() => toICalendar(input([item({ id: 'a' }), item({ id: 'b', deadline: 'garbage' })]), { calendarName: 'x' })).field).toBe('obligations.items[1].deadline');
      const badDone = item({ id: 'b', state: 'done-late', doneAt: 'garbage' });
      expect(refusal(() => toICalendar(input([item({ id: 'a' }), badDone]), { calendarName: 'x', includeDone: true })).field).toBe('obligations.items[1].doneAt');
      // a done item that is not exported is read all the same: a broken date is never skipped over
      expect(refusal(() => toICalendar(input([item({ id: 'a' }), badDone]), { calendarName: 'x' })).field).toBe('obligations.items[1].doneAt');
    });

    it('a due date that is not the Beijing date of the deadline is refused (found by the entry fuzz: 9999-12-31 was written as DTEND 100000101)', () => {
      const bad = item({ id: 'b', dueDate: '9999-12-31' });
      const e = refusal(() => toICalendar(input([item({ id: 'a' }), bad]), { calendarName: 'x', component: 'VEVENT' }));
      expect(e.field).toBe('obligations.items[1].dueDate');
      expect(e.value).toBe('9999-12-31');
      expect(e.reason).toMatch(/^is not the Beijing date of obligations\.items\[1\]\.deadline/);
    });
  });

  describe('toICalendar: an all-day event on the last representable day', () => {
    it('due 9999-12-31 (30 calendar days after 9999-12-01): one day as DURATION:P1D, never a 5-digit DTEND', () => {
      const o = obligations([{ id: 'last', rule: 'deyang-2018/art15-migration-notice', from: '9999-12-01' }], { now: '2026-10-12T09:00:00+08:00' });
      expect(o.items[0]?.dueDate).toBe('9999-12-31');
      const lines = unfold(toICalendar(o, { calendarName: 'x', component: 'VEVENT' }));
      expect(lines).toContain('DTSTART;VALUE=DATE:99991231');
      expect(lines).toContain('DURATION:P1D');
      expect(lines.filter((l) => l.startsWith('DTEND'))).toEqual([]);
    });
  });
});
