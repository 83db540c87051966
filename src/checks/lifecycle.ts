/**
 * Site lifecycle where the snapshot carries the facts: `deyang-2018/art12-opening-approval`
 * (a site opened after the first national census started needs the head's consent, an application
 * to the city office, entry in the national reporting system and approval by the city and
 * provincial offices — a vertically managed department: by its own line), `deyang-2018/art14-go-live` (标识码 and a
 * passed security test before going online; the opening announced) and
 * `deyang-2018/art17-change-filing` (changes filed with the supervising unit; a domain change
 * announced on the site itself). "Promptly" is not quantified: a profile may set
 * `filingWithinDays`; without it a change only has to be filed by the checkpoint.
 */
import { formatEpochDay } from '../time/index.js';
import { EVIDENCE_CAP } from './context.js';
import { beforeInForce, outside, catalogTitle } from './deadlines.js';
import { finding } from './report.js';
import { changeFilingParams } from './params.js';
import { defineRule, noParams } from './rule.js';

const OPENING_STEPS = {
  headConsent: '主要负责人同意',
  appliedToCityOffice: '向市政府办公室申请',
  enteredInReportingSystem: '录入全国政府网站信息报送系统',
  cityOfficeApproved: '市政府办公室审核同意',
  provincialOfficeApproved: '省政府办公厅审核同意',
  lineApproved: '国务院有关部门审核同意',
} as const;
type OpeningStep = keyof typeof OPENING_STEPS;

export const openingApprovalRule = defineRule({
  id: 'deyang-2018/art12-opening-approval',
  title: catalogTitle('deyang-2018/art12-opening-approval', { zh: '网站开设审批', en: 'Opening approval' }),
  params: noParams,
  run(ctx, _params, id) {
    const f = ctx.model.facts?.openingApproval;
    if (f === undefined || f.openedAfterCensus === undefined) {
      return finding(id, 'needs-input', { zh: '快照未说明网站是否在第一次全国政府网站普查开始后开设（facts.openingApproval.openedAfterCensus）', en: 'The snapshot does not say whether the site was opened after the first national census started (facts.openingApproval.openedAfterCensus)' });
    }
    if (!f.openedAfterCensus) {
      return finding(id, 'not-applicable', { zh: '网站在第一次全国政府网站普查开始前开设', en: 'The site was opened before the first national census started' }, { openedAfterCensus: false });
    }
    // A vertically managed department applies up its own line (Deyang measures, Art. 12).
    const steps: readonly OpeningStep[] = f.verticallyManaged === true
      ? ['headConsent', 'enteredInReportingSystem', 'lineApproved']
      : ['headConsent', 'appliedToCityOffice', 'enteredInReportingSystem', 'cityOfficeApproved', 'provincialOfficeApproved'];
    const evidence = { openedAfterCensus: true, verticallyManaged: f.verticallyManaged === true, ...Object.fromEntries(steps.map((k) => [k, f[k] ?? null])) };
    const missing = steps.filter((k) => f[k] === false);
    if (missing.length > 0) {
      return finding(id, 'fail', { zh: `开设程序缺少：${missing.map((k) => OPENING_STEPS[k]).join('、')}`, en: `Opened without: ${missing.join(', ')}` }, evidence);
    }
    const unknown = steps.filter((k) => f[k] === undefined);
    if (unknown.length > 0) {
      return finding(id, 'needs-input', { zh: `快照未提供：${unknown.map((k) => `facts.openingApproval.${k}`).join('、')}`, en: `The snapshot does not give ${unknown.map((k) => `facts.openingApproval.${k}`).join(', ')}` }, evidence);
    }
    return finding(id, 'pass', { zh: '网站开设经同意、申请、录入报送系统并审核同意', en: 'Opened with consent, application, entry in the reporting system and approval' }, evidence);
  },
});

export const goLiveRule = defineRule({
  id: 'deyang-2018/art14-go-live',
  title: catalogTitle('deyang-2018/art14-go-live', { zh: '网站上线条件', en: 'Going online' }),
  params: noParams,
  run(ctx, _params, id) {
    const f = ctx.model.facts;
    const code = f?.siteIdentifierCode;
    const items = {
      siteIdentifierCode: code === undefined ? undefined : code !== null && code.trim() !== '',
      securityTestPassed: f?.securityTestPassed,
      openingAnnounced: f?.openingAnnounced,
    };
    const evidence = { siteIdentifierCode: code ?? null, securityTestPassed: items.securityTestPassed ?? null, openingAnnounced: items.openingAnnounced ?? null };
    const missing = Object.entries(items).filter(([, v]) => v === false).map(([k]) => k);
    if (missing.length > 0) {
      return finding(id, 'fail', { zh: `上线条件不满足：${missing.join('、')}`, en: `Not ready to be online: ${missing.join(', ')}` }, evidence);
    }
    const unknown = Object.entries(items).filter(([, v]) => v === undefined).map(([k]) => k);
    if (unknown.length > 0) {
      return finding(id, 'needs-input', { zh: `快照未提供：${unknown.map((k) => `facts.${k}`).join('、')}`, en: `The snapshot does not give ${unknown.map((k) => `facts.${k}`).join(', ')}` }, evidence);
    }
    return finding(id, 'pass', { zh: '有网站标识码，已通过安全检测，已公告开通', en: 'Has its identifier code, passed the security test, opening announced' }, evidence);
  },
});

export const changeFilingRule = defineRule({
  id: 'deyang-2018/art17-change-filing',
  title: catalogTitle('deyang-2018/art17-change-filing', { zh: '网站变更备案', en: 'Filing changes' }),
  params: changeFilingParams,
  run(ctx, p, id) {
    const recorded = ctx.model.facts?.changes?.filter((c) => c.changed.day <= ctx.atDay);
    // A change made before the measures took effect is outside them: counted, not judged.
    const changes = recorded?.filter((c) => !beforeInForce(id, c.changed.day));
    const before = (recorded?.length ?? 0) - (changes?.length ?? 0);
    if (changes === undefined || changes.length === 0) {
      return before === 0
        ? finding(id, 'not-applicable', { zh: '没有记录的网站变更', en: 'No recorded change' })
        : finding(id, 'not-applicable', { zh: `${before}项变更发生在本办法施行前，不适用`, en: `All ${before} change(s) predate the rule: outside it` }, { changes: 0, beforeInForce: before });
    }
    const failing: Record<string, unknown>[] = [];
    let unknown = 0;
    let failCount = 0;
    for (const c of changes) {
      const problems: string[] = [];
      const filed = c.filed !== undefined && c.filed.day <= ctx.atDay ? c.filed : undefined;
      if (filed === undefined) problems.push('not filed');
      else if (p.filingWithinDays !== undefined && filed.day - c.changed.day > p.filingWithinDays) problems.push(`filed after ${p.filingWithinDays} days`);
      if (c.kind === 'domain') {
        if (c.announcedOnSite === false) problems.push('domain change not announced on the site');
        else if (c.announcedOnSite === undefined) unknown++;
      }
      if (problems.length > 0) {
        failCount++;
        if (failing.length < EVIDENCE_CAP) failing.push({ kind: c.kind, changedOn: formatEpochDay(c.changed.day), filedOn: filed === undefined ? null : formatEpochDay(filed.day), problems });
      }
    }
    const evidence = { changes: changes.length, ...outside(before), failing: failCount, details: failing, filingWithinDays: p.filingWithinDays ?? null };
    if (failCount > 0) return finding(id, 'fail', { zh: `${failCount}项变更未按规定备案或公告`, en: `${failCount} change(s) not filed or announced` }, evidence);
    if (unknown > 0) return finding(id, 'needs-input', { zh: '域名变更未说明是否已在网站公告（announcedOnSite）', en: 'A domain change does not say whether it was announced on the site (announcedOnSite)' }, evidence);
    return finding(id, 'pass', { zh: `${changes.length}项变更均已备案`, en: `All ${changes.length} change(s) filed` }, evidence);
  },
});
