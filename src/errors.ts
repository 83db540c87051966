import { dateTimeValue } from './date-like.js';

/**
 * The errors every public function may throw. Anything else escaping the library is a bug.
 *
 * @example
 * import { addWorkdays, RulesError } from 'gov-site-rules';
 * try { addWorkdays('2026-02-30', 3); } catch (e) { if (e instanceof RulesError) console.log(e.code); }
 */
export class RulesError extends Error {
  /** A stable machine-readable code, e.g. `INVALID_INPUT` or `CALENDAR_COVERAGE`. */
  readonly code: string;
  // Names are set literally in each class: a minifier renames classes, and error.name must not change.
  constructor(code: string, message: string) {
    super(message);
    this.name = 'RulesError';
    this.code = code;
  }
}

/**
 * Renders a caller's value for an error message. Never throws and runs none of the caller's code
 * that could: a getter or Proxy trap that throws, or a revoked Proxy, gives `object`; only a
 * genuine Date is shown as a date.
 *
 * @example
 * describeValue(Object.create(Date.prototype)); // 'object'
 * describeValue(new Date(0)); // 'Date(1970-01-01T00:00:00.000Z)'
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'symbol' || typeof value === 'function') return typeof value;
  const ms = dateTimeValue(value);
  if (ms !== undefined) return Number.isNaN(ms) ? 'Invalid Date' : `Date(${new Date(ms).toISOString()})`;
  let isArray = false;
  try {
    isArray = Array.isArray(value);
  } catch {
    return 'object'; // a revoked Proxy
  }
  if (!isArray) return 'object';
  try {
    const n: unknown = (value as unknown[]).length;
    return typeof n === 'number' ? `array(${n})` : 'array';
  } catch {
    return 'array'; // a Proxy of an array whose `length` trap throws
  }
}

/**
 * A value the caller passed is not acceptable: `field` names the parameter (or JSON path) and
 * `value` is what was given. Never thrown for a value that could be read another way: nothing is
 * coerced.
 *
 * @example
 * import { InvalidInputError, isWorkday } from 'gov-site-rules';
 * try { isWorkday('2026-02-30'); } catch (e) { (e as InvalidInputError).field; } // 'date'
 */
export class InvalidInputError extends RulesError {
  readonly field: string;
  readonly value: unknown;
  readonly reason: string;
  constructor(field: string, value: unknown, reason: string) {
    super('INVALID_INPUT', `Invalid ${field}: ${describeValue(value)} ${reason}`);
    this.name = 'InvalidInputError';
    this.field = field;
    this.value = value;
    this.reason = reason;
  }
}

/**
 * The question needs working-day data for a year the calendar does not hold. `year` is the first
 * missing year the computation needed.
 *
 * @example
 * import { addWorkdays, CalendarCoverageError } from 'gov-site-rules';
 * try { addWorkdays('2026-12-30', 5); } catch (e) { (e as CalendarCoverageError).year; } // 2027
 */
export class CalendarCoverageError extends RulesError {
  readonly year: number;
  readonly coverage: { readonly start: string; readonly end: string };
  /** What is missing, without the hint on how to fix it (the CLI adds its own hint). */
  readonly problem: string;
  constructor(year: number, coverage: { start: string; end: string }) {
    const problem = `No working-day data for ${year}: the calendar covers ${coverage.start}..${coverage.end}.`;
    super(
      'CALENDAR_COVERAGE',
      `${problem} Add ${year} with calendar.withYear({ year: ${year}, notice, holidays, makeupWorkdays }) once the State Council ` +
        'publishes its holiday notice, or opt in to provisional mode (calendar.provisional({ through }) or { provisional: true }).',
    );
    this.name = 'CalendarCoverageError';
    this.year = year;
    this.coverage = Object.freeze({ ...coverage });
    this.problem = problem;
  }
}
