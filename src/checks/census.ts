/**
 * The national census single-veto indicators (单项否决; docs/checks.md, "Census single vetoes"): any failure makes the
 * site 不合格. Thresholds the indicator tables give are defaults; those they do not give are
 * parameters without a default, and the check answers `needs-input` until a profile sets them.
 *
 * "No update during P before the checkpoint" means no dated item in [checkpoint − P, checkpoint]
 * (an item exactly P before still counts, as in the rolling-gap rule); a column opened less than
 * P before the checkpoint is not stale. Undated items never count as updates.
 */
import * as z from 'zod/mini';
import { MS_PER_DAY } from '../time/index.js';
import { type CheckContext, EVIDENCE_CAP, iso } from './context.js';
import { addPeriod, describePeriod, type Period } from './instant.js';
import { hasItemWithin, lastAtOrBefore, percentText, ratioAtLeast } from './predicates.js';
import type { ColumnModel } from './read.js';
import { type Bilingual, type Finding, finding } from './report.js';
import {
  blankColumnsParams, censusColumnsNeglectedParams, censusColumnsStaleParams, censusHomepageStaleParams, columnsNeglectedParams, columnsStaleParams, homepageStaleParams, interactionUnansweredParams,
  seriousProblemsParams, servicesUnusableParams, siteUnreachableParams, undatedItemsSchema,
} from './params.js';
import { defineRule } from './rule.js';

/**
 * A rule without its id. The census predicates are written once; the `census/…` rules and the
 * versioned `census-2015/…` and `gov-2019/…` rules (national.ts) are these with other ids and
 * other parameter defaults.
 */
export interface RuleSpec<S extends z.ZodMiniType> {
  readonly veto?: boolean;
  readonly title: Bilingual;
  readonly params: S;
  run(ctx: CheckContext, params: z.output<S>, id: string): Finding;
}
const spec = <S extends z.ZodMiniType>(s: RuleSpec<S>): RuleSpec<S> => s;

export { undatedItemsSchema };

const NO_COLUMNS = {
  zh: '快照未提供栏目，无法判断',
  en: 'The snapshot has no columns: this cannot be judged',
};

/** Whether a column had no dated item during `period` before the checkpoint (and existed that long). */
export function isStale(ctx: CheckContext, c: ColumnModel, period: Period): boolean {
  const from = ctx.before(period);
  if (c.openedMs !== undefined && c.openedMs > from) return false;
  return !hasItemWithin(c.times, from, ctx.at);
}

/** A stale column whose undated items might be updates when the rule does not say how they count. */
const undatedUnknown = (c: ColumnModel, undated: 'not-updated' | undefined): boolean => undated === undefined && c.undated > 0;

export function columnRef(c: ColumnModel) {
  const last = lastAtOrBefore(c.times, Number.MAX_SAFE_INTEGER);
  return { id: c.id, name: c.name, category: c.category, lastUpdate: last === undefined ? null : iso(last) };
}

const opened = (ctx: CheckContext, c: ColumnModel) => c.openedMs === undefined || c.openedMs <= ctx.at;

// ---------------------------------------------------------------- site-unreachable
export const siteUnreachableSpec = spec({
  veto: true,
  title: { zh: '站点无法访问', en: 'Site unreachable' },
  params: siteUnreachableParams,
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
export const siteUnreachableRule = defineRule({ id: 'census/site-unreachable', ...siteUnreachableSpec });

// ---------------------------------------------------------------- homepage-stale
export const homepageStaleSpec = spec({
  veto: true,
  title: { zh: '首页不更新', en: 'Homepage not updated' },
  params: homepageStaleParams,
  run(ctx, p, id) {
    const columns = ctx.model.columns;
    if (columns === undefined) return finding(id, 'needs-input', NO_COLUMNS);
    // A homepage that is only a navigation entry: the second-level pages' columns are checked instead.
    const navigation = ctx.model.facts?.homepageNavigationOnly === true;
    const home = columns.filter((c) => (navigation ? c.level === 2 : c.category === 'homepage') && opened(ctx, c));
    if (home.length === 0) {
      return finding(id, 'needs-input', navigation
        ? { zh: '首页仅为导航页，但快照中没有二级页面栏目（level: 2）', en: 'The homepage is navigation only, but the snapshot has no second-level column (level: 2)' }
        : { zh: '快照中没有首页栏目（category: homepage）', en: 'No homepage column (category: homepage) in the snapshot' });
    }
    const from = ctx.before(p.period);
    const updated = home.some((c) => hasItemWithin(c.times, from, ctx.at));
    const evidence = {
      window: { from: iso(from), to: iso(ctx.at) },
      ...(navigation ? { navigationOnly: true, secondLevelColumns: home.slice(0, EVIDENCE_CAP).map(columnRef) } : { homepageColumns: home.map(columnRef) }),
    };
    const span = describePeriod(p.period);
    if (!updated && home.some((c) => undatedUnknown(c, p.undatedItems))) {
      return finding(id, 'needs-input', {
        zh: `${span.zh}内没有标注日期的新增信息，但有未注明发布时间的信息；本指标体系未规定其是否视为不更新（参数 undatedItems）`,
        en: `No dated item in the ${span.en} before the checkpoint, but there are undated items and this indicator system does not say whether they count as not updated (parameter undatedItems)`,
      }, evidence);
    }
    if (!updated) {
      return finding(id, 'fail', { zh: `监测时间点前${span.zh}内首页无新增信息`, en: `No new dated homepage item in the ${span.en} before the checkpoint` }, evidence);
    }
    return finding(id, 'pass', { zh: `首页在${span.zh}内有更新`, en: `The homepage was updated within ${span.en}` }, evidence);
  },
});
export const homepageStaleRule = defineRule({
  id: 'census/homepage-stale',
  ...homepageStaleSpec,
  params: censusHomepageStaleParams,
});

// ---------------------------------------------------------------- columns-stale
const staleParams = columnsStaleParams;

interface StaleCount {
  known: ColumnModel[];
  /** Notice/policy columns without a level that would be stale if first-level. */
  unknownLevel: ColumnModel[];
  /** Columns stale by their dated items that also hold undated ones, when the rule does not say how those count. */
  undated: ColumnModel[];
  candidates: number;
}

type StaleOptions = Pick<z.output<typeof staleParams>, 'newsPeriod' | 'noticePolicyPeriod' | 'noticePolicyLevel' | 'undatedItems'>;

function staleColumns(ctx: CheckContext, columns: readonly ColumnModel[], p: StaleOptions): StaleCount {
  const out: StaleCount = { known: [], unknownLevel: [], undated: [], candidates: 0 };
  for (const c of columns) {
    if (!opened(ctx, c)) continue;
    if (c.category === 'news') {
      out.candidates++;
      if (isStale(ctx, c, p.newsPeriod)) (undatedUnknown(c, p.undatedItems) ? out.undated : out.known).push(c);
    } else if (c.category === 'notice' || c.category === 'policy') {
      const any = p.noticePolicyLevel === 'any';
      if (!any && c.level !== undefined && c.level !== 1) continue;
      out.candidates++;
      if (isStale(ctx, c, p.noticePolicyPeriod)) {
        (undatedUnknown(c, p.undatedItems) ? out.undated : any || c.level === 1 ? out.known : out.unknownLevel).push(c);
      }
    }
  }
  return out;
}

const UNDATED_UNKNOWN = {
  zh: '部分栏目仅因未注明发布时间的信息而可能未更新；本指标体系未规定其是否视为不更新（参数 undatedItems）',
  en: 'Some columns are stale only if their undated items count as not updated, which this indicator system does not say (parameter undatedItems)',
};

export const columnsStaleSpec = spec({
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
      ...(s.undated.length > 0 ? { undatedUnknown: s.undated.slice(0, EVIDENCE_CAP).map(columnRef) } : {}),
    };
    if (s.known.length >= p.threshold) {
      return finding(id, 'fail', { zh: `${s.known.length}个栏目未按期更新，达到${p.threshold}个`, en: `${s.known.length} columns not updated in time: at least ${p.threshold}` }, evidence);
    }
    if (s.known.length + s.undated.length >= p.threshold) return finding(id, 'needs-input', UNDATED_UNKNOWN, evidence);
    if (s.known.length + s.unknownLevel.length + s.undated.length >= p.threshold) {
      return finding(id, 'needs-input', {
        zh: '部分通知公告、政策文件栏目未注明是否为一级栏目（level），无法判断',
        en: 'Some stale notice/policy columns have no level: say whether they are first-level',
      }, evidence);
    }
    return finding(id, 'pass', { zh: `${s.known.length}个栏目未按期更新，少于${p.threshold}个`, en: `${s.known.length} column(s) not updated in time: fewer than ${p.threshold}` }, evidence);
  },
});
export const columnsStaleRule = defineRule({
  id: 'census/columns-stale',
  ...columnsStaleSpec,
  params: censusColumnsStaleParams,
});

// ---------------------------------------------------------------- columns-neglected
export const columnsNeglectedSpec = spec({
  veto: true,
  title: { zh: '栏目长期未更新', en: 'Columns neglected' },
  params: columnsNeglectedParams,
  run(ctx, p, id) {
    const columns = ctx.model.columns;
    if (columns === undefined) return finding(id, 'needs-input', NO_COLUMNS);
    const s = staleColumns(ctx, columns, p);
    const neglected = [...s.known];
    let candidates = s.candidates;
    for (const c of columns) {
      if (!opened(ctx, c) || !p.neglectedCategories.includes(c.category)) continue;
      candidates++;
      if (isStale(ctx, c, p.neglectedPeriod)) (undatedUnknown(c, p.undatedItems) ? s.undated : neglected).push(c);
    }
    if (candidates === 0) return finding(id, 'not-applicable', { zh: '没有应定期更新的栏目', en: 'No column that must be updated' });
    const evidence = {
      threshold: p.threshold, candidates, neglected: neglected.length,
      neglectedColumns: neglected.slice(0, EVIDENCE_CAP).map(columnRef),
      levelUnknown: s.unknownLevel.slice(0, EVIDENCE_CAP).map(columnRef),
      ...(s.undated.length > 0 ? { undatedUnknown: s.undated.slice(0, EVIDENCE_CAP).map(columnRef) } : {}),
    };
    if (neglected.length >= p.threshold) {
      return finding(id, 'fail', { zh: `${neglected.length}个应更新栏目长期未更新，达到${p.threshold}个`, en: `${neglected.length} columns long not updated: at least ${p.threshold}` }, evidence);
    }
    if (neglected.length + s.undated.length >= p.threshold) return finding(id, 'needs-input', UNDATED_UNKNOWN, evidence);
    if (neglected.length + s.unknownLevel.length + s.undated.length >= p.threshold) {
      return finding(id, 'needs-input', { zh: '部分栏目未注明层级，无法判断', en: 'Some stale columns have no level: say whether they are first-level' }, evidence);
    }
    return finding(id, 'pass', { zh: `${neglected.length}个栏目长期未更新，少于${p.threshold}个`, en: `${neglected.length} column(s) long not updated: fewer than ${p.threshold}` }, evidence);
  },
});
export const columnsNeglectedRule = defineRule({
  id: 'census/columns-neglected',
  ...columnsNeglectedSpec,
  params: censusColumnsNeglectedParams,
});

// ---------------------------------------------------------------- blank-columns
export const blankColumnsSpec = spec({
  veto: true,
  title: { zh: '空白栏目', en: 'Blank columns' },
  params: blankColumnsParams,
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
export const blankColumnsRule = defineRule({ id: 'census/blank-columns', ...blankColumnsSpec });

// ---------------------------------------------------------------- interaction-unanswered
export const interactionUnansweredSpec = spec({
  veto: true,
  title: { zh: '互动回应差', en: 'Interaction unanswered' },
  params: interactionUnansweredParams,
  run(ctx, p, id) {
    const channel = p.requireChannel ? ctx.model.facts?.consultationChannel : true;
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
        if (!p.channels.includes(m.channel) || (p.onlyValid && m.valid === false) || m.receivedMs < from || m.receivedMs > ctx.at) continue;
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
    const evidence = { ...(p.requireChannel ? { consultationChannel: channel ?? null } : {}), window: { from: iso(from), to: iso(ctx.at) }, messagesConsidered: considered, unansweredTooLong: lateCount, messages: late };
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
export const interactionUnansweredRule = defineRule({ id: 'census/interaction-unanswered', ...interactionUnansweredSpec });

// ---------------------------------------------------------------- serious-problems
export const seriousProblemsSpec = spec({
  veto: true,
  title: { zh: '严重问题', en: 'Serious problems' },
  params: seriousProblemsParams,
  run(ctx, p, id) {
    const stated = ctx.model.facts?.seriousProblems;
    if (stated === undefined) {
      return finding(id, 'needs-input', { zh: '快照未说明是否存在严重问题（facts.seriousProblems）', en: 'The snapshot does not state serious problems (facts.seriousProblems)' });
    }
    const kindOf = (x: (typeof stated)[number]) => (typeof x === 'string' ? x : x.kind);
    const problems = stated.filter((x) => p.kinds.includes(kindOf(x)));
    const others = stated.length - problems.length;
    const list = problems.slice(0, EVIDENCE_CAP).map((x) => (typeof x === 'string' ? { kind: x } : x));
    const notCounted = others > 0 ? { notCounted: others } : {};
    if (problems.length > 0) {
      return finding(id, 'fail', { zh: `存在${problems.length}个严重问题`, en: `${problems.length} serious problem(s) stated` }, { count: problems.length, problems: list, ...notCounted });
    }
    return finding(id, 'pass', { zh: '未报告严重问题', en: 'No serious problem stated' }, { count: 0, ...notCounted });
  },
});
export const seriousProblemsRule = defineRule({ id: 'census/serious-problems', ...seriousProblemsSpec });

// ---------------------------------------------------------------- services-unusable
export const servicesUnusableSpec = spec({
  veto: true,
  title: { zh: '服务不实用', en: 'Services unusable' },
  params: servicesUnusableParams,
  run(ctx, p, id) {
    const facts = ctx.model.facts;
    const online = facts?.onlineServices;
    if (online === false && !p.requireServices) {
      return finding(id, 'not-applicable', { zh: '网站没有在线服务，无办事指南可查', en: 'The site offers no online service: no guide to judge' }, { onlineServices: false });
    }
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
export const servicesUnusableRule = defineRule({ id: 'census/services-unusable', ...servicesUnusableSpec });

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
