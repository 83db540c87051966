/**
 * The parameters of every built-in site check, as zod schemas: each parameter's default and its
 * description (`.describe`) live here, once. The checks run on them, `deriveProfile` validates
 * overrides with them, and the rule catalog (`rules/catalog.ts`) lists them as `checkParameters`
 * — so `rules --json`, docs/rules.md and a profile agree on every name and default.
 *
 * The periods of the deadline checks (3, 7/15, 20 working days, 24 hours) are the catalog's
 * deadline figures: {@link timelinessParams} turns them into the check's `amount` default, so a
 * city can change a period in its profile while `deadline()` keeps the measures' period.
 *
 * This module imports no catalog and no check, so the catalog can read it.
 */
import * as z from 'zod/mini';
import { deepFreeze } from '../freeze.js';
import { lazy, lazyShape, strictObject } from '../lazy-shape.js';
import type { DeadlineParameters } from '../rules/catalog-schema.js';
import { noParams, periodSchema } from './rule.js';
import { COLUMN_CATEGORIES, MESSAGE_CHANNELS, SERIOUS_PROBLEM_KINDS } from './vocabulary.js';

const count = (min: number) => z.number().check(z.int(), z.minimum(min));

// ---------------------------------------------------------------- census
/**
 * How undated items count. `not-updated`: an undated item is no update (the 2015 table's note
 * 未注明信息发布时间的视为不更新). Unset: the indicator system does not say (2019), so a column that
 * is stale only if its undated items are no update makes the rule `needs-input`.
 */
export const undatedItemsSchema = z.enum(['not-updated']);
const undatedItems = lazy(() => z.optional(undatedItemsSchema).check(z.describe('`not-updated`: an undated item is no update (the 2015 table); unset: the indicator system does not say, and a column stale only by its undated items needs input.')));
const undatedNotUpdated = lazy(() => z._default(undatedItemsSchema, 'not-updated').check(z.describe('`not-updated`: an undated item is no update (the 2015 table\'s note, kept by the undated `census/…` rules).')));
const noticePolicyLevel = lazy(() => z._default(z.enum(['first', 'any']), 'first').check(z.describe('Which 通知公告、政策文件 columns count: `first`-level only (the 2019 indicators) or `any` level (the 2015 table).')));
export const siteUnreachableParams = strictObject(lazyShape({
    window: () => z._default(periodSchema(), { days: 7 }).check(z.describe('The monitoring window before the checkpoint (1 week).')),
    failRatio: () => z._default(z.number().check(z.gt(0), z.lte(1)), 0.05).check(z.describe('Fails when failed probes are at least this share of all probes in the window (5%).')),
    minProbes: () => z._default(count(1), 140).check(z.describe('Fewer probes in the window cannot decide (the census samples 20+ times a day for a week).')),
    minProbesPerDay: () => z._default(count(1), 20).check(z.describe('A day of the window (24 hours from its start) is covered when it holds at least this many probes.')),
    minDays: () => z._default(count(0), 7).check(z.describe('Covered days the window needs: 140 probes within two hours are not a week of monitoring.')),
  }));

export const homepageStaleParams = strictObject(lazyShape({ period: () => z._default(periodSchema(), { days: 14 }).check(z.describe('Fails when the homepage has no new dated item in this period before the checkpoint (2 weeks).')), undatedItems }));
/** `census/homepage-stale`: undated items are no update. */
export const censusHomepageStaleParams = z.extend(homepageStaleParams, lazyShape({ undatedItems: undatedNotUpdated }));

const newsPeriod = lazy(() => z._default(periodSchema(), { days: 14 }).check(z.describe('动态、要闻 (news) columns: stale after this period without an item (2 weeks).')));
const noticePolicyPeriod = lazy(() => z._default(periodSchema(), { months: 6 }).check(z.describe('First-level 通知公告、政策文件 (notice, policy) columns: stale after this period (6 months).')));

export const columnsStaleParams = strictObject(lazyShape({
    newsPeriod,
    noticePolicyPeriod,
    noticePolicyLevel,
    undatedItems,
    threshold: () => z._default(count(1), 5).check(z.describe('Fails when at least this many columns are stale.')),
  }));
/** `census/columns-stale`: undated items are no update. */
export const censusColumnsStaleParams = z.extend(columnsStaleParams, lazyShape({ undatedItems: undatedNotUpdated }));

export const columnsNeglectedParams = strictObject(lazyShape({
    newsPeriod,
    noticePolicyPeriod,
    noticePolicyLevel,
    undatedItems,
    neglectedCategories: () => z._default(z.array(z.enum(COLUMN_CATEGORIES)), ['personnel', 'plan']).check(z.describe('Categories that count when not updated for neglectedPeriod (the 2015 table: personnel, plan).')),
    neglectedPeriod: () => z._default(periodSchema(), { months: 12 }).check(z.describe('The period after which a column of neglectedCategories counts (1 year).')),
    threshold: () => z._default(count(1), 10).check(z.describe('Fails when at least this many columns are long not updated.')),
  }));
/** `census/columns-neglected`: undated items are no update. */
export const censusColumnsNeglectedParams = z.extend(columnsNeglectedParams, lazyShape({ undatedItems: undatedNotUpdated }));

export const blankColumnsParams = strictObject(lazyShape({ threshold: () => z._default(count(1), 5).check(z.describe('Fails when at least this many open columns have had no item since they opened.')) }));

export const interactionUnansweredParams = strictObject(lazyShape({
    window: () => z._default(periodSchema(), { months: 12 }).check(z.describe('Messages received in this period before the checkpoint count (1 year).')),
    maxUnanswered: () => z._default(periodSchema(), { months: 3 }).check(z.describe('A valid message unanswered longer than this fails (3 months).')),
    // The indicator counts valid messages in 政务咨询类 (consultation) columns only, naming what is
    // not one (在线访谈、调查征集、网上信访、纪检举报); opinions (Deyang Art. 25) and error reports
    // (Art. 33) have their own rules and deadlines.
    channels: () => z._default(z.array(z.enum(MESSAGE_CHANNELS)).check(z.minLength(1)), ['consultation']).check(z.describe('The channels whose messages count (the indicator: consultation only); a profile may widen the list.')),
    onlyValid: () => z._default(z.boolean(), true).check(z.describe('Only valid messages (有效留言, the 2019 wording) count; `false`: every message (the 2015 table).')),
    requireChannel: () => z._default(z.boolean(), true).check(z.describe('Also require an effective consultation channel (facts.consultationChannel); the 2019 indicators make that a row of its own (gov-2019/veto-interaction-poor.a).')),
  }));

export const servicesUnusableParams = strictObject(lazyShape({
    maxServicesMissingGuideElements: () => z.optional(count(0)).check(z.describe('Most services whose guide may miss elements: the official table’s figure, no default (needs-input until a profile sets it).')),
    requireServices: () => z._default(z.boolean(), true).check(z.describe('Whether “no online service at all” fails this rule (`false`: another rule, gov-2019/veto-service-impractical.a, judges it).')),
  }));

export const seriousProblemsParams = strictObject(lazyShape({
    kinds: () => z._default(z.array(z.enum(SERIOUS_PROBLEM_KINDS)).check(z.minLength(1)), [...SERIOUS_PROBLEM_KINDS]).check(z.describe('The kinds of serious problem this indicator counts.')),
  }));

// ---------------------------------------------------------------- the versioned national vetoes
// The census-2015 and gov-2019 rules run the census predicates above; where a table differs, only a
// default changes (src/checks/national.ts).
const noticePolicyAny = lazy(() => z._default(z.enum(['first', 'any']), 'any').check(z.describe('Which 通知公告、政策文件 columns count: `any` level (the 2015 table) or `first`-level only (the 2019 indicators).')));

/** `census-2015/veto-columns-stale.a`: notice/policy columns of any level; undated items are no update. */
export const census2015ColumnsStaleParams = z.extend(columnsStaleParams, lazyShape({ noticePolicyLevel: noticePolicyAny, undatedItems: undatedNotUpdated }));
/** `census-2015/veto-columns-stale.b`: as above, plus the neglected categories. */
export const census2015ColumnsNeglectedParams = z.extend(columnsNeglectedParams, lazyShape({ noticePolicyLevel: noticePolicyAny, undatedItems: undatedNotUpdated }));
/** `census-2015/veto-serious-error` (严重错误): wording errors, false and harmful content. */
export const census2015SeriousErrorParams = strictObject(lazyShape({
    kinds: () => z._default(z.array(z.enum(SERIOUS_PROBLEM_KINDS)).check(z.minLength(1)), ['wording-error', 'falsified-data', 'harmful-content']).check(z.describe('The kinds of serious problem 严重错误 counts (the 2015 table: wording errors, false or forged content, harmful content).')),
  }));
/** `census-2015/veto-interaction-poor`: every message of a consultation or petition column; no channel row. */
export const census2015InteractionParams = z.extend(interactionUnansweredParams, lazyShape({
  channels: () => z._default(z.array(z.enum(MESSAGE_CHANNELS)).check(z.minLength(1)), ['consultation', 'petition']).check(z.describe('The channels whose messages count (the 2015 table excludes 在线访谈、调查征集、举报投诉 only, so petitions count).')),
  onlyValid: () => z._default(z.boolean(), false).check(z.describe('`false`: every message counts (the 2015 table says messages, not valid messages).')),
  requireChannel: () => z._default(z.boolean(), false).check(z.describe('The 2015 table has no "no consultation channel" row.')),
}));
/** `gov-2019/veto-interaction-poor.b`: the channel is its own row (.a). */
export const gov2019InteractionParams = z.extend(interactionUnansweredParams, lazyShape({
  requireChannel: () => z._default(z.boolean(), false).check(z.describe('The channel is judged by gov-2019/veto-interaction-poor.a.')),
}));
/** `gov-2019/veto-service-impractical.b`: "no service at all" is its own row (.a). */
export const gov2019GuideParams = z.extend(servicesUnusableParams, lazyShape({
  requireServices: () => z._default(z.boolean(), false).check(z.describe('“No online service at all” is judged by gov-2019/veto-service-impractical.a.')),
}));
/** `nm-2019/veto-content-stale`: an account with no post in this period fails. */
export const accountStaleParams = strictObject(lazyShape({ period: () => z._default(periodSchema(), { days: 14 }).check(z.describe('An account with no post in this period before the checkpoint fails (2 weeks).')) }));

// ---------------------------------------------------------------- the 2019 deduction checks
const freshness = (period: { months: number }, what: string) =>
  strictObject(lazyShape({ period: () => z._default(periodSchema(), period).check(z.describe(`Deducted when ${what} has no new item in this period before the checkpoint (${period.months} months).`)) }));
/** `gov-2019/publish/policy-docs`. */
export const policyDocsParams = freshness({ months: 6 }, 'a first-level policy-document column');
/** `gov-2019/service/service-stats`. */
export const serviceStatsParams = freshness({ months: 3 }, 'the 办事统计 (service statistics) column');
/** `gov-2019/interact/message-disclosure`. */
export const messageDisclosureParams = freshness({ months: 2 }, 'the column publishing messages and replies');
/** `gov-2019/interact/reply-handling`. */
export const replyHandlingParams = strictObject(lazyShape({ workdays: () => z._default(count(1).check(z.maximum(365)), 5).check(z.describe('Simple or common questions are answered within this many working days (5).')) }));

// ---------------------------------------------------------------- Deyang 2018
export const temporaryOfflineParams = strictObject(lazyShape({
    maxTakedownsPerYear: () => z.optional(count(0)).check(z.describe('Most counted take-downs in a calendar year. Missing from the received text: no default.')),
    maxTakedownDays: () => z.optional(z.number().check(z.positive())).check(z.describe('Longest a take-down may last, in days of 24 hours. Missing from the received text: no default.')),
  }));

export const changeFilingParams = strictObject(lazyShape({
    filingWithinDays: () => z.optional(count(0)).check(z.describe('Calendar days after a change by which it must be filed (“promptly” is not quantified): no default.')),
  }));

export const threeReviewParams = strictObject(lazyShape({
    minDistinctReviewers: () => z._default(z.union([z.literal(2), z.literal(3)]), 3).check(z.describe('Different people needed across the three stages: 3, or 2 to relax.')),
  }));

export const selfInspectionParams = strictObject(lazyShape({
    lookback: () => z._default(periodSchema(), { months: 12 }).check(z.describe('The quarters whose due date falls in this period before the checkpoint are judged (1 year).')),
    rollForward: () => z._default(z.boolean(), false).check(z.describe('Move a due date on a rest day to the next working day (off: the text does not say so).')),
  }));

const DEFAULT_PERIODS = {
  homepage: { days: 14 },
  news: { days: 7 },
  notice: { months: 6 },
  policy: { months: 6 },
  'annual-report': { months: 12 },
  plan: { months: 12 },
} as const;

export const updateFrequencyParams = strictObject(lazyShape({
    mode: () => z._default(z.enum(['rolling', 'natural']), 'rolling').check(z.describe('`rolling`: no gap longer than the period (docs/semantics.md); `natural`: each ISO week / half-year / calendar year holds an item.')),
    window: () => z._default(periodSchema(), { months: 12 }).check(z.describe('How far back the check looks (1 year).')),
    periods: () => z._default(z.partialRecord(z.enum(COLUMN_CATEGORIES), periodSchema()), DEFAULT_PERIODS).check(z.describe('The period per column category (news weekly, notice and policy 6 months, annual report and plan yearly; homepage: the census 2 weeks); categories not listed only get the merge-or-close check.')),
    mergeOrClose: () => z._default(periodSchema(), { months: 12 }).check(z.describe('A column whose stretch without an update exceeds this is reported “merge or close” (1 year).')),
  }));

// ---------------------------------------------------------------- deadline checks
const UNIT_WORDS = { workday: 'working days', hour: 'hours', day: 'calendar days' } as const;

/**
 * The parameters of a deadline check (publication timeliness, replies, incident reports): its
 * period, defaulting to the catalog's figure for the rule (`amount`, and `complexAmount` where the
 * rule has a longer period for complex cases), in the catalog's unit.
 *
 * @example
 * timelinessParams({ unit: 'workday', amount: 3, input: 'date', from: { zh: '印发之日', en: 'issue' } }).parse({}); // { amount: 3 }
 * timelinessParams({ unit: 'workday', amount: 7, complexAmount: 15, input: 'date', from: { zh: '收到之日', en: 'receipt' } }).parse({ amount: 5 }); // { amount: 5, complexAmount: 15 }
 */
export function timelinessParams(deadline: DeadlineParameters) {
  if (deadline.unit === 'fixed') throw new Error('internal: a fixed-date rule has no counted period');
  const unit = UNIT_WORDS[deadline.unit];
  const days = deadline.amount;
  const amount = lazy(() => z._default(count(1).check(z.maximum(3660)), days).check(z.describe(`The period, in ${unit} after the event (the measures: ${days}).`)));
  const complex = deadline.complexAmount;
  if (complex === undefined) return strictObject(lazyShape({ amount }));
  return strictObject(lazyShape({
      amount,
      complexAmount: () => z._default(count(1).check(z.maximum(3660)), complex).check(z.describe(`The period for complex cases, in ${unit} (the measures: ${complex}).`)),
    }));
}

/** The parameter schema of each built-in check whose parameters are not a catalog deadline's. */
export const CHECK_PARAMS: Readonly<Record<string, z.core.$ZodObject>> = Object.freeze({
  'census/site-unreachable': siteUnreachableParams,
  'census/homepage-stale': censusHomepageStaleParams,
  'census/columns-stale': censusColumnsStaleParams,
  'census/columns-neglected': censusColumnsNeglectedParams,
  'census/blank-columns': blankColumnsParams,
  'census/interaction-unanswered': interactionUnansweredParams,
  'census/serious-problems': seriousProblemsParams,
  'census/services-unusable': servicesUnusableParams,
  'census-2015/veto-site-unreachable': siteUnreachableParams,
  'census-2015/veto-site-stale': censusHomepageStaleParams,
  'census-2015/veto-columns-stale.a': census2015ColumnsStaleParams,
  'census-2015/veto-columns-stale.b': census2015ColumnsNeglectedParams,
  'census-2015/veto-columns-stale.c': blankColumnsParams,
  'census-2015/veto-serious-error': census2015SeriousErrorParams,
  'census-2015/veto-interaction-poor': census2015InteractionParams,
  'gov-2019/veto-security-incident': seriousProblemsParams,
  'gov-2019/veto-site-unreachable': siteUnreachableParams,
  'gov-2019/veto-homepage-stale': homepageStaleParams,
  'gov-2019/veto-columns-stale.a': columnsStaleParams,
  'gov-2019/veto-columns-stale.b': columnsNeglectedParams,
  'gov-2019/veto-columns-stale.c': blankColumnsParams,
  'gov-2019/veto-interaction-poor.a': noParams,
  'gov-2019/veto-interaction-poor.b': gov2019InteractionParams,
  'gov-2019/veto-service-impractical.a': noParams,
  'gov-2019/veto-service-impractical.b': gov2019GuideParams,
  'nm-2019/veto-content-stale': accountStaleParams,
  'nm-2019/veto-interaction-poor': noParams,
  'nm-2019/veto-security-incident': noParams,
  'gov-2019/publish/policy-docs': policyDocsParams,
  'gov-2019/service/service-stats': serviceStatsParams,
  'gov-2019/interact/message-disclosure': messageDisclosureParams,
  'gov-2019/publish/leader-info': noParams,
  'gov-2019/publish/interpretation-link': noParams,
  'gov-2019/interact/reply-handling': replyHandlingParams,
  'deyang-2018/art12-opening-approval': noParams,
  'deyang-2018/art14-go-live': noParams,
  'deyang-2018/art16-temporary-offline': temporaryOfflineParams,
  'deyang-2018/art17-change-filing': changeFilingParams,
  'deyang-2018/art24-three-review': threeReviewParams,
  'deyang-2018/art24-update-frequency': updateFrequencyParams,
  'deyang-2018/art27-prior-review': noParams,
  'deyang-2018/art28-links': noParams,
  'deyang-2018/art32-self-inspection': selfInspectionParams,
});

/** The ids of the built-in deadline checks whose period is a parameter ({@link timelinessParams}). */
export const TIMELINESS_CHECKS: ReadonlySet<string> = new Set([
  'deyang-2018/art24-policy-document', 'deyang-2018/art24-interpretation', 'deyang-2018/art24-activity', 'deyang-2018/art24-proactive',
  'deyang-2018/art25-opinion-feedback', 'deyang-2018/art29-incident-report', 'deyang-2018/art33-error-correction',
]);

/** A JSON value, as a default. */
type Json = null | boolean | number | string | readonly Json[] | { readonly [k: string]: Json };

/** One parameter of a check as the catalog lists it. */
export interface CheckParameter {
  /** The default, when the parameter has one. */
  readonly default?: Json;
  /** What the parameter means. */
  readonly description: string;
}

/**
 * The catalog's listing of a params schema: per parameter its default (what the schema gives for
 * an absent value, if anything) and its description.
 *
 * @example
 * describeParams(blankColumnsParams); // { threshold: { default: 5, description: 'Fails when at least this many open columns have had no item since they opened.' } }
 */
export function describeParams(schema: z.core.$ZodObject): Readonly<Record<string, CheckParameter>> {
  const out: Record<string, CheckParameter> = {};
  for (const [name, s] of Object.entries(schema._zod.def.shape as Record<string, z.core.$ZodType>)) {
    const absent = z.safeParse(s, undefined);
    const description = z.globalRegistry.get(s)?.description ?? '';
    const value = absent.success && absent.data !== undefined ? (absent.data as Json) : undefined;
    out[name] = Object.freeze(value === undefined ? { description } : { default: deepFreeze(value), description });
  }
  return Object.freeze(out);
}

