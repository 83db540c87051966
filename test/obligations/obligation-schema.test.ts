/**
 * Issue 13, "the schema is the model" for obligations: `obligationSchema` is the one definition of
 * an obligation's fields. `Obligation` is its output type (plus `amount` and `late`), toICalendar
 * validates a hand-made result with it, and every item obligations() makes passes it unchanged.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { type Obligation, type ObligationEvent, obligations, type ObligationState, toICalendar } from '../../src/index.js';
import { OBLIGATION_STATES, obligationSchema } from '../../src/obligations/obligations.js';
import type { DeadlineRuleId } from '../../src/rules/catalog.js';
import { refusal } from '../refusal.js';

const events = readFileSync(new URL('../../examples/events.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as ObligationEvent);

describe('obligationSchema is the one definition of an obligation', () => {
  const results = ['2026-11-20T16:00:00+08:00', '2026-12-01T09:00:00+08:00', '2027-03-01T09:00:00+08:00'].map((now) => obligations(events, { now, provisional: true }));

  it('every item obligations() makes passes it, and the parse keeps every field but the numbers amount and late', () => {
    for (const o of results) {
      for (const item of o.items) {
        const { amount, late, ...text } = item;
        expect(typeof amount).toBe('number');
        expect(obligationSchema.parse(item)).toEqual(text);
      }
    }
  });

  it('each state an item can be in is in OBLIGATION_STATES, and the schema refuses any other', () => {
    const states = new Set(results.flatMap((o) => o.items.map((i) => i.state)));
    for (const s of states) expect(OBLIGATION_STATES).toContain(s);
    const item = results[0]?.items[0] as Obligation;
    const copy = JSON.parse(JSON.stringify({ now: '2026-11-20T16:00:00+08:00', items: [{ ...item, state: 'pending' }] }));
    const e = refusal(() => toICalendar(copy, { calendarName: 'x' }));
    expect(e.field).toBe('obligations.items[0].state');
    expect(e.value).toBe('pending');
  });

  it('the type Obligation is the schema\'s output, with the rule narrowed to the deadline rule ids', () => {
    type Text = z.output<typeof obligationSchema>;
    expectTypeOf<Obligation['state']>().toEqualTypeOf<Text['state']>();
    expectTypeOf<Obligation['state']>().toEqualTypeOf<ObligationState>();
    expectTypeOf<Obligation['unit']>().toEqualTypeOf<Text['unit']>();
    expectTypeOf<Obligation['doneAt']>().toEqualTypeOf<Text['doneAt']>();
    expectTypeOf<Obligation['rule']>().toEqualTypeOf<DeadlineRuleId>();
    expectTypeOf<Exclude<keyof Obligation, 'amount' | 'late'>>().toEqualTypeOf<keyof Text>();
  });
});
