/**
 * fast-check arbitraries for other systems' test suites: dates inside the calendar's coverage,
 * working and rest days, instants with offsets, and valid site snapshots (with fault knobs),
 * publications and messages. Every value is valid input for the library (snapshots pass
 * `snapshotSchema`); dates are derived from the calendar's `coverage`, never hard-coded.
 *
 * fast-check is a peer dependency of `gov-site-rules/testing` (3 or 4); the main entry never
 * imports it. The library is imported through `../index.js`, which the build keeps external so
 * the subpath and the main entry share one instance (one calendar registry, one error class).
 */
import * as fc from 'fast-check';
import {
  deadline,
  defaultCalendar,
  DOCUMENTS,
  type DeadlineRuleId,
  InvalidInputError,
  RulesError,
  type Snapshot,
  type WorkdayCalendar,
} from '../index.js';
import { beijingDayOfInstant, startOfBeijingDay } from '../time/beijing.js';
import { formatEpochDay, parseCivilDate } from '../time/civil.js';
import { parseIsoInstant, parseOffsetInstant } from '../time/instant.js';

type Publication = NonNullable<Snapshot['publications']>[number];
type Message = NonNullable<Snapshot['messages']>[number];
type Column = NonNullable<Snapshot['columns']>[number];
type Review = NonNullable<Publication['reviews']>[number];

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;

// ------------------------------------------------------------------------------ date helpers

// The grammars and the day arithmetic are the library's own (src/time/, the one time edge),
// imported from the modules that throw nothing: errors come from the library instance (../index.js).

/** Epoch day (days since 1970-01-01) of a `YYYY-MM-DD`. */
function epochDay(date: string, field: string): number {
  const day = typeof date === 'string' ? parseCivilDate(date) : undefined;
  if (day === undefined) throw new InvalidInputError(field, date, 'is not a date YYYY-MM-DD');
  return day;
}

const formatDay = formatEpochDay;
/** Beijing midnight of an epoch day, in epoch ms. */
const beijingMidnight = startOfBeijingDay;
/** The Beijing epoch day of an instant. */
const beijingDay = beijingDayOfInstant;

/**
 * The offsets `instant()` renders by default: Beijing, UTC and others either side of it.
 *
 * @example
 * DEFAULT_OFFSETS.includes('+08:00') && DEFAULT_OFFSETS.includes('Z') && DEFAULT_OFFSETS.includes('-05:00'); // true
 */
export const DEFAULT_OFFSETS = ['+08:00', 'Z', '+00:00', '+09:00', '+05:30', '+05:45', '-03:30', '-05:00', '-08:00', '+14:00', '-12:00'] as const;

function offsetMinutes(offset: string): number {
  if (offset === 'Z') return 0;
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  if (m === null) throw new InvalidInputError('offsets', offset, 'is not an offset such as +08:00, -05:00 or Z');
  const v = Number(m[2]) * 60 + Number(m[3]);
  if (v > 14 * 60) throw new InvalidInputError('offsets', offset, 'is beyond ±14:00');
  return m[1] === '-' ? -v : v;
}

/** ISO-8601 with seconds in the given offset (`Z` or `±HH:MM`); sub-second ms are dropped. */
function formatInstant(ms: number, offset = '+08:00'): string {
  const whole = Math.floor(ms / 1000) * 1000;
  const local = new Date(whole + offsetMinutes(offset) * MINUTE).toISOString().slice(0, 19);
  return `${local}${offset}`;
}

// ------------------------------------------------------------------------------ the calendar's days

/** Bounds shared by the date arbitraries. */
export interface DateRangeOptions {
  /** The calendar whose coverage (and working days) to use: `defaultCalendar` by default. */
  readonly calendar?: WorkdayCalendar;
  /** The first date (inclusive, `YYYY-MM-DD`); default: the start of the coverage. */
  readonly min?: string;
  /** The last date (inclusive, `YYYY-MM-DD`); default: the end of the coverage. */
  readonly max?: string;
}

interface Days {
  readonly first: number;
  readonly last: number;
  readonly workdays: readonly number[];
  readonly restDays: readonly number[];
}

const DAYS = new WeakMap<WorkdayCalendar, Days>();

function daysOf(calendar: WorkdayCalendar): Days {
  let d = DAYS.get(calendar);
  if (d === undefined) {
    const { start, end } = calendar.coverage;
    const first = epochDay(start, 'coverage.start');
    const last = epochDay(end, 'coverage.end');
    const workdays = calendar.workdaysBetween(start, end).map((s) => epochDay(s, 'workday'));
    const set = new Set(workdays);
    const restDays: number[] = [];
    for (let x = first; x <= last; x++) if (!set.has(x)) restDays.push(x);
    d = { first, last, workdays, restDays };
    DAYS.set(calendar, d);
  }
  return d;
}

function range(options: DateRangeOptions | undefined): { days: Days; min: number; max: number } {
  const days = daysOf(options?.calendar ?? defaultCalendar);
  const min = options?.min === undefined ? days.first : epochDay(options.min, 'min');
  const max = options?.max === undefined ? days.last : epochDay(options.max, 'max');
  const { start, end } = (options?.calendar ?? defaultCalendar).coverage;
  if (min < days.first || min > days.last) throw new InvalidInputError('min', options?.min, `is outside the calendar's coverage ${start}..${end}`);
  if (max < days.first || max > days.last) throw new InvalidInputError('max', options?.max, `is outside the calendar's coverage ${start}..${end}`);
  if (min > max) throw new InvalidInputError('min', options?.min, `is after max ${String(options?.max)}`);
  return { days, min, max };
}

/** Index bounds [lo, hi] of the sorted `list` values within [min, max]. */
function slice(list: readonly number[], min: number, max: number, what: string): [number, number] {
  let lo = 0;
  while (lo < list.length && (list[lo] as number) < min) lo++;
  let hi = list.length - 1;
  while (hi >= 0 && (list[hi] as number) > max) hi--;
  if (lo > hi) throw new InvalidInputError('min', formatDay(min), `leaves no ${what} up to ${formatDay(max)}`);
  return [lo, hi];
}

/**
 * A Beijing civil date `YYYY-MM-DD` inside the calendar's coverage (or `[min, max]` within it).
 *
 * @example
 * import * as fc from 'fast-check';
 * import { defaultCalendar } from 'gov-site-rules';
 * fc.sample(coveredDate(), 50).every((d) => d >= defaultCalendar.coverage.start && d <= defaultCalendar.coverage.end); // true
 * fc.sample(coveredDate({ min: '2026-10-01', max: '2026-10-03' }), 20).every((d) => d >= '2026-10-01' && d <= '2026-10-03'); // true
 * coveredDate({ min: '1999-01-01' }); // throws InvalidInputError
 */
export function coveredDate(options?: DateRangeOptions): fc.Arbitrary<string> {
  const { min, max } = range(options);
  return fc.integer({ min, max }).map(formatDay);
}

/**
 * A working day (工作日, make-up working days included) inside the coverage, drawn by index from
 * the calendar's own list of working days (no filtering).
 *
 * @example
 * import * as fc from 'fast-check';
 * import { isWorkday } from 'gov-site-rules';
 * fc.sample(workday(), 100).every((d) => isWorkday(d)); // true
 * fc.sample(workday({ min: '2026-10-01', max: '2026-10-11' }), 20).every((d) => d >= '2026-10-08' && d <= '2026-10-10'); // true (National Day 10-01..10-07; 10-10 is a make-up Saturday)
 */
export function workday(options?: DateRangeOptions): fc.Arbitrary<string> {
  const { days, min, max } = range(options);
  const [lo, hi] = slice(days.workdays, min, max, 'working day');
  return fc.integer({ min: lo, max: hi }).map((i) => formatDay(days.workdays[i] as number));
}

/**
 * A rest day (weekend or holiday that is not a make-up working day) inside the coverage, drawn by
 * index from the calendar's rest days.
 *
 * @example
 * import * as fc from 'fast-check';
 * import { isWorkday } from 'gov-site-rules';
 * fc.sample(restDay(), 100).some((d) => isWorkday(d)); // false
 * fc.sample(restDay({ min: '2026-10-01', max: '2026-10-10' }), 20).every((d) => d >= '2026-10-01' && d <= '2026-10-07'); // true
 */
export function restDay(options?: DateRangeOptions): fc.Arbitrary<string> {
  const { days, min, max } = range(options);
  const [lo, hi] = slice(days.restDays, min, max, 'rest day');
  return fc.integer({ min: lo, max: hi }).map((i) => formatDay(days.restDays[i] as number));
}

/** Options of {@link instant}. */
export interface InstantOptions extends DateRangeOptions {
  /** Offsets to render with (`Z` or `±HH:MM`); default {@link DEFAULT_OFFSETS}. */
  readonly offsets?: readonly string[];
}

/**
 * An ISO-8601 instant with seconds and an offset (`+08:00`, `Z`, `-05:00`, `+05:30` …) whose
 * Beijing date lies inside the coverage (or `[min, max]`). West of UTC the local date shown may
 * be the day before the Beijing date: that is the point.
 *
 * @example
 * import * as fc from 'fast-check';
 * import { snapshotSchema } from 'gov-site-rules';
 * fc.sample(instant(), 50).every((s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/.test(s)); // true
 * fc.sample(instant({ offsets: ['-05:00'], min: '2026-10-01', max: '2026-10-01' }), 10).every((s) => s.endsWith('-05:00') && Date.parse(s) >= Date.parse('2026-10-01T00:00:00+08:00') && Date.parse(s) < Date.parse('2026-10-02T00:00:00+08:00')); // true
 */
export function instant(options?: InstantOptions): fc.Arbitrary<string> {
  const { min, max } = range(options);
  const offsets = options?.offsets ?? DEFAULT_OFFSETS;
  if (offsets.length === 0) throw new InvalidInputError('offsets', offsets, 'is empty');
  for (const o of offsets) offsetMinutes(o);
  return fc
    .tuple(fc.integer({ min, max }), fc.integer({ min: 0, max: DAY / 1000 - 1 }), fc.constantFrom(...offsets))
    .map(([day, second, offset]) => formatInstant(beijingMidnight(day) + second * 1000, offset));
}

// ------------------------------------------------------------------------------ publications

type PublicationKind = Publication['kind'];
const PUBLICATION_KINDS: readonly PublicationKind[] = ['policy-document', 'interpretation', 'activity', 'proactive', 'other'];

const KIND_RULES: Readonly<Record<PublicationKind, DeadlineRuleId | undefined>> = {
  'policy-document': 'deyang-2018/art24-policy-document',
  interpretation: 'deyang-2018/art24-interpretation',
  activity: 'deyang-2018/art24-activity',
  proactive: 'deyang-2018/art24-proactive',
  other: undefined,
};

/**
 * The Deyang deadline rule that judges a publication of this kind (Art. 24), or `undefined` for
 * `other`.
 *
 * @example
 * publicationRule('policy-document'); // 'deyang-2018/art24-policy-document'
 * publicationRule('activity'); // 'deyang-2018/art24-activity'
 * publicationRule('other'); // undefined
 */
export function publicationRule(kind: PublicationKind): DeadlineRuleId | undefined {
  // Own keys only: `publicationRule('toString')` is no kind, not Object.prototype.toString.
  return Object.hasOwn(KIND_RULES, kind) ? KIND_RULES[kind] : undefined;
}

type Stage = Review['stage'];
const STAGES: readonly Stage[] = ['initial', 'verify', 'release'];
const REVIEWERS = ['张三', '李四', '王五', '赵六', '钱七', '孙八'];
const NAMES = ['德阳市人民政府', '德阳市教育局', '德阳市卫生健康委员会', '旌阳区人民政府', '广汉市人民政府', '什邡市人民政府'];

/**
 * Options of {@link publication}. `min`/`max` bound the trigger's Beijing date; the default `max`
 * leaves room for the deadline (and a late publication) inside the coverage.
 */
export interface PublicationOptions extends DateRangeOptions {
  /** Only this kind (default: any of the five). */
  readonly kind?: PublicationKind;
  /** `false`: not published yet (`publishedAt: null`, no reviews). Default `true`. */
  readonly published?: boolean;
  /** `true`: published at or before the rule's deadline; `false`: after it; default: either. Ignored for `other`. */
  readonly timely?: boolean;
  /** Drop one review stage (`true`: a random one) so the 三审 trail is incomplete. Default: complete trail. */
  readonly missingStage?: boolean | Stage;
}

interface PublicationSeed {
  readonly kind: PublicationKind;
  readonly day: number;
  readonly second: number;
  readonly offset: string;
  readonly frac: number;
  readonly lateMinutes: number;
  readonly timely: boolean;
  readonly drop: Stage | undefined;
  readonly reviewer: number;
}

function startOf(p: Publication): number {
  const t = p.triggeredAt as string;
  return t.length === 10 ? beijingMidnight(epochDay(t, 'triggeredAt')) : parseOffsetInstant(t);
}

/** Builds one publication; `upper` caps `publishedAt` (a snapshot's checkpoint). */
function buildPublication(id: string, s: PublicationSeed, published: boolean, calendar: WorkdayCalendar, upper = Infinity): Publication {
  const triggerMs = beijingMidnight(s.day) + s.second * 1000;
  const triggeredAt = s.kind === 'activity' ? formatInstant(triggerMs, s.offset) : formatDay(s.day);
  const base: Publication = { id, kind: s.kind, triggeredAt };
  if (!published) return { ...base, publishedAt: null, reviews: [], confidentialityReviewedAt: null };
  const start = startOf(base);
  const rule = KIND_RULES[s.kind];
  const due = rule === undefined ? start + 10 * DAY : parseOffsetInstant(deadline(rule, { from: triggeredAt }, { calendar }).deadline);
  let at: number;
  if (rule === undefined || s.timely) {
    const hi = Math.min(due, upper);
    at = Math.floor((start + ((hi - start) * s.frac) / 1000) / 1000) * 1000;
    if (at < start) at = start;
  } else {
    at = Math.ceil((due + 1) / 1000) * 1000 + s.lateMinutes * MINUTE;
  }
  const reviews: Review[] = STAGES.filter((stage) => stage !== s.drop).map((stage, k) => ({
    stage,
    by: REVIEWERS[(s.reviewer + k) % REVIEWERS.length] as string,
    at: formatInstant(at - (3 - k) * 20 * MINUTE, s.offset),
    approved: true,
  }));
  return { ...base, publishedAt: formatInstant(at, s.offset), reviews, confidentialityReviewedAt: formatInstant(at - 90 * MINUTE, s.offset) };
}

function publicationSeed(
  days: fc.Arbitrary<number>,
  kind: PublicationKind | undefined,
  timely: boolean | undefined,
  missing: boolean | Stage | undefined,
): fc.Arbitrary<PublicationSeed> {
  return fc.record({
    kind: kind === undefined ? fc.constantFrom(...PUBLICATION_KINDS) : fc.constant(kind),
    day: days,
    second: fc.integer({ min: 0, max: DAY / 1000 - 1 }),
    offset: fc.constantFrom(...DEFAULT_OFFSETS),
    frac: fc.integer({ min: 0, max: 1000 }),
    lateMinutes: fc.integer({ min: 0, max: 30 * 24 * 60 }),
    timely: timely === undefined ? fc.boolean() : fc.constant(timely),
    drop: missing === true ? fc.constantFrom(...STAGES) : fc.constant(missing === false || missing === undefined ? undefined : missing),
    reviewer: fc.integer({ min: 0, max: REVIEWERS.length - 1 }),
  });
}

/** The day the Deyang measures (whose Art. 24 judges publications) took effect. */
const deyangInForce = (): number => epochDay(DOCUMENTS['deyang-2018'].inForce.from, 'inForce');

/** The last trigger day whose longest deadline (20 working days) plus 30 days late stays in coverage. */
function lastTriggerDay(days: Days): number {
  return (days.workdays[Math.max(0, days.workdays.length - 41)] as number) - 1;
}

/**
 * A valid publication (snapshot v1 `publications[]`): `triggeredAt` a date (an instant for an
 * `activity`, whose rule counts hours), `publishedAt` on time or late against the Art. 24 rule of
 * its kind ({@link publicationRule}), a complete 三审 trail by three different reviewers
 * (initial → verify → release, all before publication) and a confidentiality review before
 * publication. Knobs: `kind`, `published`, `timely`, `missingStage`, `min`/`max` (trigger date).
 *
 * @example
 * import * as fc from 'fast-check';
 * import { deadline } from 'gov-site-rules';
 * fc.sample(publication({ timely: true }), 30).every((p) => p.kind === 'other' || Date.parse(p.publishedAt) <= Date.parse(deadline(publicationRule(p.kind), { from: p.triggeredAt }).deadline)); // true
 * fc.sample(publication({ kind: 'activity' }), 5).every((p) => p.triggeredAt.includes('T')); // true
 * fc.sample(publication({ missingStage: 'verify' }), 5).every((p) => p.reviews.length === 2); // true
 * fc.sample(publication({ published: false }), 5).every((p) => p.publishedAt === null); // true
 */
export function publication(options?: PublicationOptions): fc.Arbitrary<Publication> {
  const calendar = options?.calendar ?? defaultCalendar;
  const { days, min: lo } = range(options);
  const inForce = deyangInForce();
  if (options?.min !== undefined && lo < inForce) {
    throw new InvalidInputError('min', options.min, `is before the Deyang measures took effect (${DOCUMENTS['deyang-2018'].inForce.from}): their Art. 24 deadlines do not apply`);
  }
  const min = Math.max(lo, inForce);
  const max = options?.max === undefined ? lastTriggerDay(days) : range(options).max;
  if (max < min) throw new InvalidInputError('min', options?.min, 'leaves no trigger date whose deadline is inside the coverage');
  const published = options?.published ?? true;
  return fc
    .tuple(fc.integer({ min: 1, max: 99_999 }), publicationSeed(fc.integer({ min, max }), options?.kind, options?.timely, options?.missingStage))
    .map(([n, s]) => buildPublication(`p${n}`, s, published, calendar));
}

// ------------------------------------------------------------------------------ messages

type Channel = Message['channel'];
const CHANNELS: readonly Channel[] = ['consultation', 'error-report', 'opinion', 'interview', 'survey', 'petition', 'discipline'];

/** Options of {@link message}. */
export interface MessageOptions extends DateRangeOptions {
  readonly channel?: Channel;
  /** `true`: `repliedAt` set (10 minutes to 6 hours after receipt); `false`: `repliedAt: null`; default: either. */
  readonly answered?: boolean;
}

interface MessageSeed {
  readonly channel: Channel;
  readonly day: number;
  readonly second: number;
  readonly offset: string;
  readonly answered: boolean;
  readonly replyMinutes: number;
  readonly valid: boolean | undefined;
  readonly complex: boolean | undefined;
}

function buildMessage(id: string, s: MessageSeed, receivedMs = beijingMidnight(s.day) + s.second * 1000): Message {
  return {
    id,
    channel: s.channel,
    receivedAt: formatInstant(receivedMs, s.offset),
    repliedAt: s.answered ? formatInstant(receivedMs + s.replyMinutes * MINUTE, s.offset) : null,
    ...(s.valid === undefined ? {} : { valid: s.valid }),
    ...(s.complex === undefined ? {} : { complex: s.complex }),
    untrue: false,
    handlingPublished: true,
  };
}

function messageSeed(days: fc.Arbitrary<number>, channel: Channel | undefined, answered: boolean | undefined, plain: boolean): fc.Arbitrary<MessageSeed> {
  return fc.record({
    channel: channel === undefined ? fc.constantFrom(...CHANNELS) : fc.constant(channel),
    day: days,
    second: fc.integer({ min: 0, max: DAY / 1000 - 1 }),
    offset: fc.constantFrom(...DEFAULT_OFFSETS),
    answered: answered === undefined ? fc.boolean() : fc.constant(answered),
    replyMinutes: fc.integer({ min: 10, max: 6 * 60 }),
    valid: plain ? fc.constant(true) : fc.option(fc.boolean(), { nil: undefined }),
    complex: plain ? fc.constant(false) : fc.option(fc.boolean(), { nil: undefined }),
  });
}

/**
 * A valid message from the public (snapshot v1 `messages[]`): any channel, received at an
 * instant inside the coverage, answered within hours or unanswered. Knobs: `channel`, `answered`,
 * `min`/`max` (the Beijing date of receipt).
 *
 * @example
 * import * as fc from 'fast-check';
 * fc.sample(message({ answered: false }), 10).every((m) => m.repliedAt === null); // true
 * fc.sample(message({ channel: 'opinion', answered: true }), 10).every((m) => m.channel === 'opinion' && Date.parse(m.repliedAt) > Date.parse(m.receivedAt)); // true
 */
export function message(options?: MessageOptions): fc.Arbitrary<Message> {
  const { min, max } = range(options);
  return fc
    .tuple(fc.integer({ min: 1, max: 99_999 }), messageSeed(fc.integer({ min, max }), options?.channel, options?.answered, false))
    .map(([n, s]) => buildMessage(`m${n}`, s));
}

// ------------------------------------------------------------------------------ snapshots

/** Options of {@link snapshot}: the checkpoint and the fault knobs. */
export interface SnapshotOptions {
  /** The checkpoint (an ISO instant with offset); default: generated inside the coverage. */
  readonly at?: string;
  /** The calendar for the publications' deadlines (default `defaultCalendar`). */
  readonly calendar?: WorkdayCalendar;
  /** News / first-level notice / policy columns with no item in their census period (fails `census/columns-stale` at 5 or more). */
  readonly staleColumns?: number;
  /** Columns without any item since they opened (fails `census/blank-columns` at 5 or more). */
  readonly blankColumns?: number;
  /** Valid consultation messages unanswered for over 3 months (fails `census/interaction-unanswered` at 1 or more). */
  readonly unansweredMessages?: number;
  /** Published items with one 三审 stage missing (fails `deyang-2018/art24-three-review` at 1 or more). */
  readonly missingReviewStages?: number;
}

/** What {@link snapshot} yields: the snapshot and the checkpoint it is meant to be checked at. */
export interface SnapshotCase {
  readonly snapshot: Snapshot;
  /** The checkpoint, ISO with `+08:00` (or as given in `options.at`). */
  readonly at: string;
}

interface ColumnSpec {
  readonly category: Column['category'];
  readonly name: string;
  /** The largest gap between updates generated (below every period that judges the category). */
  readonly maxGap: number;
  /** How long ago the column opened, in days. */
  readonly opened: readonly [number, number];
}

const HEALTHY: Readonly<Record<string, ColumnSpec>> = {
  homepage: { category: 'homepage', name: '首页', maxGap: 13 * DAY, opened: [20, 120] },
  news: { category: 'news', name: '工作动态', maxGap: 6.5 * DAY, opened: [14, 60] },
  notice: { category: 'notice', name: '通知公告', maxGap: 170 * DAY, opened: [200, 360] },
  policy: { category: 'policy', name: '政策文件', maxGap: 170 * DAY, opened: [200, 360] },
  'annual-report': { category: 'annual-report', name: '年度报告', maxGap: 300 * DAY, opened: [100, 360] },
  plan: { category: 'plan', name: '规划计划', maxGap: 300 * DAY, opened: [100, 360] },
  other: { category: 'basic-info', name: '机构概况', maxGap: 300 * DAY, opened: [30, 360] },
};

interface ColumnSeed {
  readonly openedDaysAgo: number;
  readonly fracs: readonly number[];
  readonly offset: string;
}

const columnSeed = (spec: ColumnSpec): fc.Arbitrary<ColumnSeed> =>
  fc.record({
    openedDaysAgo: fc.integer({ min: spec.opened[0], max: spec.opened[1] }),
    fracs: fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 4, maxLength: 4 }),
    offset: fc.constantFrom(...DEFAULT_OFFSETS),
  });

/** A column updated regularly: every gap (from its opening, between items, to `at`) below `maxGap`. */
function healthyColumn(id: string, spec: ColumnSpec, s: ColumnSeed, atMs: number): Column {
  const openedDay = beijingDay(atMs - s.openedDaysAgo * DAY);
  const items: { id: string; publishedAt: string }[] = [];
  let t = beijingMidnight(openedDay);
  for (let i = 0; ; i++) {
    const step = spec.maxGap * (0.5 + (s.fracs[i % s.fracs.length] as number) / 2000);
    const next = Math.floor((t + step) / 1000) * 1000;
    if (next > atMs) break;
    items.push({ id: `${id}-${i + 1}`, publishedAt: formatInstant(next, s.offset) });
    t = next;
  }
  // The whole life of the column is shorter than one step: one item in the middle (never blank).
  if (items.length === 0) items.push({ id: `${id}-1`, publishedAt: formatInstant((beijingMidnight(openedDay) + atMs) / 2, s.offset) });
  return { id, name: spec.name, category: spec.category, level: 1, openedOn: formatDay(openedDay), items: items.reverse() };
}

interface StaleSeed {
  readonly category: 'news' | 'notice' | 'policy';
  readonly ages: readonly number[];
  readonly offset: string;
}

/** A column whose last item is older than its census period (news 2 weeks, notice/policy 6 months). */
function staleColumn(id: string, s: StaleSeed, atMs: number): Column {
  const [lo, span] = s.category === 'news' ? [15, 185] : [200, 160];
  const ages = [...new Set(s.ages.map((f) => lo * DAY + Math.floor((span * DAY * f) / 1000)))].sort((a, b) => a - b);
  return {
    id,
    name: s.category === 'news' ? '部门动态' : s.category === 'notice' ? '公示公告' : '规范性文件',
    category: s.category,
    level: 1,
    items: ages.map((age, k) => ({ id: `${id}-${k + 1}`, publishedAt: formatInstant(atMs - age, s.offset) })),
  };
}

/** The last checkpoint day: publications triggered before it have deadlines inside the coverage. */
function checkpointDays(days: Days): [number, number] {
  return [Math.max(days.first, deyangInForce()) + 400, lastTriggerDay(days)];
}

/** Days before the checkpoint that a snapshot's publications are triggered (1..PUBLICATION_WINDOW). */
const PUBLICATION_WINDOW = 200;

/**
 * A caller's checkpoint, refused unless it is a real instant at which every generated record can
 * be judged: publications triggered 1..200 days before it must fall after the Deyang measures
 * took effect, and their deadlines inside the calendar.
 */
function checkpointMs(text: unknown, calendar: WorkdayCalendar): number {
  // The library's instant grammar (src/time/), with the offset required and written Z or ±HH:MM.
  const read = typeof text === 'string' && /(?:Z|[+-]\d{2}:\d{2})$/.test(text) ? parseIsoInstant(text) : undefined;
  if (read === undefined || (!read.ok && read.problem !== 'date' && read.problem !== 'time')) {
    throw new InvalidInputError('at', text, 'is not an ISO-8601 instant with an offset, e.g. 2026-10-09T10:00:00+08:00');
  }
  // A date or time that does not exist (2025-02-30, 24:00) is refused, never rolled over.
  if (!read.ok) throw new InvalidInputError('at', text, 'is not a real date and time (Date.parse would roll it over)');
  const ms = read.ms;
  const atDay = beijingDay(ms);
  const firstTrigger = atDay - PUBLICATION_WINDOW;
  if (firstTrigger < deyangInForce()) {
    throw new InvalidInputError('at', text, `is too early: publications triggered up to ${PUBLICATION_WINDOW} days before it must be on or after ${formatDay(deyangInForce())}, when the Deyang measures took effect`);
  }
  for (const kind of PUBLICATION_KINDS) {
    const rule = KIND_RULES[kind];
    if (rule === undefined) continue;
    // The latest trigger: the day before (an activity: its last second, as activities count hours).
    const from = kind === 'activity' ? formatInstant(beijingMidnight(atDay) - 1000, '+08:00') : formatDay(atDay - 1);
    try {
      deadline(rule, { from }, { calendar });
    } catch (e) {
      if (!(e instanceof RulesError)) throw e;
      throw new InvalidInputError('at', text, `is too late for the calendar: a publication triggered the day before would be due after ${calendar.coverage.end} (${rule})`);
    }
  }
  return ms;
}

const count = (n: number | undefined, field: string): number => {
  if (n === undefined) return 0;
  if (!Number.isInteger(n) || n < 0 || n > 1000) throw new InvalidInputError(field, n, 'is not a whole number 0..1000');
  return n;
};

/**
 * A valid site snapshot (v1, passes `snapshotSchema`) with the checkpoint it is meant for:
 * `{ snapshot, at }`. Without knobs the site is healthy at `at` — columns updated within their
 * periods, messages answered within hours, publications on time with a complete 三审 trail and a
 * confidentiality review, government links only, `facts` stating a consultation channel, online
 * services and no serious problem — so the census vetoes and Deyang rules the knobs target pass.
 * Each fault knob adds that many faulty records: `staleColumns` (fails `census/columns-stale` at
 * 5+), `blankColumns` (`census/blank-columns` at 5+), `unansweredMessages`
 * (`census/interaction-unanswered` at 1+), `missingReviewStages` (`deyang-2018/art24-three-review`
 * at 1+). Probes, incidents, outages and reports are absent (their rules answer `needs-input` or
 * `not-applicable`).
 *
 * @example
 * import * as fc from 'fast-check';
 * import { checkSite, snapshotSchema } from 'gov-site-rules';
 * const [c] = fc.sample(snapshot({ staleColumns: 5, at: '2026-06-30T12:00:00+08:00' }), 1);
 * snapshotSchema.safeParse(c.snapshot).success; // true
 * checkSite(c.snapshot, { at: c.at }).findings.find((f) => f.rule === 'gov-2019/veto-columns-stale.a').status; // 'fail'
 * const [h] = fc.sample(snapshot({ at: '2026-06-30T12:00:00+08:00' }), 1);
 * h.at; // '2026-06-30T12:00:00+08:00'
 * checkSite(h.snapshot, { at: h.at }).verdict; // 'qualified'
 */
export function snapshot(options?: SnapshotOptions): fc.Arbitrary<SnapshotCase> {
  const calendar = options?.calendar ?? defaultCalendar;
  const days = daysOf(calendar);
  const stale = count(options?.staleColumns, 'staleColumns');
  const blank = count(options?.blankColumns, 'blankColumns');
  const unanswered = count(options?.unansweredMessages, 'unansweredMessages');
  const missing = count(options?.missingReviewStages, 'missingReviewStages');
  let atArb: fc.Arbitrary<{ ms: number; text: string }>;
  if (options?.at !== undefined) {
    const text = options.at;
    atArb = fc.constant({ ms: checkpointMs(text, calendar), text });
  } else {
    const [lo, hi] = checkpointDays(days);
    atArb = fc
      .tuple(fc.integer({ min: lo, max: hi }), fc.integer({ min: 8 * 3600, max: 20 * 3600 }))
      .map(([d, s]) => {
        const ms = beijingMidnight(d) + s * 1000;
        return { ms, text: formatInstant(ms) };
      });
  }
  return atArb.chain(({ ms: atMs, text }) => {
    const atDay = beijingDay(atMs);
    const recent = (fromDaysAgo: number, toDaysAgo: number) =>
      fc.integer({ min: Math.max(days.first, atDay - fromDaysAgo), max: Math.max(days.first, atDay - toDaysAgo) });
    const optionalColumn = (key: string) => fc.option(columnSeed(HEALTHY[key] as ColumnSpec), { nil: undefined });
    return fc
      .record({
        site: fc.record({
          id: fc.stringMatching(/^[a-z][a-z0-9-]{1,11}$/),
          name: fc.constantFrom(...NAMES),
          kind: fc.constantFrom('portal' as const, 'department' as const, 'special' as const),
          level: fc.constantFrom('city' as const, 'county' as const, 'township' as const),
        }),
        homepage: columnSeed(HEALTHY.homepage as ColumnSpec),
        news: fc.array(columnSeed(HEALTHY.news as ColumnSpec), { minLength: 1, maxLength: 3 }),
        notice: columnSeed(HEALTHY.notice as ColumnSpec),
        policy: columnSeed(HEALTHY.policy as ColumnSpec),
        annual: optionalColumn('annual-report'),
        plan: optionalColumn('plan'),
        other: fc.array(columnSeed(HEALTHY.other as ColumnSpec), { maxLength: 2 }),
        stale: fc.array(
          fc.record({
            category: fc.constantFrom('news' as const, 'notice' as const, 'policy' as const),
            ages: fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: 3 }),
            offset: fc.constantFrom(...DEFAULT_OFFSETS),
          }),
          { minLength: stale, maxLength: stale },
        ),
        blank: fc.array(fc.integer({ min: 1, max: 300 }), { minLength: blank, maxLength: blank }),
        publications: fc.array(publicationSeed(recent(PUBLICATION_WINDOW, 1), undefined, true, false), { minLength: 1, maxLength: 3 }),
        faultyPublications: fc.array(publicationSeed(recent(PUBLICATION_WINDOW, 1), undefined, true, true), { minLength: missing, maxLength: missing }),
        messages: fc.array(messageSeed(recent(300, 1), undefined, true, true), { maxLength: 4 }),
        unanswered: fc.array(messageSeed(recent(330, 100), 'consultation', false, true), { minLength: unanswered, maxLength: unanswered }),
      })
      .map((g): SnapshotCase => {
        let c = 0;
        const col = () => `c${++c}`;
        const columns: Column[] = [healthyColumn(col(), HEALTHY.homepage as ColumnSpec, g.homepage, atMs)];
        for (const s of g.news) columns.push(healthyColumn(col(), HEALTHY.news as ColumnSpec, s, atMs));
        columns.push(healthyColumn(col(), HEALTHY.notice as ColumnSpec, g.notice, atMs));
        columns.push(healthyColumn(col(), HEALTHY.policy as ColumnSpec, g.policy, atMs));
        if (g.annual !== undefined) columns.push(healthyColumn(col(), HEALTHY['annual-report'] as ColumnSpec, g.annual, atMs));
        if (g.plan !== undefined) columns.push(healthyColumn(col(), HEALTHY.plan as ColumnSpec, g.plan, atMs));
        for (const s of g.other) columns.push(healthyColumn(col(), HEALTHY.other as ColumnSpec, s, atMs));
        for (const s of g.stale) columns.push(staleColumn(col(), s, atMs));
        for (const daysAgo of g.blank) {
          columns.push({ id: col(), name: '专题专栏', category: 'other', level: 2, openedOn: formatDay(beijingDay(atMs - daysAgo * DAY)), items: [] });
        }
        let p = 0;
        const publications = [
          ...g.publications.map((s) => buildPublication(`p${++p}`, s, true, calendar, atMs)),
          ...g.faultyPublications.map((s) => buildPublication(`p${++p}`, s, true, calendar, atMs)),
        ];
        let m = 0;
        const messages = [
          ...g.messages.map((s) => {
            const received = Math.min(beijingMidnight(s.day) + s.second * 1000, atMs - 6 * HOUR - 10 * MINUTE);
            return buildMessage(`m${++m}`, s, received);
          }),
          ...g.unanswered.map((s) => buildMessage(`m${++m}`, s)),
        ];
        const snapshotValue: Snapshot = {
          schemaVersion: 1,
          site: g.site,
          columns,
          publications,
          messages,
          links: [{ url: 'https://www.gov.cn/', kind: 'government' }],
          facts: { consultationChannel: true, onlineServices: true, seriousProblems: [] },
        };
        return { snapshot: snapshotValue, at: text };
      });
  });
}
