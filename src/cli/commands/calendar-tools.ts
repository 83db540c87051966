/**
 * `gov-site-rules calendar check FILE`: a hand-typed notice checked against the holiday law in
 * force that year (validateYear), before anyone relies on it. Exit 0: no error (warnings may be
 * listed); 1: an error; 2: the file cannot be read or is not JSON.
 */
import { calendarToICalendar } from '../../calendar/ics.js';
import { validateYear, type YearValidation } from '../../calendar/validate-year.js';
import { InvalidInputError } from '../../errors.js';
import { parse, positional, wholeNumber } from '../args.js';
import { CALENDAR_OPTION, loadCliCalendar, readJsonFile, yearStatuses } from '../calendar-files.js';
import { type CliCommand, type CliIo, EXIT } from '../io.js';

/**
 * The report of `calendar check` as text.
 *
 * @example
 * renderValidation(validateYear({ year: 2027 }), 'x.json').includes('ERROR'); // true
 */
export function renderValidation(r: YearValidation, file: string): string {
  const errors = r.findings.filter((f) => f.severity === 'error').length;
  const lines = [`${file}: ${r.year ?? '?'}${r.law === undefined ? '' : ` — checked against ${r.law}`}`];
  if (r.amends !== undefined) lines.push(`  an amendment, applied to: ${r.amends}`);
  for (const f of r.findings) {
    const where = [f.path, f.date, f.festival].filter((x) => x !== undefined).join(' ');
    lines.push(`  ${f.severity === 'error' ? 'ERROR  ' : 'WARNING'}  ${where}${where === '' ? '' : ': '}${f.message}`);
  }
  for (const p of r.pairs ?? []) lines.push(`  PAIR     ${p.makeup}: make-up working day, pays for ${p.restDay}`);
  const counts = r.workdays === undefined ? '' : `${r.workdays} working days, ${r.restDays} rest days, ${r.makeupWorkdays} make-up working day(s); `;
  lines.push(`  ${counts}${errors} error(s), ${r.findings.length - errors} warning(s) — ${r.ok ? 'OK' : 'NOT OK'}`);
  return `${lines.join('\n')}\n`;
}

async function check(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv, { json: { type: 'boolean' } }, { command: 'calendar check', positionals: ['FILE'] });
  const file = positional(positionals, 0, 'FILE');
  const result = validateYear(await readJsonFile(file, file));
  io.stdout.write(values.json ? `${JSON.stringify({ file, ...result })}\n` : renderValidation(result, file));
  return result.ok ? EXIT.ok : EXIT.ruleFailed;
}

async function coverage(argv: string[], io: CliIo): Promise<number> {
  const { values } = parse(argv, { ...CALENDAR_OPTION, provisional: { type: 'boolean' }, json: { type: 'boolean' } }, { command: 'calendar coverage', positionals: [] });
  const cli = await loadCliCalendar(values.calendar, io.env, values.provisional === true);
  const years = yearStatuses(cli);
  if (values.json) {
    io.stdout.write(`${JSON.stringify({ coverage: cli.calendar.coverage, years })}\n`);
  } else {
    const label = (y: (typeof years)[number]) =>
      `${y.status === 'loaded' ? `loaded from ${y.file}` : y.status}${y.amendedBy === undefined ? '' : `, amended by ${y.amendedBy.join(', ')}`}`;
    const width = Math.max(...years.map((y) => label(y).length));
    io.stdout.write(`${cli.calendar.coverage.start}..${cli.calendar.coverage.end}\n${years.map((y) => `${y.year}  ${label(y).padEnd(width)}  ${y.source}`).join('\n')}\n`);
  }
  return EXIT.ok;
}

async function ics(argv: string[], io: CliIo): Promise<number> {
  const { values } = parse(argv, { ...CALENDAR_OPTION, provisional: { type: 'boolean' }, year: { type: 'string' } }, { command: 'calendar ics', positionals: [] });
  const cli = await loadCliCalendar(values.calendar, io.env, values.provisional === true);
  const year = values.year === undefined ? {} : { year: wholeNumber(values.year, '--year') };
  io.stdout.write(calendarToICalendar(cli.calendar, { ...year, stamp: new Date() }));
  return EXIT.ok;
}

const SUBCOMMANDS: Readonly<Record<string, (argv: string[], io: CliIo) => Promise<number>>> = { check, coverage, ics };

export const calendarCommand: CliCommand = {
  name: 'calendar',
  usage:
    'gov-site-rules calendar check FILE [--json]\n' +
    '       gov-site-rules calendar coverage [--calendar FILE]… [--provisional] [--json]\n' +
    '       gov-site-rules calendar ics [--year Y] [--calendar FILE]… [--provisional] > holidays.ics\n' +
    '  check: a year typed from a State Council notice (the format of withYear / --calendar), checked against the holiday law\n' +
    '         in force that year. Exit 0: no error; 1: an error (listed with its date and reason); 2: unreadable or not JSON.\n' +
    '  coverage: every year the calendar answers for: official, loaded from FILE, or provisional, with its source.\n' +
    '  ics: the rest days and make-up working days as all-day events (RFC 5545, DTEND exclusive), each with its notice.',
  run(argv, io) {
    const [sub, ...rest] = argv;
    const run = sub !== undefined && Object.hasOwn(SUBCOMMANDS, sub) ? SUBCOMMANDS[sub] : undefined;
    if (run === undefined) throw new InvalidInputError('subcommand', sub, `is not one of ${Object.keys(SUBCOMMANDS).join(', ')}`);
    return run(rest, io);
  },
};
