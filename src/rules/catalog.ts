/**
 * The rule catalog: one frozen entry per rule id of the Deyang 2018 measures, the national
 * census veto indicators and the 《政府信息公开条例》 (2019 and 2008). Periods (amount, unit,
 * extension cap …) live here, once; the deadline functions read them.
 *
 * The entries are written in parts beside this module, so that a bundle reaches only the part it
 * uses: the deadlines with the ids of the other entries (catalog-deadlines.ts, all `deadline`
 * needs), the checks the site checks read (catalog-checks.ts: the Deyang checks, the 2019
 * deduction checks), the national veto checks (catalog-national-checks.ts); the indicator entries
 * are made here from the scorecard. This module composes the whole catalog from them, in the order written.
 */
import { CHECK_PARAMS, describeParams, TIMELINESS_CHECKS, timelinessParams } from '../checks/params.js';
// The indicator table, data only (no schema, no check, no catalog import): the scorecard reads the same copy.
import { GOV_2019_DATA } from '../scoring/gov2019-indicators.js';
import type { Indicator, Scorecard } from '../scoring/scorecard.js';
import type { CatalogEntry, IndicatorParameters } from './catalog-schema.js';
import { type DeadlineEntry, DEYANG_DEADLINES, frozenWithLater, OGI_DEADLINES, unknownRule } from './catalog-deadlines.js';
import { DEYANG_CHECKS, GOV_2019_DEDUCTION_CHECKS } from './catalog-checks.js';
import { NATIONAL_CHECKS } from './catalog-national-checks.js';
import { DOCUMENTS, type DocumentKey } from './documents.js';

export { DOCUMENTS } from './documents.js';
export { deadlineEntry, type DeadlineEntry, type DeadlineRuleId } from './catalog-deadlines.js';

/** A deadline entry as the catalog lists it: with `checkParameters` when a site check runs the rule. */
function withCheckParameters(e: DeadlineEntry): DeadlineEntry {
  // The one source of a check's parameters: its params schema (src/checks/params.ts), read on the
  // entry's first read of them (issue 14: no schema built at import).
  const schema = CHECK_PARAMS[e.id];
  if (schema === undefined && !TIMELINESS_CHECKS.has(e.id)) return e;
  return frozenWithLater(e, { checkParameters: () => describeParams(schema ?? timelinessParams(e.parameters)) });
}

const ENTRIES = [...DEYANG_DEADLINES, ...DEYANG_CHECKS, ...NATIONAL_CHECKS, ...OGI_DEADLINES, ...GOV_2019_DEDUCTION_CHECKS] as const;


type IndicatorDef = Extract<CatalogEntry, { kind: 'indicator' }>;

/**
 * The `indicator` entries of a shipped scorecard: its groups, the bonus part and every indicator
 * no check entry above already lists — names, confidence, sources and figures read from the
 * scorecard (the only copy of the indicator table), absent figures left absent. Internal
 * (exported for its tests).
 *
 * @example
 * indicatorEntries(GOV_2019_DATA, new Set())[0].kind; // 'indicator'
 */
export function indicatorEntries(card: Scorecard, taken: ReadonlySet<string>): IndicatorDef[] {
  const document = card.id as DocumentKey;
  const doc = DOCUMENTS[document];
  const base = { kind: 'indicator' as const, document, source: doc.title, inForce: doc.inForce };
  const groupName = new Map(card.groups.map((g) => [g.id, g.name]));
  const figures = (p: { points?: Indicator['points']; max?: number }) =>
    [p.points === undefined ? 'its points are not known' : `points ${JSON.stringify(p.points)}`, p.max === undefined ? 'its max is not known' : `max ${p.max}`].join(', ');
  const one = (ind: Indicator, part: 'deduction' | 'bonus'): IndicatorDef => {
    const partZh = part === 'deduction' ? '扣分指标' : '加分指标';
    const partEn = part === 'deduction' ? 'Deduction indicator' : 'Bonus indicator';
    const group = groupName.get(ind.group);
    const parameters: IndicatorParameters = {
      scorecard: card.id, part, level: 'indicator', group: ind.group,
      ...(ind.points === undefined ? {} : { points: ind.points }), ...(ind.max === undefined ? {} : { max: ind.max }),
      ...(ind.measure === undefined ? {} : { measuredBy: ind.measure.rule }),
    };
    // The scorecard's source is "<document>; <source keys>": the document is the entry's `source`.
    const sources = (ind.source ?? '').split('; ').slice(1).join('; ');
    return {
      ...base,
      id: ind.id,
      article: group === undefined ? `${partZh}：${ind.name.zh}` : `${partZh}：${group.zh}／${ind.name.zh}`,
      articleEn: group === undefined ? `${partEn}: ${ind.name.en}` : `${partEn}: ${group.en} / ${ind.name.en}`,
      requirement: `${partZh}“${ind.name.zh}”（本库只收录指标名称与已核实的分值，考核要求原文未收录）。`,
      summary: `${partEn} "${ind.name.en}" of the ${card.id} scorecard: ${figures(ind)}.`,
      ...(ind.confidence === undefined ? {} : { confidence: ind.confidence }),
      ...(ind.note === undefined && sources === '' ? {} : { note: [ind.note, sources === '' ? undefined : `Sources: ${sources} (docs/national.md).`].filter(Boolean).join('. ') }),
      parameters,
    };
  };
  const out: IndicatorDef[] = [];
  for (const g of card.groups) {
    out.push({
      ...base,
      id: g.id,
      article: `扣分指标：${g.name.zh}`,
      articleEn: `Deduction indicator group: ${g.name.en}`,
      requirement: `扣分指标一级指标“${g.name.zh}”${g.max === undefined ? '（分值未知）' : `，${g.max}分`}。`,
      summary: `Deduction indicator group "${g.name.en}" of the ${card.id} scorecard: ${g.max === undefined ? 'its points are not known' : `${g.max} of the ${card.deductionTotal} deduction points`}.`,
      ...(g.confidence === undefined ? {} : { confidence: g.confidence }),
      parameters: { scorecard: card.id, part: 'deduction', level: 'group', ...(g.max === undefined ? {} : { max: g.max }) },
    });
    for (const ind of card.indicators) if (ind.group === g.id && !taken.has(ind.id)) out.push(one(ind, 'deduction'));
  }
  if (card.bonus !== undefined) {
    const bonusGroups = [...new Set(card.bonusIndicators.map((i) => i.group))];
    for (const id of bonusGroups) {
      out.push({
        ...base,
        id,
        article: '加分指标',
        articleEn: 'Bonus indicators',
        requirement: `加分指标，${card.bonus.max}分：仅${card.bonus.siteKinds.includes('portal') ? '政府门户网站' : card.bonus.siteKinds.join('、')}，扣分指标得分高于${card.thresholds.bonusAbove}分时计入。`,
        summary: `The bonus part of the ${card.id} scorecard: up to ${card.bonus.max} points, for ${card.bonus.siteKinds.join(', ')} sites only, counted when the deduction score is above ${card.thresholds.bonusAbove}.`,
        // The bonus total (30), its portals-only scope and the > 80 entry are cross-checked (the spec, §1.1 M1, M3, M6).
        confidence: 'cross-checked',
        parameters: { scorecard: card.id, part: 'bonus', level: 'group', max: card.bonus.max },
      });
      for (const ind of card.bonusIndicators) if (ind.group === id && !taken.has(ind.id)) out.push(one(ind, 'bonus'));
    }
  }
  // The figures inside (points records) are the frozen scorecard's own.
  return out.map((e) => Object.freeze({ ...e, parameters: Object.freeze(e.parameters) }));
}

/** Every rule id in the catalog. */
export type RuleId = (typeof ENTRIES)[number]['id'];

/**
 * The rule catalog: every rule of the Deyang 2018 measures, the census veto indicators and the
 * 《政府信息公开条例》 (2019 and 2008), frozen.
 *
 * @example
 * import { catalog } from 'gov-site-rules';
 * catalog.find((r) => r.id === 'ogi-2019/art33-reply')?.parameters; // { unit: 'workday', amount: 20, input: 'date', from: { zh: '收到申请之日', en: 'the day the request is received' }, extensionCap: 20 }
 */
export const catalog: readonly CatalogEntry[] = Object.freeze([
  ...ENTRIES.map((e) => (e.kind === 'deadline' ? withCheckParameters(e) : e)),
  ...indicatorEntries(GOV_2019_DATA, new Set(ENTRIES.map((e) => e.id))),
]);

const BY_ID: ReadonlyMap<string, CatalogEntry> = new Map(catalog.map((e) => [e.id, e]));

/**
 * The catalog entry of a rule id; throws InvalidInputError for an unknown id.
 *
 * @example
 * import { ruleById } from 'gov-site-rules';
 * ruleById('deyang-2018/art24-policy-document').articleEn; // 'Art. 24(1)'
 * ruleById('deyang-2018/art99'); // throws InvalidInputError
 */
export function ruleById(id: RuleId): CatalogEntry;
export function ruleById(id: string): CatalogEntry;
export function ruleById(id: string): CatalogEntry {
  const found = BY_ID.get(id); // a map of strings: any other value finds nothing
  if (found === undefined) throw unknownRule(id);
  return found;
}
