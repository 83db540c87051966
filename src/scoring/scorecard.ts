/**
 * Scorecards as data (docs/scorecards.md): the indicators of a scoring table, their groups,
 * points per occurrence, per-indicator caps, the thresholds, the bonus part and the rescale for a
 * department without external services. The zod schema is the single source of the types. A
 * number the source does not give is absent — never a default — and the score then says which
 * indicators are missing instead of building a total on a guess.
 */
import * as z from 'zod/mini';
import { InvalidInputError } from '../errors.js';
import { formatPath, parseInput, rejectForbiddenKeys } from '../validate.js';
import { lazy, lazyShape, strictObject } from '../lazy-shape.js';
import { deepFreeze } from '../freeze.js';
import { GOV_2019_DATA } from './gov2019-indicators.js';

/**
 * How sure a number or a name is (the project spec on the national 2019 indicators, legend).
 *
 * @example
 * confidenceSchema.options; // ['cross-checked', 'clean-1', 'uncertain', 'UNKNOWN']
 */
export const confidenceSchema = z.enum(['cross-checked', 'clean-1', 'uncertain', 'UNKNOWN']);
/** How sure a number or a name is. */
export type Confidence = z.infer<typeof confidenceSchema>;

// The scorecard schemas build their fields on first use (issue 14: the cold start; src/lazy-shape.ts):
// the shared field schemas below are built on their first call.
const bilingual = lazy(() => z.strictObject({ zh: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) }));
const indicatorId = lazy(() => z.string().check(z.minLength(1), z.maxLength(256)));
const points = lazy(() => z.number().check(z.positive(), z.maximum(1000)));

/** Points per occurrence: one number for every occurrence kind, or one per kind a check reports. */
const pointsSchema = lazy(() => z.union([points(), z.record(z.string().check(z.minLength(1), z.maxLength(64)), points())]));

/**
 * One indicator. `measure.rule` names the check whose finding measures it: the finding's
 * `evidence.occurrences` (`{ kind: count }`) when it has one, else one `fail` occurrence when it
 * fails. Without `measure`, the snapshot's `facts.manualScores[id]` (points determined by hand)
 * is used. `points` and `max` absent: not known (the score lists the indicator as missing when
 * it needs them).
 */
export const indicatorSchema = strictObject(lazyShape({
  id: () => indicatorId(),
  /** The group (一级指标) id. */
  group: () => z.string().check(z.minLength(1), z.maxLength(256)),
  name: () => bilingual(),
  points: () => z.optional(pointsSchema()),
  /** The indicator's own value: the cap of its deductions (M8), or of its bonus. */
  max: () => z.optional(points()),
  measure: () => z.optional(z.strictObject({ rule: z.string().check(z.minLength(1), z.maxLength(256)) })),
  source: () => z.optional(z.string().check(z.maxLength(1000))),
  confidence: () => z.optional(confidenceSchema),
  note: () => z.optional(z.string().check(z.maxLength(2000))),
}));
/** One indicator of a scorecard. */
export type Indicator = z.infer<typeof indicatorSchema>;

/** A group (一级指标) and its maximum. */
export const groupSchema = strictObject(lazyShape({
  id: () => z.string().check(z.minLength(1), z.maxLength(256)),
  name: () => bilingual(),
  max: () => z.optional(points()),
  confidence: () => z.optional(confidenceSchema),
}));

/** A civil date `YYYY-MM-DD`. */
const isoDay = lazy(() => z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date YYYY-MM-DD')));

const kinds = lazy(() => z.array(z.enum(['portal', 'department', 'special'])).check(z.minLength(1)));

/**
 * A complete scorecard.
 *
 * @example
 * scorecardSchema.safeParse(gov2019Scorecard).success; // true
 */
export const scorecardSchema = strictObject(lazyShape({
    id: () => z.string().check(z.minLength(1), z.maxLength(256)),
    description: () => bilingual(),
    /**
     * The checkpoints (Beijing civil dates, inclusive; `null`: open end) the scorecard scores;
     * another is refused. Absent: any checkpoint (a city's own 考评方案).
     */
    inForce: () => z.optional(z.strictObject({ from: z.nullable(isoDay()), until: z.nullable(isoDay()) })),
    /** The deduction part's full marks (100). */
    deductionTotal: () => points(),
    /** Below `failBelow` fails; above `bonusAbove` (strictly) enters the bonus part. */
    thresholds: () => z.strictObject({ failBelow: z.number().check(z.minimum(0)), bonusAbove: z.number().check(z.minimum(0)) }),
    /** The bonus part: its maximum and the site kinds it applies to. Absent: no bonus. */
    bonus: () => z.optional(z.strictObject({ max: points(), siteKinds: kinds() })),
    /**
     * A site with `site.externalServices: false`: these groups are not scored, and the rest is
     * rescaled to `deductionTotal` (100 / (100 − 25) = 4/3 for gov-2019).
     */
    withoutExternalServices: () => z.optional(z.strictObject({ exclude: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)) })),
    groups: () => z.array(groupSchema).check(z.minLength(1)),
    indicators: () => z.array(indicatorSchema),
    bonusIndicators: () => z._default(z.array(indicatorSchema), []),
  }), z.superRefine((s, ctx) => {
    const groups = new Set<string>();
    s.groups.forEach((g, i) => {
      if (groups.has(g.id)) ctx.addIssue({ code: 'custom', path: ['groups', i, 'id'], message: 'is a duplicate group id' });
      groups.add(g.id);
    });
    const ids = new Set<string>();
    for (const key of ['indicators', 'bonusIndicators'] as const) {
      s[key].forEach((ind, i) => {
        if (ids.has(ind.id)) ctx.addIssue({ code: 'custom', path: [key, i, 'id'], message: 'is a duplicate indicator id' });
        ids.add(ind.id);
        if (key === 'indicators' && !groups.has(ind.group)) ctx.addIssue({ code: 'custom', path: [key, i, 'group'], message: 'is not a group of this scorecard' });
      });
    }
    s.withoutExternalServices?.exclude.forEach((g, i) => {
      if (!groups.has(g)) ctx.addIssue({ code: 'custom', path: ['withoutExternalServices', 'exclude', i], message: 'is not a group of this scorecard' });
    });
    if (s.inForce !== undefined && s.inForce.from !== null && s.inForce.until !== null && s.inForce.until < s.inForce.from) {
      ctx.addIssue({ code: 'custom', path: ['inForce', 'until'], message: 'is before inForce.from' });
    }
    if (s.thresholds.failBelow > s.deductionTotal) ctx.addIssue({ code: 'custom', path: ['thresholds', 'failBelow'], message: 'is above deductionTotal' });
  }));
/** A complete scorecard (what {@link resolveScorecard} returns). */
export type Scorecard = z.output<typeof scorecardSchema>;
/** A complete scorecard as written (`bonusIndicators` may be absent). */
export type ScorecardInput = z.input<typeof scorecardSchema>;

/** A change to one indicator: any of its fields but its id and group. */
const patchSchema = lazy(() => z.partial(z.omit(indicatorSchema, { id: true, group: true })));

/**
 * A scorecard that extends a shipped one: supplies missing numbers (`indicators` patches by id,
 * `groups` maxima by id), adds indicators, or changes the thresholds.
 *
 * @example
 * scorecardExtensionSchema.safeParse({ id: 'x', extends: 'gov-2019', indicators: { 'gov-2019/publish/news': { points: 1, max: 4 } } }).success; // true
 */
export const scorecardExtensionSchema = strictObject(lazyShape({
  id: () => z.string().check(z.minLength(1), z.maxLength(256)),
  extends: () => z.enum(['gov-2019']),
  description: () => z.optional(bilingual()),
  thresholds: () => z.optional(z.strictObject({ failBelow: z.optional(z.number().check(z.minimum(0))), bonusAbove: z.optional(z.number().check(z.minimum(0))) })),
  groups: () => z.optional(z.record(z.string(), z.strictObject({ max: points() }))),
  indicators: () => z.optional(z.record(z.string(), patchSchema())),
  bonusIndicators: () => z.optional(z.record(z.string(), patchSchema())),
  add: () => z.optional(z.array(indicatorSchema)),
}));
/** A scorecard extending a shipped one. */
export type ScorecardExtension = z.input<typeof scorecardExtensionSchema>;

/**
 * The built-in national 2019 scorecard (the project spec on the national 2019 indicators §1.1, §1.3, §1.4): every deduction
 * and bonus indicator with its source and confidence. Only `cross-checked` and `clean-1` numbers
 * are filled in; the others are absent, so a score under this scorecard alone stays incomplete
 * until a scorecard supplies them (`--scorecard`, examples/scorecard-sample.json).
 *
 * @example
 * gov2019Scorecard.indicators.find((i) => i.id === 'gov-2019/publish/policy-docs').points; // { 'stale-column': 5 }
 * gov2019Scorecard.indicators.find((i) => i.id === 'gov-2019/publish/news').points; // undefined
 */
export const gov2019Scorecard: Scorecard = GOV_2019_DATA;

/**
 * The shipped scorecards by id.
 *
 * @example
 * Object.keys(SCORECARDS); // ['gov-2019']
 */
export const SCORECARDS: Readonly<Record<string, Scorecard>> = Object.freeze({ 'gov-2019': gov2019Scorecard });

/**
 * A scorecard from its id, a complete scorecard object or an extension (`extends: "gov-2019"`),
 * validated; InvalidInputError names the JSON path (under `field`) and the value. The result is
 * frozen and shares nothing with the input.
 *
 * @example
 * resolveScorecard('gov-2019').id; // 'gov-2019'
 * resolveScorecard({ id: 'mine', extends: 'gov-2019', indicators: { 'gov-2019/publish/news': { points: 1, max: 4 } } })
 *   .indicators.find((i) => i.id === 'gov-2019/publish/news').max; // 4
 * resolveScorecard({ id: 'bad', extends: 'gov-2019', indicators: { 'gov-2019/nope': { points: 1 } } }); // throws InvalidInputError
 */
export function resolveScorecard(input: unknown, field = 'scorecard'): Scorecard {
  if (typeof input === 'string') {
    const found = Object.prototype.hasOwnProperty.call(SCORECARDS, input) ? SCORECARDS[input] : undefined;
    if (found === undefined) throw new InvalidInputError(field, input, `is not a known scorecard (${Object.keys(SCORECARDS).join(', ')})`);
    return found;
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new InvalidInputError(field, input, 'is not a scorecard id or object { id, extends, … } or { id, groups, indicators, … }');
  }
  rejectForbiddenKeys(input, field);
  if (Object.prototype.hasOwnProperty.call(input, 'extends')) {
    const ext = parseInput(scorecardExtensionSchema, input, field);
    return deepFreeze(parseInput(scorecardSchema, extend(SCORECARDS[ext.extends] as Scorecard, ext, field), field));
  }
  return deepFreeze(parseInput(scorecardSchema, input, field));
}

function extend(base: Scorecard, ext: z.output<typeof scorecardExtensionSchema>, field: string): ScorecardInput {
  const copy = structuredClone(base) as Scorecard;
  const groups = copy.groups.map((g) => ({ ...g }));
  for (const [id, patch] of Object.entries(ext.groups ?? {})) {
    const g = groups.find((x) => x.id === id);
    if (g === undefined) throw new InvalidInputError(formatPath(field, ['groups', id]), id, `is not a group of "${base.id}"`);
    g.max = patch.max;
  }
  const patchAll = (list: Indicator[], patches: Record<string, z.output<ReturnType<typeof patchSchema>>> | undefined, key: string) => {
    for (const [id, patch] of Object.entries(patches ?? {})) {
      const i = list.findIndex((x) => x.id === id);
      if (i < 0) throw new InvalidInputError(formatPath(field, [key, id]), id, `is not an indicator of "${base.id}" (new indicators go in "add")`);
      list[i] = { ...(list[i] as Indicator), ...patch };
    }
    return list;
  };
  return {
    ...copy,
    id: ext.id,
    description: ext.description ?? copy.description,
    thresholds: { ...copy.thresholds, ...ext.thresholds },
    groups,
    indicators: [...patchAll(copy.indicators, ext.indicators, 'indicators'), ...(ext.add ?? [])],
    bonusIndicators: patchAll(copy.bonusIndicators, ext.bonusIndicators, 'bonusIndicators'),
  };
}
