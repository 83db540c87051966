/**
 * One way to run a zod schema at the edge: a failure becomes an {@link InvalidInputError} naming
 * the JSON path and the offending value, never a ZodError leaking out of the library.
 */
import type { z } from 'zod';
import { InvalidInputError } from './errors.js';

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, key)) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/** `a.b[2].c` from a zod path, prefixed with the parameter name. */
export function formatPath(base: string, path: readonly PropertyKey[]): string {
  let out = base;
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  return out === '' ? 'input' : out;
}

/**
 * Validates `value` with `schema`; returns the parsed value or throws InvalidInputError.
 *
 * @example
 * import { z } from 'zod';
 * parseInput(z.object({ n: z.number() }), { n: 'x' }, 'options'); // throws: Invalid options.n: "x" …
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, field: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path ?? [];
  throw new InvalidInputError(formatPath(field, path), valueAt(value, path), `rejected: ${issue?.message ?? 'invalid'}`);
}
