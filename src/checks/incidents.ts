/**
 * `deyang-2018/art29-incident-report` — Art. 29: a major security incident is reported to the
 * 市公安局网安支队 within 24 hours (exact elapsed time; the period comes from the rule catalog).
 * A snapshot without an `incidents` list cannot say there was none: needs input.
 */
import { catalogTitle, timelinessParamsOf } from './deadlines.js';
import { defineRule } from './rule.js';
import { judge, Tally, tallyFinding } from './timeliness.js';
import { beijingDayOfInstant } from '../time/index.js';
import { iso } from './context.js';

export const incidentReportRule = defineRule({
  id: 'deyang-2018/art29-incident-report',
  title: catalogTitle('deyang-2018/art29-incident-report', { zh: '重大安全事件按期报告', en: 'Major incidents reported in time' }),
  params: timelinessParamsOf('deyang-2018/art29-incident-report'),
  run(ctx, period, id) {
    const incidents = ctx.model.incidents;
    const tally = new Tally();
    let major = 0;
    for (const x of incidents ?? []) {
      if (!x.major || x.occurredMs > ctx.at) continue;
      major++;
      judge(ctx, id, { id: x.id, trigger: { day: beijingDayOfInstant(x.occurredMs), ms: x.occurredMs, text: iso(x.occurredMs) }, doneMs: x.reportedMs }, tally, true, period);
    }
    const f = tallyFinding(id, tally, incidents !== undefined, {
      what: { zh: '重大安全事件报告', en: 'major incident report(s)' },
      none: { zh: '没有重大安全事件', en: 'No major security incident' },
      missing: { zh: '快照未提供安全事件记录（incidents）', en: 'The snapshot has no incidents list' },
    }, { majorIncidents: major });
    return f;
  },
});
