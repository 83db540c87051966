/**
 * The zod schemas made while a piece of code runs, counted through zod's own hook
 * (`globalThis.__zod_globalConfig.postProcessor`, which zod's constructor calls for every schema
 * it makes; bench/cold-modules.mjs counts the same way). For the tests of schemas built on first
 * use (issue 14: the cold start).
 */

/** The schemas zod makes while `run` runs, with what `run` gave; the hook is put back after. */
export async function counting<T>(run: () => T | Promise<T>): Promise<[T, number]> {
  const config = (globalThis as { __zod_globalConfig?: { postProcessor?: (inst: unknown) => void } }).__zod_globalConfig!;
  const before = config.postProcessor;
  let made = 0;
  config.postProcessor = () => void made++;
  try {
    return [await run(), made];
  } finally {
    config.postProcessor = before;
  }
}
