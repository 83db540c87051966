/**
 * The check entries of the rule catalog that the site checks read: the Deyang 2018 checks (their
 * articles make the checks' titles) and the 2019 deduction indicators the checks judge (scored by
 * a scorecard); and how every check entry is made (`checkEntry`: its parameters come from the site
 * check's params schema, src/checks/params.ts, when a built-in check runs it). The national veto
 * entries, which only the full catalog reads, are in catalog-national-checks.ts.
 */
import { CHECK_PARAMS, describeParams } from '../checks/params.js';
import { lazy } from '../lazy-shape.js';
import type { CatalogEntry } from './catalog-schema.js';
import { type Derived, freezeEntry } from './catalog-deadlines.js';
import type { DocumentKey } from './documents.js';

type CheckDef = Extract<CatalogEntry, { kind: 'check' }>;
/** A check entry's parameters come from its site check's params schema, when a built-in check runs it. */
type CheckInput = Omit<CheckDef, Derived | 'parameters'> & { parameters?: CheckDef['parameters'] };

/**
 * A check entry of the catalog, frozen, with its `checkParameters` (and the defaults among them as
 * its `parameters`) when a built-in check runs it.
 *
 * @example
 * checkEntry({ id: 'census/homepage-stale', kind: 'check', article: 'a', articleEn: 'a', requirement: 'r', summary: 's' }).parameters.period; // { days: 14 } (the census's 2 weeks)
 */
export function checkEntry<const I extends `${DocumentKey}/${string}`>(e: CheckInput & { id: I }): CheckDef & { readonly id: I } {
  const id = e.id;
  // The one source of a check's parameters: its params schema (src/checks/params.ts).
  const schema = CHECK_PARAMS[id];
  if (schema === undefined) return freezeEntry(e, e.parameters ?? {}) as CheckDef & { readonly id: I };
  if (e.parameters !== undefined) throw new Error(`internal: ${id}'s parameters come from its params schema`);
  // Read from the schema on the entry's first read of either field (issue 14: no schema built at import).
  const checkParameters = lazy(() => describeParams(schema));
  const given = () => Object.fromEntries(Object.entries(checkParameters()).filter(([, v]) => 'default' in v).map(([k, v]) => [k, v.default]));
  return freezeEntry(e, given, checkParameters) as CheckDef & { readonly id: I };
}

const entry = checkEntry;

/** The Deyang 2018 check entries, in catalog order (the catalog's second part). */
export const DEYANG_CHECKS = [
  // ------------------------------------------------------------------ Deyang 2018: checks
  entry({
    id: 'deyang-2018/art10-consolidation',
    kind: 'check',
    article: '第十条',
    articleEn: 'Art. 10',
    requirement: '市级部门原则上只开设一个网站；县级政府部门、乡镇政府（街道办事处）不单独开设网站，通过上级政府网站开设子站、栏目、频道等形式发布信息。',
    summary: 'A city department keeps at most one website; county-level departments and township governments run none of their own.',
    parameters: { maxSitesPerCityDepartment: 1, maxSitesPerCountyDepartment: 0, maxSitesPerTownship: 0 },
  }),
  entry({
    id: 'deyang-2018/art12-opening-approval',
    kind: 'check',
    article: '第十二条',
    articleEn: 'Art. 12',
    requirement: '第一次全国政府网站普查开始后新开设的网站（含在第三方平台上开设的子站），须经本部门主要负责人同意后向市政府办公室申请，录入全国政府网站信息报送系统，经市政府办公室和省政府办公厅审核同意后方可开设。',
    summary: 'A site opened after the first national census started needs the head’s consent, entry in the national reporting system and approval by the city and provincial government offices.',
  }),
  entry({
    id: 'deyang-2018/art14-go-live',
    kind: 'check',
    article: '第十四条',
    articleEn: 'Art. 14',
    requirement: '网站取得政府网站标识码并通过安全检测后方可上线运行。',
    summary: 'A site goes online only with its government-website identifier code and after passing a security test.',
  }),
  entry({
    id: 'deyang-2018/art16-temporary-offline',
    kind: 'check',
    article: '第十六条',
    articleEn: 'Art. 16',
    requirement: '网站临时下线须经审批，并在本网站和本级政府门户网站发布公告；每年临时下线次数、每次下线天数以原文为准（所收文本缺失具体数字）。因不可抗力或安全原因紧急关停的，应及时书面报告市政府办公室，不计入当年临时下线次数。',
    summary: 'A temporary take-down needs approval and notices; the yearly count and length limits are missing from the received text and must be supplied by a profile.',
    note: 'The per-year count and per-take-down length are missing from the received copy; the library does not invent defaults.',
  }),
  entry({
    id: 'deyang-2018/art17-change-filing',
    kind: 'check',
    article: '第十七条',
    articleEn: 'Art. 17',
    requirement: '网站主办单位、负责人、联系方式、域名、主要栏目结构或网址等发生变更的，应及时向主管单位备案；域名变更的，应在本网站发布公告。',
    summary: 'Changes of owner, person in charge, contact, domain, main columns or address are filed promptly; a domain change is announced on the site.',
  }),
  entry({
    id: 'deyang-2018/art24-three-review',
    kind: 'check',
    article: '第二十四条',
    articleEn: 'Art. 24',
    requirement: '严格执行信息“三审”（初审、审核、审发）制度，确保信息公开质量。',
    summary: 'Every item passes a three-step review (first review, review, release approval) before publication.',
  }),
  entry({
    id: 'deyang-2018/art24-update-frequency',
    kind: 'check',
    article: '第二十四条第（二）项',
    articleEn: 'Art. 24(2)',
    requirement: '首页应持续更新；工作动态类栏目至少每周更新一次，通知公告、政策文件类栏目至少每6个月更新一次，年报、规划类栏目至少每年更新一次；更新间隔可能超过1年的栏目（如人事类）应予合并或关闭。',
    summary: 'News columns update at least weekly, notice and policy columns at least every 6 months, report and plan columns at least yearly; a column idle over a year is merged or closed.',
    note: 'The homepage’s “日常更新” is not quantified in the text; the site checks use the census figure (2 weeks).',
  }),
  entry({
    id: 'deyang-2018/art27-prior-review',
    kind: 'check',
    article: '第二十七条',
    articleEn: 'Art. 27',
    requirement: '坚持“谁提供谁负责、谁上传谁负责”，未经审核的信息一律不得发布；信息公开前严格履行保密审查程序。',
    summary: 'No item is published without review; a confidentiality review precedes every disclosure.',
  }),
  entry({
    id: 'deyang-2018/art28-links',
    kind: 'check',
    article: '第二十八条',
    articleEn: 'Art. 28',
    requirement: '政府网站不得开展经营性活动，不得链接违法网站和商业网站，不得发布与政府网站定位不符的信息。',
    summary: 'No profit-making activity and no links to illegal or commercial websites.',
  }),
] as const;

/** The 2019 deduction indicators the site checks judge, in catalog order: the last written part of the catalog. */
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
