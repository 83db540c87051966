/**
 * The 2019 deduction indicators the site checks judge (scored by a scorecard), in catalog order: the
 * last written part of the rule catalog.
 */
import { checkEntry as entry } from './catalog-check-entry.js';

export const GOV_2019_DEDUCTION_CHECKS = [
  // ------------------------------------------------------------------ 2019 check indicators: deductions (scored by a scorecard)
  entry({
    id: 'gov-2019/publish/leader-info',
    kind: 'check',
    article: '扣分指标：发布解读／领导信息',
    articleEn: 'Deduction indicator: publishing / leader information',
    requirement: '未开设领导信息栏目扣2分；领导姓名、简历等信息每缺失或不准确一项扣1分。',
    summary: 'No leader-information column: −2; each missing or inaccurate leader item: −1.',
    confidence: 'clean-1',
    note: 'Points from one journalistic paraphrase (S-nfzm); the indicator max is UNKNOWN (a scorecard parameter).',
  }),
  entry({
    id: 'gov-2019/publish/policy-docs',
    kind: 'check',
    article: '扣分指标：发布解读／政策文件',
    articleEn: 'Deduction indicator: publishing / policy documents',
    requirement: '政策文件类一级栏目监测时间点前6个月内未更新，扣5分。',
    summary: 'A first-level policy-document column not updated in the 6 months before the checkpoint: −5.',
    confidence: 'clean-1',
    note: 'Observed deduction (S-cpxtsg); the indicator max is UNKNOWN.',
  }),
  entry({
    id: 'gov-2019/publish/interpretation-link',
    kind: 'check',
    article: '扣分指标：发布解读／解读关联',
    articleEn: 'Deduction indicator: publishing / interpretation linked',
    requirement: '政策文件与解读稿件未关联发布，扣1分。',
    summary: 'A policy document and its interpretation not cross-linked: −1.',
    confidence: 'clean-1',
    note: 'Observed deduction (S-nsfc); the threshold and the indicator max are UNKNOWN.',
  }),
  entry({
    id: 'gov-2019/service/service-stats',
    kind: 'check',
    article: '扣分指标：办事服务／办事统计',
    articleEn: 'Deduction indicator: services / service statistics',
    requirement: '办事统计信息监测时间点前3个月内未更新，扣2分。',
    summary: 'Service statistics not updated in the 3 months before the checkpoint: −2.',
    confidence: 'cross-checked',
    note: 'Points cross-checked (S-cpxtsg, S-nsfc); the 3-month window clean-1; the indicator max is UNKNOWN.',
  }),
  entry({
    id: 'gov-2019/interact/message-disclosure',
    kind: 'check',
    article: '扣分指标：互动交流／留言公开',
    articleEn: 'Deduction indicator: interaction / messages published',
    requirement: '监测时间点前2个月内未公开网民留言及答复，扣3分。',
    summary: 'No message or reply published in the 2 months before the checkpoint: −3.',
    confidence: 'clean-1',
    note: 'The 2-month window is cross-checked, the −3 clean-1 (S-cpxtsg); the indicator max is UNKNOWN.',
  }),
  entry({
    id: 'gov-2019/interact/reply-handling',
    kind: 'check',
    article: '扣分指标：互动交流／办理答复',
    articleEn: 'Deduction indicator: interaction / replies',
    requirement: '简单常见问题应在5个工作日内答复。',
    summary: 'Simple or common questions are answered within 5 working days.',
    confidence: 'UNKNOWN',
    note: 'The 5 working days are cross-checked (S-bj19q4, S-hn22); the points and the max are UNKNOWN (scorecard parameters without a default).',
  }),
] as const;
