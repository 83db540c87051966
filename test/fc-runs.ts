/**
 * Property-run counts, scaled by `GSR_FC_SCALE` (default 1). The mutation suite
 * (vitest.mutation.config.ts) runs every property with a tenth of its runs, because Stryker
 * reruns the covering tests once per mutant; `npm test` always runs the full counts.
 */
const raw = Number(process.env.GSR_FC_SCALE ?? '1');
const scale = Number.isFinite(raw) && raw > 0 && raw <= 1 ? raw : 1;

/** `n` property runs at full scale, never fewer than 20 when scaled down. */
export const fcRuns = (n: number): number => (scale === 1 ? n : Math.max(20, Math.ceil(n * scale)));
