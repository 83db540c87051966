/**
 * `deyang-2018/art24-update-frequency` — Art. 24(二): 工作动态 at least weekly; 通知公告 and
 * 政策文件 at least every 6 months; 年报 and 规划 at least yearly; a column whose gaps exceed a
 * year (e.g. 人事) is merged or closed. The homepage's 日常更新 is not quantified by the measures:
 * the profile uses the census figure (2 weeks) and says so in the evidence.
 *
 * Default mode is rolling gaps (docs/semantics.md): window = checkpoint − 1 year (or the column's
 * `openedOn` if later) … checkpoint. "Merge or close" looks at the stretch since the last update,
 * which may begin before the window when the snapshot shows an older item; a column open for the
 * whole window with no dated item in it is also reported.
 */
import * as z from 'zod/mini';
import { beijingDayOfInstant, epochDayFromYmd, isoWeekday, startOfBeijingDay, ymdFromEpochDay } from '../time/index.js';
import { type CheckContext, daysOf, EVIDENCE_CAP, iso } from './context.js';
import { describePeriod, type Period, periodBounds, withinPeriod } from './instant.js';
import { type Gap, hasItemWithin, lastAtOrBefore, lowerBound, maxGapWithin, upperBound } from './predicates.js';
import type { ColumnModel } from './read.js';
import { combineStatuses, finding, type Status } from './report.js';
import { updateFrequencyParams } from './params.js';
import { catalogTitle } from './deadlines.js';
import { defineRule } from './rule.js';

const gapEvidence = (g: Gap) => ({ from: iso(g.from), to: iso(g.to), days: daysOf(g.to - g.from) });

/**
 * Natural periods (ISO weeks, half-years, calendar years, Beijing) lying fully inside [from, to];
 * `undefined` for a period with no natural counterpart (the check then uses rolling gaps).
 *
 * @example
 * naturalPeriods(0, 0, { days: 3 }); // undefined
 */
export function naturalPeriods(from: number, to: number, period: Period): Array<[number, number]> | undefined {
  const out: Array<[number, number]> = [];
  const firstDay = beijingDayOfInstant(from) + (startOfBeijingDay(beijingDayOfInstant(from)) < from ? 1 : 0);
  if ('days' in period && period.days === 7) {
    let d = firstDay;
    while (isoWeekday(d) !== 1) d++;
    while (startOfBeijingDay(d + 7) - 1 <= to) {
      out.push([startOfBeijingDay(d), startOfBeijingDay(d + 7) - 1]);
      d += 7;
    }
    return out;
  }
  if ('months' in period && (period.months === 6 || period.months === 12)) {
    const step = period.months;
    let [y, m] = ymdFromEpochDay(firstDay);
    // first period boundary on or after firstDay
    let startMonth = m - 1 - ((m - 1) % step);
    let start = epochDayFromYmd(y, startMonth + 1, 1);
    if (start < firstDay) {
      startMonth += step;
      if (startMonth >= 12) {
        y += 1;
        startMonth -= 12;
      }
      start = epochDayFromYmd(y, startMonth + 1, 1);
    }
    for (;;) {
      let ey = y, em = startMonth + step;
      if (em >= 12) {
        ey += 1;
        em -= 12;
      }
      const next = epochDayFromYmd(ey, em + 1, 1);
      if (startOfBeijingDay(next) - 1 > to) break;
      out.push([startOfBeijingDay(start), startOfBeijingDay(next) - 1]);
      y = ey;
      startMonth = em;
      start = next;
    }
    return out;
  }
  return undefined;
}

/** Whether period `a` is never longer than `b` (same unit, smaller or equal amount). */
function periodNoLonger(a: Period, b: Period): boolean {
  if ('months' in a && 'months' in b) return a.months <= b.months;
  if ('days' in a && 'days' in b) return a.days <= b.days;
  return periodBounds(a)[1] <= periodBounds(b)[0];
}

export { updateFrequencyParams } from './params.js';

interface ColumnResult {
  readonly status: Status;
  readonly evidence?: Record<string, unknown>;
  readonly merge?: Record<string, unknown>;
}

function checkColumn(ctx: CheckContext, c: ColumnModel, p: z.output<typeof updateFrequencyParams>): ColumnResult {
  const at = ctx.at;
  if (c.openedMs !== undefined && c.openedMs > at) return { status: 'not-applicable' };
  const windowBase = ctx.before(p.window);
  const windowStart = c.openedMs !== undefined && c.openedMs > windowBase ? c.openedMs : windowBase;
  const period = p.periods[c.category] as Period | undefined;
  let status: Status = 'pass';
  let evidence: Record<string, unknown> | undefined;
  let longest: Gap | undefined;
  if (period !== undefined) {
    const natural = p.mode === 'natural' ? naturalPeriods(windowStart, at, period) : undefined;
    if (natural !== undefined) {
      const empty = natural.filter(([s, e]) => !hasItemWithin(c.times, s, e));
      if (empty.length > 0) {
        status = 'fail';
        evidence = {
          column: c.id, name: c.name, category: c.category, period: describePeriod(period).en, mode: 'natural',
          periodsChecked: natural.length, periodsWithoutItem: empty.length,
          examples: empty.slice(0, 5).map(([s, e]) => ({ from: iso(s), to: iso(e) })),
        };
      }
    } else {
      const r = maxGapWithin(c.times, windowStart, at, period);
      longest = r.longest;
      if (!r.ok) {
        status = 'fail';
        evidence = {
          column: c.id, name: c.name, category: c.category, period: describePeriod(period).en,
          datedItemsInWindow: r.items, undatedItems: c.undated,
          longestGap: gapEvidence(r.longest), gapsOverPeriod: r.exceeding, examples: r.examples.map(gapEvidence),
        };
      }
    }
  }
  // Merge or close: the stretch without an update. It begins before the window only when the
  // snapshot shows it (an older dated item); `openedOn` only bounds the window, since a snapshot
  // need not carry a column's whole history. A column open for the whole window with no dated
  // item in it is a stretch of at least the window ("may exceed a year": Art. 24(2)).
  const firstInWindow = lowerBound(c.times, windowStart);
  const inWindow = upperBound(c.times, at) - firstInWindow;
  const firstEnd = inWindow > 0 ? (c.times[firstInWindow] as number) : at;
  const before = firstInWindow > 0 ? (c.times[firstInWindow - 1] as number) : undefined;
  const origin = before ?? windowStart;
  let mergeGap: Gap | undefined;
  if (!withinPeriod(origin, firstEnd, p.mergeOrClose)) mergeGap = { from: origin, to: firstEnd };
  else if (inWindow === 0 && windowStart === windowBase && periodNoLonger(p.mergeOrClose, p.window)) mergeGap = { from: origin, to: at };
  else if (!periodNoLonger(p.window, p.mergeOrClose)) {
    const r = maxGapWithin(c.times, windowStart, at, p.mergeOrClose, 1);
    if (!r.ok) mergeGap = r.examples[0];
  }
  if (mergeGap !== undefined) {
    return {
      status: 'fail',
      evidence,
      merge: { column: c.id, name: c.name, category: c.category, stretchWithoutUpdate: gapEvidence(mergeGap), advice: 'merge or close' },
    };
  }
  return { status, evidence };
}

export const updateFrequencyRule = defineRule({
  id: 'deyang-2018/art24-update-frequency',
  title: catalogTitle('deyang-2018/art24-update-frequency', { zh: '栏目更新频率', en: 'Column update frequency' }),
  params: updateFrequencyParams,
  run(ctx, p, id) {
    const columns = ctx.model.columns;
    if (columns === undefined) {
      return finding(id, 'needs-input', { zh: '快照未提供栏目，无法判断更新频率', en: 'The snapshot has no columns: update frequency cannot be judged' });
    }
    const statuses: Status[] = [];
    const late: Record<string, unknown>[] = [];
    const merge: Record<string, unknown>[] = [];
    let lateCount = 0;
    let mergeCount = 0;
    let judged = 0;
    for (const c of columns) {
      const r = checkColumn(ctx, c, p);
      statuses.push(r.status);
      if (r.status !== 'not-applicable') judged++;
      if (r.evidence !== undefined) {
        lateCount++;
        if (late.length < EVIDENCE_CAP) late.push(r.evidence);
      }
      if (r.merge !== undefined) {
        mergeCount++;
        if (merge.length < EVIDENCE_CAP) merge.push(r.merge);
      }
    }
    const status = combineStatuses(statuses);
    const evidence = {
      mode: p.mode,
      window: { from: iso(ctx.before(p.window)), to: iso(ctx.at) },
      periods: Object.fromEntries(Object.entries(p.periods).map(([k, v]) => [k, describePeriod(v as Period).en])),
      homepagePeriodSource: 'census (homepage-stale: 2 weeks): the measures do not quantify the homepage 日常更新',
      columnsJudged: judged,
      columnsLate: lateCount,
      columnsToMergeOrClose: mergeCount,
      late,
      mergeOrClose: merge,
    };
    if (status === 'fail') {
      return finding(id, 'fail', {
        zh: `${lateCount}个栏目未按规定频率更新，${mergeCount}个栏目超过一年未更新，应合并或关闭`,
        en: `${lateCount} column(s) not updated as often as required; ${mergeCount} column(s) without an update for over a year: merge or close`,
      }, evidence);
    }
    if (status === 'not-applicable') {
      return finding(id, 'not-applicable', { zh: '没有需要判断的栏目', en: 'No column to judge' }, evidence);
    }
    return finding(id, 'pass', { zh: `${judged}个栏目均按规定频率更新`, en: `All ${judged} column(s) updated as often as required` }, evidence);
  },
});

