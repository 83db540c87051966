-- A small government CMS, shaped like the ones most portals run on (站群系统): one database for
-- several sites, a column tree per site, articles with a review workflow log, an interaction
-- board, and a few registers kept by the web team. Times are stored as the CMS shows them:
-- 'YYYY-MM-DD HH:MM:SS' in Beijing time, without an offset.

CREATE TABLE sites (
  site_id        TEXT PRIMARY KEY,
  name           TEXT NOT NULL,
  site_type      TEXT NOT NULL,          -- 门户 / 部门 / 专项
  admin_level    TEXT NOT NULL,          -- 市 / 县 / 乡镇
  department     TEXT,
  monitored      INTEGER NOT NULL        -- 1: the availability monitor watches this site
);

CREATE TABLE channels (                  -- 栏目
  channel_id     INTEGER PRIMARY KEY,
  site_id        TEXT NOT NULL REFERENCES sites(site_id),
  parent_id      INTEGER REFERENCES channels(channel_id),   -- NULL: first-level
  name           TEXT NOT NULL,
  channel_type   TEXT NOT NULL,          -- the CMS's own type: 首页 动态 通知公告 政策文件 年度报告 规划计划 人事 概况 互动 专题
  created_on     TEXT NOT NULL           -- 'YYYY-MM-DD', the day the column was opened
);

CREATE TABLE articles (                  -- 文章
  article_id     INTEGER PRIMARY KEY,
  channel_id     INTEGER NOT NULL REFERENCES channels(channel_id),
  title          TEXT NOT NULL,
  status         TEXT NOT NULL,          -- draft / published / withdrawn
  created_at     TEXT NOT NULL,          -- when the editor created the draft
  published_at   TEXT,                   -- when it went online; NULL for imported items without a date
  doc_type       TEXT,                   -- 政策文件 / 政策解读 / 政务活动 / 主动公开 / NULL
  issued_on      TEXT,                   -- 印发日期 of a policy document ('YYYY-MM-DD')
  basis_published_on TEXT,               -- for an interpretation: when the document it explains went online
  activity_ended_at  TEXT,               -- for an activity: when it ended
  formed_on      TEXT,                   -- for proactive disclosure: when the information was formed or changed
  secrecy_checked_at TEXT                -- 保密审查
);

CREATE TABLE review_log (                -- 审批流日志
  log_id         INTEGER PRIMARY KEY,
  article_id     INTEGER NOT NULL REFERENCES articles(article_id),
  step           TEXT NOT NULL,          -- 初审 / 审核 / 审发
  reviewer       TEXT NOT NULL,
  result         TEXT NOT NULL,          -- 通过 / 退回
  acted_at       TEXT NOT NULL
);

CREATE TABLE messages (                  -- 互动交流：咨询、纠错、征集
  message_id     INTEGER PRIMARY KEY,
  site_id        TEXT NOT NULL REFERENCES sites(site_id),
  board          TEXT NOT NULL,          -- 咨询 / 纠错 / 征集 / 访谈 / 调查 / 信访 / 举报
  submitted_at   TEXT NOT NULL,
  replied_at     TEXT,
  is_valid       INTEGER NOT NULL DEFAULT 1,
  is_complex     INTEGER NOT NULL DEFAULT 0,
  is_untrue      INTEGER NOT NULL DEFAULT 0,
  handling_public INTEGER                -- 纠错办理情况已公开 (NULL: not recorded)
);

CREATE TABLE incidents (                 -- 安全事件台账
  incident_id    INTEGER PRIMARY KEY,
  site_id        TEXT NOT NULL,
  occurred_at    TEXT NOT NULL,
  is_major       INTEGER NOT NULL,
  reported_at    TEXT
);

CREATE TABLE offline_log (               -- 下线记录
  offline_id     INTEGER PRIMARY KEY,
  site_id        TEXT NOT NULL,
  started_at     TEXT NOT NULL,
  ended_at       TEXT,
  reason         TEXT NOT NULL,          -- 整改 / 不可抗力 / 责令关停 / 故障
  approved       INTEGER,
  notice_posted  INTEGER
);

CREATE TABLE probes (                    -- written by the availability monitor
  site_id        TEXT NOT NULL,
  probed_at      TEXT NOT NULL,
  opened_within_15s INTEGER NOT NULL
);

CREATE TABLE outbound_links (            -- from the link checker
  site_id        TEXT NOT NULL,
  url            TEXT NOT NULL,
  link_class     TEXT NOT NULL           -- 政府 / 商业 / 违法 / 其他
);

CREATE TABLE inspection_reports (        -- 季度自查报告报送记录
  site_id        TEXT NOT NULL,
  quarter        TEXT NOT NULL,          -- '2026Q3'
  submitted_at   TEXT NOT NULL
);

CREATE TABLE site_register (             -- 网站台账: what no CMS table records
  site_id        TEXT PRIMARY KEY,
  identifier_code TEXT,
  security_test_passed INTEGER,
  opening_announced INTEGER,
  consultation_channel INTEGER,
  online_services INTEGER
);

CREATE TABLE site_changes (              -- 变更备案
  site_id        TEXT NOT NULL,
  change_type    TEXT NOT NULL,          -- 主办单位 / 负责人 / 联系方式 / 域名 / 结构 / 地址
  changed_on     TEXT NOT NULL,
  filed_on       TEXT,
  announced_on_site INTEGER
);

CREATE TABLE serious_problems (          -- 严重问题台账 (kept by hand; empty means none found)
  site_id        TEXT NOT NULL,
  kind           TEXT NOT NULL,          -- 严重表述错误 / 泄露国家秘密 / 有害内容 / 攻击未处理 / 数据造假 / 负面舆情
  found_at       TEXT,
  description    TEXT
);
