/**
 * Object and record schemas made with fewer zod instances at import (issue 14: the cold start),
 * for the public schemas of src/checks and src/scoring that must exist at import. zod/mini's
 * `z.strictObject` makes a `never` schema for each strict object, and each `.check()` (or
 * `withChecks`) makes a copy of the schema; here every strict object shares one `never` (zod
 * reads only its type, to refuse unknown keys), and the checks are given to the schema when it is
 * made — the definition zod's own functions give, without the extra instances. Neither reads the
 * shape: a `lazyShape` stays lazy until the first use.
 */
import * as z from 'zod/mini';
import { lazy } from '../lazy-shape.js';

/** The `never` schema the strict objects of this module refuse unknown keys with (zod reads its type only). */
const never = lazy(() => z.never());

/** The definition zod/mini gives an object: no `checks` key when there are none, as `z.object` gives it. */
function objectDef(shape: object, catchall: z.core.$ZodType | undefined, checks: readonly z.core.$ZodCheck<never>[]) {
  return { type: 'object' as const, shape, ...(catchall === undefined ? {} : { catchall }), ...(checks.length === 0 ? {} : { checks: [...checks] }) };
}

/**
 * `z.strictObject(shape).check(...checks)`, as one zod instance (besides the checks): unknown keys
 * are refused with the same issue, the checks run and describe as `.check()` adds them.
 *
 * @example
 * const s = strictObject({ n: z.number() }, z.describe('a number'));
 * [s.safeParse({ n: 1 }).success, s.safeParse({ n: 1, x: 2 }).error?.issues[0]?.code]; // [true, 'unrecognized_keys']
 */
export function strictObject<T extends z.core.$ZodLooseShape>(shape: T, ...checks: z.core.$ZodCheck<z.output<z.ZodMiniObject<z.core.util.Writeable<T>, z.core.$strict>>>[]): z.ZodMiniObject<z.core.util.Writeable<T>, z.core.$strict> {
  return new z.ZodMiniObject(objectDef(shape, never(), checks as z.core.$ZodCheck<never>[]) as z.core.$ZodObjectDef) as unknown as z.ZodMiniObject<z.core.util.Writeable<T>, z.core.$strict>;
}

/**
 * `z.object(shape).check(...checks)` (unknown keys stripped), as one zod instance besides the checks.
 *
 * @example
 * const s = object({ n: z.number() }, z.meta({ title: 'N' }));
 * [s.parse({ n: 1, x: 2 }), z.globalRegistry.get(s)?.title]; // [{ n: 1 }, 'N']
 */
export function object<T extends z.core.$ZodLooseShape>(shape: T, ...checks: z.core.$ZodCheck<z.output<z.ZodMiniObject<z.core.util.Writeable<T>, z.core.$strip>>>[]): z.ZodMiniObject<z.core.util.Writeable<T>, z.core.$strip> {
  return new z.ZodMiniObject(objectDef(shape, undefined, checks as z.core.$ZodCheck<never>[]) as z.core.$ZodObjectDef) as unknown as z.ZodMiniObject<z.core.util.Writeable<T>, z.core.$strip>;
}

/**
 * `z.record(key(), value()).check(...checks)`, its key and value schemas built on their first use
 * (zod reads them when it parses or makes a JSON Schema), as one zod instance besides the checks.
 *
 * @example
 * const s = lazyRecord(() => z.string().check(z.minLength(1)), () => z.number());
 * [s.safeParse({ a: 1 }).success, s.safeParse({ '': 1 }).success]; // [true, false]
 */
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
