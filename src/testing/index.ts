/**
 * `gov-site-rules/testing`: fast-check arbitraries and `expect` matchers for the test suites of
 * other systems (a CMS, a portal back-end) that compute deadlines and keep columns fresh the way
 * the measures say. fast-check (3 or 4) is an optional peer dependency needed by this subpath only.
 *
 * Types for the runners' `expect`: `import 'gov-site-rules/testing/vitest'` or
 * `import 'gov-site-rules/testing/jest'` (type-only modules).
 */
import { coveredDate, instant, message, publication, restDay, snapshot, workday } from './arbitraries.js';
import { toBeDueBy, toBeWorkday, toFailRule, toPassRule } from './matchers.js';

export {
  coveredDate,
  DEFAULT_OFFSETS,
  instant,
  message,
  publication,
  publicationRule,
  restDay,
  snapshot,
  workday,
  type DateRangeOptions,
  type InstantOptions,
  type MessageOptions,
  type PublicationOptions,
  type SnapshotCase,
  type SnapshotOptions,
} from './arbitraries.js';
export {
  toBeDueBy,
  toBeWorkday,
  toFailRule,
  toPassRule,
  type DueFrom,
  type GovSiteRulesMatchers,
  type MatcherContextLike,
  type MatcherResult,
  type RuleMatcherOptions,
  type WorkdayMatcherOptions,
} from './matchers.js';

/**
 * The fast-check arbitraries, as one object.
 *
 * @example
 * import * as fc from 'fast-check';
 * import { isWorkday } from 'gov-site-rules';
 * fc.sample(arbitraries.workday(), 20).every((d) => isWorkday(d)); // true
 * Object.keys(arbitraries); // ['coveredDate', 'workday', 'restDay', 'instant', 'snapshot', 'publication', 'message']
 */
export const arbitraries = Object.freeze({ coveredDate, workday, restDay, instant, snapshot, publication, message });

/**
 * The matchers, for `expect.extend(matchers)` in vitest or jest.
 *
 * @example
 * Object.keys(matchers); // ['toBeWorkday', 'toBeDueBy', 'toPassRule', 'toFailRule']
 * matchers.toBeWorkday.call({ isNot: false }, '2026-10-09').pass; // true
 */
export const matchers = Object.freeze({ toBeWorkday, toBeDueBy, toPassRule, toFailRule });
