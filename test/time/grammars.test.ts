/**
 * src/time, the one time edge: each grammar on valid text, invalid text and the edges of the
 * supported range (docs/semantics.md, spec semantics.md §inputs). Expected numbers come from
 * `Date.UTC` (an independent oracle for the proleptic Gregorian calendar) and Luxon, never from
 * the functions under test.
 */
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { parseDateInput, toBeijingDay, toInstantMs, toInstantOrDayStartMs } from '../../src/time/input.js';
import {
  addMonthsBeijing,
  beijingDayOfInstant,
  endOfBeijingDay,
  formatBeijingBasic,
  formatBeijingInstant,
  formatCivilBasic,
  formatEpochDay,
  instantInRange,
  LAST_CIVIL_DAY,
  MAX_YEAR,
  MIN_YEAR,
  parseCivilDate,
  parseIsoInstant,
  parseOffsetInstant,
  parseQuarter,
  QUARTER_PATTERN,
  quarterLabel,
  startOfBeijingDay,
} from '../../src/time/index.js';
import { refusal } from '../refusal.js';

const DAY = 86_400_000;
/** The epoch day of a civil date, by Date.UTC (years 0-99 set explicitly: Date.UTC maps them to 19xx). */
const dayOf = (y: number, m: number, d: number): number => {
  const t = new Date(Date.UTC(2000, m - 1, d));
  t.setUTCFullYear(y, m - 1, d);
  return t.getTime() / DAY;
};

describe('civil-date grammar (parseCivilDate)', () => {
  it('reads YYYY-MM-DD as the epoch day', () => {
    expect(parseCivilDate('2026-09-30')).toBe(dayOf(2026, 9, 30));
    expect(parseCivilDate('1970-01-01')).toBe(0);
    expect(parseCivilDate('2000-02-29')).toBe(dayOf(2000, 2, 29));
    expect(parseCivilDate('2024-02-29')).toBe(dayOf(2024, 2, 29));
  });

  it('covers the four-digit years, 0000 to 9999, both ends', () => {
    expect(parseCivilDate('0000-01-01')).toBe(dayOf(0, 1, 1));
    expect(parseCivilDate('9999-12-31')).toBe(dayOf(9999, 12, 31));
    expect(LAST_CIVIL_DAY).toBe(dayOf(9999, 12, 31));
  });

  it.each(['2026-02-30', '2100-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-09-00', '2026-9-30', '2026/09/30', '2026-09-30 ', ' 2026-09-30', '20260930', '2026-09-3a', '-026-09-30', ''])(
    'refuses %j (no roll-over, no other shape)',
    (text) => {
      expect(parseCivilDate(text)).toBeUndefined();
    },
  );

  it('refuses a character just below 0 or just above 9 at each digit position', () => {
    for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) {
      for (const c of ['/', ':']) expect(parseCivilDate(`${'2026-10-19'.slice(0, i)}${c}${'2026-10-19'.slice(i + 1)}`), `${i} ${c}`).toBeUndefined();
    }
    expect(parseCivilDate('2026-10-19')).toBe(dayOf(2026, 10, 19));
  });

  it('formats back what it reads', () => {
    for (const text of ['0000-01-01', '0999-12-31', '2026-09-30', '9999-12-31']) expect(formatEpochDay(parseCivilDate(text) as number)).toBe(text);
    expect(formatCivilBasic(dayOf(2026, 9, 30))).toBe('20260930');
  });
});

describe('instant with offset (parseOffsetInstant, the snapshot grammar)', () => {
  it('reads RFC 3339 date-times with seconds and Z or ±HH:MM', () => {
    expect(parseOffsetInstant('2026-10-09T10:00:00+08:00')).toBe(Date.UTC(2026, 9, 9, 2));
    expect(parseOffsetInstant('2026-10-09T02:00:00Z')).toBe(Date.UTC(2026, 9, 9, 2));
    expect(parseOffsetInstant('2026-10-08T21:00:00-05:00')).toBe(Date.UTC(2026, 9, 9, 2));
    expect(parseOffsetInstant('2026-10-09T10:00:00.25+08:00')).toBe(Date.UTC(2026, 9, 9, 2, 0, 0, 250));
  });

  it('truncates digits beyond the millisecond', () => {
    expect(parseOffsetInstant('2026-10-09T02:00:00.9999999Z')).toBe(Date.UTC(2026, 9, 9, 2, 0, 0, 999));
  });

  it('takes offsets up to ±18:00, no further', () => {
    expect(parseOffsetInstant('2026-10-09T20:00:00+18:00')).toBe(Date.UTC(2026, 9, 9, 2));
    expect(parseOffsetInstant('2026-10-08T08:00:00-18:00')).toBe(Date.UTC(2026, 9, 9, 2));
    expect(parseOffsetInstant('2026-10-09T20:00:00+18:01')).toBeNaN();
    expect(parseOffsetInstant('2026-10-09T20:00:00+08:60')).toBeNaN();
  });

  it.each(['2026-10-09T10:00:00', '2026-10-09T10:00+08:00', '2026-10-09T10:00:00+0800', '2026-02-30T10:00:00Z', '2026-10-09T24:00:00Z', '2026-10-09T10:60:00Z', '2026-10-09T10:00:60Z', '2026-10-09T10:00:00.Z', '2026-10-09 10:00:00Z', '2026-10-09T10:00:00z', '2026-10-09T10:00:00Z '])(
    'refuses %j',
    (text) => {
      expect(parseOffsetInstant(text)).toBeNaN();
    },
  );

  it('refuses instants outside 0001-01-02 … 9999-12-30 UTC, the range defined once', () => {
    expect(MIN_YEAR).toBe(1);
    expect(MAX_YEAR).toBe(9999);
    expect(parseOffsetInstant('0001-01-02T00:00:00Z')).toBe(dayOf(1, 1, 2) * DAY);
    expect(parseOffsetInstant('0001-01-01T23:59:59Z')).toBeNaN();
    expect(parseOffsetInstant('9999-12-30T00:00:00Z')).toBe(dayOf(9999, 12, 30) * DAY);
    expect(parseOffsetInstant('9999-12-30T00:00:00.001Z')).toBeNaN();
    expect(instantInRange(dayOf(1, 1, 2) * DAY - 1)).toBe(false);
    expect(instantInRange(dayOf(9999, 12, 30) * DAY)).toBe(true);
  });
});

describe('instant with offset (parseOffsetInstant): each character of the grammar', () => {
  const VALID = '2026-10-09T07:30:59+05:30';
  // Every digit position of VALID: a character just below '0' and just above '9' is not a digit.
  const DIGITS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 23, 24];
  const at = (text: string, i: number, c: string) => text.slice(0, i) + c + text.slice(i + 1);

  it('reads every field: date, time, seconds, a ±HH:MM offset with its minutes', () => {
    expect(parseOffsetInstant(VALID)).toBe(Date.UTC(2026, 9, 9, 2, 0, 59));
    expect(parseOffsetInstant('2026-10-09T01:59:59-00:30')).toBe(Date.UTC(2026, 9, 9, 2, 29, 59));
    expect(parseOffsetInstant('2026-12-31T23:59:59Z')).toBe(Date.UTC(2026, 11, 31, 23, 59, 59));
    expect(parseOffsetInstant('2024-02-29T00:00:00Z')).toBe(Date.UTC(2024, 1, 29));
    expect(parseOffsetInstant('2026-10-09T02:00:00.5Z')).toBe(Date.UTC(2026, 9, 9, 2, 0, 0, 500));
    expect(parseOffsetInstant('2026-10-09T02:00:00.123+00:00')).toBe(Date.UTC(2026, 9, 9, 2, 0, 0, 123));
    expect(parseOffsetInstant('2026-10-09T02:00:00.29Z')).toBe(Date.UTC(2026, 9, 9, 2, 0, 0, 290));
    // The bounds themselves: day 01, a fraction with zeros in it, offset minutes 59.
    expect(parseOffsetInstant('2026-10-01T00:00:00Z')).toBe(Date.UTC(2026, 9, 1));
    expect(parseOffsetInstant('2026-10-09T02:00:00.050Z')).toBe(Date.UTC(2026, 9, 9, 2, 0, 0, 50));
    expect(parseOffsetInstant('2026-10-09T02:00:00.905+00:00')).toBe(Date.UTC(2026, 9, 9, 2, 0, 0, 905));
    expect(parseOffsetInstant('2026-10-09T07:59:00+05:59')).toBe(Date.UTC(2026, 9, 9, 2));
  });

  it('refuses a non-digit at each digit position', () => {
    for (const i of DIGITS) {
      for (const c of ['/', ':']) expect(parseOffsetInstant(at(VALID, i, c)), `${i} ${c}`).toBeNaN();
    }
  });

  it('refuses another separator at each separator position', () => {
    for (const i of [4, 7, 10, 13, 16, 22]) expect(parseOffsetInstant(at(VALID, i, '.')), String(i)).toBeNaN();
    expect(parseOffsetInstant(at(VALID, 19, '*'))).toBeNaN();
  });

  it.each([
    '2026-00-10T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-10-00T00:00:00Z',
    '2026-10-32T00:00:00Z',
    '2026-02-29T00:00:00Z',
    '2026-10-09T02:00:00.5xZ',
    '2026-10-09T02:00:00.5',
    '2026-10-09T02:00:00+08:0',
    '2026-10-09T02:00:00+08:000',
    '2026-10-09T02:00:00+0800Z',
    '2026-10-09T02:00:00Z0',
    '2026-10-09T02:00:00+08:00Z',
    '0000-06-01T00:00:00Z',
  ])('refuses %j', (text) => {
    expect(parseOffsetInstant(text)).toBeNaN();
  });
});

describe('instant, offset optional (parseIsoInstant): the whole text and each field', () => {
  it('reads minutes, seconds, a fraction and every way of writing the offset', () => {
    expect(parseIsoInstant('2026-10-09T23:59')).toEqual({ ok: true, ms: Date.UTC(2026, 9, 9, 15, 59), offset: 'beijing-wall-time' });
    expect(parseIsoInstant('2026-10-09T10:00:59.5')).toEqual({ ok: true, ms: Date.UTC(2026, 9, 9, 2, 0, 59, 500), offset: 'beijing-wall-time' });
    expect(parseIsoInstant('2026-10-09T02:00Z')).toEqual({ ok: true, ms: Date.UTC(2026, 9, 9, 2), offset: 'Z' });
    expect(parseIsoInstant('2026-10-09T02:00+00:00')).toEqual({ ok: true, ms: Date.UTC(2026, 9, 9, 2), offset: 'written' });
    expect(parseIsoInstant('2026-10-08T20:00-0600')).toEqual({ ok: true, ms: Date.UTC(2026, 9, 9, 2), offset: 'written' });
    expect(parseIsoInstant('2026-10-09T20:59+18:00')).toEqual({ ok: true, ms: Date.UTC(2026, 9, 9, 2, 59), offset: 'written' });
    expect(parseIsoInstant('2026-10-09T09:59+07:59')).toEqual({ ok: true, ms: Date.UTC(2026, 9, 9, 2), offset: 'written' });
  });

  it('takes the first and the last instant of the range, Beijing wall time included', () => {
    expect(parseIsoInstant('0001-01-02T08:00')).toEqual({ ok: true, ms: dayOf(1, 1, 2) * DAY, offset: 'beijing-wall-time' });
    expect(parseIsoInstant('9999-12-30T00:00Z')).toEqual({ ok: true, ms: dayOf(9999, 12, 30) * DAY, offset: 'Z' });
    expect(parseIsoInstant('9999-12-30T08:00:00.001')).toEqual({ ok: false, problem: 'range' });
  });

  it.each([
    'x2026-10-09T10:00',
    '2026-10-09T10:00x',
    '2026-10-09T10:00:00Zx',
    '202-10-09T10:00',
    '2026-1-09T10:00',
    '2026-10-9T10:00',
    '2026-10-09T1:00',
    '2026-10-09T10:0',
    '2026-10-09T10:00:0',
    '2026-10-09T10:00:00.',
    '2026-10-09T10:00.5',
    '2026-10-09T10:00+08:0',
    '2026-10-09T10:00+080',
    '2026-10-09T10:00+08:000',
    '2026-10-09T10:00*08:00',
    '2026-10-09T10:00z',
    '2026-10-09t10:00',
    '2026-10-09TT10:00',
    'aaaa-bb-ccTdd:ee',
  ])('refuses %j as not the grammar (shape)', (text) => {
    expect(parseIsoInstant(text)).toEqual({ ok: false, problem: 'shape' });
  });

  it.each([
    ['2026-10-09T10:00:60', 'time'],
    ['2026-10-09T10:60', 'time'],
    ['2026-10-09T10:00+08:60', 'offset'],
    ['2026-10-09T10:00-18:01', 'offset'],
    ['2026-13-09T10:00', 'date'],
  ] as const)('refuses %j: %s', (text, problem) => {
    expect(parseIsoInstant(text)).toEqual({ ok: false, problem });
  });
});

describe('instant, offset optional (parseIsoInstant): without one, Beijing wall time', () => {
  it('reads a date-time without offset as Beijing wall time (spec: semantics.md)', () => {
    expect(parseIsoInstant('2026-10-09T10:00:00')).toEqual({ ok: true, ms: Date.UTC(2026, 9, 9, 2), offset: 'beijing-wall-time' });
    expect(parseIsoInstant('2026-10-09T10:00')).toEqual({ ok: true, ms: Date.UTC(2026, 9, 9, 2), offset: 'beijing-wall-time' });
  });

  it('converts Z and written offsets (spec: 2026-09-29T18:00:00Z is 2026-09-30 in Beijing)', () => {
    const r = parseIsoInstant('2026-09-29T18:00:00Z');
    expect(r).toEqual({ ok: true, ms: Date.UTC(2026, 8, 29, 18), offset: 'Z' });
    expect(beijingDayOfInstant(Date.UTC(2026, 8, 29, 18))).toBe(dayOf(2026, 9, 30));
    expect(parseIsoInstant('2026-10-09T10:00+0800')).toEqual({ ok: true, ms: Date.UTC(2026, 9, 9, 2), offset: 'written' });
    expect(parseIsoInstant('2026-10-09T10:00:00.123456789-05:30')).toEqual({ ok: true, ms: Date.UTC(2026, 9, 9, 15, 30, 0, 123), offset: 'written' });
  });

  it.each([
    ['2026-10-09', 'shape'],
    ['2026-10-09T10', 'shape'],
    ['2026-10-09T10:00:00.1234567890Z', 'shape'],
    ['2026-10-09T10:00:00+8', 'shape'],
    ['2026-02-30T10:00', 'date'],
    ['2026-10-09T24:00', 'time'],
    ['2026-10-09T23:60', 'time'],
    ['2026-10-09T10:00+18:30', 'offset'],
    ['2026-10-09T10:00+08:61', 'offset'],
    ['0001-01-01T07:59:59', 'range'],
    ['9999-12-31T00:00:00Z', 'range'],
  ] as const)('refuses %j: %s', (text, problem) => {
    expect(parseIsoInstant(text)).toEqual({ ok: false, problem });
  });

  it('names the first problem: a bad date before a bad time before a bad offset', () => {
    expect(parseIsoInstant('2026-02-30T24:00+19:00')).toEqual({ ok: false, problem: 'date' });
    expect(parseIsoInstant('2026-02-28T24:00+19:00')).toEqual({ ok: false, problem: 'time' });
  });

  it('the throwing edge words each problem as before, naming the field', () => {
    expect(refusal(() => parseDateInput('2026-02-30T10:00', 'from')).message).toBe('Invalid from: "2026-02-30T10:00" is not a calendar date');
    expect(refusal(() => parseDateInput('2026-10-09T24:00', 'from')).reason).toBe('has a time of day out of range');
    expect(refusal(() => parseDateInput('2026-10-09T10:00+18:30', 'from')).reason).toBe('has an offset out of range (beyond ±18:00)');
    expect(refusal(() => parseDateInput('0001-01-01T07:59:59', 'from')).reason).toBe('is outside the years 0001-9999');
    expect(refusal(() => parseDateInput(new Date(Date.UTC(10000, 0, 1)), 'at')).reason).toBe('is outside the years 0001-9999');
  });
});

describe('quarter grammar (parseQuarter)', () => {
  it('reads YYYYQn and its first day (spec: Q1 Jan, Q2 Apr, Q3 Jul, Q4 Oct)', () => {
    expect(parseQuarter('2026Q4')).toEqual({ year: 2026, quarter: 4, firstDay: dayOf(2026, 10, 1) });
    expect(parseQuarter('2027Q1')).toEqual({ year: 2027, quarter: 1, firstDay: dayOf(2027, 1, 1) });
    expect(parseQuarter('0999Q2')).toEqual({ year: 999, quarter: 2, firstDay: dayOf(999, 4, 1) });
  });

  it.each(['2026Q0', '2026Q5', '26Q1', '2026q1', '2026-Q1', '2026Q1 ', ' 2026Q1', 'x2026Q1', '2026Q12', '202aQ1', '2026QQ', ''])('refuses %j', (text) => {
    expect(parseQuarter(text)).toBeUndefined();
    expect(QUARTER_PATTERN.test(text)).toBe(false);
  });

  it('labels the quarter holding a day', () => {
    expect(quarterLabel(dayOf(2026, 8, 15))).toBe('2026Q3');
    expect(quarterLabel(dayOf(2026, 9, 30))).toBe('2026Q3');
    expect(quarterLabel(dayOf(2026, 10, 1))).toBe('2026Q4');
    expect(quarterLabel(dayOf(999, 1, 1))).toBe('0999Q1');
  });
});

describe('Beijing-day arithmetic and formatting', () => {
  it('a Beijing day runs from 00:00 to 23:59:59.999 at +08:00', () => {
    const day = dayOf(2026, 9, 30);
    expect(startOfBeijingDay(day)).toBe(Date.UTC(2026, 8, 29, 16));
    expect(endOfBeijingDay(day)).toBe(Date.UTC(2026, 8, 30, 15, 59, 59, 999));
    expect(beijingDayOfInstant(Date.UTC(2026, 8, 29, 16) - 1)).toBe(day - 1);
    expect(beijingDayOfInstant(Date.UTC(2026, 8, 29, 16))).toBe(day);
  });

  it('formats an instant in Beijing, ISO and iCalendar', () => {
    expect(formatBeijingInstant(Date.UTC(2026, 9, 10, 15, 59, 59, 999))).toBe('2026-10-10T23:59:59.999+08:00');
    expect(formatBeijingBasic(Date.UTC(2026, 9, 10, 15, 59, 59, 999))).toBe('20261010T235959');
    // Every field padded: one-digit hour, minute, second, one- and two-digit milliseconds.
    expect(formatBeijingInstant(Date.UTC(2026, 0, 8, 17, 2, 3, 4))).toBe('2026-01-09T01:02:03.004+08:00');
    expect(formatBeijingInstant(Date.UTC(2026, 0, 8, 17, 2, 3, 45))).toBe('2026-01-09T01:02:03.045+08:00');
    expect(formatBeijingInstant(Date.UTC(2026, 0, 8, 16))).toBe('2026-01-09T00:00:00.000+08:00');
  });

  it('formats every instant of the supported years as Date#toISOString does, shifted to +08:00', () => {
    // The oracle: the UTC text of the instant 8 hours later is the Beijing wall time.
    const beijing = (ms: number): string => new Date(ms + 8 * 3_600_000).toISOString().replace('Z', '+08:00');
    const samples = [
      Date.UTC(2026, 9, 10, 15, 59, 59, 999),
      dayOf(1000, 1, 1) * DAY - 8 * 3_600_000, // 1000-01-01T00:00 in Beijing: the first four-digit year
      dayOf(999, 12, 31) * DAY + 15 * 3_600_000 + 59 * 60_000 + 59_999, // 0999-12-31T23:59:59.999 in Beijing
      dayOf(1, 1, 2) * DAY, // the earliest accepted instant (year 0001)
      dayOf(9999, 12, 30) * DAY, // the latest
      dayOf(2024, 2, 29) * DAY + 12_345,
    ];
    for (let k = 0; k < 2000; k++) samples.push(dayOf(1, 1, 2) * DAY + Math.floor(((k * 7_919_993) % 100_000) / 100_000 * (dayOf(9999, 12, 30) - dayOf(1, 1, 2)) * DAY) + (k * 37) % 1000);
    for (const ms of samples) expect(formatBeijingInstant(ms), String(ms)).toBe(beijing(ms));
    expect(formatBeijingInstant(dayOf(999, 12, 31) * DAY - 8 * 3_600_000)).toBe('0999-12-31T00:00:00.000+08:00');
  });

  it('writes a number that is not a whole millisecond field by field, as before', () => {
    // Not instants the library makes; a custom rule may hand ctx.time.formatInstant anything.
    expect(formatBeijingInstant(0.5)).toBe('1970-01-01T08:00:00.0.5+08:00');
    expect(formatBeijingInstant(Number.NaN)).toBe('0NaN-NaN-NaNTNaN:NaN:NaN.NaN+08:00');
  });

  it('adds months in Beijing wall time as Luxon does in Asia/Shanghai', () => {
    for (const iso of ['2026-08-31T10:00:00+08:00', '2024-01-31T23:30:00+08:00', '2026-12-31T00:00:00+08:00', '2026-03-31T07:59:59.999+08:00']) {
      const start = DateTime.fromISO(iso, { zone: 'Asia/Shanghai' });
      for (const n of [-13, -1, 1, 6, 12, 25]) expect(addMonthsBeijing(start.toMillis(), n)).toBe(start.plus({ months: n }).toMillis());
    }
  });
});

describe('the throwing edge: a caller\'s string, Date or DateTime to numbers', () => {
  it('a bare date has no instant; an instant, a Date and a DateTime have one, dated in Beijing', () => {
    expect(parseDateInput('2026-09-30', 'date')).toEqual({ day: dayOf(2026, 9, 30), ms: undefined });
    expect(parseDateInput('2026-09-29T18:00:00Z', 'date')).toEqual({ day: dayOf(2026, 9, 30), ms: Date.UTC(2026, 8, 29, 18) });
    expect(parseDateInput(new Date(Date.UTC(2026, 8, 29, 15, 59, 59, 999)), 'date')).toEqual({ day: dayOf(2026, 9, 29), ms: Date.UTC(2026, 8, 29, 15, 59, 59, 999) });
    const dt = DateTime.fromISO('2026-09-30T00:00:00', { zone: 'Asia/Shanghai' });
    expect(parseDateInput(dt, 'date')).toEqual({ day: dayOf(2026, 9, 30), ms: Date.UTC(2026, 8, 29, 16) });
    expect(toBeijingDay('2026-09-29T18:00:00Z', 'from')).toBe(dayOf(2026, 9, 30));
  });

  it('an instant is required where the time of day matters; elsewhere a bare date is its first millisecond', () => {
    expect(toInstantMs('2026-10-09T10:00:00+08:00', 'at')).toBe(Date.UTC(2026, 9, 9, 2));
    const e = refusal(() => toInstantMs('2026-10-09', 'at'));
    expect([e.field, e.reason]).toEqual(['at', 'is a date without a time: this needs an instant such as 2026-10-09T18:00:00+08:00']);
    expect(toInstantOrDayStartMs('2026-10-09', 'doneAt')).toBe(Date.UTC(2026, 9, 8, 16));
    expect(toInstantOrDayStartMs('2026-10-09T10:00:00+08:00', 'doneAt')).toBe(Date.UTC(2026, 9, 9, 2));
  });

  it('words each refusal, naming the field', () => {
    const why = (input: unknown) => {
      const e = refusal(() => parseDateInput(input, 'when'));
      expect(e.field).toBe('when');
      return e.reason;
    };
    expect(why('2026-02-30')).toBe('is not a calendar date in the form YYYY-MM-DD');
    expect(why('2026-09-3')).toBe('is not a YYYY-MM-DD date or an ISO-8601 instant (YYYY-MM-DDTHH:mm[:ss[.sss]][Z|+08:00])');
    expect(why(new Date(Number.NaN))).toBe('is an invalid Date');
    expect(why(DateTime.fromISO('nope'))).toMatch(/^is an invalid Luxon DateTime \(/);
    expect(why(DateTime.fromMillis(Date.UTC(10000, 0, 1)))).toBe('is outside the years 0001-9999');
    expect(why(new Date(dayOf(1, 1, 2) * DAY - 1))).toBe('is outside the years 0001-9999');
    for (const input of [42, null, undefined, { date: '2026-09-30' }]) {
      expect(why(input)).toBe('is not a date: pass YYYY-MM-DD, an ISO-8601 instant, a Date or a Luxon DateTime');
    }
  });

  it('takes a Date at both ends of the range', () => {
    expect(parseDateInput(new Date(dayOf(1, 1, 2) * DAY), 'when').ms).toBe(dayOf(1, 1, 2) * DAY);
    expect(parseDateInput(new Date(dayOf(9999, 12, 30) * DAY), 'when').day).toBe(dayOf(9999, 12, 30));
  });
});
