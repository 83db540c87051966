/**
 * Rules: the catalog, deadlines, the disclosure-request timeline and timeliness.
 */
export { catalog, ruleById, DOCUMENTS, type RuleId, type DeadlineRuleId } from './catalog.js';
export { catalogEntrySchema, catalogSchema, indicatorParametersSchema, type CatalogEntry, type DeadlineParameters, type IndicatorParameters, type PeriodUnit, type RuleKind } from './catalog-schema.js';
export {
  deadline,
  activityDeadline,
  policyDocumentDeadline,
  interpretationDeadline,
  proactiveDisclosureDeadline,
  opinionFeedbackDeadline,
  incidentReportDeadline,
  selfInspectionDeadline,
  errorCorrectionDeadline,
  supervisionAnnualReportDeadline,
  migrationNoticeDeadline,
  ogiProactiveDeadline,
  ogiCorrectionNoticeDeadline,
  ogiThirdPartyDeadline,
  ogiReplyDeadline,
  ogiAnnualReportDeadline,
  ogi2008ReplyDeadline,
  type DeadlineResult,
  type ArticleRef,
} from './deadlines.js';
export type { DeadlineInputs, DeadlineInput, EventInput, InstantInput, OpinionInput, ReplyInput, QuarterInput, YearInput as ReportYearInput, AnnualReportInput } from './inputs.js';
export type { DeadlineOptions, CalendarOptions } from './options.js';
export { requestReplyDeadline, type RequestTimelineInput, type RequestReplyResult } from './request-timeline.js';
export { assess, type AssessInput, type Assessment, type Lateness } from './assess.js';
