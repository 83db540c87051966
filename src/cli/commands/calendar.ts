/**
 * Calendar commands: add-workdays, is-workday.
 */
import { defaultCalendar } from '../../calendar/calendar.js';
import { parse, positional, wholeNumber } from '../args.js';
import { type CliCommand, EXIT } from '../io.js';

export const addWorkdaysCommand: CliCommand = {
  name: 'add-workdays',
  summary: 'The n-th working day after a date (Beijing calendar)',
  usage: 'gov-site-rules add-workdays <date|instant> <n> [--json]',
  run(argv, io) {
    const { values, positionals } = parse(argv, { json: { type: 'boolean' } }, { command: 'add-workdays', positionals: ['date', 'n'] });
    const from = positional(positionals, 0, 'date');
    const n = wholeNumber(positional(positionals, 1, 'n'), 'n');
    const result = defaultCalendar.addWorkdays(from, n);
    io.stdout.write(values.json ? `${JSON.stringify({ from, n, date: result })}\n` : `${result}\n`);
    return EXIT.ok;
  },
};

export const isWorkdayCommand: CliCommand = {
  name: 'is-workday',
  summary: 'Whether a date is a working day, and what kind of day it is',
  usage: 'gov-site-rules is-workday <date|instant> [--json]',
  run(argv, io) {
    const { values, positionals } = parse(argv, { json: { type: 'boolean' } }, { command: 'is-workday', positionals: ['date'] });
    const kind = defaultCalendar.dayKind(positional(positionals, 0, 'date'));
    const label = { workday: '工作日 working day', weekend: '周末 weekend', holiday: '节假日 holiday', 'makeup-workday': '调休上班 make-up working day' }[kind.kind];
    io.stdout.write(values.json ? `${JSON.stringify(kind)}\n` : `${kind.date} ${label}${kind.festival ? ` (${kind.festival})` : ''}\n`);
    return EXIT.ok;
  },
};
