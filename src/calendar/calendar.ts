/**
 * The public working-day calendar: an immutable object over a {@link CalendarIndex}. Every
 * method converts its inputs once at the edge (Beijing civil dates) and answers from the index.
 */
import { InvalidInputError } from '../errors.js';
import { parseInput } from '../validate.js';
import { shippedYears } from './base-data.js';
import { CalendarIndex } from './calendar-index.js';
import { type DateInput, toBeijingDay } from '../time/index.js';
import { type DayLabels, labelDay } from './day-labels.js';
import { type DayKindName, isWorkingKind, KIND_NAMES } from './kinds.js';
import { isAmendmentInput, type YearAmendmentInput, yearAmendmentSchema, type YearInput, yearInputSchema } from './schemas.js';
import { extendProvisionally } from './provisional.js';
import { addWorkdaysIn, countWorkdaysIn, isWorkdayIn, nextWorkdayIn, previousWorkdayIn, workdaysBetweenIn } from './questions.js';
import { indexOf, registerCalendar } from './registry.js';
import { shippedIndex } from './shipped.js';
import { amendYear, type YearData, yearFromLists, type YearOrigin } from './year-data.js';

/**
 * What {@link WorkdayCalendar.dayKind} says about a day. Besides the kind: `statutory` and
 * `reason` (statutory holiday, rest day in lieu, special rest day, weekend, working day, make-up
 * working day), the `notice` record when the library knows it, `amends` when a later notice
 * changed the day, and `paysFor` / `paidBy` where the notice pairs a make-up day with a rest day.
 */
export interface DayKind extends DayLabels {
  /** The Beijing civil date asked about, `YYYY-MM-DD`. */
  readonly date: string;
  readonly kind: DayKindName;
  readonly workday: boolean;
  /** For a holiday, its festival; for a make-up working day, the festival it makes up for. */
  readonly festival?: string;
  /** Where the answer comes from: the notice deciding the day (a later notice for an amended day), or the law for a provisional year. */
  readonly source: string;
  /** `true` when the day comes from provisional (law-derived) data. */
  readonly provisional: boolean;
}

/** A year the calendar holds, and where it came from. */
export interface CalendarYear {
  readonly year: number;
  readonly source: string;
  readonly provisional: boolean;
  /** `shipped` (the library's official data), `added` (`withYear`) or `provisional` (the law alone). */
  readonly origin: YearOrigin;
}

/**
 * A working-day calendar for Beijing civil dates. Immutable: `withYear` returns a new calendar.
 * Every method throws {@link InvalidInputError} for input that is not a date and
 * {@link CalendarCoverageError} for any question outside `coverage`.
 */
export interface WorkdayCalendar {
  /** First and last day (inclusive) the calendar answers for. */
  readonly coverage: { readonly start: string; readonly end: string };
  /** The years held, oldest first. */
  readonly years: readonly CalendarYear[];
  /** Whether `date` is a working day. */
  isWorkday(date: DateInput): boolean;
  /** The `n`-th working day after `date` (the date itself is not counted; `n = 0` returns `date`). */
  addWorkdays(date: DateInput, n: number): string;
  /** The first working day strictly after `date`. */
  nextWorkday(date: DateInput): string;
  /** The last working day strictly before `date`. */
  previousWorkday(date: DateInput): string;
  /** Working days in the closed range [from, to]. */
  countWorkdays(from: DateInput, to: DateInput): number;
  /** The working days in the closed range [from, to], as `YYYY-MM-DD`. */
  workdaysBetween(from: DateInput, to: DateInput): string[];
  /** What kind of day `date` is, with its festival and source. */
  dayKind(date: DateInput): DayKind;
  /**
   * A new calendar with one more year (or one year replaced) from a State Council notice; or,
   * given `amends: true`, with a later notice for a year it holds applied to the days it names.
   */
  withYear(year: YearInput | YearAmendmentInput): WorkdayCalendar;
  /**
   * A new calendar that also answers, provisionally, for the years after the last official one up
   * to `through` (at most 2035), from 《全国年节及纪念日放假办法》 (2024) alone: its rest days and
   * ordinary weekends, no make-up working days. Those years say `provisional: true`; `withYear`
   * replaces one with the official notice.
   *
   * @example
   * import { defaultCalendar } from 'gov-site-rules';
   * defaultCalendar.provisional({ through: 2035 }).addWorkdays('2026-12-10', 20); // '2027-01-08'
   */
  provisional(options: { through: number }): WorkdayCalendar;
}

/** The index behind a calendar (internal: rules work on epoch days, not strings); moved to registry.ts. */
export { indexOf };

/**
 * Builds a calendar from contiguous years. The index is built on first use, so creating the
 * default calendar at import costs nothing.
 */
export function calendarFromYears(loadYears: () => readonly YearData[]): WorkdayCalendar {
  return calendarOver(() => new CalendarIndex(loadYears()));
}

/** A calendar over the index `load` builds, once, on first use. */
function calendarOver(load: () => CalendarIndex): WorkdayCalendar {
  let cached: CalendarIndex | undefined;
  const index = (): CalendarIndex => (cached ??= load());
  const calendar: WorkdayCalendar = {
    get coverage() {
      return index().coverage;
    },
    get years() {
      return Object.freeze(index().years.map((y) => Object.freeze({ year: y.year, source: y.source, provisional: y.provisional, origin: y.origin })));
    },
    isWorkday(date) {
      return isWorkdayIn(index(), date);
    },
    addWorkdays(date, n) {
      return addWorkdaysIn(index(), date, n);
    },
    nextWorkday(date) {
      return nextWorkdayIn(index(), date);
    },
    previousWorkday(date) {
      return previousWorkdayIn(index(), date);
    },
    countWorkdays(from, to) {
      return countWorkdaysIn(index(), from, to);
    },
    workdaysBetween(from, to) {
      return workdaysBetweenIn(index(), from, to);
    },
    dayKind(date) {
      const ix = index();
      const day = toBeijingDay(date, 'date');
      const kind = ix.kind(day);
      const year = ix.yearOf(day);
      const festival = year.festivals.get(day);
      const source = year.dayNotices?.get(day) ?? year.source;
      return Object.freeze({
        date: ix.label(day),
        kind: KIND_NAMES[kind] as DayKindName,
        workday: isWorkingKind(kind),
        ...(festival === undefined ? {} : { festival }),
        source,
        provisional: year.provisional,
        ...labelDay(year, day, kind, source),
      });
    },
    withYear(input) {
      return withYearOf(index(), input);
    },
    provisional(options) {
      const years = extendProvisionally(index().years, options);
      return calendarFromYears(() => years);
    },
  };
  registerCalendar(calendar, index);
  Object.freeze(calendar);
  return calendar;
}

function withYearOf(index: CalendarIndex, input: YearInput | YearAmendmentInput): WorkdayCalendar {
  if (isAmendmentInput(input)) return withAmendmentOf(index, input);
  const year = parseInput(yearInputSchema, input, 'year');
  const first = index.years[0] as YearData;
  const official = index.years.filter((y) => !y.provisional);
  const lastOfficial = official.length === 0 ? first.year - 1 : (official[official.length - 1] as YearData).year;
  if (year.year < first.year - 1 || year.year > lastOfficial + 1) {
    throw new InvalidInputError(
      'year.year',
      year.year,
      `would leave a gap: the official data covers ${first.year}-${lastOfficial}, so the next year to add is ${lastOfficial + 1}`,
    );
  }
  const added = yearFromLists(year.year, year.notice, false, year.holidays, year.makeupWorkdays);
  const years = [...index.years.filter((y) => y.year !== year.year), added].sort((a, b) => a.year - b.year);
  return calendarFromYears(() => years);
}

function withAmendmentOf(index: CalendarIndex, input: unknown): WorkdayCalendar {
  const amendment = parseInput(yearAmendmentSchema, input, 'year');
  const base = index.years.find((y) => y.year === amendment.year);
  if (base === undefined) {
    throw new InvalidInputError(
      'year.year',
      amendment.year,
      `is not in the calendar (${index.coverage.start}..${index.coverage.end}): an amendment changes days of a year the calendar holds; add that year's notice first`,
    );
  }
  if (base.source === amendment.notice || [...(base.dayNotices?.values() ?? [])].includes(amendment.notice)) {
    throw new InvalidInputError('year.notice', amendment.notice, `already decides days of ${amendment.year}: an amendment is a later notice with its own title`);
  }
  const amended = amendYear(base, amendment);
  return calendarFromYears(() => index.years.map((y) => (y === base ? amended : y)));
}

/**
 * The calendar the library ships: the State Council's notices for 2011-01-01 … 2026-12-31
 * (chinese-workday's data with the project's errata). Strict: anything outside throws
 * CalendarCoverageError. It answers from the same shipped index as the plain functions
 * (`addWorkdays` …); the notices behind each day are read on the first `dayKind` that needs them.
 *
 * @example
 * import { defaultCalendar } from 'gov-site-rules';
 * defaultCalendar.addWorkdays('2026-09-30', 3); // '2026-10-10' (a make-up working Saturday)
 */
export const defaultCalendar: WorkdayCalendar = /* @__PURE__ */ calendarOver(() => shippedIndex().withYears(shippedYears()));
