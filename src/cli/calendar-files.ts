/**
 * Years from notice files on the command line: `--calendar FILE` (repeatable) and the
 * `GOV_SITE_RULES_CALENDAR` path list. Each file holds one year in the exact format
 * `calendar.withYear()` takes, validated with the same schema and errors; the error names the file,
 * the JSON path and the value. A year from `--calendar` replaces the same year from the
 * environment. The commands only wire the flag; everything else is here.
 */
import { delimiter } from 'node:path';
import { defaultCalendar, type WorkdayCalendar } from '../calendar/calendar.js';
import { isAmendmentInput, type YearAmendmentInput, yearAmendmentSchema, type YearInput, yearInputSchema } from '../calendar/schemas.js';
import { CalendarCoverageError, InvalidInputError } from '../errors.js';
import { PROVISIONAL_THROUGH } from '../rules/options.js';
import { formatPath, parseInput } from '../validate.js';
import { openFile, parseJsonText, readAllBounded } from './input.js';
import type { CliIo } from './io.js';

/** The environment variable holding calendar files, separated like PATH (`:`; `;` on Windows). */
export const CALENDAR_ENV = 'GOV_SITE_RULES_CALENDAR';

/** The `--calendar FILE` option, for a command's parse() options. */
export const CALENDAR_OPTION = Object.freeze({ calendar: Object.freeze({ type: 'string', multiple: true }) } as const);

/** A notice file is one year: far below this. */
export const CALENDAR_FILE_MAX_BYTES = 1024 * 1024;

/** A year loaded from a file, and where from. */
export interface LoadedYear {
  readonly year: number;
  readonly file: string;
  readonly notice: string;
  /** `true` for a later notice amending days of a year the calendar holds. */
  readonly amends?: true;
}

/** The calendar a command answers from, and the years it loaded from files. */
export interface CliCalendar {
  readonly calendar: WorkdayCalendar;
  readonly loaded: readonly LoadedYear[];
}

type FileInput = (YearInput | YearAmendmentInput) & { year: number; notice: string };

interface Parsed {
  readonly input: FileInput;
  readonly file: string;
  readonly origin: string;
}

/**
 * One notice file, read (at most {@link CALENDAR_FILE_MAX_BYTES}), parsed and validated against
 * `yearInputSchema` (or `yearAmendmentSchema` for a file with `amends`); every refusal is an InvalidInputError whose field starts with `origin` and
 * the file name, then the JSON path.
 *
 * @example
 * await readCalendarFile('examples/calendar-2027-sample.json', '--calendar'); // { year: 2027, … }
 */
export async function readCalendarFile(file: string, origin: string): Promise<FileInput> {
  const where = `${origin} ${file}`;
  const json = await readJsonFile(file, where);
  try {
    if (isAmendmentInput(json)) parseInput(yearAmendmentSchema, json, '');
    else parseInput(yearInputSchema, json, '');
  } catch (e) {
    if (e instanceof InvalidInputError) throw new InvalidInputError(`${where}: ${e.field}`, e.value, e.reason, e.path);
    throw e;
  }
  return json as FileInput;
}

/**
 * A JSON file (at most {@link CALENDAR_FILE_MAX_BYTES}), or an InvalidInputError naming `where`.
 *
 * @example
 * await readJsonFile('examples/calendar-2027-sample.json', 'FILE'); // { year: 2027, … }
 */
export async function readJsonFile(file: string, where: string): Promise<unknown> {
  return parseJsonText(await readAllBounded(openFile(file, where), CALENDAR_FILE_MAX_BYTES, where, file), where);
}

/** The files named by {@link CALENDAR_ENV}, in order (empty entries skipped). */
export function envCalendarFiles(env: CliIo['env']): string[] {
  return (env[CALENDAR_ENV] ?? '').split(delimiter).filter((f) => f.trim() !== '');
}

async function readAll(files: readonly string[], origin: string, amendments: Parsed[]): Promise<Map<number, Parsed>> {
  const byYear = new Map<number, Parsed>();
  for (const file of files) {
    const input = await readCalendarFile(file, origin);
    if (isAmendmentInput(input)) {
      amendments.push({ input, file, origin });
      continue;
    }
    const before = byYear.get(input.year);
    if (before !== undefined) {
      throw new InvalidInputError(`${origin} ${file}: year`, input.year, `is also given by ${before.file}: name each year once`);
    }
    byYear.set(input.year, { input, file, origin });
  }
  return byYear;
}

/**
 * The calendar for a command: the shipped one with each year of the `--calendar` files and of
 * {@link CALENDAR_ENV} added (a flag's year wins over the environment's), oldest first, then
 * extended by provisional mode when `provisional` is set (a loaded year is official, so it
 * replaces the provisional one), then the amendment files applied, the environment's first, each
 * list in its order.
 *
 * @example
 * const { calendar } = await loadCliCalendar(['examples/calendar-2027-sample.json'], {}, false);
 * calendar.coverage.end; // '2027-12-31'
 */
export async function loadCliCalendar(flagFiles: readonly string[] | undefined, env: CliIo['env'], provisional: boolean): Promise<CliCalendar> {
  const amendments: Parsed[] = [];
  const fromEnv = await readAll(envCalendarFiles(env), CALENDAR_ENV, amendments);
  const fromFlag = await readAll(flagFiles ?? [], '--calendar', amendments);
  const merged = new Map([...fromEnv, ...fromFlag]);
  let calendar = defaultCalendar;
  const loaded: LoadedYear[] = [];
  const apply = (p: Parsed) => {
    try {
      calendar = calendar.withYear(p.input);
    } catch (e) {
      if (e instanceof InvalidInputError) {
        // withYear names its input `year`: inside the file, the path starts below it.
        const inFile = e.path[0] === 'year' ? e.path.slice(1) : e.path;
        throw new InvalidInputError(`${p.origin} ${p.file}: ${inFile.length === 0 ? '' : formatPath('', inFile)}`, e.value, e.reason, inFile);
      }
      throw e;
    }
    loaded.push(Object.freeze({ year: p.input.year, file: p.file, notice: p.input.notice, ...(isAmendmentInput(p.input) ? { amends: true as const } : {}) }));
  };
  for (const p of [...merged.values()].sort((a, b) => a.input.year - b.input.year)) apply(p);
  if (provisional) calendar = calendar.provisional({ through: PROVISIONAL_THROUGH });
  for (const p of amendments) apply(p);
  return Object.freeze({ calendar, loaded: Object.freeze(loaded) });
}

/** A year of the CLI's calendar and where it comes from: `official` (shipped), `loaded` (from `file`) or `provisional` (the law). */
export interface YearStatus {
  readonly year: number;
  readonly status: 'official' | 'loaded' | 'provisional';
  readonly source: string;
  readonly file?: string;
  /** The amendment files applied to the year, in order. */
  readonly amendedBy?: readonly string[];
}

/**
 * Every year of the command's calendar with its status, oldest first; only the years from
 * `from` to `to` (`YYYY-MM-DD` or an instant; the year is its first four digits) when given, so
 * that a `--json` result lists the years it relied on.
 *
 * @example
 * yearStatuses(await loadCliCalendar([], {}, false), '2026-12-10', '2027-01-08'); // [{ year: 2026, status: 'official', … }]
 */
export function yearStatuses(cli: CliCalendar, from?: string, to?: string): YearStatus[] {
  const lo = from === undefined ? -Infinity : Number(from.slice(0, 4));
  const hi = to === undefined ? Infinity : Number(to.slice(0, 4));
  return cli.calendar.years
    .filter((y) => y.year >= Math.min(lo, hi) && y.year <= Math.max(lo, hi))
    .map((y) => {
      const file = cli.loaded.find((l) => l.year === y.year && l.amends === undefined)?.file;
      const amendedBy = cli.loaded.filter((l) => l.year === y.year && l.amends === true).map((l) => l.file);
      const status = y.provisional ? 'provisional' : file !== undefined ? 'loaded' : 'official';
      return Object.freeze({ year: y.year, status, source: y.source, ...(file === undefined ? {} : { file }), ...(amendedBy.length === 0 ? {} : { amendedBy: Object.freeze(amendedBy) }) });
    });
}

/**
 * The coverage error as the CLI prints it: what is missing, and the command-line way to add it.
 *
 * @example
 * cliCoverageMessage(new CalendarCoverageError(2027, { start: '2011-01-01', end: '2026-12-31' })).includes('--calendar FILE'); // true
 */
export function cliCoverageMessage(e: CalendarCoverageError): string {
  return (
    `${e.problem} Load ${e.year} from its State Council notice with --calendar FILE (repeatable) or ${CALENDAR_ENV}=FILE` +
    ` (format: docs/calendar.md; a sample: examples/calendar-2027-sample.json), or plan on the holiday law alone with --provisional` +
    ' (deadline, due, add-workdays, is-workday).'
  );
}
