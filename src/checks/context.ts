/**
 * What a rule sees. The stable part, for custom rules (documented in docs/checks.md): the snapshot
 * as plain typed data (`snapshot`, built on first use), its `extensions`, the checkpoint (`at`,
 * `atDay`), the working-day `calendar` and the time helpers (`time`, `before`). Built-in rules
 * also read `model`, the internal numeric form of the snapshot, and `index()`: both internal, not
 * part of the API.
 */
import type { CalendarIndex } from '../calendar/calendar-index.js';
import { indexOf, type WorkdayCalendar } from '../calendar/calendar.js';
import { beijingDayOfInstant, formatBeijingInstant, formatEpochDay, parseIsoDate } from '../time/index.js';
import { InvalidInputError } from '../errors.js';
import { deepFreeze } from '../freeze.js';
import { parseInput } from '../validate.js';
import { parseSnapshotInstant, type Period, subtractPeriod } from './instant.js';
import type { SiteModel } from './read.js';
import { type Snapshot, snapshotSchema } from './snapshot-schema.js';

/** A value and everything inside it read-only. */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer E)[]
    ? readonly DeepReadonly<E>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/**
 * The snapshot as a custom rule reads it: the output type of `snapshotSchema` (unknown fields
 * stripped, absent sections absent, instants and dates as the ISO text given), frozen.
 */
export type SnapshotData = DeepReadonly<Snapshot>;

/** JSON data from the snapshot's `extensions`, frozen. */
export type ExtensionData = DeepReadonly<Record<string, unknown>>;

/**
 * Time helpers for custom rules, on epoch milliseconds (instants) and epoch days (Beijing civil
 * dates): the same arithmetic the built-in rules use.
 */
export interface CheckTime {
  /** Epoch ms of a snapshot instant (`2026-10-09T10:00:00+08:00`); anything else throws InvalidInputError. */
  instant(text: string): number;
  /** The Beijing civil date (epoch day) of an instant: epoch ms, or instant text, or a `YYYY-MM-DD` date. */
  beijingDay(value: number | string): number;
  /** An instant minus a period (`{ months }` in Beijing wall time, `{ days }`, `{ hours }`). */
  subtract(ms: number, period: Period): number;
  /** An instant as evidence text, Beijing with offset: `2026-10-09T10:00:00.000+08:00`. */
  formatInstant(ms: number): string;
  /** An epoch day as `YYYY-MM-DD`. */
  formatDay(day: number): string;
}

/** The context a rule runs in. */
export interface CheckContext {
  /** The snapshot as plain, frozen data (validated; built on first read). */
  readonly snapshot: SnapshotData;
  /** The snapshot's `extensions` by namespace (`{}` when absent): JSON data as given, frozen. */
  readonly extensions: ExtensionData;
  /** The checkpoint, epoch ms. */
  readonly at: number;
  /** The checkpoint's Beijing civil date, epoch day. */
  readonly atDay: number;
  /** The working-day calendar of the check (`calendar.addWorkdays`, `calendar.isWorkday` …). */
  readonly calendar: WorkdayCalendar;
  /** Time helpers: instants, Beijing days, periods, evidence text. */
  readonly time: CheckTime;
  /** The checkpoint minus a period (memoised: computed once per checkpoint). */
  before(period: Period): number;
  /** @internal The snapshot as numbers, for the built-in rules; not part of the API. */
  readonly model: SiteModel;
  /** @internal The calendar's epoch-day index (built on first use); not part of the API. */
  index(): CalendarIndex;
}

function instantOf(text: string): number {
  const ms = typeof text === 'string' ? parseSnapshotInstant(text) : NaN;
  if (ms !== ms) throw new InvalidInputError('instant', text, 'is not an ISO-8601 instant with seconds and Z or an offset');
  return ms;
}

/**
 * The time helpers of every context.
 *
 * @example
 * checkTime.beijingDay('2026-10-09T23:30:00Z'); // 20736 (2026-10-10 in Beijing)
 * checkTime.formatDay(checkTime.beijingDay('2026-10-10')); // '2026-10-10'
 */
export const checkTime: CheckTime = Object.freeze({
  instant: instantOf,
  beijingDay(value: number | string): number {
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new InvalidInputError('instant', value, 'is not a finite number of epoch ms');
      return beijingDayOfInstant(value);
    }
    if (typeof value === 'string' && value.length === 10) {
      const day = parseIsoDate(value);
      if (day === undefined) throw new InvalidInputError('date', value, 'is not a date YYYY-MM-DD');
      return day;
    }
    return beijingDayOfInstant(instantOf(value));
  },
  subtract: (ms: number, period: Period): number => subtractPeriod(ms, period),
  formatInstant: (ms: number): string => formatBeijingInstant(ms),
  formatDay: (day: number): string => formatEpochDay(day),
});

/** A frozen copy of JSON data (validated by `extensionsSchema`), sharing nothing with the input. */
function frozenCopy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return Object.freeze(value.map(frozenCopy));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = frozenCopy(v);
  return Object.freeze(out);
}

/**
 * Builds a context for one snapshot: `raw` is the snapshot `model` was read from (already
 * validated); the plain view and the extensions are made from it on first read only, so the
 * built-in rules do not pay for them.
 *
 * @example
 * const raw = { schemaVersion: 1, site: { id: 's', name: 'S', kind: 'portal', level: 'city' }, extensions: { city: { n: 1 } } };
 * const ctx = createContext({ site: raw.site } as never, 1791511200000, defaultCalendar, raw);
 * ctx.atDay; // 20735 (2026-10-09)
 * ctx.extensions.city; // { n: 1 }
 */
export function createContext(model: SiteModel, at: number, calendar: WorkdayCalendar, raw: unknown): CheckContext {
  const memo = new Map<string, number>();
  let ix: CalendarIndex | undefined;
  let view: SnapshotData | undefined;
  let extensions: ExtensionData | undefined;
  const readExtensions = (): ExtensionData =>
    (extensions ??= frozenCopy((raw as { extensions?: unknown } | null)?.extensions ?? {}) as ExtensionData);
  return {
    model,
    at,
    atDay: beijingDayOfInstant(at),
    calendar,
    time: checkTime,
    get snapshot(): SnapshotData {
      if (view === undefined) {
        const parsed = parseInput(snapshotSchema, raw, 'snapshot');
        const withExtensions = parsed.extensions === undefined ? parsed : { ...parsed, extensions: readExtensions() };
        view = deepFreeze(withExtensions) as SnapshotData;
      }
      return view;
    },
    get extensions(): ExtensionData {
      return readExtensions();
    },
    index: () => (ix ??= indexOf(calendar)),
    before(period) {
      // subtractPeriod reads months, else days, else hours: the key names the one it reads.
      const key = 'months' in period ? `m${period.months}` : 'days' in period ? `d${period.days}` : `h${period.hours}`;
      let v = memo.get(key);
      if (v === undefined) {
        v = subtractPeriod(at, period);
        memo.set(key, v);
      }
      return v;
    },
  };
}

/**
 * An instant as evidence text (Beijing, with offset).
 *
 * @example
 * iso(0); // '1970-01-01T08:00:00.000+08:00'
 */
export function iso(ms: number): string {
  // A check writes the same few instants again and again (the checkpoint as each window's end,
  // a gap's end as the next one's start): 49 texts of 18 instants for a 10-column snapshot. A
  // small direct-mapped cache by the second keeps the text of the instants met last.
  const slot = Math.floor(ms / 1000) & (ISO_SLOTS - 1);
  if (isoMs[slot] === ms) return isoText[slot] as string;
  const text = formatBeijingInstant(ms);
  isoMs[slot] = ms;
  isoText[slot] = text;
  return text;
}

const ISO_SLOTS = 64;
/** The instant in each slot and its text (empty slots hold nothing, which no number equals). */
const isoMs: number[] = [];
const isoText: string[] = [];

/**
 * An epoch day as evidence text.
 *
 * @example
 * dayText(0); // '1970-01-01'
 */
export const dayText = (day: number): string => formatEpochDay(day);

/**
 * A duration in days with up to 3 decimals, for evidence.
 *
 * @example
 * daysOf(86_400_000 * 1.5); // 1.5
 */
export const daysOf = (ms: number): number => Math.round((ms / 86_400_000) * 1000) / 1000;

/** Evidence lists are capped: this many examples, plus counts. */
export const EVIDENCE_CAP = 20;
