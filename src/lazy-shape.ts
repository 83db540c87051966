/**
 * Schemas built on their first use instead of at import (issue 14: the cold start). A zod object
 * reads its shape once, on its first parse (or JSON Schema, or `.shape`), and keeps what it read:
 * a shape whose fields are getters lets a module export a working object schema at import while
 * the field schemas — most of the zod instances a module makes, and their descriptions — are made
 * when the schema is first used. A module of its own, importing only zod.
 */
import * as z from 'zod/mini';

/** A shape of field builders, as a shape of what they build. */
export type BuiltShape<T extends Record<string, () => unknown>> = { [K in keyof T]: ReturnType<T[K]> };

/**
 * `fields` (each key's schema as a function making it), as an object shape whose fields are
 * built on their first read, once each, in the order of `fields`; for `z.object(lazyShape({ … }))`.
 *
 * @example
 * let built = 0;
 * const shape = lazyShape({ n: () => (built++, 'a schema') });
 * [built, shape.n, shape.n, built]; // [0, 'a schema', 'a schema', 1]
 */
export function lazyShape<T extends Record<string, () => unknown>>(fields: T): BuiltShape<T> {
  const shape = {} as BuiltShape<T>;
  for (const key of Object.keys(fields)) {
    const value = lazy(fields[key] as () => unknown);
    Object.defineProperty(shape, key, { enumerable: true, configurable: true, get: value });
  }
  return shape;
}

/**
 * `build`, run on the first call only: later calls return what the first returned.
 *
 * @example
 * let runs = 0;
 * const table = lazy(() => (runs++, new Map([[1, 'a']])));
 * [table() === table(), runs]; // [true, 1]
 */
export function lazy<T>(build: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = build();
      done = true;
    }
    return value;
  };
}

/**
 * `schema.check(...checks)` (a copy of `schema` with `checks` added, its parent `schema`) without
 * reading an object schema's shape: zod/mini's `.check()` copies the definition with an object
 * spread, which reads the shape — and so builds every field of a {@link lazyShape} — at once.
 * The copy here keeps the shape's getter, as zod's own definition merge does.
 *
 * @example
 * import * as z from 'zod/mini';
 * let built = 0;
 * const s = withChecks(z.object(lazyShape({ n: () => (built++, z.number()) })), z.describe('a number'));
 * [built, s.safeParse({ n: 1 }).success, built]; // [0, true, 1]
 */
export function withChecks<S extends z.ZodMiniType>(schema: S, ...checks: z.core.$ZodCheck<z.output<S>>[]): S {
  const def = schema._zod.def;
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(def)) as typeof def;
  copy.checks = [...(def.checks ?? []), ...checks];
  return z.clone(schema, copy, { parent: true });
}
