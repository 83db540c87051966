import { defineConfig } from 'vitest/config';
import suite from './vitest.mutation.config.js';

// Part 1 of the mutation run (stryker.config.mjs): the calendar's and the rules' own tests only,
// isolated. Every test file re-imports the library for each mutant, and the whole in-process
// suite would put ~31 files behind each calendar mutant (Stryker estimated close to 3 hours);
// these put ~8. Fewer tests
// can only kill fewer mutants, so the score is a lower bound of the whole suite's.
export default defineConfig({
  ...suite,
  test: {
    ...suite.test,
    include: [
      'test/calendar/**/*.test.ts',
      'test/rules/**/*.test.ts',
      // src/time is mutated too (stryker.config.mjs): its own grammar tests.
      'test/time/**/*.test.ts',
      'test/reliability/calendar-*.test.ts',
    ],
  },
});
