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
import { thrown } from '../refusal.js';

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

describe('across the 2026/2027 boundary', () => {
  const events: ObligationEvent[] = [
    { id: 'info-1', rule: 'deyang-2018/art24-proactive', from: '2026-12-10' },
    { id: 'info-2', rule: 'deyang-2018/art24-proactive', from: '2027-02-01' },
    { id: 'doc-1', rule: DOC, from: '2026-12-01' },
  ];
  const now = '2026-12-01T09:00:00+08:00';

  it('strict: a deadline in 2027 is refused with CalendarCoverageError(2027)', () => {
    const e = thrown(() => obligations(events, { now }));
    expect(e).toBeInstanceOf(CalendarCoverageError);
    expect((e as CalendarCoverageError).year).toBe(2027);
  });

  it('provisional: the issue\'s dates, flagged with the years they rest on', () => {
    const r = obligations(events, { now, provisional: true });
    expect(r.items.map((o) => [o.id, o.dueDate, o.provisional, o.provisionalYears])).toEqual([
      ['doc-1', '2026-12-04', false, []],
      ['info-1', '2027-01-08', true, [2027]],
      ['info-2', '2027-03-03', true, [2027]],
    ]);
    expect(r).toMatchObject({ provisional: true, provisionalYears: [2027] });
  });

  it('a due-soon count that runs into a provisional year is flagged; a deadline that does not is not', () => {
    // 2026-12-31 + 3 working days: the deadline needs 2027; at 2027-01-04 the count needs 2027 too.
    const r = obligations([{ id: 'x', rule: DOC, from: '2026-12-29' }], { now: '2026-12-30T09:00:00+08:00', provisional: true });
    expect(r.items[0]).toMatchObject({ dueDate: '2027-01-04', state: 'due-soon', provisional: true, provisionalYears: [2027] });
    const s = obligations([{ id: 'x', rule: DOC, from: '2026-12-24' }], { now: '2026-12-28T09:00:00+08:00', provisional: true });
    expect(s.items[0]).toMatchObject({ dueDate: '2026-12-29', state: 'due-soon', provisional: false, provisionalYears: [] });
  });

  it('strict: a fixed date in 2027 far enough ahead is upcoming without 2027 data; near it, the count is refused', () => {
    const annual: ObligationEvent[] = [{ id: 'annual', rule: 'deyang-2018/art33-annual-report', year: 2026 }];
    expect(obligations(annual, { now }).items[0]).toMatchObject({ dueDate: '2027-01-31', state: 'upcoming', provisional: false });
    expect(thrown(() => obligations(annual, { now: '2026-12-30T09:00:00+08:00' }))).toBeInstanceOf(CalendarCoverageError);
    expect(obligations(annual, { now: '2026-12-30T09:00:00+08:00', provisional: true }).items[0]).toMatchObject({ state: 'upcoming', provisionalYears: [2027] });
  });

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
