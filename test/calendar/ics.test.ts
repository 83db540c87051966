import ICAL from 'ical.js';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { FIRST_UNCOVERED_YEAR, LAST_COVERED_YEAR, calendarBefore } from '../coverage-year.js';
import { refusal } from '../refusal.js';
import { calendarFromYears } from '../../src/calendar/calendar.js';
import { parseIsoDate } from '../../src/calendar/days.js';
import { yearFromLists } from '../../src/calendar/year-data.js';
import { runCli } from '../../src/cli/run.js';
import { CalendarCoverageError, InvalidInputError, calendarToICalendar, defaultCalendar } from '../../src/index.js';
import { eachDate, oracleIsWorkday } from './oracle.js';
import { notice2027 } from '../fixtures/notice-2027.js';

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
  // Built inside each test, not while the suite is collected, so that a mutation test credits the tests.
  const year2026 = () => {
    const text = calendarToICalendar(defaultCalendar, { year: 2026, stamp: '2026-12-01T00:00:00Z' });
    return { text, list: events(text) };
  };

  it('the 2026 notice\'s breaks, with an exclusive DTEND (2月15日至23日 → DTEND 02-24)', () => {
    const { list } = year2026();
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
    const { list } = year2026();
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
    const { text, list } = year2026();
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
    expect(all.at(-1)?.start.startsWith(String(LAST_COVERED_YEAR))).toBe(true); // the last covered year (test/coverage-year.ts)
  });
});

// calendarToICalendar line by line (the cases the first mutation run of src/calendar/ics.ts found
// untested): the header, every property of an event, the description's lines for statutory,
// in-lieu and provisional days, a notice the library does not know, runs cut at a change of
// festival or notice and at the end of the year asked for, and the whole calendar without `year`.
const STAMP = '2026-12-01T08:30:00+08:00';
/** The unfolded lines of an iCalendar text (RFC 5545 §3.1: CRLF + one space continues a line). */
const unfold = (text: string): string[] => text.replace(/\r\n /g, '').split('\r\n');
/** The events as property maps, in order, read line by line (the exact text, where ical.js normalises). */
function propertyMaps(text: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  let cur: Record<string, string> | undefined;
  for (const line of unfold(text)) {
    if (line === 'BEGIN:VEVENT') cur = {};
    else if (line === 'END:VEVENT') out.push(cur as Record<string, string>);
    else if (cur !== undefined) {
      const i = line.indexOf(':');
      cur[line.slice(0, i)] = line.slice(i + 1);
    }
  }
  return out;
}

describe('calendarToICalendar line by line: the header, every property, the description, where runs are cut', () => {
  it('the header, and the calendar name given or not', () => {
    const lines = unfold(calendarToICalendar(defaultCalendar, { year: 2026, stamp: STAMP }));
    expect(lines.slice(0, 6)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//gov-site-rules//holidays//ZH',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:中国法定节假日与调休 / China public holidays and make-up working days',
    ]);
    expect(lines.slice(-2)).toEqual(['END:VCALENDAR', '']);
    expect(unfold(calendarToICalendar(defaultCalendar, { year: 2026, stamp: STAMP, calendarName: 'Ours; yes' }))[5]).toBe('X-WR-CALNAME:Ours\\; yes');
  });

  it('every property of a rest event and of a make-up event of an added year (a notice the library does not know)', () => {
    const cal = calendarBefore(2027).withYear(notice2027); // the 2027 fixture on the years before it (test/coverage-year.ts)
    const list = propertyMaps(calendarToICalendar(cal, { year: 2027, stamp: STAMP }));
    const spring = list.find((e) => e['DTSTART;VALUE=DATE'] === '20270205');
    const src = notice2027.notice.replace(/[,;]/g, (c) => `\\${c}`);
    expect(spring).toEqual({
      UID: '20270205-rest@gov-site-rules',
      DTSTAMP: '20261201T003000Z',
      'DTSTART;VALUE=DATE': '20270205',
      'DTEND;VALUE=DATE': '20270210',
      SUMMARY: '春节 放假 rest day',
      DESCRIPTION: `春节 放假 rest day(s): 2027-02-05 … 2027-02-09\\n法定节假日 statutory: 2027-02-05\\, 2027-02-06\\, 2027-02-07\\, 2027-02-08\\n调休 in lieu: 2027-02-09\\n依据 Source: ${src}`,
      CATEGORIES: 'HOLIDAY',
      TRANSP: 'TRANSPARENT',
    });
    expect(list.find((e) => e['DTSTART;VALUE=DATE'] === '20270214')).toEqual({
      UID: '20270214-makeup@gov-site-rules',
      DTSTAMP: '20261201T003000Z',
      'DTSTART;VALUE=DATE': '20270214',
      'DTEND;VALUE=DATE': '20270215',
      SUMMARY: '春节 调休上班 make-up working day',
      DESCRIPTION: `春节 调休上班 make-up working day\\n依据 Source: ${src}`,
      CATEGORIES: 'WORKDAY',
      TRANSP: 'OPAQUE',
    });
    // A one-day rest event: no range in its first line.
    expect(list.find((e) => e['DTSTART;VALUE=DATE'] === '20270405')?.DESCRIPTION).toMatch(/^清明节 放假 rest day\(s\): 2027-04-05\\n法定节假日 statutory: 2027-04-05\\n/);
  });

  it('a provisional year says so in the summary and the description', () => {
    // The first uncovered year (test/coverage-year.ts), provisional.
    const list = propertyMaps(calendarToICalendar(defaultCalendar.provisional({ through: FIRST_UNCOVERED_YEAR }), { year: FIRST_UNCOVERED_YEAR, stamp: STAMP }));
    const first = list[0] as Record<string, string>;
    expect(first.SUMMARY).toBe('[暂定] 元旦 放假 rest day');
    expect(first.DESCRIPTION).toContain('\\n暂定 Provisional: from the holiday law alone\\, not a published notice');
    expect(list.every((e) => e.CATEGORIES === 'HOLIDAY')).toBe(true);
  });

  it('a run ends at a change of festival, of notice, and at the end of the year asked for', () => {
    // 2018-12-30 … 2019-01-01 is one New Year break; asked for 2018, the event stops at 2018-12-31.
    const y2018 = propertyMaps(calendarToICalendar(defaultCalendar, { year: 2018, stamp: STAMP }));
    const last = y2018.filter((e) => e.CATEGORIES === 'HOLIDAY').at(-1) as Record<string, string>;
    expect([last['DTSTART;VALUE=DATE'], last['DTEND;VALUE=DATE']]).toEqual(['20181230', '20190101']);
    // 2020: 01-24 … 01-30 by the yearly notice, 01-31 and 02-01 by the extension: two events.
    const y2020 = propertyMaps(calendarToICalendar(defaultCalendar, { year: 2020, stamp: STAMP })).filter((e) => e.CATEGORIES === 'HOLIDAY');
    expect(y2020.slice(1, 3).map((e) => [e['DTSTART;VALUE=DATE'], e['DTEND;VALUE=DATE']])).toEqual([['20200124', '20200131'], ['20200131', '20200202']]); // 02-02, a Sunday, is an ordinary weekend in the data
    // 2027 with a rest day of another festival right after a break: two events.
    const two = calendarBefore(2027).withYear({ ...notice2027, holidays: [...notice2027.holidays, { date: '2027-02-10', festival: '元宵节' }] });
    const feb = propertyMaps(calendarToICalendar(two, { year: 2027, stamp: STAMP })).filter((e) => e['DTSTART;VALUE=DATE']?.startsWith('202702') && e.CATEGORIES === 'HOLIDAY');
    expect(feb.map((e) => [e['DTSTART;VALUE=DATE'], e['DTEND;VALUE=DATE'], e.SUMMARY])).toEqual([
      ['20270205', '20270210', '春节 放假 rest day'],
      ['20270210', '20270211', '元宵节 放假 rest day'],
    ]);
  });

  it('the notice in the Source line: title, number and date issued where known, comma-separated', () => {
    const holidays = (year: number) => propertyMaps(calendarToICalendar(defaultCalendar, { year, stamp: STAMP })).filter((e) => e.CATEGORIES === 'HOLIDAY');
    // 2020: 国办发明电〔2019〕16号 of 2019-11-21; 元旦 2020-01-01 (a Wednesday) alone, a statutory day.
    expect(holidays(2020)[0]?.DESCRIPTION).toBe(
      '元旦 放假 rest day(s): 2020-01-01\\n法定节假日 statutory: 2020-01-01\\n依据 Source: 国务院办公厅关于2020年部分节假日安排的通知\\, 国办发明电〔2019〕16号\\, 2019-11-21 发布 issued',
    );
    // 2026: issued 2025-11-04, no number recorded; 2018: the title alone.
    expect((holidays(2026)[0]?.DESCRIPTION ?? '').split('\\n').at(-1)).toBe('依据 Source: 国务院办公厅关于2026年部分节假日安排的通知\\, 2025-11-04 发布 issued');
    expect((holidays(2018)[0]?.DESCRIPTION ?? '').split('\\n').at(-1)).toBe('依据 Source: 国务院办公厅关于2018年部分节假日安排的通知');
  });

  it('the last day of the year asked for: 2011-12-31, the Saturday the 2012 notice makes a working day', () => {
    const y2011 = propertyMaps(calendarToICalendar(defaultCalendar, { year: 2011, stamp: STAMP }));
    expect(y2011.at(-1)).toMatchObject({
      UID: '20111231-makeup@gov-site-rules',
      'DTSTART;VALUE=DATE': '20111231',
      'DTEND;VALUE=DATE': '20120101',
      SUMMARY: '元旦 调休上班 make-up working day',
      DESCRIPTION: '元旦 调休上班 make-up working day\\n依据 Source: 国务院办公厅关于2012年部分节假日安排的通知',
    });
  });

  it('no description has an empty list line (a kind of day the event does not hold is left out)', () => {
    const all = propertyMaps(calendarToICalendar(defaultCalendar, { stamp: STAMP }));
    const empty = all.flatMap((e) => (e.DESCRIPTION as string).split('\\n').filter((l) => /: ?$/.test(l)).map((l) => `${e['DTSTART;VALUE=DATE']}: ${l}`));
    expect(empty).toEqual([]);
    // Some rest events hold no statutory day (2015-09-03, 2020-01-31): they have no statutory line.
    const victory = all.find((e) => e['DTSTART;VALUE=DATE'] === '20150903');
    expect(victory?.DESCRIPTION).not.toContain('法定节假日');
  });

  it('lists of several days are comma-separated: two days in lieu, two specially granted days', () => {
    // The 2026 notice: 春节 2月15日至23日; the law's days 除夕…初三 are 02-16…02-19, 02-15, 02-21 and
    // 02-22 are weekends, so 02-20 (Fri) and 02-23 (Mon) are in lieu.
    const spring = propertyMaps(calendarToICalendar(defaultCalendar, { year: 2026, stamp: STAMP })).find((e) => e['DTSTART;VALUE=DATE'] === '20260215');
    expect((spring?.DESCRIPTION ?? '').split('\\n')).toContain('调休 in lieu: 2026-02-20\\, 2026-02-23');
    // No shipped event holds two specially granted days: a hand-made year whose special notice grants 09-02 and 09-03.
    const base = yearFromLists(2027, 'a special notice (test)', false, [{ date: '2027-09-02', festival: '纪念日' }, { date: '2027-09-03', festival: '纪念日' }], []);
    const special = new Set([parseIsoDate('2027-09-02') as number, parseIsoDate('2027-09-03') as number]);
    const cal = calendarFromYears(() => [{ ...base, special }]);
    const ev = propertyMaps(calendarToICalendar(cal, { stamp: STAMP })).find((e) => e['DTSTART;VALUE=DATE'] === '20270902');
    expect(ev?.DESCRIPTION).toBe('纪念日 放假 rest day(s): 2027-09-02 … 2027-09-03\\n特别放假 special: 2027-09-02\\, 2027-09-03\\n依据 Source: a special notice (test)');
  });

  it('a refusal names the option at fault under `options`', () => {
    expect(refusal(() => calendarToICalendar(defaultCalendar, { year: 2026 } as never)).field).toBe('options.stamp');
    expect(refusal(() => calendarToICalendar(defaultCalendar, { year: 2026.5, stamp: STAMP })).field).toBe('options.year');
    // A date without a time passes the option's shape but is no instant.
    expect(refusal(() => calendarToICalendar(defaultCalendar, { year: 2026, stamp: '2026-12-01' }))).toMatchObject({ field: 'options.stamp', value: '2026-12-01' });
  });

  it('without a year: every year of the calendar, first to last', () => {
    const all = propertyMaps(calendarToICalendar(defaultCalendar, { stamp: STAMP }));
    expect(all[0]?.['DTSTART;VALUE=DATE']).toBe('20110101');
    // The last covered year and the number of years from 2011 come from coverage (test/coverage-year.ts).
    expect(all.at(-1)?.['DTSTART;VALUE=DATE']?.slice(0, 4)).toBe(String(LAST_COVERED_YEAR));
    expect(new Set(all.map((e) => e['DTSTART;VALUE=DATE']?.slice(0, 4))).size).toBe(LAST_COVERED_YEAR - 2010);
  });
});
