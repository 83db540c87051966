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

/** The `never` every strict object made here refuses unknown keys with (zod reads only its type): one, built on first use. */
const never = /* @__PURE__ */ lazy(() => z.never());

/** The definition zod/mini gives an object: no `checks` key when there are none, as `z.object` gives it. */
function objectDef(shape: object, catchall: z.core.$ZodType | undefined, checks: readonly z.core.$ZodCheck<never>[]) {
  return { type: 'object' as const, shape, ...(catchall === undefined ? {} : { catchall }), ...(checks.length === 0 ? {} : { checks: [...checks] }) };
}

/**
 * `z.strictObject(shape).check(...checks)`, the same schema (unknown keys refused with the same
 * issue, the same type, parses and JSON Schema) as one zod instance besides the checks: zod/mini
 * makes a `never` for each strict object and a copy for each `.check()`; here every strict object
 * shares one `never`, and the checks are given when the schema is made. It does not read the
 * shape, so a {@link lazyShape} stays lazy until the first use.
 *
 * @example
 * import * as z from 'zod/mini';
 * const s = strictObject({ n: z.number() }, z.describe('a number'));
 * [s.safeParse({ n: 1 }).success, s.safeParse({ n: 1, x: 2 }).error?.issues[0]?.code]; // [true, 'unrecognized_keys']
 */
/* @__NO_SIDE_EFFECTS__ */
export function strictObject<T extends z.core.$ZodLooseShape>(shape: T, ...checks: z.core.$ZodCheck<z.output<z.ZodMiniObject<z.core.util.Writeable<T>, z.core.$strict>>>[]): z.ZodMiniObject<z.core.util.Writeable<T>, z.core.$strict> {
  return new z.ZodMiniObject(objectDef(shape, never(), checks as z.core.$ZodCheck<never>[]) as z.core.$ZodObjectDef) as unknown as z.ZodMiniObject<z.core.util.Writeable<T>, z.core.$strict>;
}

/**
 * `z.object(shape).check(...checks)` (unknown keys stripped), as one zod instance besides the checks.
 *
 * @example
 * import * as z from 'zod/mini';
 * const s = object({ n: z.number() }, z.meta({ title: 'N' }));
 * [s.parse({ n: 1, x: 2 }), z.globalRegistry.get(s)?.title]; // [{ n: 1 }, 'N']
 */
/* @__NO_SIDE_EFFECTS__ */
export function object<T extends z.core.$ZodLooseShape>(shape: T, ...checks: z.core.$ZodCheck<z.output<z.ZodMiniObject<z.core.util.Writeable<T>, z.core.$strip>>>[]): z.ZodMiniObject<z.core.util.Writeable<T>, z.core.$strip> {
  return new z.ZodMiniObject(objectDef(shape, undefined, checks as z.core.$ZodCheck<never>[]) as z.core.$ZodObjectDef) as unknown as z.ZodMiniObject<z.core.util.Writeable<T>, z.core.$strip>;
}

/**
 * {@link strictObject} of a {@link lazyShape}: `fields` gives each key's schema as a function
 * making it, built on the first parse, JSON Schema or read of the shape.
 *
 * @example
 * import * as z from 'zod/mini';
 * const point = lazyStrictObject({ x: () => z.number() });
 * [point.safeParse({ x: 1 }).success, point.safeParse({ x: 1, y: 2 }).success]; // [true, false]
 */
/* @__NO_SIDE_EFFECTS__ */
export function lazyStrictObject<T extends Record<string, () => z.core.$ZodType>>(fields: T): z.ZodMiniObject<z.core.util.Writeable<BuiltShape<T>>, z.core.$strict> {
  return strictObject(lazyShape(fields) as BuiltShape<T> & z.core.$ZodLooseShape) as z.ZodMiniObject<z.core.util.Writeable<BuiltShape<T>>, z.core.$strict>;
}

/**
 * `z.record(key(), value()).check(...checks)`, its key and value schemas built on their first use
 * (zod reads them when it parses or makes a JSON Schema), as one zod instance besides the checks.
 *
 * @example
 * import * as z from 'zod/mini';
 * const s = lazyRecord(() => z.string().check(z.minLength(1)), () => z.number());
 * [s.safeParse({ a: 1 }).success, s.safeParse({ '': 1 }).success]; // [true, false]
 */
/* @__NO_SIDE_EFFECTS__ */
export function lazyRecord<K extends z.core.$ZodRecordKey, V extends z.core.SomeType>(
  key: () => K,
  value: () => V,
  ...checks: z.core.$ZodCheck<z.output<z.ZodMiniRecord<K, V>>>[]
): z.ZodMiniRecord<K, V> {
  const keyType = lazy(key);
  const valueType = lazy(value);
  const def = {
    type: 'record' as const,
    get keyType() {
      return keyType();
    },
    get valueType() {
      return valueType();
    },
    ...(checks.length === 0 ? {} : { checks: [...checks] }),
  };
  return new z.ZodMiniRecord(def as unknown as z.core.$ZodRecordDef) as unknown as z.ZodMiniRecord<K, V>;
}
