/**
 * Issue 16: a mid-year amendment as data (`withYear` with `amends: true`, a later notice that
 * replaces only the days it names) and make-up days paired with the rest day they pay for
 * (`restDay`) in the input of `withYear`.
 */
import { describe, expect, it } from 'vitest';
import { calendarToICalendar, defaultCalendar, validateYear, type YearAmendmentInput, type YearInput } from '../../src/index.js';
import { notice2027 } from '../fixtures/notice-2027.js';
import { FIRST_UNCOVERED_YEAR, calendarBefore, lawYear } from '../coverage-year.js';
import { refusal } from '../refusal.js';
import { isAmendmentInput } from '../../src/calendar/schemas.js';
import { eachDate, oracleIsWorkday } from './oracle.js';

const d = (dates: string[], festival: string) => dates.map((date) => ({ date: `2020-${date}`, festival }));
/** The 2020 yearly notice (国办发明电〔2019〕16号) as a user would type it, before the extension. */
const yearly2020: YearInput = {
  year: 2020,
  notice: '国务院办公厅关于2020年部分节假日安排的通知 (typed)',
  holidays: [
    ...d(['01-01'], '元旦'),
    ...d(['01-24', '01-25', '01-26', '01-27', '01-28', '01-29', '01-30'], '春节'),
    ...d(['04-04', '04-05', '04-06'], '清明节'),
    ...d(['05-01', '05-02', '05-03', '05-04', '05-05'], '劳动节'),
    ...d(['06-25', '06-26', '06-27'], '端午节'),
    ...d(['10-01', '10-02', '10-03', '10-04', '10-05', '10-06', '10-07', '10-08'], '国庆节、中秋节'),
  ],
  makeupWorkdays: [
    ...d(['01-19', '02-01'], '春节'),
    ...d(['04-26', '05-09'], '劳动节'),
    ...d(['06-28'], '端午节'),
    ...d(['09-27', '10-10'], '国庆节、中秋节'),
  ],
};
/** 国办发明电〔2020〕1号: the Spring Festival break extended to 2020-02-02. */
const extension2020: YearAmendmentInput = {
  year: 2020,
  notice: '国务院办公厅关于延长2020年春节假期的通知 (typed)',
  amends: true,
  holidays: d(['01-31', '02-01', '02-02'], '春节'),
};

const amend = (over: Record<string, unknown>): YearAmendmentInput =>
  ({ year: 2027, notice: 'a later notice (test)', amends: true, ...over }) as YearAmendmentInput;
// The 2027 fixture is added to the shipped years before 2027 (test/coverage-year.ts), shipped 2027 or not.
const with2027 = () => calendarBefore(2027).withYear(notice2027);

describe('withYear: a mid-year amendment', () => {
  it('rebuilds 2020 from its yearly notice and the extension: every day as the official calendar has it', () => {
    const before = defaultCalendar.withYear(yearly2020);
    const after = before.withYear(extension2020);
    const days = eachDate('2020-01-01', '2020-12-31');
    // Without the amendment the typed notice is wrong exactly on the days the extension names.
    expect(days.filter((x) => before.isWorkday(x) !== oracleIsWorkday(x))).toEqual(['2020-01-31', '2020-02-01']);
    expect(days.filter((x) => after.isWorkday(x) !== oracleIsWorkday(x))).toEqual([]);
    // The calendar it amends is unchanged.
    expect(before.isWorkday('2020-01-31')).toBe(true);
  });

  it('names the amending notice as the source of the days it names, and the notice it replaced', () => {
    const cal = defaultCalendar.withYear(yearly2020).withYear(extension2020);
    for (const date of ['2020-01-31', '2020-02-01', '2020-02-02']) {
      expect(cal.dayKind(date)).toMatchObject({ kind: 'holiday', festival: '春节', source: extension2020.notice, amends: yearly2020.notice });
    }
    expect(cal.dayKind('2020-01-30')).toMatchObject({ kind: 'holiday', source: yearly2020.notice });
    expect(cal.dayKind('2020-01-30')).not.toHaveProperty('amends');
    expect(cal.dayKind('2020-02-03')).toMatchObject({ kind: 'workday', source: yearly2020.notice });
    expect(cal.years.find((y) => y.year === 2020)).toEqual({ year: 2020, source: yearly2020.notice, provisional: false, origin: 'added' });
  });

  it('a second amendment replaces the first for the days it names, and says which notice it replaced', () => {
    const second = amend({ year: 2020, notice: 'a second later notice (test)', workdays: [{ date: '2020-01-31' }] });
    const cal = defaultCalendar.withYear(yearly2020).withYear(extension2020).withYear(second);
    expect(cal.dayKind('2020-01-31')).toMatchObject({ kind: 'workday', workday: true, source: second.notice, amends: extension2020.notice });
    expect(cal.dayKind('2020-01-31')).not.toHaveProperty('festival');
    expect(cal.dayKind('2020-02-01')).toMatchObject({ kind: 'holiday', source: extension2020.notice });
  });

  it('amends a shipped year: the day named changes, the shipped notice is what it amends', () => {
    const cal = defaultCalendar.withYear(amend({ year: 2026, workdays: [{ date: '2026-02-23' }] }));
    expect(defaultCalendar.isWorkday('2026-02-23')).toBe(false);
    expect(cal.dayKind('2026-02-23')).toMatchObject({ kind: 'workday', source: 'a later notice (test)', amends: '国务院办公厅关于2026年部分节假日安排的通知' });
    expect(cal.isWorkday('2026-02-24')).toBe(defaultCalendar.isWorkday('2026-02-24'));
    expect(cal.countWorkdays('2026-01-01', '2026-12-31')).toBe(defaultCalendar.countWorkdays('2026-01-01', '2026-12-31') + 1);
  });

  it('takes an amendment that names one rest day and one restored working day (no other day)', () => {
    const cal = defaultCalendar.withYear(amend({ year: 2026, holidays: [{ date: '2026-03-02', festival: '春节' }], workdays: [{ date: '2026-02-23' }] }));
    expect([defaultCalendar.isWorkday('2026-03-02'), defaultCalendar.isWorkday('2026-02-23')]).toEqual([true, false]);
    expect([cal.isWorkday('2026-03-02'), cal.isWorkday('2026-02-23')]).toEqual([false, true]);
  });

  it('reads an input it cannot inspect (a revoked proxy) as a yearly notice, not an amendment', () => {
    const { proxy, revoke } = Proxy.revocable({ amends: true }, {});
    revoke();
    expect(isAmendmentInput(proxy)).toBe(false);
  });

  it('amends a loaded year and the provisional year; a provisional year stays provisional', () => {
    const loaded = with2027().withYear(amend({ holidays: [{ date: '2027-02-10', festival: '春节' }] }));
    expect(loaded.dayKind('2027-02-10')).toMatchObject({ kind: 'holiday', festival: '春节', provisional: false, source: 'a later notice (test)', amends: notice2027.notice });
    expect(loaded.addWorkdays('2027-02-04', 1)).toBe('2027-02-11');
    const planning = calendarBefore(2027).provisional({ through: 2028 });
    const amended = planning.withYear(amend({ makeupWorkdays: [{ date: '2027-02-13', festival: '春节' }] }));
    expect(planning.isWorkday('2027-02-13')).toBe(false);
    expect(amended.dayKind('2027-02-13')).toMatchObject({ kind: 'makeup-workday', workday: true, provisional: true, source: 'a later notice (test)' });
    expect(amended.years.map((y) => y.year)).toEqual(planning.years.map((y) => y.year));
  });

  const reject = (cal: typeof defaultCalendar, input: unknown, field: string, reason: RegExp) => {
    const e = refusal(() => cal.withYear(input as YearAmendmentInput));
    expect(e.field).toBe(field);
    expect(e.message).toMatch(reason);
  };

  it('refuses an amendment of a year the calendar does not hold, or under a notice that already decides days', () => {
    const y = FIRST_UNCOVERED_YEAR;
    reject(defaultCalendar, amend({ year: y, holidays: [{ date: `${y}-02-10`, festival: '春节' }] }), 'year.year', new RegExp(`is not in the calendar \\(2011-01-01\\.\\.${y - 1}-12-31\\).*add that year's notice first`));
    reject(with2027(), amend({ notice: notice2027.notice, holidays: [{ date: '2027-02-10', festival: '春节' }] }), 'year.notice', /already decides days of 2027/);
    reject(defaultCalendar, amend({ year: 2026, notice: '国务院办公厅关于2026年部分节假日安排的通知', workdays: [{ date: '2026-02-23' }] }), 'year.notice', /already decides days of 2026/);
    const twice = defaultCalendar.withYear(yearly2020).withYear(extension2020);
    reject(twice, extension2020, 'year.notice', /already decides days of 2020/);
  });

  it('refuses an ill-formed amendment, naming the field', () => {
    const cal = with2027();
    reject(cal, amend({}), 'year.holidays', /names no day/);
    reject(cal, amend({ amends: false, workdays: [{ date: '2027-02-09' }] }), 'year.amends', /true/);
    reject(cal, amend({ workdays: [{ date: '2027-02-13' }] }), 'year.workdays[0].date', /Saturday or Sunday: list a weekend working day in makeupWorkdays/);
    reject(cal, amend({ makeupWorkdays: [{ date: '2027-02-10', festival: '春节' }] }), 'year.makeupWorkdays[0].date', /is a weekday/);
    reject(cal, amend({ holidays: [{ date: '2026-12-31', festival: '元旦' }] }), 'year.holidays[0].date', /is not in 2027/);
    reject(cal, amend({ holidays: [{ date: '2027-02-10', festival: '春节' }], workdays: [{ date: '2027-02-10' }] }), 'year.workdays[0].date', /listed both as a rest day and as a working day/);
    reject(cal, amend({ workdays: [{ date: '2027-02-10' }, { date: '2027-02-10' }] }), 'year.workdays[1].date', /listed twice/);
    reject(cal, amend({ workdays: [{ date: '2027-02-10', festival: '春节' }] }), 'year.workdays[0]', /festival/);
    reject(cal, amend({ workdays: [{ date: '2027-02-30' }] }), 'year.workdays[0].date', /not a calendar date/);
  });
});

describe('withYear: a make-up working day paired with the rest day it pays for', () => {
  const paired = (restDay: string, extra: Partial<YearInput> = {}): YearInput => ({
    ...notice2027,
    makeupWorkdays: [{ date: '2027-02-14', festival: '春节', restDay }],
    ...extra,
  });

  it('dayKind names the pair on both days; unpaired days carry no pairing', () => {
    const cal = calendarBefore(2027).withYear(paired('2027-02-09'));
    expect(cal.dayKind('2027-02-14')).toMatchObject({ kind: 'makeup-workday', paysFor: '2027-02-09' });
    expect(cal.dayKind('2027-02-09')).toMatchObject({ kind: 'holiday', reason: 'in-lieu', paidBy: '2027-02-14' });
    expect(cal.dayKind('2027-02-08')).not.toHaveProperty('paidBy');
    expect(with2027().dayKind('2027-02-14')).not.toHaveProperty('paysFor');
  });

  it('the .ics export says which rest day a make-up day pays for', () => {
    const ics = calendarToICalendar(calendarBefore(2027).withYear(paired('2027-02-09')), { year: 2027, stamp: '2026-12-01T00:00:00Z' });
    const event = ics.split('BEGIN:VEVENT').find((e) => e.includes('DTSTART;VALUE=DATE:20270214')) ?? '';
    expect(event.replace(/\r\n /g, '')).toContain('pays for 2027-02-09');
    const unpaired = calendarToICalendar(with2027(), { year: 2027, stamp: '2026-12-01T00:00:00Z' });
    expect(unpaired).not.toContain('pays for');
  });

  it('validateYear (calendar check) lists the pairs and warns when a make-up day pays for a statutory day', () => {
    expect(validateYear(paired('2027-02-09')).pairs).toEqual([{ makeup: '2027-02-14', restDay: '2027-02-09' }]);
    expect(validateYear(notice2027)).not.toHaveProperty('pairs');
    // 2027-02-08 is 正月初三, a statutory day from 2025 on.
    const statutory = validateYear(paired('2027-02-08')).findings;
    expect(statutory).toEqual([expect.objectContaining({ severity: 'warning', date: '2027-02-14', festival: '春节', message: expect.stringMatching(/pays for 2027-02-08, a statutory day/) })]);
    expect(validateYear(paired('2027-02-09')).findings.filter((f) => /pays for/.test(f.message))).toEqual([]);
  });

  it('refuses a pair whose rest day is not a weekday rest day of the same festival in the input, or is paid twice', () => {
    const e = (input: YearInput, reason: RegExp, path = 'year.makeupWorkdays[0].restDay') => {
      const err = refusal(() => calendarBefore(2027).withYear(input));
      expect(err.field).toBe(path);
      expect(err.message).toMatch(reason);
    };
    e(paired('2027-02-10'), /is not a rest day of this input/);
    e(paired('2027-04-05'), /is a rest day of 清明节, not of 春节/);
    e(paired('2027-02-06'), /is a Saturday or Sunday: a make-up day pays for a weekday rest day in lieu/);
    e(paired('2027-02-31'), /not a calendar date/);
    e(
      paired('2027-02-09', { makeupWorkdays: [{ date: '2027-02-14', festival: '春节', restDay: '2027-02-09' }, { date: '2027-02-20', festival: '春节', restDay: '2027-02-09' }] }),
      /is already paid for by makeupWorkdays\[0\]/,
      'year.makeupWorkdays[1].restDay',
    );
  });

  it('an amendment drops the pairing of a day it names and states its own', () => {
    const cal = calendarBefore(2027).withYear(paired('2027-02-09'));
    const off = cal.withYear(amend({ workdays: [{ date: '2027-02-09' }] }));
    expect(off.dayKind('2027-02-14')).not.toHaveProperty('paysFor');
    expect(off.dayKind('2027-02-09')).not.toHaveProperty('paidBy');
    const again = off.withYear(amend({ notice: 'another (test)', holidays: [{ date: '2027-02-10', festival: '春节' }], makeupWorkdays: [{ date: '2027-02-20', festival: '春节', restDay: '2027-02-10' }] }));
    expect(again.dayKind('2027-02-20')).toMatchObject({ kind: 'makeup-workday', paysFor: '2027-02-10', source: 'another (test)' });
    expect(again.dayKind('2027-02-10')).toMatchObject({ paidBy: '2027-02-20' });
  });
});

describe('withYear: an amendment keeps what it does not name', () => {
  // 2015 as shipped: 09-03 granted outright by the special notice (reason `special`), 09-06 (a
  // Sunday) a make-up working day paying for 09-04 (国发明电〔2015〕3号).
  const special2015 = '国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知';

  it('the special grant and the pairing of days it does not name stay as the notices made them', () => {
    const cal = defaultCalendar.withYear(amend({ year: 2015, holidays: [{ date: '2015-10-09', festival: '国庆节' }] }));
    expect(cal.dayKind('2015-10-09')).toMatchObject({ kind: 'holiday', source: 'a later notice (test)' });
    expect(cal.dayKind('2015-09-03')).toMatchObject({ kind: 'holiday', reason: 'special', source: special2015 });
    expect(cal.dayKind('2015-09-06')).toMatchObject({ kind: 'makeup-workday', paysFor: '2015-09-04' });
    expect(cal.dayKind('2015-09-04')).toMatchObject({ kind: 'holiday', reason: 'in-lieu', paidBy: '2015-09-06' });
  });

  it('a day it names loses the grant and the pairing of the notice it replaces', () => {
    const cal = defaultCalendar.withYear(amend({ year: 2015, holidays: [{ date: '2015-09-03', festival: '抗战胜利纪念日' }] }));
    // Still a weekday rest day, now decided by the later notice: in lieu, no longer granted outright.
    expect(cal.dayKind('2015-09-03')).toMatchObject({ kind: 'holiday', reason: 'in-lieu', source: 'a later notice (test)', amends: special2015 });
    const makeupNamed = defaultCalendar.withYear(amend({ year: 2015, holidays: [{ date: '2015-09-06', festival: '抗战胜利纪念日' }] }));
    expect(makeupNamed.dayKind('2015-09-06')).toMatchObject({ kind: 'holiday', reason: 'weekend' });
    expect(makeupNamed.dayKind('2015-09-04')).not.toHaveProperty('paidBy');
  });

  it('a second amendment naming other days leaves the first one’s days saying what they amend', () => {
    const cal = with2027()
      .withYear(amend({ holidays: [{ date: '2027-02-10', festival: '春节' }] }))
      .withYear(amend({ notice: 'another later notice (test)', holidays: [{ date: '2027-02-11', festival: '春节' }] }));
    expect(cal.dayKind('2027-02-10')).toMatchObject({ kind: 'holiday', source: 'a later notice (test)', amends: notice2027.notice });
    expect(cal.dayKind('2027-02-11')).toMatchObject({ kind: 'holiday', source: 'another later notice (test)', amends: notice2027.notice });
  });
});

describe('validateYear: an amendment', () => {
  it('is applied to the shipped year and the result checked', () => {
    const r = validateYear(amend({ year: 2026, workdays: [{ date: '2026-02-16' }] }));
    expect(r.ok).toBe(false);
    expect(r.amends).toMatch(/^国务院办公厅关于2026年部分节假日安排的通知/);
    expect(r.findings).toEqual([expect.objectContaining({ severity: 'error', date: '2026-02-16', festival: '春节' })]);
    expect(validateYear(amend({ year: 2026, holidays: [{ date: '2026-02-24', festival: '春节' }] })).ok).toBe(true);
  });

  it('is applied to the provisional year when the library ships none, and refused without a base', () => {
    // The first uncovered year (test/coverage-year.ts); its first weekday after the law's Spring
    // Festival days (2027: 02-09) taken off by the amendment.
    const y = FIRST_UNCOVERED_YEAR;
    const law = lawYear(y);
    const r = validateYear(amend({ year: y, holidays: [{ date: law.afterSpringFestival, festival: '春节' }] }));
    expect(r).toMatchObject({ ok: true, year: y, amends: expect.stringMatching(/provisional/) });
    // The year's weekdays less the law's rest days on weekdays (2027: 261 - 7), less the day the amendment takes off.
    const weekdays = eachDate(`${y}-01-01`, `${y}-12-31`).filter((d) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()));
    expect(r.workdays).toBe(weekdays.filter((d) => !law.restDays.has(d)).length - 1);
    const none = validateYear(amend({ year: 1990, holidays: [{ date: '1990-02-01', festival: '春节' }] }));
    expect(none).toMatchObject({ ok: false, year: 1990, findings: [expect.objectContaining({ severity: 'error', path: 'year', message: expect.stringMatching(/nothing to amend/) })] });
    expect(validateYear(amend({})).findings).toEqual([expect.objectContaining({ severity: 'error', path: 'holidays' })]);
  });
});
