/**
 * `obligations` keeps each result's numbers in columns, with no entry or numbers object per item
 * (issue 14, obl2). These tests hold its loop to each event's `obligationOf` entry, assembled by
 * `assembleObligations` (what `due` does line by line), for any mix of valid events, invalid ones,
 * ids used twice, events whose deadline cannot be counted, OGI replies, and valid or invalid
 * options: the same result (and the same `.ics`), or the same error. (The columns themselves are
 * held to the result's text by numeric-path.test.ts.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { obligations, type ObligationsOptions, toICalendar } from '../../src/index.js';
import { assembleObligations, obligationEventsSchema, obligationOf, obligationsContext } from '../../src/obligations/obligations.js';
import { parseInput } from '../../src/validate.js';

type Outcome = { ok: true; value: unknown; ics: string } | { ok: false; error: string; name: string; path: unknown };

function outcome(run: () => ReturnType<typeof obligations>): Outcome {
  try {
    const value = run();
    return { ok: true, value, ics: toICalendar(value, { calendarName: 'x', includeDone: true }) + toICalendar(value, { calendarName: 'x', component: 'VEVENT' }) };
  } catch (e) {
    const err = e as { message: string; name: string; path?: unknown };
    return { ok: false, error: err.message, name: err.name, path: err.path };
  }
}

/** What obligations() did before: each event's entry, then assembleObligations. */
function twoPasses(events: unknown, options: ObligationsOptions): ReturnType<typeof obligations> {
  const list = parseInput(obligationEventsSchema, events, 'events');
  const context = obligationsContext(options);
  return assembleObligations(context, list.map((e, i) => obligationOf(e as never, i, context)));
}

const now = '2026-11-25T12:00:00+08:00';

/** Events by kind: `k` makes the id unique unless the kind reuses one. */
const kinds: Record<string, (k: number) => unknown> = {
  day: (k) => ({ id: `d${k}`, rule: 'deyang-2018/art24-policy-document', from: `2026-${String(1 + (k % 11)).padStart(2, '0')}-${String(1 + (k % 28)).padStart(2, '0')}` }),
  done: (k) => ({ id: `n${k}`, rule: 'deyang-2018/art24-interpretation', from: '2026-10-09', doneAt: `2026-10-${String(10 + (k % 15))}T10:00:00+08:00` }),
  hour: (k) => ({ id: `h${k}`, rule: 'deyang-2018/art24-activity', from: `2026-11-24T${String(k % 24).padStart(2, '0')}:00:00+08:00` }),
  quarter: (k) => ({ id: `q${k}`, rule: 'deyang-2018/art32-self-inspection', quarter: `2026Q${1 + (k % 4)}` }),
  // Valid events whose deadline cannot be counted: an hour rule from a bare date, an act after now,
  // a due date in a year the calendar lacks (without provisional), a rule that counts from a quarter.
  hourFromDate: (k) => ({ id: `x${k}`, rule: 'deyang-2018/art24-activity', from: '2026-11-24' }),
  doneAfterNow: (k) => ({ id: `y${k}`, rule: 'deyang-2018/art24-policy-document', from: '2026-11-20', doneAt: '2026-12-01T10:00:00+08:00' }),
  nextYear: (k) => ({ id: `z${k}`, rule: 'deyang-2018/art24-proactive', from: '2026-12-20' }),
  wrongInput: (k) => ({ id: `w${k}`, rule: 'deyang-2018/art32-self-inspection', from: '2026-11-20' }),
  // The OGI reply with a correction: valid, read by the schema.
  reply: (k) => ({ id: `r${k}`, rule: 'ogi-2019/art33-reply', from: '2026-09-01', correction: { requestedAt: '2026-09-03', correctedReceivedAt: '2026-09-30' } }),
  // Invalid events: the schema's error.
  noFrom: (k) => ({ id: `i${k}`, rule: 'deyang-2018/art24-policy-document' }),
  badId: () => ({ id: '', rule: 'deyang-2018/art24-policy-document', from: '2026-11-20' }),
  extraKey: (k) => ({ id: `e${k}`, rule: 'deyang-2018/art24-policy-document', from: '2026-11-20', note: 1 }),
  again: () => ({ id: 'd0', rule: 'deyang-2018/art24-policy-document', from: '2026-11-20' }),
};

const common = ['day', 'day', 'day', 'done', 'hour', 'quarter'];
const rare = Object.keys(kinds).filter((k) => !common.includes(k));
const list = fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...common) }, { weight: 1, arbitrary: fc.constantFrom(...rare) }), { maxLength: 30 });
const options = fc.constantFrom<ObligationsOptions>({ now }, { now, provisional: true }, { now, horizonDays: 10 }, { now: '2026-11-25' }, { now, horizonDays: -1 }, { now: 'x', provisional: true });

describe('obligations() with its numbers in columns gives what the entries gave', () => {
  it('for any mix of events and options: the same result and .ics, or the same error', () => {
    fc.assert(
      fc.property(list, options, (names, opts) => {
        const events = [kinds.day?.(0), ...names.map((name, k) => kinds[name]?.(k + 1))];
        expect(outcome(() => obligations(events as never, opts))).toEqual(outcome(() => twoPasses(events, opts)));
      }),
      { numRuns: 400 },
    );
  });

  it('options with a getter: the events are read (and refused) before the options', () => {
    let reads = 0;
    const opts = { get now() {
      reads++;
      return now;
    } } as ObligationsOptions;
    const bad = [{ id: 'a', rule: 'deyang-2018/art24-policy-document' }];
    const r = outcome(() => obligations(bad as never, opts));
    expect(r).toMatchObject({ ok: false, path: ['events', 0] });
    expect(reads).toBe(0);
    expect(outcome(() => obligations([{ id: 'a', rule: 'deyang-2018/art24-policy-document', from: '2026-11-20' }], opts))).toEqual(
      outcome(() => twoPasses([{ id: 'a', rule: 'deyang-2018/art24-policy-document', from: '2026-11-20' }], { now })),
    );
  });

  it('invalid options and an invalid event: the event’s error, as before; valid events: the options’ error', () => {
    const bad = [{ id: 'a', rule: 'deyang-2018/art24-policy-document', from: '2026-11-20' }, { id: 'b', rule: 1 }];
    expect(outcome(() => obligations(bad as never, { now: 'x' }))).toMatchObject({ ok: false, path: ['events', 1, 'rule'] });
    expect(outcome(() => obligations([bad[0]] as never, { now: 'x' }))).toMatchObject({ ok: false, path: ['options', 'now'] });
  });

  it('a deadline that cannot be counted, then an invalid event: the invalid event’s error', () => {
    const events = [{ id: 'a', rule: 'deyang-2018/art24-activity', from: '2026-11-24' }, { id: 'b', rule: 'deyang-2018/art24-policy-document' }];
    expect(outcome(() => obligations(events as never, { now }))).toMatchObject({ ok: false, path: ['events', 1] });
    expect(outcome(() => obligations(events.slice(0, 1) as never, { now }))).toMatchObject({ ok: false, path: ['events', 0, 'from'] });
  });
});
