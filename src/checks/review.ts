/**
 * `deyang-2018/art24-three-review` (三审: 初审 → 审核 → 审发) and `deyang-2018/art27-prior-review`
 * (no publication without review; 保密审查 before disclosure). Only published items are judged.
 * A publication whose `reviews` is absent has no known trail (`needs-input`); `reviews: []` means
 * it was published without any review (`fail`). An item published before the measures took effect
 * is outside them: counted as `beforeInForce`, not judged.
 */
import { beijingDayOfInstant } from '../time/index.js';
import { type CheckContext, EVIDENCE_CAP, iso } from './context.js';
import { beforeInForce, outside, catalogTitle } from './deadlines.js';
import { hasThreeDistinctApprovedStages, reviewedBeforePublication } from './predicates.js';
import type { PublicationModel } from './read.js';
import { finding } from './report.js';
import { threeReviewParams } from './params.js';
import { defineRule, noParams } from './rule.js';

type Published = PublicationModel & { publishedMs: number };

/** The items published by the checkpoint; those published before the rule took effect are outside it (counted, not judged). */
function published(list: readonly PublicationModel[] | undefined, ctx: CheckContext, ruleId: string): { list: Published[]; beforeInForce: number } | undefined {
  if (list === undefined) return undefined;
  const out: Published[] = [];
  let before = 0;
  for (const p of list) {
    if (p.publishedMs === undefined || p.publishedMs > ctx.at) continue;
    if (beforeInForce(ruleId, beijingDayOfInstant(p.publishedMs))) before++;
    else out.push(p as Published);
  }
  return { list: out, beforeInForce: before };
}

function nothingPublished(id: string, before: number) {
  return before === 0
    ? finding(id, 'not-applicable', { zh: '检查时间点前没有已发布的信息', en: 'Nothing published before the checkpoint' })
    : finding(id, 'not-applicable', { zh: `${before}条信息发布于本办法施行前，不适用`, en: `All ${before} publication(s) predate the rule: outside it` }, { published: 0, beforeInForce: before });
}

export const threeReviewRule = defineRule({
  id: 'deyang-2018/art24-three-review',
  title: catalogTitle('deyang-2018/art24-three-review', { zh: '信息“三审”制度', en: 'Three-stage review' }),
  params: threeReviewParams,
  run(ctx, p, id) {
    const pubs = published(ctx.model.publications, ctx, id);
    if (pubs === undefined) return finding(id, 'needs-input', { zh: '快照未提供发布记录', en: 'The snapshot has no publications' });
    const list = pubs.list;
    if (list.length === 0) return nothingPublished(id, pubs.beforeInForce);
    const failing: Record<string, unknown>[] = [];
    const unknown: string[] = [];
    let failCount = 0;
    for (const pub of list) {
      if (pub.reviews === undefined) {
        if (unknown.length < EVIDENCE_CAP) unknown.push(pub.id);
        continue;
      }
      const trail = hasThreeDistinctApprovedStages(pub.reviews, pub.publishedMs, p.minDistinctReviewers);
      if (!trail.ok) {
        failCount++;
        if (failing.length < EVIDENCE_CAP) failing.push({ id: pub.id, publishedAt: iso(pub.publishedMs), problem: trail.problem });
      }
    }
    const unknownCount = list.filter((x) => x.reviews === undefined).length;
    const evidence = { published: list.length, ...outside(pubs.beforeInForce), failing: failCount, minDistinctReviewers: p.minDistinctReviewers, publications: failing, withoutTrail: unknown, withoutTrailCount: unknownCount };
    if (failCount > 0) {
      return finding(id, 'fail', { zh: `${failCount}条信息未经完整“三审”即发布`, en: `${failCount} publication(s) not through initial → verify → release review before publication` }, evidence);
    }
    if (unknownCount > 0) {
      return finding(id, 'needs-input', { zh: `${unknownCount}条信息没有审核记录（reviews）`, en: `${unknownCount} publication(s) have no review trail (reviews)` }, evidence);
    }
    return finding(id, 'pass', { zh: `${list.length}条信息均经“三审”后发布`, en: `All ${list.length} publication(s) went through the three reviews` }, evidence);
  },
});

export const priorReviewRule = defineRule({
  id: 'deyang-2018/art27-prior-review',
  title: catalogTitle('deyang-2018/art27-prior-review', { zh: '先审后发与保密审查', en: 'Review and confidentiality review before publication' }),
  params: noParams,
  run(ctx, _params, id) {
    const pubs = published(ctx.model.publications, ctx, id);
    if (pubs === undefined) return finding(id, 'needs-input', { zh: '快照未提供发布记录', en: 'The snapshot has no publications' });
    const list = pubs.list;
    if (list.length === 0) return nothingPublished(id, pubs.beforeInForce);
    const failing: Record<string, unknown>[] = [];
    let failCount = 0;
    let unknownCount = 0;
    const unknown: string[] = [];
    for (const pub of list) {
      const problems: string[] = [];
      if (pub.reviews !== undefined && !reviewedBeforePublication(pub.reviews, pub.publishedMs)) problems.push('published without an approved review');
      if (pub.confidentialityMs === undefined) problems.push('no confidentiality review (保密审查)');
      else if (pub.confidentialityMs > pub.publishedMs) problems.push('confidentiality review after publication');
      if (problems.length > 0) {
        failCount++;
        if (failing.length < EVIDENCE_CAP) {
          failing.push({ id: pub.id, publishedAt: iso(pub.publishedMs), confidentialityReviewedAt: pub.confidentialityMs === undefined ? null : iso(pub.confidentialityMs), problems });
        }
      } else if (pub.reviews === undefined) {
        unknownCount++;
        if (unknown.length < EVIDENCE_CAP) unknown.push(pub.id);
      }
    }
    // The same evidence keys as art24-three-review: ids (capped) and their count.
    const evidence = { published: list.length, ...outside(pubs.beforeInForce), failing: failCount, withoutTrail: unknown, withoutTrailCount: unknownCount, publications: failing };
    if (failCount > 0) {
      return finding(id, 'fail', { zh: `${failCount}条信息未经审核或保密审查即发布`, en: `${failCount} publication(s) published without review or confidentiality review` }, evidence);
    }
    if (unknownCount > 0) {
      return finding(id, 'needs-input', { zh: `${unknownCount}条信息没有审核记录（reviews）`, en: `${unknownCount} publication(s) have no review trail (reviews)` }, evidence);
    }
    return finding(id, 'pass', { zh: `${list.length}条信息均经审核和保密审查后发布`, en: `All ${list.length} publication(s) reviewed and confidentiality-reviewed before publication` }, evidence);
  },
});
