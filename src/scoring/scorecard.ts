/**
 * Scorecards as data (docs/scorecards.md): the indicators of a scoring table, their groups,
 * points per occurrence, per-indicator caps, the thresholds, the bonus part and the rescale for a
 * department without external services. The zod schema is the single source of the types. A
 * number the source does not give is absent — never a default — and the score then says which
 * indicators are missing instead of building a total on a guess.
 */
import { z } from 'zod';
import { InvalidInputError } from '../errors.js';
import { formatPath, parseInput, rejectForbiddenKeys } from '../validate.js';

/**
 * How sure a number or a name is (the project spec on the national 2019 indicators, legend).
 *
 * @example
 * confidenceSchema.options; // ['cross-checked', 'clean-1', 'uncertain', 'UNKNOWN']
 */
export const confidenceSchema = z.enum(['cross-checked', 'clean-1', 'uncertain', 'UNKNOWN']);
/** How sure a number or a name is. */
export type Confidence = z.infer<typeof confidenceSchema>;

const bilingual = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });
const indicatorId = z.string().min(1).max(256);
const points = z.number().positive().max(1000);

/** Points per occurrence: one number for every occurrence kind, or one per kind a check reports. */
const pointsSchema = z.union([points, z.record(z.string().min(1).max(64), points)]);

/**
 * One indicator. `measure.rule` names the check whose finding measures it: the finding's
 * `evidence.occurrences` (`{ kind: count }`) when it has one, else one `fail` occurrence when it
 * fails. Without `measure`, the snapshot's `facts.manualScores[id]` (points determined by hand)
 * is used. `points` and `max` absent: not known (the score lists the indicator as missing when
 * it needs them).
 */
export const indicatorSchema = z.strictObject({
  id: indicatorId,
  /** The group (一级指标) id. */
  group: z.string().min(1).max(256),
  name: bilingual,
  points: pointsSchema.optional(),
  /** The indicator's own value: the cap of its deductions (M8), or of its bonus. */
  max: points.optional(),
  measure: z.strictObject({ rule: z.string().min(1).max(256) }).optional(),
  source: z.string().max(1000).optional(),
  confidence: confidenceSchema.optional(),
  note: z.string().max(2000).optional(),
});
/** One indicator of a scorecard. */
export type Indicator = z.infer<typeof indicatorSchema>;

/** A group (一级指标) and its maximum. */
export const groupSchema = z.strictObject({
  id: z.string().min(1).max(256),
  name: bilingual,
  max: points.optional(),
  confidence: confidenceSchema.optional(),
});

const kinds = z.array(z.enum(['portal', 'department', 'special'])).min(1);

/**
 * A complete scorecard.
 *
 * @example
 * scorecardSchema.safeParse(gov2019Scorecard).success; // true
 */
export const scorecardSchema = z
  .strictObject({
    id: z.string().min(1).max(256),
    description: bilingual,
    /** The deduction part's full marks (100). */
    deductionTotal: points,
    /** Below `failBelow` fails; above `bonusAbove` (strictly) enters the bonus part. */
    thresholds: z.strictObject({ failBelow: z.number().min(0), bonusAbove: z.number().min(0) }),
    /** The bonus part: its maximum and the site kinds it applies to. Absent: no bonus. */
    bonus: z.strictObject({ max: points, siteKinds: kinds }).optional(),
    /**
     * A site with `site.externalServices: false`: these groups are not scored, and the rest is
     * rescaled to `deductionTotal` (100 / (100 − 25) = 4/3 for gov-2019).
     */
    withoutExternalServices: z.strictObject({ exclude: z.array(z.string().min(1)).min(1) }).optional(),
    groups: z.array(groupSchema).min(1),
    indicators: z.array(indicatorSchema),
    bonusIndicators: z.array(indicatorSchema).default([]),
  })
  .superRefine((s, ctx) => {
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
    if (s.thresholds.failBelow > s.deductionTotal) ctx.addIssue({ code: 'custom', path: ['thresholds', 'failBelow'], message: 'is above deductionTotal' });
  });
/** A complete scorecard (what {@link resolveScorecard} returns). */
export type Scorecard = z.output<typeof scorecardSchema>;
/** A complete scorecard as written (`bonusIndicators` may be absent). */
export type ScorecardInput = z.input<typeof scorecardSchema>;

/** A change to one indicator: any of its fields but its id and group. */
const patchSchema = indicatorSchema.omit({ id: true, group: true }).partial();

/**
 * A scorecard that extends a shipped one: supplies missing numbers (`indicators` patches by id,
 * `groups` maxima by id), adds indicators, or changes the thresholds.
 *
 * @example
 * scorecardExtensionSchema.safeParse({ id: 'x', extends: 'gov-2019', indicators: { 'gov-2019/publish/news': { points: 1, max: 4 } } }).success; // true
 */
export const scorecardExtensionSchema = z.strictObject({
  id: z.string().min(1).max(256),
  extends: z.enum(['gov-2019']),
  description: bilingual.optional(),
  thresholds: z.strictObject({ failBelow: z.number().min(0).optional(), bonusAbove: z.number().min(0).optional() }).optional(),
  groups: z.record(z.string(), z.strictObject({ max: points })).optional(),
  indicators: z.record(z.string(), patchSchema).optional(),
  bonusIndicators: z.record(z.string(), patchSchema).optional(),
  add: z.array(indicatorSchema).optional(),
});
/** A scorecard extending a shipped one. */
export type ScorecardExtension = z.input<typeof scorecardExtensionSchema>;

// ------------------------------------------------------------------ gov-2019
const S19 = '国办秘函〔2019〕19号《政府网站与政务新媒体检查指标》';

type Row = readonly [id: string, zh: string, en: string, confidence: Confidence, source: string, extra?: Partial<Indicator>];

function rows(group: string, list: readonly Row[]): Indicator[] {
  return list.map(([id, zh, en, confidence, source, extra]) => ({ id: `${group}/${id}`, group, name: { zh, en }, source, confidence, ...extra }));
}

const NAME_ONLY = 'name only: threshold, points and max UNKNOWN';

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
export const gov2019Scorecard: Scorecard = deepFreeze({
  id: 'gov-2019',
  description: { zh: `${S19}（扣分指标100分，加分指标30分）`, en: 'National 2019 government website check indicators (100 deduction points, 30 bonus points)' },
  deductionTotal: 100,
  thresholds: { failBelow: 60, bonusAbove: 80 },
  bonus: { max: 30, siteKinds: ['portal'] },
  withoutExternalServices: { exclude: ['gov-2019/service'] },
  groups: [
    { id: 'gov-2019/publish', name: { zh: '发布解读', en: 'Publishing and interpretation' }, max: 31, confidence: 'clean-1' },
    { id: 'gov-2019/service', name: { zh: '办事服务', en: 'Online services' }, max: 25, confidence: 'cross-checked' },
    { id: 'gov-2019/interact', name: { zh: '互动交流', en: 'Interaction' }, max: 23, confidence: 'clean-1' },
    // 21 = 100 − 31 − 25 − 23, derived and never seen written: uncertain, so absent.
    { id: 'gov-2019/design', name: { zh: '功能设计', en: 'Functional design' }, confidence: 'uncertain' },
  ],
  indicators: [
    ...rows('gov-2019/publish', [
      ['overview-info', '概况信息', 'Overview information', 'UNKNOWN', `${S19}; S-nsfc, S-cpxtsg`, { note: NAME_ONLY }],
      ['org-functions', '机构职能', 'Institutions and functions', 'UNKNOWN', `${S19}; S-nsfc, S-cpxtsg`, { note: NAME_ONLY }],
      ['leader-info', '领导信息', 'Leader information', 'clean-1', `${S19}; S-nfzm (points)`, {
        points: { 'no-column': 2, item: 1 }, measure: { rule: 'gov-2019/publish/leader-info' }, note: '−2 without a 领导信息 column, −1 per missing or inaccurate item; max UNKNOWN',
      }],
      ['news', '动态要闻', 'News', 'UNKNOWN', `${S19}; S-nsfc, S-cpxtsg`, { note: NAME_ONLY }],
      ['policy-docs', '政策文件', 'Policy documents', 'clean-1', `${S19}; S-cpxtsg (observed −5)`, {
        points: { 'stale-column': 5 }, measure: { rule: 'gov-2019/publish/policy-docs' }, note: '−5 per first-level policy column not updated in 6 months; max UNKNOWN',
      }],
      ['policy-interpretation', '政策解读', 'Policy interpretation', 'UNKNOWN', `${S19}; S-nsfc, S-cpxtsg, S-bj19q4`, { note: NAME_ONLY }],
      ['interpretation-ratio', '解读比例', 'Interpretation ratio', 'UNKNOWN', `${S19}; S-bj19q3`, { note: 'may be a sub-criterion of 政策解读; numbers UNKNOWN' }],
      ['interpretation-link', '解读关联', 'Interpretation linked', 'clean-1', `${S19}; S-nsfc (observed −1)`, {
        points: { unlinked: 1 }, measure: { rule: 'gov-2019/publish/interpretation-link' }, note: '−1 per interpretation not cross-linked with its document; max UNKNOWN',
      }],
      ['other-columns', '其他栏目', 'Other columns', 'uncertain', `${S19}; S-nsfc`, { note: NAME_ONLY }],
    ]),
    ...rows('gov-2019/service', [
      ['item-disclosure', '事项公开', 'Service items listed', 'UNKNOWN', `${S19}; S-nsfc, S-cpxtsg`, { note: NAME_ONLY }],
      ['online-application', '在线申请', 'Online application', 'UNKNOWN', `${S19}; S-nsfc`, { note: NAME_ONLY }],
      ['service-stats', '办事统计', 'Service statistics', 'cross-checked', `${S19}; S-cpxtsg, S-nsfc (−2)`, {
        points: { stale: 2 }, measure: { rule: 'gov-2019/service/service-stats' }, note: '−2 when not updated in the 3 months before the checkpoint; max UNKNOWN',
      }],
      ['guide', '办事指南', 'Service guides', 'UNKNOWN', `${S19}; S-nsfc, S-cpxtsg, S-bj19q4`, { note: NAME_ONLY }],
      ['content-accuracy', '内容准确', 'Content accuracy', 'UNKNOWN', `${S19}; S-nsfc, S-cpxtsg`, { note: NAME_ONLY }],
      ['form-samples', '表格样式', 'Forms and samples', 'UNKNOWN', `${S19}; S-nsfc, S-cpxtsg`, { note: NAME_ONLY }],
    ]),
    ...rows('gov-2019/interact', [
      ['submission', '信息提交', 'Submission works', 'UNKNOWN', `${S19}; S-nsfc, S-cpxtsg`, { note: NAME_ONLY }],
      ['unified-login', '统一登录', 'Unified login', 'UNKNOWN', `${S19}; S-nsfc`, { note: NAME_ONLY }],
      ['message-disclosure', '留言公开', 'Messages published', 'clean-1', `${S19}; S-cpxtsg (2 months, −3), S-bj-nm`, {
        points: { stale: 3 }, measure: { rule: 'gov-2019/interact/message-disclosure' }, note: '−3 when no message or reply was published in the 2 months before the checkpoint; max UNKNOWN',
      }],
      ['reply-handling', '办理答复', 'Replies', 'UNKNOWN', `${S19}; S-bj19q4, S-hn22`, {
        measure: { rule: 'gov-2019/interact/reply-handling' }, note: 'simple questions answered within 5 working days (cross-checked); points and max UNKNOWN',
      }],
    ]),
    ...rows('gov-2019/design', [
      ['domain-name', '域名名称', 'Domain and name', 'UNKNOWN', `${S19}; S-nsfc, S-cpxtsg, S-bj19q4`, { note: NAME_ONLY }],
      ['site-marks', '网站标识', 'Site marks', 'UNKNOWN', `${S19}; S-nsfc, S-cpxtsg, S-bj19q3`, { note: NAME_ONLY }],
      ['availability', '可用性', 'Availability', 'UNKNOWN', `${S19}; S-nsfc, S-cpxtsg`, { note: NAME_ONLY }],
      ['find-error-entry', '“我为政府网站找错”', '"Find errors" entry', 'UNKNOWN', `${S19}; S-nsfc, S-cpxtsg`, { note: NAME_ONLY }],
      ['search', '搜索', 'Search', 'uncertain', `${S19}; S-cpxtsg, S-bj-nm`, { note: 'name as written in the table UNKNOWN' }],
      ['ipv6', 'IPv6', 'IPv6', 'uncertain', `${S19}; S-cpxtsg`, { note: 'whether it is scored at all is uncertain' }],
    ]),
  ],
  bonusIndicators: rows('gov-2019/bonus', [
    ['data-release', '数据发布', 'Data release', 'UNKNOWN', `${S19}; S-bj19q3`, { note: NAME_ONLY }],
    ['interpret-respond', '解读回应', 'Interpretation and response', 'UNKNOWN', `${S19}; S-bj19q3`, { note: NAME_ONLY }],
    ['realtime-interaction', '实时互动', 'Real-time interaction', 'UNKNOWN', `${S19}; S-bj19q3`, { note: NAME_ONLY }],
    ['user-space', '用户空间', 'User space', 'UNKNOWN', `${S19}; S-bj19q3`, { note: NAME_ONLY }],
    ['smart-search', '智能搜索', 'Smart search', 'UNKNOWN', `${S19}; S-bj19q3, S-bj19q4`, { note: NAME_ONLY }],
  ]),
} satisfies Scorecard);

/**
 * The shipped scorecards by id.
 *
 * @example
 * Object.keys(SCORECARDS); // ['gov-2019']
 */
export const SCORECARDS: Readonly<Record<string, Scorecard>> = Object.freeze({ 'gov-2019': gov2019Scorecard });

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

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
  const patchAll = (list: Indicator[], patches: Record<string, z.output<typeof patchSchema>> | undefined, key: string) => {
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
