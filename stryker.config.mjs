// @ts-check
// Mutation testing, part 1 of `npm run mutation`: the working-day calendar and the deadline
// rules. Part 2, stryker.checks.config.mjs, reuses these settings for the rest of src/ (the CLI
// aside). `ignoreStatic`: without it, every mutant that runs while a module loads (1,349 of part
// 1's 1,728) would need the whole suite rerun on fresh modules, which Stryker estimated at about 6
// hours on the project's 2-core machine. With it, the ones that run only at load (410 here: the
// errata and holiday tables, zod schema construction, rule tables) are ignored, and the others
// are tested with the tests that reach them. The tables are checked day by day against the
// oracle instead (test/calendar/differential.test.ts, provisional.test.ts).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  // The calendar's and the rules' in-process tests, property runs scaled down, each test file
  // with fresh modules (the calendar builds its year index lazily, once).
  vitest: { configFile: 'vitest.mutation.calendar.config.ts' },
  mutate: ['src/calendar/**/*.ts', 'src/rules/**/*.ts', 'src/time/**/*.ts'],
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  reporters: ['clear-text', 'json', 'progress'],
  jsonReporter: { fileName: 'reports/mutation/calendar-rules.json' },
  incrementalFile: 'reports/mutation/calendar-rules.incremental.json',
  thresholds: { high: 90, low: 80, break: null },
  concurrency: 2,
  timeoutMS: 20000,
  tempDirName: '.stryker-tmp',
  // vitest strips types without checking them, so Stryker's `// @ts-nocheck` banner buys nothing
  // and it breaks test/calendar/base-table.test.ts, which compares the generated file's text.
  disableTypeChecks: false,
};
