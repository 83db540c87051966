// A custom rule of the made-up "Sample City": the site passes an accessibility (适老化与无障碍)
// audit at least every `maxMonths` months. The data is not part of snapshot v1, so it comes in the
// snapshot's open `extensions` section, under the city's own namespace:
//
//   "extensions": { "sample-city": { "accessibilityAudits": [{ "on": "2026-07-15", "passed": true }] } }
//
// The rule reads only the stable CheckContext: ctx.extensions, ctx.before() and ctx.time.
import { defineRule, finding } from 'gov-site-rules';
import { z } from 'zod';

const auditSchema = z.object({ on: z.iso.date(), passed: z.boolean() });

export const accessibilityAudit = defineRule({
  id: 'sample-city/accessibility-audit',
  title: { zh: '适老化与无障碍检测（示例市）', en: 'Accessibility audit (Sample City)' },
  params: z.object({ maxMonths: z.number().int().min(1).max(120).default(6) }).strict(),
  run(ctx, p, id) {
    const audits = ctx.extensions['sample-city']?.accessibilityAudits;
    if (audits === undefined) {
      return finding(id, 'needs-input', { zh: '快照未提供无障碍检测记录', en: 'The snapshot has no accessibility audits (extensions["sample-city"].accessibilityAudits)' });
    }
    const parsed = z.array(auditSchema).safeParse(audits);
    if (!parsed.success) {
      return finding(id, 'needs-input', { zh: '无障碍检测记录格式有误', en: 'The accessibility audits are malformed' }, { issue: parsed.error.issues[0]?.message });
    }
    // Audits up to the checkpoint's Beijing day; the latest passed one counts.
    const passed = parsed.data
      .filter((a) => a.passed && ctx.time.beijingDay(a.on) <= ctx.atDay)
      .map((a) => ctx.time.beijingDay(a.on))
      .sort((a, b) => b - a);
    const since = ctx.time.beijingDay(ctx.before({ months: p.maxMonths }));
    const latest = passed[0];
    const evidence = { latestPassed: latest === undefined ? null : ctx.time.formatDay(latest), windowStart: ctx.time.formatDay(since), maxMonths: p.maxMonths };
    if (latest === undefined || latest < since) {
      return finding(id, 'fail', { zh: `近${p.maxMonths}个月内没有通过的无障碍检测`, en: `No passed accessibility audit in the last ${p.maxMonths} months` }, evidence);
    }
    return finding(id, 'pass', { zh: `近${p.maxMonths}个月内通过了无障碍检测`, en: `Passed an accessibility audit within ${p.maxMonths} months` }, evidence);
  },
});
