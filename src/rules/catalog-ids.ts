/**
 * The ids of the rule catalog's check and indicator entries, without the entries: what
 * `deadlineEntry` needs to say why it refuses such an id, and what the site checks need to know a
 * catalog id, without loading the entries' text (so that a bundle of `deadline` carries no check
 * and no indicator). An index of the catalog, not a second source: test/rules/catalog-parts.test.ts
 * proves each list equals the catalog's ids of that kind, in the catalog's order.
 */

/** The ids of the catalog's `check` entries, in catalog order. */
export const CHECK_IDS: readonly string[] = Object.freeze([
  'deyang-2018/art10-consolidation', 'deyang-2018/art12-opening-approval', 'deyang-2018/art14-go-live',
  'deyang-2018/art16-temporary-offline', 'deyang-2018/art17-change-filing', 'deyang-2018/art24-three-review',
  'deyang-2018/art24-update-frequency', 'deyang-2018/art27-prior-review', 'deyang-2018/art28-links',
  'census/site-unreachable', 'census/homepage-stale', 'census/columns-stale', 'census/columns-neglected',
  'census/blank-columns', 'census/interaction-unanswered', 'census/serious-problems', 'census/services-unusable',
  'census-2015/veto-site-unreachable', 'census-2015/veto-site-stale', 'census-2015/veto-columns-stale.a',
  'census-2015/veto-columns-stale.b', 'census-2015/veto-columns-stale.c', 'census-2015/veto-serious-error',
  'census-2015/veto-interaction-poor', 'gov-2019/veto-security-incident', 'gov-2019/veto-site-unreachable',
  'gov-2019/veto-homepage-stale', 'gov-2019/veto-columns-stale.a', 'gov-2019/veto-columns-stale.b',
  'gov-2019/veto-columns-stale.c', 'gov-2019/veto-interaction-poor.a', 'gov-2019/veto-interaction-poor.b',
  'gov-2019/veto-service-impractical.a', 'gov-2019/veto-service-impractical.b', 'nm-2019/veto-content-stale',
  'nm-2019/veto-interaction-poor', 'nm-2019/veto-security-incident', 'gov-2019/publish/leader-info',
  'gov-2019/publish/policy-docs', 'gov-2019/publish/interpretation-link', 'gov-2019/service/service-stats',
  'gov-2019/interact/message-disclosure', 'gov-2019/interact/reply-handling',
]);

/** The ids of the catalog's `indicator` entries (made from the 2019 scorecard), in catalog order. */
export const INDICATOR_IDS: readonly string[] = Object.freeze([
  'gov-2019/publish', 'gov-2019/publish/overview-info', 'gov-2019/publish/org-functions', 'gov-2019/publish/news',
  'gov-2019/publish/policy-interpretation', 'gov-2019/publish/interpretation-ratio',
  'gov-2019/publish/other-columns', 'gov-2019/service', 'gov-2019/service/item-disclosure',
  'gov-2019/service/online-application', 'gov-2019/service/guide', 'gov-2019/service/content-accuracy',
  'gov-2019/service/form-samples', 'gov-2019/interact', 'gov-2019/interact/submission',
  'gov-2019/interact/unified-login', 'gov-2019/design', 'gov-2019/design/domain-name', 'gov-2019/design/site-marks',
  'gov-2019/design/availability', 'gov-2019/design/find-error-entry', 'gov-2019/design/search',
  'gov-2019/design/ipv6', 'gov-2019/bonus', 'gov-2019/bonus/data-release', 'gov-2019/bonus/interpret-respond',
  'gov-2019/bonus/realtime-interaction', 'gov-2019/bonus/user-space', 'gov-2019/bonus/smart-search',
]);
