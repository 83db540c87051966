import ICAL from 'ical.js';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { FIRST_UNCOVERED_YEAR } from '../coverage-year.js';
import { runCli } from '../../src/cli/run.js';
import { CalendarCoverageError, InvalidInputError, calendarToICalendar, defaultCalendar } from '../../src/index.js';
import { eachDate, oracleIsWorkday } from './oracle.js';

interface Ev { start: string; end: string; isDate: boolean; summary: string; description: string; uid: string; categories: string }

/** Parsed with ical.js (Mozilla's RFC 5545 parser), not with our code. */
function events(text: string): Ev[] {
  const cal = new ICAL.Component(ICAL.parse(text));
  return cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      start: e.startDate.toString(),
      end: e.endDate.toString(),
      isDate: e.startDate.isDate && e.endDate.isDate,
      summary: e.summary,
      description: e.description,
      uid: e.uid,
      categories: String(v.getFirstPropertyValue('categories')),
    };
  });
}

/** The days an all-day event covers: [start, end), DTEND exclusive (RFC 5545 §3.6.1). */
const covered = (e: Ev): string[] => eachDate(e.start, e.end).slice(0, -1);
const isWeekend = (d: string): boolean => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());

describe('calendar ics: rest days and make-up working days as all-day events', () => {
  const text = calendarToICalendar(defaultCalendar, { year: 2026, stamp: '2026-12-01T00:00:00Z' });
  const list = events(text);

  it('the 2026 notice\'s breaks, with an exclusive DTEND (2月15日至23日 → DTEND 02-24)', () => {
    const rest = list.filter((e) => e.categories === 'HOLIDAY');
    expect(rest.every((e) => e.isDate)).toBe(true);
    const spring = rest.find((e) => e.summary.includes('春节'));
    expect([spring?.start, spring?.end]).toEqual(['2026-02-15', '2026-02-24']);
    const newYear = rest.find((e) => e.summary.includes('元旦'));
    expect([newYear?.start, newYear?.end]).toEqual(['2026-01-01', '2026-01-04']); // 1月1日至3日
    const national = rest.find((e) => e.summary.includes('国庆'));
    expect([national?.start, national?.end]).toEqual(['2026-10-01', '2026-10-08']); // 10月1日至7日
    const makeup = list.filter((e) => e.categories === 'WORKDAY').map((e) => [e.start, e.end]);
    expect(makeup).toEqual([
      ['2026-01-04', '2026-01-05'],
      ['2026-02-14', '2026-02-15'],
      ['2026-02-28', '2026-03-01'],
      ['2026-05-09', '2026-05-10'],
      ['2026-09-20', '2026-09-21'],
      ['2026-10-10', '2026-10-11'],
    ]); // the notice: 1月4日, 2月14日, 2月28日, 5月9日, 9月20日, 10月10日 上班
  });

  it('covers exactly the oracle\'s weekday rest days and weekend working days of 2026', () => {
    const restDays = new Set(list.filter((e) => e.categories === 'HOLIDAY').flatMap(covered));
    const makeupDays = new Set(list.filter((e) => e.categories === 'WORKDAY').flatMap(covered));
    for (const d of eachDate('2026-01-01', '2026-12-31')) {
      const working = oracleIsWorkday(d);
      if (!working && !isWeekend(d)) expect(restDays.has(d), d).toBe(true);
      if (working) expect(restDays.has(d), d).toBe(false);
      expect(makeupDays.has(d), d).toBe(working && isWeekend(d));
    }
  });

  it('names the notice and the statutory days in the description; stable UIDs; CRLF', () => {
    const spring = list.find((e) => e.summary.includes('春节') && e.categories === 'HOLIDAY') as Ev;
    expect(spring.description).toContain('国务院办公厅关于2026年部分节假日安排的通知');
    expect(spring.description).toContain('2025-11-04');
    expect(spring.description).toContain('法定节假日 statutory: 2026-02-16, 2026-02-17, 2026-02-18, 2026-02-19');
    expect(spring.uid).toBe('20260215-rest@gov-site-rules');
    expect(text.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(new Set(list.map((e) => e.uid)).size).toBe(list.length);
  });

  it('2015 and 2020: special notices and amendments in the events', () => {
    const y2015 = events(calendarToICalendar(defaultCalendar, { year: 2015, stamp: '2026-12-01T00:00:00Z' }));
    const victory = y2015.find((e) => e.start === '2015-09-03') as Ev;
    expect(victory.end).toBe('2015-09-05');
    expect(victory.description).toContain('国发明电〔2015〕1号');
    expect(victory.description).toContain('特别放假 special: 2015-09-03');
    expect(y2015.find((e) => e.start === '2015-09-06')?.description).toContain('pays for 2015-09-04');
    const y2020 = events(calendarToICalendar(defaultCalendar, { year: 2020, stamp: '2026-12-01T00:00:00Z' }));
    const ext = y2020.find((e) => e.start === '2020-01-31') as Ev;
    expect(ext.end).toBe('2020-02-02');
    expect(ext.description).toContain('调整 Amends: 国务院办公厅关于2020年部分节假日安排的通知');
  });

  it('refuses a year outside the calendar and bad options', () => {
    expect(() => calendarToICalendar(defaultCalendar, { year: FIRST_UNCOVERED_YEAR, stamp: '2026-12-01T00:00:00Z' })).toThrow(CalendarCoverageError);
    expect(() => calendarToICalendar(defaultCalendar, { stamp: 'nope' })).toThrow(InvalidInputError);
    expect(() => calendarToICalendar(defaultCalendar, { year: 2026 } as never)).toThrow(InvalidInputError);
  });

  it('gov-site-rules calendar ics --year 2027 --calendar FILE', async () => {
    let stdout = '';
    const code = await runCli(['calendar', 'ics', '--year', '2027', '--calendar', 'examples/calendar-2027-sample.json'], {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: () => true },
      stdin: new PassThrough(),
      env: {},
    });
    expect(code).toBe(0);
    const ev = events(stdout);
    expect(ev.find((e) => e.summary.includes('春节') && e.categories === 'HOLIDAY')).toMatchObject({ start: '2027-02-05', end: '2027-02-10' });
    expect(ev.every((e) => e.description.includes('SAMPLE, not the official notice'))).toBe(true);
    const all = events(calendarToICalendar(defaultCalendar, { stamp: '2026-12-01T00:00:00Z' }));
    expect(all[0]?.start.startsWith('2011')).toBe(true);
    expect(all.at(-1)?.start.startsWith('2026')).toBe(true);
  });
});
