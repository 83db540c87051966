/**
 * Issue 14 (deadline2): the fast call of `deadline()` without options does its per-call work once:
 * the day texts come from the shipped calendar's cache (no `formatEpochDay` once a day was
 * shown), a date text is read by the civil-date grammar and an instant with an offset by its
 * char-code grammar (never by the general `parseDateInput`), and an hour rule formats one
 * instant. Counted through a module mock wrapping those functions of src/time.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const seen = vi.hoisted(() => ({ calls: [] as string[] }));

vi.mock('../../src/time/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/time/index.js')>();
  return {
    ...real,
    formatEpochDay: (day: number) => (seen.calls.push('formatEpochDay'), real.formatEpochDay(day)),
    formatBeijingInstant: (ms: number) => (seen.calls.push('formatBeijingInstant'), real.formatBeijingInstant(ms)),
    parseDateInput: (value: unknown, field: string) => (seen.calls.push('parseDateInput'), real.parseDateInput(value, field)),
    parseQuarter: (text: string) => (seen.calls.push('parseQuarter'), real.parseQuarter(text)),
  };
});

const { deadline } = await import('../../src/rules/deadlines.js');

beforeEach(() => {
  seen.calls.length = 0;
});

describe('the fast call formats and parses once', () => {
  it('a working-day rule: its day texts are formatted at the first call only', () => {
    // spec example: 2026-09-30 + 3 working days = 2026-10-10.
    const first = deadline('deyang-2018/art24-policy-document', { from: '2026-09-30' });
    expect(first.dueDate).toBe('2026-10-10');
    seen.calls.length = 0;
    const again = deadline('deyang-2018/art24-policy-document', { from: '2026-09-30' });
    expect([again.start, again.dueDate, again.deadline]).toEqual(['2026-09-30', '2026-10-10', '2026-10-10T23:59:59.999+08:00']);
    expect(seen.calls).toEqual([]);
  });

  it('a calendar-day rule and a fixed-date rule take their texts from the same cache', () => {
    deadline('deyang-2018/art15-migration-notice', { from: '2026-09-30' });
    deadline('deyang-2018/art32-self-inspection', { quarter: '2026Q3' });
    deadline('deyang-2018/art33-annual-report', { year: 2025 });
    seen.calls.length = 0;
    // Art. 15: 30 days after posting; Art. 32: the 15th of the quarter's second month; Art. 33: January 31 of the next year.
    expect(deadline('deyang-2018/art15-migration-notice', { from: '2026-09-30' }).dueDate).toBe('2026-10-30');
    expect(deadline('deyang-2018/art32-self-inspection', { quarter: '2026Q3' }).dueDate).toBe('2026-08-15');
    expect(deadline('deyang-2018/art33-annual-report', { year: 2025 }).dueDate).toBe('2026-01-31');
    expect(seen.calls).toEqual([]);
  });

  it('a date or an instant with an offset never goes through the general grammar', () => {
    expect(deadline('deyang-2018/art24-policy-document', { from: '2026-09-29T18:00:00Z' }).dueDate).toBe('2026-10-10');
    expect(deadline('deyang-2018/art24-interpretation', { from: '2026-10-01' }).dueDate).toBe('2026-10-10');
    expect(seen.calls.filter((c) => c === 'parseDateInput' || c === 'parseQuarter')).toEqual([]);
    // Without seconds: the general grammar, the same day.
    expect(deadline('deyang-2018/art24-policy-document', { from: '2026-09-29T18:00Z' }).dueDate).toBe('2026-10-10');
    expect(seen.calls.filter((c) => c === 'parseDateInput')).toEqual(['parseDateInput']);
  });

  it('an hour rule formats one instant a call: 24 hours later is the same time of day', () => {
    deadline('deyang-2018/art24-activity', { from: '2026-10-09T18:00:00+08:00' });
    seen.calls.length = 0;
    const r = deadline('deyang-2018/art24-activity', { from: '2026-10-09T18:00:00+08:00' });
    expect([r.start, r.dueDate, r.deadline]).toEqual(['2026-10-09T18:00:00.000+08:00', '2026-10-10', '2026-10-10T18:00:00.000+08:00']);
    expect(seen.calls).toEqual(['formatBeijingInstant']);
  });
});
