/**
 * Numbers inside, strings at the edge: deadline(), obligations() and toICalendar() hand each
 * other numbers (a result's dueDay / deadlineMs / startMs), and text is made only in the public
 * result. `assess` reads a result as text (a result, a copy, a stored one alike); both paths must
 * give the same public strings, on examples/events.jsonl.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess, deadline, obligations, type ObligationEvent, requestReplyDeadline, toICalendar } from '../../src/index.js';
import { deadlineWithNumbers } from '../../src/rules/deadlines.js';
import { requestReplyWithNumbers } from '../../src/rules/request-timeline.js';
import { obligationNumbersOf } from './ical-reference.js';

const events = readFileSync(new URL('../../examples/events.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as ObligationEvent);
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('the numeric path gives the public strings of the text path', () => {
  for (const now of ['2026-11-20T16:00:00+08:00', '2026-12-01T09:00:00+08:00']) {
    const o = obligations(events, { now, provisional: true });

    it(`obligations() registers its numbers, a copy has none (now ${now})`, () => {
      expect(o.items.length).toBe(events.length);
      expect(obligationNumbersOf(o)).toBeDefined();
      expect(obligationNumbersOf(copy(o))).toBeUndefined();
    });

    it(`the numbers are the result's strings, read back (now ${now})`, () => {
      const numbers = obligationNumbersOf(o);
      o.items.forEach((item, i) => {
        const n = numbers?.items[i];
        expect(new Date(n?.deadlineMs as number).getTime()).toBe(Date.parse(item.deadline));
        expect(new Date((n?.dueDay as number) * 86_400_000).toISOString().slice(0, 10)).toBe(item.dueDate);
        expect(n?.startMs).toBe(Date.parse(item.unit === 'hour' ? item.start : `${item.start}T00:00:00+08:00`));
        expect(n?.doneMs).toBe(item.doneAt === undefined ? undefined : Date.parse(item.doneAt));
      });
    });

    for (const options of [{}, { component: 'VEVENT' as const }, { includeDone: true }]) {
      it(`toICalendar writes the same bytes from the numbers as from the text (${JSON.stringify(options)}, now ${now})`, () => {
        const fromNumbers = toICalendar(o, { calendarName: 'examples', ...options });
        const fromText = toICalendar(copy(o), { calendarName: 'examples', ...options });
        expect(fromNumbers).toBe(fromText);
        expect(fromNumbers).toContain('BEGIN:V');
      });
    }

    it(`each item's deadline and state are those of deadline() and assess() on text (now ${now})`, () => {
      for (const item of o.items) {
        const e = events.find((x) => x.id === item.id) as ObligationEvent;
        const input = { ...(e.from === undefined ? {} : { from: e.from }), ...(e.quarter === undefined ? {} : { quarter: e.quarter }), ...(e.year === undefined ? {} : { year: e.year }), ...(e.issuer === undefined ? {} : { issuer: e.issuer }), ...(e.complex === undefined ? {} : { complex: e.complex }), ...(e.extended === undefined ? {} : { extended: e.extended }) };
        const d =
          e.correction !== undefined || e.consultations !== undefined
            ? requestReplyDeadline({ receivedAt: e.from as string, ...(e.correction === undefined ? {} : { correction: e.correction }), ...(e.consultations === undefined ? {} : { consultations: e.consultations }) }, { provisional: true })
            : deadline(e.rule, input as never, { provisional: true });
        // assess() on a copy: the text path of assess.
        const a = assess(copy(d), { now, ...(e.doneAt === undefined ? {} : { doneAt: e.doneAt }) }, { provisional: true });
        expect([item.dueDate, item.deadline, item.start]).toEqual([d.dueDate, d.deadline, d.start]);
        if (item.state === 'done-on-time') expect(a.status).toBe('on-time');
        if (item.state === 'done-late') expect(a.status).toBe('late');
        if (item.state === 'overdue') expect(a.status).toBe('overdue');
        if (item.state === 'due-soon' || item.state === 'upcoming') expect(a.status).toBe('pending');
        expect(item.late).toEqual(a.late);
      }
    });
  }

  it('assess() gives the same verdict from a result and from its copy', () => {
    const d = deadline('deyang-2018/art24-policy-document', { from: '2026-09-30' });
    const h = deadline('deyang-2018/art24-activity', { from: '2026-10-09T18:00:00+08:00' });
    for (const [r, input] of [
      [d, { doneAt: '2026-10-13T09:00:00+08:00', now: '2026-11-01T00:00:00+08:00' }],
      [d, { now: '2026-10-10T23:59:59.999+08:00' }],
      [d, { now: '2026-10-11' }],
      [h, { doneAt: '2026-10-10T18:00:00.001+08:00', now: '2026-10-11T00:00:00+08:00' }],
    ] as const) {
      expect(assess(r, input)).toEqual(assess(copy(r), input));
    }
    // Spec example (docs): due 2026-10-10, done 2026-10-13 09:00 is 2 working days late.
    expect(assess(d, { doneAt: '2026-10-13T09:00:00+08:00', now: '2026-11-01T00:00:00+08:00' }).late).toEqual({ amount: 2, unit: 'workday', ms: 205200001 });
  });

  it("deadline()'s numbers are its result's strings, read back (a day rule and an hour rule)", () => {
    for (const [rule, from] of [
      ['deyang-2018/art24-policy-document', '2026-09-30'],
      ['deyang-2018/art24-activity', '2026-10-09T18:00:00+08:00'],
    ] as const) {
      const { result, numbers } = deadlineWithNumbers(rule, { from });
      expect(result).toEqual(deadline(rule, { from }));
      expect(numbers.deadlineMs).toBe(Date.parse(result.deadline));
      expect(new Date(numbers.dueDay * 86_400_000).toISOString().slice(0, 10)).toBe(result.dueDate);
      expect(numbers.startMs).toBe(Date.parse(result.unit === 'hour' ? result.start : `${result.start}T00:00:00+08:00`));
    }
    // Spec example: a policy document issued 2026-09-30 is due 2026-10-10 (after the National Day break).
    expect(deadlineWithNumbers('deyang-2018/art24-policy-document', { from: '2026-09-30' }).result.dueDate).toBe('2026-10-10');
  });

  it('a request reply (a result spread with more fields) has its numbers too', () => {
    const input = { receivedAt: '2026-09-30', consultations: [{ from: '2026-10-09', to: '2026-10-12' }] };
    const { result, numbers } = requestReplyWithNumbers(input);
    expect(result).toEqual(requestReplyDeadline(input));
    expect(numbers.deadlineMs).toBe(Date.parse(result.deadline));
    expect(new Date(numbers.dueDay * 86_400_000).toISOString().slice(0, 10)).toBe(result.dueDate);
  });
});
