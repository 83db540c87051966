/**
 * `obligations` counts a rule's deadline once for each `from` text it is given and formats each
 * `doneAt` instant once per call (issue 14: many events share a day). These tests hold a batch to
 * what each of its events gives alone — also past the memo's bound, and with options the memo
 * does not take — and the due dates to the official calendar's count (the oracle).
 */
import { describe, expect, it } from 'vitest';
import { obligations, type ObligationEvent } from '../../src/index.js';
import { oracleAddWorkdays } from '../calendar/oracle.js';

const now = '2026-11-25T12:00:00+08:00';
const day = (n: number): string => new Date(Date.UTC(2018, 2, 1) + n * 86_400_000).toISOString().slice(0, 10);

describe('a batch gives each event what it gives alone', () => {
  it('events sharing a rule and a from, or a doneAt, and 5,000 distinct ones past the memo bound', () => {
    const events: ObligationEvent[] = [];
    // 4,600 distinct (rule, from) pairs, more than the memo keeps, then 600 repeats of the first ones.
    for (let i = 0; i < 5200; i++) {
      const k = i < 4600 ? i : i % 300;
      const rule = (['deyang-2018/art24-policy-document', 'deyang-2018/art24-proactive', 'deyang-2018/art24-activity', 'deyang-2018/art25-opinion-feedback'] as const)[k % 4];
      // Days from 2018-03-01 on (3,101 of them: no two pairs alike below 4,600).
      const from = rule === 'deyang-2018/art24-activity' ? `${day(k % 3101)}T${String(k % 24).padStart(2, '0')}:${String(k % 60).padStart(2, '0')}:00+08:00` : day(k % 3101);
      // Acts done on a few instants, shared by many events.
      const doneAt = i % 4 === 0 ? `${day(3101 + (i % 5))}T0${i % 10}:00:00+08:00` : undefined;
      // The opinion rule's `complex` (15 working days, not 7) on a from counted before without it.
      events.push({ id: `e${i}`, rule, from, ...(doneAt === undefined ? {} : { doneAt }), ...(rule === 'deyang-2018/art25-opinion-feedback' && i >= 4600 ? { complex: true } : {}) } as ObligationEvent);
    }
    const batch = obligations(events, { now });
    const byId = new Map(batch.items.map((o) => [o.id, o]));
    for (const e of events) expect(byId.get(e.id), e.id).toEqual(obligations([e], { now }).items[0]);
    // The due dates are the official calendar's: 3 and 20 working days after the from date.
    for (const e of events.slice(0, 600)) {
      if (e.rule === 'deyang-2018/art24-activity') continue;
      const n = e.rule === 'deyang-2018/art24-policy-document' ? 3 : e.rule === 'deyang-2018/art24-proactive' ? 20 : e.complex === true ? 15 : 7;
      expect(byId.get(e.id)?.dueDate, e.id).toBe(oracleAddWorkdays(e.from as string, n));
    }
  });

  it('the same from under two calendars or two calls: each call counts on its own calendar', () => {
    const e: ObligationEvent = { id: 'a', rule: 'deyang-2018/art24-proactive', from: '2026-12-20' };
    const strict = (): unknown => obligations([e], { now });
    expect(strict).toThrow(/2027/);
    expect(obligations([e], { now, provisional: true }).items[0]?.provisional).toBe(true);
    expect(strict).toThrow(/2027/);
  });
});
