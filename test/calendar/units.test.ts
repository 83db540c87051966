// Unit tests of the epoch-day arithmetic and the input edge. The oracle here is the JS Date
// object in UTC (independent of our integer arithmetic) and the spec's examples.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { indexOf } from '../../src/calendar/calendar.js';
import { daysInMonth, epochDayFromYmd, formatEpochDay, isoWeekday, parseIsoDate, yearOfEpochDay, ymdFromEpochDay } from '../../src/calendar/days.js';
import { endOfBeijingDay, formatBeijingInstant, parseDateInput, startOfBeijingDay, toInstantMs } from '../../src/calendar/input.js';
import { ERRATA, InvalidInputError, defaultCalendar } from '../../src/index.js';
import { queryOracle } from './oracle.js';
import { LAST_COVERED_YEAR, lastCoveredDate } from '../coverage-year.js';

const DAY = 86_400_000;
const utcDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const dayArb = fc.integer({ min: utcDay('1600-01-01'), max: utcDay('2400-12-31') });

describe('epoch days', () => {
  it('agree with Date.UTC in both directions, 1600–2400', () => {
    fc.assert(
      fc.property(dayArb, (n) => {
        const d = new Date(n * DAY);
        const ymd: [number, number, number] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
        expect(epochDayFromYmd(...ymd)).toBe(n);
        expect(ymdFromEpochDay(n)).toEqual(ymd);
        expect(yearOfEpochDay(n)).toBe(ymd[0]);
        expect(formatEpochDay(n)).toBe(d.toISOString().slice(0, 10));
        expect(parseIsoDate(d.toISOString().slice(0, 10))).toBe(n);
        expect(isoWeekday(n)).toBe(d.getUTCDay() === 0 ? 7 : d.getUTCDay());
      }),
      { numRuns: 3000 },
    );
  });

  it('every century boundary and leap day', () => {
    for (const y of [1700, 1800, 1900, 2000, 2100, 2004, 2023, 2024]) {
      for (let m = 1; m <= 12; m++) expect(daysInMonth(y, m)).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
      const n = utcDay(`${y}-03-01`) - 1;
      expect(formatEpochDay(n)).toBe(new Date(n * DAY).toISOString().slice(0, 10));
    }
  });

  it('parseIsoDate refuses every malformed shape', () => {
    for (const bad of ['2026-02-29', '2026-00-10', '2026-13-01', '2026-01-00', '2026-01-32', '2026-04-31', '2026x01-01', '2026-01x01', '2026-1-01', '20260-1-01', 'a026-01-01', '2a26-01-01', '20a6-01-01', '202a-01-01', '2026-a1-01', '2026-0a-01', '2026-01-a1', '2026-01-0a', '2026-01-01 ', '2026/01/01', '２０２６-01-01']) {
      expect(parseIsoDate(bad)).toBeUndefined();
    }
    expect(parseIsoDate('2024-02-29')).toBe(utcDay('2024-02-29'));
    expect(parseIsoDate('0000-01-01')).toBe(utcDay('0000-01-01'));
    expect(parseIsoDate('1999-12-31')).toBe(utcDay('1999-12-31'));
  });
});

describe('the input edge', () => {
  const instantArb = fc.integer({ min: Date.parse('1971-01-01T00:00:00Z'), max: Date.parse('2099-12-31T00:00:00Z') });

  it('formatBeijingInstant is the UTC+8 wall time of the instant', () => {
    fc.assert(
      fc.property(instantArb, (ms) => {
        expect(formatBeijingInstant(ms)).toBe(`${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 23)}+08:00`);
      }),
    );
  });

  it('ISO instants with any offset, seconds and fractions parse to the instant Date.parse gives', () => {
    const offsets = fc.constantFrom('Z', '+08:00', '-07:00', '+05:30', '-09:30', '+14:00', '+0545', '-1200');
    fc.assert(
      fc.property(instantArb, offsets, fc.integer({ min: 0, max: 2 }), (ms, offset, precision) => {
        const base = new Date(ms).toISOString();
        const text = (precision === 0 ? base.slice(0, 16) : precision === 1 ? base.slice(0, 19) : base.slice(0, 23)) + offset;
        const expected = Date.parse(text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
        const parsed = parseDateInput(text, 'at');
        expect(parsed.ms).toBe(expected);
        expect(parsed.day).toBe(Math.floor((expected + 8 * 3_600_000) / DAY));
      }),
    );
  });

  it('fractions beyond milliseconds are truncated, not rounded into the next second', () => {
    expect(toInstantMs('2026-10-09T10:00:00.9999+08:00', 'at')).toBe(Date.parse('2026-10-09T10:00:00.999+08:00'));
    expect(toInstantMs('2026-10-09T10:00:00.5Z', 'at')).toBe(Date.parse('2026-10-09T10:00:00.500Z'));
  });

  it('a date-time without offset is Beijing wall time', () => {
    expect(toInstantMs('2026-10-09T10:00', 'at')).toBe(Date.parse('2026-10-09T10:00:00+08:00'));
  });

  it('toInstantMs refuses a bare date, naming the field', () => {
    expect(() => toInstantMs('2026-10-09', 'endedAt')).toThrow(/^Invalid endedAt: "2026-10-09" is a date without a time/);
  });

  it.each([
    ['2026-10-09T23:60', /time of day out of range/],
    ['2026-10-09T10:00:60Z', /time of day out of range/],
    ['2026-10-09T10:00+18:01', /offset out of range/],
    ['2026-10-09T10:00+17:60', /offset out of range/],
    ['2026-02-30T10:00Z', /not a calendar date/],
    ['2026-10-09 10:00', /not a YYYY-MM-DD date or an ISO-8601 instant/],
  ])('%s is refused (%s)', (text, reason) => {
    expect(() => parseDateInput(text, 'at')).toThrow(reason);
  });

  it('accepts the extreme legal offsets', () => {
    expect(toInstantMs('2026-10-09T10:00+18:00', 'at')).toBe(Date.parse('2026-10-09T10:00:00+18:00'));
    expect(toInstantMs('2026-10-09T10:00-18:00', 'at')).toBe(Date.parse('2026-10-09T10:00:00-18:00'));
  });

  it('start and end of a Beijing day', () => {
    const n = utcDay('2026-10-10');
    expect(startOfBeijingDay(n)).toBe(Date.parse('2026-10-10T00:00:00+08:00'));
    expect(endOfBeijingDay(n)).toBe(Date.parse('2026-10-10T23:59:59.999+08:00'));
  });

  it('refuses years outside 0001-9999', () => {
    expect(() => parseDateInput(new Date(Date.UTC(10000, 0, 2)), 'd')).toThrow(/outside the years/);
    expect(() => parseDateInput('0000-01-01T00:00Z', 'd')).toThrow(/outside the years/);
  });
});

describe('the calendar index', () => {
  let ix!: ReturnType<typeof indexOf>;
  beforeAll(() => {
    ix = indexOf(defaultCalendar);
  });
  it('an empty or reversed range counts 0 and lists nothing', () => {
    expect(ix.count(utcDay('2026-10-10'), utcDay('2026-10-01'))).toBe(0);
    expect(ix.list(utcDay('2026-10-10'), utcDay('2026-10-01'))).toEqual([]);
  });
  it('counts the first day of coverage', () => {
    // 2011-01-01..03 were the New Year break, 2011-01-04 the first working day (oracle below).
    expect(ix.subtractWorkdays(utcDay('2011-01-05'), 1)).toBe(utcDay('2011-01-04'));
    expect(() => ix.subtractWorkdays(utcDay('2011-01-04'), 1)).toThrow(expect.objectContaining({ year: 2010 }));
  });
  it('labels', () => {
    expect(ix.label(utcDay('2011-01-01'))).toBe('2011-01-01');
    expect(ix.label(utcDay('2026-12-31'))).toBe('2026-12-31');
  });
  it('officialEnd is the last covered day and nothing shipped is provisional', () => {
    // The last covered day and year come from coverage (test/coverage-year.ts).
    expect(ix.officialEnd).toBe(utcDay(lastCoveredDate()));
    expect(ix.isProvisional(utcDay(lastCoveredDate()))).toBe(false);
    expect(defaultCalendar.years.every((y) => !y.provisional)).toBe(true);
    expect(defaultCalendar.years.map((y) => y.year)).toEqual(Array.from({ length: LAST_COVERED_YEAR - 2010 }, (_, i) => 2011 + i));
  });
  it('refuses an object that is not one of our calendars', () => {
    expect(() => indexOf({} as typeof defaultCalendar)).toThrow(InvalidInputError);
  });
});

describe('day kinds and festivals', () => {
  it('names the festival of holidays and make-up days, and none on ordinary days', () => {
    const oracle = queryOracle<Record<string, string>>(
      `Object.fromEntries(['2026-10-01','2026-10-03','2026-10-10','2026-02-14','2026-01-01','2026-02-17'].map((d) => [d, cd.getDayDetail(d).name]))`,
    );
    expect(defaultCalendar.dayKind('2026-10-01')).toMatchObject({ kind: 'holiday', festival: '国庆节' });
    expect(oracle['2026-10-01']).toContain('国庆节');
    expect(defaultCalendar.dayKind('2026-10-03')).toMatchObject({ kind: 'holiday', festival: '国庆节' }); // a Saturday inside the break
    expect(defaultCalendar.dayKind('2026-10-10')).toMatchObject({ kind: 'makeup-workday', festival: '国庆节', workday: true });
    expect(oracle['2026-10-10']).toContain('国庆节');
    expect(defaultCalendar.dayKind('2026-02-14')).toMatchObject({ kind: 'makeup-workday', festival: '春节' });
    expect(defaultCalendar.dayKind('2026-01-01')).toMatchObject({ kind: 'holiday', festival: '元旦' });
    expect(defaultCalendar.dayKind('2026-02-17')).toMatchObject({ kind: 'holiday', festival: '春节' });
    const plainWeekend = defaultCalendar.dayKind('2026-11-28');
    expect(plainWeekend).toEqual({
      date: '2026-11-28',
      kind: 'weekend',
      workday: false,
      source: '国务院办公厅关于2026年部分节假日安排的通知',
      notice: { title: '国务院办公厅关于2026年部分节假日安排的通知', year: 2026, kind: 'yearly', issued: '2025-11-04' },
      provisional: false,
      statutory: false,
      reason: 'weekend',
    });
    expect(defaultCalendar.years.at(-1)?.source).toContain('chinese-workday');
    expect('festival' in defaultCalendar.dayKind('2026-11-25')).toBe(false);
  });

  it('errata days carry their notice and festival', () => {
    for (const e of ERRATA) {
      const k = defaultCalendar.dayKind(e.date);
      expect(k.kind).toBe(e.kind);
      expect(k.source).toBe(e.notice);
      expect(k.festival).toBe(e.festival);
      expect(e.why.length).toBeGreaterThan(5);
      if (e.kind === 'holiday' || e.kind === 'makeup-workday') expect(e.festival).toMatch(/节|元旦|纪念日/);
    }
  });
});

describe('errors', () => {
  it('carry their class name, code and details', async () => {
    const { CalendarCoverageError, RulesError } = await import('../../src/index.js');
    const invalid = new InvalidInputError('from', '2026-02-30', 'is not a calendar date');
    expect([invalid.name, invalid.code, invalid.field, invalid.value, invalid.reason]).toEqual(['InvalidInputError', 'INVALID_INPUT', 'from', '2026-02-30', 'is not a calendar date']);
    expect(invalid.message).toBe('Invalid from: "2026-02-30" is not a calendar date');
    const coverage = new CalendarCoverageError(2027, { start: '2011-01-01', end: '2026-12-31' });
    expect([coverage.name, coverage.code, coverage.year]).toEqual(['CalendarCoverageError', 'CALENDAR_COVERAGE', 2027]);
    expect(coverage.message).toMatch(/^No working-day data for 2027: the calendar covers 2011-01-01\.\.2026-12-31\./);
    expect(Object.isFrozen(coverage.coverage)).toBe(true);
    expect(new RulesError('X', 'm').name).toBe('RulesError');
    expect(coverage).toBeInstanceOf(RulesError);
  });

  it('describe odd values without throwing', () => {
    const msg = (v: unknown) => new InvalidInputError('f', v, 'x').message;
    expect(msg('a'.repeat(100))).toBe(`Invalid f: "${'a'.repeat(77)}..." x`);
    expect(msg(Symbol('s'))).toBe('Invalid f: symbol x');
    expect(msg(() => 1)).toBe('Invalid f: function x');
    expect(msg([1, 2])).toBe('Invalid f: array(2) x');
    expect(msg(new Date(Number.NaN))).toBe('Invalid f: Invalid Date x');
    expect(msg(new Date(0))).toBe('Invalid f: Date(1970-01-01T00:00:00.000Z) x');
    expect(msg(10n)).toBe('Invalid f: 10 x');
    expect(msg(null)).toBe('Invalid f: null x');
    expect(msg(undefined)).toBe('Invalid f: undefined x');
    expect(msg({})).toBe('Invalid f: object x');
    expect(msg(true)).toBe('Invalid f: true x');
  });
});

describe('workdaysBetween lists the oracle working days', () => {
  it('across the 2026 National Day break and at the ends of the range', async () => {
    const { eachDate, oracleIsWorkday } = await import('./oracle.js');
    for (const [from, to] of [['2026-09-28', '2026-10-12'], ['2026-10-01', '2026-10-07'], ['2026-10-10', '2026-10-10'], ['2011-01-01', '2011-01-10']] as const) {
      expect(defaultCalendar.workdaysBetween(from, to)).toEqual(eachDate(from, to).filter(oracleIsWorkday));
    }
  });
});
