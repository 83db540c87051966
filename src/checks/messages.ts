/**
 * Replies to the public: `deyang-2018/art33-error-correction` (each error report answered within
 * 3 working days by default; the handling made public unless the report is untrue) and
 * `deyang-2018/art25-opinion-feedback` (valuable opinions answered within 7 working days, 15 for
 * complex cases). Invalid messages (`valid: false`) are not judged. Periods default to the rule
 * catalog's (`src/rules/`); a profile may set its own (`amount`, `complexAmount`).
 */
import { beijingDayOfInstant } from '../time/index.js';
import { EVIDENCE_CAP, iso } from './context.js';
import type { MessageModel } from './read.js';
import { catalogTitle, timelinessParamsOf } from './deadlines.js';
import { defineRule } from './rule.js';
import { judge, Tally, tallyFinding } from './timeliness.js';

const trig = (m: MessageModel) => ({ day: beijingDayOfInstant(m.receivedMs), ms: m.receivedMs, text: iso(m.receivedMs) });

export const errorCorrectionRule = defineRule({
  id: 'deyang-2018/art33-error-correction',
  title: catalogTitle('deyang-2018/art33-error-correction', { zh: '网民纠错按期答复并公开办理情况', en: 'Error reports answered in time, handling published' }),
  params: timelinessParamsOf('deyang-2018/art33-error-correction'),
  run(ctx, period, id) {
    const messages = ctx.model.messages;
    const tally = new Tally();
    const unpublished: string[] = [];
    let unpublishedCount = 0;
    for (const m of messages ?? []) {
      if (m.channel !== 'error-report' || m.valid === false || m.receivedMs > ctx.at) continue;
      if (judge(ctx, id, { id: m.id, trigger: trig(m), doneMs: m.repliedMs }, tally, false, period) === 'before-in-force') continue;
      if (m.repliedMs !== undefined && m.repliedMs <= ctx.at && !m.untrue) {
        if (m.handlingPublished === false) {
          unpublishedCount++;
          if (unpublished.length < EVIDENCE_CAP) unpublished.push(m.id);
        } else if (m.handlingPublished === undefined) {
          tally.addUnknown({ id: m.id, problem: 'handlingPublished not given' });
        }
      }
    }
    return tallyFinding(id, tally, messages !== undefined, {
      what: { zh: '纠错留言', en: 'error report(s)' },
      none: { zh: '没有需判断的纠错留言', en: 'No error report to judge' },
      missing: { zh: '快照未提供留言', en: 'The snapshot has no messages' },
    }, { handlingNotPublished: unpublished, handlingNotPublishedCount: unpublishedCount }, {
      count: unpublishedCount,
      message: { zh: `${unpublishedCount}条纠错办理情况未公开`, en: `${unpublishedCount} error report(s) whose handling was not published` },
    });
  },
});

export const opinionFeedbackRule = defineRule({
  id: 'deyang-2018/art25-opinion-feedback',
  title: catalogTitle('deyang-2018/art25-opinion-feedback', { zh: '征集意见按期反馈（情况复杂的可延长）', en: 'Opinions answered in time (longer if complex)' }),
  params: timelinessParamsOf('deyang-2018/art25-opinion-feedback'),
  run(ctx, period, id) {
    const messages = ctx.model.messages;
    const tally = new Tally();
    for (const m of messages ?? []) {
      if (m.channel !== 'opinion' || m.valid === false || m.receivedMs > ctx.at) continue;
      judge(ctx, id, { id: m.id, trigger: trig(m), doneMs: m.repliedMs, complex: m.complex }, tally, false, period);
    }
    return tallyFinding(id, tally, messages !== undefined, {
      what: { zh: '意见', en: 'opinion(s)' },
      none: { zh: '没有需判断的意见', en: 'No opinion to judge' },
      missing: { zh: '快照未提供留言', en: 'The snapshot has no messages' },
    });
  },
});
