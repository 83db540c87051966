/**
 * Argument parsing shared by the commands: node:util parseArgs in strict mode, plus what it lets
 * through — a repeated flag, an extra positional argument — refused, and unknown flags refused
 * with a "did you mean" hint. Every refusal is an InvalidInputError (exit 2) that echoes at most
 * 80 characters of the bad argument.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InvalidInputError } from '../errors.js';
import { clip, didYouMean } from './text.js';

export type Options = NonNullable<ParseArgsConfig['options']>;

/** What a command takes besides its flags. */
export interface Signature {
  /** The command's name, for messages. */
  readonly command: string;
  /** The names of its positional arguments, in order; more are refused. */
  readonly positionals: readonly string[];
}

/**
 * Parses `argv` against `options`: unknown flags (with a hint), missing values, repeated flags
 * and extra positional arguments are refused.
 *
 * @example
 * parse(['2026-09-30', '3', '--json'], { json: { type: 'boolean' } }, { command: 'add-workdays', positionals: ['date', 'n'] }).positionals; // ['2026-09-30', '3']
 */
export function parse<O extends Options>(argv: string[], options: O, signature: Signature) {
  const all: Options = { ...options, help: { type: 'boolean', short: 'h' } };
  const flags = Object.keys(all).map((k) => `--${k}`);
  // Unknown flags first, so that the message can name the flag and suggest one.
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') break;
    if (a.startsWith('--')) {
      const name = a.slice(2).split('=', 1)[0] as string;
      const o = Object.prototype.hasOwnProperty.call(all, name) ? all[name] : undefined;
      if (o === undefined) throw new InvalidInputError('arguments', clip(a), `is not an option of ${signature.command}${didYouMean(`--${name}`, flags)}`);
      if (o.type === 'string' && !a.includes('=')) i++;
    } else if (a.startsWith('-') && a !== '-' && a !== '-h') {
      throw new InvalidInputError('arguments', clip(a), `is not an option of ${signature.command}${didYouMean(a, flags)}`);
    }
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: all, allowPositionals: true, strict: true, tokens: true });
  } catch (e) {
    let message = (e as Error).message.replace(/\s+/g, ' ');
    for (const a of argv) if (a.length > 80) message = message.split(a).join(clip(a));
    throw new InvalidInputError('arguments', clip(argv.join(' ')), message);
  }
  const seen = new Set<string>();
  for (const t of parsed.tokens ?? []) {
    if (t.kind !== 'option' || all[t.name]?.multiple === true) continue; // a repeatable flag (--calendar FILE …)
    if (seen.has(t.name)) throw new InvalidInputError(`--${t.name}`, t.value === undefined ? true : clip(t.value), 'is given more than once: give each flag once');
    seen.add(t.name);
  }
  const { positionals } = parsed;
  if (positionals.length > signature.positionals.length) {
    const takes = signature.positionals.length === 0 ? 'no arguments besides flags' : signature.positionals.map((p) => `<${p}>`).join(' ');
    throw new InvalidInputError('arguments', clip(positionals[signature.positionals.length] as string), `is an unexpected extra argument: ${signature.command} takes ${takes}`);
  }
  return { values: parsed.values as ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>['values'], positionals };
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
