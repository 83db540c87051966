/**
 * validateYear's findings one rule at a time, on hand-made 2027 inputs: the cases the mutation run
 * of src/calendar/validate-year.ts (docs/mutation.md) showed untested. Expected findings follow
 * from the law's 2027 days (the dates) and a weekday table of 2027, not from our output.
 */
import { describe, expect, it } from 'vitest';
import { validateYear } from '../../src/index.js';
import { shippedYears } from '../../src/calendar/base-data.js';
import { validateYearData } from '../../src/calendar/validate-year.js';

// 2027-01-01 is a Friday. The law's 2027 rest days (《全国年节及纪念日放假办法》, 2024).
const law2027 = [
  ['01-01', '元旦'], ['02-05', '春节'], ['02-06', '春节'], ['02-07', '春节'], ['02-08', '春节'], ['04-05', '清明节'], ['05-01', '劳动节'],
  ['05-02', '劳动节'], ['06-09', '端午节'], ['09-15', '中秋节'], ['10-01', '国庆节'], ['10-02', '国庆节'], ['10-03', '国庆节'],
].map(([d, f]) => ({ date: `2027-${d}`, festival: f as string }));
const base = { year: 2027, notice: 'findings test', holidays: law2027 };
const days = (festival: string, ...mmdd: string[]) => mmdd.map((d) => ({ date: `2027-${d}`, festival }));
const renamed = (date: string, festival: string) => law2027.map((h) => (h.date === `2027-${date}` ? { ...h, festival } : h));
const eachDay = (from: string, to: string) => {
  const out: string[] = [];
  for (let t = Date.parse(`2027-${from}T00:00:00Z`); t <= Date.parse(`2027-${to}T00:00:00Z`); t += 86_400_000) out.push(new Date(t).toISOString().slice(5, 10));
  return out;
};
const findings = (input: unknown) => validateYear(input).findings.map((f) => ({ ...f }));

describe('validateYear: the names of statutory days', () => {
  it('a statutory day named after another festival is a warning naming both', () => {
    expect(findings({ ...base, holidays: renamed('05-02', '清明节') })).toEqual([
      { severity: 'warning', date: '2027-05-02', festival: '清明节', message: 'is the law\'s 劳动节 but the notice names it 清明节' },
    ]);
  });

  it('a combined name, or a short name the law\'s name starts with, is not a misnaming', () => {
    expect(findings({ ...base, holidays: renamed('10-01', '国庆节、中秋节') })).toEqual([]);
    expect(findings({ ...base, holidays: renamed('02-05', '春') })).toEqual([]);
  });

  it('a day named after another statutory festival of the same break is fine; of another break it is not', () => {
    // 中秋 (09-15) joined to a break 09-15 … 09-17 whose days are named 中秋节; 09-16 named 国庆节 is no statutory day.
    const holidays = [...renamed('09-15', '国庆节'), ...days('中秋节', '09-16', '09-17')];
    expect(findings({ ...base, holidays })).toEqual([
      { severity: 'warning', date: '2027-09-15', festival: '国庆节', message: 'is the law\'s 中秋节 but the notice names it 国庆节' },
    ]);
    // The same name for 中秋 inside a break that holds 国庆's statutory days: 09-15 … 10-03.
    const bridge = eachDay('09-17', '09-30').map((d) => ({ date: `2027-${d}`, festival: '国庆节' }));
    const joined = [...renamed('09-15', '国庆节'), ...days('中秋节', '09-16'), ...bridge];
    expect(validateYear({ ...base, holidays: joined }).findings.filter((f) => f.message.includes('names it'))).toEqual([]);
  });
});

describe('validateYear: make-up days', () => {
  it('a December make-up day may serve next year\'s 元旦; one for another festival may not', () => {
    const on1225 = (festival: string) => findings({ ...base, makeupWorkdays: days(festival, '12-25') }).filter((f) => f.date === '2027-12-25');
    expect(on1225('元旦节')).toEqual([]);
    // 12-25 is 83 days after 10-03, the last rest day of 国庆.
    expect(on1225('国庆节')).toEqual([
      { severity: 'warning', date: '2027-12-25', festival: '国庆节', message: 'is a make-up working day 83 days from the nearest rest day of 国庆节 (more than 14)' },
    ]);
  });

  it('a make-up day of a festival without rest days is an error', () => {
    expect(findings({ ...base, makeupWorkdays: days('建军节', '08-01') }).filter((f) => f.severity === 'error')).toEqual([
      { severity: 'error', date: '2027-08-01', festival: '建军节', message: 'is a make-up working day for 建军节, which has no rest day in the notice' },
    ]);
  });

  it('only weekday rest days that are not statutory count as in lieu', () => {
    // 春节: 02-05 … 02-08 statutory, 02-09 … 02-11 in lieu (3), 02-13/14 a listed weekend; 4 make-up days.
    const holidays = [...law2027, ...days('春节', '02-09', '02-10', '02-11', '02-13', '02-14')];
    const four = days('春节', '01-30', '01-31', '02-20', '02-21');
    const inLieu = (makeupWorkdays: unknown) => findings({ ...base, holidays, makeupWorkdays }).filter((f) => f.message.includes('in lieu'));
    expect(inLieu(four)).toEqual([
      { severity: 'warning', message: '4 make-up working day(s) but only 3 weekday rest day(s) in lieu to pay for' },
      { severity: 'warning', festival: '春节', message: '4 make-up working day(s) for 春节 but only 3 weekday rest day(s) in lieu to pay for' },
    ]);
    expect(inLieu(four.slice(1))).toEqual([]);
  });

  it('the shipped years with a special notice raise no in-lieu warning: granted days are not in lieu', () => {
    for (const y of shippedYears().filter((s) => [2015, 2020].includes(s.year))) {
      expect(validateYearData(y).findings.filter((f) => f.message.includes('in lieu'))).toEqual([]);
    }
  });
});

describe('validateYear: breaks, the year\'s count, years without the law', () => {
  it('a break is measured from its first rest day, weekend included, to its last, up to December 31', () => {
    // 09-25 (Sat) … 10-05 (Tue): 11 days, the festival's first listed day a Monday.
    const holidays = [...law2027, ...days('国庆节', '09-27', '09-28', '09-29', '09-30', '10-04', '10-05')];
    expect(findings({ ...base, holidays })).toContainEqual({
      severity: 'warning', date: '2027-09-25', festival: '国庆', message: 'starts a break of 11 rest days (2027-09-25 … 2027-10-05), longer than 10',
    });
    // 12-22 (Wed) … 12-31 (Fri): 10 days, the last day of the year: fine.
    expect(findings({ ...base, holidays: [...law2027, ...days('元旦', '12-22', '12-23', '12-24', '12-27', '12-28', '12-29', '12-30', '12-31')] })).toEqual([]);
  });

  it('fewer than 245 working days is a warning', () => {
    const many = days('国庆节', '10-04', '10-05', '10-06', '10-07', '10-08').concat(days('春节', '02-09', '02-10', '02-11', '02-12'), days('清明节', '04-06'));
    expect(findings({ ...base, holidays: [...law2027, ...many] })).toEqual([{ severity: 'warning', message: 'has 244 working days, outside the usual 245–254' }]);
  });

  it('a year the library holds no law for: one warning, and no in-lieu arithmetic', () => {
    // 2040-01-01 is a Sunday: 20 make-up weekend days, more than the weekday rest days listed.
    const weekends2040 = Array.from({ length: 10 }, (_, w) => [7 * w + 7, 7 * w + 8]).flat().map((n) => new Date(Date.UTC(2040, 0, n)).toISOString().slice(0, 10)).filter((d) => !law2027.some((h) => h.date.replace('2027', '2040') === d));
    const y = (d: string) => d.replace('2027', '2040');
    const input = { year: 2040, notice: 'x', holidays: law2027.map((h) => ({ ...h, date: y(h.date) })), makeupWorkdays: weekends2040.map((date) => ({ date, festival: '春节' })) };
    const messages = validateYear(input).findings.map((f) => f.message);
    expect(messages).toContain('the library holds no holiday law or lunar dates for 2040: statutory days not checked');
    expect(messages.filter((m) => m.includes('in lieu'))).toEqual([]);
  });
});

describe('validateYear: an input that is not a year', () => {
  it('names the path, the date for a date field only, and the year only when it is a number', () => {
    const r = validateYear({ year: '2027', notice: 'x', holidays: [{ date: '2027-02-30', festival: '' }] });
    expect(r).not.toHaveProperty('year');
    expect(r.findings).toContainEqual(expect.objectContaining({ path: 'holidays[0].date', date: '2027-02-30' }));
    const festival = r.findings.find((f) => f.path === 'holidays[0].festival');
    expect(festival).toBeDefined();
    expect(festival).not.toHaveProperty('date');
    expect(validateYear({ year: 2027, notice: 'x', holidays: [] })).toMatchObject({ ok: false, year: 2027 });
  });
});
