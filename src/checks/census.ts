/**
 * The national census single-veto indicators (单项否决; docs/checks.md, "Census single vetoes"): any failure makes the
 * site 不合格. Thresholds the indicator tables give are defaults; those they do not give are
 * parameters without a default, and the check answers `needs-input` until a profile sets them.
 *
 * "No update during P before the checkpoint" means no dated item in [checkpoint − P, checkpoint]
 * (an item exactly P before still counts, as in the rolling-gap rule); a column opened less than
 * P before the checkpoint is not stale. Undated items never count as updates.
 */
import { z } from 'zod';
import { MS_PER_DAY } from '../time/index.js';
import { type CheckContext, EVIDENCE_CAP, iso } from './context.js';
import { addPeriod, describePeriod, type Period } from './instant.js';
import { hasItemWithin, lastAtOrBefore, percentText, ratioAtLeast } from './predicates.js';
import type { ColumnModel } from './read.js';
import { finding } from './report.js';
import { defineRule, noParams, periodSchema } from './rule.js';
import { COLUMN_CATEGORIES, MESSAGE_CHANNELS } from './snapshot-schema.js';

const NO_COLUMNS = {
  zh: '快照未提供栏目，无法判断',
  en: 'The snapshot has no columns: this cannot be judged',
};

/** Whether a column had no dated item during `period` before the checkpoint (and existed that long). */
function isStale(ctx: CheckContext, c: ColumnModel, period: Period): boolean {
  const from = ctx.before(period);
  if (c.openedMs !== undefined && c.openedMs > from) return false;
  return !hasItemWithin(c.times, from, ctx.at);
}

function columnRef(c: ColumnModel) {
  const last = lastAtOrBefore(c.times, Number.MAX_SAFE_INTEGER);
  return { id: c.id, name: c.name, category: c.category, lastUpdate: last === undefined ? null : iso(last) };
}

const opened = (ctx: CheckContext, c: ColumnModel) => c.openedMs === undefined || c.openedMs <= ctx.at;

// ---------------------------------------------------------------- site-unreachable
export const siteUnreachableRule = defineRule({
  id: 'census/site-unreachable',
  veto: true,
  title: { zh: '站点无法访问', en: 'Site unreachable' },
  params: z
    .object({
      window: periodSchema.default({ days: 7 }),
      /** Fails when failed probes are at least this share of all probes in the window. */
      failRatio: z.number().gt(0).lte(1).default(0.05),
      /** The census samples 20+ times a day for a week: fewer probes cannot decide. */
      minProbes: z.number().int().min(1).default(140),
      /** A day of the window (24 hours, counted from its start) is covered when it holds at least this many probes (20+ a day). */
      minProbesPerDay: z.number().int().min(1).default(20),
      /** Covered days the window needs (1 week): 140 probes within two hours are not a week of monitoring. */
      minDays: z.number().int().min(0).default(7),
    })
    .strict(),
  run(ctx, p, id) {
    const probes = ctx.model.probes;
    if (probes === undefined) {
      return finding(id, 'needs-input', { zh: '快照未提供可用性监测数据', en: 'The snapshot has no availability probes' });
    }
    const from = ctx.before(p.window);
    let total = 0;
    let failed = 0;
    const examples: string[] = [];
    // The window's days: 24-hour slices from its start, the last one ending at the checkpoint
    // (a probe exactly at the checkpoint falls in the last).
    const slices = Math.max(1, Math.ceil((ctx.at - from) / MS_PER_DAY));
    const perDay = new Array<number>(slices).fill(0);
    for (let i = 0; i < probes.at.length; i++) {
      const t = probes.at[i] as number;
      if (t < from || t > ctx.at) continue;
      total++;
      const k = Math.min(Math.floor((t - from) / MS_PER_DAY), slices - 1);
      perDay[k] = (perDay[k] as number) + 1;
      if (probes.ok[i] === 0) {
        failed++;
        if (examples.length < EVIDENCE_CAP) examples.push(iso(t));
      }
    }
    const covered = perDay.filter((n) => n >= p.minProbesPerDay).length;
    // Evidence: the probes of each day, newest last (the last EVIDENCE_CAP days of a long window).
    const days = perDay.slice(-EVIDENCE_CAP).map((n, k) => {
      const start = from + (slices - Math.min(slices, EVIDENCE_CAP) + k) * MS_PER_DAY;
      return { from: iso(start), to: iso(Math.min(start + MS_PER_DAY, ctx.at)), probes: n };
    });
    const evidence = {
      window: { from: iso(from), to: iso(ctx.at) }, probes: total, failed, ratio: total === 0 ? null : failed / total, failRatio: p.failRatio, minProbes: p.minProbes,
      coveredDays: covered, minDays: p.minDays, minProbesPerDay: p.minProbesPerDay, days, failedAt: examples,
    };
    if (total < p.minProbes) {
      return finding(id, 'needs-input', {
        zh: `监测期内仅有${total}次探测，少于普查要求的${p.minProbes}次`,
        en: `Only ${total} probe(s) in the window; the census needs at least ${p.minProbes}`,
      }, evidence);
    }
    if (covered < p.minDays) {
      const found = days.map((d) => d.probes).join(', ');
      return finding(id, 'needs-input', {
        zh: `监测期内仅${covered}天有不少于${p.minProbesPerDay}次探测，普查要求监测${p.minDays}天（每天探测次数：${found}）`,
        en: `Only ${covered} day(s) of the window have at least ${p.minProbesPerDay} probes; the census monitors ${p.minDays} (probes per day: ${found})`,
      }, evidence);
    }
    if (ratioAtLeast(failed, total, p.failRatio)) {
      return finding(id, 'fail', {
        zh: `${total}次探测中${failed}次无法访问，达到${percentText(p.failRatio)}%`,
        en: `${failed} of ${total} probes failed: at least ${percentText(p.failRatio)}%`,
      }, evidence);
    }
    return finding(id, 'pass', { zh: `${total}次探测中${failed}次失败，低于${percentText(p.failRatio)}%`, en: `${failed} of ${total} probes failed: below ${percentText(p.failRatio)}%` }, evidence);
  },
});

// ---------------------------------------------------------------- homepage-stale
export const homepageStaleRule = defineRule({
  id: 'census/homepage-stale',
  veto: true,
  title: { zh: '首页不更新', en: 'Homepage not updated' },
  params: z.object({ period: periodSchema.default({ days: 14 }) }).strict(),
  run(ctx, p, id) {
    const columns = ctx.model.columns;
    if (columns === undefined) return finding(id, 'needs-input', NO_COLUMNS);
    const home = columns.filter((c) => c.category === 'homepage' && opened(ctx, c));
    if (home.length === 0) {
      return finding(id, 'needs-input', { zh: '快照中没有首页栏目（category: homepage）', en: 'No homepage column (category: homepage) in the snapshot' });
    }
    const from = ctx.before(p.period);
    const updated = home.some((c) => hasItemWithin(c.times, from, ctx.at));
    const evidence = { window: { from: iso(from), to: iso(ctx.at) }, homepageColumns: home.map(columnRef) };
    const span = describePeriod(p.period);
    if (!updated) {
      return finding(id, 'fail', { zh: `监测时间点前${span.zh}内首页无新增信息`, en: `No new dated homepage item in the ${span.en} before the checkpoint` }, evidence);
    }
    return finding(id, 'pass', { zh: `首页在${span.zh}内有更新`, en: `The homepage was updated within ${span.en}` }, evidence);
  },
});

// ---------------------------------------------------------------- columns-stale
const staleParams = z
  .object({
    /** 动态、要闻 (category news) columns. */
    newsPeriod: periodSchema.default({ days: 14 }),
    /** First-level 通知公告、政策文件 (notice, policy) columns. */
    noticePolicyPeriod: periodSchema.default({ months: 6 }),
    threshold: z.number().int().min(1).default(5),
  })
  .strict();

interface StaleCount {
  known: ColumnModel[];
  /** Notice/policy columns without a level that would be stale if first-level. */
  unknownLevel: ColumnModel[];
  candidates: number;
}

function staleColumns(ctx: CheckContext, columns: readonly ColumnModel[], p: z.output<typeof staleParams>): StaleCount {
  const out: StaleCount = { known: [], unknownLevel: [], candidates: 0 };
  for (const c of columns) {
    if (!opened(ctx, c)) continue;
    if (c.category === 'news') {
      out.candidates++;
      if (isStale(ctx, c, p.newsPeriod)) out.known.push(c);
    } else if (c.category === 'notice' || c.category === 'policy') {
      if (c.level !== undefined && c.level !== 1) continue;
      out.candidates++;
      if (isStale(ctx, c, p.noticePolicyPeriod)) (c.level === 1 ? out.known : out.unknownLevel).push(c);
    }
  }
  return out;
}

export const columnsStaleRule = defineRule({
  id: 'census/columns-stale',
  veto: true,
  title: { zh: '栏目不更新（动态要闻、通知公告、政策文件）', en: 'Columns not updated (news, notices, policies)' },
  params: staleParams,
  run(ctx, p, id) {
    const columns = ctx.model.columns;
    if (columns === undefined) return finding(id, 'needs-input', NO_COLUMNS);
    const s = staleColumns(ctx, columns, p);
    if (s.candidates === 0) {
      return finding(id, 'not-applicable', { zh: '没有动态要闻、通知公告或政策文件栏目', en: 'No news, notice or policy column' });
    }
    const evidence = {
      threshold: p.threshold, candidates: s.candidates, stale: s.known.length,
      staleColumns: s.known.slice(0, EVIDENCE_CAP).map(columnRef),
      levelUnknown: s.unknownLevel.slice(0, EVIDENCE_CAP).map(columnRef),
    };
    if (s.known.length >= p.threshold) {
      return finding(id, 'fail', { zh: `${s.known.length}个栏目未按期更新，达到${p.threshold}个`, en: `${s.known.length} columns not updated in time: at least ${p.threshold}` }, evidence);
    }
    if (s.known.length + s.unknownLevel.length >= p.threshold) {
      return finding(id, 'needs-input', {
        zh: '部分通知公告、政策文件栏目未注明是否为一级栏目（level），无法判断',
        en: 'Some stale notice/policy columns have no level: say whether they are first-level',
      }, evidence);
    }
    return finding(id, 'pass', { zh: `${s.known.length}个栏目未按期更新，少于${p.threshold}个`, en: `${s.known.length} column(s) not updated in time: fewer than ${p.threshold}` }, evidence);
  },
});

// ---------------------------------------------------------------- columns-neglected
export const columnsNeglectedRule = defineRule({
  id: 'census/columns-neglected',
  veto: true,
  title: { zh: '栏目长期未更新', en: 'Columns neglected' },
  params: z
    .object({
      newsPeriod: periodSchema.default({ days: 14 }),
      noticePolicyPeriod: periodSchema.default({ months: 6 }),
      /** Categories that count when not updated for `neglectedPeriod` (the 2015 table: personnel, plan). */
      neglectedCategories: z.array(z.enum(COLUMN_CATEGORIES)).default(['personnel', 'plan']),
      neglectedPeriod: periodSchema.default({ months: 12 }),
      threshold: z.number().int().min(1).default(10),
    })
    .strict(),
  run(ctx, p, id) {
    const columns = ctx.model.columns;
    if (columns === undefined) return finding(id, 'needs-input', NO_COLUMNS);
    const s = staleColumns(ctx, columns, { newsPeriod: p.newsPeriod, noticePolicyPeriod: p.noticePolicyPeriod, threshold: p.threshold });
    const neglected = [...s.known];
    let candidates = s.candidates;
    for (const c of columns) {
      if (!opened(ctx, c) || !p.neglectedCategories.includes(c.category)) continue;
      candidates++;
      if (isStale(ctx, c, p.neglectedPeriod)) neglected.push(c);
    }
    if (candidates === 0) return finding(id, 'not-applicable', { zh: '没有应定期更新的栏目', en: 'No column that must be updated' });
    const evidence = {
      threshold: p.threshold, candidates, neglected: neglected.length,
      neglectedColumns: neglected.slice(0, EVIDENCE_CAP).map(columnRef),
      levelUnknown: s.unknownLevel.slice(0, EVIDENCE_CAP).map(columnRef),
    };
    if (neglected.length >= p.threshold) {
      return finding(id, 'fail', { zh: `${neglected.length}个应更新栏目长期未更新，达到${p.threshold}个`, en: `${neglected.length} columns long not updated: at least ${p.threshold}` }, evidence);
    }
    if (neglected.length + s.unknownLevel.length >= p.threshold) {
      return finding(id, 'needs-input', { zh: '部分栏目未注明层级，无法判断', en: 'Some stale columns have no level: say whether they are first-level' }, evidence);
    }
    return finding(id, 'pass', { zh: `${neglected.length}个栏目长期未更新，少于${p.threshold}个`, en: `${neglected.length} column(s) long not updated: fewer than ${p.threshold}` }, evidence);
  },
});

// ---------------------------------------------------------------- blank-columns
export const blankColumnsRule = defineRule({
  id: 'census/blank-columns',
  veto: true,
  title: { zh: '空白栏目', en: 'Blank columns' },
  params: z.object({ threshold: z.number().int().min(1).default(5) }).strict(),
  run(ctx, p, id) {
    const columns = ctx.model.columns;
    if (columns === undefined) return finding(id, 'needs-input', NO_COLUMNS);
    const open = columns.filter((c) => opened(ctx, c));
    if (open.length === 0) return finding(id, 'not-applicable', { zh: '没有已开设的栏目', en: 'No open column' });
    const blank = open.filter((c) => c.itemCount === 0);
    const evidence = { threshold: p.threshold, columns: open.length, blank: blank.length, blankColumns: blank.slice(0, EVIDENCE_CAP).map((c) => ({ id: c.id, name: c.name })) };
    if (blank.length >= p.threshold) {
      return finding(id, 'fail', { zh: `${blank.length}个栏目自开设以来无内容，达到${p.threshold}个`, en: `${blank.length} columns have had no content since they opened: at least ${p.threshold}` }, evidence);
    }
    return finding(id, 'pass', { zh: `空白栏目${blank.length}个，少于${p.threshold}个`, en: `${blank.length} blank column(s): fewer than ${p.threshold}` }, evidence);
  },
});

// ---------------------------------------------------------------- interaction-unanswered
export const interactionUnansweredRule = defineRule({
  id: 'census/interaction-unanswered',
  veto: true,
  title: { zh: '互动回应差', en: 'Interaction unanswered' },
  params: z
    .object({
      window: periodSchema.default({ months: 12 }),
      /** A valid message unanswered longer than this fails. */
      maxUnanswered: periodSchema.default({ months: 3 }),
      /**
       * The channels whose messages count. The indicator counts valid messages in 政务咨询类
       * (consultation) columns only, naming what is not one (在线访谈、调查征集、网上信访、纪检举报);
       * opinions (征集意见, Deyang Art. 25) and error reports (纠错, Art. 33) have their own rules and
       * deadlines, so by default only `consultation` counts. A profile may widen the list.
       */
      channels: z.array(z.enum(MESSAGE_CHANNELS)).min(1).default(['consultation']),
    })
    .strict(),
  run(ctx, p, id) {
    const channel = ctx.model.facts?.consultationChannel;
    if (channel === false) {
      return finding(id, 'fail', { zh: '网站没有有效的在线咨询渠道', en: 'The site has no effective online consultation channel' }, { consultationChannel: false });
    }
    const messages = ctx.model.messages;
    const from = ctx.before(p.window);
    const late: Record<string, unknown>[] = [];
    let lateCount = 0;
    let considered = 0;
    if (messages !== undefined) {
      for (const m of messages) {
        if (!p.channels.includes(m.channel) || m.valid === false || m.receivedMs < from || m.receivedMs > ctx.at) continue;
        considered++;
        const limit = addPeriod(m.receivedMs, p.maxUnanswered);
        const replied = m.repliedMs !== undefined && m.repliedMs <= ctx.at ? m.repliedMs : undefined;
        if ((replied === undefined && ctx.at > limit) || (replied !== undefined && replied > limit)) {
          lateCount++;
          if (late.length < EVIDENCE_CAP) late.push({ id: m.id, channel: m.channel, receivedAt: iso(m.receivedMs), repliedAt: replied === undefined ? null : iso(replied), limit: iso(limit) });
        }
      }
    }
    const span = describePeriod(p.maxUnanswered);
    const evidence = { consultationChannel: channel ?? null, window: { from: iso(from), to: iso(ctx.at) }, messagesConsidered: considered, unansweredTooLong: lateCount, messages: late };
    if (lateCount > 0) {
      return finding(id, 'fail', { zh: `${lateCount}条有效留言超过${span.zh}未答复`, en: `${lateCount} valid message(s) left unanswered for more than ${span.en}` }, evidence);
    }
    if (channel === undefined) {
      return finding(id, 'needs-input', { zh: '快照未说明是否有有效的在线咨询渠道（facts.consultationChannel）', en: 'The snapshot does not say whether an online consultation channel exists (facts.consultationChannel)' }, evidence);
    }
    if (messages === undefined) {
      return finding(id, 'needs-input', { zh: '快照未提供留言，无法判断答复情况', en: 'The snapshot has no messages: replies cannot be judged' }, evidence);
    }
    return finding(id, 'pass', { zh: `有在线咨询渠道，${considered}条有效留言均在${span.zh}内答复`, en: `A consultation channel exists and all ${considered} valid message(s) were answered within ${span.en}` }, evidence);
  },
});

// ---------------------------------------------------------------- serious-problems
export const seriousProblemsRule = defineRule({
  id: 'census/serious-problems',
  veto: true,
  title: { zh: '严重问题', en: 'Serious problems' },
  params: noParams,
  run(ctx, _params, id) {
    const problems = ctx.model.facts?.seriousProblems;
    if (problems === undefined) {
      return finding(id, 'needs-input', { zh: '快照未说明是否存在严重问题（facts.seriousProblems）', en: 'The snapshot does not state serious problems (facts.seriousProblems)' });
    }
    const list = problems.slice(0, EVIDENCE_CAP).map((x) => (typeof x === 'string' ? { kind: x } : x));
    if (problems.length > 0) {
      return finding(id, 'fail', { zh: `存在${problems.length}个严重问题`, en: `${problems.length} serious problem(s) stated` }, { count: problems.length, problems: list });
    }
    return finding(id, 'pass', { zh: '未报告严重问题', en: 'No serious problem stated' }, { count: 0 });
  },
});

// ---------------------------------------------------------------- services-unusable
export const servicesUnusableRule = defineRule({
  id: 'census/services-unusable',
  veto: true,
  title: { zh: '服务不实用', en: 'Services unusable' },
  params: z
    .object({
      /** Most services whose guide may miss elements; the official table's figure. No default. */
      maxServicesMissingGuideElements: z.number().int().min(0).optional(),
    })
    .strict(),
  run(ctx, p, id) {
    const facts = ctx.model.facts;
    const online = facts?.onlineServices;
    if (online === false) {
      return finding(id, 'fail', { zh: '网站没有任何在线服务', en: 'The site offers no online service at all' }, { onlineServices: false });
    }
    if (online === undefined) {
      return finding(id, 'needs-input', { zh: '快照未说明是否提供在线服务（facts.onlineServices）', en: 'The snapshot does not say whether online services exist (facts.onlineServices)' });
    }
    const missing = facts?.servicesMissingGuideElements;
    const evidence = { onlineServices: true, servicesMissingGuideElements: missing ?? null, maxServicesMissingGuideElements: p.maxServicesMissingGuideElements ?? null };
    if (p.maxServicesMissingGuideElements === undefined) {
      return finding(id, 'needs-input', {
        zh: '提供在线服务；办事指南要素缺失的阈值须取自官方指标表，本配置未提供',
        en: 'Online services exist; the threshold for guides missing elements must come from the official table and this profile does not set it',
      }, evidence);
    }
    if (missing === undefined) {
      return finding(id, 'needs-input', { zh: '快照未提供办事指南要素缺失数（facts.servicesMissingGuideElements）', en: 'The snapshot does not give facts.servicesMissingGuideElements' }, evidence);
    }
    if (missing > p.maxServicesMissingGuideElements) {
      return finding(id, 'fail', { zh: `${missing}项服务办事指南要素缺失，超过${p.maxServicesMissingGuideElements}项`, en: `${missing} services miss guide elements: more than ${p.maxServicesMissingGuideElements}` }, evidence);
    }
    return finding(id, 'pass', { zh: '在线服务可用，指南要素缺失在阈值内', en: 'Online services exist and guides missing elements are within the threshold' }, evidence);
  },
});

export const censusRules = [
  siteUnreachableRule,
  homepageStaleRule,
  columnsStaleRule,
  columnsNeglectedRule,
  blankColumnsRule,
  interactionUnansweredRule,
  seriousProblemsRule,
  servicesUnusableRule,
] as const;
