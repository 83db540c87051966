/**
 * Shared pieces of the reliability fuzzing: the "only typed errors escape" oracle, the result
 * scan for broken dates, valid-value arbitraries and the near-miss builder (a valid value with
 * exactly one field replaced by junk, or deleted, at a random path).
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { expect } from 'vitest';
import { InvalidInputError, RulesError } from '../../src/index.js';
import { formatPath } from '../../src/validate.js';
import { fcRuns } from '../fc-runs.js';
import { uncoveredDate } from '../coverage-year.js';

/** Fuzz figures: one place, so docs/reliability.md can quote them. */
export const RUNS = { anything: fcRuns(1000), nearMiss: fcRuns(2000), cli: fcRuns(1000) } as const;

/** Fixed seeds are not used: each run draws a new seed, and fast-check prints it on failure (replay with `{ seed, path }`). */
export const FC_OPTIONS = { endOnFailure: true } as const;

const BROKEN_DATE = /NaN|Invalid Date|Invalid DateTime|Infinity/;
const DATE_LIKE = /^[+-]?\d{4,}-\d{2}-\d{2}/;
const GOOD_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2}))?$/;

/** Fails on an invalid Luxon DateTime, an Invalid Date, a NaN number or a malformed date string anywhere in `value`. */
export function expectSaneResult(value: unknown, path = 'result', seen = new Set<unknown>()): void {
  if (typeof value === 'number') {
    if (Number.isNaN(value)) throw new Error(`${path} is NaN`);
    return;
  }
  if (typeof value === 'string') {
    if (DATE_LIKE.test(value) && !GOOD_DATE.test(value) && BROKEN_DATE.test(value)) throw new Error(`${path} is a broken date ${value}`);
    if (DATE_LIKE.test(value) && /^[+-]|^\d{5}/.test(value)) throw new Error(`${path} is a date outside 0000-9999: ${value}`);
    return;
  }
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (DateTime.isDateTime(value)) {
    if (!value.isValid) throw new Error(`${path} is an invalid DateTime`);
    return;
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new Error(`${path} is an Invalid Date`);
    return;
  }
  for (const [k, v] of Object.entries(value)) expectSaneResult(v, `${path}.${k}`, seen);
}

/**
 * Runs `fn`. The only acceptable throw is a RulesError; an InvalidInputError must name a field
 * `fieldOk` accepts, in both `field` and the message. A result must be sane. With `mustRefuse`
 * (the input holds a value known to be invalid, see {@link mustBeRefused}) a result is a failure:
 * only an InvalidInputError naming the field will do — "a typed error or a sane result" let
 * `2026-02-30` and `+19:00` through.
 */
export function onlyTypedErrors(fn: () => unknown, fieldOk: (field: string) => boolean, mustRefuse = false): unknown {
  let result: unknown;
  try {
    result = fn();
  } catch (e) {
    if (!(e instanceof RulesError)) throw new Error(`escaped a non-RulesError: ${(e as Error)?.stack ?? String(e)}`);
    if (mustRefuse && !(e instanceof InvalidInputError)) throw new Error(`a known-invalid value gave ${e.name}, not InvalidInputError: ${e.message}`);
    if (e instanceof InvalidInputError) {
      if (!fieldOk(e.field)) throw new Error(`the error names ${e.field}: ${e.message}`);
      expect(e.message.startsWith(`Invalid ${e.field}`)).toBe(true);
    }
    return e;
  }
  if (mustRefuse) throw new Error('a value known to be invalid was accepted');
  expectSaneResult(result);
  return result;
}

/** `field` is `expected` or inside it (`expected.x`, `expected[3]`). */
export const within = (field: string, expected: string): boolean =>
  field === expected || field.startsWith(`${expected}.`) || field.startsWith(`${expected}[`);

/**
 * Pairs of instants of one record where the second cannot precede the first (a reply and its
 * message, a report and its incident, an outage's end and start): breaking the first into a
 * later valid instant is refused naming the second.
 */
const ORDERED: Readonly<Record<string, string>> = { receivedAt: 'repliedAt', occurredAt: 'reportedAt', start: 'end' };

/** `field` names `expected`, or the other instant of its ordered pair in the same record. */
export const namesField = (field: string, expected: string): boolean => {
  if (within(field, expected)) return true;
  const m = /^(.*)\.([A-Za-z]+)$/.exec(expected);
  if (m === null) return false;
  const [, record, key] = m as unknown as [string, string, string];
  const partner = ORDERED[key] ?? Object.keys(ORDERED).find((k) => ORDERED[k] === key);
  return partner !== undefined && field === `${record}.${partner}`;
};

// ---------------------------------------------------------------------------------------------
// Valid values

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const MS_2019 = Date.UTC(2019, 0, 1);
const MS_2026 = Date.UTC(2026, 10, 1);

/** A Beijing-time or UTC ISO instant in 2019–2026 (inside the calendar). */
export const instantArb = fc.tuple(fc.integer({ min: MS_2019, max: MS_2026 }), fc.boolean()).map(([ms, z]) => {
  const d = new Date(ms + (z ? 0 : 8 * 3_600_000));
  const text = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return z ? `${text}Z` : `${text}+08:00`;
});
/** A civil date 2019–2026. */
export const dateArb = fc.integer({ min: MS_2019, max: MS_2026 }).map((ms) => new Date(ms).toISOString().slice(0, 10));

const idArb = fc.string({ minLength: 1, maxLength: 12 });
const nameArb = fc.string({ maxLength: 12 });
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

/** Swaps `first` and `second` when both are instants and `second` is earlier (a valid record). */
function ordered<T extends Record<string, unknown>>(first: string, second: string): (o: T) => T {
  return (o) => {
    const a = o[first];
    const b = o[second];
    if (typeof a === 'string' && typeof b === 'string' && Date.parse(b) < Date.parse(a)) Object.assign(o, { [first]: b, [second]: a });
    return o;
  };
}

/** Drops `undefined` members (so a snapshot is plain JSON). */
function clean<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

const CATEGORIES = ['homepage', 'news', 'notice', 'policy', 'annual-report', 'plan', 'personnel', 'basic-info', 'interaction', 'other'] as const;

/** A valid snapshot v1 with every section (small arrays). */
export const snapshotArb = fc
  .record({
    site: fc.record({ id: idArb, name: nameArb, kind: fc.constantFrom('portal', 'department', 'special'), level: fc.constantFrom('city', 'county', 'township'), department: opt(nameArb) }).map(clean),
    columns: fc.array(
      fc.record({
        id: idArb,
        name: nameArb,
        category: fc.constantFrom(...CATEGORIES),
        level: opt(fc.integer({ min: 1, max: 3 })),
        openedOn: opt(dateArb),
        items: fc.array(fc.record({ id: idArb, publishedAt: fc.oneof(instantArb, fc.constant(null)) }), { maxLength: 4 }),
      }).map(clean),
      { maxLength: 3 },
    ),
    publications: fc.array(
      fc.record({
        id: idArb,
        kind: fc.constantFrom('policy-document', 'interpretation', 'activity', 'proactive', 'other'),
        triggeredAt: opt(fc.oneof(dateArb, instantArb)),
        publishedAt: opt(fc.oneof(instantArb, fc.constant(null))),
        reviews: opt(fc.array(fc.record({ stage: fc.constantFrom('initial', 'verify', 'release'), by: idArb, at: instantArb, approved: fc.boolean() }), { maxLength: 3 })),
        confidentialityReviewedAt: opt(fc.oneof(instantArb, fc.constant(null))),
      }).map(clean),
      { maxLength: 3 },
    ),
    messages: fc.array(
      fc.record({
        id: idArb,
        channel: fc.constantFrom('consultation', 'error-report', 'opinion', 'interview', 'survey', 'petition', 'discipline'),
        receivedAt: instantArb,
        repliedAt: opt(fc.oneof(instantArb, fc.constant(null))),
        valid: opt(fc.boolean()),
        complex: opt(fc.boolean()),
        untrue: opt(fc.boolean()),
        handlingPublished: opt(fc.boolean()),
      }).map(clean).map(ordered('receivedAt', 'repliedAt')),
      { maxLength: 3 },
    ),
    incidents: fc.array(fc.record({ id: idArb, occurredAt: instantArb, major: fc.boolean(), reportedAt: opt(fc.oneof(instantArb, fc.constant(null))) }).map(clean).map(ordered('occurredAt', 'reportedAt')), { maxLength: 2 }),
    outages: fc.array(
      fc.record({
        id: idArb,
        start: instantArb,
        end: opt(fc.oneof(instantArb, fc.constant(null))),
        reason: fc.constantFrom('rectification', 'force-majeure', 'ordered-shutdown', 'unplanned'),
        approved: opt(fc.boolean()),
        noticePosted: opt(fc.boolean()),
      }).map(clean).map(ordered('start', 'end')),
      { maxLength: 2 },
    ),
    probes: fc.array(fc.record({ at: instantArb, ok: fc.boolean() }), { maxLength: 4 }),
    links: fc.array(fc.record({ url: fc.webUrl(), kind: fc.constantFrom('government', 'commercial', 'illegal', 'other') }), { maxLength: 2 }),
    reports: fc.array(fc.record({ kind: fc.constant('self-inspection'), period: fc.tuple(fc.integer({ min: 2019, max: 2026 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}Q${q}`), submittedAt: instantArb }), { maxLength: 2 }),
    facts: fc.record({
      consultationChannel: opt(fc.boolean()),
      onlineServices: opt(fc.boolean()),
      servicesMissingGuideElements: opt(fc.nat(5)),
      seriousProblems: opt(fc.array(fc.oneof(fc.constantFrom('wording-error', 'state-secret'), fc.record({ kind: fc.constantFrom('harmful-content', 'falsified-data'), description: opt(nameArb), at: opt(instantArb) }).map(clean)), { maxLength: 2 })),
      siteIdentifierCode: opt(fc.oneof(nameArb, fc.constant(null))),
      securityTestPassed: opt(fc.boolean()),
      openingAnnounced: opt(fc.boolean()),
      changes: opt(fc.array(fc.record({ kind: fc.constantFrom('sponsor', 'domain', 'contact'), changedAt: fc.oneof(dateArb, instantArb), filedAt: opt(fc.oneof(dateArb, instantArb, fc.constant(null))), announcedOnSite: opt(fc.boolean()) }).map(clean), { maxLength: 2 })),
    }).map(clean),
  }, { requiredKeys: ['site'] })
  .map((s) => ({ schemaVersion: 1, ...s }));

// ---------------------------------------------------------------------------------------------
// Near misses

/** In junk: delete the key instead of replacing its value. */
export const DELETE: unique symbol = Symbol('delete');

const VALID_MS = Date.UTC(2026, 9, 9, 2);

/**
 * Values known to be invalid wherever a date or an instant is expected: no calendar date
 * (02-30, 2025-02-29, month 13, day 32), no time of day (24:00, 25:00, minute or second 60), an
 * offset beyond ±18:00 or with 60 minutes, an invalid Date or DateTime, and objects that only look
 * like one (a `toMillis` method, the Luxon flag alone, `Object.create(Date.prototype)`, a Proxy of
 * a Date). Put in place of a date, each must be refused.
 */
export const KNOWN_INVALID_DATES: readonly unknown[] = Object.freeze([
  '2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '2026-10-32', '2026-04-31',
  '2026-02-30T10:00:00+08:00', '2026-13-01T10:00:00Z', '2026-10-09T24:00:00+08:00', '2026-10-09T25:00:00+08:00',
  '2026-10-09T10:60:00+08:00', '2026-10-09T10:00:60+08:00', '2026-10-09T10:00:00+19:00', '2026-10-09T10:00:00-18:01',
  '2026-10-09T10:00:00+08:60', '2026-10-09T10:00:00+24:00',
  new Date(Number.NaN), DateTime.invalid('fuzz'),
  { toMillis: () => VALID_MS }, { toMillis: () => VALID_MS, isValid: true }, { isLuxonDateTime: true }, { valueOf: () => VALID_MS, getTime: () => VALID_MS },
  Object.create(Date.prototype), new Proxy(new Date(VALID_MS), {}),
]);

/** Whether a valid input's value at a path is a date or an instant (a string, Date or DateTime). */
const isDateValue = (v: unknown): boolean =>
  (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}(T|$)/.test(v)) || v instanceof Date || DateTime.isDateTime(v);

/**
 * A near miss that must be refused: a date or instant of a valid input replaced by a value known
 * to be invalid ({@link KNOWN_INVALID_DATES}).
 */
export const mustBeRefused = (was: unknown, junk: unknown): boolean => isDateValue(was) && KNOWN_INVALID_DATES.includes(junk);

/** Junk to put in place of one field: anything, plus near-valid values. */
export const junkArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.anything() },
  {
    weight: 4,
    arbitrary: fc.constantFrom<unknown>(
      '', '2026-10-09T10:00:00', '9999-12-31', '0000-01-01',
      uncoveredDate('02-08'), '2026Q5', 'garbage', 'NaN', -1, 0, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 1e308, -0, true, null, [], {}, [[]],
      { __proto__: null }, JSON.parse('{"__proto__":{"polluted":1}}'), JSON.parse('{"constructor":{"prototype":{"polluted":1}}}'),
      'x'.repeat(3000),
    ),
  },
  { weight: 4, arbitrary: fc.constantFrom(...KNOWN_INVALID_DATES) },
  { weight: 1, arbitrary: fc.constant(DELETE) },
);

type Path = (string | number)[];

function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (value === null || typeof value !== 'object' || value instanceof Date || DateTime.isDateTime(value)) return out;
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  for (const [k, v] of entries) {
    const p = [...prefix, k];
    out.push(p);
    pathsOf(v, p, out);
  }
  return out;
}

function setAt(root: unknown, path: Path, junk: unknown): unknown {
  const copy = structuredCloneSafe(root);
  let cur = copy as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) cur = cur[k] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (junk === DELETE) {
    if (Array.isArray(cur)) cur.splice(last as number, 1);
    else delete cur[last];
  } else {
    // defineProperty: even a key named __proto__ becomes an own data property, as JSON.parse makes it.
    Object.defineProperty(cur, last, { value: junk, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** A deep copy of plain JSON-ish data (keeps Dates and DateTimes as they are). */
function structuredCloneSafe(v: unknown): unknown {
  if (v === null || typeof v !== 'object' || v instanceof Date || DateTime.isDateTime(v)) return v;
  if (Array.isArray(v)) return v.map(structuredCloneSafe);
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) Object.defineProperty(out, k, { value: structuredCloneSafe(x), enumerable: true, writable: true, configurable: true });
  return out;
}

/**
 * A valid value from `valid` with one field (at a random path) replaced by junk or deleted; `path`
 * is where, `mustRefuse` says the junk is known to be invalid there (a date replaced by one of
 * {@link KNOWN_INVALID_DATES}): then only a refusal will do.
 */
export function nearMiss<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<{ value: unknown; path: Path; junk: unknown; mustRefuse: boolean }> {
  return fc.tuple(valid, fc.nat(), junkArb).map(([v, k, junk]) => {
    const paths = pathsOf(v);
    if (paths.length === 0) return { value: junk === DELETE ? undefined : junk, path: [], junk, mustRefuse: false };
    const path = paths[k % paths.length] as Path;
    return { value: setAt(v, path, junk), path, junk, mustRefuse: mustBeRefused(valueAtPath(v, path), junk) };
  });
}

function valueAtPath(root: unknown, path: Path): unknown {
  let cur = root;
  for (const k of path) cur = (cur as Record<string | number, unknown>)[k];
  return cur;
}

/** The field name the library uses for `path` under `base` (`snapshot.columns[0].items[2].id`). */
export const fieldOf = (base: string, path: Path): string => formatPath(base, path);
