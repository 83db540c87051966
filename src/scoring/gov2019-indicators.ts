/**
 * The gov-2019 indicator table as plain data (the project spec on the national 2019 indicators §1.1,
 * §1.3, §1.4): the one copy both the built-in scorecard (scorecard.ts, which validates it) and the
 * rule catalog (src/rules/catalog.ts) read. Data only: no schema, no check, no catalog import.
 */
import { deepFreeze } from '../freeze.js';
import type { Confidence, Indicator, Scorecard } from './scorecard.js';

const S19 = '国办秘函〔2019〕19号《政府网站与政务新媒体检查指标》';

type Row = readonly [id: string, zh: string, en: string, confidence: Confidence, source: string, extra?: Partial<Indicator>];

function rows(group: string, list: readonly Row[]): Indicator[] {
  return list.map(([id, zh, en, confidence, source, extra]) => ({ id: `${group}/${id}`, group, name: { zh, en }, source, confidence, ...extra }));
}

const NAME_ONLY = 'name only: threshold, points and max UNKNOWN';

/**
 * The built-in gov-2019 scorecard's data, frozen (scorecard.ts exports it, typed and checked, as `gov2019Scorecard`).
 * @internal
 */
export const GOV_2019_DATA: Scorecard = deepFreeze({
  id: 'gov-2019',
  description: { zh: `${S19}（扣分指标100分，加分指标30分）`, en: 'National 2019 government website check indicators (100 deduction points, 30 bonus points)' },
  // In force with 国办秘函〔2019〕19号 (published 2019-04-18), like the gov-2019 profile: the 2015
  // census table's points are not known, so no shipped scorecard scores an earlier checkpoint.
  inForce: { from: '2019-04-18', until: null },
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
