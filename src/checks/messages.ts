/**
 * Replies to the public: `deyang-2018/art33-error-correction` (each error report answered within
 * 3 working days; the handling made public unless the report is untrue) and
 * `deyang-2018/art25-opinion-feedback` (valuable opinions answered within 7 working days, 15 for
 * complex cases). Invalid messages (`valid: false`) are not judged. Periods come from the rule
 * catalog (`src/rules/`).
 */
import { beijingDayOfInstant } from '../time/index.js';
import { EVIDENCE_CAP, iso } from './context.js';
import type { MessageModel } from './read.js';
import { defineRule, noParams } from './rule.js';
import { judge, Tally, tallyFinding } from './timeliness.js';

const trig = (m: MessageModel) => ({ day: beijingDayOfInstant(m.receivedMs), ms: m.receivedMs, text: iso(m.receivedMs) });

export const errorCorrectionRule = defineRule({
  id: 'deyang-2018/art33-error-correction',
  title: { zh: '网民纠错3个工作日内答复并公开办理情况（第三十三条）', en: 'Error reports answered within 3 working days, handling published (Art. 33)' },
  params: noParams,
  run(ctx, _params, id) {
    const messages = ctx.model.messages;
    const tally = new Tally();
    const unpublished: string[] = [];
    let unpublishedCount = 0;
    for (const m of messages ?? []) {
      if (m.channel !== 'error-report' || m.valid === false || m.receivedMs > ctx.at) continue;
      if (judge(ctx, id, { id: m.id, trigger: trig(m), doneMs: m.repliedMs }, tally, false) === 'before-in-force') continue;
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
  title: { zh: '征集意见7个工作日内反馈，复杂的15个工作日（第二十五条）', en: 'Opinions answered within 7 working days, 15 if complex (Art. 25)' },
  params: noParams,
  run(ctx, _params, id) {
    const messages = ctx.model.messages;
    const tally = new Tally();
    for (const m of messages ?? []) {
      if (m.channel !== 'opinion' || m.valid === false || m.receivedMs > ctx.at) continue;
      judge(ctx, id, { id: m.id, trigger: trig(m), doneMs: m.repliedMs, complex: m.complex }, tally, false);
    }
    return tallyFinding(id, tally, messages !== undefined, {
      what: { zh: '意见', en: 'opinion(s)' },
      none: { zh: '没有需判断的意见', en: 'No opinion to judge' },
      missing: { zh: '快照未提供留言', en: 'The snapshot has no messages' },
    });
  },
});
