/**
 * Scoring: scorecards as data (the national 2019 one built in) and the score of a site.
 */
export {
  scorecardSchema,
  scorecardExtensionSchema,
  confidenceSchema,
  gov2019Scorecard,
  SCORECARDS,
  resolveScorecard,
  type Scorecard,
  type ScorecardInput,
  type ScorecardExtension,
  type Indicator,
  type Confidence,
} from './scorecard.js';
export { computeScore, scoreSchema, type Score, type ScoreInput } from './score.js';
export {
  selfInspect,
  shippedScorecardAt,
  renderSelfInspectionMarkdown,
  renderSelfInspectionHtml,
  createCitySummary,
  renderCitySummaryMarkdown,
  renderCitySummaryHtml,
  escapeHtml,
  type SelfInspection,
  type SelfInspectOptions,
  type CitySummary,
  type ColumnFreshness,
  type InspectionItem,
  type AccountVerdict,
} from './self-inspection.js';
