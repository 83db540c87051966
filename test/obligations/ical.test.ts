import ICAL from 'ical.js';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { InvalidInputError, obligations, ruleById, toICalendar, type ObligationEvent } from '../../src/index.js';
import { foldLine } from '../../src/obligations/ical.js';

const events: ObligationEvent[] = [
  { id: 'doc-2026-101', rule: 'deyang-2018/art24-policy-document', from: '2026-09-30' }, // due 2026-10-10 (spec)
  { id: 'done', rule: 'deyang-2018/art24-policy-document', from: '2026-09-30', doneAt: '2026-10-09T10:00:00+08:00' },
  { id: '事故,1;a\\b', rule: 'deyang-2018/art29-incident-report', from: '2026-10-09T18:00:00+08:00' }, // due 2026-10-10T18:00 (rule docs)
  { id: 'info-1', rule: 'deyang-2018/art24-proactive', from: '2026-12-10' }, // provisional: 2027-01-08 (issue)
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
      'info-1@gov-site-rules': '2027-01-08T23:59:59+08:00',
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
    expect(info.getFirstPropertyValue('description')).toMatch(/Provisional.*2027/);
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
