import checks from './stryker.checks.config.mjs';
export default { ...checks, vitest: { configFile: 'vitest.obl2-tmp.config.ts' } };
