/**
 * Publication timeliness, Art. 24: `art24-policy-document` (3 working days after 印发),
 * `art24-interpretation` (3 working days after the document's publication), `art24-activity`
 * (24 hours after the activity ends — needs an instant), `art24-proactive` (20 working days after
 * the information is formed or changed). The periods default to the rule catalog's (`src/rules/`);
 * a profile may set its own (`amount`).
 */
import { catalogTitle, timelinessParamsOf } from './deadlines.js';
import { type Bilingual } from './report.js';
import { defineRule, type RuleDefinition } from './rule.js';
import { judge, Tally, tallyFinding } from './timeliness.js';

type Kind = 'policy-document' | 'interpretation' | 'activity' | 'proactive';

function publicationRule(id: string, kind: Kind, name: Bilingual, what: Bilingual, hours: boolean): RuleDefinition<{ amount: number }> {
  return defineRule({
    id,
    title: catalogTitle(id, name),
    params: timelinessParamsOf(id),
    run(ctx, period) {
      const list = ctx.model.publications;
      const tally = new Tally();
      let count = 0;
      for (const p of list ?? []) {
        if (p.kind !== kind) continue;
        count++;
        judge(ctx, id, { id: p.id, trigger: p.triggered, doneMs: p.publishedMs }, tally, hours, period);
      }
      return tallyFinding(id, tally, list !== undefined, {
        what,
        none: { zh: `检查时间点前没有需判断的${what.zh}`, en: `No ${what.en} to judge before the checkpoint` },
        missing: { zh: '快照未提供发布记录', en: 'The snapshot has no publications' },
      }, { publications: count });
    },
  }) as RuleDefinition<{ amount: number }>;
}

export const publicationRules = [
  publicationRule('deyang-2018/art24-policy-document', 'policy-document',
    { zh: '政策文件印发后按期上网', en: 'Policy documents online in time after issue' },
    { zh: '政策文件', en: 'policy document(s)' }, false),
  publicationRule('deyang-2018/art24-interpretation', 'interpretation',
    { zh: '解读材料在文件公开后按期发布', en: 'Interpretations in time after the document' },
    { zh: '解读材料', en: 'interpretation(s)' }, false),
  publicationRule('deyang-2018/art24-activity', 'activity',
    { zh: '重要政务活动信息在活动结束后按期上网', en: 'Activities online in time after their end' },
    { zh: '政务活动信息', en: 'activity item(s)' }, true),
  publicationRule('deyang-2018/art24-proactive', 'proactive',
    { zh: '主动公开信息在形成或变更后按期公开', en: 'Proactive disclosure in time' },
    { zh: '主动公开信息', en: 'proactive disclosure(s)' }, false),
] as const;
