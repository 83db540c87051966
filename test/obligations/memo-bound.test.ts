/**
 * The per-call memo of `obligations` (ObligationsContext.memo) keeps what events share and stops
 * keeping what they do not (issue 14, obl2): past its first 256 entries of a kind, one more only
 * while one in eight entries kept was found again, and never more than 4,096. These tests count
 * its entries and hits through `obligationOf` with one context, and hold each answer to the
 * event's own (a fresh context each).
 */
import { describe, expect, it } from 'vitest';
import type { ObligationEvent } from '../../src/index.js';
import { obligationOf, obligationsContext } from '../../src/obligations/obligations.js';

const now = '2026-11-25T12:00:00+08:00';
const RULES = ['deyang-2018/art24-policy-document', 'deyang-2018/art24-proactive', 'deyang-2018/art24-interpretation', 'deyang-2018/art33-error-correction'] as const;
/** The k-th distinct (rule, from): four rules, days from 2019-01-01 on. */
const distinct = (k: number, id = `e${k}`): ObligationEvent => ({ id, rule: RULES[k % 4] as ObligationEvent['rule'], from: new Date(Date.UTC(2019, 0, 1) + Math.floor(k / 4) * 86_400_000).toISOString().slice(0, 10) });
/** The k-th distinct doneAt instant, on one event's deadline. */
const done = (k: number, id = `d${k}`): ObligationEvent => ({ id, rule: 'deyang-2018/art24-policy-document', from: '2019-01-02', doneAt: new Date(Date.UTC(2019, 0, 1) + k * 60_000).toISOString().replace('Z', '+00:00') });

function run(events: readonly ObligationEvent[]) {
  const context = obligationsContext({ now });
  events.forEach((e, i) => {
    const entry = obligationOf(e, i, context);
    // Each answer is the event's own, memo or not.
    expect(entry).toEqual(obligationOf(e, i, obligationsContext({ now })));
  });
  return context.memo;
}

describe('the memo of a call', () => {
  it('events that share nothing: it keeps its first 256 deadlines and doneAt texts, then no more', () => {
    const memo = run(Array.from({ length: 300 }, (_, k) => distinct(k)));
    expect([memo.size, memo.hits]).toEqual([256, 0]);
    // The acts share one deadline (found again 299 times), and no doneAt.
    const m2 = run(Array.from({ length: 300 }, (_, k) => done(k)));
    expect([m2.size, m2.hits, m2.doneAt.size, m2.doneHits]).toEqual([1, 299, 256, 0]);
  });

  it('past 256, one more while hits × 8 reach the entries kept', () => {
    // 256 kept, 32 found again (32 × 8 = 256): the next one is kept, the one after is not (257).
    const events = [...Array.from({ length: 256 }, (_, k) => distinct(k)), ...Array.from({ length: 32 }, (_, k) => distinct(k, `again${k}`)), distinct(256), distinct(257)];
    const memo = run(events);
    expect([memo.size, memo.hits]).toEqual([257, 32]);
    const doneEvents = [...Array.from({ length: 256 }, (_, k) => done(k)), ...Array.from({ length: 32 }, (_, k) => done(k, `againd${k}`)), done(256), done(257)];
    const m2 = run(doneEvents);
    expect([m2.doneAt.size, m2.doneHits]).toEqual([257, 32]);
  });

  it('events that share: it keeps up to 4,096 entries, no more', () => {
    // Each distinct deadline asked for twice: every entry is found again.
    const events: ObligationEvent[] = [];
    for (let k = 0; k < 4100; k++) events.push(distinct(k), distinct(k, `again${k}`));
    const context = obligationsContext({ now });
    events.forEach((e, i) => obligationOf(e, i, context));
    expect([context.memo.size, context.memo.hits]).toEqual([4096, 4096]);
  });

  it('an event with options is counted with them, never from the memo of the same from without them', () => {
    const plain: ObligationEvent = { id: 'a', rule: 'deyang-2018/art25-opinion-feedback', from: '2026-11-02' };
    const complex: ObligationEvent = { ...plain, id: 'b', complex: true };
    const memo = run([plain, complex, { ...plain, id: 'c' }]);
    const context = obligationsContext({ now });
    expect(obligationOf(plain, 0, context).item.dueDate).not.toBe(obligationOf(complex, 1, context).item.dueDate);
    expect([memo.size, memo.hits]).toEqual([1, 1]);
  });
});
