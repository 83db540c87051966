/**
 * Argument parsing shared by the commands: node:util parseArgs in strict mode, with its errors
 * turned into the library's InvalidInputError so they exit 2 like any other refusal.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InvalidInputError } from '../errors.js';

export type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses `argv` against `options`; unknown flags and missing values are refused. */
export function parse<O extends Options>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new InvalidInputError('arguments', argv.join(' '), (e as Error).message.replace(/\s+/g, ' '));
  }
}

/** The n-th positional argument, or an InvalidInputError naming it. */
export function positional(positionals: string[], index: number, name: string): string {
  const value = positionals[index];
  if (value === undefined) throw new InvalidInputError(name, undefined, 'is missing');
  return value;
}

/** A whole number from the command line, never a partial parse like parseInt('3x'). */
export function wholeNumber(text: string, name: string): number {
  if (!/^\d{1,9}$/.test(text)) throw new InvalidInputError(name, text, 'is not a whole number');
  return Number(text);
}
