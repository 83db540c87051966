/**
 * calendarToICalendar line by line (the cases the first mutation run of src/calendar/ics.ts found
 * untested): the header, every property of an event, the description's lines for statutory,
 * in-lieu and provisional days, a notice the library does not know, runs cut at a change of
 * festival or notice and at the end of the year asked for, and the whole calendar without `year`.
 */
import { describe, expect, it } from 'vitest';
import { calendarToICalendar, defaultCalendar } from '../../src/index.js';
import { notice2027 } from '../fixtures/notice-2027.js';

const STAMP = '2026-12-01T08:30:00+08:00';
/** The unfolded lines of an iCalendar text (RFC 5545 §3.1: CRLF + one space continues a line). */
const unfold = (text: string): string[] => text.replace(/\r\n /g, '').split('\r\n');
/** The events as property maps, in order. */
function events(text: string): Record<string, string>[] {
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

describe('calendarToICalendar in detail', () => {
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
    const cal = defaultCalendar.withYear(notice2027);
    const list = events(calendarToICalendar(cal, { year: 2027, stamp: STAMP }));
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
    const list = events(calendarToICalendar(defaultCalendar.provisional({ through: 2027 }), { year: 2027, stamp: STAMP }));
    const first = list[0] as Record<string, string>;
    expect(first.SUMMARY).toBe('[暂定] 元旦 放假 rest day');
    expect(first.DESCRIPTION).toContain('\\n暂定 Provisional: from the holiday law alone\\, not a published notice');
    expect(list.every((e) => e.CATEGORIES === 'HOLIDAY')).toBe(true);
  });

  it('a run ends at a change of festival, of notice, and at the end of the year asked for', () => {
    // 2018-12-30 … 2019-01-01 is one New Year break; asked for 2018, the event stops at 2018-12-31.
    const y2018 = events(calendarToICalendar(defaultCalendar, { year: 2018, stamp: STAMP }));
    const last = y2018.filter((e) => e.CATEGORIES === 'HOLIDAY').at(-1) as Record<string, string>;
    expect([last['DTSTART;VALUE=DATE'], last['DTEND;VALUE=DATE']]).toEqual(['20181230', '20190101']);
    // 2020: 01-24 … 01-30 by the yearly notice, 01-31 and 02-01 by the extension: two events.
    const y2020 = events(calendarToICalendar(defaultCalendar, { year: 2020, stamp: STAMP })).filter((e) => e.CATEGORIES === 'HOLIDAY');
    expect(y2020.slice(1, 3).map((e) => [e['DTSTART;VALUE=DATE'], e['DTEND;VALUE=DATE']])).toEqual([['20200124', '20200131'], ['20200131', '20200202']]); // 02-02, a Sunday, is an ordinary weekend in the data
    // 2027 with a rest day of another festival right after a break: two events.
    const two = defaultCalendar.withYear({ ...notice2027, holidays: [...notice2027.holidays, { date: '2027-02-10', festival: '元宵节' }] });
    const feb = events(calendarToICalendar(two, { year: 2027, stamp: STAMP })).filter((e) => e['DTSTART;VALUE=DATE']?.startsWith('202702') && e.CATEGORIES === 'HOLIDAY');
    expect(feb.map((e) => [e['DTSTART;VALUE=DATE'], e['DTEND;VALUE=DATE'], e.SUMMARY])).toEqual([
      ['20270205', '20270210', '春节 放假 rest day'],
      ['20270210', '20270211', '元宵节 放假 rest day'],
    ]);
  });

  it('without a year: every year of the calendar, first to last', () => {
    const all = events(calendarToICalendar(defaultCalendar, { stamp: STAMP }));
    expect(all[0]?.['DTSTART;VALUE=DATE']).toBe('20110101');
    expect(all.at(-1)?.['DTSTART;VALUE=DATE']?.slice(0, 4)).toBe('2026');
    expect(new Set(all.map((e) => e['DTSTART;VALUE=DATE']?.slice(0, 4))).size).toBe(16);
  });
});
