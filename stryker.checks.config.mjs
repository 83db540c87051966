// @ts-check
// Mutation testing, part 2 of `npm run mutation`: everything in src/ but the calendar, the rules
// (part 1, stryker.config.mjs) and the CLI. Static mutants (zod schema construction, rule and
// profile tables: code that runs only while a module loads) are ignored: each would need the
// whole suite rerun with fresh modules, hours on the project's 2-core machine.
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: ['src/**/*.ts', '!src/calendar/**', '!src/rules/**', '!src/cli/**'],
  ignoreStatic: true,
  jsonReporter: { fileName: 'reports/mutation/checks.json' },
  incrementalFile: 'reports/mutation/checks.incremental.json',
};
