/**
 * The working-day index: built once per calendar from contiguous years, then every question is
 * O(1) array arithmetic on epoch days. `cumulative[i]` is the number of working days among the
 * first `i` days; `workdays` lists the working days in order.
 */
import { CalendarCoverageError, InvalidInputError } from '../errors.js';
import { type EpochDay, formatEpochDay, yearOfEpochDay } from '../time/index.js';
import { isWorkingKind } from './kinds.js';
import { firstDayOfYear, type YearData } from './year-data.js';

/** The answer of `provisionalYears` when no provisional year was touched (shared, frozen). */
const NO_YEARS: readonly number[] = Object.freeze([]);

export class CalendarIndex {
  readonly start: EpochDay;
  /** Last covered day, inclusive. */
  readonly end: EpochDay;
  /** Last day of official (non-provisional) data; `end` when nothing is provisional. */
  readonly officialEnd: EpochDay;
  readonly years: readonly YearData[];
  readonly coverage: { readonly start: string; readonly end: string };
  private readonly kinds: Uint8Array;
  private readonly cumulative: Int32Array;
  private readonly workdays: Int32Array;
  private readonly labels: string[];

  /** `years` must be sorted and contiguous. */
  constructor(years: readonly YearData[]) {
    const first = years[0] as YearData;
    const last = years[years.length - 1] as YearData;
    this.years = Object.freeze([...years]);
    this.start = firstDayOfYear(first.year);
    this.end = firstDayOfYear(last.year + 1) - 1;
    const lastOfficial = [...years].reverse().find((y) => !y.provisional);
    this.officialEnd = lastOfficial === undefined ? this.start - 1 : firstDayOfYear(lastOfficial.year + 1) - 1;
    const n = this.end - this.start + 1;
    this.kinds = new Uint8Array(n);
    let offset = 0;
    for (const y of years) {
      this.kinds.set(y.kinds, offset);
      offset += y.kinds.length;
    }
    // Two plain passes over typed arrays held in locals (this runs on every cold start, issue 14):
    // the running count of working days, then the working days themselves.
    const kinds = this.kinds;
    const cumulative = new Int32Array(n + 1);
    let count = 0;
    for (let i = 0; i < n; i++) {
      if (isWorkingKind(kinds[i] as number)) count++;
      cumulative[i + 1] = count;
    }
    const workdays = new Int32Array(count);
    const start = this.start;
    for (let i = 0, k = 0; k < count; i++) if (cumulative[i + 1] !== cumulative[i]) workdays[k++] = start + i;
    this.cumulative = cumulative;
    this.workdays = workdays;
    this.labels = new Array<string>(n);
    this.coverage = Object.freeze({ start: formatEpochDay(this.start), end: formatEpochDay(this.end) });
  }

  /**
   * This index with other records of the same years (the same day kinds, e.g. with the notices
   * each day rests on): the working-day arrays are shared, not rebuilt.
   */
  withYears(years: readonly YearData[]): CalendarIndex {
    if (years.length !== this.years.length || years.some((y, i) => y.kinds !== (this.years[i] as YearData).kinds)) {
      throw new Error('internal: withYears needs records of the same years and day kinds');
    }
    return Object.assign(Object.create(CalendarIndex.prototype) as CalendarIndex, this, { years: Object.freeze([...years]) });
  }

  /** `YYYY-MM-DD` of a covered day (cached; callers pass days that passed `require`). */
  label(day: EpochDay): string {
    return (this.labels[day - this.start] ??= formatEpochDay(day));
  }

  /** Throws CalendarCoverageError unless `day` is covered. */
  require(day: EpochDay): number {
    const i = day - this.start;
    if (i < 0 || day > this.end) throw this.coverageError(yearOfEpochDay(day));
    return i;
  }

  coverageError(year: number): CalendarCoverageError {
    return new CalendarCoverageError(year, this.coverage);
  }

  kind(day: EpochDay): number {
    return this.kinds[this.require(day)] as number;
  }

  isWorkday(day: EpochDay): boolean {
    return isWorkingKind(this.kind(day));
  }

  /** The n-th working day after `day` (n ≥ 1), or `day` itself for n = 0. */
  addWorkdays(day: EpochDay, n: number): EpochDay {
    const i = this.require(day);
    if (n === 0) return day;
    const k = (this.cumulative[i + 1] as number) + n - 1;
    if (k >= this.workdays.length) throw this.coverageError(yearOfEpochDay(this.end + 1));
    return this.workdays[k] as number;
  }

  /** The n-th working day before `day` (n ≥ 1). */
  subtractWorkdays(day: EpochDay, n: number): EpochDay {
    const i = this.require(day);
    const k = (this.cumulative[i] as number) - n;
    if (k < 0) throw this.coverageError(yearOfEpochDay(this.start - 1));
    return this.workdays[k] as number;
  }

  /** Working days in the closed range [from, to]; 0 when to < from. */
  count(from: EpochDay, to: EpochDay): number {
    if (to < from) return 0;
    const i = this.require(from);
    const j = this.require(to);
    return (this.cumulative[j + 1] as number) - (this.cumulative[i] as number);
  }

  /** The working days of the closed range [from, to], in order. */
  list(from: EpochDay, to: EpochDay): EpochDay[] {
    if (to < from) return [];
    const i = this.require(from);
    const j = this.require(to);
    return Array.from(this.workdays.subarray(this.cumulative[i] as number, this.cumulative[j + 1] as number));
  }

  /** The year record holding a covered day. */
  yearOf(day: EpochDay): YearData {
    this.require(day);
    return this.years[yearOfEpochDay(day) - (this.years[0] as YearData).year] as YearData;
  }

  /** Whether a day's answer rests on provisional data. */
  isProvisional(day: EpochDay): boolean {
    return day > this.officialEnd;
  }

  /** The provisional years a count over the days [from, to] touched, oldest first (often none). */
  provisionalYears(from: EpochDay, to: EpochDay): readonly number[] {
    if (to <= this.officialEnd || to < from) return NO_YEARS;
    const years: number[] = [];
    for (let y = yearOfEpochDay(Math.max(from, this.officialEnd + 1)); y <= yearOfEpochDay(to); y++) {
      if (this.years.some((r) => r.year === y && r.provisional)) years.push(y);
    }
    return Object.freeze(years);
  }
}

/** Validates a working-day count: a non-negative safe integer. */
export function checkCount(n: unknown, field: string): number {
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) {
    throw new InvalidInputError(field, n, 'is not a whole number of working days (0 or more)');
  }
  return n;
}
