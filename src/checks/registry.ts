/**
 * Every built-in rule. A new check is a module exporting a `defineRule(...)` and one line here.
 */
import { censusRules } from './census.js';
import { gov2019DeductionRules } from './gov2019-deductions.js';
import { census2015Rules, gov2019Rules, nm2019Rules } from './national.js';
import { incidentReportRule } from './incidents.js';
import { changeFilingRule, goLiveRule, openingApprovalRule } from './lifecycle.js';
import { linksRule } from './links.js';
import { errorCorrectionRule, opinionFeedbackRule } from './messages.js';
import { temporaryOfflineRule } from './outages.js';
import { publicationRules } from './publication.js';
import { selfInspectionRule } from './reports.js';
import { priorReviewRule, threeReviewRule } from './review.js';
import type { RuleDefinition } from './rule.js';
import { updateFrequencyRule } from './update-frequency.js';

/**
 * The built-in rules, by id.
 *
 * @example
 * builtinRules.some((r) => r.id === 'census/blank-columns'); // true
 */
export const builtinRules: readonly RuleDefinition<any>[] = Object.freeze([
  openingApprovalRule,
  goLiveRule,
  temporaryOfflineRule,
  changeFilingRule,
  threeReviewRule,
  ...publicationRules,
  updateFrequencyRule,
  opinionFeedbackRule,
  priorReviewRule,
  linksRule,
  incidentReportRule,
  selfInspectionRule,
  errorCorrectionRule,
  ...censusRules,
  ...gov2019DeductionRules,
  ...census2015Rules,
  ...gov2019Rules,
  ...nm2019Rules,
]);
