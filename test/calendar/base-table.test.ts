/**
 * The shipped days are read from a generated cache (src/calendar/base-table.ts) of chinese-workday,
 * their source (issue 14). The cache must be exactly what the source gives today, and reading it
 * must give back chinese-workday's answer for every day the errata do not correct.
 */
import { readFileSync } from 'node:fs';
import { getFestival, isWorkday } from 'chinese-workday';
import { describe, expect, it } from 'vitest';
import { BASE_FIRST_YEAR, BASE_LAST_YEAR, shippedYears } from '../../src/calendar/base-data.js';
import { baseTableSource, SOURCE_FIRST_YEAR, SOURCE_LAST_YEAR } from '../../src/calendar/base-source.js';
import { ERRATA } from '../../src/calendar/errata.js';
import { KIND_NAMES } from '../../src/calendar/kinds.js';
import { eachDate } from './oracle.js';

describe('the generated calendar table', () => {
  it('is what chinese-workday gives now (run `npm run gen:calendar` if not)', () => {
    const file = readFileSync(new URL('../../src/calendar/base-table.ts', import.meta.url), 'utf8');
    expect(file).toBe(baseTableSource(SOURCE_FIRST_YEAR, SOURCE_LAST_YEAR));
  });

  it('covers the years chinese-workday holds', () => {
    expect([BASE_FIRST_YEAR, BASE_LAST_YEAR]).toEqual([2011, 2026]);
  });

  it('reads back as chinese-workday on every day the errata leave alone', () => {
    const corrected = new Set(ERRATA.map((e) => e.date));
    const byDay = new Map<string, { working: boolean; festival: string | undefined }>();
    for (const y of shippedYears()) {
      const first = Date.UTC(y.year, 0, 1) / 86_400_000;
      y.kinds.forEach((k, i) => {
        const date = new Date((first + i) * 86_400_000).toISOString().slice(0, 10);
        const kind = KIND_NAMES[k];
        byDay.set(date, { working: kind === 'workday' || kind === 'makeup-workday', festival: y.festivals.get(first + i) });
      });
    }
    const mismatches: string[] = [];
    for (const date of eachDate('2011-01-01', '2026-12-31')) {
      if (corrected.has(date)) continue;
      const ours = byDay.get(date);
      const working = isWorkday(date);
      const name = getFestival(date);
      const weekend = new Date(`${date}T00:00:00Z`).getUTCDay() % 6 === 0;
      // A festival is recorded for holidays and make-up days: chinese-workday names them; plain days it calls 周末/工作日.
      const festival = working === weekend || (!working && name !== '周末' && name !== '工作日') ? name.replace(working ? /^补/ : /^$/, '') : undefined;
      if (ours?.working !== working || ours.festival !== festival) mismatches.push(`${date}: ${JSON.stringify(ours)} vs ${working} ${name}`);
    }
    expect(mismatches).toEqual([]);
  });
});
