/**
 * Strict object schemas whose fields are built on their first use (issue 14: the cold start), for
 * the input schemas of the calendar, the deadline rules and the obligations. A module of its own,
 * importing only zod and src/lazy-shape.ts, so that a bundle of `deadline()` does not take the
 * calendar's year schemas with it.
 */
import * as z from 'zod/mini';
import { type BuiltShape, lazy, lazyShape } from '../lazy-shape.js';

/** The catchall of every {@link lazyStrictObject}: one `z.never()`, where `z.strictObject` makes one per object. */
const strictCatchall = /* @__PURE__ */ lazy(() => z.never());

/**
 * `z.strictObject` of `fields` (each key's schema as a function making it, see `lazyShape`): the
 * same object schema (unknown keys refused), its fields built on the first parse, JSON Schema or
 * read of the shape, and its catchall `z.never()` shared with the other objects made here.
 *
 * @example
 * import * as z from 'zod/mini';
 * const point = lazyStrictObject({ x: () => z.number() });
 * [point.safeParse({ x: 1 }).success, point.safeParse({ x: 1, y: 2 }).success]; // [true, false]
 */
/* @__NO_SIDE_EFFECTS__ */
export function lazyStrictObject<T extends Record<string, () => z.core.$ZodType>>(fields: T): z.ZodMiniObject<z.core.util.Writeable<BuiltShape<T>>, z.core.$strict> {
  return new z.ZodMiniObject({ type: 'object', shape: lazyShape(fields), catchall: strictCatchall() }) as z.ZodMiniObject<z.core.util.Writeable<BuiltShape<T>>, z.core.$strict>;
}
