/**
 * The Deyang 2018 check entries of the rule catalog, in catalog order (the catalog's second part): the
 * site checks read their articles for their titles.
 */
import { checkEntry as entry } from './catalog-check-entry.js';

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
