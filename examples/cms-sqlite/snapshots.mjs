// From the CMS database to snapshot v1: one SQL query per section. This is the file to copy and
// adapt to your own CMS — the table and column names, the type codes in the maps below, and where
// the facts come from. Every time in this CMS is 'YYYY-MM-DD HH:MM:SS' in Beijing time without an
// offset, so `beijing()` appends +08:00 (appending Z instead would move everything by 8 hours).

/** 'YYYY-MM-DD HH:MM:SS' (Beijing, no offset) → ISO-8601 instant with +08:00; null stays null. */
export const beijing = (s) => (s === null || s === undefined ? null : `${s.replace(' ', 'T')}+08:00`);
const bool = (v) => (v === null || v === undefined ? undefined : v === 1);
/** Drops undefined values, so an unknown fact is absent (not false). */
const known = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

const SITE_KIND = { 门户: 'portal', 部门: 'department', 专项: 'special' };
const SITE_LEVEL = { 市: 'city', 县: 'county', 乡镇: 'township' };
const CATEGORY = {
  首页: 'homepage', 动态: 'news', 通知公告: 'notice', 政策文件: 'policy', 年度报告: 'annual-report',
  规划计划: 'plan', 人事: 'personnel', 概况: 'basic-info', 互动: 'interaction', 专题: 'other',
};
const BOARD = { 咨询: 'consultation', 纠错: 'error-report', 征集: 'opinion', 访谈: 'interview', 调查: 'survey', 信访: 'petition', 举报: 'discipline' };
const STAGE = { 初审: 'initial', 审核: 'verify', 审发: 'release' };
const OFFLINE = { 整改: 'rectification', 不可抗力: 'force-majeure', 责令关停: 'ordered-shutdown', 故障: 'unplanned' };
const LINK = { 政府: 'government', 商业: 'commercial', 违法: 'illegal', 其他: 'other' };
const CHANGE = { 主办单位: 'sponsor', 负责人: 'person-in-charge', 联系方式: 'contact', 域名: 'domain', 结构: 'structure', 地址: 'address' };
const PROBLEM = { 严重表述错误: 'wording-error', 泄露国家秘密: 'state-secret', 有害内容: 'harmful-content', 攻击未处理: 'unhandled-attack', 数据造假: 'falsified-data', 负面舆情: 'public-opinion' };
/** A publication's kind, and the article field its deadline counts from. */
const DOC = {
  政策文件: { kind: 'policy-document', from: (a) => a.issued_on },
  政策解读: { kind: 'interpretation', from: (a) => a.basis_published_on },
  政务活动: { kind: 'activity', from: (a) => beijing(a.activity_ended_at) },
  主动公开: { kind: 'proactive', from: (a) => a.formed_on },
};

function mapped(table, value, what) {
  const v = table[value];
  if (v === undefined) throw new Error(`unknown ${what} ${JSON.stringify(value)}: add it to the map in snapshots.mjs`);
  return v;
}

/** Groups rows by a key (Map.groupBy needs Node 21). */
function groupBy(list, key) {
  const out = new Map();
  for (const x of list) {
    const k = key(x);
    if (!out.has(k)) out.set(k, []);
    out.get(k).push(x);
  }
  return out;
}

/** Rows of a query as objects. */
function rows(db, sql, params = {}) {
  const stmt = db.prepare(sql);
  stmt.bind(params);
  const out = [];
  while (stmt.step()) out.push(stmt.getAsObject());
  stmt.free();
  return out;
}

/** The ids of every site in the CMS. */
export function siteIds(db) {
  return rows(db, 'SELECT site_id FROM sites ORDER BY site_id').map((r) => r.site_id);
}

/**
 * One site's snapshot. `at` is the checkpoint as 'YYYY-MM-DD HH:MM:SS' Beijing time; it only
 * bounds the probes (the week before it, plus a day). Everything else is sent whole: the library
 * ignores what comes after the checkpoint, and cutting items to "the last year" would make a column
 * whose only items are older look blank.
 */
export function buildSnapshot(db, siteId, at) {
  const p = { ':site': siteId };
  const [site] = rows(db, 'SELECT * FROM sites WHERE site_id = :site', p);
  if (site === undefined) throw new Error(`no site ${siteId}`);

  // 栏目: the level is the depth in the column tree.
  const channels = rows(db, `
    WITH RECURSIVE tree(channel_id, depth) AS (
      SELECT channel_id, 1 FROM channels WHERE site_id = :site AND parent_id IS NULL
      UNION ALL
      SELECT c.channel_id, tree.depth + 1 FROM channels c JOIN tree ON c.parent_id = tree.channel_id)
    SELECT c.channel_id, c.name, c.channel_type, c.created_on, tree.depth
    FROM channels c JOIN tree USING (channel_id) ORDER BY c.channel_id`, p);
  // Items: published articles with their PUBLICATION time (not created_at); NULL = undated.
  const items = rows(db, `
    SELECT a.article_id, a.channel_id, a.published_at FROM articles a JOIN channels c USING (channel_id)
    WHERE c.site_id = :site AND a.status = 'published' ORDER BY a.channel_id, a.published_at`, p);
  const byChannel = groupBy(items, (a) => a.channel_id);
  const columns = channels.map((c) => ({
    id: String(c.channel_id),
    name: c.name,
    category: mapped(CATEGORY, c.channel_type, 'column type'),
    level: c.depth,
    openedOn: c.created_on,
    items: (byChannel.get(c.channel_id) ?? []).map((a) => ({ id: String(a.article_id), publishedAt: beijing(a.published_at) })),
  }));

  // Documents with a deadline, and their review trail (三审) from the workflow log.
  const docs = rows(db, `
    SELECT a.* FROM articles a JOIN channels c USING (channel_id)
    WHERE c.site_id = :site AND a.doc_type IS NOT NULL AND a.status <> 'withdrawn' ORDER BY a.article_id`, p);
  const log = groupBy(rows(db, `
    SELECT l.* FROM review_log l JOIN articles a USING (article_id) JOIN channels c USING (channel_id)
    WHERE c.site_id = :site ORDER BY l.acted_at, l.log_id`, p), (l) => l.article_id);
  const publications = docs.map((a) => {
    const doc = mapped(DOC, a.doc_type, 'doc_type');
    return known({
      id: String(a.article_id),
      kind: doc.kind,
      triggeredAt: doc.from(a) ?? undefined,
      publishedAt: a.status === 'published' ? beijing(a.published_at) : null,
      reviews: (log.get(a.article_id) ?? []).map((l) => ({ stage: mapped(STAGE, l.step, 'review step'), by: l.reviewer, at: beijing(l.acted_at), approved: l.result === '通过' })),
      confidentialityReviewedAt: beijing(a.secrecy_checked_at),
    });
  });

  const messages = rows(db, 'SELECT * FROM messages WHERE site_id = :site ORDER BY message_id', p).map((m) => known({
    id: String(m.message_id),
    channel: mapped(BOARD, m.board, 'message board'),
    receivedAt: beijing(m.submitted_at),
    repliedAt: beijing(m.replied_at),
    valid: bool(m.is_valid), complex: bool(m.is_complex), untrue: bool(m.is_untrue), handlingPublished: bool(m.handling_public),
  }));

  const incidents = rows(db, 'SELECT * FROM incidents WHERE site_id = :site ORDER BY incident_id', p).map((x) => ({
    id: String(x.incident_id), occurredAt: beijing(x.occurred_at), major: x.is_major === 1, reportedAt: beijing(x.reported_at),
  }));

  const outages = rows(db, 'SELECT * FROM offline_log WHERE site_id = :site ORDER BY offline_id', p).map((o) => known({
    id: String(o.offline_id), start: beijing(o.started_at), end: beijing(o.ended_at),
    reason: mapped(OFFLINE, o.reason, 'offline reason'), approved: bool(o.approved), noticePosted: bool(o.notice_posted),
  }));

  // Probes only for a site the monitor watches: for any other site "no probes" means "not known".
  const probes = site.monitored === 1
    ? rows(db, `SELECT probed_at, opened_within_15s FROM probes WHERE site_id = :site
                AND probed_at BETWEEN datetime(:at, '-8 days') AND :at ORDER BY probed_at`, { ...p, ':at': at })
      .map((r) => ({ at: beijing(r.probed_at), ok: r.opened_within_15s === 1 }))
    : undefined;

  const links = rows(db, 'SELECT * FROM outbound_links WHERE site_id = :site ORDER BY url', p).map((l) => ({ url: l.url, kind: mapped(LINK, l.link_class, 'link class') }));
  const reports = rows(db, 'SELECT * FROM inspection_reports WHERE site_id = :site ORDER BY quarter', p).map((r) => ({ kind: 'self-inspection', period: r.quarter, submittedAt: beijing(r.submitted_at) }));

  const [reg = {}] = rows(db, 'SELECT * FROM site_register WHERE site_id = :site', p);
  const facts = known({
    siteIdentifierCode: reg.identifier_code ?? undefined,
    securityTestPassed: bool(reg.security_test_passed),
    openingAnnounced: bool(reg.opening_announced),
    consultationChannel: bool(reg.consultation_channel),
    onlineServices: bool(reg.online_services),
    seriousProblems: rows(db, 'SELECT * FROM serious_problems WHERE site_id = :site', p).map((s) => known({
      kind: mapped(PROBLEM, s.kind, 'problem kind'), at: beijing(s.found_at) ?? undefined, description: s.description ?? undefined,
    })),
    changes: rows(db, 'SELECT * FROM site_changes WHERE site_id = :site ORDER BY changed_on', p).map((c) => known({
      kind: mapped(CHANGE, c.change_type, 'change type'), changedAt: c.changed_on, filedAt: c.filed_on, announcedOnSite: bool(c.announced_on_site),
    })),
  });

  return known({
    schemaVersion: 1,
    site: known({ id: site.site_id, name: site.name, kind: mapped(SITE_KIND, site.site_type, 'site type'), level: mapped(SITE_LEVEL, site.admin_level, 'level'), department: site.department ?? undefined }),
    columns, publications, messages, incidents, outages, probes, links, reports, facts,
  });
}
