/**
 * The source of the shipped days: chinese-workday, walked day by day, corrected by the errata
 * table (errata.ts, where those facts are written). Only the table generator (`npm run
 * gen:calendar`, scripts/gen-calendar-table.mjs) and the test that regenerates the table import
 * this module; at run time the library reads the generated cache, src/calendar/base-table.ts.
 */
import { getFestival, isWorkday } from 'chinese-workday';
import { formatEpochDay, isoWeekday, parseIsoDate } from './days.js';
import { ERRATA } from './errata.js';
import { KIND_HOLIDAY, KIND_MAKEUP, KIND_WEEKEND } from './kinds.js';
import { daysInYear, firstDayOfYear, weekendKinds } from './year-data.js';

/** The years chinese-workday 1.16.1 holds notices for: the years the table caches. */
export const SOURCE_FIRST_YEAR = 2011;
export const SOURCE_LAST_YEAR = 2026;

/** One run of days that chinese-workday sets apart from the plain week: same kind, same festival. */
export interface SourceRun {
  /** Day of the year of the run's first day, 0 for January 1. */
  readonly start: number;
  readonly length: number;
  readonly kind: typeof KIND_HOLIDAY | typeof KIND_MAKEUP;
  readonly festival: string;
}

/** A day set apart from the plain week, or `undefined` for a plain weekday or weekend day. */
type SetApart = { kind: typeof KIND_HOLIDAY | typeof KIND_MAKEUP; festival: string } | undefined;

/**
 * A year as chinese-workday has it (no errata), one entry per day of the year: a rest day on a
 * weekend that chinese-workday names only `周末` or `工作日` is a plain weekend day; any other named
 * rest day is a holiday; a working weekend day is a make-up day (its festival without the `补` prefix).
 */
function sourceDays(year: number): SetApart[] {
  const first = firstDayOfYear(year);
  const plain = weekendKinds(year);
  const days: SetApart[] = [];
  for (let i = 0; i < daysInYear(year); i++) {
    const text = formatEpochDay(first + i);
    const working = isWorkday(text);
    const weekend = plain[i] === KIND_WEEKEND;
    const name = getFestival(text);
    if (working && weekend) days.push({ kind: KIND_MAKEUP, festival: name.replace(/^补/, '') });
    else if (!working && (!weekend || (name !== '周末' && name !== '工作日'))) days.push({ kind: KIND_HOLIDAY, festival: name });
    else days.push(undefined);
  }
  return days;
}

/** Consecutive days of the same kind and festival, as runs. */
function runsOf(days: readonly SetApart[]): SourceRun[] {
  const runs: SourceRun[] = [];
  days.forEach((day, i) => {
    if (day === undefined) return;
    const last = runs[runs.length - 1];
    if (last !== undefined && last.start + last.length === i && last.kind === day.kind && last.festival === day.festival) {
      runs[runs.length - 1] = { ...last, length: last.length + 1 };
    } else {
      runs.push({ start: i, length: 1, ...day });
    }
  });
  return runs;
}

/**
 * A year as chinese-workday has it (no errata): the runs of holidays and make-up working days with
 * their festivals.
 *
 * @example
 * sourceRuns(2026)[0]; // { start: 0, length: 3, kind: 2, festival: '元旦' }
 */
export function sourceRuns(year: number): SourceRun[] {
  return runsOf(sourceDays(year));
}

/**
 * A year as the library ships it: chinese-workday's days with the errata of that year applied (an
 * erratum's day takes its kind and festival). An erratum that makes a day a plain `workday` or
 * `weekend` must name a weekday or a weekend day respectively, and a holiday or make-up day must
 * name its festival: the table stores only the days set apart from the plain week.
 *
 * @example
 * shippedRuns(2015).find((r) => r.start === 245); // { start: 245, length: 2, kind: 2, festival: '抗战胜利纪念日' }
 */
export function shippedRuns(year: number): SourceRun[] {
  const days = sourceDays(year);
  const first = firstDayOfYear(year);
  for (const e of ERRATA) {
    if (Number(e.date.slice(0, 4)) !== year) continue;
    const day = parseIsoDate(e.date) as number;
    const weekend = isoWeekday(day) >= 6;
    if (e.kind === 'holiday' || e.kind === 'makeup-workday') {
      if (e.festival === undefined) throw new Error(`erratum ${e.date}: a ${e.kind} needs its festival`);
      days[day - first] = { kind: e.kind === 'holiday' ? KIND_HOLIDAY : KIND_MAKEUP, festival: e.festival };
    } else {
      if (weekend !== (e.kind === 'weekend')) throw new Error(`erratum ${e.date}: a ${weekend ? 'weekend day' : 'weekday'} cannot be a plain ${e.kind}`);
      days[day - first] = undefined;
    }
  }
  return runsOf(days);
}

/**
 * The text of src/calendar/base-table.ts for the years `first`…`last` (the errata applied, see
 * {@link shippedRuns}): festival names once, then one string per year of runs `<start>[+<length>]<h|m><festival index>` (base 36 numbers).
 *
 * @example
 * baseTableSource(2026, 2026).includes('export const BASE_TABLE'); // true
 */
export function baseTableSource(first: number, last: number): string {
  const names: string[] = [];
  const years: string[] = [];
  for (let y = first; y <= last; y++) {
    const tokens = shippedRuns(y).map((r) => {
      let index = names.indexOf(r.festival);
      if (index < 0) index = names.push(r.festival) - 1;
      const length = r.length > 1 ? `+${r.length.toString(36)}` : '';
      return `${r.start.toString(36)}${length}${r.kind === KIND_HOLIDAY ? 'h' : 'm'}${index.toString(36)}`;
    });
    years.push(`  '${tokens.join(' ')}', // ${y}`);
  }
  return [
    '// GENERATED by `npm run gen:calendar` (scripts/gen-calendar-table.mjs) from chinese-workday: do not edit.',
    '// test/calendar/base-table.test.ts regenerates it and compares. The errata (src/calendar/errata.ts) are',
    '// applied here, at build time. Format: src/calendar/base-source.ts, baseTableSource.',
    '',
    `/** The first year in {@link BASE_TABLE}. */`,
    `export const BASE_TABLE_FIRST_YEAR = ${first};`,
    '',
    '/** Festival names, indexed by the runs of {@link BASE_TABLE}. */',
    `export const BASE_TABLE_NAMES: readonly string[] = [${names.map((n) => `'${n}'`).join(', ')}];`,
    '',
    '/** One string per year from {@link BASE_TABLE_FIRST_YEAR}: its runs of holidays (h) and make-up working days (m). */',
    'export const BASE_TABLE: readonly string[] = [',
    ...years,
    '];',
    '',
  ].join('\n');
}
