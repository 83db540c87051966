// @ts-check
// Mutation testing, part 1 of `npm run mutation`: the working-day calendar and the deadline
// rules, static mutants included (the errata and holiday tables are code that runs at import).
// Part 2, stryker.checks.config.mjs, reuses these settings for the rest of src/ (the CLI aside).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  // The in-process suite, with property runs scaled down and the million-item tests left out.
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: ['src/calendar/**/*.ts', 'src/rules/**/*.ts'],
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'json', 'progress'],
  jsonReporter: { fileName: 'reports/mutation/calendar-rules.json' },
  incrementalFile: 'reports/mutation/calendar-rules.incremental.json',
  thresholds: { high: 90, low: 80, break: null },
  concurrency: 2,
  timeoutMS: 20000,
  tempDirName: '.stryker-tmp',
};
