/**
 * The shape of a rule catalog entry, as a zod schema (the single source of the types). The
 * catalog itself (`catalog.ts`) is checked against it by the tests and can be re-validated by a
 * caller with `catalogEntrySchema.parse`.
 */
import * as z from 'zod/mini';
import { lazy, lazyShape, strictObject } from '../lazy-shape.js';
import { civilDateSchema } from '../calendar/schemas.js';
import { periodSchema } from '../checks/rule.js';
import { DOCUMENT_KEYS } from './documents.js';

/**
 * `deadline`: the rule yields a last moment; `check`: the rule is a pass/fail check on a site;
 * `indicator`: a scoring indicator (or group, or the bonus part) of a shipped scorecard that no
 * built-in check measures — listed with its figures where known, scored by a scorecard.
 */
export const ruleKindSchema = z.enum(['deadline', 'check', 'indicator']);

/** How a deadline's period is measured. */
export const periodUnitSchema = z.enum(['workday', 'hour', 'day', 'fixed']);

/** What a deadline rule is computed from. */
export const deadlineInputKindSchema = z.enum(['date', 'instant', 'quarter', 'year']);

const bilingual = lazy(() => z.strictObject({ zh: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) }));
const positive = lazy(() => z.number().check(z.int(), z.minimum(1)));

/** A period counted from an event (working days, hours or calendar days). */
const countedParameters = strictObject(lazyShape({
  unit: () => z.enum(['workday', 'hour', 'day']),
  /** The period: N working days, hours or calendar days after the event. */
  amount: positive,
  /** What the period is counted from. */
  input: () => z.enum(['date', 'instant']),
  /** The event the period runs from. */
  from: bilingual,
  /** The longer period allowed for complex cases (Deyang Art. 25: 15 working days). */
  complexAmount: () => z.optional(positive()),
  /** The longest extension allowed, in the same unit (OGI reply: 20 or 15 working days). */
  extensionCap: () => z.optional(positive()),
  /** Another law or regulation may set a different period, which then applies (option `period`). */
  otherLawMayOverride: () => z.optional(z.boolean()),
}));

/** A fixed calendar date (quarterly or yearly report). Fixed dates never roll forward. */
const fixedParameters = strictObject(lazyShape({
  unit: () => z.literal('fixed'),
  input: () => z.enum(['quarter', 'year']),
  /** `quarter`: month within the quarter (1-3); `year`: month of the following year (1-12). */
  month: () => z.number().check(z.int(), z.minimum(1), z.maximum(12)),
  day: () => z.number().check(z.int(), z.minimum(1), z.maximum(31)),
  /** A government's (rather than a department's) own report is due on another date. */
  government: () => z.optional(z.strictObject({ month: z.number().check(z.int(), z.minimum(1), z.maximum(12)), day: z.number().check(z.int(), z.minimum(1), z.maximum(31)) })),
  from: bilingual,
}));

/** The parameters of a deadline rule. */
export const deadlineParametersSchema = z.discriminatedUnion('unit', [
  z.extend(countedParameters, lazyShape({ unit: () => z.literal('workday') })),
  z.extend(countedParameters, lazyShape({ unit: () => z.literal('hour'), input: () => z.literal('instant') })),
  z.extend(countedParameters, lazyShape({ unit: () => z.literal('day') })),
  fixedParameters,
]);

/**
 * A check parameter's value: a figure, a word, a flag, a period (`{ days: 7 }`), a list of words
 * (column categories, channels) or periods by category. Nothing else: a deadline's parameters
 * (`from: { zh, en }`) are not a check's.
 */
const checkParameterValueSchema = lazy(() => z.union([
  z.number(), z.string(), z.boolean(), periodSchema(), z.array(z.string()), z.record(z.string(), periodSchema()),
]));

/**
 * The parameters of a check rule: for a rule a site check runs, each parameter's default as the
 * check's params schema gives it (the names a profile override uses); otherwise the figures the
 * text states.
 */
export const checkParametersSchema = lazy(() => z.record(z.string(), checkParameterValueSchema()));

/**
 * The parameters a built-in site check accepts (a profile's `rules["<id>"]`), from its params
 * schema: per name, the default (absent when the parameter has none) and a description.
 */
export const siteCheckParametersSchema = lazy(() => z.record(z.string(), z.strictObject({ default: z.optional(checkParameterValueSchema()), description: z.string().check(z.minLength(1)) })));

/** The dates (inclusive, Beijing) a rule is in force; `null` for an open end. */
export const inForceSchema = lazy(() => z.strictObject({ from: z.nullable(civilDateSchema), until: z.nullable(civilDateSchema) }));

const indicatorPoints = lazy(() => z.number().check(z.positive()));

/**
 * The figures of a scoring indicator (an `indicator` entry), from the shipped scorecard
 * (src/scoring/scorecard.ts, docs/scorecards.md). A figure the source does not give (`uncertain`
 * or `UNKNOWN`) is absent, never a guess.
 *
 * @example
 * import { indicatorParametersSchema, ruleById } from 'gov-site-rules';
 * indicatorParametersSchema.parse(ruleById('gov-2019/publish').parameters).max; // 31
 */
export const indicatorParametersSchema = strictObject(lazyShape({
  /** The scorecard the indicator belongs to (`gov-2019`). */
  scorecard: () => z.string().check(z.minLength(1)),
  /** `deduction` (扣分指标) or `bonus` (加分指标). */
  part: () => z.enum(['deduction', 'bonus']),
  /** `group`: a 一级指标 (or the whole bonus part); `indicator`: one indicator of a group. */
  level: () => z.enum(['group', 'indicator']),
  /** An indicator's group id. */
  group: () => z.optional(z.string().check(z.minLength(1))),
  /** Points per occurrence: one number, or one per occurrence kind. */
  points: () => z.optional(z.union([indicatorPoints(), z.record(z.string().check(z.minLength(1)), indicatorPoints())])),
  /** The most the indicator (or the group) counts for. */
  max: () => z.optional(indicatorPoints()),
  /** The built-in check whose finding measures the indicator, if any. */
  measuredBy: () => z.optional(z.string().check(z.minLength(1))),
}));

const common = {
  /** Stable id, e.g. `deyang-2018/art24-policy-document`. */
  // A veto row may carry a sub-row suffix (`gov-2019/veto-columns-stale.a`); the 2019 deduction
  // indicators are grouped: `gov-2019/<group>/<indicator>`.
  id: lazy(() => z.string().check(z.regex(new RegExp(`^((${DOCUMENT_KEYS.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})/[a-z0-9-]+(?:\\.[a-z0-9-]+)?|gov-2019(/[a-z0-9-]+){2})$`)))),
  /** The document's key: one of `DOCUMENTS` (`deyang-2018`, `census`, `census-2015`, `gov-2019`, `nm-2019`, `ogi-2019`, `ogi-2008`). */
  document: lazy(() => z.enum(DOCUMENT_KEYS)),
  /** The source document's title (and number), in Chinese. */
  source: lazy(() => z.string().check(z.minLength(1))),
  /** The article, in Chinese, e.g. `第二十四条第（一）项`. */
  article: lazy(() => z.string().check(z.minLength(1))),
  /** The article, in English, e.g. `Art. 24(1)`. */
  articleEn: lazy(() => z.string().check(z.minLength(1))),
  /** The requirement's wording in Chinese (restored text). */
  requirement: lazy(() => z.string().check(z.minLength(1))),
  /** One-sentence English summary. */
  summary: lazy(() => z.string().check(z.minLength(1))),
  inForce: inForceSchema,
  /** The rule of the earlier text this one replaces, if the catalog has it. */
  replaces: lazy(() => z.optional(z.string())),
  /** The rule of the later text that replaces this one, if the catalog has it. */
  replacedBy: lazy(() => z.optional(z.string())),
  /** Caveats (uncertain restoration, missing figures). */
  note: lazy(() => z.optional(z.string())),
  /**
   * How sure the rule's figures are (national indicators, from the sources of docs/national.md):
   * `cross-checked` (≥ 2 clean copies), `clean-1` (one clean copy), `uncertain`, `UNKNOWN`.
   * Only `cross-checked` and `clean-1` figures are implemented; the others are parameters without a default.
   */
  confidence: lazy(() => z.optional(z.enum(['cross-checked', 'clean-1', 'uncertain', 'UNKNOWN']))),
  /** A `census/…` id: the versioned rules it is an alias of. */
  aliasOf: lazy(() => z.optional(z.array(z.string()))),
  /** For a rule a built-in site check runs: the parameters a profile may set for it. */
  checkParameters: lazy(() => z.optional(siteCheckParametersSchema())),
};

/**
 * One catalog entry.
 *
 * @example
 * import { catalog, catalogEntrySchema } from 'gov-site-rules';
 * catalogEntrySchema.safeParse(catalog[0]).success; // true
 */
export const catalogEntrySchema = z.discriminatedUnion('kind', [
  strictObject(lazyShape({ ...common, kind: () => z.literal('deadline'), parameters: () => deadlineParametersSchema })),
  strictObject(lazyShape({ ...common, kind: () => z.literal('check'), parameters: checkParametersSchema })),
  strictObject(lazyShape({ ...common, kind: () => z.literal('indicator'), parameters: () => indicatorParametersSchema })),
]);

/**
 * The whole catalog: entries with unique ids, each id under its document's prefix.
 *
 * @example
 * import { catalog, catalogSchema } from 'gov-site-rules';
 * catalogSchema.safeParse(catalog).success; // true
 */
export const catalogSchema = z.array(catalogEntrySchema).check(z.superRefine((entries, ctx) => {
    const seen = new Set<string>();
    entries.forEach((e, i) => {
      if (seen.has(e.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'is a duplicate id' });
      seen.add(e.id);
      if (!e.id.startsWith(`${e.document}/`)) ctx.addIssue({ code: 'custom', path: [i, 'document'], message: 'does not match the id' });
    });
  }));

export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
export type DeadlineParameters = z.infer<typeof deadlineParametersSchema>;
export type IndicatorParameters = z.infer<typeof indicatorParametersSchema>;
export type PeriodUnit = z.infer<typeof periodUnitSchema>;
export type RuleKind = z.infer<typeof ruleKindSchema>;
