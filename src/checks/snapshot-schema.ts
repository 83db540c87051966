/**
 * The site snapshot v1 (the contract; guide from a CMS to a snapshot: docs/snapshot.md): the zod
 * schema is the single source of the `Snapshot` type and of `docs/snapshot.schema.json`, field
 * descriptions included (`.describe()`, bilingual). Field names are the contract. Unknown fields
 * are stripped, never merged, except inside `extensions`, the open section kept as given; the
 * keys `__proto__`, `constructor` and `prototype` are refused anywhere in the input before zod
 * sees it.
 */
import { COLUMN_CATEGORIES, MESSAGE_CHANNELS, SERIOUS_PROBLEM_KINDS } from './vocabulary.js';
import * as z from 'zod/mini';
import { parseIsoDate } from '../time/index.js';
import { isSnapshotInstant } from './instant.js';
import { QUARTER_PATTERN } from '../time/index.js';
import { lazy, lazyRecord, lazyShape, object } from '../lazy-shape.js';

const INSTANT_MESSAGE = 'must be an ISO-8601 instant with seconds and Z or an offset, e.g. 2026-10-09T10:00:00+08:00';

// The snapshot's section schemas are built on their first use (issue 14: the cold start): each
// object schema's fields through `lazyShape`, the shared field schemas below through `lazy` (call
// them: one schema, built once). An exported object schema is a working zod object at import.

/** An ISO-8601 instant with `Z` or an offset (e.g. `2026-10-09T10:00:00+08:00`); built on the first call. */
export const instantSchema = lazy(() => z.iso.datetime({ offset: true, error: INSTANT_MESSAGE }).check(z.refine(isSnapshotInstant, { message: INSTANT_MESSAGE }), z.meta({ description: 'ISO-8601 instant with Z or an offset, e.g. 2026-10-09T10:00:00+08:00' })));

/** A Beijing civil date `YYYY-MM-DD`; built on the first call. */
export const dateSchema = lazy(() => z.iso.date({ error: 'must be a date YYYY-MM-DD' }).check(z.refine((s) => parseIsoDate(s) !== undefined, { message: 'must be a date YYYY-MM-DD' }), z.meta({ description: 'Beijing civil date YYYY-MM-DD' })));

/** A date or an instant (a publication's trigger: 印发 date, activity end instant …); built on the first call. */
export const dateOrInstantSchema = lazy(() => z.union([dateSchema(), instantSchema()]));

/**
 * The size limits of the snapshot's strings (documented in docs/reliability.md and
 * docs/checks.md): a value longer than its limit is refused with InvalidInputError naming its
 * JSON path. Arrays have no limit (a column may hold a million items); the CLI limits the size of
 * its input instead.
 *
 * @example
 * SNAPSHOT_LIMITS.url; // 2048
 */
export const SNAPSHOT_LIMITS = Object.freeze({
  /** Every `id` (site, column, item, publication, message, incident, outage). */
  id: 256,
  /** Names: `site.name`, `site.department`, `columns[].name`, `reviews[].by`, `facts.siteIdentifierCode`. */
  name: 256,
  /** `links[].url`. */
  url: 2048,
  /** Free text: `facts.seriousProblems[].description`. */
  text: 4096,
});

export { COLUMN_CATEGORIES, MESSAGE_CHANNELS, SERIOUS_PROBLEM_KINDS };

/**
 * `schema` with `description` in zod's registry, as `.check(z.describe(description))` gives a copy
 * of it, but with no zod instance made: no describe check, no copy (issue 14). For the section
 * schemas, which are no public schema of the package; the public `snapshotSchema` keeps its check.
 */
function described<S extends z.ZodMiniType>(schema: S, description: string): S {
  z.globalRegistry.add(schema, { description });
  return schema;
}

const id = lazy(() => z.string().check(z.minLength(1), z.maxLength(SNAPSHOT_LIMITS.id)));
const name = lazy(() => z.string().check(z.maxLength(SNAPSHOT_LIMITS.name)));


/** One item of a column. `publishedAt` null or absent: undated (never counts as an update). */
export const itemSchema = described(z.object(lazyShape({
    id: () => id().check(z.describe('条目编号（CMS 文章 ID） / The item id (the CMS article id).')),
    publishedAt: () => z.optional(z.nullable(instantSchema())).check(z.describe('发布时间（上网时间，非创建或修改时间） / When the item went online (the publication time, not the creation or edit time). ' +
      'null 或缺省：无日期，从不算作更新，但算作栏目有内容 / null or absent: undated — never counts as an update, but the column is not blank. ' +
      '检查时间点之后的条目不计 / Items after the checkpoint are ignored.')),
  })), '栏目中的一条信息（CMS 文章） / One item of a column (a CMS article).');

export const columnSchema = described(z.object(lazyShape({
    id: () => id().check(z.describe('栏目编号（CMS 栏目 ID） / The column id (the CMS column/channel id).')),
    name: () => name().check(z.describe('栏目名称，如“工作动态” / The column name, e.g. 工作动态.')),
    category: () => z.enum(COLUMN_CATEGORIES).check(z.describe('栏目类别，由你把 CMS 栏目映射过来：homepage 首页、news 动态要闻、notice 通知公告、policy 政策文件、annual-report 年度报告、plan 规划计划、' +
      'personnel 人事信息、basic-info 机构概况等、interaction 互动、other 其他 / The category you map each CMS column to. ' +
      '决定更新周期（第二十四条）和普查指标 / It picks the update period (Art. 24) and the census indicators that apply.')),
    level: () => z.optional(z.number().check(z.int(), z.minimum(1))).check(z.describe('栏目层级，1 = 一级栏目（CMS 栏目树的深度） / Column level, 1 = first-level (the depth in the CMS column tree). ' +
      '缺省：通知公告、政策文件栏目若会影响“栏目不更新”计数，则 needs-input / Absent: a stale notice/policy column that would tip census/columns-stale or columns-neglected makes them needs-input.')),
    openedOn: () => z.optional(dateSchema()).check(z.describe('栏目开设日期（北京时间） / The date the column opened (Beijing). 更新频率窗口从此日起算；之后开设的栏目不判断 / ' +
      'The update-frequency window starts no earlier than this day; a column opened after the checkpoint is not judged. ' +
      '缺省：视为早已开设 / Absent: treated as open for the whole window.')),
    items: () => z.optional(z.array(itemSchema)).check(z.describe('栏目中的信息（可只给近一年） / The column\'s items (the last year is enough). 缺省或 []：空白栏目 / Absent or []: a blank column (census/blank-columns) with no update.')),
  })), '一个栏目（CMS 栏目/频道） / One column (a CMS column or channel).');

export const reviewSchema = described(z.object(lazyShape({
    stage: () => z.enum(['initial', 'verify', 'release']).check(z.describe('审核环节：initial 初审、verify 审核、release 审发（CMS 审批流日志的节点） / The stage: initial 初审, verify 审核, release 审发 (a node of the CMS workflow log).')),
    by: () => name().check(z.minLength(1), z.describe('审核人（用户名或姓名；三审需不同的人） / Who reviewed (user name; the three stages need different people).')),
    at: () => instantSchema().check(z.describe('审核时间 / When the stage was done. 须不晚于发布时间 / Must be at or before publication.')),
    approved: () => z.boolean().check(z.describe('是否通过（退回为 false） / Approved (a rejection is false).')),
  })), '审批流日志中的一条记录 / One entry of the review workflow log.');

export const publicationSchema = described(z.object(lazyShape({
    id: () => id().check(z.describe('信息编号（CMS 文章 ID） / The publication id (the CMS article id).')),
    kind: () => z.enum(['policy-document', 'interpretation', 'activity', 'proactive', 'other']).check(z.describe('发布时限的类别：policy-document 政策文件（3个工作日）、interpretation 解读（3个工作日）、activity 重要政务活动（24小时）、' +
      'proactive 主动公开（20个工作日）、other 其他（只查审核） / Which deadline applies: policy-document and interpretation 3 working days, ' +
      'activity 24 hours, proactive 20 working days, other none (reviews only).')),
    interprets: () => z.optional(id()).check(z.describe('解读稿：所解读的政策文件的 id（publications 中的 policy-document） / For an interpretation: the id of the policy document it interprets. 缺省：不参与解读关联检查 / Absent: not judged by gov-2019/publish/interpretation-link.')),
    linked: () => z.optional(z.boolean()).check(z.describe('解读稿与政策文件已相互关联（关联发布） / The interpretation and its document link to each other (关联发布). 有 interprets 而缺省：needs-input / Absent with interprets: needs input.')),
    triggeredAt: () => z.optional(dateOrInstantSchema()).check(z.describe('时限起算：政策文件的印发日期、活动结束时刻（须为带时区的时刻）、信息形成或变更日期、解读所依据文件的公开日期 / What the deadline counts from: ' +
      'the 印发 date, the activity\'s end instant (must be an instant), the date the information was formed or changed, for an interpretation the document\'s publication. ' +
      '缺省：该条 needs-input / Absent: that record needs input.')),
    publishedAt: () => z.optional(z.nullable(instantSchema())).check(z.describe('上网时间（发布时间，非创建时间） / When it went online (publication, not creation, time). null 或缺省：未发布，超期即 fail / null or absent: not published — overdue once past its deadline.')),
    reviews: () => z.optional(z.array(reviewSchema)).check(z.describe('三审记录（CMS 审批流日志） / The review trail (the CMS workflow log). 缺省：未知，该条 needs-input；[]：未经审核即发布（fail） / ' +
      'Absent: not known, that publication needs input; []: published without review (fail).')),
    confidentialityReviewedAt: () => z.optional(z.nullable(instantSchema())).check(z.describe('保密审查时间 / When the confidentiality review (保密审查) was done. null 或缺省：未做，已发布的即 fail（第二十七条） / null or absent: not done — a published item fails Art. 27.')),
  })), '一条有发布时限或须审核的信息 / One publication with a deadline or a review trail.');


export const messageSchema = described(z.object(lazyShape({
    id: () => id().check(z.describe('留言编号 / The message id.')),
    channel: () => z.enum(MESSAGE_CHANNELS).check(z.describe('来源渠道：consultation 咨询留言、error-report 我为政府网站找错、opinion 意见征集、interview 在线访谈、survey 调查征集、petition 网上信访、discipline 纪检举报 / ' +
      'The channel. 普查“互动回应差”默认只看 consultation（政务咨询类，可由 profile 参数 channels 改变） / census/interaction-unanswered looks at consultation only by default (the profile parameter channels changes it).')),
    receivedAt: () => instantSchema().check(z.describe('收到时间（提交时间） / When it was received (submitted).')),
    repliedAt: () => z.optional(z.nullable(instantSchema())).check(z.describe('答复时间（答复发布时间） / When it was answered. null 或缺省：未答复 / null or absent: unanswered. 早于 receivedAt 被拒绝 / Before receivedAt: refused.')),
    valid: () => z.optional(z.boolean()).check(z.describe('有效留言？false：不判断（如重复、无意义） / Valid? false: not judged (duplicate, spam…). 缺省：视为有效 / Absent: valid.')),
    complex: () => z.optional(z.boolean()).check(z.describe('情况复杂（意见反馈期限为15个工作日而非7个，第二十五条） / Complex: 15 working days for an opinion instead of 7 (Art. 25). 缺省：否 / Absent: no.')),
    untrue: () => z.optional(z.boolean()).check(z.describe('纠错内容经核实不属实（不要求公开办理情况） / An error report found untrue (its handling need not be published). 缺省：否 / Absent: no.')),
    handlingPublished: () => z.optional(z.boolean()).check(z.describe('纠错办理情况已公开（第三十三条） / The handling of an error report was published (Art. 33). 已答复的纠错缺省时 needs-input / Absent on a replied error report: needs input.')),
  })), '公众留言、纠错或意见 / A message, error report or opinion from the public.');

export const incidentSchema = described(z.object(lazyShape({
    id: () => id().check(z.describe('事件编号 / The incident id.')),
    occurredAt: () => instantSchema().check(z.describe('发生（发现）时间 / When it occurred.')),
    major: () => z.boolean().check(z.describe('重大安全事件（须24小时内报告，第二十九条） / A major incident (to be reported within 24 hours, Art. 29).')),
    reportedAt: () => z.optional(z.nullable(instantSchema())).check(z.describe('向网安部门报告的时间 / When it was reported to the police cyber-security unit. null 或缺省：未报告 / null or absent: not reported. 早于 occurredAt 被拒绝 / Before occurredAt: refused.')),
  })), '安全事件（安全事件台账） / A security incident (from the incident register).');

export const outageSchema = described(z.object(lazyShape({
    id: () => id().check(z.describe('下线记录编号 / The outage id.')),
    start: () => instantSchema().check(z.describe('下线时间 / When the site went offline.')),
    end: () => z.optional(z.nullable(instantSchema())).check(z.describe('恢复时间 / When it came back. null 或缺省：仍未恢复 / null or absent: still offline. 早于 start 被拒绝 / Before start: refused.')),
    reason: () => z.enum(['rectification', 'force-majeure', 'ordered-shutdown', 'unplanned']).check(z.describe('原因：rectification 整改等主动临时下线（第十六条计数）、force-majeure 不可抗力、ordered-shutdown 按要求关停（均不计）、unplanned 意外故障（不是下线，属可访问性） / ' +
      'Why: rectification = a temporary take-down (counted by Art. 16); force-majeure and ordered-shutdown are not counted; unplanned is a failure, not a take-down.')),
    approved: () => z.optional(z.boolean()).check(z.describe('下线申请已批准 / The take-down was approved. 整改下线缺省时 needs-input / Absent on a rectification: needs input.')),
    noticePosted: () => z.optional(z.boolean()).check(z.describe('已发布下线公告 / A notice was posted. 整改下线缺省时 needs-input / Absent on a rectification: needs input.')),
  })), '一次下线（下线/关停记录） / One time the site was offline (from the take-down log).');

export const probeSchema = described(z.object(lazyShape({
    at: () => instantSchema().check(z.describe('探测时间 / When the probe ran.')),
    ok: () => z.boolean().check(z.describe('15秒内打开 / The site opened within 15 seconds.')),
  })), '一次可访问性探测（来自监测系统） / One availability probe (from a monitor).');

export const linkSchema = described(z.object(lazyShape({
    url: () => z.string().check(z.maxLength(SNAPSHOT_LIMITS.url), z.describe('链接地址 / The link target.')),
    kind: () => z.enum(['government', 'commercial', 'illegal', 'other']).check(z.describe('链接性质（由你或链接巡检工具判定）：government 政府网站、commercial 商业、illegal 违法、other 其他；commercial 或 illegal 即 fail（第二十八条） / ' +
      'What it points to (your classification or a link checker\'s); commercial or illegal fails Art. 28.')),
  })), '一条外部链接 / One outbound link.');

export const reportSchema = described(z.object(lazyShape({
    kind: () => z.enum(['self-inspection']).check(z.describe('报送类别：self-inspection 季度自查报告（第三十二条） / The report: self-inspection, the quarterly self-inspection (Art. 32).')),
    period: () => z.string().check(z.regex(QUARTER_PATTERN, 'must be a quarter such as 2026Q3'), z.describe('所报季度，如 2026Q3 / The quarter reported on, e.g. 2026Q3.')),
    submittedAt: () => instantSchema().check(z.describe('报送时间 / When it was submitted.')),
  })), '一次报送 / One report filed.');


/** A serious problem (严重问题) the caller states; built on the first call. */
export const seriousProblemSchema = lazy(() => z.union([
  z.enum(SERIOUS_PROBLEM_KINDS),
  z.object({
    kind: z.enum(SERIOUS_PROBLEM_KINDS).check(z.describe('问题类别（同上） / The kind (as above).')),
    description: z.optional(z.string().check(z.maxLength(SNAPSHOT_LIMITS.text))).check(z.describe('说明 / What happened.')),
    at: z.optional(instantSchema()).check(z.describe('发现时间 / When it was found.')),
  }),
]).check(z.describe('严重问题：wording-error 严重表述错误、state-secret 泄露国家秘密、harmful-content 有害内容或链接、unhandled-attack 遭攻击未处理致严重事件、' +
  'falsified-data 数据造假（如伪造发布日期）、public-opinion 引发严重负面舆情 / A serious problem (a kind, or { kind, description, at }).')));

export const changeSchema = described(z.object(lazyShape({
    kind: () => z.enum(['sponsor', 'person-in-charge', 'contact', 'domain', 'structure', 'address']).check(z.describe('变更事项：sponsor 主办单位、person-in-charge 负责人、contact 联系方式、domain 域名、structure 栏目结构、address 地址 / What changed.')),
    changedAt: () => dateOrInstantSchema().check(z.describe('变更日期 / When it changed. 检查时间点之后的变更不计 / Changes after the checkpoint are ignored.')),
    filedAt: () => z.optional(z.nullable(dateOrInstantSchema())).check(z.describe('向主管单位备案的日期 / When it was filed with the supervising unit. null 或缺省：未备案（fail） / null or absent: not filed (fail).')),
    announcedOnSite: () => z.optional(z.boolean()).check(z.describe('域名变更已在网站公告 / For a domain change: announced on the site. 域名变更缺省时 needs-input / Absent on a domain change: needs input.')),
  })), '一项网站变更（第十七条） / One change to the site (Art. 17).');

/** The opening procedure of a site (Deyang Art. 12). */
export const openingApprovalSchema = described(z.object(lazyShape({
    openedAfterCensus: () => z.optional(z.boolean()).check(z.describe('网站在第一次全国政府网站普查开始后开设（含第三方平台子站） / The site (or a sub-site on a third-party platform) was opened after the first national website census started')),
    verticallyManaged: () => z.optional(z.boolean()).check(z.describe('实行垂直管理的部门，按系统向国务院有关部门申请（缺省为否） / A vertically managed department, applying up its own line to the State Council department (absent: no)')),
    headConsent: () => z.optional(z.boolean()).check(z.describe('经本部门主要负责人同意 / Consent of the department head')),
    appliedToCityOffice: () => z.optional(z.boolean()).check(z.describe('向市政府办公室提出申请 / Applied to the city government office')),
    enteredInReportingSystem: () => z.optional(z.boolean()).check(z.describe('已录入全国政府网站信息报送系统 / Entered in the national government website reporting system')),
    cityOfficeApproved: () => z.optional(z.boolean()).check(z.describe('经市政府办公室审核同意 / Approved by the city government office')),
    provincialOfficeApproved: () => z.optional(z.boolean()).check(z.describe('经省政府办公厅审核同意 / Approved by the provincial government office')),
    lineApproved: () => z.optional(z.boolean()).check(z.describe('垂直管理部门：经国务院有关部门审核同意 / Vertically managed: approved by the State Council department of its line')),
  })), '网站开设审批（德阳办法第十二条） / Opening approval (Deyang Art. 12). 缺省或未说明 openedAfterCensus：needs-input；普查前开设：not-applicable / Absent, or openedAfterCensus not given: needs input; opened before the census: not applicable.');

export const factsSchema = described(z.object(lazyShape({
    consultationChannel: () => z.optional(z.boolean()).check(z.describe('有有效的在线咨询渠道（留言板等） / An effective online consultation channel exists. false：普查互动回应差 fail；缺省：needs-input / false fails census/interaction-unanswered; absent: needs input.')),
    onlineServices: () => z.optional(z.boolean()).check(z.describe('提供在线办事服务 / The site offers online services. false：普查服务不实用 fail；缺省：needs-input / false fails census/services-unusable; absent: needs input.')),
    servicesMissingGuideElements: () => z.optional(z.number().check(z.int(), z.minimum(0))).check(z.describe('办事指南要素缺失的事项数，与配置的阈值比较（默认无阈值：needs-input） / Services whose guide misses elements, compared with the profile\'s threshold (none by default: needs input).')),
    seriousProblems: () => z.optional(z.array(seriousProblemSchema())).check(z.describe('你声明的严重问题（普查单项否决） / The serious problems you state (a census veto). 非空即 fail；[]：没有；缺省：needs-input / Non-empty fails; []: none; absent: needs input.')),
    siteIdentifierCode: () => z.optional(z.nullable(name())).check(z.describe('政府网站标识码（第十四条） / The government site identifier code (Art. 14). null 或空：fail；缺省：needs-input / null or empty fails; absent: needs input.')),
    securityTestPassed: () => z.optional(z.boolean()).check(z.describe('上线前通过安全检测（第十四条） / Passed a security test before going online (Art. 14). 缺省：needs-input / Absent: needs input.')),
    openingAnnounced: () => z.optional(z.boolean()).check(z.describe('已在上级或本级门户公告开通（第十四条） / Opening announced on the portal (Art. 14). 缺省：needs-input / Absent: needs input.')),
    changes: () => z.optional(z.array(changeSchema)).check(z.describe('主办单位、联系方式、域名等变更（第十七条） / Changes of sponsor, contact, domain … (Art. 17). 缺省或 []：not-applicable / Absent or []: not applicable.')),
    openingApproval: () => z.optional(openingApprovalSchema),
    leaderInfo: () => z.optional(z.object({
        column: z.boolean().check(z.describe('开设了领导信息栏目 / A 领导信息 (leaders) column exists. false：扣分（gov-2019/publish/leader-info） / false is a deduction.')),
        problems: z.optional(z.array(z.object({
            leader: z.optional(name()).check(z.describe('领导姓名 / The leader.')),
            item: name().check(z.describe('缺失或不准确的项目，如“简历” / The item missing or inaccurate, e.g. 简历 (résumé).')),
            kind: z.enum(['missing', 'inaccurate']).check(z.describe('missing 缺失、inaccurate 不准确 / Missing or inaccurate.')),
          }))).check(z.describe('领导信息缺失或不准确的项目，每项扣分 / Each missing or inaccurate item is one deduction. 栏目存在而缺省：needs-input；[]：没有问题 / Absent with a column: needs input; []: none.')),
      })).check(z.describe('领导信息栏目（2019检查指标“领导信息”） / The leaders column (the 2019 indicator 领导信息). 缺省：needs-input / Absent: needs input.')),
    columnRoles: () => z.optional(z.object({
        serviceStatistics: z.optional(z.array(id())).check(z.describe('办事统计栏目的 id / The ids of the 办事统计 (service statistics) columns. 缺省：needs-input；[]：没有该栏目 / Absent: needs input; []: there is none.')),
        messageDisclosure: z.optional(z.array(id())).check(z.describe('留言公开（公开留言及答复）栏目的 id / The ids of the columns publishing messages and replies. 缺省：needs-input；[]：没有该栏目 / Absent: needs input; []: there is none.')),
      })).check(z.describe('哪些栏目承担2019检查指标中的特定内容 / Which columns hold what a 2019 indicator looks at.')),
    manualScores: () => z.optional(z.record(z.string().check(z.minLength(1), z.maxLength(SNAPSHOT_LIMITS.id)), z.number().check(z.minimum(0), z.maximum(1000)))).check(z.describe('人工核定的分值，按指标 id：扣分指标为扣分，加分指标为加分；只用于没有检查项测量的指标 / Points determined by hand, by scorecard indicator id (deducted, or awarded for a bonus indicator); used only for indicators no check measures.')),
    homepageNavigationOnly: () => z.optional(z.boolean()).check(z.describe('首页仅为导航页（入口页） / The homepage is only a navigation entry. true：“首页不更新”改查二级页面栏目（level: 2） / true: the homepage-stale vetoes check the second-level pages\' columns (level: 2) instead. 缺省：否 / Absent: no.')),
  })), '你声明的、CMS 里通常没有的事实（来自台账或人工填写） / Facts you state that a CMS rarely holds (from registers or by hand).');

/**
 * Whether `value` is JSON data within the snapshot's limits (strings and keys at most
 * `SNAPSHOT_LIMITS.text` characters, finite numbers, no `undefined`, function, Date, Map or other
 * class instance); each problem is reported at its path.
 */
function checkJsonData(value: unknown, path: (string | number)[], ctx: z.core.$RefinementCtx): void {
  if (value === null || typeof value === 'boolean') return;
  if (typeof value === 'string') {
    if (value.length > SNAPSHOT_LIMITS.text) ctx.addIssue({ code: 'custom', path, message: `must be at most ${SNAPSHOT_LIMITS.text} characters` });
    return;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) ctx.addIssue({ code: 'custom', path, message: 'must be a finite number (JSON data)' });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => checkJsonData(v, [...path, i], ctx));
    return;
  }
  if (typeof value === 'object' && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)) {
    for (const [k, v] of Object.entries(value)) {
      if (k.length > SNAPSHOT_LIMITS.text) ctx.addIssue({ code: 'custom', path, message: `has a key longer than ${SNAPSHOT_LIMITS.text} characters` });
      else checkJsonData(v, [...path, k], ctx);
    }
    return;
  }
  ctx.addIssue({ code: 'custom', path, message: 'must be JSON data (null, boolean, number, string, array or plain object)' });
}

/**
 * The open extension point: sections the library does not know, by namespace, kept as given (JSON
 * data) and passed to custom rules as `ctx.extensions`; no built-in rule reads them.
 *
 * @example
 * extensionsSchema.safeParse({ 'sample-city': { audits: [{ on: '2026-07-15', passed: true }] } }).success; // true
 * extensionsSchema.safeParse({ 'sample-city': { at: new Date(0) } }).success; // false (not JSON data)
 */
export const extensionsSchema = lazyRecord(() => z.string().check(z.minLength(1), z.maxLength(SNAPSHOT_LIMITS.id)), () => z.unknown(), z.superRefine((record, ctx) => {
    for (const [k, v] of Object.entries(record)) checkJsonData(v, [k], ctx);
  }), z.describe('扩展：本库不认识的数据段，按命名空间（如 "sample-city"）存放，原样保留并交给自定义规则（ctx.extensions）；内置规则不读取 / ' +
    'Extensions: sections the library does not know, by namespace (e.g. "sample-city"), kept as given and passed to custom rules (ctx.extensions); no built-in rule reads them. ' +
    '须为 JSON 数据；字符串和键最长 4096 字符；__proto__、constructor、prototype 键被拒绝 / Must be JSON data; strings and keys at most 4096 characters; the keys __proto__, constructor and prototype are refused.'));

export const ACCOUNT_PLATFORMS = ['wechat', 'weibo', 'douyin', 'app', 'other'] as const;

export const accountPostSchema = described(z.object(lazyShape({
    id: () => id().check(z.describe('推文编号 / The post id.')),
    publishedAt: () => instantSchema().check(z.describe('发布时间 / When it was published. 检查时间点之后的不计 / Posts after the checkpoint are ignored.')),
  })), '政务新媒体账号的一条推文 / One post of a new-media account.');

export const accountSchema = described(z.object(lazyShape({
    id: () => id().check(z.describe('账号编号（清单中唯一） / The account id (unique in the snapshot).')),
    name: () => name().check(z.describe('账号名称，如“德阳发布” / The account name, e.g. 德阳发布.')),
    platform: () => z.enum(ACCOUNT_PLATFORMS).check(z.describe('平台：wechat 微信、weibo 微博、douyin 抖音、app 移动客户端、other 其他 / The platform.')),
    openedOn: () => z.optional(dateSchema()).check(z.describe('开设日期（北京时间）；检查时间点前2周内开设的不判“内容不更新” / The date it opened (Beijing); an account opened within the 2 weeks before the checkpoint is not judged stale. 缺省：早已开设 / Absent: open long before.')),
    posts: () => z.array(accountPostSchema).check(z.describe('推文（近期即可） / Its posts (the recent ones are enough). []：没有推文 / []: none.')),
    interactionAvailable: () => z.nullable(z.boolean()).check(z.describe('提供有效互动功能（留言、私信并有回应等） / An effective interaction function exists. false：互动回应差 fail；null：未知，needs-input / false fails nm-2019/veto-interaction-poor; null: not known, needs input.')),
    facts: () => z.optional(z.object({
        seriousProblems: z.optional(z.array(seriousProblemSchema())).check(z.describe('你声明的严重问题（严重表述错误、泄露国家秘密等） / The serious problems you state. 非空即 fail；[]：没有；缺省：needs-input / Non-empty fails; []: none; absent: needs input.')),
        fakeEngagement: z.optional(z.boolean()).check(z.describe('购买粉丝或强制要求群众点赞等弄虚作假 / Bought followers or forced likes. true：fail；缺省：needs-input / true fails; absent: needs input.')),
      })).check(z.describe('你声明的事实 / Facts you state. 缺省：安全类否决 needs-input / Absent: the security veto needs input.')),
  })), '一个政务新媒体账号（2019年起按单项否决指标逐个判定） / One government new-media account (政务新媒体), judged on its own by the 2019 veto indicators.');

export const siteSchema = described(z.object(lazyShape({
    id: () => id().check(z.describe('站点编号（CMS 站点 ID；清单中唯一） / The site id (the CMS site id; unique in an inventory).')),
    name: () => name().check(z.describe('网站名称 / The site name, e.g. 德阳市教育局.')),
    kind: () => z.enum(['portal', 'department', 'special']).check(z.describe('portal 门户网站、department 部门网站、special 专项网站 / Portal, department or special-purpose site.')),
    level: () => z.enum(['city', 'county', 'township']).check(z.describe('行政层级：city 市级、county 县级、township 乡镇 / Administrative level (Art. 10 consolidation).')),
    externalServices: () => z.optional(z.boolean()).check(z.describe('有对外服务职能 / The owner has external service functions. false：计分时不计“办事服务”，其余按比例折算（75分×4/3） / false: scoring leaves out 办事服务 and rescales the rest (75 × 4/3). 缺省：视为有 / Absent: it has.')),
    department: () => z.optional(name()).check(z.describe('主办部门（一个市级部门只能有一个网站，第十条） / The owning department (one site per city department, Art. 10). 市级非门户网站缺省时清单检查 needs-input / Absent on a city non-portal site: checkInventory needs input.')),
  })), '被检查的网站 / The site checked.');


/**
 * The snapshot v1 (docs/snapshot.md): the single source of the `Snapshot` type and of
 * `docs/snapshot.schema.json`.
 *
 * @example
 * snapshotSchema.safeParse({ schemaVersion: 1, site: { id: 'dy-edu', name: '德阳市教育局', kind: 'department', level: 'city' } }).success; // true
 * z.toJSONSchema(snapshotSchema).title; // 'gov-site-rules site snapshot v1'
 */
export const snapshotSchema = object(lazyShape({
    schemaVersion: () => z.literal(1).check(z.describe('快照格式版本，固定为 1 / The snapshot format version: 1.')),
    site: () => siteSchema,
    columns: () => z.optional(z.array(columnSchema)).check(z.describe('CMS 的栏目及其信息 / The CMS columns and their items. 缺省：更新频率和栏目类普查指标 needs-input；[]：没有栏目 / Absent: update frequency and the column census vetoes need input; []: no columns.')),
    publications: () => z.optional(z.array(publicationSchema)).check(z.describe('有发布时限或须三审的信息（CMS 文章 + 审批流日志） / Publications with a deadline or a review trail (CMS articles plus the workflow log). ' +
      '缺省：发布时限和审核检查 needs-input；[]：没有 / Absent: the deadline and review checks need input; []: none.')),
    messages: () => z.optional(z.array(messageSchema)).check(z.describe('留言、纠错、意见征集（互动系统） / Messages, error reports and opinions (the interaction system). 缺省：答复类检查 needs-input；[]：没有 / Absent: the reply checks need input; []: none.')),
    incidents: () => z.optional(z.array(incidentSchema)).check(z.describe('安全事件台账 / The security incident register. 缺省：第二十九条 needs-input；[]：没有事件 / Absent: Art. 29 needs input; []: no incident.')),
    outages: () => z.optional(z.array(outageSchema)).check(z.describe('下线记录 / The take-down and outage log. 缺省或没有整改下线：第十六条 not-applicable / Absent, or no rectification take-down: Art. 16 is not applicable.')),
    probes: () => z.optional(z.array(probeSchema)).check(z.describe('监测系统的可访问性探测（普查：一周，每天20次以上） / Availability probes from a monitor (the census: a week, 20+ a day). 缺省或不足：needs-input / Absent or too few: needs input.')),
    links: () => z.optional(z.array(linkSchema)).check(z.describe('网站上的外部链接（链接巡检） / Outbound links on the site (a link checker). 缺省：第二十八条 needs-input；[]：not-applicable / Absent: Art. 28 needs input; []: not applicable.')),
    reports: () => z.optional(z.array(reportSchema)).check(z.describe('已报送的季度自查报告 / The quarterly self-inspection reports filed. 缺省：第三十二条 needs-input / Absent: Art. 32 needs input.')),
    facts: () => z.optional(factsSchema),
    extensions: () => z.optional(extensionsSchema),
    accounts: () => z.optional(z.array(accountSchema)).check(z.describe('本单位的政务新媒体账号 / The unit\'s government new-media accounts (政务新媒体). 每个账号单独判定，不影响网站结论 / Each is judged on its own and never changes the site\'s verdict. 缺省或 []：报告中无账号 / Absent or []: no account in the report.')),
  }), z.meta({
    title: 'gov-site-rules site snapshot v1',
    description:
      '一个网站在某一时刻的状况，供 gov-site-rules 检查；数组缺省表示“未知”，空数组表示“已知：没有” / What a portal or monitoring system knows about one site at a moment. ' +
      'An absent array means "not known", an empty one "known: none". Guide: docs/snapshot.md in the package.',
  }));

/** A validated snapshot (unknown fields stripped, except inside `extensions`). */
export type Snapshot = z.infer<typeof snapshotSchema>;
/** What a caller may pass: the input type of the schema. */
export type SnapshotInput = z.input<typeof snapshotSchema>;
export type Column = z.infer<typeof columnSchema>;
export type Item = z.infer<typeof itemSchema>;
export type Publication = z.infer<typeof publicationSchema>;
export type Review = z.infer<typeof reviewSchema>;
export type Message = z.infer<typeof messageSchema>;
export type Incident = z.infer<typeof incidentSchema>;
export type Outage = z.infer<typeof outageSchema>;
export type Probe = z.infer<typeof probeSchema>;
export type Link = z.infer<typeof linkSchema>;
export type ReportFiled = z.infer<typeof reportSchema>;
export type Facts = z.infer<typeof factsSchema>;
export type SiteInfo = z.infer<typeof siteSchema>;
export type Account = z.infer<typeof accountSchema>;
export type ColumnCategory = (typeof COLUMN_CATEGORIES)[number];
