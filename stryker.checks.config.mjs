// @ts-check
// Mutation testing, part 2 of `npm run mutation`: everything in src/ but the calendar, the rules
// (part 1, stryker.config.mjs) and the CLI, static mutants ignored as there.
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: ['src/**/*.ts', '!src/calendar/**', '!src/rules/**', '!src/cli/**'],
  vitest: { configFile: 'vitest.mutation.shared.config.ts' },
  jsonReporter: { fileName: 'reports/mutation/checks.json' },
  incrementalFile: 'reports/mutation/checks.incremental.json',
};
