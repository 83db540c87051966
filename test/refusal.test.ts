/**
 * The shared refusal helper (test/refusal.ts) is what every "this input is refused" test leans on:
 * if it let a call that returns, or that throws the wrong class, pass, those tests could not fail.
 */
import { describe, expect, it } from 'vitest';
import { CalendarCoverageError, InvalidInputError, RulesError, addWorkdays, defaultCalendar } from '../src/index.js';
import { refusal, thrown } from './refusal.js';
import { lastCoveredDate } from './coverage-year.js';

const invalid = () => new InvalidInputError('n', 1.5, 'is not an integer');

describe('refusal(fn)', () => {
  it('hands back the InvalidInputError fn throws, the very object', () => {
    const error = invalid();
    expect(refusal(() => { throw error; })).toBe(error);
    expect(refusal(() => addWorkdays('2026-09-30', 1.5)).field).toBe('n');
  });

  it('fails the test when fn returns, saying what it returned', () => {
    expect(() => refusal(() => 42)).toThrow(/^expected an InvalidInputError to be thrown by .*, but it returned 42$/);
    const day = addWorkdays('2026-09-30', 3);
    expect(() => refusal(() => addWorkdays('2026-09-30', 3))).toThrow(`but it returned ${JSON.stringify(day)}`);
    expect(() => refusal(() => undefined)).toThrow('but it returned undefined');
  });

  it('fails the test when fn throws another class (even another RulesError)', () => {
    expect(() => refusal(() => { throw new TypeError('boom'); })).toThrow(/InvalidInputError/);
    const coverage = thrown(() => addWorkdays(lastCoveredDate('12-30'), 5), CalendarCoverageError);
    expect(() => refusal(() => { throw coverage; })).toThrow(/InvalidInputError/);
  });

  it('fails the test when the message does not start by naming the field', () => {
    const error = invalid();
    Object.defineProperty(error, 'message', { value: 'something went wrong' });
    expect(() => refusal(() => { throw error; })).toThrow(/message names the field/);
  });
});

describe('thrown(fn, ErrorClass) and thrown(fn)', () => {
  it('hands back an error of the class asked for, a subclass included', () => {
    const coverage = thrown(() => addWorkdays(lastCoveredDate('12-30'), 5), CalendarCoverageError);
    expect(coverage.year).toBe(Number(defaultCalendar.coverage.end.slice(0, 4)) + 1);
    expect(thrown(() => { throw coverage; }, RulesError)).toBe(coverage);
  });

  it('fails the test on another class, or when fn returns', () => {
    expect(() => thrown(() => { throw invalid(); }, CalendarCoverageError)).toThrow(/CalendarCoverageError/);
    expect(() => thrown(() => 'fine', CalendarCoverageError)).toThrow(/^expected a CalendarCoverageError to be thrown by .*, but it returned "fine"$/);
  });

  it('without a class, hands back anything thrown and still fails when fn returns', () => {
    expect(thrown(() => { throw 'a string'; })).toBe('a string');
    expect(() => thrown(() => null)).toThrow(/^expected an error to be thrown by .*, but it returned null$/);
  });
});
