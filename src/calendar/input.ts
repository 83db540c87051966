/**
 * The edge: every date or instant a caller hands the library is converted here, once, into an
 * epoch day (Beijing civil date) or epoch milliseconds. Beijing time is UTC+08:00 with no
 * daylight saving since 1991, so the conversion is fixed-offset arithmetic and gives the same
 * answer whatever the host's TZ is.
 */
import type { DateTime } from 'luxon';
import { claimsLuxon, dateTimeValue, readLuxon } from '../date-like.js';
import { InvalidInputError } from '../errors.js';
import { type EpochDay, epochDayFromYmd, formatEpochDay, parseIsoDate } from './days.js';

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

export const MS_PER_DAY = 86_400_000;
export const MS_PER_HOUR = 3_600_000;
/** Beijing's offset from UTC in milliseconds. */
export const BEIJING_OFFSET_MS = 8 * MS_PER_HOUR;
/** Years outside this range are refused as input. */
const MIN_YEAR = 1;
const MAX_YEAR = 9999;
const MIN_MS = (epochDayFromYmd(MIN_YEAR, 1, 2)) * MS_PER_DAY;
const MAX_MS = (epochDayFromYmd(MAX_YEAR, 12, 30)) * MS_PER_DAY;

/** A parsed input: its Beijing civil date, and its instant when the input carried a time. */
export interface ParsedInput {
  readonly day: EpochDay;
  /** Epoch milliseconds, or `undefined` for a bare `YYYY-MM-DD`. */
  readonly ms: number | undefined;
}

/**
 * The Beijing civil date of an instant.
 *
 * @example
 * beijingDayOfInstant(Date.UTC(2026, 8, 29, 18)); // epoch day of 2026-09-30
 */
export function beijingDayOfInstant(ms: number): EpochDay {
  return Math.floor((ms + BEIJING_OFFSET_MS) / MS_PER_DAY);
}

/**
 * The first millisecond of a Beijing civil date.
 *
 * @example
 * startOfBeijingDay(0); // -28800000 (1970-01-01T00:00+08:00)
 */
export function startOfBeijingDay(day: EpochDay): number {
  return day * MS_PER_DAY - BEIJING_OFFSET_MS;
}

/**
 * The last millisecond of a Beijing civil date (23:59:59.999+08:00), the instant a period ends.
 *
 * @example
 * endOfBeijingDay(0); // 57599999
 */
export function endOfBeijingDay(day: EpochDay): number {
  return startOfBeijingDay(day + 1) - 1;
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/**
 * An instant as ISO-8601 in Beijing time with its offset, e.g. `2026-10-10T23:59:59.999+08:00`.
 *
 * @example
 * formatBeijingInstant(Date.UTC(2026, 8, 29, 18)); // '2026-09-30T02:00:00.000+08:00'
 */
export function formatBeijingInstant(ms: number): string {
  const local = ms + BEIJING_OFFSET_MS;
  const day = Math.floor(local / MS_PER_DAY);
  let rest = local - day * MS_PER_DAY;
  const h = Math.floor(rest / MS_PER_HOUR);
  rest -= h * MS_PER_HOUR;
  const mi = Math.floor(rest / 60_000);
  rest -= mi * 60_000;
  const s = Math.floor(rest / 1000);
  const milli = rest - s * 1000;
  return `${formatEpochDay(day)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}.${pad(milli, 3)}+08:00`;
}

// YYYY-MM-DDTHH:mm[:ss[.fff]][Z|±HH:MM|±HHMM]
const INSTANT_RE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/;

function parseInstantText(text: string, field: string): ParsedInput {
  const m = INSTANT_RE.exec(text);
  if (m === null) {
    throw new InvalidInputError(field, text, 'is not a YYYY-MM-DD date or an ISO-8601 instant (YYYY-MM-DDTHH:mm[:ss[.sss]][Z|+08:00])');
  }
  const day = parseIsoDate(m[1] as string);
  if (day === undefined) throw new InvalidInputError(field, text, 'is not a calendar date');
  const h = Number(m[2]), mi = Number(m[3]), s = m[4] === undefined ? 0 : Number(m[4]);
  if (h > 23 || mi > 59 || s > 59) throw new InvalidInputError(field, text, 'has a time of day out of range');
  const frac = m[5] === undefined ? 0 : Math.floor(Number(`0.${m[5]}`) * 1000);
  const zone = m[6];
  let offsetMs = BEIJING_OFFSET_MS; // no offset: Beijing wall time (documented)
  if (zone !== undefined && zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2)), om = Number(digits.slice(2));
    if (om > 59 || oh * 60 + om > 18 * 60) throw new InvalidInputError(field, text, 'has an offset out of range (beyond ±18:00)');
    offsetMs = sign * (oh * MS_PER_HOUR + om * 60_000);
  } else if (zone === 'Z') {
    offsetMs = 0;
  }
  const ms = day * MS_PER_DAY + h * MS_PER_HOUR + mi * 60_000 + s * 1000 + frac - offsetMs;
  return checkRange({ day: beijingDayOfInstant(ms), ms }, field, text);
}

function checkRange(parsed: ParsedInput, field: string, value: unknown): ParsedInput {
  const ms = parsed.ms ?? startOfBeijingDay(parsed.day);
  if (!(ms >= MIN_MS && ms <= MAX_MS)) throw new InvalidInputError(field, value, 'is outside the years 0001-9999');
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
      const day = parseIsoDate(input);
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
