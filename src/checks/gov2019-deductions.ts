/**
 * The known deduction rows of the 2019 check indicators (the project spec on the national 2019 indicators §1.3), as checks.
 * A check reports what it measured: its status and `evidence.occurrences` (`{ kind: count }`);
 * the points belong to the scorecard (src/scoring), so a rule holds no point value. Windows are
 * the spec's (cross-checked or clean-1) and are profile parameters.
 */
import { beijingDayOfInstant } from '../calendar/input.js';
import { CalendarCoverageError, InvalidInputError } from '../errors.js';
import { type DeadlineEntry } from '../rules/catalog-deadlines.js';
import { GOV_2019_DEDUCTION_CHECKS } from '../rules/catalog-checks.js';
import { dueOf } from '../rules/periods.js';
import { columnRef, isStale } from './census.js';
import { messageDisclosureParams, policyDocsParams, replyHandlingParams, serviceStatsParams } from './params.js';
import { type CheckContext, EVIDENCE_CAP, iso } from './context.js';
import { describePeriod } from './instant.js';
import { answeredWithin, hasItemWithin } from './predicates.js';
import type { ColumnModel } from './read.js';
import { type Finding, finding } from './report.js';
import { defineRule, noParams } from './rule.js';

const NO_COLUMNS = { zh: '快照未提供栏目，无法判断', en: 'The snapshot has no columns: this cannot be judged' };

// ---------------------------------------------------------------- policy-docs
export const policyDocsStaleRule = defineRule({
  id: 'gov-2019/publish/policy-docs',
  title: { zh: '政策文件一级栏目6个月未更新（扣分）', en: 'First-level policy column not updated in 6 months (deduction)' },
  params: policyDocsParams,
  run(ctx, p, id) {
    const columns = ctx.model.columns;
    if (columns === undefined) return finding(id, 'needs-input', NO_COLUMNS);
    const policy = columns.filter((c) => c.category === 'policy' && (c.openedMs === undefined || c.openedMs <= ctx.at) && (c.level === undefined || c.level === 1));
    if (policy.length === 0) return finding(id, 'not-applicable', { zh: '没有政策文件一级栏目', en: 'No first-level policy column' });
    const stale = policy.filter((c) => isStale(ctx, c, p.period));
    const known = stale.filter((c) => c.level === 1);
    const unknown = stale.filter((c) => c.level === undefined);
    const span = describePeriod(p.period);
    const evidence = {
      window: { from: iso(ctx.before(p.period)), to: iso(ctx.at) },
      staleColumns: known.slice(0, EVIDENCE_CAP).map(columnRef), levelUnknown: unknown.slice(0, EVIDENCE_CAP).map(columnRef),
      occurrences: { 'stale-column': known.length },
    };
    if (unknown.length > 0) {
      return finding(id, 'needs-input', {
        zh: `${unknown.length}个政策文件栏目${span.zh}未更新，但未注明是否为一级栏目（level）`,
        en: `${unknown.length} policy column(s) not updated in ${span.en} have no level: say whether they are first-level`,
      }, evidence);
    }
    if (known.length > 0) {
      return finding(id, 'fail', { zh: `${known.length}个政策文件一级栏目${span.zh}未更新`, en: `${known.length} first-level policy column(s) not updated in ${span.en}` }, evidence);
    }
    return finding(id, 'pass', { zh: `政策文件一级栏目在${span.zh}内均有更新`, en: `Every first-level policy column was updated within ${span.en}` }, evidence);
  },
});

// ---------------------------------------------------------------- columns named by role
function roleColumns(ctx: CheckContext, role: 'serviceStatistics' | 'messageDisclosure', id: string, what: { zh: string; en: string }): ColumnModel[] | Finding {
  const columns = ctx.model.columns;
  if (columns === undefined) return finding(id, 'needs-input', NO_COLUMNS);
  const ids = ctx.model.facts?.columnRoles?.[role];
  if (ids === undefined) {
    return finding(id, 'needs-input', {
      zh: `快照未说明哪些栏目是${what.zh}栏目（facts.columnRoles.${role}）`,
      en: `The snapshot does not say which columns are ${what.en} columns (facts.columnRoles.${role})`,
    });
  }
  const found: ColumnModel[] = [];
  for (const cid of ids) {
    const c = columns.find((x) => x.id === cid);
    if (c === undefined) {
      return finding(id, 'needs-input', {
        zh: `facts.columnRoles.${role} 中的栏目“${cid}”不在快照的栏目中`,
        en: `facts.columnRoles.${role} names column "${cid}", which is not among the snapshot's columns`,
      }, { unknownColumn: cid });
    }
    found.push(c);
  }
  return found;
}

function freshnessRule(ruleId: string, role: 'serviceStatistics' | 'messageDisclosure', params: typeof serviceStatsParams, title: { zh: string; en: string }, what: { zh: string; en: string }) {
  return defineRule({
    id: ruleId,
    title,
    params,
    run(ctx, p, id) {
      const cols = roleColumns(ctx, role, id, what);
      if (!Array.isArray(cols)) return cols;
      const span = describePeriod(p.period);
      const from = ctx.before(p.period);
      const evidence = { window: { from: iso(from), to: iso(ctx.at) }, columns: cols.slice(0, EVIDENCE_CAP).map(columnRef) };
      if (cols.length === 0) {
        return finding(id, 'fail', { zh: `没有${what.zh}栏目`, en: `No ${what.en} column` }, { ...evidence, occurrences: { 'no-column': 1 } });
      }
      const updated = cols.some((c) => hasItemWithin(c.times, from, ctx.at));
      // A column opened within the period has not yet had the period to update.
      const young = cols.every((c) => c.openedMs !== undefined && c.openedMs > from);
      if (!updated && !young) {
        return finding(id, 'fail', { zh: `${what.zh}在监测时间点前${span.zh}内未更新`, en: `No ${what.en} published in the ${span.en} before the checkpoint` }, { ...evidence, occurrences: { stale: 1 } });
      }
      return finding(id, 'pass', { zh: `${what.zh}在${span.zh}内有更新`, en: `${what.en} published within ${span.en}` }, { ...evidence, occurrences: {} });
    },
  });
}

export const serviceStatsRule = freshnessRule(
  'gov-2019/service/service-stats', 'serviceStatistics', serviceStatsParams,
  { zh: '办事统计3个月未更新（扣分）', en: 'Service statistics not updated in 3 months (deduction)' },
  { zh: '办事统计', en: 'service statistics' },
);

export const messageDisclosureRule = freshnessRule(
  'gov-2019/interact/message-disclosure', 'messageDisclosure', messageDisclosureParams,
  { zh: '2个月未公开留言及答复（扣分）', en: 'No message or reply published in 2 months (deduction)' },
  { zh: '留言及答复', en: 'messages and replies' },
);

// ---------------------------------------------------------------- leader-info
export const leaderInfoRule = defineRule({
  id: 'gov-2019/publish/leader-info',
  title: { zh: '领导信息栏目及信息完整准确（扣分）', en: 'Leader column exists, its items complete and accurate (deduction)' },
  params: noParams,
  run(ctx, _p, id) {
    const info = ctx.model.facts?.leaderInfo;
    if (info === undefined) return finding(id, 'needs-input', { zh: '快照未提供领导信息（facts.leaderInfo）', en: 'The snapshot has no leader information (facts.leaderInfo)' });
    if (!info.column) {
      return finding(id, 'fail', { zh: '未开设领导信息栏目', en: 'No leader-information column' }, { column: false, occurrences: { 'no-column': 1 } });
    }
    if (info.problems === undefined) {
      return finding(id, 'needs-input', { zh: '未说明领导信息是否完整准确（facts.leaderInfo.problems）', en: 'Not stated whether the leader items are complete and accurate (facts.leaderInfo.problems)' }, { column: true });
    }
    const n = info.problems.length;
    const evidence = { column: true, problems: info.problems.slice(0, EVIDENCE_CAP), occurrences: { item: n } };
    if (n > 0) return finding(id, 'fail', { zh: `领导信息有${n}项缺失或不准确`, en: `${n} leader item(s) missing or inaccurate` }, evidence);
    return finding(id, 'pass', { zh: '领导信息完整准确', en: 'Leader information complete and accurate' }, evidence);
  },
});

// ---------------------------------------------------------------- interpretation-link
export const interpretationLinkRule = defineRule({
  id: 'gov-2019/publish/interpretation-link',
  title: { zh: '政策文件与解读关联发布（扣分）', en: 'Policy documents and interpretations cross-linked (deduction)' },
  params: noParams,
  run(ctx, _p, id) {
    const pubs = ctx.model.publications;
    if (pubs === undefined) return finding(id, 'needs-input', { zh: '快照未提供发布记录', en: 'The snapshot has no publications' });
    const unlinked: Record<string, unknown>[] = [];
    const unknown: string[] = [];
    let judged = 0;
    let unlinkedCount = 0;
    for (const p of pubs) {
      if (p.kind !== 'interpretation' || p.interprets === undefined) continue;
      if (p.publishedMs === undefined || p.publishedMs > ctx.at) continue; // not online at the checkpoint
      judged++;
      if (p.linked === undefined) {
        if (unknown.length < EVIDENCE_CAP) unknown.push(p.id);
      } else if (!p.linked) {
        unlinkedCount++;
        if (unlinked.length < EVIDENCE_CAP) unlinked.push({ id: p.id, interprets: p.interprets });
      }
    }
    const evidence = { judged, unlinked, linkUnknown: unknown, occurrences: { unlinked: unlinkedCount } };
    if (judged === 0) return finding(id, 'not-applicable', { zh: '没有注明所解读文件的已发布解读稿', en: 'No published interpretation names the document it interprets' }, evidence);
    // The count must be exact for a score: an unknown link leaves it open.
    if (unknown.length > 0) {
      return finding(id, 'needs-input', { zh: `${unknown.length}篇解读稿未说明是否与文件关联（linked）`, en: `${unknown.length} interpretation(s) do not say whether they are linked (linked)` }, evidence);
    }
    if (unlinkedCount > 0) return finding(id, 'fail', { zh: `${unlinkedCount}篇解读稿未与政策文件关联发布`, en: `${unlinkedCount} interpretation(s) not cross-linked with their document` }, evidence);
    return finding(id, 'pass', { zh: `${judged}篇解读稿均与政策文件关联发布`, en: `All ${judged} interpretation(s) cross-linked with their document` }, evidence);
  },
});

// ---------------------------------------------------------------- reply-handling
/** The 5-working-day count of the catalog entry as a deadline the shared counting core computes. */
function replyEntry(workdays: number): DeadlineEntry {
  const e = GOV_2019_DEDUCTION_CHECKS.find((c) => c.id === 'gov-2019/interact/reply-handling') as (typeof GOV_2019_DEDUCTION_CHECKS)[number];
  return {
    ...e, kind: 'deadline',
    parameters: { unit: 'workday', amount: workdays, input: 'date', from: { zh: '收到留言之日', en: 'the day the message is received' } },
  } as DeadlineEntry;
}

export const replyHandlingRule = defineRule({
  id: 'gov-2019/interact/reply-handling',
  title: { zh: '简单常见问题5个工作日内答复（扣分）', en: 'Simple questions answered within 5 working days (deduction)' },
  params: replyHandlingParams,
  run(ctx, p, id) {
    const messages = ctx.model.messages;
    if (messages === undefined) return finding(id, 'needs-input', { zh: '快照未提供留言', en: 'The snapshot has no messages' });
    const entry = replyEntry(p.workdays);
    const late: Record<string, unknown>[] = [];
    let lateCount = 0;
    let judged = 0;
    let pending = 0;
    let beforeInForce = 0;
    let missingYear: number | undefined;
    for (const m of messages) {
      // Simple questions: valid consultation messages not marked complex.
      if (m.channel !== 'consultation' || m.valid === false || m.complex || m.receivedMs > ctx.at) continue;
      const day = beijingDayOfInstant(m.receivedMs);
      let deadlineMs: number;
      try {
        deadlineMs = dueOf(entry, { day }, { index: ctx.index() }).deadlineMs;
      } catch (e) {
        if (e instanceof CalendarCoverageError) {
          missingYear ??= e.year;
          continue;
        }
        if (!(e instanceof InvalidInputError)) throw e;
        beforeInForce++; // received before the 2019 indicators took effect: outside them
        continue;
      }
      const state = answeredWithin(m.repliedMs, deadlineMs, ctx.at);
      if (state === 'pending') {
        pending++;
        continue;
      }
      judged++;
      if (state !== 'on-time') {
        lateCount++;
        if (late.length < EVIDENCE_CAP) late.push({ id: m.id, receivedAt: iso(m.receivedMs), deadline: iso(deadlineMs), repliedAt: m.repliedMs === undefined || m.repliedMs > ctx.at ? null : iso(m.repliedMs), state });
      }
    }
    const evidence = { workdays: p.workdays, judged, pending, late, ...(beforeInForce > 0 ? { beforeInForce } : {}), occurrences: { late: lateCount } };
    if (missingYear !== undefined) {
      return finding(id, 'needs-input', { zh: `需要${missingYear}年的工作日数据`, en: `Needs working-day data for ${missingYear}` }, { ...evidence, missingYear });
    }
    if (lateCount > 0) {
      return finding(id, 'fail', { zh: `${lateCount}条简单咨询未在${p.workdays}个工作日内答复`, en: `${lateCount} simple question(s) not answered within ${p.workdays} working days` }, evidence);
    }
    if (judged === 0) return finding(id, 'not-applicable', { zh: '没有需判断的咨询留言', en: 'No consultation message to judge' }, evidence);
    return finding(id, 'pass', { zh: `${judged}条简单咨询均在${p.workdays}个工作日内答复`, en: `All ${judged} simple question(s) answered within ${p.workdays} working days` }, evidence);
  },
});

/**
 * The 2019 deduction checks, in scorecard order.
 *
 * @example
 * gov2019DeductionRules.map((r) => r.id)[0]; // 'gov-2019/publish/leader-info'
 */
export const gov2019DeductionRules = Object.freeze([
  leaderInfoRule, policyDocsStaleRule, interpretationLinkRule, serviceStatsRule, messageDisclosureRule, replyHandlingRule,
] as const);
