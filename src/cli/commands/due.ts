/**
 * `gov-site-rules due <events.jsonl | -> --now <instant>`: what is overdue, due soon and upcoming,
 * from one event per line (`{ id, rule, from | quarter | year, complex?, extended?, issuer?,
 * doneAt?, correction?, consultations? }`). A table by default (overdue first, in red on a terminal), `--json`, or `--ics
 * <file>` for calendar apps. Exit 0; 1 when anything is overdue; 2 on invalid input (the message
 * names the line and the JSON path).
 */
import { createProgress } from '../progress.js';
import { InvalidInputError } from '../../errors.js';
import { toICalendar } from '../../obligations/ical.js';
import {
  assembleObligations,
  MAX_EVENTS,
  type Obligation,
  type ObligationEntry,
  type ObligationEvent,
  obligationOf,
  obligations,
  type Obligations,
  type ObligationsContext,
  obligationsContext,
  type ObligationsOptions,
  type ObligationState,
  parseEvent,
} from '../../obligations/obligations.js';
import { formatPath } from '../../validate.js';
import { parse, positional, wholeNumber } from '../args.js';
import { writeFileAtomic } from '../atomic.js';
import { CALENDAR_OPTION, type CliCalendar, loadCliCalendar, yearStatuses } from '../calendar-files.js';
import { boundedLines, CLI_LIMITS, openFile, parseJsonText } from '../input.js';
import { type CliCommand, type CliIo, EXIT, useColour } from '../io.js';
import { jobsOption, jobsUsage, type LineTask, POOL_THRESHOLD, runLines } from '../pool.js';
import { escapeControls } from '../text.js';

const ORDER: readonly ObligationState[] = ['overdue', 'due-soon', 'upcoming', 'done-late', 'done-on-time'];
const LABEL: Record<ObligationState, string> = {
  overdue: 'OVERDUE  已逾期',
  'due-soon': 'DUE SOON 将到期',
  upcoming: 'upcoming 未到期',
  'done-late': 'done late 逾期完成',
  'done-on-time': 'done     按时完成',
};

/** Terminal columns of a string: East Asian wide characters take two. */
function width(s: string): number {
  let w = 0;
  for (const c of s) {
    const cp = c.codePointAt(0) as number;
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || cp >= 0x20000;
    w += wide ? 2 : 1;
  }
  return w;
}

/**
 * The table: overdue first, then due soon, upcoming, done late, done on time; by deadline within
 * each. Provisional deadlines are marked `*`.
 *
 * @example
 * renderTable([], '2026-12-01T09:00:00.000+08:00', [], false).startsWith('Obligations at 2026-12-01'); // true
 */
export function renderTable(items: readonly Obligation[], now: string, provisionalYears: readonly number[], colour: boolean): string {
  const rows = [...items].sort((a, b) => ORDER.indexOf(a.state) - ORDER.indexOf(b.state));
  const when = (o: Obligation) => (o.unit === 'hour' ? o.deadline : o.dueDate);
  const stateWidth = Math.max(...Object.values(LABEL).map(width));
  // Ids come from the input: control and bidi characters are shown as escapes, never obeyed.
  const idOf = (o: Obligation) => escapeControls(o.id);
  const idWidth = Math.max(2, ...rows.map((o) => width(idOf(o))));
  const dueWidth = Math.max(8, ...rows.map((o) => when(o).length));
  const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));
  const counts = ORDER.map((s) => `${rows.filter((o) => o.state === s).length} ${s}`).join(', ');
  const lines = [
    `Obligations at ${now} — ${counts}`,
    `${pad('STATE', stateWidth)}  ${pad('DUE', dueWidth)}   ${pad('ID', idWidth)}  RULE / ARTICLE`,
  ];
  for (const o of rows) {
    const line = `${pad(LABEL[o.state], stateWidth)}  ${pad(when(o), dueWidth)} ${o.provisional ? '*' : ' '} ${pad(idOf(o), idWidth)}  ${o.rule} ${o.article.article} (${o.article.articleEn})`;
    lines.push(colour && o.state === 'overdue' ? `\u001b[31m${line}\u001b[39m` : line);
  }
  if (provisionalYears.length > 0) {
    lines.push(
      `* provisional 暂定: counted on the statutory holidays of ${provisionalYears.join(', ')} (《全国年节及纪念日放假办法》); ` +
        'the State Council notice may move it — load it with --calendar FILE (or calendar.withYear()) when published',
    );
  }
  return `${lines.join('\n')}\n`;
}

function parseLine(text: string, n: number): ObligationEvent {
  const value = parseJsonText(text, `line ${n}`);
  try {
    return parseEvent(value, '');
  } catch (e) {
    if (e instanceof InvalidInputError) throw new InvalidInputError(`line ${n}: ${e.field}`, e.value, e.reason, e.path);
    throw e;
  }
}

/** Everything `due` needs before it reads input, from its arguments (also run by each worker of the pool). */
export interface PreparedDue {
  readonly source: string;
  readonly values: Readonly<{ json?: boolean; ics?: string; 'calendar-name'?: string; 'ics-events'?: boolean }>;
  readonly jobs: number;
  readonly jobsGiven: boolean;
  readonly cli: CliCalendar;
  readonly options: ObligationsOptions;
  readonly context: ObligationsContext;
}

/**
 * Parses and validates `due`'s arguments and loads its calendar: the part of a run before any
 * input is read (it validates `--now` too). Throws InvalidInputError naming the option.
 *
 * @example
 * (await prepareDue(['-', '--now', '2026-12-01T09:00:00+08:00'], { env: {} })).context.now; // '2026-12-01T09:00:00.000+08:00'
 */
export async function prepareDue(argv: string[], io: Pick<CliIo, 'env'>): Promise<PreparedDue> {
  const { values, positionals } = parse(argv, {
    ...CALENDAR_OPTION,
    now: { type: 'string' },
    provisional: { type: 'boolean' },
    horizon: { type: 'string' },
    json: { type: 'boolean' },
    ics: { type: 'string' },
    'calendar-name': { type: 'string' },
    'ics-events': { type: 'boolean' },
    jobs: { type: 'string' },
  }, { command: 'due', positionals: ['events'] });
  const source = positional(positionals, 0, 'events');
  if (values.now === undefined) throw new InvalidInputError('--now', undefined, 'is missing: give the moment to assess at, e.g. --now 2026-12-01T09:00:00+08:00');
  if (values.json && values.ics !== undefined) throw new InvalidInputError('--ics', values.ics, 'contradicts --json: choose one output');
  if (values['ics-events'] && values.ics === undefined) throw new InvalidInputError('--ics-events', true, 'needs --ics <file|->');
  if (values['calendar-name'] !== undefined && values.ics === undefined) throw new InvalidInputError('--calendar-name', values['calendar-name'], 'needs --ics <file|->');
  const jobs = jobsOption(values.jobs);
  const cli = await loadCliCalendar(values.calendar, io.env, values.provisional === true);
  const calendar = cli.calendar;
  const options = {
    now: values.now,
    calendar,
    ...(values.provisional ? { provisional: true } : {}),
    ...(values.horizon === undefined ? {} : { horizonDays: wholeNumber(values.horizon, '--horizon') }),
  };
  obligations([], options); // validates --now before any input is read
  return { source, values, jobs, jobsGiven: values.jobs !== undefined, cli, options, context: obligationsContext(options) };
}

/**
 * One line's event and its obligation, as the one-core run and each worker of the pool compute it
 * (`undefined` for a blank line). An invalid event stops the run: it throws InvalidInputError
 * naming line `n`. An event whose deadline cannot be computed gives `null`: the run goes on
 * reading (a later invalid line is reported first), then reports it as `obligations` would.
 *
 * @example
 * dueJsonlLine(' ', 1, await prepareDue(['-', '--now', '2026-12-01T09:00:00+08:00'], { env: {} })); // undefined
 */
export function dueJsonlLine(line: string, n: number, p: PreparedDue): ObligationEntry | null | undefined {
  if (line.trim() === '') return undefined;
  const event = parseLine(line, n);
  try {
    // The event's index in its list is not known here; the error is not kept: obligations() gives it.
    return obligationOf(event, 0, p.context);
  } catch {
    return null;
  }
}

/** `due`'s work on one line, for the pool (pool.ts). */
export const dueLineTask: LineTask<PreparedDue, ObligationEntry | null> = {
  name: 'due',
  // Measured (docs/performance.md): a line's work is too small for workers to pay on a default run.
  defaultThreshold: Infinity,
  prepare: prepareDue,
  line: dueJsonlLine,
};

/** `obligations` over the events of `lines`, an event's error naming its line (and the path inside it). */
function assessLines(lines: readonly Line[], options: ObligationsOptions): Obligations {
  const events = lines.map(({ n, line }) => parseLine(line, n));
  try {
    return obligations(events, options);
  } catch (e) {
    // An event's error names it by its path, ['events', i, …]: say which line, and the path inside it.
    if (!(e instanceof InvalidInputError) || e.path[0] !== 'events' || typeof e.path[1] !== 'number') throw e;
    const inLine = e.path.slice(2);
    throw new InvalidInputError(`line ${lines[e.path[1]]?.n}${inLine.length === 0 ? '' : `: ${formatPath('', inLine)}`}`, e.value, e.reason, inLine);
  }
}

interface Line {
  readonly n: number;
  readonly line: string;
}

export const dueCommand: CliCommand = {
  name: 'due',
  usage:
    'gov-site-rules due <events.jsonl | -> --now <instant> [--provisional] [--horizon <working days, default 3>] [--json | --ics <file|-> [--ics-events]] [--calendar-name <name>] [--jobs N] [--calendar FILE]…\n' +
    '  --ics writes VTODOs (to-dos); --ics-events writes all-day VEVENTs instead (many calendar apps ignore to-dos on import).\n' +
    '  --ics FILE is written to a temporary file in the same folder and renamed over FILE: never left half-written.\n' +
    '  One event per line: {"id":"doc-1","rule":"deyang-2018/art24-policy-document","from":"2026-09-30","doneAt":"…"}\n' +
    '  OGI replies also take "extended" (true or working days), "correction" {requestedAt, correctedReceivedAt} and "consultations" [{from, to}].\n' +
    jobsUsage(`read and assess events past the first ${POOL_THRESHOLD.toLocaleString('en-US')} lines`, 'one core: an event is too little work for threads to pay') +
    '  Exit 0: nothing overdue; 1: something is overdue; 2: invalid input (the message names the line and JSON path).',
  async run(argv, io) {
    const p = await prepareDue(argv, io);
    const { source, values, cli, options } = p;

    // Each line's event and obligation, on the pool past the first lines; then, as obligations()
    // does, sorted and summed up. Ids must be unique, and an event that failed is reported as
    // obligations() reports it: both by running obligations() itself over the events.
    const lines: Line[] = [];
    const entries: ObligationEntry[] = [];
    let failed = false;
    const input = source === '-' ? io.stdin : openFile(source, 'events');
    const progress = createProgress(io, 'events read / 已读取');
    const take = (entry: ObligationEntry | null, n: number, line: string) => {
      lines.push({ n, line });
      if (entry === null) failed = true;
      else entries.push(entry);
    };
    await runLines(dueLineTask, boundedLines(input, CLI_LIMITS.eventLineChars, 'events', source), p, { argv, env: io.env, tick: () => progress.tick(), take });
    progress.done();
    const unique = new Set(entries.map((e) => e.item.id)).size === entries.length;
    const result = failed || !unique || entries.length > MAX_EVENTS ? assessLines(lines, options) : assembleObligations(p.context, entries);

    if (values.json) {
      const days = [result.now, ...result.items.flatMap((o) => [o.start, o.dueDate])].sort();
      io.stdout.write(`${JSON.stringify({ ...result, years: yearStatuses(cli, days[0], days.at(-1)) }, null, 2)}\n`);
    } else if (values.ics !== undefined) {
      const ics = toICalendar(result, { calendarName: values['calendar-name'] ?? 'gov-site-rules obligations', component: values['ics-events'] ? 'VEVENT' : 'VTODO' });
      if (values.ics === '-') {
        io.stdout.write(ics);
      } else {
        writeFileAtomic(values.ics, ics);
        const open = result.items.filter((o) => o.state === 'overdue' || o.state === 'due-soon' || o.state === 'upcoming').length;
        io.stdout.write(`wrote ${open} open obligation(s) to ${escapeControls(values.ics)}\n`);
      }
    } else {
      io.stdout.write(renderTable(result.items, result.now, result.provisionalYears, useColour(io.stdout, io.env)));
    }
    return result.items.some((o) => o.state === 'overdue') ? EXIT.ruleFailed : EXIT.ok;
  },
};
