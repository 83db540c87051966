/**
 * The one way a test says "this call must throw": `refusal(fn)` for the library's usual answer to
 * bad input (an `InvalidInputError`), `thrown(fn, ErrorClass)` for any other class
 * (`CalendarCoverageError`, `RulesError`…), `thrown(fn)` when the test inspects whatever was thrown
 * itself. Each fails the test when `fn` returns instead of throwing, or throws the wrong class, and
 * hands back the error so the call site can assert its fields and message.
 */
import { expect } from 'vitest';
import { InvalidInputError } from '../src/index.js';

/** A class of errors, abstract or not (only used for `instanceof`). */
export type ErrorClass<E> = abstract new (...args: never[]) => E;

/** A short rendering of `fn` for the "nothing was thrown" message. */
const shown = (fn: () => unknown): string => {
  const source = String(fn).replace(/\s+/g, ' ');
  return source.length > 160 ? `${source.slice(0, 157)}...` : source;
};

/** Whatever `fn` throws; the test fails when `fn` returns (with what it returned). */
export function thrown(fn: () => unknown): unknown;
/** The `ErrorClass` error `fn` throws; the test fails when `fn` returns or throws anything else. */
export function thrown<E>(fn: () => unknown, ErrorClass: ErrorClass<E>): E;
export function thrown<E>(fn: () => unknown, ErrorClass?: ErrorClass<E>): unknown {
  let result: unknown;
  try {
    result = fn();
  } catch (e) {
    if (ErrorClass !== undefined) expect(e).toBeInstanceOf(ErrorClass);
    return e;
  }
  const wanted = ErrorClass === undefined ? 'an error' : `${/^[AEIOU]/.test(ErrorClass.name) ? 'an' : 'a'} ${ErrorClass.name}`;
  let returned: string;
  try {
    returned = JSON.stringify(result) ?? String(result);
  } catch {
    returned = String(result);
  }
  throw new Error(`expected ${wanted} to be thrown by ${shown(fn)}, but it returned ${returned.slice(0, 200)}`);
}

/**
 * The `InvalidInputError` `fn` throws, checked to name its field at the head of its message
 * ("Invalid <field>: …"); the test fails when `fn` returns or throws anything else.
 */
export function refusal(fn: () => unknown): InvalidInputError {
  const e = thrown(fn, InvalidInputError);
  expect(e.message.startsWith(`Invalid ${e.field}: `), `message names the field: ${e.message}`).toBe(true);
  return e;
}
