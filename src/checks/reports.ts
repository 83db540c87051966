/**
 * `deyang-2018/art32-self-inspection` — Art. 32: a written self-inspection report each quarter,
 * before the 15th of its second month (Q1 → Feb 15, Q2 → May 15, Q3 → Aug 15, Q4 → Nov 15),
 * inclusive, in Beijing (docs/semantics.md). Fixed dates do not roll forward over holidays unless the
 * `rollForward` option is set. The check judges every quarter whose due date falls within
 * `lookback` before the checkpoint (after the day one lookback earlier, up to the checkpoint);
 * a quarter not yet due and not filed is pending. A report submitted before its quarter began
 * (Beijing) is not that quarter's self-inspection: it is listed as `early`, not counted. A quarter
 * whose due date falls before the measures took effect (2018-01-25) was never due: counted as
 * `beforeInForce`, not judged.
 */
import { beijingDayOfInstant, endOfBeijingDay, epochDayFromYmd, formatEpochDay, startOfBeijingDay, yearOfEpochDay } from '../time/index.js';
import { type CheckContext, EVIDENCE_CAP, iso } from './context.js';
import { fixedPeriodDue, outside, quarterDue, catalogTitle } from './deadlines.js';
import { answeredWithin } from './predicates.js';
import { finding } from './report.js';
import { selfInspectionParams } from './params.js';
import { defineRule } from './rule.js';


function rolled(ctx: CheckContext, day: number): number {
  const ix = ctx.index();
  return ix.isWorkday(day) ? day : ix.addWorkdays(day, 1);
}

export const selfInspectionRule = defineRule({
  id: 'deyang-2018/art32-self-inspection',
  title: catalogTitle('deyang-2018/art32-self-inspection', { zh: '季度自查报告', en: 'Quarterly self-inspection report' }),
  params: selfInspectionParams,
  run(ctx, p, id) {
    const reports = ctx.model.reports;
    if (reports === undefined) return finding(id, 'needs-input', { zh: '快照未提供报送记录', en: 'The snapshot has no reports filed' });
    const fromDay = beijingDayOfInstant(ctx.before(p.lookback));
    const quarters: Record<string, unknown>[] = [];
    let failed = 0;
    let judged = 0;
    let before = 0;
    for (let y = yearOfEpochDay(fromDay); y <= yearOfEpochDay(ctx.atDay); y++) {
      for (let q = 1; q <= 4; q++) {
        const first = epochDayFromYmd(y, (q - 1) * 3 + 1, 1);
        const fixed = fixedPeriodDue(id, first);
        if (fixed.dueDay <= fromDay || fixed.dueDay > ctx.atDay) continue;
        if (fixed.beforeInForce) {
          before++; // due before the measures took effect: never due under them
          continue;
        }
        const due = quarterDue(ctx, id, first).dueDay;
        const dueDay = p.rollForward ? rolled(ctx, due) : due;
        const deadline = endOfBeijingDay(dueDay);
        const period = `${y}Q${q}`;
        const opens = startOfBeijingDay(epochDayFromYmd(y, (q - 1) * 3 + 1, 1));
        let submitted: number | undefined;
        const early: string[] = [];
        for (const r of reports) {
          if (r.kind !== 'self-inspection' || r.period !== period) continue;
          if (r.submittedMs < opens) early.push(iso(r.submittedMs));
          else if (submitted === undefined || r.submittedMs < submitted) submitted = r.submittedMs;
        }
        const state = answeredWithin(submitted, deadline, ctx.at);
        if (state === 'pending') continue;
        judged++;
        if (state !== 'on-time') failed++;
        quarters.push({
          period, due: formatEpochDay(dueDay), submittedAt: submitted === undefined || submitted > ctx.at ? null : iso(submitted), state,
          ...(early.length > 0 ? { early: early.slice(0, EVIDENCE_CAP) } : {}),
        });
      }
    }
    const evidence = { quarters, judged, failed, ...outside(before) };
    if (failed > 0) {
      return finding(id, 'fail', { zh: `${failed}个季度的自查报告未在第二个月15日前报送`, en: `${failed} quarter(s) without a self-inspection report by the 15th of the second month` }, evidence);
    }
    if (judged === 0) return finding(id, 'not-applicable', { zh: '检查期内没有到期的季度自查报告', en: 'No quarterly report due in the period' }, evidence);
    return finding(id, 'pass', { zh: `${judged}个季度的自查报告均按时报送`, en: `Self-inspection reports for ${judged} quarter(s) filed on time` }, evidence);
  },
});
