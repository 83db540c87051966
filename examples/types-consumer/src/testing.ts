// `gov-site-rules/testing` (it needs fast-check, its peer dependency, and no test runner).
import { arbitraries, matchers } from 'gov-site-rules/testing';

const result = matchers.toBeDueBy.call({ isNot: false }, '2026-10-10', 'deyang-2018/art24-policy-document', '2026-09-30');
const pass: boolean = result.pass;
export const checked = [pass, arbitraries.coveredDate] as const;
