/**
 * One way to run a zod schema at the edge: a failure becomes an {@link InvalidInputError} naming
 * the JSON path and the offending value, never a ZodError leaking out of the library.
 */
import type { z } from 'zod';
import { InvalidInputError } from './errors.js';

/** The value at a zod path inside `root` (own properties only), or `undefined`. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
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
  const { path, message } = deepestIssue(result.error.issues[0]);
  throw new InvalidInputError(formatPath(field, path), valueAt(value, path), `rejected: ${message}`);
}

interface IssueLike {
  readonly code?: string;
  readonly path?: readonly PropertyKey[];
  readonly message?: string;
  readonly errors?: readonly (readonly IssueLike[])[];
}

/**
 * The issue to report. A union's own issue says only "Invalid input" at the union; when one of
 * its branches got further into the value (an object branch failing at `.description`), that
 * branch's issue names the broken field itself. When no branch got further, the message lists
 * what each branch expected.
 */
function deepestIssue(issue: IssueLike | undefined, depth = 0): { path: readonly PropertyKey[]; message: string } {
  const path = issue?.path ?? [];
  const message = issue?.message ?? 'invalid';
  if (issue?.code !== 'invalid_union' || issue.errors === undefined || issue.errors.length === 0 || depth > 8) return { path, message };
  let best: { path: readonly PropertyKey[]; message: string } | undefined;
  const messages: string[] = [];
  for (const branch of issue.errors) {
    const sub = deepestIssue(branch[0], depth + 1);
    if (!messages.includes(sub.message)) messages.push(sub.message);
    if (sub.path.length > 0 && (best === undefined || sub.path.length > best.path.length)) best = sub;
  }
  if (best !== undefined) return { path: [...path, ...best.path], message: best.message };
  return { path, message: messages.length === 1 ? (messages[0] as string) : `matches none of: ${messages.join(' | ')}` };
}
