/**
 * The CLI's dispatcher: picks the command, maps errors to exit codes. No process globals here;
 * main.ts wires the real process in.
 */
import { CalendarCoverageError, InvalidInputError, RulesError } from '../errors.js';
import { commands } from './commands/index.js';
import { type CliIo, EXIT, OutputError } from './io.js';
import { clip, didYouMean, escapeControls } from './text.js';

declare const __VERSION__: string;

/**
 * The package version (from the build; `dev` when run from source).
 *
 * @example
 * version(); // '0.1.0'
 */
export function version(): string {
  return typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';
}

/** The exit codes, as `--help` lists them (the README says the same). */
export const EXIT_CODES_HELP = [
  'Exit codes:',
  '  0    ok: nothing fails, nothing is overdue',
  '  1    a rule fails (check), an obligation is overdue (due)',
  '  2    invalid input or arguments, or a date outside the calendar (one line on stderr names the value)',
  '  70   internal error: a bug (one line on stderr; GSR_DEBUG=1 prints the stack)',
  '  74   the output could not be written (ENOSPC, EIO …; one line on stderr). A closed pipe (| head) is not',
  '       an error: the rest of the output is dropped and the exit code is the one the run would have had',
  '  130  interrupted by SIGINT (Ctrl-C): the shell reports 128 + the signal number',
  '  143  terminated by SIGTERM (128 + 15); an .ics file being written is never left half-written',
].join('\n');

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'gov-site-rules — rules for Chinese government websites (Deyang 2018, census, OGI regulation)',
    '',
    'Usage: gov-site-rules <command> [options]   (gov-site-rules <command> --help for details)',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    EXIT_CODES_HELP,
  ].join('\n');
}

/**
 * A "did you mean" for an unknown rule id (a `rule` or `rule-id` field, also `line 3: rule`), read
 * from the error's path. The catalog is imported here, on this error only (see commands/index.ts).
 */
async function ruleHint(e: RulesError): Promise<string> {
  if (!(e instanceof InvalidInputError) || typeof e.value !== 'string') return '';
  const last = e.path[e.path.length - 1];
  if (last !== 'rule' && last !== 'rule-id') return '';
  const { catalog } = await import('../rules/catalog.js');
  const ids = catalog.map((c) => c.id);
  return ids.includes(e.value) ? '' : didYouMean(e.value, ids);
}

/**
 * Runs the CLI with `argv` (without node and script) and returns the exit code.
 *
 * @example
 * await runCli(['add-workdays', '2026-09-30', '3'], io); // prints 2026-10-10, returns 0
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(`${help()}\n`);
    return name === undefined ? EXIT.invalid : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${version()}\n`);
    return EXIT.ok;
  }
  const entry = commands.find((c) => c.name === name);
  if (entry === undefined) {
    const hint = didYouMean(name, commands.map((c) => c.name));
    io.stderr.write(`gov-site-rules: unknown command ${escapeControls(JSON.stringify(clip(name)))}${hint}; see gov-site-rules --help\n`);
    return EXIT.invalid;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${entry.summary}\n\nUsage: ${command.usage}\n\n${EXIT_CODES_HELP}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof RulesError) {
      const message = e instanceof CalendarCoverageError ? (await import('./calendar-files.js')).cliCoverageMessage(e) : e.message;
      io.stderr.write(`gov-site-rules ${name}: ${escapeControls(message)}${await ruleHint(e)}\n`);
      return EXIT.invalid;
    }
    if (e instanceof OutputError) {
      io.stderr.write(`gov-site-rules ${name}: ${escapeControls(e.message)}\n`);
      return EXIT.ioError;
    }
    throw e;
  }
}
