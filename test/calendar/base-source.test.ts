/**
 * The generated table holds chinese-workday's days with the errata applied at build time
 * (base-source.ts, shippedRuns); errata.ts stays the one place those corrections are written.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shippedRuns, sourceRuns } from '../../src/calendar/base-source.js';
import { KIND_HOLIDAY, KIND_MAKEUP } from '../../src/calendar/kinds.js';

const doy = (date: string) => (Date.parse(`${date}T00:00:00Z`) - Date.UTC(Number(date.slice(0, 4)), 0, 1)) / 86_400_000;

describe('shippedRuns: chinese-workday with the errata', () => {
  it('adds the 2015 victory-day rest days chinese-workday lacks, as one run', () => {
    const run = { start: doy('2015-09-03'), length: 2, kind: KIND_HOLIDAY, festival: '抗战胜利纪念日' };
    expect(sourceRuns(2015)).not.toContainEqual(run);
    expect(shippedRuns(2015)).toContainEqual(run);
  });

  it('drops a day an erratum makes a plain working day (2023-01-03) and shortens its run', () => {
    expect(sourceRuns(2023)[0]).toEqual({ start: 0, length: 3, kind: KIND_HOLIDAY, festival: '元旦' });
    expect(shippedRuns(2023)[0]).toEqual({ start: 0, length: 2, kind: KIND_HOLIDAY, festival: '元旦' });
  });

  it('adds a make-up working day (2011-02-12) and removes a plain weekend one (2011-01-29)', () => {
    expect(shippedRuns(2011)).toContainEqual({ start: doy('2011-02-12'), length: 1, kind: KIND_MAKEUP, festival: '春节' });
    expect(shippedRuns(2011).some((r) => r.start <= doy('2011-01-29') && doy('2011-01-29') < r.start + r.length)).toBe(false);
    expect(sourceRuns(2011).some((r) => r.start <= doy('2011-01-29') && doy('2011-01-29') < r.start + r.length)).toBe(true);
  });

  it('leaves a year without errata as chinese-workday has it', () => {
    expect(shippedRuns(2025)).toEqual(sourceRuns(2025));
  });

  it('applies each erratum to its own year only: no run leaves its year', () => {
    for (let y = 2011; y <= 2026; y++) {
      const days = y % 4 === 0 ? 366 : 365;
      expect(shippedRuns(y).filter((r) => r.start < 0 || r.start + r.length > days), String(y)).toEqual([]);
    }
  });
});

describe('shippedRuns refuses an erratum the table cannot hold', () => {
  afterEach(() => {
    vi.doUnmock('../../src/calendar/errata.js');
    vi.resetModules();
  });
  const withErrata = async (entries: object[]) => {
    vi.resetModules();
    vi.doMock('../../src/calendar/errata.js', () => ({ ERRATA: entries }));
    return (await import('../../src/calendar/base-source.js')).shippedRuns;
  };

  it('a plain weekend on a weekday, a plain workday on a weekend', async () => {
    const runs = await withErrata([{ date: '2025-03-04', kind: 'weekend', notice: 'n', why: 'w' }]);
    expect(() => runs(2025)).toThrow('erratum 2025-03-04: a weekday cannot be a plain weekend');
    const runs2 = await withErrata([{ date: '2025-03-08', kind: 'workday', notice: 'n', why: 'w' }]);
    expect(() => runs2(2025)).toThrow('erratum 2025-03-08: a weekend day cannot be a plain workday');
  });

  it('a holiday or make-up day without its festival', async () => {
    const runs = await withErrata([{ date: '2025-03-04', kind: 'holiday', notice: 'n', why: 'w' }]);
    expect(() => runs(2025)).toThrow('erratum 2025-03-04: a holiday needs its festival');
  });

  it('applies only the errata of the year asked for, and a valid plain one', async () => {
    const runs = await withErrata([
      { date: '2024-03-04', kind: 'holiday', festival: 'x', notice: 'n', why: 'w' },
      { date: '2025-03-08', kind: 'weekend', notice: 'n', why: 'w' },
      { date: '2025-03-04', kind: 'makeup-workday', festival: 'y', notice: 'n', why: 'w' },
    ]);
    expect(runs(2025)).toEqual([...sourceRuns(2025), { start: doy('2025-03-04'), length: 1, kind: KIND_MAKEUP, festival: 'y' }].sort((a, b) => a.start - b.start));
  });
});
