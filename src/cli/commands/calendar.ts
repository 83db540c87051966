/**
 * Calendar commands: add-workdays, is-workday.
 */
import { parse, positional, wholeNumber } from '../args.js';
import { CALENDAR_OPTION, loadCliCalendar, yearStatuses } from '../calendar-files.js';
import { type CliCommand, EXIT } from '../io.js';

const calendarFlags = { ...CALENDAR_OPTION, provisional: { type: 'boolean' }, json: { type: 'boolean' } } as const;

export const addWorkdaysCommand: CliCommand = {
  name: 'add-workdays',
  usage: 'gov-site-rules add-workdays <date|instant> <n> [--calendar FILE]… [--provisional] [--json]',
  async run(argv, io) {
    const { values, positionals } = parse(argv, calendarFlags, { command: 'add-workdays', positionals: ['date', 'n'] });
    const from = positional(positionals, 0, 'date');
    const n = wholeNumber(positional(positionals, 1, 'n'), 'n');
    const cli = await loadCliCalendar(values.calendar, io.env, values.provisional === true);
    const result = cli.calendar.addWorkdays(from, n);
    const provisional = values.provisional === true && cli.calendar.dayKind(result).provisional;
    const years = yearStatuses(cli, cli.calendar.dayKind(from).date, result);
    const out = values.json ? JSON.stringify({ from, n, date: result, ...(values.provisional ? { provisional } : {}), years }) : `${result}${provisional ? ' (provisional 暂定)' : ''}`;
    io.stdout.write(`${out}\n`);
    return EXIT.ok;
  },
};

export const isWorkdayCommand: CliCommand = {
  name: 'is-workday',
  usage: 'gov-site-rules is-workday <date|instant> [--calendar FILE]… [--provisional] [--json]',
  async run(argv, io) {
    const { values, positionals } = parse(argv, calendarFlags, { command: 'is-workday', positionals: ['date'] });
    const cli = await loadCliCalendar(values.calendar, io.env, values.provisional === true);
    const kind = cli.calendar.dayKind(positional(positionals, 0, 'date'));
    const label = { workday: '工作日 working day', weekend: '周末 weekend', holiday: '节假日 holiday', 'makeup-workday': '调休上班 make-up working day' }[kind.kind];
    const text = `${kind.date} ${label}${kind.festival ? ` (${kind.festival})` : ''}${kind.provisional ? ' (provisional 暂定)' : ''}`;
    io.stdout.write(values.json ? `${JSON.stringify({ ...kind, years: yearStatuses(cli, kind.date, kind.date) })}\n` : `${text}\n`);
    return EXIT.ok;
  },
};
