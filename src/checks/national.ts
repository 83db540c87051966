/**
 * The national indicator systems, versioned by the checkpoint (docs/national.md): the 2015 first
 * census table (国办发〔2015〕15号 附件2; rule ids `census-2015/…`) and the 2019 check indicators
 * (国办秘函〔2019〕19号; `gov-2019/…` for websites, `nm-2019/…` for new-media accounts). Each rule
 * is a census predicate of census.ts with its own id and the parameters its table states; the
 * differences between the two tables are parameter values, not copies of the predicates.
 */
import * as z from 'zod/mini';
import {
  blankColumnsSpec, columnsNeglectedSpec, columnsStaleSpec, homepageStaleSpec, interactionUnansweredSpec, type RuleSpec,
  seriousProblemsSpec, servicesUnusableSpec, siteUnreachableSpec,
} from './census.js';
import { type CheckContext, EVIDENCE_CAP, iso } from './context.js';
import {
  accountStaleParams, census2015ColumnsNeglectedParams, census2015ColumnsStaleParams, census2015InteractionParams, census2015SeriousErrorParams,
  censusHomepageStaleParams, gov2019GuideParams, gov2019InteractionParams,
} from './params.js';
import { describePeriod } from './instant.js';
import { hasItemWithin, lastAtOrBefore } from './predicates.js';
import type { AccountModel } from './read.js';
import { type Bilingual, type Finding, finding } from './report.js';
import { defineRule, noParams, type RuleDefinition } from './rule.js';


/** A census predicate under another id and title (and, where the table differs, other parameter defaults). */
function version<S extends z.ZodMiniType, const I extends string>(s: RuleSpec<S>, id: I, title: Bilingual, params?: z.ZodMiniType<z.output<S>>): RuleDefinition<z.output<S>, I> {
  return defineRule({ ...s, id, title, params: (params ?? s.params) as S });
}

// ---------------------------------------------------------------- 2015 census (five veto indicators)
/**
 * The veto rules of the 2015 census table: 栏目不更新 counts notice/policy columns of any level,
 * undated items count as not updated, 严重错误 covers wording errors, false and harmful content, and
 * 互动回应差 counts every message of a consultation or petition column (its exclusions were 在线访谈、
 * 调查征集、举报投诉).
 */
export const census2015Rules = [
  version(siteUnreachableSpec, 'census-2015/veto-site-unreachable', { zh: '站点无法访问', en: 'Site unreachable' }),
  version(homepageStaleSpec, 'census-2015/veto-site-stale', { zh: '网站不更新', en: 'Site not updated' }, censusHomepageStaleParams),
  version(columnsStaleSpec, 'census-2015/veto-columns-stale.a', { zh: '栏目不更新（动态要闻、通知公告、政策文件）', en: 'Columns not updated (news, notices, policies)' },
    census2015ColumnsStaleParams),
  version(columnsNeglectedSpec, 'census-2015/veto-columns-stale.b', { zh: '栏目不更新（应更新但长期未更新）', en: 'Columns not updated (long neglected)' },
    census2015ColumnsNeglectedParams),
  version(blankColumnsSpec, 'census-2015/veto-columns-stale.c', { zh: '栏目不更新（空白栏目）', en: 'Columns not updated (blank columns)' }),
  version(seriousProblemsSpec, 'census-2015/veto-serious-error', { zh: '严重错误', en: 'Serious errors' },
    census2015SeriousErrorParams),
  version(interactionUnansweredSpec, 'census-2015/veto-interaction-poor', { zh: '互动回应差', en: 'Poor interaction' },
    census2015InteractionParams),
] as const;

// ---------------------------------------------------------------- 2019 check indicators, websites (six veto indicators)
const consultationChannelSpec: RuleSpec<typeof noParams> = {
  veto: true,
  title: { zh: '互动回应差（无有效咨询建言渠道）', en: 'Poor interaction (no consultation channel)' },
  params: noParams,
  run(ctx, _p, id) {
    const channel = ctx.model.facts?.consultationChannel;
    if (channel === false) {
      return finding(id, 'fail', { zh: '网站没有有效的网上咨询建言渠道（网上信访、纪检举报渠道不计）', en: 'The site has no effective online consultation channel (petition and discipline channels do not count)' }, { consultationChannel: false });
    }
    if (channel === undefined) {
      return finding(id, 'needs-input', { zh: '快照未说明是否有有效的在线咨询渠道（facts.consultationChannel）', en: 'The snapshot does not say whether an online consultation channel exists (facts.consultationChannel)' });
    }
    return finding(id, 'pass', { zh: '有有效的网上咨询建言渠道', en: 'An effective online consultation channel exists' }, { consultationChannel: true });
  },
};

const serviceOfferingSpec: RuleSpec<typeof noParams> = {
  veto: true,
  title: { zh: '服务不实用（未提供办事服务）', en: 'Services impractical (no service)' },
  params: noParams,
  run(ctx, _p, id) {
    const online = ctx.model.facts?.onlineServices;
    if (online === false) return finding(id, 'fail', { zh: '网站未提供办事服务', en: 'The site offers no government service' }, { onlineServices: false });
    if (online === undefined) {
      return finding(id, 'needs-input', { zh: '快照未说明是否提供在线服务（facts.onlineServices）', en: 'The snapshot does not say whether online services exist (facts.onlineServices)' });
    }
    return finding(id, 'pass', { zh: '网站提供办事服务', en: 'The site offers government services' }, { onlineServices: true });
  },
};

/**
 * The website veto rules of the 2019 check indicators: 栏目不更新 counts first-level notice/policy
 * columns only; whether undated items count as not updated is not known (parameter `undatedItems`
 * without a default); 互动回应差 is split into "no consultation channel" (.a) and "valid messages
 * unanswered over 3 months" (.b, 网上信访 and 纪检举报 excluded); 服务不实用 is new (.a no service; .b
 * guides missing key elements, its threshold UNKNOWN: a parameter without a default).
 */
export const gov2019Rules = [
  version(seriousProblemsSpec, 'gov-2019/veto-security-incident', { zh: '安全、泄密事故等严重问题', en: 'Security incidents, leaks and other serious problems' }),
  version(siteUnreachableSpec, 'gov-2019/veto-site-unreachable', { zh: '站点无法访问', en: 'Site unreachable' }),
  version(homepageStaleSpec, 'gov-2019/veto-homepage-stale', { zh: '首页不更新', en: 'Homepage not updated' }),
  version(columnsStaleSpec, 'gov-2019/veto-columns-stale.a', { zh: '栏目不更新（动态要闻、一级通知公告和政策文件栏目）', en: 'Columns not updated (news, first-level notices and policies)' }),
  version(columnsNeglectedSpec, 'gov-2019/veto-columns-stale.b', { zh: '栏目不更新（应更新但长期未更新）', en: 'Columns not updated (long neglected)' }),
  version(blankColumnsSpec, 'gov-2019/veto-columns-stale.c', { zh: '栏目不更新（空白栏目）', en: 'Columns not updated (blank columns)' }),
  version(consultationChannelSpec, 'gov-2019/veto-interaction-poor.a', consultationChannelSpec.title),
  version(interactionUnansweredSpec, 'gov-2019/veto-interaction-poor.b', { zh: '互动回应差（有效留言超过3个月未答复）', en: 'Poor interaction (valid messages unanswered over 3 months)' },
    gov2019InteractionParams),
  version(serviceOfferingSpec, 'gov-2019/veto-service-impractical.a', serviceOfferingSpec.title),
  version(servicesUnusableSpec, 'gov-2019/veto-service-impractical.b', { zh: '服务不实用（办事指南重点要素缺失）', en: 'Services impractical (guides missing key elements)' },
    gov2019GuideParams),
] as const;

// ---------------------------------------------------------------- 2019 check indicators, new-media accounts
/** What an account rule sees: the site's context plus the account judged. */
export interface AccountContext extends CheckContext {
  readonly account: AccountModel;
}

function accountRule<S extends z.ZodMiniType, const I extends string>(r: {
  id: I;
  title: Bilingual;
  params: S;
  run(ctx: CheckContext, account: AccountModel, p: z.output<S>, id: string): Finding;
}): RuleDefinition<z.output<S>, I> {
  const def = defineRule({ id: r.id, veto: true, title: r.title, params: r.params, run: (ctx, p, id) => r.run(ctx, (ctx as AccountContext).account, p, id) });
  return Object.freeze({ ...def, scope: 'account' as const });
}

/**
 * The three veto rules for 政务新媒体 accounts (2019): no post in the 2 weeks before the checkpoint;
 * no effective interaction function; serious problems (wrong statements, leaks, bought followers
 * or forced likes). Each account is judged on its own (`report.accounts`).
 */
export const nm2019Rules = [
  accountRule({
    id: 'nm-2019/veto-content-stale',
    title: { zh: '内容不更新', en: 'Content not updated' },
    params: accountStaleParams,
    run(ctx, a, p, id) {
      const from = ctx.before(p.period);
      const span = describePeriod(p.period);
      const last = lastAtOrBefore(a.posts, ctx.at);
      const evidence = { window: { from: iso(from), to: iso(ctx.at) }, lastPost: last === undefined ? null : iso(last) };
      if (a.openedMs !== undefined && a.openedMs > from) {
        return finding(id, 'not-applicable', { zh: `账号开设不足${span.zh}`, en: `The account opened less than ${span.en} before the checkpoint` }, evidence);
      }
      if (!hasItemWithin(a.posts, from, ctx.at)) {
        return finding(id, 'fail', { zh: `监测时间点前${span.zh}内无信息更新`, en: `No post in the ${span.en} before the checkpoint` }, evidence);
      }
      return finding(id, 'pass', { zh: `${span.zh}内有更新`, en: `Posted within ${span.en}` }, evidence);
    },
  }),
  accountRule({
    id: 'nm-2019/veto-interaction-poor',
    title: { zh: '互动回应差', en: 'Poor interaction' },
    params: noParams,
    run(_ctx, a, _p, id) {
      const evidence = { interactionAvailable: a.interactionAvailable };
      if (a.interactionAvailable === false) return finding(id, 'fail', { zh: '未提供有效互动功能', en: 'No effective interaction function' }, evidence);
      if (a.interactionAvailable === null) {
        return finding(id, 'needs-input', { zh: '快照未说明是否提供有效互动功能（interactionAvailable）', en: 'The snapshot does not say whether an interaction function exists (interactionAvailable)' }, evidence);
      }
      return finding(id, 'pass', { zh: '提供有效互动功能', en: 'An effective interaction function exists' }, evidence);
    },
  }),
  accountRule({
    id: 'nm-2019/veto-security-incident',
    title: { zh: '安全、泄密事故等严重问题', en: 'Security incidents, leaks and other serious problems' },
    params: noParams,
    run(_ctx, a, _p, id) {
      const problems = a.facts?.seriousProblems;
      const fake = a.facts?.fakeEngagement;
      const list = (problems ?? []).slice(0, EVIDENCE_CAP).map((x) => (typeof x === 'string' ? { kind: x } : x));
      const evidence = { seriousProblems: problems === undefined ? null : list, fakeEngagement: fake ?? null };
      if ((problems?.length ?? 0) > 0 || fake === true) {
        const n = (problems?.length ?? 0) + (fake === true ? 1 : 0);
        return finding(id, 'fail', {
          zh: `存在${n}个严重问题${fake === true ? '（含购买粉丝、强制点赞等弄虚作假）' : ''}`,
          en: `${n} serious problem(s) stated${fake === true ? ' (including bought followers or forced likes)' : ''}`,
        }, evidence);
      }
      if (problems === undefined || fake === undefined) {
        return finding(id, 'needs-input', {
          zh: '快照未说明账号是否存在严重问题或弄虚作假（facts.seriousProblems、facts.fakeEngagement）',
          en: 'The snapshot does not state the account\'s serious problems or fake engagement (facts.seriousProblems, facts.fakeEngagement)',
        }, evidence);
      }
      return finding(id, 'pass', { zh: '未报告严重问题', en: 'No serious problem stated' }, evidence);
    },
  }),
] as const;
