/**
 * obligations() at the edges the other obligation tests leave open: the due-soon count at the
 * calendar's last covered day and on the due day itself (no data needed), the provisional years
 * an item's count or lateness touches (and only a working-day lateness counts), the rule options
 * passed through (`extended`, `issuer`), the exact shape of an item and the refusals a rule's own
 * input schema makes.
 *
 * Calendar facts used (2026 notice; 2027/2028 only from the holiday law in provisional mode):
 * 2026-12-25 is a Friday, 2026-12-28..31 Monday..Thursday with no holiday, so on 2026-12-28 three
 * working days of 2026 remain after today and on 2026-12-25 four do; 2027-01-01 (Friday) is New
 * Year's Day. 2026-11-02 is a Monday.
 */
import { describe, expect, it } from 'vitest';
import { CalendarCoverageError, InvalidInputError, obligations, type ObligationEvent } from '../../src/index.js';
import { oracleAddWorkdays } from '../calendar/oracle.js';
import { thrown } from '../refusal.js';

const DOC = 'deyang-2018/art24-policy-document'; // 3 working days
const INCIDENT = 'deyang-2018/art29-incident-report'; // 24 hours
const MIGRATION = 'deyang-2018/art15-migration-notice'; // 30 calendar days
const ANNUAL = 'deyang-2018/art33-annual-report'; // fixed: January 31 of the next year

const only = (events: ObligationEvent[], options: Parameters<typeof obligations>[1]) => {
  const r = obligations(events, options);
  expect(r.items).toHaveLength(1);
  return r.items[0]!;
};

describe('the due-soon count at the end of the calendar (strict mode)', () => {
  it('covered days alone equal to the horizon do not settle it: CalendarCoverageError naming 2027', () => {
    // Annual report for 2026 is due 2027-01-31. On 12-28, 3 working days of 2026 remain (12-29..31):
    // whether the total is ≤ 3 depends on January 2027, which the official calendar lacks.
    const e = thrown(() => obligations([{ id: 'annual', rule: ANNUAL, year: 2026 }], { now: '2026-12-28T09:00:00+08:00' }));
    expect(e).toBeInstanceOf(CalendarCoverageError);
    expect((e as CalendarCoverageError).year).toBe(2027);
  });

  it('covered days alone above the horizon settle it: upcoming, nothing provisional', () => {
    // On 12-25, four remain in 2026 (12-28..31): more than 3 whatever 2027 holds.
    expect(only([{ id: 'annual', rule: ANNUAL, year: 2026 }], { now: '2026-12-25T09:00:00+08:00' })).toMatchObject({
      dueDate: '2027-01-31', state: 'upcoming', provisional: false, provisionalYears: [],
    });
  });

  it('a due date on the last covered day needs no later data', () => {
    // Issued Mon 2026-12-28: 3 working days → Thu 2026-12-31, the calendar's last day; on 12-29 two remain.
    expect(only([{ id: 'doc', rule: DOC, from: '2026-12-28' }], { now: '2026-12-29T09:00:00+08:00' })).toMatchObject({
      dueDate: '2026-12-31', state: 'due-soon', provisional: false, provisionalYears: [],
    });
  });

  it('on the due day itself nothing remains to count, even beyond the calendar', () => {
    // Hour rule: an incident at 2027-01-05 10:00 is due 2027-01-06 10:00, no working days involved.
    expect(only([{ id: 'inc', rule: INCIDENT, from: '2027-01-05T10:00:00+08:00' }], { now: '2027-01-06T09:00:00+08:00' })).toMatchObject({
      dueDate: '2027-01-06', deadline: '2027-01-06T10:00:00.000+08:00', state: 'due-soon', provisional: false,
    });
    // Fixed date: the 2026 annual report on its due day 2027-01-31.
    expect(only([{ id: 'annual', rule: ANNUAL, year: 2026 }], { now: '2027-01-31T09:00:00+08:00' })).toMatchObject({
      dueDate: '2027-01-31', state: 'due-soon', provisional: false, provisionalYears: [],
    });
  });
});

describe('provisional years an item rests on', () => {
  it('a working-day lateness that runs into a provisional year flags it, with the lateness counted by the law', () => {
    // Issued Thu 2026-12-24 → due Tue 12-29 (12-25, 28, 29). At Tue 2027-01-05: late by the working
    // days 12-30, 12-31, 01-04, 01-05 (01-01 New Year's Day) = 4, two of them in 2027.
    const o = only([{ id: 'doc', rule: DOC, from: '2026-12-24' }], { now: '2027-01-05T09:00:00+08:00', provisional: true });
    expect(o).toMatchObject({ dueDate: '2026-12-29', state: 'overdue', late: { amount: 4, unit: 'workday' }, provisional: true, provisionalYears: [2027] });
  });

  it('a lateness in calendar days or hours needs no calendar: not provisional', () => {
    // 30 calendar days from 2026-11-01 → 2026-12-01; at 2027-01-05 late by 35 days.
    const m = only([{ id: 'm', rule: MIGRATION, from: '2026-11-01' }], { now: '2027-01-05T09:00:00+08:00', provisional: true });
    expect(m).toMatchObject({ dueDate: '2026-12-01', state: 'overdue', late: { amount: 35, unit: 'day' }, provisional: false, provisionalYears: [] });
    // 24 h from 2026-12-30 10:00 → 12-31 10:00; at 2027-01-05 09:00, 4 days 23 h = 119 started hours.
    const i = only([{ id: 'i', rule: INCIDENT, from: '2026-12-30T10:00:00+08:00' }], { now: '2027-01-05T09:00:00+08:00', provisional: true });
    expect(i).toMatchObject({ dueDate: '2026-12-31', state: 'overdue', late: { amount: 119, unit: 'hour' }, provisional: false, provisionalYears: [] });
  });

  it('a due-soon count starts after today: a deadline counted in 2028 seen on 2027-12-31 rests on 2028 only', () => {
    const o = only([{ id: 'doc', rule: DOC, from: '2027-12-31' }], { now: '2027-12-31T10:00:00+08:00', provisional: true });
    expect(o.state).toBe('due-soon');
    expect(o.provisionalYears).toEqual([2028]);
  });

  it('years are listed ascending even when the count before the deadline adds the earlier one last', () => {
    // A planned event: issued 2028-01-03, seen on 2027-12-28. The deadline's count is in 2028; the
    // days remaining run from 2027-12-29, so 2027 is found second.
    const r = obligations([{ id: 'planned', rule: DOC, from: '2028-01-03' }], { now: '2027-12-28T09:00:00+08:00', provisional: true });
    expect(r.items[0]).toMatchObject({ state: 'upcoming', provisional: true, provisionalYears: [2027, 2028] });
    expect(r.provisional).toBe(true);
    expect(r.provisionalYears).toEqual([2027, 2028]);
  });
});

describe('rule options reach the deadline', () => {
  it('extended adds working days to an OGI reply (20 + 5; true is the full 20 more)', () => {
    const r = obligations([
      { id: 'five', rule: 'ogi-2019/art33-reply', from: '2026-11-02', extended: 5 },
      { id: 'full', rule: 'ogi-2019/art33-reply', from: '2026-11-02', extended: true },
      { id: 'none', rule: 'ogi-2019/art33-reply', from: '2026-11-02' },
    ], { now: '2026-11-05T09:00:00+08:00' });
    const byId = Object.fromEntries(r.items.map((o) => [o.id, o]));
    expect(byId.none).toMatchObject({ amount: 20, dueDate: oracleAddWorkdays('2026-11-02', 20) });
    expect(byId.five).toMatchObject({ amount: 25, dueDate: oracleAddWorkdays('2026-11-02', 25) });
    expect(byId.full).toMatchObject({ amount: 40, dueDate: oracleAddWorkdays('2026-11-02', 40) });
  });

  it('issuer picks the OGI annual report date: a government reports by March 31, a department by January 31', () => {
    const r = obligations([
      { id: 'gov', rule: 'ogi-2019/art49-annual-report', year: 2025, issuer: 'government' },
      { id: 'dept', rule: 'ogi-2019/art49-annual-report', year: 2025, issuer: 'department' },
    ], { now: '2026-01-05T09:00:00+08:00' });
    expect(r.items.map((o) => [o.id, o.dueDate])).toEqual([['dept', '2026-01-31'], ['gov', '2026-03-31']]);
  });
});

describe('the shape of an item', () => {
  it('done before the deadline and assessed before it: done-on-time with doneAt, no late', () => {
    // Due 2026-10-10; done 10-08, assessed 10-09.
    const o = only([{ id: 'doc', rule: DOC, from: '2026-09-30', doneAt: '2026-10-08T10:00:00+08:00' }], { now: '2026-10-09T09:00:00+08:00' });
    expect(o).toMatchObject({ state: 'done-on-time', doneAt: '2026-10-08T10:00:00.000+08:00', dueDate: '2026-10-10' });
    expect('late' in o).toBe(false);
  });

  it('an open item has no doneAt and no late key at all; an overdue one has late but no doneAt', () => {
    const open = only([{ id: 'doc', rule: DOC, from: '2026-09-30' }], { now: '2026-10-09T09:00:00+08:00' });
    expect(Object.keys(open).sort()).toEqual(['amount', 'article', 'deadline', 'dueDate', 'id', 'provisional', 'provisionalYears', 'rule', 'start', 'state', 'unit']);
    const overdue = only([{ id: 'doc', rule: DOC, from: '2026-09-30' }], { now: '2026-10-12T09:00:00+08:00' });
    expect(overdue.state).toBe('overdue');
    expect('late' in overdue).toBe(true);
    expect('doneAt' in overdue).toBe(false);
    const onTime = only([{ id: 'doc', rule: DOC, from: '2026-09-30', doneAt: '2026-10-09T10:00:00+08:00' }], { now: '2026-10-12T09:00:00+08:00' });
    expect('late' in onTime).toBe(false);
    expect('doneAt' in onTime).toBe(true);
  });
});

describe('refusals', () => {
  const now = '2026-10-12T09:00:00+08:00';

  it('an option the rule does not take is refused at the event', () => {
    const e = thrown(() => obligations([{ id: 'ok', rule: DOC, from: '2026-09-30' }, { id: 'x', rule: DOC, from: '2026-09-30', complex: true }], { now }));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect((e as InvalidInputError).field).toBe('events[1]');
    expect((e as InvalidInputError).reason).toBe('rejected: Unrecognized key: "complex"');
    const f = thrown(() => obligations([{ id: 'x', rule: 'ogi-2019/art33-reply', from: '2026-09-30', issuer: 'government' }], { now }));
    expect((f as InvalidInputError).field).toBe('events[0]');
    expect((f as InvalidInputError).reason).toBe('rejected: Unrecognized key: "issuer"');
  });

  it('a calendar option must be a calendar object: null is not the default', () => {
    const e = thrown(() => obligations([], { now, calendar: null as never }));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect((e as InvalidInputError).field).toBe('options.calendar');
    expect((e as InvalidInputError).reason).toBe('rejected: is not a WorkdayCalendar');
  });
});
