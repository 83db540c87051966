/**
 * Property tests for every working-day rule, the hour rules, the request timeline (correction,
 * consultation, extension) and assess. Expected values come from the chinese-days oracle.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, catalog, CalendarCoverageError, deadline, InvalidInputError, requestReplyDeadline } from '../../src/index.js';
import { timelinessAt } from '../../src/rules/assess.js';
import { eachDate, oracleAddWorkdays, oracleIsWorkday } from '../calendar/oracle.js';
import { junk } from '../junk.js';
import { lastCoveredDate } from '../coverage-year.js';

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const dateBetween = (from: string, to: string) =>
  fc.integer({ min: Date.parse(`${from}T00:00:00Z`) / DAY, max: Date.parse(`${to}T00:00:00Z`) / DAY }).map((d) => iso(d * DAY));
const plusDays = (date: string, n: number) => iso(Date.parse(`${date}T00:00:00Z`) + n * DAY);
/** Oracle working days in the closed range [from, to]. */
const oracleCount = (from: string, to: string) => (to < from ? 0 : eachDate(from, to).filter(oracleIsWorkday).length);

const RUNS = { numRuns: 150 };

const workdayRules = catalog.filter((e) => e.kind === 'deadline' && e.parameters.unit === 'workday');

describe('every working-day rule', () => {
  it('covers the expected rules', () => {
    expect(workdayRules.length).toBe(10);
  });

  for (const e of workdayRules) {
    const p = e.parameters as { amount: number; complexAmount?: number };
    const [lo, hi] = e.document === 'ogi-2008' ? ['2011-01-01', '2019-05-14'] : ['2019-05-15', '2026-09-30'];
    it(`${e.id}: dueDate is the ${p.amount}-th oracle working day after the event; the deadline is its end`, () => {
      fc.assert(
        fc.property(dateBetween(lo!, hi!), fc.boolean(), (date, complex) => {
          const n = complex && p.complexAmount !== undefined ? p.complexAmount : p.amount;
          const input = complex && p.complexAmount !== undefined ? { from: date, complex: true } : { from: date };
          const r = deadline(junk(e.id), junk(input));
          const want = oracleAddWorkdays(date, n);
          expect(r.dueDate).toBe(want);
          expect(oracleIsWorkday(r.dueDate)).toBe(true);
          expect(oracleCount(plusDays(date, 1), r.dueDate)).toBe(n);
          expect(r.deadline).toBe(`${want}T23:59:59.999+08:00`);
          expect(r.start).toBe(date);
          expect(r.provisional).toBe(false);
        }),
        RUNS,
      );
    });
  }

  it('an instant anywhere in the Beijing day gives the same answer as the date', () => {
    fc.assert(
      fc.property(dateBetween('2019-05-15', '2026-09-30'), fc.integer({ min: 0, max: DAY - 1 }), (date, offset) => {
        const instant = new Date(Date.parse(`${date}T00:00:00+08:00`) + offset);
        expect(deadline('deyang-2018/art24-policy-document', { from: instant })).toEqual(deadline('deyang-2018/art24-policy-document', { from: date }));
      }),
      RUNS,
    );
  });
});

describe('hour rules', () => {
  for (const id of ['deyang-2018/art24-activity', 'deyang-2018/art29-incident-report'] as const) {
    it(`${id}: the deadline is exactly 24 h after the instant, whatever the input offset`, () => {
      fc.assert(
        fc.property(fc.integer({ min: Date.parse('2018-02-01T00:00:00Z'), max: Date.parse('2040-01-01T00:00:00Z') }), (t) => {
          const r = deadline(id, { from: new Date(t).toISOString() });
          expect(Date.parse(r.deadline) - t).toBe(24 * 3_600_000);
          expect(Date.parse(r.start)).toBe(t);
          expect(r.deadline.endsWith('+08:00')).toBe(true);
          expect(r.dueDate).toBe(new Date(t + 32 * 3_600_000).toISOString().slice(0, 10));
        }),
        RUNS,
      );
    });
  }
});

describe('request timeline', () => {
  const received = dateBetween('2019-05-15', '2026-06-30');

  it('without events it is the reply rule in force at receipt', () => {
    fc.assert(
      fc.property(dateBetween('2011-01-01', '2026-06-30'), (date) => {
        const r = requestReplyDeadline({ receivedAt: date });
        const n = date >= '2019-05-15' ? 20 : 15;
        expect(r.rule).toBe(date >= '2019-05-15' ? 'ogi-2019/art33-reply' : 'ogi-2008/art24-reply');
        expect(r.dueDate).toBe(oracleAddWorkdays(date, n));
      }),
      RUNS,
    );
  });

  it('a correction restarts the clock from the corrected request’s receipt', () => {
    fc.assert(
      fc.property(received, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 60 }), (date, ask, wait) => {
        const requestedAt = plusDays(date, ask);
        const correctedReceivedAt = plusDays(requestedAt, wait);
        const r = requestReplyDeadline({ receivedAt: date, correction: { requestedAt, correctedReceivedAt } });
        expect(r.start).toBe(correctedReceivedAt);
        expect(r.dueDate).toBe(oracleAddWorkdays(correctedReceivedAt, 20));
        expect(r.dueDate).toBe(requestReplyDeadline({ receivedAt: correctedReceivedAt }).dueDate);
      }),
      RUNS,
    );
  });

  it('a consultation of k working days inside the period moves the deadline by exactly k working days', () => {
    fc.assert(
      fc.property(received, fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 40 }), (date, startAfter, length) => {
        const base = oracleAddWorkdays(date, 20);
        const from = plusDays(date, startAfter);
        fc.pre(from <= base);
        const to = plusDays(from, length);
        const k = oracleCount(from, to);
        const r = requestReplyDeadline({ receivedAt: date, consultations: [{ from, to }] });
        expect(r.pausedWorkdays).toBe(k);
        expect(oracleCount(plusDays(base, 1), r.dueDate)).toBe(k);
        expect(oracleIsWorkday(r.dueDate) || k === 0).toBe(true);
        expect(r.dueDate).toBe(k === 0 ? base : oracleAddWorkdays(base, k));
      }),
      RUNS,
    );
  });

  it('a consultation after the deadline moves nothing; overlapping consultations count once', () => {
    const base = oracleAddWorkdays('2026-03-02', 20);
    expect(requestReplyDeadline({ receivedAt: '2026-03-02', consultations: [{ from: plusDays(base, 1), to: plusDays(base, 30) }] }).dueDate).toBe(base);
    const one = requestReplyDeadline({ receivedAt: '2026-03-02', consultations: [{ from: '2026-03-09', to: '2026-03-13' }] });
    const overlapping = requestReplyDeadline({
      receivedAt: '2026-03-02',
      consultations: [
        { from: '2026-03-11', to: '2026-03-13' },
        { from: '2026-03-09', to: '2026-03-12' },
      ],
    });
    expect(overlapping.dueDate).toBe(one.dueDate);
    expect(one.pausedWorkdays).toBe(oracleCount('2026-03-09', '2026-03-13'));
  });

  it('the extension never exceeds its cap', () => {
    fc.assert(
      fc.property(received, fc.integer({ min: 0, max: 40 }), (date, k) => {
        if (k > 20) {
          expect(() => requestReplyDeadline({ receivedAt: date, extended: k })).toThrow(InvalidInputError);
          return;
        }
        const r = requestReplyDeadline({ receivedAt: date, extended: k });
        const full = requestReplyDeadline({ receivedAt: date, extended: true });
        expect(r.extension).toBe(k);
        expect(r.dueDate).toBe(oracleAddWorkdays(date, 20 + k));
        expect(r.dueDate <= full.dueDate).toBe(true);
        expect(full.dueDate).toBe(oracleAddWorkdays(date, 40));
        expect(oracleCount(plusDays(oracleAddWorkdays(date, 20), 1), full.dueDate)).toBe(20);
      }),
      RUNS,
    );
    expect(requestReplyDeadline({ receivedAt: '2018-03-01', extended: true }).dueDate).toBe(oracleAddWorkdays('2018-03-01', 30));
    expect(() => requestReplyDeadline({ receivedAt: '2018-03-01', extended: 16 })).toThrow(/at most 15/);
  });

  it('refuses an inconsistent timeline, naming the field', () => {
    expect(() => requestReplyDeadline({ receivedAt: '2026-03-02', correction: { requestedAt: '2026-03-01', correctedReceivedAt: '2026-03-05' } })).toThrow(
      /correction\.requestedAt/,
    );
    expect(() => requestReplyDeadline({ receivedAt: '2026-03-02', correction: { requestedAt: '2026-03-03', correctedReceivedAt: '2026-03-02' } })).toThrow(
      /correction\.correctedReceivedAt/,
    );
    expect(() => requestReplyDeadline({ receivedAt: '2026-03-02', consultations: [{ from: '2026-03-09', to: '2026-03-08' }] })).toThrow(/consultations\[0\]\.to/);
    expect(() => requestReplyDeadline({ receivedAt: '2026-02-30' })).toThrow(/2026-02-30/);
    expect(() => requestReplyDeadline({ receivedAt: '2008-04-30' })).toThrow(/2008-05-01/);
    expect(() => requestReplyDeadline({ receivedAt: lastCoveredDate('12-10') })).toThrow(CalendarCoverageError);
  });
});

describe('assess', () => {
  const due = (date: string) => deadline('deyang-2018/art33-error-correction', { from: date });

  it('on time iff done at or before the deadline instant; late otherwise, by the oracle’s working days', () => {
    fc.assert(
      fc.property(dateBetween('2019-05-15', '2026-09-30'), fc.integer({ min: -5 * DAY, max: 30 * DAY }), (date, offset) => {
        const d = due(date);
        const deadlineMs = Date.parse(d.deadline);
        const doneMs = deadlineMs + offset;
        const a = assess(d, { doneAt: new Date(doneMs), now: new Date(doneMs + DAY) });
        if (offset <= 0) {
          expect(a.status).toBe('on-time');
          expect(a.late).toBeUndefined();
          return;
        }
        expect(a.status).toBe('late');
        const doneDay = iso(doneMs + 8 * 3_600_000);
        // The act counts as done on the first working day on or after its day.
        let counted = doneDay;
        while (!oracleIsWorkday(counted)) counted = plusDays(counted, 1);
        expect(a.late).toEqual({ amount: oracleCount(plusDays(d.dueDate, 1), counted), unit: 'workday', ms: offset });
        expect(a.late!.amount).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 100 },
    );
  });

  it('pending until the deadline, overdue after, with lateness at now', () => {
    const d = due('2026-09-30'); // 2026-10-10
    expect(assess(d, { now: '2026-10-10T23:59:59.999+08:00' })).toEqual({ rule: d.rule, status: 'pending', deadline: d.deadline });
    expect(assess(d, { now: '2026-10-11T00:00:00+08:00' })).toMatchObject({ status: 'overdue', late: { amount: 1, unit: 'workday', ms: 1 } });
    expect(assess(d, { now: '2026-10-12' })).toMatchObject({ status: 'overdue', late: { amount: 1 } });
  });

  it('hour rules: started hours late, and an instant is required', () => {
    const d = deadline('deyang-2018/art24-activity', { from: '2026-10-09T18:00:00+08:00' });
    expect(assess(d, { doneAt: '2026-10-10T18:00:00+08:00', now: '2026-10-11T00:00:00+08:00' }).status).toBe('on-time');
    expect(assess(d, { doneAt: '2026-10-10T18:00:00.001+08:00', now: '2026-10-11T00:00:00+08:00' }).late).toEqual({ amount: 1, unit: 'hour', ms: 1 });
    expect(assess(d, { doneAt: '2026-10-10T20:30:00+08:00', now: '2026-10-11T00:00:00+08:00' }).late).toMatchObject({ amount: 3, unit: 'hour' });
    expect(() => assess(d, { now: '2026-10-11' })).toThrow(/"2026-10-11"/);
  });

  it('fixed and calendar-day rules: calendar days late', () => {
    const d = deadline('deyang-2018/art32-self-inspection', { quarter: '2026Q3' });
    expect(assess(d, { doneAt: '2026-08-17T10:00:00+08:00', now: '2026-09-01T00:00:00+08:00' }).late).toMatchObject({ amount: 2, unit: 'day' });
    expect(assess(d, { doneAt: '2026-08-15', now: '2026-09-01' }).status).toBe('on-time');
  });

  it('an act recorded after the moment of judgement is judged as not done then (timelinessAt)', () => {
    // Deadline at 500: at 200 an act recorded at 300 is still pending; at 600 one recorded at 700 is overdue.
    expect(timelinessAt(300, 500, 200)).toBe('pending');
    expect(timelinessAt(700, 500, 600)).toBe('overdue');
    expect(timelinessAt(500, 500, 600)).toBe('on-time');
    expect(timelinessAt(501, 500, 600)).toBe('late');
  });

  it('an assessment on time or pending has no late key at all', () => {
    const d = due('2026-09-30'); // 2026-10-10
    expect(Object.keys(assess(d, { now: '2026-10-09T12:00:00+08:00' }))).toEqual(['rule', 'status', 'deadline']);
    expect(Object.keys(assess(d, { doneAt: '2026-10-09', now: '2026-10-12' }))).toEqual(['rule', 'status', 'deadline']);
    expect(Object.keys(assess(d, { doneAt: '2026-10-12', now: '2026-10-12' }))).toEqual(['rule', 'status', 'deadline', 'late']);
  });

  it('refuses doneAt after now and a malformed deadline', () => {
    const d = due('2026-09-30');
    expect(() => assess(d, { doneAt: '2026-10-12T00:00:00+08:00', now: '2026-10-11T00:00:00+08:00' })).toThrow(/doneAt/);
    expect(() => assess({ ...d, deadline: 'garbage' }, { now: '2026-10-11' })).toThrow(/garbage/);
    expect(() => assess({ ...d, unit: 'weeks' } as never, { now: '2026-10-11' })).toThrow(/deadline\.unit/);
  });
});
