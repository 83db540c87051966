/**
 * The rule catalog: one frozen entry per rule id of the Deyang 2018 measures, the national
 * census veto indicators and the 《政府信息公开条例》 (2019 and 2008). Periods (amount, unit,
 * extension cap …) live here, once; the deadline functions read them.
 *
 * Chinese requirement texts are the restored wording (the received copy of the Deyang measures
 * went through a character-substitution spinner; see the project spec).
 */
import { CHECK_PARAMS, describeParams, TIMELINESS_CHECKS, timelinessParams } from '../checks/params.js';
import { InvalidInputError } from '../errors.js';
// The indicator table, data only (no schema, no check, no catalog import): the scorecard reads the same copy.
import { GOV_2019_DATA } from '../scoring/gov2019-indicators.js';
import type { Indicator, Scorecard } from '../scoring/scorecard.js';
import type { CatalogEntry, DeadlineParameters, IndicatorParameters } from './catalog-schema.js';
import { DOCUMENT_KEYS, DOCUMENTS, type DocumentKey } from './documents.js';

export { DOCUMENTS } from './documents.js';


type Derived = 'id' | 'source' | 'inForce' | 'document' | 'checkParameters';
type DeadlineDef = Extract<CatalogEntry, { kind: 'deadline' }>;
type CheckDef = Extract<CatalogEntry, { kind: 'check' }>;
/** A check entry's parameters come from its site check's params schema, when a built-in check runs it. */
type CheckInput = Omit<CheckDef, Derived | 'parameters'> & { parameters?: CheckDef['parameters'] };

function entry<const I extends `${DocumentKey}/${string}`>(e: Omit<DeadlineDef, Derived> & { id: I }): DeadlineDef & { readonly id: I };
function entry<const I extends `${DocumentKey}/${string}`>(e: CheckInput & { id: I }): CheckDef & { readonly id: I };
function entry(e: (Omit<DeadlineDef, Derived> | CheckInput) & { id: string }): CatalogEntry {
  const id = e.id;
  const document = id.slice(0, id.indexOf('/')) as DocumentKey;
  const doc = DOCUMENTS[document];
  // The one source of a check's parameters: its params schema (src/checks/params.ts).
  const schema = CHECK_PARAMS[id] ?? (e.kind === 'deadline' && TIMELINESS_CHECKS.has(id) ? timelinessParams(e.parameters) : undefined);
  const checkParameters = schema === undefined ? undefined : describeParams(schema);
  let given: Record<string, unknown> = e.parameters ?? {};
  if (e.kind === 'check' && checkParameters !== undefined) {
    if (e.parameters !== undefined) throw new Error(`internal: ${id}'s parameters come from its params schema`);
    given = Object.fromEntries(Object.entries(checkParameters).filter(([, v]) => 'default' in v).map(([k, v]) => [k, v.default]));
  }
  const parameters = Object.freeze(
    Object.fromEntries(Object.entries(given).map(([k, v]) => [k, v !== null && typeof v === 'object' ? Object.freeze(Array.isArray(v) ? [...v] : { ...v }) : v])),
  );
  const aliasOf = e.aliasOf === undefined ? {} : { aliasOf: Object.freeze([...e.aliasOf]) };
  return Object.freeze({ ...e, ...aliasOf, id, document, source: doc.title, inForce: doc.inForce, parameters, ...(checkParameters === undefined ? {} : { checkParameters }) }) as CatalogEntry;
}

const wd = (
  amount: number,
  from: { zh: string; en: string },
  extra: Partial<Pick<Extract<DeadlineParameters, { unit: 'workday' }>, 'complexAmount' | 'extensionCap' | 'otherLawMayOverride'>> = {},
): DeadlineParameters => ({ unit: 'workday', amount, input: 'date', from, ...extra });

const ENTRIES = [
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
  // ------------------------------------------------------------------ National census veto indicators
  entry({
    id: 'census/site-unreachable',
    aliasOf: ['census-2015/veto-site-unreachable', 'gov-2019/veto-site-unreachable'],
    kind: 'check',
    article: '单项否决指标：站点无法访问',
    articleEn: 'Single-veto indicator: site unreachable',
    requirement: '监测1周，每天间隔性访问20次以上，超过15秒网站仍打不开视为不可访问；无法访问次数累计占监测总次数的5%（含）以上的，单项否决。',
    summary: 'Monitored for a week with 20+ probes a day; a probe fails after 15 s; fails when failed probes are at least 5% of all.',
  }),
  entry({
    id: 'census/homepage-stale',
    aliasOf: ['census-2015/veto-site-stale', 'gov-2019/veto-homepage-stale'],
    kind: 'check',
    article: '单项否决指标：首页不更新',
    articleEn: 'Single-veto indicator: homepage not updated',
    requirement: '监测时间点前2周内首页没有新增信息（首页仅为导航页的，检查二级页面）；未标注发布时间的信息视为未更新。',
    summary: 'No new item on the homepage in the 2 weeks before the checkpoint; undated items count as not updated.',
  }),
  entry({
    id: 'census/columns-stale',
    aliasOf: ['census-2015/veto-columns-stale.a', 'gov-2019/veto-columns-stale.a'],
    kind: 'check',
    article: '单项否决指标：栏目不更新（1）',
    articleEn: 'Single-veto indicator: columns not updated (1)',
    requirement: '监测时间点前2周内动态、要闻类栏目，以及监测时间点前6个月内通知公告、政策文件类栏目，累计超过5个未更新（5个及以上）。',
    summary: 'News columns idle for 2 weeks plus notice/policy columns idle for 6 months number 5 or more.',
  }),
  entry({
    id: 'census/columns-neglected',
    aliasOf: ['census-2015/veto-columns-stale.b', 'gov-2019/veto-columns-stale.b'],
    kind: 'check',
    article: '单项否决指标：栏目不更新（2）',
    articleEn: 'Single-veto indicator: columns not updated (2)',
    requirement: '应更新但长期未更新的栏目数量10个及以上（人事、规划类栏目1年未更新的计入）。',
    summary: 'Columns that should be updated but have long not been number 10 or more (personnel and plan columns idle for a year count).',
  }),
  entry({
    id: 'census/blank-columns',
    aliasOf: ['census-2015/veto-columns-stale.c', 'gov-2019/veto-columns-stale.c'],
    kind: 'check',
    article: '单项否决指标：栏目不更新（3）',
    articleEn: 'Single-veto indicator: columns not updated (3)',
    requirement: '空白栏目（栏目开设后无内容）数量5个及以上。',
    summary: 'Columns with no content since they opened number 5 or more.',
  }),
  entry({
    id: 'census/interaction-unanswered',
    aliasOf: ['census-2015/veto-interaction-poor', 'gov-2019/veto-interaction-poor.a', 'gov-2019/veto-interaction-poor.b'],
    kind: 'check',
    article: '单项否决指标：互动回应差',
    articleEn: 'Single-veto indicator: poor interaction',
    requirement: '没有有效的在线咨询渠道；或监测时间点前1年内，咨询类栏目（不含在线访谈、调查征集、网上信访、纪检举报）存在超过3个月未回应的有效留言。',
    summary: 'No working consultation channel, or a valid message left unanswered over 3 months within the year before the checkpoint.',
    note: 'Only 政务咨询类 (consultation) columns count; opinions and error reports have their own Deyang rules (Art. 25, Art. 33). The channel list is a profile parameter (channels).',
  }),
  entry({
    id: 'census/serious-problems',
    aliasOf: ['census-2015/veto-serious-error', 'gov-2019/veto-security-incident'],
    kind: 'check',
    article: '单项否决指标：严重问题',
    articleEn: 'Single-veto indicator: serious problems',
    requirement: '存在严重表述错误；泄露国家秘密；发布或链接反动、暴力、色情等内容；因未及时处置被攻击造成严重安全事故；虚假伪造内容（如发布时间造假）；因网站原因造成恶劣社会影响。',
    summary: 'Any serious problem stated by the caller (serious wording error, leaked secret, illegal content or links, unhandled attack, falsified data, serious negative opinion).',
  }),
  entry({
    id: 'census/services-unusable',
    aliasOf: ['gov-2019/veto-service-impractical.a', 'gov-2019/veto-service-impractical.b'],
    kind: 'check',
    article: '单项否决指标：服务不实用',
    articleEn: 'Single-veto indicator: services not usable',
    requirement: '没有提供办事服务；办事指南要素缺失等情形的具体标准以官方评分表为准。',
    summary: 'No online service at all; further thresholds on guide elements come from the official table as parameters.',
    note: 'Thresholds on missing guide elements must come from the official table; no invented defaults.',
  }),
  // ------------------------------------------------------------------ 2015 census table (国办发〔2015〕15号 附件2)
  entry({
    id: 'census-2015/veto-site-unreachable',
    kind: 'check',
    article: '单项否决指标：站点无法访问',
    articleEn: 'Veto: site unreachable',
    requirement: '监测1周，每天间隔性访问20次以上，超过15秒网站仍打不开视为不可访问；无法访问次数累计占监测总次数的5%（含）以上。',
    summary: 'Monitored a week, 20+ probes a day; a probe fails after 15 s; fails when failed probes are at least 5%.',
    confidence: 'cross-checked',
    replacedBy: 'gov-2019/veto-site-unreachable',
  }),
  entry({
    id: 'census-2015/veto-site-stale',
    kind: 'check',
    article: '单项否决指标：网站不更新',
    articleEn: 'Veto: site not updated',
    requirement: '监测时间点前2周内首页栏目无信息更新（首页仅为导航页的，检查所有二级页面栏目）；未注明信息发布时间的视为不更新。',
    summary: 'No new item in the homepage columns in the 2 weeks before the checkpoint (navigation-only homepage: the second-level pages); undated items count as not updated.',
    confidence: 'cross-checked',
    replacedBy: 'gov-2019/veto-homepage-stale',
  }),
  entry({
    id: 'census-2015/veto-columns-stale.a',
    kind: 'check',
    article: '单项否决指标：栏目不更新（1）',
    articleEn: 'Veto: columns not updated (1)',
    requirement: '监测时间点前2周内动态、要闻类栏目，以及6个月内通知公告、政策文件类栏目（不限层级），累计5个（含）以上未更新。',
    summary: 'News columns idle 2 weeks plus notice/policy columns of any level idle 6 months number 5 or more.',
    confidence: 'cross-checked',
    replacedBy: 'gov-2019/veto-columns-stale.a',
  }),
  entry({
    id: 'census-2015/veto-columns-stale.b',
    kind: 'check',
    article: '单项否决指标：栏目不更新（2）',
    articleEn: 'Veto: columns not updated (2)',
    requirement: '应更新但长期未更新的栏目数量10个（含）以上。',
    summary: 'Columns that should be updated but have long not been number 10 or more.',
    confidence: 'cross-checked',
    replacedBy: 'gov-2019/veto-columns-stale.b',
    note: 'The 1-year window for personnel and plan columns is quoted by vendor code only (uncertain); it is a parameter.',
  }),
  entry({
    id: 'census-2015/veto-columns-stale.c',
    kind: 'check',
    article: '单项否决指标：栏目不更新（3）',
    articleEn: 'Veto: columns not updated (3)',
    requirement: '空白栏目（有栏目无内容）数量5个（含）以上。',
    summary: 'Blank columns number 5 or more.',
    confidence: 'cross-checked',
    replacedBy: 'gov-2019/veto-columns-stale.c',
  }),
  entry({
    id: 'census-2015/veto-serious-error',
    kind: 'check',
    article: '单项否决指标：严重错误',
    articleEn: 'Veto: serious errors',
    requirement: '网站出现严重错别字（如党和国家领导人姓名）、虚假或伪造内容、反动暴力色情等内容。',
    summary: 'A serious typo, false or forged content, or reactionary, violent or pornographic content.',
    confidence: 'cross-checked',
    replacedBy: 'gov-2019/veto-security-incident',
  }),
  entry({
    id: 'census-2015/veto-interaction-poor',
    kind: 'check',
    article: '单项否决指标：互动回应差',
    articleEn: 'Veto: poor interaction',
    requirement: '监测时间点前1年内，政务咨询类栏目（不含在线访谈、调查征集、举报投诉类栏目）存在超过3个月未回应的留言。',
    summary: 'Within the year before the checkpoint a message in a consultation column (not interviews, surveys, reports and complaints) unanswered over 3 months.',
    confidence: 'cross-checked',
    replacedBy: 'gov-2019/veto-interaction-poor.b',
    note: 'The 2015 table excludes 举报投诉 columns but not 网上信访: petition messages count (parameter channels).',
  }),
  // ------------------------------------------------------------------ 2019 check indicators, websites (国办秘函〔2019〕19号)
  entry({
    id: 'gov-2019/veto-security-incident',
    kind: 'check',
    article: '单项否决指标：安全、泄密事故等严重问题',
    articleEn: 'Veto: security incidents and other serious problems',
    requirement: '严重表述错误；泄露国家秘密；发布或链接反动、暴力、色情等内容；遭攻击未及时处置造成严重安全事故；弄虚作假（如伪造发稿日期）；因网站管理不当造成严重负面舆情。',
    summary: 'Serious wrong statements, leaked secrets, harmful content or links, unhandled attacks, falsified data (e.g. forged dates) or serious negative opinion, as the caller states them.',
    confidence: 'clean-1',
    replaces: 'census-2015/veto-serious-error',
  }),
  entry({
    id: 'gov-2019/veto-site-unreachable',
    kind: 'check',
    article: '单项否决指标：站点无法访问',
    articleEn: 'Veto: site unreachable',
    requirement: '监测1周，每天间隔性访问20次以上，超过15秒网站仍打不开视为不可访问；无法访问次数累计占比5%（含）以上。',
    summary: 'Monitored a week, 20+ probes a day; a probe fails after 15 s; fails at 5% or more.',
    confidence: 'clean-1',
    replaces: 'census-2015/veto-site-unreachable',
  }),
  entry({
    id: 'gov-2019/veto-homepage-stale',
    kind: 'check',
    article: '单项否决指标：首页不更新',
    articleEn: 'Veto: homepage not updated',
    requirement: '监测2周，首页无信息更新；首页仅为导航入口的，二级页面均无信息更新。',
    summary: 'No new homepage item in the 2 weeks before the checkpoint (navigation-only homepage: no second-level page updated).',
    confidence: 'clean-1',
    replaces: 'census-2015/veto-site-stale',
    note: 'Whether undated items count as not updated (the 2015 note) is UNKNOWN for 2019: parameter undatedItems without a default.',
  }),
  entry({
    id: 'gov-2019/veto-columns-stale.a',
    kind: 'check',
    article: '单项否决指标：栏目不更新（1）',
    articleEn: 'Veto: columns not updated (1)',
    requirement: '监测时间点前2周内动态、要闻类栏目，以及6个月内通知公告、政策文件类一级栏目，累计5个（含）以上未更新。',
    summary: 'News columns idle 2 weeks plus first-level notice/policy columns idle 6 months number 5 or more.',
    confidence: 'cross-checked',
    replaces: 'census-2015/veto-columns-stale.a',
  }),
  entry({
    id: 'gov-2019/veto-columns-stale.b',
    kind: 'check',
    article: '单项否决指标：栏目不更新（2）',
    articleEn: 'Veto: columns not updated (2)',
    requirement: '应更新但长期未更新的栏目数量10个（含）以上。',
    summary: 'Columns that should be updated but have long not been number 10 or more.',
    confidence: 'clean-1',
    replaces: 'census-2015/veto-columns-stale.b',
  }),
  entry({
    id: 'gov-2019/veto-columns-stale.c',
    kind: 'check',
    article: '单项否决指标：栏目不更新（3）',
    articleEn: 'Veto: columns not updated (3)',
    requirement: '空白栏目数量5个（含）以上。',
    summary: 'Blank columns number 5 or more.',
    confidence: 'cross-checked',
    replaces: 'census-2015/veto-columns-stale.c',
  }),
  entry({
    id: 'gov-2019/veto-interaction-poor.a',
    kind: 'check',
    article: '单项否决指标：互动回应差（1）',
    articleEn: 'Veto: poor interaction (1)',
    requirement: '未提供有效的网上咨询建言渠道（专门的网上信访、纪检举报渠道不计）。',
    summary: 'No effective online consultation channel (dedicated petition and discipline channels do not count).',
    confidence: 'cross-checked',
  }),
  entry({
    id: 'gov-2019/veto-interaction-poor.b',
    kind: 'check',
    article: '单项否决指标：互动回应差（2）',
    articleEn: 'Veto: poor interaction (2)',
    requirement: '监测时间点前1年内，应答复的政务咨询类栏目存在超过3个月未回应的有效留言（不含在线访谈、调查征集、网上信访、纪检举报）。',
    summary: 'Within the year before the checkpoint a valid message in a consultation column unanswered over 3 months (interviews, surveys, petitions, discipline reports excluded).',
    confidence: 'clean-1',
    replaces: 'census-2015/veto-interaction-poor',
  }),
  entry({
    id: 'gov-2019/veto-service-impractical.a',
    kind: 'check',
    article: '单项否决指标：服务不实用（1）',
    articleEn: 'Veto: services impractical (1)',
    requirement: '未提供办事服务。',
    summary: 'No government service offered at all.',
    confidence: 'clean-1',
  }),
  entry({
    id: 'gov-2019/veto-service-impractical.b',
    kind: 'check',
    article: '单项否决指标：服务不实用（2）',
    articleEn: 'Veto: services impractical (2)',
    requirement: '办事指南重点要素类别缺失（事项名称、设定依据、申请条件、办理材料……）；类别数与阈值原文缺失。',
    summary: 'Guides missing key element classes; the number of classes and the threshold are UNKNOWN: a parameter without a default.',
    confidence: 'UNKNOWN',
    note: 'Threshold UNKNOWN: maxServicesMissingGuideElements has no default, so the rule needs input until a profile supplies it.',
  }),
  // ------------------------------------------------------------------ 2019 check indicators, new-media accounts
  entry({
    id: 'nm-2019/veto-content-stale',
    kind: 'check',
    article: '单项否决指标：内容不更新',
    articleEn: 'Veto: content not updated',
    requirement: '监测时间点前2周内无更新。',
    summary: 'No post in the 2 weeks before the checkpoint.',
    confidence: 'cross-checked',
  }),
  entry({
    id: 'nm-2019/veto-interaction-poor',
    kind: 'check',
    article: '单项否决指标：互动回应差',
    articleEn: 'Veto: poor interaction',
    requirement: '未提供有效互动功能。',
    summary: 'No effective interaction function.',
    confidence: 'cross-checked',
    note: 'Any further sub-rule (e.g. unanswered messages) is UNKNOWN and not checked.',
  }),
  entry({
    id: 'nm-2019/veto-security-incident',
    kind: 'check',
    article: '单项否决指标：安全、泄密事故等严重问题',
    articleEn: 'Veto: security incidents and other serious problems',
    requirement: '严重表述错误、泄露国家秘密，以及购买“粉丝”、强制要求群众点赞等弄虚作假行为。',
    summary: 'Serious wrong statements, leaked secrets, bought followers or forced likes, as the caller states them.',
    confidence: 'uncertain',
    note: 'The name is cross-checked; the full list of sub-items is UNKNOWN: the caller states the problems.',
  }),
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

/** The ids of the rules that yield a deadline. */
export type DeadlineRuleId = Extract<(typeof ENTRIES)[number], { kind: 'deadline' }>['id'];

/**
 * The rule catalog: every rule of the Deyang 2018 measures, the census veto indicators and the
 * 《政府信息公开条例》 (2019 and 2008), frozen.
 *
 * @example
 * import { catalog } from 'gov-site-rules';
 * catalog.find((r) => r.id === 'ogi-2019/art33-reply')?.parameters; // { unit: 'workday', amount: 20, input: 'date', from: { zh: '收到申请之日', en: 'the day the request is received' }, extensionCap: 20 }
 */
export const catalog: readonly CatalogEntry[] = Object.freeze([...ENTRIES, ...indicatorEntries(GOV_2019_DATA, new Set(ENTRIES.map((e) => e.id)))]);

const BY_ID: ReadonlyMap<string, CatalogEntry> = new Map(catalog.map((e) => [e.id, e]));

/** `deyang-2018/, census/, ogi-2019/ or ogi-2008/`, from the document keys. */
const PREFIXES = DOCUMENT_KEYS.map((k) => `${k}/`).join(', ').replace(/, ([^,]*)$/, ' or $1');

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
  const found = typeof id === 'string' ? BY_ID.get(id) : undefined;
  if (found === undefined) {
    throw new InvalidInputError('rule', id, `is not a rule id; known ids start with ${PREFIXES} (see gov-site-rules rules)`);
  }
  return found;
}

/** A deadline rule's entry (internal: narrows the kind). */
export type DeadlineEntry = Extract<CatalogEntry, { kind: 'deadline' }>;

/**
 * The entry of a deadline rule; throws InvalidInputError for an unknown id or a check rule.
 *
 * @example
 * deadlineEntry('ogi-2019/art33-reply').parameters.unit; // 'workday'
 * deadlineEntry('census/homepage-stale'); // throws InvalidInputError
 */
export function deadlineEntry(id: string): DeadlineEntry {
  const e = ruleById(id);
  if (e.kind !== 'deadline') throw new InvalidInputError('rule', id, `is a ${e.kind === 'check' ? 'check' : 'scoring indicator'}, not a deadline rule`);
  return e;
}
