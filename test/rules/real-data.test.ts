/**
 * Issue 12, real site data: deadlines whose inputs reach past the calendar's coverage in places
 * the answer does not need. Expected dates come from the oracle (chinese-days), not our index.
 */
import { describe, expect, it } from 'vitest';
import { assess, CalendarCoverageError, InvalidInputError, policyDocumentDeadline, requestReplyDeadline } from '../../src/index.js';
import { eachDate, oracleAddWorkdays, oracleIsWorkday } from '../calendar/oracle.js';
import { LAST_COVERED_YEAR, lastCoveredDate, uncoveredDate } from '../coverage-year.js';
import { thrown } from '../refusal.js';

describe('requestReplyDeadline: a consultation after the due date changes nothing', () => {
  // Received on the calendar's last 11-28 (2026: due 2026-12-25), consulted in January of the next year.
  const received = lastCoveredDate('11-28');
  it('received on 11-28, consulted in the next January (beyond the calendar): due on the 20th working day, as without it', () => {
    const expected = oracleAddWorkdays(received, 20);
    expect(expected.startsWith(`${LAST_COVERED_YEAR}-12-`)).toBe(true);
    const r = requestReplyDeadline({ receivedAt: received, consultations: [{ from: uncoveredDate('01-04'), to: uncoveredDate('01-21') }] });
    expect(r.dueDate).toBe(expected);
    expect(r.pausedWorkdays).toBe(0);
    expect(r).toEqual(requestReplyDeadline({ receivedAt: received }));
  });

  it('a consultation starting the day after the due date is skipped too; one starting on it still needs the next year', () => {
    const due = oracleAddWorkdays(received, 20);
    const dayAfter = eachDate(due, lastCoveredDate())[1] as string;
    expect(requestReplyDeadline({ receivedAt: received, consultations: [{ from: dayAfter, to: uncoveredDate('02-01') }] }).dueDate).toBe(due);
    expect(() => requestReplyDeadline({ receivedAt: received, consultations: [{ from: due, to: uncoveredDate('02-01') }] })).toThrow(CalendarCoverageError);
  });
});

describe('requestReplyDeadline: the regulation in force at receipt', () => {
  it('2019-05-14 → 2008 regulation, 2019-05-15 → 2019, before 2008-05-01 → outside both (typed refusal)', () => {
    expect(requestReplyDeadline({ receivedAt: '2019-05-14' }).regulation).toBe('ogi-2008');
    expect(requestReplyDeadline({ receivedAt: '2019-05-15' }).regulation).toBe('ogi-2019');
    expect(() => requestReplyDeadline({ receivedAt: '2008-04-30' })).toThrow(InvalidInputError);
  });
});

describe('assess: now past the calendar on a deadline already overdue inside it', () => {
  const d = policyDocumentDeadline({ from: lastCoveredDate('12-20') });
  const dueDate = oracleAddWorkdays(lastCoveredDate('12-20'), 3);
  // Working days after the due date that the calendar knows (the oracle's count to its last day, Dec 31).
  const february = `${uncoveredDate('02-01')}T09:00:00+08:00`;
  const lastDay = `${lastCoveredDate()}T09:00:00+08:00`;
  const known = eachDate(dueDate, lastCoveredDate()).slice(1).filter(oracleIsWorkday).length;

  it('answers overdue with the lateness counted as far as the calendar goes, marked as a lower bound', () => {
    expect(d.dueDate).toBe(dueDate);
    const a = assess(d, { now: february });
    expect(a.status).toBe('overdue');
    expect(a.late?.unit).toBe('workday');
    expect(a.late?.amount).toBe(known + 1);
    expect(a.late?.atLeast).toBe(true);
    expect(a.late?.ms).toBe(Date.parse(february) - Date.parse(d.deadline));
  });

  it('an act done past the calendar is late, also as a lower bound; inside the calendar no atLeast', () => {
    const a = assess(d, { doneAt: `${uncoveredDate('01-15')}T09:00:00+08:00`, now: february });
    expect(a.status).toBe('late');
    expect(a.late?.atLeast).toBe(true);
    const inside = assess(d, { now: lastDay });
    expect(inside.status).toBe('overdue');
    expect(inside.late).toEqual({ amount: known, unit: 'workday', ms: Date.parse(lastDay) - Date.parse(d.deadline) });
  });

  it('due on the calendar’s last day and overdue past it: no working day known after the due date, so at least 1', () => {
    const last = lastCoveredDate();
    const onLast = { rule: 'deyang-2018/art24-policy-document', unit: 'workday' as const, dueDate: last, deadline: `${last}T23:59:59.999+08:00` };
    const a = assess(onLast, { now: february });
    expect(a.status).toBe('overdue');
    expect(a.late).toEqual({ amount: 1, unit: 'workday', ms: Date.parse(february) - Date.parse(onLast.deadline), atLeast: true });
  });

  it('a deadline due past the calendar (a provisional answer) is not counted as a lower bound: it needs provisional mode', () => {
    const p = policyDocumentDeadline({ from: uncoveredDate('01-04') }, { provisional: true });
    expect(p.provisional).toBe(true);
    const now = `${uncoveredDate('03-01')}T09:00:00+08:00`;
    thrown(() => assess(p, { now }), CalendarCoverageError);
    const a = assess(p, { now }, { provisional: true });
    expect(a.status).toBe('overdue');
    expect(a.late?.atLeast).toBeUndefined();
  });

  it('a deadline not yet passed at the end of the calendar is still pending (no coverage needed)', () => {
    expect(assess(d, { now: d.deadline }).status).toBe('pending');
  });
});

describe('obligations: an event overdue inside the calendar, now past it', () => {
  it('is overdue, with its lateness as a lower bound', async () => {
    const { obligations } = await import('../../src/index.js');
    const r = obligations([{ id: 'doc', rule: 'deyang-2018/art24-policy-document', from: lastCoveredDate('12-20') }], { now: `${uncoveredDate('02-01')}T09:00:00+08:00` });
    expect(r.items[0]?.state).toBe('overdue');
    expect(r.items[0]?.late?.atLeast).toBe(true);
  });
});
