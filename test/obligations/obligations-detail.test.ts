/**
 * obligations() in detail: order, the due-soon window, inputs passed through, dates done, and the
 * fields its refusals name. Working days: 2026-11-23..25 are Monday to Wednesday (no holiday in
 * November 2026).
 */
import { describe, expect, it } from 'vitest';
import { type ObligationEvent, obligations } from '../../src/index.js';
import { refusal } from '../refusal.js';

const NOW = '2026-11-20T10:00:00+08:00'; // a Friday

describe('obligations in detail', () => {
  it('orders by deadline instant, then by id', () => {
    const r = obligations([
      { id: 'b', rule: 'deyang-2018/art24-policy-document', from: '2026-11-20' },
      { id: 'a', rule: 'deyang-2018/art24-policy-document', from: '2026-11-20' },
      { id: 'c', rule: 'deyang-2018/art24-activity', from: '2026-11-20T09:00:00+08:00' },
    ], { now: NOW });
    expect(r.items.map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });

  it('due-soon means at most horizonDays working days left (3 by default)', () => {
    const ev: ObligationEvent[] = [{ id: 'p', rule: 'deyang-2018/art24-policy-document', from: '2026-11-20' }]; // due 2026-11-25
    const r = obligations(ev, { now: NOW });
    expect(r.items[0]).toMatchObject({ dueDate: '2026-11-25', state: 'due-soon' });
    expect(r.horizonDays).toBe(3);
    expect(obligations(ev, { now: NOW, horizonDays: 2 }).items[0]!.state).toBe('upcoming');
    expect(obligations(ev, { now: NOW, horizonDays: 0 }).items[0]!.state).toBe('upcoming');
    expect(obligations(ev, { now: '2026-11-25T10:00:00+08:00', horizonDays: 0 }).items[0]!.state).toBe('due-soon');
  });

  it('complex, extended and issuer reach the deadline', () => {
    const plain = obligations([{ id: 'o', rule: 'deyang-2018/art25-opinion-feedback', from: '2026-11-02' }], { now: NOW }).items[0]!;
    const complex = obligations([{ id: 'o', rule: 'deyang-2018/art25-opinion-feedback', from: '2026-11-02', complex: true }], { now: NOW }).items[0]!;
    expect(plain.amount).toBe(7);
    expect(complex.amount).toBe(15);
  });

  it('a done date is the start of that day; done after the deadline is late by the rule\'s unit', () => {
    const r = obligations([{ id: 'p', rule: 'deyang-2018/art24-policy-document', from: '2026-11-02', doneAt: '2026-11-09' }], { now: NOW }).items[0]!;
    expect(r.state).toBe('done-late'); // due 2026-11-05
    expect(r.doneAt).toMatch(/^2026-11-09T00:00:00(\.000)?\+08:00$/);
    expect(r.late).toMatchObject({ unit: 'workday', amount: 2 });
    const ok = obligations([{ id: 'p', rule: 'deyang-2018/art24-policy-document', from: '2026-11-02', doneAt: '2026-11-05T23:00:00+08:00' }], { now: NOW }).items[0]!;
    expect(ok.state).toBe('done-on-time');
    expect(ok.late).toBeUndefined();
    const overdue = obligations([{ id: 'p', rule: 'deyang-2018/art24-policy-document', from: '2026-11-02' }], { now: NOW }).items[0]!;
    expect(overdue.state).toBe('overdue');
    expect(overdue.doneAt).toBeUndefined();
  });

  it('refusals name the event field', () => {
    const wrongInput = refusal(() => obligations([{ id: 'q', rule: 'deyang-2018/art32-self-inspection', from: '2026-11-02' }], { now: NOW }));
    expect(wrongInput.field).toBe('events[0].quarter');
    expect(wrongInput.message).toContain('counts from a quarter');
    const noFrom = refusal(() => obligations([{ id: 'x', rule: 'deyang-2018/art24-policy-document', quarter: '2026Q3' }], { now: NOW }));
    expect(noFrom.field).toBe('events[0].from');
    expect(noFrom.message).toContain('a date (from)');
    const two = refusal(() => obligations([{ id: 'x', rule: 'deyang-2018/art24-policy-document', from: '2026-11-02', quarter: '2026Q3' }], { now: NOW }));
    expect(two.field).toMatch(/events\[0\]\.quarter$/);
    expect(two.message).toContain('needs exactly one of from, quarter, year');
    const none = refusal(() => obligations([{ id: 'x', rule: 'deyang-2018/art24-policy-document' }], { now: NOW }));
    expect(none.field).toMatch(/events\[0\]$/);
    const dup = refusal(() => obligations([
      { id: 'x', rule: 'deyang-2018/art24-policy-document', from: '2026-11-02' },
      { id: 'x', rule: 'deyang-2018/art24-policy-document', from: '2026-11-03' },
    ], { now: NOW }));
    expect(dup.field).toMatch(/events\[1\]\.id$/);
    expect(dup.message).toContain('ids must be unique');
    const badFrom = refusal(() => obligations([{ id: 'x', rule: 'deyang-2018/art24-policy-document', from: '2026-02-30' }], { now: NOW }));
    expect(badFrom.field).toMatch(/events\[0\]\.from$/);
    const cal = refusal(() => obligations([], { now: NOW, calendar: 5 as never }));
    expect(cal.field).toMatch(/calendar$/);
    expect(cal.message).toContain('is not a WorkdayCalendar');
  });
});
