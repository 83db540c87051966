/**
 * The deadline entries of the rule catalog and `deadlineEntry`, in a module of their own: the
 * deadline functions read only these (no check entry, no indicator, no check parameter schema), so
 * that a bundle of `deadline` carries none of them; the ids of the other entries, for the refusals. The full catalog (`catalog.ts`) is composed
 * from this part and the check and indicator parts; it adds `checkParameters` to the deadline
 * entries that a timeliness check runs.
 *
 * Chinese requirement texts are the restored wording (the received copy of the Deyang measures
 * went through a character-substitution spinner; see the project spec).
 */
import type { CheckParameter } from '../checks/params.js';
import { InvalidInputError } from '../errors.js';
import type { CatalogEntry, DeadlineParameters } from './catalog-schema.js';
import { DOCUMENT_KEYS, DOCUMENTS, type DocumentKey } from './documents.js';

/** The fields `freezeEntry` derives: an entry's source text gives none of them. */
export type Derived = 'id' | 'source' | 'inForce' | 'document' | 'checkParameters';
type DeadlineDef = Extract<CatalogEntry, { kind: 'deadline' }>;

/**
 * The document key of a rule id: the part before its first `/`.
 *
 * @example
 * documentOf('ogi-2019/art33-reply'); // 'ogi-2019'
 */
export function documentOf(id: string): DocumentKey {
  return id.slice(0, id.indexOf('/')) as DocumentKey;
}

/**
 * `fields`, frozen, with each key of `later` an enumerable property made by its function on the
 * first read, once: in the place of `fields`' own key of that name, else after `fields`. So an
 * entry's check parameters, which a check's params schema gives, are read from the schema only
 * when asked for (issue 14: no schema built at import), and the entry still reads, spreads,
 * compares and serialises as a plain frozen object with the same keys in the same order.
 * Internal.
 *
 * @example
 * let runs = 0;
 * const o = frozenWithLater({ b: 0, a: 1 }, { b: () => (runs++, 2), c: () => 3 });
 * [runs, JSON.stringify(o), o.b, runs, Object.isFrozen(o)]; // [0, '{"b":2,"a":1,"c":3}', 2, 1, true]
 */
export function frozenWithLater<T extends object>(fields: T, later: Readonly<Record<string, () => unknown>>): T {
  const out = { ...fields } as Record<string, unknown>;
  for (const [key, make] of Object.entries(later)) {
    let done = false;
    let value: unknown;
    const get = () => {
      if (!done) {
        value = make();
        done = true;
      }
      return value;
    };
    Object.defineProperty(out, key, { get, enumerable: true, configurable: true });
  }
  return Object.freeze(out) as T;
}

/**
 * A catalog entry as the catalog holds it: the written fields, then the derived ones (document,
 * its title as `source`, its in-force dates), the parameters frozen one level down, and
 * `checkParameters` when given. `given` and `checkParameters` may be functions making them, run
 * on the entry's first read of the field ({@link frozenWithLater}). Internal: the one place
 * entries are made.
 *
 * @example
 * freezeEntry({ id: 'ogi-2019/x', kind: 'check' }, { n: 1 }).document; // 'ogi-2019'
 * freezeEntry({ id: 'ogi-2019/x', kind: 'check' }, () => ({ n: 1 })).parameters; // { n: 1 }
 */
export function freezeEntry(
  e: { readonly id: string; readonly aliasOf?: readonly string[] },
  given: Readonly<Record<string, unknown>> | (() => Readonly<Record<string, unknown>>),
  checkParameters?: () => Readonly<Record<string, CheckParameter>>,
): CatalogEntry {
  const id = e.id;
  const document = documentOf(id);
  const doc = DOCUMENTS[document];
  const frozen = (g: Readonly<Record<string, unknown>>) => Object.freeze(
    Object.fromEntries(Object.entries(g).map(([k, v]) => [k, v !== null && typeof v === 'object' ? Object.freeze(Array.isArray(v) ? [...v] : { ...v }) : v])),
  );
  const later = typeof given === 'function';
  const aliasOf = e.aliasOf === undefined ? {} : { aliasOf: Object.freeze([...e.aliasOf]) };
  const fields = { ...e, ...aliasOf, id, document, source: doc.title, inForce: doc.inForce, parameters: later ? undefined : frozen(given), ...(checkParameters === undefined ? {} : { checkParameters: undefined }) };
  return frozenWithLater(fields, {
    ...(later ? { parameters: () => frozen(given()) } : {}),
    ...(checkParameters === undefined ? {} : { checkParameters }),
  }) as unknown as CatalogEntry;
}

function entry<const I extends `${DocumentKey}/${string}`>(e: Omit<DeadlineDef, Derived> & { id: I }): DeadlineDef & { readonly id: I } {
  return freezeEntry(e, e.parameters) as DeadlineDef & { readonly id: I };
}

const wd = (
  amount: number,
  from: { zh: string; en: string },
  extra: Partial<Pick<Extract<DeadlineParameters, { unit: 'workday' }>, 'complexAmount' | 'extensionCap' | 'otherLawMayOverride'>> = {},
): DeadlineParameters => ({ unit: 'workday', amount, input: 'date', from, ...extra });

/** The Deyang 2018 deadline entries, in catalog order (the catalog's first part). */
export const DEYANG_DEADLINES = [
  // ------------------------------------------------------------------ Deyang 2018: deadlines
  entry({
    id: 'deyang-2018/art15-migration-notice',
    kind: 'deadline',
    article: '第十五条',
    articleEn: 'Art. 15',
    requirement: '网站完成迁移后，要在上级政府网站或本级政府门户网站发布公告，说明原有内容去向，相关公告信息原则上至少保留30天。',
    summary: 'After a site is migrated, the notice saying where its content went stays up on the higher-level or same-level portal for at least 30 days.',
    parameters: { unit: 'day', amount: 30, input: 'date', from: { zh: '公告发布之日', en: 'the day the notice is posted' } },
  }),
  entry({
    id: 'deyang-2018/art24-activity',
    kind: 'deadline',
    article: '第二十四条第（一）项',
    articleEn: 'Art. 24(1)',
    requirement: '事关民生的重要政务活动信息在活动结束后24小时内上网公开。',
    summary: 'Information on important government activities affecting people’s livelihood goes online within 24 hours after the activity ends.',
    parameters: { unit: 'hour', amount: 24, input: 'instant', from: { zh: '活动结束时刻', en: 'the moment the activity ends' } },
  }),
  entry({
    id: 'deyang-2018/art24-policy-document',
    kind: 'deadline',
    article: '第二十四条第（一）项',
    articleEn: 'Art. 24(1)',
    requirement: '政策文件在纸质公文印发后3个工作日内上网公开。',
    summary: 'A policy document goes online within 3 working days after the paper document is issued.',
    parameters: wd(3, { zh: '纸质公文印发之日', en: 'the day the paper document is issued' }),
  }),
  entry({
    id: 'deyang-2018/art24-interpretation',
    kind: 'deadline',
    article: '第二十四条第（三）项',
    articleEn: 'Art. 24(3)',
    requirement: '按照“谁起草、谁解读”原则，在起草行政规范性文件时一并制定政策解读文稿……解读材料于文件公开3个工作日内公开。',
    summary: 'The interpretation of a normative document is published within 3 working days of the document’s publication.',
    parameters: wd(3, { zh: '文件公开之日', en: 'the day the document is published' }),
  }),
  entry({
    id: 'deyang-2018/art24-proactive',
    kind: 'deadline',
    article: '第二十四条第（四）项',
    articleEn: 'Art. 24(4)',
    requirement: '其他属于主动公开范围的政府信息，应当自该信息形成或变更之日起20个工作日内上网公开，法律、法规对政府信息公开的期限另有规定的，从其规定。',
    summary: 'Other information within the proactive-disclosure scope goes online within 20 working days of being formed or changed, unless a law or regulation sets another period.',
    parameters: wd(20, { zh: '信息形成或变更之日', en: 'the day the information is formed or changed' }, { otherLawMayOverride: true }),
  }),
  entry({
    id: 'deyang-2018/art25-opinion-feedback',
    kind: 'deadline',
    article: '第二十五条',
    articleEn: 'Art. 25',
    requirement: '征集单位对其中有价值、有意义的意见应在7个工作日内反馈处理意见或作出回应，情况复杂的可延长至15个工作日，无法办理的应予以解释说明。',
    summary: 'A valuable public opinion gets a handling response within 7 working days, or 15 working days in complex cases.',
    parameters: wd(7, { zh: '收到意见之日', en: 'the day the opinion is received' }, { complexAmount: 15 }),
  }),
  entry({
    id: 'deyang-2018/art29-incident-report',
    kind: 'deadline',
    article: '第二十九条',
    articleEn: 'Art. 29',
    requirement: '发生严重安全事故时，应当在24小时内向市公安局网安支队报告，依法如实提供原始记录、相关材料信息及数据文件。',
    summary: 'A major security incident is reported to the city police cyber-security detachment within 24 hours, with the original records and data.',
    parameters: { unit: 'hour', amount: 24, input: 'instant', from: { zh: '安全事故发生时刻', en: 'the moment the incident occurs' } },
  }),
  entry({
    id: 'deyang-2018/art32-self-inspection',
    kind: 'deadline',
    article: '第三十二条',
    articleEn: 'Art. 32',
    requirement: '各网站主办单位要严格对照全国政府网站普查指标体系进行自查，并于每季度第二个月15日前将自查情况书面报送市政府办公室。',
    summary: 'Each site’s owner self-inspects against the national census indicators and reports in writing by the 15th of the second month of every quarter.',
    parameters: { unit: 'fixed', input: 'quarter', month: 2, day: 15, from: { zh: '季度首日', en: 'the first day of the quarter' } },
  }),
  entry({
    id: 'deyang-2018/art33-error-correction',
    kind: 'deadline',
    article: '第三十三条',
    articleEn: 'Art. 33',
    requirement: '对网民的纠错留言须在3个工作日内予以认真答复。除反映情况不实等特殊情况外，所有留言办理情况均要公开。',
    summary: 'Every error report from the public is answered within 3 working days; the handling is made public.',
    parameters: wd(3, { zh: '收到纠错留言之日', en: 'the day the error report is received' }),
  }),
  entry({
    id: 'deyang-2018/art33-annual-report',
    kind: 'deadline',
    article: '第三十三条',
    articleEn: 'Art. 33',
    requirement: '市政府办公室将编制政府网站监管年度报表，每年1月31日前向社会公开。',
    summary: 'The city government office publishes the yearly website-supervision report before January 31 of the following year.',
    parameters: { unit: 'fixed', input: 'year', month: 1, day: 31, from: { zh: '报告年度首日', en: 'the first day of the year reported on' } },
  }),
] as const;

/** The deadline entries of the 《政府信息公开条例》 (2019, then 2008), in catalog order. */
export const OGI_DEADLINES = [
  // ------------------------------------------------------------------ OGI regulation 2019
  entry({
    id: 'ogi-2019/art26-proactive',
    kind: 'deadline',
    article: '第二十六条',
    articleEn: 'Art. 26',
    requirement: '属于主动公开范围的政府信息，应当自该政府信息形成或者变更之日起20个工作日内及时公开。法律、法规对政府信息公开的期限另有规定的，从其规定。',
    summary: 'Information within the proactive-disclosure scope is disclosed within 20 working days of being formed or changed, unless a law or regulation sets another period.',
    parameters: wd(20, { zh: '政府信息形成或者变更之日', en: 'the day the information is formed or changed' }, { otherLawMayOverride: true }),
  }),
  entry({
    id: 'ogi-2019/art30-correction',
    kind: 'deadline',
    article: '第三十条',
    articleEn: 'Art. 30',
    requirement: '政府信息公开申请内容不明确的，行政机关应当给予指导和释明，并自收到申请之日起7个工作日内一次性告知申请人作出补正……答复期限自行政机关收到补正的申请之日起计算。',
    summary: 'An unclear request: the applicant is told once, in full, what to correct within 7 working days of receipt; the reply period then runs from the corrected request’s receipt.',
    parameters: wd(7, { zh: '收到申请之日', en: 'the day the request is received' }),
  }),
  entry({
    id: 'ogi-2019/art32-third-party',
    kind: 'deadline',
    article: '第三十二条',
    articleEn: 'Art. 32',
    requirement: '第三方应当自收到征求意见书之日起15个工作日内提出意见。第三方逾期未提出意见的，由行政机关依照本条例的规定决定是否公开。',
    summary: 'A consulted third party gives its opinion within 15 working days of receiving the request for opinion.',
    parameters: wd(15, { zh: '第三方收到征求意见书之日', en: 'the day the third party receives the request for opinion' }),
  }),
  entry({
    id: 'ogi-2019/art33-reply',
    kind: 'deadline',
    article: '第三十三条',
    articleEn: 'Art. 33',
    requirement: '行政机关不能当场答复的，应当自收到申请之日起20个工作日内予以答复；需要延长答复期限的，应当经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不得超过20个工作日。行政机关征求第三方和其他机关意见所需时间不计算在前款规定的期限内。',
    summary: 'A request is answered within 20 working days of receipt, extendable once by at most 20; consultation time does not count.',
    parameters: wd(20, { zh: '收到申请之日', en: 'the day the request is received' }, { extensionCap: 20 }),
    replaces: 'ogi-2008/art24-reply',
  }),
  entry({
    id: 'ogi-2019/art49-annual-report',
    kind: 'deadline',
    article: '第四十九条',
    articleEn: 'Art. 49',
    requirement: '县级以上人民政府部门应当在每年1月31日前向本级政府信息公开工作主管部门提交本行政机关上一年度政府信息公开工作年度报告并向社会公布。县级以上地方人民政府的政府信息公开工作主管部门应当在每年3月31日前向社会公布本级政府上一年度政府信息公开工作年度报告。',
    summary: 'A department’s yearly disclosure report is due before January 31 of the next year; a government’s own report before March 31.',
    parameters: { unit: 'fixed', input: 'year', month: 1, day: 31, government: { month: 3, day: 31 }, from: { zh: '报告年度首日', en: 'the first day of the year reported on' } },
  }),
  // ------------------------------------------------------------------ OGI regulation 2008
  entry({
    id: 'ogi-2008/art24-reply',
    kind: 'deadline',
    article: '第二十四条',
    articleEn: 'Art. 24',
    requirement: '行政机关不能当场答复的，应当自收到申请之日起15个工作日内予以答复；如需延长答复期限的，应当经政府信息公开工作机构负责人同意，并告知申请人，延长答复的期限最长不得超过15个工作日。申请公开的政府信息涉及第三方权益的，行政机关征求第三方意见所需时间不计算在本条第二款规定的期限内。',
    summary: 'Under the 2008 regulation a request is answered within 15 working days of receipt, extendable by at most 15; third-party consultation time does not count.',
    parameters: wd(15, { zh: '收到申请之日', en: 'the day the request is received' }, { extensionCap: 15 }),
    replacedBy: 'ogi-2019/art33-reply',
  }),
] as const;

/** The ids of the rules that yield a deadline. */
export type DeadlineRuleId = (typeof DEYANG_DEADLINES)[number]['id'] | (typeof OGI_DEADLINES)[number]['id'];

/** A deadline rule's entry (internal: narrows the kind). */
export type DeadlineEntry = Extract<CatalogEntry, { kind: 'deadline' }>;

// The ids of the other kinds of entries, without the entries: what `deadlineEntry` needs to say
// why it refuses such an id, and what the site checks need to know a catalog id, without loading
// the entries' text (a bundle of `deadline` carries no check and no indicator). An index of the
// catalog, not a second source: test/rules/catalog-parts.test.ts proves each list equals the
// catalog's ids of that kind, in the catalog's order.

/** The ids of the catalog's `check` entries, in catalog order. */
export const CHECK_IDS: readonly string[] = Object.freeze([
  'deyang-2018/art10-consolidation', 'deyang-2018/art12-opening-approval', 'deyang-2018/art14-go-live',
  'deyang-2018/art16-temporary-offline', 'deyang-2018/art17-change-filing', 'deyang-2018/art24-three-review',
  'deyang-2018/art24-update-frequency', 'deyang-2018/art27-prior-review', 'deyang-2018/art28-links',
  'census/site-unreachable', 'census/homepage-stale', 'census/columns-stale', 'census/columns-neglected',
  'census/blank-columns', 'census/interaction-unanswered', 'census/serious-problems', 'census/services-unusable',
  'census-2015/veto-site-unreachable', 'census-2015/veto-site-stale', 'census-2015/veto-columns-stale.a',
  'census-2015/veto-columns-stale.b', 'census-2015/veto-columns-stale.c', 'census-2015/veto-serious-error',
  'census-2015/veto-interaction-poor', 'gov-2019/veto-security-incident', 'gov-2019/veto-site-unreachable',
  'gov-2019/veto-homepage-stale', 'gov-2019/veto-columns-stale.a', 'gov-2019/veto-columns-stale.b',
  'gov-2019/veto-columns-stale.c', 'gov-2019/veto-interaction-poor.a', 'gov-2019/veto-interaction-poor.b',
  'gov-2019/veto-service-impractical.a', 'gov-2019/veto-service-impractical.b', 'nm-2019/veto-content-stale',
  'nm-2019/veto-interaction-poor', 'nm-2019/veto-security-incident', 'gov-2019/publish/leader-info',
  'gov-2019/publish/policy-docs', 'gov-2019/publish/interpretation-link', 'gov-2019/service/service-stats',
  'gov-2019/interact/message-disclosure', 'gov-2019/interact/reply-handling',
]);

/** The ids of the catalog's `indicator` entries (made from the 2019 scorecard), in catalog order. */
export const INDICATOR_IDS: readonly string[] = Object.freeze([
  'gov-2019/publish', 'gov-2019/publish/overview-info', 'gov-2019/publish/org-functions', 'gov-2019/publish/news',
  'gov-2019/publish/policy-interpretation', 'gov-2019/publish/interpretation-ratio',
  'gov-2019/publish/other-columns', 'gov-2019/service', 'gov-2019/service/item-disclosure',
  'gov-2019/service/online-application', 'gov-2019/service/guide', 'gov-2019/service/content-accuracy',
  'gov-2019/service/form-samples', 'gov-2019/interact', 'gov-2019/interact/submission',
  'gov-2019/interact/unified-login', 'gov-2019/design', 'gov-2019/design/domain-name', 'gov-2019/design/site-marks',
  'gov-2019/design/availability', 'gov-2019/design/find-error-entry', 'gov-2019/design/search',
  'gov-2019/design/ipv6', 'gov-2019/bonus', 'gov-2019/bonus/data-release', 'gov-2019/bonus/interpret-respond',
  'gov-2019/bonus/realtime-interaction', 'gov-2019/bonus/user-space', 'gov-2019/bonus/smart-search',
]);

const DEADLINES: ReadonlyMap<string, DeadlineEntry> = new Map([...DEYANG_DEADLINES, ...OGI_DEADLINES].map((e) => [e.id, e]));
const CHECKS: ReadonlySet<string> = new Set(CHECK_IDS);
const INDICATORS: ReadonlySet<string> = new Set(INDICATOR_IDS);

/** `deyang-2018/, census/, ogi-2019/ or ogi-2008/`, from the document keys. */
const PREFIXES = DOCUMENT_KEYS.map((k) => `${k}/`).join(', ').replace(/, ([^,]*)$/, ' or $1');

/**
 * The error for an id that is no rule of the catalog (`ruleById` and `deadlineEntry` throw it).
 *
 * @example
 * unknownRule('deyang-2018/art99').message.includes('is not a rule id'); // true
 */
export function unknownRule(id: unknown): InvalidInputError {
  return new InvalidInputError('rule', id, `is not a rule id; known ids start with ${PREFIXES} (see gov-site-rules rules)`);
}

/**
 * The entry of a deadline rule; throws InvalidInputError for an unknown id or a check rule.
 *
 * @example
 * deadlineEntry('ogi-2019/art33-reply').parameters.unit; // 'workday'
 * deadlineEntry('census/homepage-stale'); // throws InvalidInputError
 */
export function deadlineEntry(id: string): DeadlineEntry {
  const found = DEADLINES.get(id); // a map of strings: any other value finds nothing
  if (found !== undefined) return found;
  if (CHECKS.has(id)) throw new InvalidInputError('rule', id, 'is a check, not a deadline rule');
  if (INDICATORS.has(id)) throw new InvalidInputError('rule', id, 'is a scoring indicator, not a deadline rule');
  throw unknownRule(id);
}
