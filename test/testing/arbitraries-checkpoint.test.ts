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
import { oracleAddWorkdays } from '../calendar/oracle.js';
import { refusal } from '../refusal.js';

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

  it('too late: a proactive disclosure (20 working days) triggered the day before must fall due in 2026', () => {
    // chinese-days: 20 working days from 2026-12-03 end on 2026-12-31; from 2026-12-04 the 19th
    // is 2026-12-31 already, so the 20th is in 2027.
    expect(oracleAddWorkdays('2026-12-03', 20)).toBe('2026-12-31');
    expect(oracleAddWorkdays('2026-12-04', 19)).toBe('2026-12-31');
    sampleChecks('2026-12-04T23:59:59+08:00');
    const e = refused('2026-12-05T00:00:00+08:00');
    expect(e.reason).toBe('is too late for the calendar: a publication triggered the day before would be due after 2026-12-31 (deyang-2018/art24-proactive)');
  });

  it('an instant in another offset is judged by its Beijing day', () => {
    // 2026-12-04T15:59:59Z is 23:59:59 in Beijing; one second later it is 2026-12-05.
    sampleChecks('2026-12-04T15:59:59Z');
    expect(refused('2026-12-04T16:00:00Z').reason).toContain('is too late for the calendar');
  });
});
