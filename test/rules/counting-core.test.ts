// The counting core (computeDue / requestReplyDeadline) at its edges. Expected dates come from the
// spec (quarter checkpoints, annual-report dates, in-force dates) and from the chinese-days oracle
// (working days), never from the library's own output.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { indexOf } from '../../src/calendar/calendar.js';
import { formatEpochDay, parseIsoDate } from '../../src/calendar/days.js';
import { defaultCalendar, requestReplyDeadline } from '../../src/index.js';
import { deadlineEntry } from '../../src/rules/catalog.js';
import { computeDue, fixedDueDay, quarterLabel } from '../../src/rules/periods.js';
import { requestReplyWithNumbers } from '../../src/rules/request-timeline.js';
import { eachDate, oracleAddWorkdays, oracleIsWorkday } from '../calendar/oracle.js';
import { refusal } from '../refusal.js';
import { FIRST_UNCOVERED_YEAR, lastCoveredDate } from '../coverage-year.js';

let ix!: ReturnType<typeof indexOf>;
beforeAll(() => {
  ix = indexOf(defaultCalendar);
});
const day = (iso: string) => parseIsoDate(iso) as number;
const due = (...args: Parameters<typeof computeDue>) => formatEpochDay(computeDue(...args).dueDay);

describe('fixed dates', () => {
  it('the self-inspection checkpoint is the 15th of the quarter’s second month, from any day of the quarter (spec)', () => {
    const cases: [string, string][] = [
      ['2026-01-01', '2026-02-15'], ['2026-03-20', '2026-02-15'], ['2026-04-01', '2026-05-15'], ['2026-06-30', '2026-05-15'],
      ['2026-07-01', '2026-08-15'], ['2026-09-30', '2026-08-15'], ['2026-10-01', '2026-11-15'], ['2026-12-31', '2026-11-15'],
    ];
    for (const [d, want] of cases) {
      const r = computeDue('deyang-2018/art32-self-inspection', { day: day(d) });
      expect([formatEpochDay(r.dueDay), r.unit, r.amount, r.provisional, r.provisionalYears]).toEqual([want, 'fixed', 0, false, []]);
    }
  });

  it('quarterLabel names the quarter of every month', () => {
    const months = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];
    expect(months.map((m) => quarterLabel(day(`2026-${m}-10`)))).toEqual(['2026Q1', '2026Q1', '2026Q1', '2026Q2', '2026Q2', '2026Q2', '2026Q3', '2026Q3', '2026Q3', '2026Q4', '2026Q4', '2026Q4']);
  });

  it('annual reports: January 31 for a department, March 31 for a government (spec); the Deyang report has no government variant', () => {
    expect(due('ogi-2019/art49-annual-report', { day: day('2026-06-01') })).toBe('2027-01-31');
    expect(due('ogi-2019/art49-annual-report', { day: day('2026-06-01') }, { issuer: 'department' })).toBe('2027-01-31');
    expect(due('ogi-2019/art49-annual-report', { day: day('2026-06-01') }, { issuer: 'government' })).toBe('2027-03-31');
    expect(due('deyang-2018/art33-annual-report', { day: day('2026-06-01') }, { issuer: 'government' })).toBe('2027-01-31');
  });

  it('a quarter or year whose due date is before the measures took effect is refused, naming it', () => {
    const q = refusal(() => computeDue('deyang-2018/art32-self-inspection', { day: day('2017-10-01') }));
    expect([q.field, q.value]).toEqual(['quarter', '2017Q4']);
    expect(q.message).toMatch(/is before deyang-2018\/art32-self-inspection took effect on 2018-01-25/);
    const y = refusal(() => computeDue('deyang-2018/art33-annual-report', { day: day('2016-06-01') }));
    expect([y.field, y.value]).toEqual(['year', 2016]);
  });
});

describe('hour rules', () => {
  it('need an instant: a bare date is refused, naming from and the period', () => {
    const e = refusal(() => computeDue('deyang-2018/art29-incident-report', { day: day('2026-10-09') }));
    expect([e.field, e.value]).toEqual(['from', '2026-10-09']);
    expect(e.message).toMatch(/is a date without a time: deyang-2018\/art29-incident-report counts 24 hours/);
  });
  it('an event before the measures took effect is refused with its instant', () => {
    const e = refusal(() => computeDue('deyang-2018/art24-activity', { ms: Date.parse('2017-12-31T10:00:00+08:00') }));
    expect([e.field, e.value]).toEqual(['from', '2017-12-31T10:00:00.000+08:00']);
  });
});

describe('in-force dates of the disclosure regulations (spec: 2019 from 2019-05-15, 2008 before)', () => {
  it('the boundary day belongs to the 2019 regulation', () => {
    expect(due('ogi-2019/art33-reply', { day: day('2019-05-15') }, { index: ix })).toBe(oracleAddWorkdays('2019-05-15', 20));
    expect(due('ogi-2008/art24-reply', { day: day('2019-05-14') }, { index: ix })).toBe(oracleAddWorkdays('2019-05-14', 15));
    const early = refusal(() => computeDue('ogi-2019/art33-reply', { day: day('2019-05-14') }, { index: ix }));
    expect(early.message).toMatch(/is before ogi-2019\/art33-reply took effect on 2019-05-15: .*2008.* applies/);
    const late = refusal(() => computeDue('ogi-2008/art24-reply', { day: day('2019-05-15') }, { index: ix }));
    expect(late.message).toMatch(/is after ogi-2008\/art24-reply ceased to apply \(last day 2019-05-14\): ogi-2019\/art33-reply applies/);
  });

  it('a refused event names the field from and the date it was given', () => {
    const early = refusal(() => computeDue('ogi-2019/art33-reply', { day: day('2019-05-14') }, { index: ix }));
    expect([early.field, early.value]).toEqual(['from', '2019-05-14']);
    const late = refusal(() => computeDue('ogi-2008/art24-reply', { day: day('2019-05-15') }, { index: ix }));
    expect([late.field, late.value]).toEqual(['from', '2019-05-15']);
  });

  it('before the Deyang measures took effect (2018-01-25) no rule of the catalog applies, and the refusal says so', () => {
    const e = refusal(() => computeDue('deyang-2018/art24-policy-document', { day: day('2018-01-24') }, { index: ix }));
    expect([e.field, e.value]).toEqual(['from', '2018-01-24']);
    expect(e.message).toMatch(/ is before deyang-2018\/art24-policy-document took effect on 2018-01-25: no rule in this catalog applies$/);
    // Art. 24(2): 3 working days.
    expect(due('deyang-2018/art24-policy-document', { day: day('2018-01-25') }, { index: ix })).toBe(oracleAddWorkdays('2018-01-25', 3));
  });
});

describe('options of working-day rules', () => {
  const from = { day: day('2026-09-01') };
  it('complex applies only where the rule has a complex period', () => {
    expect(due('deyang-2018/art25-opinion-feedback', from, { index: ix, complex: true })).toBe(oracleAddWorkdays('2026-09-01', 15));
    const e = refusal(() => computeDue('deyang-2018/art24-policy-document', from, { index: ix, complex: true }));
    expect([e.field, e.value, e.message]).toEqual(['complex', true, 'Invalid complex: true does not apply to deyang-2018/art24-policy-document']);
  });
  it('an extension adds up to the cap and no more', () => {
    expect(due('ogi-2019/art33-reply', from, { index: ix, extension: 20 })).toBe(oracleAddWorkdays('2026-09-01', 40));
    expect(due('ogi-2019/art33-reply', from, { index: ix, extension: 1 })).toBe(oracleAddWorkdays('2026-09-01', 21));
    expect(due('ogi-2019/art33-reply', from, { index: ix, extension: 0 })).toBe(oracleAddWorkdays('2026-09-01', 20));
    for (const bad of [21, -1, 1.5]) {
      const e = refusal(() => computeDue('ogi-2019/art33-reply', from, { index: ix, extension: bad }));
      expect([e.field, e.value]).toEqual(['extended', bad]);
      expect(e.message).toMatch(/exceeds the cap: ogi-2019\/art33-reply allows an extension of at most 20 working days/);
    }
    const none = refusal(() => computeDue('deyang-2018/art24-policy-document', from, { index: ix, extension: 3 }));
    expect([none.field, none.value]).toEqual(['extended', 3]);
    expect(none.message).toMatch(/its period cannot be extended/);
  });
  it('another law’s period replaces the default only where the rule allows it', () => {
    expect(due('deyang-2018/art24-proactive', from, { index: ix, period: { unit: 'workday', amount: 10 } })).toBe(oracleAddWorkdays('2026-09-01', 10));
    const days = computeDue('deyang-2018/art24-proactive', from, { period: { unit: 'day', amount: 30 } });
    expect([formatEpochDay(days.dueDay), days.unit, days.amount, days.provisional]).toEqual(['2026-10-01', 'day', 30, false]);
    const e = refusal(() => computeDue('deyang-2018/art24-policy-document', from, { index: ix, period: { unit: 'day', amount: 5 } }));
    expect(e.field).toBe('options.period');
    expect(e.message).toMatch(/has a fixed period/);
  });
  it('an extension of 0 is no extension: accepted by a rule whose period cannot be extended', () => {
    expect(due('deyang-2018/art24-policy-document', from, { index: ix, extension: 0 })).toBe(oracleAddWorkdays('2026-09-01', 3));
  });
  it('a calendar-day period may end on 9999-12-31, the last date the library represents, and no later', () => {
    const plus30 = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
    expect(due('deyang-2018/art15-migration-notice', { day: day('9999-12-01') })).toBe(plus30('9999-12-01'));
    const e = refusal(() => computeDue('deyang-2018/art15-migration-notice', { day: day('9999-12-02') }));
    expect([e.field, e.value]).toEqual(['from', '9999-12-02']);
    expect(e.message).toMatch(/gives a due date after 9999-12-31 \(30 days later\)/);
  });
  it('fixedDueDay of a rule that has no fixed date is an internal error, not a date', () => {
    expect(() => fixedDueDay(deadlineEntry('deyang-2018/art24-policy-document'), day('2026-09-01'))).toThrow('internal: deyang-2018/art24-policy-document is not a fixed-date rule');
  });
  it('a working-day rule without a calendar index is an internal error, not a wrong answer', () => {
    expect(() => computeDue('deyang-2018/art24-policy-document', from)).toThrow(/needs a calendar index/);
  });
  it('names only the provisional years the count ran through', () => {
    const pix = indexOf(defaultCalendar.provisional({ through: FIRST_UNCOVERED_YEAR + 3 }));
    const r = computeDue('deyang-2018/art24-policy-document', { day: day(`${FIRST_UNCOVERED_YEAR + 1}-01-01`) }, { index: pix });
    expect([r.provisional, r.provisionalYears]).toEqual([true, [FIRST_UNCOVERED_YEAR + 1]]);
    const across = computeDue('ogi-2019/art33-reply', { day: day(lastCoveredDate('12-15')) }, { index: pix, extension: 20 });
    expect([across.provisional, across.provisionalYears]).toEqual([true, [FIRST_UNCOVERED_YEAR]]);
  });
});

describe('requestReplyDeadline against a day-by-day oracle walk', () => {
  // 20 working days (15 before 2019-05-15) after the start, skipping working days inside any consultation.
  function oracleReply(start: string, amount: number, pauses: [string, string][]) {
    const inPause = (d: string) => pauses.some(([a, b]) => a <= d && d <= b);
    let counted = 0;
    let paused = 0;
    let t = Date.parse(`${start}T00:00:00Z`);
    let d = start;
    while (counted < amount) {
      t += 86_400_000;
      d = new Date(t).toISOString().slice(0, 10);
      if (!oracleIsWorkday(d)) continue;
      if (inPause(d)) paused++;
      else counted++;
    }
    return { dueDate: d, paused };
  }
  const START = Date.parse('2025-01-01T00:00:00Z');
  const iso = (offset: number) => new Date(START + offset * 86_400_000).toISOString().slice(0, 10);

  it('consultations, overlapping, adjacent, before the start or straddling it, move the deadline by exactly their working days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.array(fc.tuple(fc.integer({ min: -15, max: 60 }), fc.integer({ min: 0, max: 12 })), { maxLength: 4 }),
        fc.boolean(),
        (s, rawPauses, extended) => {
          const start = iso(s);
          const pauses = rawPauses.map(([a, len]) => [iso(s + a), iso(s + a + len)] as [string, string]);
          const r = requestReplyDeadline({ receivedAt: start, consultations: pauses.map(([from, to]) => ({ from, to })), ...(extended ? { extended: true } : {}) });
          const want = oracleReply(start, extended ? 40 : 20, pauses);
          expect([r.dueDate, r.pausedWorkdays, r.extension, r.start, r.receivedDate]).toEqual([want.dueDate, want.paused, extended ? 20 : 0, start, start]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the regulation is picked by the receipt date', () => {
    const before = requestReplyDeadline({ receivedAt: '2019-05-14' });
    expect([before.regulation, before.rule, before.dueDate]).toEqual(['ogi-2008', 'ogi-2008/art24-reply', oracleAddWorkdays('2019-05-14', 15)]);
    const on = requestReplyDeadline({ receivedAt: '2019-05-15' });
    expect([on.regulation, on.rule, on.dueDate]).toEqual(['ogi-2019', 'ogi-2019/art33-reply', oracleAddWorkdays('2019-05-15', 20)]);
    expect(requestReplyDeadline({ receivedAt: '2018-09-30', extended: true }).extension).toBe(15);
  });

  it('refuses, naming the field: an extension over the cap, a correction out of order, a consultation ending before it starts, a period option', () => {
    const cases: [() => unknown, string, RegExp][] = [
      [() => requestReplyDeadline({ receivedAt: '2026-09-01', extended: 21 }), 'extended', /exceeds the cap: ogi-2019\/art33-reply allows an extension of at most 20/],
      [() => requestReplyDeadline({ receivedAt: '2018-09-03', extended: 16 }), 'extended', /at most 15/],
      [() => requestReplyDeadline({ receivedAt: '2026-09-10', correction: { requestedAt: '2026-09-09', correctedReceivedAt: '2026-09-20' } }), 'correction.requestedAt', /is before the request was received \(2026-09-10\)/],
      [() => requestReplyDeadline({ receivedAt: '2026-09-10', correction: { requestedAt: '2026-09-12', correctedReceivedAt: '2026-09-11' } }), 'correction.correctedReceivedAt', /is before the correction was requested \(2026-09-12\)/],
      [() => requestReplyDeadline({ receivedAt: '2026-09-10', consultations: [{ from: '2026-09-20', to: '2026-09-25' }, { from: '2026-09-20', to: '2026-09-19' }] }), 'consultations[1].to', /is before consultations\[1\]\.from \(2026-09-20\)/],
      [() => requestReplyDeadline({ receivedAt: '2026-09-10' }, { period: { unit: 'day', amount: 5 } } as never), 'options.period', /does not apply to a reply deadline/],
      [() => requestReplyDeadline({ receivedAt: '2026-02-30' }), 'receivedAt', /calendar date/],
      [() => requestReplyDeadline({ receivedAt: '2026-09-10', consultations: [{ from: 'x', to: '2026-09-19' }] }), 'consultations[0].from', /not a YYYY-MM-DD/],
      [() => requestReplyDeadline({ receivedAt: '2026-09-10', consultations: [{ from: '2026-09-19', to: 'x' }] }), 'consultations[0].to', /not a YYYY-MM-DD/],
      [() => requestReplyDeadline({ receivedAt: '2026-09-10', correction: { requestedAt: 'x', correctedReceivedAt: '2026-09-20' } }), 'correction.requestedAt', /not a YYYY-MM-DD/],
      [() => requestReplyDeadline({ receivedAt: '2026-09-10', correction: { requestedAt: '2026-09-12', correctedReceivedAt: 'x' } }), 'correction.correctedReceivedAt', /not a YYYY-MM-DD/],
      [() => requestReplyDeadline({ receivedAt: '2026-09-10', extended: -1 }), 'input.extended', /./],
      [() => requestReplyDeadline({ receivedAt: '2008-04-30' }), 'receivedAt', /is before ogi-2008\/art24-reply took effect on 2008-05-01/],
    ];
    for (const [fn, field, reason] of cases) {
      const e = refusal(fn);
      expect(e.field).toBe(field);
      expect(e.message).toMatch(reason);
    }
  });

  it('an extension of exactly the cap is allowed: 20 working days, 15 under the 2008 regulation', () => {
    expect(requestReplyDeadline({ receivedAt: '2026-09-01', extended: 20 }).dueDate).toBe(oracleAddWorkdays('2026-09-01', 40));
    expect(requestReplyDeadline({ receivedAt: '2018-09-03', extended: 15 }).dueDate).toBe(oracleAddWorkdays('2018-09-03', 30));
  });

  it('the period runs from the day after the start: a request received on a provisional year’s last day touches only the next year', () => {
    const received = `${FIRST_UNCOVERED_YEAR}-12-31`;
    const r = requestReplyDeadline({ receivedAt: received }, { provisional: true });
    expect([r.provisional, r.provisionalYears]).toEqual([true, [FIRST_UNCOVERED_YEAR + 1]]);
  });

  it('the numbers behind a corrected request start at the corrected receipt (Beijing midnight)', () => {
    const { numbers, result } = requestReplyWithNumbers({ receivedAt: '2026-09-01', correction: { requestedAt: '2026-09-03', correctedReceivedAt: '2026-09-30' } });
    expect(numbers.startMs).toBe(Date.parse('2026-09-30T00:00:00+08:00'));
    expect(numbers.deadlineMs).toBe(Date.parse(`${oracleAddWorkdays('2026-09-30', 20)}T23:59:59.999+08:00`));
    expect(result.dueDate).toBe(oracleAddWorkdays('2026-09-30', 20));
  });

  it('a correction restarts the clock from the corrected request’s receipt', () => {
    const r = requestReplyDeadline({ receivedAt: '2026-09-01', correction: { requestedAt: '2026-09-03', correctedReceivedAt: '2026-09-30' } });
    expect([r.start, r.receivedDate, r.dueDate]).toEqual(['2026-09-30', '2026-09-01', oracleAddWorkdays('2026-09-30', 20)]);
    expect(eachDate('2026-09-01', '2026-09-30').length).toBe(30);
  });
});
