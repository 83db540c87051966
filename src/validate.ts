/**
 * One way to run a zod schema at the edge: a failure becomes an {@link InvalidInputError} naming
 * the JSON path and the offending value, never a ZodError leaking out of the library.
 */
import type * as z from 'zod/mini';
import { en } from 'zod/locales';
import { InvalidInputError, pathOfField, RulesError } from './errors.js';

/**
 * zod's English messages, passed to each parse: zod/mini loads no locale and this library sets no
 * global `z.config`, so a schema parsed here reports the same English text as classic zod.
 */
const ENGLISH: z.core.$ZodErrorMap = /* @__PURE__ */ en().localeError;

/** The value at a zod path inside `root` (own properties only), or `undefined`. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  try {
    for (const key of path) {
      if (cur === null || typeof cur !== 'object') return undefined;
      if (!Object.prototype.hasOwnProperty.call(cur, key)) return undefined;
      cur = (cur as Record<PropertyKey, unknown>)[key];
    }
  } catch {
    return undefined; // a getter or Proxy trap that throws the second time it is read
  }
  return cur;
}

/** Why a value that a getter or Proxy trap (or a revoked Proxy) kept from being read is refused. */
export const UNREADABLE = 'could not be read (a getter or Proxy trap threw, or the Proxy is revoked)';

/**
 * Runs `read`, which reads the caller's `value`; anything it throws that is not a
 * {@link RulesError} (a getter or Proxy trap of the caller's that threw) becomes an
 * {@link InvalidInputError} naming `field`.
 *
 * @example
 * guardRead('options', null, () => { throw new TypeError('boom'); }); // throws InvalidInputError
 */
export function guardRead<T>(field: string, value: unknown, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof RulesError) throw e;
    throw new InvalidInputError(field, value, UNREADABLE);
  }
}

const FORBIDDEN = ['__proto__', 'constructor', 'prototype'] as const;

/**
 * Throws InvalidInputError when a key `__proto__`, `constructor` or `prototype` appears anywhere
 * in `value` (own keys; JSON.parse makes `"__proto__"` an own key), when it is nested more than 64
 * levels deep, or when a part of it cannot be read (a getter or Proxy trap that throws): the
 * error names the path of the part.
 *
 * @example
 * rejectForbiddenKeys(JSON.parse('{"site":{"__proto__":{"x":1}}}'), 'snapshot'); // throws: Invalid snapshot.site.__proto__ …
 */
export function rejectForbiddenKeys(value: unknown, field: string): void {
  walk(value, field, [], 0);
}

/** `field` and the keys below it as a path: `snapshot.columns[2].items`. */
function pathOf(field: string, keys: readonly (string | number)[]): string {
  let path = field;
  for (const key of keys) path += typeof key === 'number' ? `[${key}]` : `.${key}`;
  return path;
}

/**
 * One node of {@link rejectForbiddenKeys}: `keys` is the path from the root to `value` (its
 * length is `depth`), turned into text only for an error — building the path of every node cost
 * more than the walk itself.
 */
function walk(value: unknown, field: string, keys: (string | number)[], depth: number): void {
  if (value === null || typeof value !== 'object') return;
  if (depth > 64) throw new InvalidInputError(pathOf(field, keys), value, 'is nested too deeply (more than 64 levels)');
  // `at` is the child being read when a read throws (-1 / undefined: the node itself).
  let at: number | string | undefined;
  try {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        at = i;
        const v: unknown = value[i];
        if (v !== null && typeof v === 'object') {
          keys.push(i);
          walk(v, field, keys, depth + 1);
          keys.pop();
        }
      }
      return;
    }
    const obj = value as Record<string, unknown>;
    for (const key of FORBIDDEN) {
      if (Object.prototype.hasOwnProperty.call(obj, key)) {
        throw new InvalidInputError(`${pathOf(field, keys)}.${key}`, obj[key], 'is a forbidden key (__proto__, constructor and prototype are refused)');
      }
    }
    for (const key in obj) {
      at = key;
      const v = obj[key];
      if (v !== null && typeof v === 'object') {
        keys.push(key);
        walk(v, field, keys, depth + 1);
        keys.pop();
      }
    }
  } catch (e) {
    if (e instanceof RulesError) throw e;
    keys.length = depth; // a child that threw before its own guard left its key on the stack
    const path = pathOf(field, keys);
    throw new InvalidInputError(at === undefined ? path : typeof at === 'number' ? `${path}[${at}]` : `${path}.${at}`, value, UNREADABLE);
  }
}

/** `a.b[2].c` from a zod path, prefixed with the parameter name. */
export function formatPath(base: string, path: readonly PropertyKey[]): string {
  let out = base;
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  return out === '' ? 'input' : out;
}

/**
 * `schema.safeParse(value)` with zod's English messages (see {@link parseInput}), for a caller that
 * reports the issues itself.
 *
 * @example
 * import * as z from 'zod/mini';
 * safeParseEnglish(z.number(), 'x').error?.issues[0]?.message; // 'Invalid input: expected number, received string'
 */
export function safeParseEnglish<S extends z.ZodMiniType>(schema: S, value: unknown): ReturnType<S['safeParse']> {
  // A parse given any context leaves zod's fast path (about twice the cost of a checkSite): parse
  // plainly, and only a refused value again with the English messages.
  const plain = schema.safeParse(value);
  return (plain.success ? plain : schema.safeParse(value, { error: ENGLISH })) as ReturnType<S['safeParse']>;
}

/**
 * Validates `value` with `schema`; returns the parsed value or throws InvalidInputError (also when
 * a getter or Proxy trap of the value throws while zod reads it).
 *
 * @example
 * import * as z from 'zod/mini';
 * parseInput(z.object({ n: z.number() }), { n: 'x' }, 'options'); // throws: Invalid options.n: "x" … expected number, received string
 */
export function parseInput<S extends z.ZodMiniType>(schema: S, value: unknown, field: string): z.output<S> {
  let issue: { path: readonly PropertyKey[]; message: string };
  try {
    const result = safeParseEnglish(schema, value);
    if (result.success) return result.data as z.output<S>;
    issue = deepestIssue(result.error.issues[0]); // zod describes the value lazily, here
  } catch (e) {
    // zod reads the caller's value and lets a throwing getter or Proxy trap through: name the part.
    if (e instanceof RulesError) throw e;
    rejectForbiddenKeys(value, field);
    throw new InvalidInputError(field, value, UNREADABLE);
  }
  const path = [...(field === '' ? [] : pathOfField(field)), ...issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k))];
  throw new InvalidInputError(formatPath(field, issue.path), valueAt(value, issue.path), `rejected: ${issue.message}`, path);
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
