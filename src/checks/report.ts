/**
 * The check report (docs/checks.md): one finding per rule the profile
 * holds, the verdict and a summary. The zod schema here is the source of the types.
 */
import * as z from 'zod/mini';
import { lazyShape } from '../lazy-shape.js';
import { scoreSchema } from '../scoring/score.js';

export const STATUSES = ['pass', 'fail', 'not-applicable', 'needs-input'] as const;
export type Status = (typeof STATUSES)[number];

export const bilingualSchema = z.object(lazyShape({ zh: () => z.string(), en: () => z.string() }));
/** A message in Chinese and English. */
export type Bilingual = z.infer<typeof bilingualSchema>;

/**
 * The zod schema of a finding.
 *
 * @example
 * findingSchema.safeParse({ rule: 'census/blank-columns', status: 'pass', message: { zh: '通过', en: 'Pass' }, evidence: {} }).success; // true
 */
export const findingSchema = z.object(lazyShape({
  rule: () => z.string(),
  status: () => z.enum(STATUSES),
  message: () => bilingualSchema,
  evidence: () => z.record(z.string(), z.unknown()),
}));
/** What one rule found. */
export type Finding = z.infer<typeof findingSchema>;

/**
 * The zod schema of one new-media account's result: judged on its own by the profile's account
 * rules (`nm-2019/…`); a failing account never changes the site's verdict.
 *
 * @example
 * accountReportSchema.safeParse({ account: 'wx', verdict: 'qualified', findings: [] }).success; // true
 */
export const accountReportSchema = z.object(lazyShape({
  account: () => z.string(),
  verdict: () => z.enum(['qualified', 'unqualified']),
  findings: () => z.array(findingSchema),
}));
/** What the account rules found for one account. */
export type AccountReport = z.infer<typeof accountReportSchema>;

/**
 * The zod schema of a report (what `checkSite` returns).
 *
 * @example
 * const r = checkSite({ schemaVersion: 1, site: { id: 's', name: 'S', kind: 'portal', level: 'city' } }, { at: '2026-11-25T12:00:00+08:00' });
 * checkReportSchema.safeParse(r).success; // true
 */
export const checkReportSchema = z.object(lazyShape({
  at: () => z.string(),
  profile: () => z.string(),
  site: () => z.string(),
  verdict: () => z.enum(['qualified', 'unqualified']),
  findings: () => z.array(findingSchema),
  summary: () => z.object({ pass: z.number(), fail: z.number(), 'not-applicable': z.number(), 'needs-input': z.number() }),
  /** The score, when the check ran with a scorecard (docs/scorecards.md). */
  score: () => z.optional(scoreSchema),
  /** Present when the profile has account rules (gov-2019): one entry per account of the snapshot. */
  accounts: () => z.optional(z.array(accountReportSchema)),
}));
/** The report of one site at one checkpoint. */
export type CheckReport = z.infer<typeof checkReportSchema>;

/**
 * A finding, with its evidence defaulting to `{}`.
 *
 * @example
 * finding('deyang-2018/art28-links', 'pass', { zh: '无违规链接', en: 'No forbidden links' }).status; // 'pass'
 */
export function finding(rule: string, status: Status, message: Bilingual, evidence: Record<string, unknown> = {}): Finding {
  return { rule, status, message, evidence };
}

/**
 * The overall status of several sub-results: any fail → fail; else any needs-input → needs-input;
 * else any pass → pass; else not-applicable.
 *
 * @example
 * combineStatuses(['pass', 'needs-input', 'not-applicable']); // 'needs-input'
 */
export function combineStatuses(statuses: Iterable<Status>): Status {
  let pass = false;
  let needs = false;
  for (const s of statuses) {
    if (s === 'fail') return 'fail';
    if (s === 'needs-input') needs = true;
    else if (s === 'pass') pass = true;
  }
  return needs ? 'needs-input' : pass ? 'pass' : 'not-applicable';
}
