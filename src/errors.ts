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

/** One step of an error's {@link InvalidInputError.path}: a property name or an array index. */
export type PathSegment = string | number;

/**
 * The path a field name spells: `events[2].from` → `['events', 2, 'from']`, `options.now` →
 * `['options', 'now']`, `--now` → `['--now']`. For errors made without an explicit path.
 *
 * @example
 * pathOfField('events[2].correction.requestedAt'); // ['events', 2, 'correction', 'requestedAt']
 * pathOfField('input'); // ['input']
 */
export function pathOfField(field: string): PathSegment[] {
  const out: PathSegment[] = [];
  for (const m of field.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) out.push(m[1] === undefined ? (m[2] as string) : Number(m[1]));
  return out;
}

/**
 * A value the caller passed is not acceptable: `field` names the parameter (or JSON path) and
 * `value` is what was given. Never thrown for a value that could be read another way: nothing is
 * coerced.
 *
 * `path` is the same place as structured data, for programs: the parameter, then each property
 * name or array index down to the value (`field` `events[2].from` is `path`
 * `['events', 2, 'from']`). Schema refusals take it from the validator's issue path, so a key
 * that holds a `.` stays one segment; read it instead of taking `field` or the message apart.
 *
 * @example
 * import { InvalidInputError, isWorkday, obligations } from 'gov-site-rules';
 * try { isWorkday('2026-02-30'); } catch (e) { (e as InvalidInputError).field; } // 'date'
 * try { obligations([{ id: 'a', rule: 'deyang-2018/art24-policy-document', from: '2026-02-30' }], { now: '2026-10-09T12:00:00+08:00' }); } catch (e) { (e as InvalidInputError).path; } // ['events', 0, 'from']
 */
export class InvalidInputError extends RulesError {
  readonly field: string;
  readonly value: unknown;
  readonly reason: string;
  /** Where the refused value is: the parameter, then property names and array indexes. */
  readonly path: readonly PathSegment[];
  constructor(field: string, value: unknown, reason: string, path?: readonly PathSegment[]) {
    super('INVALID_INPUT', `Invalid ${field}: ${describeValue(value)} ${reason}`);
    this.name = 'InvalidInputError';
    this.field = field;
    this.value = value;
    this.reason = reason;
    this.path = Object.freeze(path === undefined ? pathOfField(field) : [...path]);
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
