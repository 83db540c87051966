import { isWorkday as rawChineseWorkday } from 'chinese-workday';
import { describe, expect, it } from 'vitest';
import { ERRATA, defaultCalendar } from '../../src/index.js';
import { eachDate, oracleIsWorkday } from './oracle.js';

const ALL_DAYS = eachDate('2011-01-01', '2026-12-31');

describe('differential test against chinese-days', () => {
  // First in the file on purpose: the calendar builds its years lazily, on first use, and a
  // mutation tester credits the data-building code only to the test that triggers the build.
  it('dayKind agrees with the oracle and with the day of the week on every day', () => {
    const wrong = ALL_DAYS.filter((d) => {
      const k = defaultCalendar.dayKind(d);
      const weekend = [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());
      if (k.workday !== oracleIsWorkday(d)) return true;
      // A make-up day is named after the festival it serves, as the notices list it ("春节", not "补春节").
      if (k.festival !== undefined && k.festival.startsWith('补')) return true;
      if (k.kind === 'makeup-workday') return !weekend || k.festival === undefined;
      if (k.kind === 'workday') return weekend;
      if (k.kind === 'weekend') return !weekend;
      return k.festival === undefined; // holiday
    });
    expect(wrong).toEqual([]);
  });

  it('covers exactly 2011-01-01 … 2026-12-31', () => {
    expect(defaultCalendar.coverage).toEqual({ start: '2011-01-01', end: '2026-12-31' });
    expect(ALL_DAYS).toHaveLength(5844);
  });

  it('agrees with the oracle on every day of 2011–2026 (zero disagreements)', () => {
    const disagreements = ALL_DAYS.filter((d) => defaultCalendar.isWorkday(d) !== oracleIsWorkday(d));
    expect(disagreements).toEqual([]);
  });

  it('2026 has the official 248 working days', () => {
    expect(defaultCalendar.countWorkdays('2026-01-01', '2026-12-31')).toBe(248);
  });
});

describe('errata', () => {
  it('has the 28 entries of semantics.md, each citing a notice', () => {
    expect(ERRATA).toHaveLength(28);
    for (const e of ERRATA) expect(e.notice).toMatch(/通知/);
    expect(new Set(ERRATA.map((e) => e.date)).size).toBe(28);
  });

  it.each(ERRATA.map((e) => [e.date, e] as const))('%s still disagrees with raw chinese-workday (else delete the entry)', (date, e) => {
    const truth = e.kind === 'workday' || e.kind === 'makeup-workday';
    expect(oracleIsWorkday(date)).toBe(truth);
    expect(rawChineseWorkday(date)).toBe(!truth);
    expect(defaultCalendar.isWorkday(date)).toBe(truth);
  });
});
