/**
 * Types for vitest's `expect`: `import 'gov-site-rules/testing/vitest'` (or list it in
 * `compilerOptions.types`) next to `expect.extend(matchers)` in a setup file. Type-only: the
 * module is empty at run time.
 */
import type {} from 'vitest';
import type { GovSiteRulesMatchers } from './index.js';

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars
  interface Assertion<T = any> extends GovSiteRulesMatchers<void> {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AsymmetricMatchersContaining extends GovSiteRulesMatchers<void> {}
}

export {};
