/**
 * Types for jest's `expect`: `import 'gov-site-rules/testing/jest'` (or a triple-slash
 * `/// <reference types="gov-site-rules/testing/jest" />`) next to `expect.extend(matchers)` in
 * a setup file. Covers both the global `expect` of `@types/jest` (`namespace jest`) and the
 * `expect` of `@jest/globals` (module `expect`). Type-only: the module is empty at run time.
 */
import type {} from 'expect';
import type { GovSiteRulesMatchers } from './index.js';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars
    interface Matchers<R, T = {}> extends GovSiteRulesMatchers<R> {}
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface Expect extends GovSiteRulesMatchers<unknown> {}
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface InverseAsymmetricMatchers extends GovSiteRulesMatchers<unknown> {}
  }
}

declare module 'expect' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars
  interface Matchers<R extends void | Promise<void>, T = unknown> extends GovSiteRulesMatchers<R> {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AsymmetricMatchers extends GovSiteRulesMatchers<void> {}
}

export {};
