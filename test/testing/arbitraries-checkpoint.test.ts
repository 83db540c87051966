/**
 * `snapshot({ at })` refuses a checkpoint it cannot serve when it is built, not while sampling:
 * a date Date.parse would roll over, a checkpoint so early that its publications (triggered 1..200
 * days before it) predate the Deyang measures (in force 2018-01-25, deyang-2018.md), or so late
 * that a publication triggered the day before would be due after the calendar's coverage.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSite, InvalidInputError } from '../../src/index.js';
import { snapshot } from '../../src/testing/index.js';
import { oracleAddWorkdays, oracleIsWorkday } from '../calendar/oracle.js';
import { refusal } from '../refusal.js';
import { lastCoveredDate } from '../coverage-year.js';

/** The InvalidInputError `snapshot({ at })` throws, naming `at`. */
const refused = (at: string): InvalidInputError => {
  const e = refusal(() => snapshot({ at }));
  expect(e.field).toBe('at');
  return e;
};
const sampleChecks = (at: string) => {
  for (const c of fc.sample(snapshot({ at }), { numRuns: 5, seed: 7 })) {
    expect(c.at).toBe(at);
    expect(checkSite(c.snapshot, { at: c.at }).verdict).toBe('qualified');
  }
};

describe('snapshot({ at }): the checkpoint is checked when the arbitrary is built', () => {
  it.each(['2025-02-30T09:00:00+08:00', '2025-02-28T24:00:00+08:00', '2026-04-31T08:00:00Z'])('%s: not a real date and time', (at) => {
    expect(refused(at).reason).toBe('is not a real date and time (Date.parse would roll it over)');
  });

  it('too early: the first checkpoint served is 200 days after 2018-01-25, in Beijing', () => {
    const first = new Date(Date.UTC(2018, 0, 25) + 200 * 86_400_000).toISOString().slice(0, 10);
    expect(first).toBe('2018-08-13');
    sampleChecks(`${first}T00:00:00+08:00`);
    const e = refused('2018-08-12T23:59:59+08:00');
    expect(e.reason).toBe('is too early: publications triggered up to 200 days before it must be on or after 2018-01-25, when the Deyang measures took effect');
    // 2018-08-12T16:00Z is 2018-08-13 00:00 in Beijing: served.
    sampleChecks('2018-08-12T16:00:00Z');
  });

  // The last checkpoint served: the 20th working day counted back from the calendar's last day, by
  // chinese-days (2026: from 2026-12-03, 20 working days end on 2026-12-31; from 2026-12-04 the 19th is
  // 2026-12-31 already, so the 20th is in 2027 — the last checkpoint is 2026-12-04).
  const lastCheckpoint = (): string => {
    let day = lastCoveredDate();
    for (let found = oracleIsWorkday(day) ? 1 : 0; found < 20; ) {
      day = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      if (oracleIsWorkday(day)) found++;
    }
    return day;
  };
  const dayAfter = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const dayBefore = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

  it('too late: a proactive disclosure (20 working days) triggered the day before must fall due inside the calendar', () => {
    const last = lastCheckpoint();
    expect(oracleAddWorkdays(dayBefore(last), 20) <= lastCoveredDate()).toBe(true);
    expect(oracleAddWorkdays(last, 19) <= lastCoveredDate()).toBe(true);
    sampleChecks(`${last}T23:59:59+08:00`);
    const e = refused(`${dayAfter(last)}T00:00:00+08:00`);
    expect(e.reason).toBe(`is too late for the calendar: a publication triggered the day before would be due after ${lastCoveredDate()} (deyang-2018/art24-proactive)`);
  });

  it('an instant in another offset is judged by its Beijing day', () => {
    // 15:59:59Z on the last checkpoint is 23:59:59 in Beijing; one second later it is the next day there.
    const last = lastCheckpoint();
    sampleChecks(`${last}T15:59:59Z`);
    expect(refused(`${last}T16:00:00Z`).reason).toContain('is too late for the calendar');
  });
});
