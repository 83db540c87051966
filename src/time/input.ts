/**
 * The edge: every date or instant a caller hands the library is converted here, once, into an
 * epoch day (Beijing civil date) or epoch milliseconds, through the grammars of `civil.ts` and
 * `instant.ts`; a refusal is an InvalidInputError naming the field. Beijing time is UTC+08:00 with no
 * daylight saving since 1991, so the conversion is fixed-offset arithmetic and gives the same
 * answer whatever the host's TZ is.
 */
import type { DateTime } from 'luxon';
import { claimsLuxon, dateTimeValue, readLuxon } from '../date-like.js';
import { InvalidInputError } from '../errors.js';
import { beijingDayOfInstant, startOfBeijingDay } from './beijing.js';
import { type EpochDay, parseCivilDate } from './civil.js';
import { type InstantReading, parseIsoInstant } from './instant.js';
import { instantInRange, MAX_YEAR, MIN_YEAR } from './range.js';

const year4 = (y: number): string => String(y).padStart(4, '0');
/** Why an input outside the supported years is refused. */
const OUTSIDE_RANGE = `is outside the years ${year4(MIN_YEAR)}-${year4(MAX_YEAR)}`;

/**
 * A Luxon `DateTime`, described by the members the library reads, so that the published types
 * need neither `luxon`'s nor `@types/luxon`'s declarations: a `DateTime` of any Luxon 3 version
 * fits it. At run time an object counts as a DateTime by Luxon's own test, its
 * `isLuxonDateTime` flag (which `@types/luxon` does not declare, hence optional here); a
 * look-alike without it is refused with InvalidInputError.
 */
export interface LuxonDateTimeLike {
  /** `true` on every Luxon DateTime at run time (what `DateTime.isDateTime` reads). */
  readonly isLuxonDateTime?: true;
  readonly isValid: boolean;
  readonly invalidReason: string | null;
  readonly invalidExplanation: string | null;
  readonly zoneName: string | null;
  /** The instant, in epoch milliseconds. */
  toMillis(): number;
  toISO(): string | null;
}

/** What the library accepts as a date or instant: a string, a JS `Date` or a Luxon `DateTime`. */
export type DateInput = string | Date | LuxonDateTimeLike;

export { BEIJING_OFFSET_MS, MS_PER_DAY, MS_PER_HOUR } from './units.js';
export { beijingDayOfInstant, endOfBeijingDay, formatBeijingInstant, startOfBeijingDay } from './beijing.js';

/** A parsed input: its Beijing civil date, and its instant when the input carried a time. */
export interface ParsedInput {
  readonly day: EpochDay;
  /** Epoch milliseconds, or `undefined` for a bare `YYYY-MM-DD`. */
  readonly ms: number | undefined;
}

const INSTANT_PROBLEMS: Record<Exclude<InstantReading, { ok: true }>['problem'], string> = {
  shape: 'is not a YYYY-MM-DD date or an ISO-8601 instant (YYYY-MM-DDTHH:mm[:ss[.sss]][Z|+08:00])',
  date: 'is not a calendar date',
  time: 'has a time of day out of range',
  offset: 'has an offset out of range (beyond ±18:00)',
  range: OUTSIDE_RANGE,
};

function parseInstantText(text: string, field: string): ParsedInput {
  const r = parseIsoInstant(text);
  if (!r.ok) throw new InvalidInputError(field, text, INSTANT_PROBLEMS[r.problem]);
  return { day: beijingDayOfInstant(r.ms), ms: r.ms };
}

function checkRange(parsed: ParsedInput, field: string, value: unknown): ParsedInput {
  if (!instantInRange(parsed.ms ?? startOfBeijingDay(parsed.day))) throw new InvalidInputError(field, value, OUTSIDE_RANGE);
  return parsed;
}

/**
 * Reads any accepted date input: `YYYY-MM-DD` (a Beijing civil date), an ISO-8601 instant with
 * `Z` or an offset (converted to Beijing), an ISO date-time without offset (read as Beijing wall
 * time), a JS `Date` or a Luxon `DateTime` (their instant, in Beijing; a DateTime's fractional
 * millisecond is truncated). Anything else, look-alikes included, throws
 * {@link InvalidInputError} naming `field`.
 *
 * @example
 * parseDateInput('2026-09-29T18:00:00Z', 'from').day; // epoch day of 2026-09-30
 */
export function parseDateInput(input: unknown, field: string): ParsedInput {
  if (typeof input === 'string') {
    if (input.length === 10) {
      const day = parseCivilDate(input);
      if (day === undefined) throw new InvalidInputError(field, input, 'is not a calendar date in the form YYYY-MM-DD');
      return { day, ms: undefined };
    }
    return parseInstantText(input, field);
  }
  // Recognised without trusting the object: a look-alike Date or DateTime, or one whose getters
  // throw, is refused here rather than escaping as a TypeError (src/date-like.ts).
  const dateMs = dateTimeValue(input);
  if (dateMs !== undefined) {
    if (Number.isNaN(dateMs)) throw new InvalidInputError(field, input, 'is an invalid Date');
    return checkRange({ day: beijingDayOfInstant(dateMs), ms: dateMs }, field, input);
  }
  if (claimsLuxon(input)) {
    const read = readLuxon(input);
    if (!read.ok) throw new InvalidInputError(field, input, read.reason);
    return checkRange({ day: beijingDayOfInstant(read.ms), ms: read.ms }, field, input);
  }
  throw new InvalidInputError(field, input, 'is not a date: pass YYYY-MM-DD, an ISO-8601 instant, a Date or a Luxon DateTime');
}

/**
 * The Beijing civil date of any accepted input, as an epoch day.
 *
 * @example
 * toBeijingDay('2026-09-29T18:00:00Z', 'from'); // epoch day of 2026-09-30
 */
export function toBeijingDay(input: unknown, field: string): EpochDay {
  return parseDateInput(input, field).day;
}

/**
 * The instant of an input that must carry a time of day (hour rules, checkpoints). A bare
 * `YYYY-MM-DD` is refused: it does not say when in the day the event happened.
 *
 * @example
 * toInstantMs('2026-10-09T10:00:00+08:00', 'at'); // 1791511200000
 */
export function toInstantMs(input: unknown, field: string): number {
  const parsed = parseDateInput(input, field);
  if (parsed.ms === undefined) {
    throw new InvalidInputError(field, input, 'is a date without a time: this needs an instant such as 2026-10-09T18:00:00+08:00');
  }
  return parsed.ms;
}

/**
 * The instant of any accepted input, a bare `YYYY-MM-DD` standing for the first millisecond of
 * that Beijing day (how `assess` and `obligations` read `doneAt` and `now` for day rules).
 *
 * @example
 * toInstantOrDayStartMs('2026-10-09', 'doneAt'); // 1791475200000 (2026-10-09T00:00+08:00)
 */
export function toInstantOrDayStartMs(input: unknown, field: string): number {
  const parsed = parseDateInput(input, field);
  return parsed.ms ?? startOfBeijingDay(parsed.day);
}
