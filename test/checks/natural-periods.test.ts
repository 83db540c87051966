/**
 * Natural periods for `mode: 'natural'`: ISO weeks, half-years and calendar years in Beijing time,
 * only those lying wholly inside [from, to]. Expected bounds are written as Beijing wall times.
 */
import { describe, expect, it } from 'vitest';
import { naturalPeriods } from '../../src/checks/update-frequency.js';

const ms = (beijing: string) => Date.parse(`${beijing}+08:00`);
const span = (first: string, last: string): [number, number] => [ms(`${first}T00:00:00.000`), ms(`${last}T23:59:59.999`)];

describe('naturalPeriods', () => {
  it('half-years inside the window, the partial first one left out', () => {
    expect(naturalPeriods(ms('2025-03-10T00:00:00'), ms('2026-12-31T23:59:59.999'), { months: 6 })).toEqual([
      span('2025-07-01', '2025-12-31'),
      span('2026-01-01', '2026-06-30'),
      span('2026-07-01', '2026-12-31'),
    ]);
  });

  it('a window starting in the second half-year rolls over to the next January', () => {
    expect(naturalPeriods(ms('2025-11-10T08:00:00'), ms('2026-12-31T23:59:59.999'), { months: 6 })).toEqual([
      span('2026-01-01', '2026-06-30'),
      span('2026-07-01', '2026-12-31'),
    ]);
    expect(naturalPeriods(ms('2025-11-10T08:00:00'), ms('2027-12-31T23:59:59.999'), { months: 12 })).toEqual([
      span('2026-01-01', '2026-12-31'),
      span('2027-01-01', '2027-12-31'),
    ]);
  });

  it('a window starting exactly at a boundary includes that period; one millisecond later does not', () => {
    expect(naturalPeriods(ms('2025-07-01T00:00:00'), ms('2025-12-31T23:59:59.999'), { months: 6 })).toEqual([span('2025-07-01', '2025-12-31')]);
    expect(naturalPeriods(ms('2025-07-01T00:00:00.001'), ms('2025-12-31T23:59:59.999'), { months: 6 })).toEqual([]);
    expect(naturalPeriods(ms('2026-01-01T00:00:00'), ms('2026-12-31T23:59:59.998'), { months: 12 })).toEqual([]);
    expect(naturalPeriods(ms('2026-01-01T00:00:00'), ms('2026-06-30T23:59:59.999'), { months: 6 })).toEqual([span('2026-01-01', '2026-06-30')]);
  });

  it('a window starting in January uses that January; July, that July', () => {
    expect(naturalPeriods(ms('2026-01-01T00:00:00'), ms('2026-12-31T23:59:59.999'), { months: 6 })).toEqual([
      span('2026-01-01', '2026-06-30'),
      span('2026-07-01', '2026-12-31'),
    ]);
  });

  it('ISO weeks run Monday to Sunday (2026-11-02 is a Monday)', () => {
    expect(naturalPeriods(ms('2026-10-29T10:00:00'), ms('2026-11-16T00:00:00'), { days: 7 })).toEqual([
      span('2026-11-02', '2026-11-08'),
      span('2026-11-09', '2026-11-15'),
    ]);
    expect(naturalPeriods(ms('2026-11-02T00:00:00'), ms('2026-11-08T23:59:59.999'), { days: 7 })).toEqual([span('2026-11-02', '2026-11-08')]);
    expect(naturalPeriods(ms('2026-11-02T00:00:00'), ms('2026-11-08T23:59:59.998'), { days: 7 })).toEqual([]);
  });

  it('periods with no natural counterpart have none', () => {
    expect(naturalPeriods(ms('2026-01-01T00:00:00'), ms('2026-12-31T00:00:00'), { days: 14 })).toBeUndefined();
    expect(naturalPeriods(ms('2026-01-01T00:00:00'), ms('2026-12-31T00:00:00'), { months: 3 })).toBeUndefined();
  });
});
