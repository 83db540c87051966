/**
 * The options the arbitraries refuse: each refusal is an `InvalidInputError` thrown when the
 * arbitrary is built (not while sampling), whose `field` names the option and whose message says
 * what is wrong with it. Calendar facts come from the spec (coverage 2011-01-01..2026-12-31, the
 * Deyang measures in force from 2018-01-25, National Day 2026 10-01..10-07) and plain weekdays.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCalendar, InvalidInputError, type WorkdayCalendar } from '../../src/index.js';
import { arbitraries } from '../../src/testing/index.js';
import { refusal } from '../refusal.js';
import { FIRST_UNCOVERED_YEAR, lastCoveredDate, uncoveredDate } from '../coverage-year.js';

const { coveredDate, workday, restDay, instant, snapshot, publication } = arbitraries;
const { start, end } = defaultCalendar.coverage;

/** Runs `build`, expecting an InvalidInputError on `field` whose message contains every fragment. */
function refused(build: () => unknown, field: string, ...fragments: string[]): InvalidInputError {
  const e = refusal(build);
  expect(e.field).toBe(field);
  for (const f of fragments) expect(e.message).toContain(f);
  return e;
}

describe('date bounds', () => {
  it('a min or max that is not a YYYY-MM-DD date is refused, naming the bound', () => {
    refused(() => coveredDate({ min: 'next monday' }), 'min', '"next monday"', 'is not a date YYYY-MM-DD');
    refused(() => coveredDate({ min: '2026-1-5' }), 'min', 'is not a date YYYY-MM-DD');
    // Shaped like a date but not on the calendar: February 2026 has 28 days, there is no month 13.
    refused(() => coveredDate({ min: '2026-02-30' }), 'min', '"2026-02-30"', 'is not a date YYYY-MM-DD');
    refused(() => workday({ max: '2026-13-01' }), 'max', '"2026-13-01"', 'is not a date YYYY-MM-DD');
    refused(() => instant({ max: '2025-02-29' }), 'max', 'is not a date YYYY-MM-DD');
  });

  it("bounds outside the calendar's coverage are refused, naming the bound and the coverage", () => {
    const coverage = `is outside the calendar's coverage 2011-01-01..${lastCoveredDate()}`;
    expect([start, end]).toEqual(['2011-01-01', lastCoveredDate()]);
    refused(() => coveredDate({ min: uncoveredDate('01-01') }), 'min', `"${uncoveredDate('01-01')}"`, coverage);
    refused(() => coveredDate({ min: '2010-12-31' }), 'min', coverage);
    refused(() => coveredDate({ max: '2010-12-31' }), 'max', '"2010-12-31"', coverage);
    refused(() => restDay({ max: uncoveredDate('01-01') }), 'max', coverage);
    // A calendar given in options moves the coverage the message names.
    const through = FIRST_UNCOVERED_YEAR + 1;
    const calendar = defaultCalendar.provisional({ through });
    refused(() => coveredDate({ calendar, max: `${through + 1}-01-01` }), 'max', `is outside the calendar's coverage 2011-01-01..${through}-12-31`);
  });

  it('a min after max is refused on min, naming max', () => {
    refused(() => coveredDate({ min: '2026-10-05', max: '2026-10-01' }), 'min', '"2026-10-05"', 'is after max 2026-10-01');
    refused(() => instant({ min: '2020-01-02', max: '2020-01-01' }), 'min', 'is after max 2020-01-01');
  });

  it('a range holding no working day (or no rest day) is refused, naming the range', () => {
    // 2011-01-01..03 is the New Year holiday (Saturday, Sunday, Monday): no working day before 01-04.
    refused(() => workday({ max: '2011-01-02' }), 'min', '"2011-01-01"', 'leaves no working day up to 2011-01-02');
    // National Day 2026 is 10-01..10-07; 10-08 and 10-09 are an ordinary Thursday and Friday.
    refused(() => workday({ min: '2026-10-02', max: '2026-10-06' }), 'min', '"2026-10-02"', 'leaves no working day up to 2026-10-06');
    refused(() => restDay({ min: '2026-10-08', max: '2026-10-09' }), 'min', '"2026-10-08"', 'leaves no rest day up to 2026-10-09');
  });

  it('a hand-made calendar whose data is not made of dates is refused, naming what is malformed', () => {
    // Fresh objects each time: the arbitraries remember the days of a calendar they have seen.
    const withCoverage = (coverage: { start: string; end: string }, workdays?: string[]): WorkdayCalendar =>
      Object.create(defaultCalendar, {
        coverage: { value: coverage },
        ...(workdays === undefined ? {} : { workdaysBetween: { value: () => workdays } }),
      }) as WorkdayCalendar;
    refused(() => coveredDate({ calendar: withCoverage({ start: '2026-1-1', end: '2026-12-31' }) }), 'coverage.start', '"2026-1-1"', 'is not a date');
    refused(() => coveredDate({ calendar: withCoverage({ start: '2026-01-01', end: '2026-12-32' }) }), 'coverage.end', '"2026-12-32"', 'is not a date');
    refused(() => workday({ calendar: withCoverage({ start: '2026-01-01', end: '2026-01-31' }, ['2026-01-05', '2026-1-6']) }), 'workday', '"2026-1-6"', 'is not a date');
  });
});

describe('instant() offsets', () => {
  it('an empty list of offsets is refused', () => {
    refused(() => instant({ offsets: [] }), 'offsets', 'array(0)', 'is empty');
  });

  it('offsets not written Z or ±HH:MM are refused, naming the offset', () => {
    for (const bad of ['UTC', '+8:00', '+0800', 'UTC+08:00', '+08:00:00', '08:00', '+08:00 ', 'z']) {
      refused(() => instant({ offsets: ['Z', bad] }), 'offsets', JSON.stringify(bad), 'is not an offset such as +08:00, -05:00 or Z');
    }
  });

  it('offsets beyond ±14:00 are refused; ±14:00 itself and -12:00 are accepted', () => {
    refused(() => instant({ offsets: ['+14:01'] }), 'offsets', '"+14:01"', 'is beyond ±14:00');
    refused(() => instant({ offsets: ['-15:00'] }), 'offsets', '"-15:00"', 'is beyond ±14:00');
    refused(() => instant({ offsets: ['+25:00'] }), 'offsets', 'is beyond ±14:00');
    const sample = fc.sample(instant({ offsets: ['+14:00', '-14:00', '-12:00'], min: '2020-06-01', max: '2020-06-01' }), { numRuns: 60, seed: 42 });
    expect(new Set(sample.map((s) => s.slice(19)))).toEqual(new Set(['+14:00', '-14:00', '-12:00']));
  });
});

describe('publication() trigger bounds', () => {
  it('a min before the Deyang measures took effect (2018-01-25) is refused: Art. 24 does not apply then', () => {
    refused(() => publication({ min: '2018-01-24' }), 'min', '"2018-01-24"', 'is before the Deyang measures took effect (2018-01-25)', 'Art. 24');
    refused(() => publication({ min: '2011-01-01', max: '2020-01-01' }), 'min', 'is before the Deyang measures took effect (2018-01-25)');
  });

  it('bounds leaving no trigger date whose deadline fits in the coverage are refused', () => {
    // A trigger on the calendar's 12-30 has its deadline (working days away) in the next year, beyond the coverage.
    refused(() => publication({ min: lastCoveredDate('12-30') }), 'min', `"${lastCoveredDate('12-30')}"`, 'leaves no trigger date whose deadline is inside the coverage');
    // Only max given, before the measures took effect: nothing left either.
    refused(() => publication({ max: '2015-06-30' }), 'min', 'leaves no trigger date whose deadline is inside the coverage');
  });
});

describe('snapshot() knobs', () => {
  it('at must be an ISO-8601 instant with an offset', () => {
    const message = 'is not an ISO-8601 instant with an offset, e.g. 2026-10-09T10:00:00+08:00';
    refused(() => snapshot({ at: '2025-03-01' }), 'at', message);
    // Local times (no offset) are ambiguous: Date.parse would read them in the machine's zone.
    refused(() => snapshot({ at: '2025-03-01T09:00:00' }), 'at', '"2025-03-01T09:00:00"', message);
    refused(() => snapshot({ at: '2025-03-01 09:00:00+08:00' }), 'at', message);
    // From JavaScript: not a string at all, even one that prints as an instant.
    refused(() => snapshot({ at: ['2025-03-01T09:00:00Z'] as unknown as string }), 'at', 'array(1)', message);
    refused(() => snapshot({ at: 1_740_790_800_000 as unknown as string }), 'at', message);
  });

  it('at accepts Z and ±HH:MM offsets, with or without seconds and fractions, and is returned as given', () => {
    for (const at of ['2025-03-01T09:00:00+08:00', '2025-03-01T09:00+08:00', '2025-03-01T09:00:00.250+08:00', '2025-03-01T09:00:00.5Z', '2025-02-28T20:00:00-05:00', '2025-03-01T06:30:00+05:30']) {
      const [c] = fc.sample(snapshot({ at }), { numRuns: 1, seed: 7 });
      expect(c?.at).toBe(at);
    }
  });

  it('each count knob takes a whole number 0..1000 and a refusal names the knob', () => {
    const message = 'is not a whole number 0..1000';
    refused(() => snapshot({ staleColumns: 1001 }), 'staleColumns', '1001', message);
    refused(() => snapshot({ staleColumns: 2.5 }), 'staleColumns', message);
    refused(() => snapshot({ blankColumns: -1 }), 'blankColumns', '-1', message);
    refused(() => snapshot({ unansweredMessages: Number.NaN }), 'unansweredMessages', message);
    refused(() => snapshot({ missingReviewStages: 1001 }), 'missingReviewStages', message);
    refused(() => snapshot({ missingReviewStages: '2' as unknown as number }), 'missingReviewStages', message);
    // The limits themselves are accepted (building the arbitrary generates nothing yet).
    expect(() => snapshot({ staleColumns: 1000, blankColumns: 1000, unansweredMessages: 1000, missingReviewStages: 1000 })).not.toThrow();
    expect(() => snapshot({ staleColumns: 0, blankColumns: 0, unansweredMessages: 0, missingReviewStages: 0 })).not.toThrow();
  });
});
