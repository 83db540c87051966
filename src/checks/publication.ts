/**
 * Publication timeliness, Art. 24: `art24-policy-document` (3 working days after 印发),
 * `art24-interpretation` (3 working days after the document's publication), `art24-activity`
 * (24 hours after the activity ends — needs an instant), `art24-proactive` (20 working days after
 * the information is formed or changed). The periods come from the rule catalog (`src/rules/`).
 */
import { type Bilingual } from './report.js';
import { defineRule, noParams, type RuleDefinition } from './rule.js';
import { judge, Tally, tallyFinding } from './timeliness.js';

type Kind = 'policy-document' | 'interpretation' | 'activity' | 'proactive';

function publicationRule(id: string, kind: Kind, title: Bilingual, what: Bilingual, hours: boolean): RuleDefinition<Record<string, never>> {
  return defineRule({
    id,
    title,
    params: noParams,
    run(ctx) {
      const list = ctx.model.publications;
      const tally = new Tally();
      let count = 0;
      for (const p of list ?? []) {
        if (p.kind !== kind) continue;
        count++;
        judge(ctx, id, { id: p.id, trigger: p.triggered, doneMs: p.publishedMs }, tally, hours);
      }
      return tallyFinding(id, tally, list !== undefined, {
        what,
        none: { zh: `检查时间点前没有需判断的${what.zh}`, en: `No ${what.en} to judge before the checkpoint` },
        missing: { zh: '快照未提供发布记录', en: 'The snapshot has no publications' },
      }, { publications: count });
    },
  }) as RuleDefinition<Record<string, never>>;
}

export const publicationRules = [
  publicationRule('deyang-2018/art24-policy-document', 'policy-document',
    { zh: '政策文件印发后3个工作日内上网（第二十四条第一项）', en: 'Policy documents online within 3 working days of issue (Art. 24(1))' },
    { zh: '政策文件', en: 'policy document(s)' }, false),
  publicationRule('deyang-2018/art24-interpretation', 'interpretation',
    { zh: '解读材料在文件公开后3个工作日内发布（第二十四条第三项）', en: 'Interpretations within 3 working days of the document (Art. 24(3))' },
    { zh: '解读材料', en: 'interpretation(s)' }, false),
  publicationRule('deyang-2018/art24-activity', 'activity',
    { zh: '重要政务活动信息在活动结束后24小时内上网（第二十四条第一项）', en: 'Activities online within 24 hours of their end (Art. 24(1))' },
    { zh: '政务活动信息', en: 'activity item(s)' }, true),
  publicationRule('deyang-2018/art24-proactive', 'proactive',
    { zh: '主动公开信息在形成或变更之日起20个工作日内公开（第二十四条第四项）', en: 'Proactive disclosure within 20 working days (Art. 24(4))' },
    { zh: '主动公开信息', en: 'proactive disclosure(s)' }, false),
] as const;
