/**
 * A validator for a hand-typed notice: before anyone relies on a year typed into `withYear` (or a
 * `--calendar` file), check it against the holiday law in force that year. It answers findings
 * (error / warning) with the date and the reason, and the year's working-day count; it never
 * throws for a bad notice.
 */
import { formatPath, safeParseEnglish, valueAt } from '../validate.js';
import { type EpochDay, formatEpochDay, isoWeekday, parseIsoDate } from '../time/index.js';
import { statutoryDaysOf } from './day-labels.js';
import { isWorkingKind, KIND_HOLIDAY, KIND_MAKEUP } from './kinds.js';
import { shippedYears } from './base-data.js';
import { provisionalYear } from './provisional.js';
import { isAmendmentInput, STATUTORY_FESTIVALS, yearAmendmentSchema, yearInputSchema } from './schemas.js';
import { holidayLawOf, statutoryHolidays } from './statutory-holidays.js';
import { amendYear, firstDayOfYear, type YearData, yearFromLists } from './year-data.js';

/** One finding of {@link validateYear}. */
export interface YearFinding {
  /** `error`: the notice cannot be right (exit 1 in `calendar check`); `warning`: unusual, check it against the notice. */
  readonly severity: 'error' | 'warning';
  /** The day concerned, when there is one. */
  readonly date?: string;
  /** The festival concerned, when there is one. */
  readonly festival?: string;
  /** The JSON path, for an input that is not a year at all. */
  readonly path?: string;
  readonly message: string;
}

/** What {@link validateYear} answers. */
export interface YearValidation {
  /** `true` when no finding is an error. */
  readonly ok: boolean;
  /** The year, when the input has one. */
  readonly year?: number;
  /** The law the year was checked against (absent before 2008). */
  readonly law?: string;
  readonly findings: readonly YearFinding[];
  /** Working days in the year (absent when the input is not a valid year). */
  readonly workdays?: number;
  /** Rest days in the year, weekends included. */
  readonly restDays?: number;
  /** Make-up working days. */
  readonly makeupWorkdays?: number;
  /** The make-up working days paired with the rest day each pays for, in date order (absent when none is paired). */
  readonly pairs?: readonly { readonly makeup: string; readonly restDay: string }[];
  /** For an amendment: what it was applied to before the checks (the shipped year, or the law's provisional year). */
  readonly amends?: string;
}

/** The range of working days a year has had since 2008 (248–251 in 2011–2026), widened a little. */
export const PLAUSIBLE_WORKDAYS = Object.freeze({ min: 245, max: 254 });
/** The longest plausible break (2020's extended Spring Festival: 10 days). */
export const MAX_BREAK_DAYS = 10;
/** How far (in days) a make-up working day may sit from a rest day of its festival. */
export const MAX_MAKEUP_DISTANCE = 14;

/** The statutory festival keys a festival name contains (`中秋国庆` → 中秋, 国庆), or the name itself. */
function festivalKeys(name: string): string[] {
  const keys = STATUTORY_FESTIVALS.filter((f) => name.includes(f));
  // /(节|纪念日)$/ written with escapes: esbuild keeps a regular expression's characters as they are,
  // and one character past Latin-1 in dist/index.node.js makes V8 hold its whole source as a
  // two-byte string (0.8 MB instead of 0.4 MB of young heap at each cold import; issue 14).
  return keys.length > 0 ? keys : [name.replace(/(\u8282|\u7EAA\u5FF5\u65E5)$/, '')];
}

const shares = (a: string, b: string): boolean => {
  const kb = festivalKeys(b);
  return festivalKeys(a).some((k) => kb.some((l) => l.startsWith(k) || k.startsWith(l)));
};

/**
 * Checks one year of days against the law in force that year: the core of {@link validateYear},
 * also run over the shipped years.
 *
 * @example
 * import { shippedYears } from './base-data.js';
 * validateYearData(shippedYears()[15]!).ok; // true
 */
export function validateYearData(y: YearData): YearValidation {
  const findings: YearFinding[] = [];
  const first = firstDayOfYear(y.year);
  const n = y.kinds.length;
  const dateOf = (i: number) => formatEpochDay(first + i);
  const rest = (i: number) => i >= 0 && i < n && !isWorkingKind(y.kinds[i] as number);
  /** The break (run of consecutive rest days) holding day index `i`. */
  const breakOf = (i: number): [number, number] => {
    let a = i;
    let b = i;
    while (rest(a - 1)) a--;
    while (rest(b + 1)) b++;
    return [a, b];
  };
  const law = holidayLawOf(y.year);
  const statutory = statutoryHolidays(y.year);
  if (law === undefined || statutory === undefined) {
    findings.push({ severity: 'warning', message: `the library holds no holiday law or lunar dates for ${y.year}: statutory days not checked` });
  } else {
    for (const s of statutory) {
      const i = (parseIsoDate(s.date) as EpochDay) - first;
      if (!rest(i)) {
        findings.push({ severity: 'error', date: s.date, festival: s.festival, message: `is a statutory day of ${s.festival} under ${law.title} but the notice makes it a working day` });
        continue;
      }
      const named = y.festivals.get(first + i);
      const [a, b] = breakOf(i);
      // 中秋 inside the National Day break may carry the break's name (2017, 2025).
      const sameBreak = statutory.some((t) => shares(named ?? '', t.festival) && (parseIsoDate(t.date) as EpochDay) - first >= a && (parseIsoDate(t.date) as EpochDay) - first <= b);
      if (named !== undefined && !shares(named, s.festival) && !sameBreak) {
        findings.push({ severity: 'warning', date: s.date, festival: named, message: `is the law's ${s.festival} but the notice names it ${named}` });
      }
    }
  }
  const lawSet = statutoryDaysOf(y);
  // Rest days and make-up days per festival.
  const restByKey = new Map<string, number[]>();
  const makeups: number[] = [];
  for (let i = 0; i < n; i++) {
    const kind = y.kinds[i] as number;
    const name = y.festivals.get(first + i);
    if (kind === KIND_MAKEUP) makeups.push(i);
    if (kind === KIND_HOLIDAY && name !== undefined) for (const k of festivalKeys(name)) restByKey.set(k, [...(restByKey.get(k) ?? []), i]);
  }
  for (const i of makeups) {
    const name = y.festivals.get(first + i) as string;
    const date = dateOf(i);
    // A late-December make-up day may serve next year's New Year's Day.
    const targets = festivalKeys(name).flatMap((k) => restByKey.get(k) ?? []);
    if (name.startsWith('元旦') && date.slice(5, 7) === '12') targets.push(n);
    if (targets.length === 0) {
      findings.push({ severity: 'error', date, festival: name, message: `is a make-up working day for ${name}, which has no rest day in the notice` });
      continue;
    }
    const distance = Math.min(...targets.map((t) => Math.abs(t - i)));
    if (distance > MAX_MAKEUP_DISTANCE) {
      findings.push({ severity: 'warning', date, festival: name, message: `is a make-up working day ${distance} days from the nearest rest day of ${name} (more than ${MAX_MAKEUP_DISTANCE})` });
    }
  }
  // Each make-up working day pays for a weekday rest day in lieu: per festival (make-up days
  // naming one festival only) and over the year.
  const inLieuOf = (days: readonly number[]) =>
    days.filter((i) => isoWeekday(first + i) < 6 && lawSet?.has(dateOf(i)) !== true && y.special?.has(first + i) !== true).length;
  const allInLieu = inLieuOf([...new Set([...restByKey.values()].flat())]);
  if (lawSet !== undefined && makeups.length > allInLieu) {
    findings.push({ severity: 'warning', message: `${makeups.length} make-up working day(s) but only ${allInLieu} weekday rest day(s) in lieu to pay for` });
  }
  for (const [key, days] of restByKey) {
    const inLieu = inLieuOf(days);
    const paid = makeups.filter((i) => festivalKeys(y.festivals.get(first + i) as string).join() === key).length;
    if (lawSet !== undefined && paid > inLieu) {
      findings.push({ severity: 'warning', festival: key, message: `${paid} make-up working day(s) for ${key} but only ${inLieu} weekday rest day(s) in lieu to pay for` });
    }
    for (const i of days) {
      const [a, b] = breakOf(i);
      if (b - a + 1 > MAX_BREAK_DAYS) {
        findings.push({ severity: 'warning', date: dateOf(a), festival: key, message: `starts a break of ${b - a + 1} rest days (${dateOf(a)} … ${dateOf(b)}), longer than ${MAX_BREAK_DAYS}` });
        break;
      }
    }
  }
  const pairs = [...(y.pairs ?? [])]
    .filter(([m]) => m >= first && m < first + n)
    .sort(([a], [b]) => a - b)
    .map(([m, r]) => Object.freeze({ makeup: formatEpochDay(m), restDay: formatEpochDay(r) }));
  for (const p of pairs) {
    if (lawSet?.has(p.restDay) === true) {
      findings.push({ severity: 'warning', date: p.makeup, festival: y.festivals.get(parseIsoDate(p.makeup) as EpochDay), message: `pays for ${p.restDay}, a statutory day: a make-up working day pays for a rest day in lieu` });
    }
  }
  let workdays = 0;
  for (let i = 0; i < n; i++) if (!rest(i)) workdays++;
  if (workdays < PLAUSIBLE_WORKDAYS.min || workdays > PLAUSIBLE_WORKDAYS.max) {
    findings.push({ severity: 'warning', message: `has ${workdays} working days, outside the usual ${PLAUSIBLE_WORKDAYS.min}–${PLAUSIBLE_WORKDAYS.max}` });
  }
  return Object.freeze({
    ok: !findings.some((f) => f.severity === 'error'),
    year: y.year,
    ...(law === undefined ? {} : { law: law.title }),
    findings: Object.freeze(findings.map((f) => Object.freeze(f))),
    workdays,
    restDays: n - workdays,
    makeupWorkdays: makeups.length,
    ...(pairs.length === 0 ? {} : { pairs: Object.freeze(pairs) }),
  });
}

/**
 * Checks a hand-typed notice (the input of `withYear`) before anyone relies on it. Every shape
 * problem `withYear` would refuse is an error finding with its JSON path; then, against the law in
 * force that year (by the library's table of lunar dates): every statutory day must be a rest day
 * (error), a make-up working day must serve a festival with rest days (error) and sit near them
 * (warning past 14 days; a December one may serve next year's 元旦), a festival's make-up days
 * should not outnumber its weekday rest days in lieu, a break should not pass 10 days, and the
 * year's working days should be 245–254 (warnings), a make-up day should not pay for a statutory
 * day (warning). The year's working-day count and the notice's pairings are reported. An amendment
 * (`amends: true`) is applied to the shipped year, or to the law's provisional year, and the result
 * is checked.
 *
 * @example
 * import { validateYear } from 'gov-site-rules';
 * validateYear({ year: 2027, notice: 'x', holidays: [{ date: '2027-02-30', festival: '春节' }] }).findings[0]?.path; // 'holidays[0].date'
 * const typo = { year: 2027, notice: 'typo', holidays: [['01-01', '元旦'], ['02-05', '春节'], ['02-06', '春节'], ['02-07', '春节'], ['02-09', '春节'], ['04-05', '清明节'], ['05-01', '劳动节'], ['05-02', '劳动节'], ['06-09', '端午节'], ['09-15', '中秋节'], ['10-01', '国庆节'], ['10-02', '国庆节'], ['10-03', '国庆节']].map(([d, f]) => ({ date: `2027-${d}`, festival: f })) };
 * validateYear(typo).findings.filter((f) => f.severity === 'error').map((f) => f.date); // ['2027-02-08']
 * validateYear({ year: 2026, notice: 'x', amends: true, workdays: [{ date: '2026-02-16' }] }).findings[0]?.date; // '2026-02-16' (除夕, statutory since 2025)
 */
export function validateYear(input: unknown): YearValidation {
  if (isAmendmentInput(input)) {
    const parsed = safeParseEnglish(yearAmendmentSchema, input);
    if (!parsed.success) return shapeFindings(input, parsed.error.issues);
    const y = parsed.data;
    const base = shippedYears().find((s) => s.year === y.year) ?? provisionalYear(y.year);
    if (base === undefined) {
      const message = 'is a year the library holds neither a notice nor the lunar dates for: nothing to amend (check the year\'s own notice instead)';
      return Object.freeze({ ok: false, year: y.year, findings: Object.freeze([Object.freeze({ severity: 'error' as const, path: 'year', message })]) });
    }
    return Object.freeze({ ...validateYearData(amendYear(base, y)), amends: base.source });
  }
  const parsed = safeParseEnglish(yearInputSchema, input);
  if (!parsed.success) return shapeFindings(input, parsed.error.issues);
  const y = parsed.data;
  return validateYearData(yearFromLists(y.year, y.notice, false, y.holidays, y.makeupWorkdays));
}

/** Every shape problem of an input as an error finding with its JSON path (and the date, for a date field). */
function shapeFindings(input: unknown, issues: readonly { path: PropertyKey[]; message: string }[]): YearValidation {
  const year = typeof (input as { year?: unknown } | null)?.year === 'number' ? ((input as { year: number }).year) : undefined;
  const findings = issues.map((issue) => {
    const path = formatPath('', issue.path);
    const date = issue.path.at(-1) === 'date' ? valueAt(input, issue.path) : undefined;
    return Object.freeze({ severity: 'error' as const, path, ...(typeof date === 'string' ? { date } : {}), message: issue.message });
  });
  return Object.freeze({ ok: false, ...(year === undefined ? {} : { year }), findings: Object.freeze(findings) });
}
