/**
 * The CLI's dispatcher: picks the command, maps errors to exit codes. No process globals here;
 * main.ts wires the real process in.
 */
import { CalendarCoverageError, RulesError } from '../errors.js';
import { cliCoverageMessage } from './calendar-files.js';
import { commands } from './commands/index.js';
import { type CliIo, EXIT } from './io.js';

declare const __VERSION__: string;

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'gov-site-rules — rules for Chinese government websites (Deyang 2018, census, OGI regulation)',
    '',
    'Usage: gov-site-rules <command> [options]   (gov-site-rules <command> --help for details)',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Exit codes: 0 ok, 1 a rule fails, 2 invalid input or a date outside the calendar.',
  ].join('\n');
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
    io.stdout.write(`${typeof __VERSION__ === 'string' ? __VERSION__ : 'dev'}\n`);
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (command === undefined) {
    io.stderr.write(`gov-site-rules: unknown command ${JSON.stringify(name)}; see gov-site-rules --help\n`);
    return EXIT.invalid;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.summary}\n\nUsage: ${command.usage}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof RulesError) {
      io.stderr.write(`gov-site-rules ${name}: ${e instanceof CalendarCoverageError ? cliCoverageMessage(e) : e.message}\n`);
      return EXIT.invalid;
    }
    throw e;
  }
}
