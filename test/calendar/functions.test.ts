// The plain functions are the default calendar's methods: each answers like the oracle.
import { describe, expect, it } from 'vitest';
import { addWorkdays, countWorkdays, dayKind, isWorkday, nextWorkday, previousWorkday, workdaysBetween } from '../../src/index.js';
import { eachDate, oracleAddWorkdays, oracleIsWorkday } from './oracle.js';

describe('plain functions', () => {
  const days = eachDate('2025-09-25', '2025-10-15');
  it('isWorkday and dayKind', () => {
    expect(days.map((d) => isWorkday(d))).toEqual(days.map(oracleIsWorkday));
    expect(days.map((d) => dayKind(d).workday)).toEqual(days.map(oracleIsWorkday));
  });
  it('addWorkdays, nextWorkday, previousWorkday', () => {
    expect(days.map((d) => addWorkdays(d, 5))).toEqual(days.map((d) => oracleAddWorkdays(d, 5)));
    expect(days.map((d) => nextWorkday(d))).toEqual(days.map((d) => oracleAddWorkdays(d, 1)));
    // the working day before 2025-10-09 is 2025-09-30 (oracle: 10-01..10-08 are rest days)
    expect(previousWorkday('2025-10-09')).toBe([...eachDate('2025-09-01', '2025-10-08')].reverse().find(oracleIsWorkday));
  });
  it('countWorkdays and workdaysBetween', () => {
    const want = days.filter(oracleIsWorkday);
    expect(countWorkdays(days[0] as string, days.at(-1) as string)).toBe(want.length);
    expect(workdaysBetween(days[0] as string, days.at(-1) as string)).toEqual(want);
  });
});
