import { beforeAll, describe, expect, it } from 'vitest';
import { notice2027 } from '../fixtures/notice-2027.js';
import {
  CalendarCoverageError,
  InvalidInputError,
  defaultCalendar,
  obligations,
  ruleById,
  type ObligationEvent,
} from '../../src/index.js';
import { oracleAddWorkdays } from '../calendar/oracle.js';
import { thrown, refusal } from '../refusal.js';
import { coveredWorkdayFromEnd, FIRST_UNCOVERED_YEAR, LAST_COVERED_YEAR, lastCoveredDate, provisionalAddWorkdays, provisionalCountWorkdays, uncoveredDate } from '../coverage-year.js';

const DOC = 'deyang-2018/art24-policy-document';
// The spec's example: a policy document issued 2026-09-30 is due 2026-10-10 (a make-up working Saturday).
const DUE = '2026-10-10T23:59:59.999+08:00';
const AFTER = '2026-10-11T00:00:00.000+08:00'; // 1 ms later

const one = (event: Omit<ObligationEvent, 'id' | 'rule'> & { rule?: string }, now: string, extra: object = {}) =>
  obligations([{ id: 'e', rule: DOC, ...event } as ObligationEvent], { now, ...extra }).items[0];

describe('states at their boundaries', () => {
  it('done exactly at the deadline instant is on time; 1 ms later is late', () => {
    expect(one({ from: '2026-09-30', doneAt: DUE }, '2026-11-01T00:00:00+08:00')).toMatchObject({ state: 'done-on-time', deadline: DUE, dueDate: '2026-10-10', doneAt: DUE });
    const late = one({ from: '2026-09-30', doneAt: AFTER }, '2026-11-01T00:00:00+08:00');
    expect(late).toMatchObject({ state: 'done-late', doneAt: AFTER });
    expect(late?.late).toMatchObject({ unit: 'workday', ms: 1 });
  });

  it('not done: at the deadline instant it is still open (due-soon); 1 ms later it is overdue', () => {
    expect(one({ from: '2026-09-30' }, DUE)?.state).toBe('due-soon');
    expect(one({ from: '2026-09-30' }, AFTER)).toMatchObject({ state: 'overdue', late: { ms: 1 } });
  });

  it('due-soon: at most 3 working days remain after today (Beijing) up to the due date', () => {
    // From the event day 09-30 three working days remain (10-08, 10-09, 10-10): due soon.
    expect(one({ from: '2026-09-30' }, '2026-09-30T12:00:00+08:00')?.state).toBe('due-soon');
    // The working day before, four remain (09-30 too): upcoming.
    expect(one({ from: '2026-09-30' }, '2026-09-29T23:59:59.999+08:00')?.state).toBe('upcoming');
    // A holiday in the break: still three.
    expect(one({ from: '2026-09-30' }, '2026-10-05T08:00:00+08:00')?.state).toBe('due-soon');
    // "now" is read in Beijing: 2026-09-29T16:00Z is 2026-09-30 00:00 in Beijing.
    expect(one({ from: '2026-09-30' }, '2026-09-29T16:00:00Z')?.state).toBe('due-soon');
    expect(one({ from: '2026-09-30' }, '2026-09-29T15:59:59.999Z')?.state).toBe('upcoming');
  });

  it('horizonDays moves the due-soon window', () => {
    expect(one({ from: '2026-09-30' }, '2026-09-29T12:00:00+08:00', { horizonDays: 4 })?.state).toBe('due-soon');
    expect(one({ from: '2026-09-30' }, '2026-10-09T12:00:00+08:00', { horizonDays: 0 })?.state).toBe('upcoming');
    expect(one({ from: '2026-09-30' }, '2026-10-10T00:00:00+08:00', { horizonDays: 0 })?.state).toBe('due-soon');
  });

  it.each(['2026-03-02', '2026-04-30', '2026-06-17', '2026-09-24', '2026-12-24'])('due-soon boundary against chinese-days, event on %s', (from) => {
    // dueDate = the oracle's 3rd working day after the event; on the event day 3 remain.
    const due = oracleAddWorkdays(from, 3);
    expect(one({ from }, `${from}T12:00:00+08:00`)?.dueDate).toBe(due);
    expect(one({ from }, `${from}T12:00:00+08:00`, { horizonDays: 3 })?.state).toBe('due-soon');
    expect(one({ from }, `${from}T12:00:00+08:00`, { horizonDays: 2 })?.state).toBe('upcoming');
  });

  it('hour rules: exactly 24 h is on time, open at the instant, overdue 1 ms after', () => {
    const rule = 'deyang-2018/art29-incident-report';
    expect(one({ rule, from: '2026-10-01T08:30:00+08:00', doneAt: '2026-10-02T08:30:00+08:00' }, '2026-10-03T00:00:00+08:00')?.state).toBe('done-on-time');
    expect(one({ rule, from: '2026-10-01T08:30:00+08:00', doneAt: '2026-10-02T08:30:00.001+08:00' }, '2026-10-03T00:00:00+08:00')?.state).toBe('done-late');
    expect(one({ rule, from: '2026-10-01T08:30:00+08:00' }, '2026-10-02T08:30:00+08:00')?.state).toBe('due-soon');
    expect(one({ rule, from: '2026-10-01T08:30:00+08:00' }, '2026-10-02T08:30:00.001+08:00')?.state).toBe('overdue');
  });

  it('a bare-date doneAt means that day: on time on the due date', () => {
    expect(one({ from: '2026-09-30', doneAt: '2026-10-10' }, '2026-11-01T00:00:00+08:00')).toMatchObject({ state: 'done-on-time', doneAt: '2026-10-10T00:00:00.000+08:00' });
    expect(one({ from: '2026-09-30', doneAt: '2026-10-11' }, '2026-11-01T00:00:00+08:00')?.state).toBe('done-late');
  });
});

describe('the list', () => {
  const events: ObligationEvent[] = [
    { id: 'z-upcoming', rule: 'deyang-2018/art24-proactive', from: '2026-09-30' }, // 2026-11-03 (rule docs)
    { id: 'b-done', rule: DOC, from: '2026-09-30', doneAt: '2026-10-09T10:00:00+08:00' },
    { id: 'a-same-deadline', rule: 'deyang-2018/art33-error-correction', from: '2026-10-01' }, // 2026-10-10
    { id: 'q3', rule: 'deyang-2018/art32-self-inspection', quarter: '2026Q3' }, // 2026-08-15 (spec)
    { id: 'annual', rule: 'deyang-2018/art33-annual-report', year: 2025 }, // 2026-01-31
    { id: 'opinion', rule: 'deyang-2018/art25-opinion-feedback', from: '2026-09-30', complex: true }, // 2026-10-27
  ];
  let r!: ReturnType<typeof obligations>;
  beforeAll(() => {
    r = obligations(events, { now: '2026-10-12T09:00:00+08:00' });
  });

  it('is sorted by deadline instant, then by id', () => {
    expect(r.items.map((o) => o.id)).toEqual(['annual', 'q3', 'a-same-deadline', 'b-done', 'opinion', 'z-upcoming']);
    expect(r.items.map((o) => o.dueDate)).toEqual(['2026-01-31', '2026-08-15', '2026-10-10', '2026-10-10', '2026-10-27', '2026-11-03']);
  });

  it('gives each item its state and article', () => {
    expect(r.items.map((o) => o.state)).toEqual(['overdue', 'overdue', 'overdue', 'done-on-time', 'upcoming', 'upcoming']);
    for (const o of r.items) {
      const entry = ruleById(o.rule);
      expect(o.article).toEqual({ source: entry.source, article: entry.article, articleEn: entry.articleEn, text: entry.requirement });
      expect(o.provisional).toBe(false);
      expect(o.provisionalYears).toEqual([]);
    }
    expect(r).toMatchObject({ now: '2026-10-12T09:00:00.000+08:00', horizonDays: 3, provisional: false, provisionalYears: [] });
    expect(Object.isFrozen(r) && Object.isFrozen(r.items) && Object.isFrozen(r.items[0])).toBe(true);
  });

  it('does not depend on the order of the events', () => {
    expect(obligations([...events].reverse(), { now: '2026-10-12T09:00:00+08:00' })).toEqual(r);
  });

  it('an empty list is an empty answer', () => {
    expect(obligations([], { now: '2026-10-12T09:00:00+08:00' }).items).toEqual([]);
  });
});

describe('refusals name the field', () => {
  const now = '2026-10-12T09:00:00+08:00';
  const ok: ObligationEvent = { id: 'a', rule: DOC, from: '2026-09-30' };
  it.each([
    [[ok, { ...ok, id: 'b', from: '2026-02-30' }], 'events[1].from'],
    [[ok, { ...ok }], 'events[1].id'],
    [[{ ...ok, id: '' }], 'events[0].id'],
    [[{ ...ok, id: 'a\nb' }], 'events[0].id'],
    [[{ ...ok, rule: 'deyang-2018/art99' }], 'events[0].rule'],
    [[{ ...ok, rule: 'census/homepage-stale' }], 'events[0].rule'],
    [[{ ...ok, quarter: '2026Q3' }], 'events[0].quarter'],
    [[{ id: 'a', rule: DOC }], 'events[0]'],
    [[{ id: 'a', rule: 'deyang-2018/art32-self-inspection', from: '2026-09-30' }], 'events[0].quarter'],
    [[{ ...ok, quarter: undefined, from: 20260930 }], 'events[0].from'],
    [[{ ...ok, complex: 'yes' }], 'events[0].complex'],
    [[{ ...ok, doneAt: '2026-13-01' }], 'events[0].doneAt'],
    [[{ ...ok, doneAt: '2026-10-13T00:00:00+08:00' }], 'events[0].doneAt'], // after now
    [[{ ...ok, rule: 'deyang-2018/art29-incident-report', from: '2026-10-01' }], 'events[0].from'], // an hour rule needs an instant
    [[{ ...ok, rule: 'ogi-2019/art33-reply', from: '2019-05-14' }], 'events[0].from'], // before the regulation
    [[{ ...ok, bogus: 1 }], 'events[0]'],
    ['not a list', 'events'],
  ])('%j → %s', (events, field) => {
    const e = thrown(() => obligations(events as ObligationEvent[], { now }));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect((e as InvalidInputError).field).toBe(field);
  });

  it.each([
    [{ now: '2026-10-12' }, 'options.now'],
    [{ now: 'garbage' }, 'options.now'],
    [{}, 'options.now'],
    [{ now, horizonDays: -1 }, 'options.horizonDays'],
    [{ now, horizonDays: 1.5 }, 'options.horizonDays'],
    [{ now, provisional: 'yes' }, 'options.provisional'],
    [{ now, clock: Date.now }, 'options'],
  ])('options %j → %s', (options, field) => {
    const e = thrown(() => obligations([ok], options as never));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect((e as InvalidInputError).field).toBe(field);
  });
});

describe('across the boundary of the calendar (the issue\'s dates, 2026/2027, moved to its last year)', () => {
  // The example: 20 working days from 2026-12-10 are 2027-01-08 by the law (provisional);
  // here the calendar's last December and the next year come from `coverage` (test/coverage-year.ts).
  const Y = FIRST_UNCOVERED_YEAR;
  const events: ObligationEvent[] = [
    { id: 'info-1', rule: 'deyang-2018/art24-proactive', from: lastCoveredDate('12-10') },
    { id: 'info-2', rule: 'deyang-2018/art24-proactive', from: uncoveredDate('02-01') },
    { id: 'doc-1', rule: DOC, from: lastCoveredDate('12-01') },
  ];
  const now = `${lastCoveredDate('12-01')}T09:00:00+08:00`;

  it('strict: a deadline in the first uncovered year is refused with CalendarCoverageError naming it', () => {
    const e = thrown(() => obligations(events, { now }));
    expect(e).toBeInstanceOf(CalendarCoverageError);
    expect((e as CalendarCoverageError).year).toBe(Y);
  });

  it('provisional: the issue\'s dates, flagged with the years they rest on', () => {
    const r = obligations(events, { now, provisional: true });
    expect(r.items.map((o) => [o.id, o.dueDate, o.provisional, o.provisionalYears])).toEqual([
      ['doc-1', provisionalAddWorkdays(lastCoveredDate('12-01'), 3), false, []],
      ['info-1', provisionalAddWorkdays(lastCoveredDate('12-10'), 20), true, [Y]],
      // 20 working days from February 1 cross the Spring Festival, which the law places by the lunar calendar.
      ['info-2', expect.stringMatching(new RegExp(`^${Y}-0[23]-`)), true, [Y]],
    ]);
    expect(r).toMatchObject({ provisional: true, provisionalYears: [Y] });
  });

  it('a due-soon count that runs into a provisional year is flagged; a deadline that does not is not', () => {
    // Issued on the third working day from the end: due on the calendar's last working day, so seen the
    // day after issue the deadline rests on covered days only. Issued on the second: due in the next year.
    const inside = coveredWorkdayFromEnd(4);
    const s = obligations([{ id: 'x', rule: DOC, from: inside }], { now: `${coveredWorkdayFromEnd(3)}T09:00:00+08:00`, provisional: true });
    expect(s.items[0]).toMatchObject({ dueDate: coveredWorkdayFromEnd(1), state: 'due-soon', provisional: false, provisionalYears: [] });
    const across = coveredWorkdayFromEnd(3);
    const r = obligations([{ id: 'x', rule: DOC, from: across }], { now: `${coveredWorkdayFromEnd(2)}T09:00:00+08:00`, provisional: true });
    expect(r.items[0]).toMatchObject({ dueDate: provisionalAddWorkdays(across, 3), state: 'due-soon', provisional: true, provisionalYears: [Y] });
    expect(r.items[0]!.dueDate.startsWith(`${Y}-`)).toBe(true);
  });

  it('strict: a fixed date in the first uncovered year far enough ahead is upcoming without its data; near it, the count is refused', () => {
    const annual: ObligationEvent[] = [{ id: 'annual', rule: 'deyang-2018/art33-annual-report', year: LAST_COVERED_YEAR }];
    const near = `${lastCoveredDate('12-30')}T09:00:00+08:00`;
    expect(obligations(annual, { now }).items[0]).toMatchObject({ dueDate: uncoveredDate('01-31'), state: 'upcoming', provisional: false });
    expect(thrown(() => obligations(annual, { now: near }))).toBeInstanceOf(CalendarCoverageError);
    expect(obligations(annual, { now: near, provisional: true }).items[0]).toMatchObject({ state: 'upcoming', provisionalYears: [Y] });
  });
});

describe('across the 2026/2027 boundary with the (test) 2027 notice added', () => {
  const events: ObligationEvent[] = [
    { id: 'info-1', rule: 'deyang-2018/art24-proactive', from: '2026-12-10' },
    { id: 'info-2', rule: 'deyang-2018/art24-proactive', from: '2027-02-01' },
    { id: 'doc-1', rule: DOC, from: '2026-12-01' },
  ];
  const now = '2026-12-01T09:00:00+08:00';

  it('with the official 2027 added (one call), nothing is provisional', () => {
    const calendar = defaultCalendar.withYear(notice2027);
    const r = obligations(events, { now, calendar });
    expect(r.provisional).toBe(false);
    expect(r.items.map((o) => o.provisional)).toEqual([false, false, false]);
    // the notice's extra rest day 02-09 and make-up Sunday 02-14 (test fixture): 20 working days after
    // 2027-02-01 are Feb 2-4 (3), 10-12 (6), 14 (7), 15-19 (12), 22-26 (17), Mar 1-3 (20).
    expect(r.items.find((o) => o.id === 'info-2')?.dueDate).toBe('2027-03-03');
    const upgraded = obligations(events, { now, calendar: defaultCalendar.provisional({ through: 2035 }).withYear(notice2027), provisional: true });
    expect(upgraded.items.map((o) => [o.id, o.dueDate, o.provisional])).toEqual(r.items.map((o) => [o.id, o.dueDate, false]));
  });
});

/**
 * obligations() in detail: order, the due-soon window, inputs passed through, dates done, and the
 * fields its refusals name. Working days: 2026-11-23..25 are Monday to Wednesday (no holiday in
 * November 2026).
 */
describe('order, the due-soon window, inputs passed through, dates done, refusals', () => {
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
});

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
describe('the due-soon count at the end of the calendar, provisional years, rule options, item shape, rule input refusals', () => {
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
    it('covered days alone equal to the horizon do not settle it: CalendarCoverageError naming the next year', () => {
      // The last covered year's annual report is due January 31 of the next year. On the fourth working
      // day from the end, 3 working days remain in the calendar (2026: on 12-28, 12-29..31): whether the
      // total is ≤ 3 depends on January of the next year, which the official calendar lacks.
      const e = thrown(() => obligations([{ id: 'annual', rule: ANNUAL, year: LAST_COVERED_YEAR }], { now: `${coveredWorkdayFromEnd(4)}T09:00:00+08:00` }));
      expect(e).toBeInstanceOf(CalendarCoverageError);
      expect((e as CalendarCoverageError).year).toBe(FIRST_UNCOVERED_YEAR);
    });

    it('covered days alone above the horizon settle it: upcoming, nothing provisional', () => {
      // On the fifth working day from the end, four remain (2026: on 12-25, 12-28..31): more than 3 whatever the next year holds.
      expect(only([{ id: 'annual', rule: ANNUAL, year: LAST_COVERED_YEAR }], { now: `${coveredWorkdayFromEnd(5)}T09:00:00+08:00` })).toMatchObject({
        dueDate: uncoveredDate('01-31'), state: 'upcoming', provisional: false, provisionalYears: [],
      });
    });

    it('a due date on the last covered day needs no later data', () => {
      // Issued on the fourth working day from the end (2026: Mon 12-28): due on the last one (Thu 12-31,
      // the calendar's last day); on the next working day two remain.
      expect(coveredWorkdayFromEnd(1)).toBe(lastCoveredDate());
      expect(only([{ id: 'doc', rule: DOC, from: coveredWorkdayFromEnd(4) }], { now: `${coveredWorkdayFromEnd(3)}T09:00:00+08:00` })).toMatchObject({
        dueDate: lastCoveredDate(), state: 'due-soon', provisional: false, provisionalYears: [],
      });
    });

    it('on the due day itself nothing remains to count, even beyond the calendar', () => {
      // Hour rule: an incident on January 5 of the first uncovered year at 10:00 is due January 6 10:00, no working days involved.
      expect(only([{ id: 'inc', rule: INCIDENT, from: `${uncoveredDate('01-05')}T10:00:00+08:00` }], { now: `${uncoveredDate('01-06')}T09:00:00+08:00` })).toMatchObject({
        dueDate: uncoveredDate('01-06'), deadline: `${uncoveredDate('01-06')}T10:00:00.000+08:00`, state: 'due-soon', provisional: false,
      });
      // Fixed date: the last covered year's annual report on its due day, January 31 of the next year.
      expect(only([{ id: 'annual', rule: ANNUAL, year: LAST_COVERED_YEAR }], { now: `${uncoveredDate('01-31')}T09:00:00+08:00` })).toMatchObject({
        dueDate: uncoveredDate('01-31'), state: 'due-soon', provisional: false, provisionalYears: [],
      });
    });
  });

  describe('provisional years an item rests on', () => {
    it('a working-day lateness that runs into a provisional year flags it, with the lateness counted by the law', () => {
      // Issued on the sixth working day from the end (2026: Thu 12-24) → due on the third (Tue 12-29). On
      // January 5 of the next year: late by the last two covered working days and the law's working days
      // of January 1–5 (2027: 12-30, 12-31, 01-04, 01-05, 01-01 being New Year's Day = 4, two of them in 2027).
      const due = coveredWorkdayFromEnd(3);
      const late = provisionalCountWorkdays(due, uncoveredDate('01-05'));
      expect(provisionalAddWorkdays(coveredWorkdayFromEnd(6), 3)).toBe(due);
      expect(late).toBeGreaterThan(provisionalCountWorkdays(due, lastCoveredDate()));
      const o = only([{ id: 'doc', rule: DOC, from: coveredWorkdayFromEnd(6) }], { now: `${uncoveredDate('01-05')}T09:00:00+08:00`, provisional: true });
      expect(o).toMatchObject({ dueDate: due, state: 'overdue', late: { amount: late, unit: 'workday' }, provisional: true, provisionalYears: [FIRST_UNCOVERED_YEAR] });
    });

    it('a lateness in calendar days or hours needs no calendar: not provisional', () => {
      // 30 calendar days from November 1 of the last covered year → December 1; on January 5 of the next year late by 35 days.
      const jan5 = `${uncoveredDate('01-05')}T09:00:00+08:00`;
      const m = only([{ id: 'm', rule: MIGRATION, from: lastCoveredDate('11-01') }], { now: jan5, provisional: true });
      expect(m).toMatchObject({ dueDate: lastCoveredDate('12-01'), state: 'overdue', late: { amount: 35, unit: 'day' }, provisional: false, provisionalYears: [] });
      // 24 h from 12-30 10:00 → 12-31 10:00; on January 5 at 09:00, 4 days 23 h = 119 started hours.
      const i = only([{ id: 'i', rule: INCIDENT, from: `${lastCoveredDate('12-30')}T10:00:00+08:00` }], { now: jan5, provisional: true });
      expect(i).toMatchObject({ dueDate: lastCoveredDate(), state: 'overdue', late: { amount: 119, unit: 'hour' }, provisional: false, provisionalYears: [] });
    });

    it('a due-soon count starts after today: a deadline counted in the second uncovered year, seen on the last day of the first, rests on the second only', () => {
      const y = FIRST_UNCOVERED_YEAR;
      const o = only([{ id: 'doc', rule: DOC, from: `${y}-12-31` }], { now: `${y}-12-31T10:00:00+08:00`, provisional: true });
      expect(o.state).toBe('due-soon');
      expect(o.provisionalYears).toEqual([y + 1]);
    });

    it('years are listed ascending even when the count before the deadline adds the earlier one last', () => {
      // A planned event: issued on January 3 of the second uncovered year, seen on December 28 of the first
      // (2026: 2028-01-03 seen on 2027-12-28). The deadline's count is in the second; the days remaining run
      // from December 29 of the first, so the first is found second.
      const y = FIRST_UNCOVERED_YEAR;
      const r = obligations([{ id: 'planned', rule: DOC, from: `${y + 1}-01-03` }], { now: `${y}-12-28T09:00:00+08:00`, provisional: true });
      expect(r.items[0]).toMatchObject({ state: 'upcoming', provisional: true, provisionalYears: [y, y + 1] });
      expect(r.provisional).toBe(true);
      expect(r.provisionalYears).toEqual([y, y + 1]);
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
});
