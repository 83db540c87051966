import { defineConfig } from 'vitest/config';

// The suite Stryker runs against each mutant: the in-process tests of the core. Tests that
// spawn the built binary or dist/ (CLI, package, browser, purity) cannot see a mutant of src/.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [
      'test/cli/**',
      'test/package/**',
      'test/browser/**',
      'test/docs/**',
      'test/reliability/purity.test.ts',
      'test/rules/rules-doc.test.ts',
      'test/testing/consumers.test.ts',
      '**/*cli*.test.ts',
    ],
    testTimeout: 60_000,
    // Stryker reruns the covering tests once per mutant: properties run a tenth of their cases (test/fc-runs.ts).
    // GSR_MUTATION_SUITE leaves out the two million-item size tests of test/reliability/hostile.test.ts.
    env: { GSR_FC_SCALE: '0.1', GSR_MUTATION_SUITE: '1' },
    // Each test file gets fresh modules (vitest's default), so the calendar's lazily built year
    // index is rebuilt with the active mutant. vitest.mutation.shared.config.ts trades that for speed
    // where no such cache is mutated.
    isolate: true,
  },
});
