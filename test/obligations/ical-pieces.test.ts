/**
 * The `.ics` writer writes each item in fewer, larger pieces (issue 14, obl2): the lines of each
 * local time and due day made once per call, the STATUS and SUMMARY starts of each state joined,
 * an article's SUMMARY end and DESCRIPTION start joined for each octet the id ends at, the last
 * lines of an item joined with the first of the next. These tests hold it to the writer it
 * replaced (test/obligations/ical-reference.ts, the code of 8969bd5), byte for byte, on results
 * of obligations() and on copies of them (read as text). The local-time formatters it calls
 * are held to their former definitions in test/calendar/ics-local-time.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { obligations, toICalendar, type ObligationEvent } from '../../src/index.js';
import { toICalendar as referenceICalendar } from './ical-reference.js';

const DAY_RULES = [
  'deyang-2018/art24-policy-document',
  'deyang-2018/art24-interpretation',
  'deyang-2018/art24-proactive',
  'deyang-2018/art33-error-correction',
  'deyang-2018/art15-migration-notice',
  'ogi-2019/art30-correction',
  'ogi-2019/art33-reply',
] as const;

const day = (ms: number): string => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
const instant = (ms: number): string => `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;

/** Events of day rules, an hour rule and fixed-date rules, with and without doneAt, ids of any width. */
const eventArb = fc.record({
  id: fc.oneof(
    fc.stringMatching(/^[a-z0-9-]{1,12}$/),
    fc.array(fc.constantFrom('a', '\\', ',', ';', 'é', '中', '😀', ' '), { minLength: 1, maxLength: 70 }).map((u) => u.join('')),
  ),
  kind: fc.constantFrom('day', 'day', 'hour', 'quarter', 'year'),
  rule: fc.constantFrom(...DAY_RULES),
  // Days from 2025-12-01 to 2027-02-28 (a provisional year in reach), minutes within them.
  at: fc.integer({ min: Date.parse('2025-12-01T00:00:00+08:00'), max: Date.parse('2027-02-28T00:00:00+08:00') }).map((ms) => ms - (ms % 60_000)),
  doneAfterMs: fc.option(fc.integer({ min: -86_400_000, max: 40 * 86_400_000 }), { nil: undefined }),
});

function eventOf(e: { id: string; kind: string; rule: string; at: number; doneAfterMs: number | undefined }, now: number): ObligationEvent {
  const done = e.doneAfterMs === undefined ? undefined : Math.min(e.at + e.doneAfterMs, now);
  const doneAt = done === undefined ? {} : { doneAt: instant(done) };
  if (e.kind === 'hour') return { id: e.id, rule: 'deyang-2018/art24-activity', from: instant(e.at), ...doneAt };
  if (e.kind === 'quarter') return { id: e.id, rule: 'deyang-2018/art32-self-inspection', quarter: `${day(e.at).slice(0, 4)}Q${1 + Math.floor((Number(day(e.at).slice(5, 7)) - 1) / 3)}`, ...doneAt };
  if (e.kind === 'year') return { id: e.id, rule: 'ogi-2019/art49-annual-report', year: Number(day(e.at).slice(0, 4)) - 1, ...doneAt };
  return { id: e.id, rule: e.rule as ObligationEvent['rule'], from: day(e.at), ...doneAt };
}

describe('toICalendar writes the bytes of the writer it replaced', () => {
  it('on results and on copies, for every component, includeDone and provisional flag', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(eventArb, { minLength: 1, maxLength: 25, selector: (e) => e.id }),
        fc.integer({ min: Date.parse('2026-01-05T00:00:00+08:00'), max: Date.parse('2026-12-30T00:00:00+08:00') }),
        fc.constantFrom<'VTODO' | 'VEVENT' | undefined>('VTODO', 'VEVENT', undefined),
        fc.boolean(),
        fc.boolean(),
        (list, nowMs, component, includeDone, provisional) => {
          const now = instant(nowMs - (nowMs % 1000));
          const events = list.map((e) => eventOf(e, nowMs - (nowMs % 1000)));
          let result;
          try {
            result = obligations(events, { now, provisional });
          } catch {
            return; // a year the calendar lacks without provisional: no result to write
          }
          const options = { calendarName: '德阳 x', ...(component === undefined ? {} : { component }), includeDone };
          const ours = toICalendar(result, options);
          expect(ours).toBe(referenceICalendar(result, options));
          const copy = JSON.parse(JSON.stringify(result)) as never;
          expect(toICalendar(copy, options)).toBe(referenceICalendar(copy, options));
          expect(toICalendar(copy, options)).toBe(ours);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on hand-made items: a start at, after or a second before the deadline, the last day 9999-12-31, completed with and without doneAt', () => {
    const base = obligations([{ id: 'a', rule: 'deyang-2018/art24-policy-document', from: '2026-09-30' }], { now: '2026-10-09T12:00:00+08:00' });
    const item = JSON.parse(JSON.stringify(base.items[0])) as Record<string, unknown>;
    const variants: Record<string, unknown>[] = [
      { ...item, id: 'same', start: '2026-10-10', unit: 'day', dueDate: '2026-10-10', deadline: '2026-10-10T00:00:00.000+08:00' },
      { ...item, id: 'after', start: '2026-10-11', unit: 'day', dueDate: '2026-10-10', deadline: '2026-10-10T23:59:59.999+08:00' },
      { ...item, id: 'hour-same-second', rule: 'deyang-2018/art24-activity', unit: 'hour', start: '2026-10-10T10:00:00.000+08:00', dueDate: '2026-10-10', deadline: '2026-10-10T10:00:00.999+08:00' },
      { ...item, id: 'hour-second-before', rule: 'deyang-2018/art24-activity', unit: 'hour', start: '2026-10-10T09:59:59.999+08:00', dueDate: '2026-10-10', deadline: '2026-10-10T10:00:00.000+08:00' },
      { ...item, id: 'done-no-time', state: 'done-late' },
      { ...item, id: 'done-at', state: 'done-on-time', doneAt: '2026-10-09T08:00:00.000+08:00' },
      { ...item, id: 'x'.repeat(58), state: 'overdue' },
      { ...item, id: 'y'.repeat(61), state: 'due-soon', provisional: true, provisionalYears: [2027, 2028] },
      // An id past octet 60 (the UID line folds) with a start after the deadline (no DTSTART).
      { ...item, id: 'w'.repeat(61), start: '2026-10-11', unit: 'day', dueDate: '2026-10-10', deadline: '2026-10-10T23:59:59.999+08:00' },
    ];
    // Due 9999-12-31 (30 calendar days after 9999-12-01): an all-day VEVENT of one day as a
    // duration (a result only: its deadline instant cannot be read back as text).
    const last = obligations([{ id: 'last-day', rule: 'deyang-2018/art15-migration-notice', from: '9999-12-01' }], { now: '2026-10-12T09:00:00+08:00' });
    expect(last.items[0]?.dueDate).toBe('9999-12-31');
    for (const component of ['VTODO', 'VEVENT'] as const) {
      for (const includeDone of [false, true]) {
        expect(toICalendar(last, { calendarName: 'x', component, includeDone })).toBe(referenceICalendar(last, { calendarName: 'x', component, includeDone }));
        const input = { ...base, items: variants } as never;
        const options = { calendarName: 'x', component, includeDone };
        expect(toICalendar(input, options)).toBe(referenceICalendar(input, options));
      }
    }
  });
});
