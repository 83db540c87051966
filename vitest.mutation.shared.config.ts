import { defineConfig, mergeConfig } from 'vitest/config';
import isolated from './vitest.mutation.config.js';

// The mutation suite with one module graph per worker instead of one per test file: about twice as
// fast under Stryker, used by stryker.checks.config.mjs (part 2). Safe for mutants Stryker switches
// at run time, except inside a cache a module keeps between calls: a cache filled before the mutant
// was active hides it (the mutant is reported survived, never killed). The calendar's year index is
// such a cache, so part 1 (calendar and rules) runs isolated; in part 2 the only one is the
// per-calendar day list of src/testing/arbitraries.ts. See docs/reliability.md.
export default mergeConfig(isolated, defineConfig({ test: { isolate: false } }));
