/**
 * Calendar data integrity: every year in coverage has the number of working days the oracle
 * (chinese-days, evaluated in a TZ=Asia/Shanghai child process — never in-process) gives, and
 * 2026 has the official 248. Per-day agreement and "each erratum cites a notice" are in
 * test/calendar/differential.test.ts; this adds the per-year totals and that each erratum's
 * notice is the one for the year it corrects.
 */
import { describe, expect, it } from 'vitest';
import { defaultCalendar, ERRATA, NOTICES } from '../../src/index.js';
import { eachDate, queryOracle } from '../calendar/oracle.js';

describe('calendar data integrity', () => {
  const first = Number(defaultCalendar.coverage.start.slice(0, 4));
  const last = Number(defaultCalendar.coverage.end.slice(0, 4));
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const oracle = queryOracle<Record<string, number>>(
    `Object.fromEntries(${JSON.stringify(years)}.map((y) => [y, ${JSON.stringify(eachDate(`${first}-01-01`, `${last}-12-31`))}.filter((d) => d.startsWith(String(y)) && cd.isWorkday(d)).length]))`,
  );

  it('covers whole years 2011–2026', () => {
    expect([defaultCalendar.coverage.start, defaultCalendar.coverage.end]).toEqual(['2011-01-01', '2026-12-31']);
  });

  it.each(years)('%i has the working-day count the oracle gives', (y) => {
    expect(defaultCalendar.countWorkdays(`${y}-01-01`, `${y}-12-31`)).toBe(oracle[y]);
    expect(defaultCalendar.workdaysBetween(`${y}-01-01`, `${y}-12-31`)).toHaveLength(oracle[y] as number);
  });

  it('2026 = 248 working days (official), and the oracle agrees', () => {
    expect(defaultCalendar.countWorkdays('2026-01-01', '2026-12-31')).toBe(248);
    expect(oracle[2026]).toBe(248);
  });

  it('each erratum cites the notice of its year (or a dated special notice)', () => {
    for (const e of ERRATA) {
      const y = Number(e.date.slice(0, 4));
      // Each erratum's notice is a notice the library records (NOTICES), with the year it arranges.
      const cited = NOTICES.filter((n) => n.title === e.notice).map((n) => n.year);
      expect(cited.length, `${e.date}: ${e.notice}`).toBe(1);
      // A make-up day at a year's end may come from the next year's notice (2011-12-31 → 2012 New Year).
      expect(cited.some((c) => c === y || c === y + 1 || c === y - 1), `${e.date}: ${e.notice}`).toBe(true);
    }
  });
});
