/**
 * gov-site-rules: the rules for running Chinese government websites (Deyang 2018 measures, the
 * national census, the OGI regulation) as typed, tested policy functions.
 */
export { RulesError, InvalidInputError, CalendarCoverageError, type PathSegment } from './errors.js';
export * from './calendar/index.js';
export * from './checks/index.js';
export * from './rules/index.js';
export * from './obligations/index.js';
export * from './scoring/index.js';
