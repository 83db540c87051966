/**
 * The inputs of the deadline rules, as zod schemas (the single source of the input types). Which
 * schema a rule takes follows from its catalog parameters.
 */
import * as z from 'zod/mini';
import { type DateInput, parseOffsetInstant, QUARTER_PATTERN } from '../time/index.js';
import { claimsLuxon, dateTimeValue } from '../date-like.js';
import { parseInput } from '../validate.js';
import type { DeadlineEntry } from './catalog.js';
import { lazy, lazyStrictObject } from '../lazy-shape.js';

/** A date or instant as the library accepts it (checked further by `parseDateInput`); built on the first call. */
export const dateInputSchema = /* @__PURE__ */ lazy(() => z.custom<DateInput>((v) => typeof v === 'string' || dateTimeValue(v) !== undefined || claimsLuxon(v), {
  message: 'is not a date: pass YYYY-MM-DD, an ISO-8601 instant, a Date or a Luxon DateTime',
}));

// The input schemas below are object schemas at import whose fields are built on their first
// parse (issue 14: the cold start; see `lazyStrictObject`).

/** An event on a day: `{ from }` (a date, or an instant read as its Beijing date). */
export const eventInputSchema = /* @__PURE__ */ lazyStrictObject({ from: dateInputSchema });
/** An event at an instant (hour rules): `{ from }`, which must carry a time. */
export const instantInputSchema = /* @__PURE__ */ lazyStrictObject({ from: dateInputSchema });
/** Deyang Art. 25: `{ from, complex? }`. */
export const opinionInputSchema = /* @__PURE__ */ lazyStrictObject({ from: dateInputSchema, complex: () => z.optional(z.boolean()) });
/** OGI reply: `{ from, extended? }` — `true` for the full extension, or a number of working days up to the cap. */
export const replyInputSchema = /* @__PURE__ */ lazyStrictObject({
  from: dateInputSchema,
  extended: () => z.optional(z.union([z.boolean(), z.number().check(z.int(), z.minimum(0))])),
});
/** A quarter `YYYYQn`, e.g. `2026Q3`; built on the first call. */
export const quarterSchema = /* @__PURE__ */ lazy(() => z.string().check(z.regex(QUARTER_PATTERN, { message: 'is not a quarter such as 2026Q3' })));
/** Quarterly reports: `{ quarter: '2026Q3' }`. */
export const quarterInputSchema = /* @__PURE__ */ lazyStrictObject({ quarter: quarterSchema });
/** A calendar year; built on the first call. */
export const reportYearSchema = /* @__PURE__ */ lazy(() => z.number().check(z.int(), z.minimum(1000), z.maximum(9998)));
/** Yearly reports: `{ year }` (the year reported on). */
export const yearInputSchema = /* @__PURE__ */ lazyStrictObject({ year: reportYearSchema });
/** OGI Art. 49: `{ year, issuer? }`; a government's own report is due later than a department's. */
export const annualReportInputSchema = /* @__PURE__ */ lazyStrictObject({ year: reportYearSchema, issuer: () => z.optional(z.enum(['department', 'government'])) });

export type EventInput = z.input<typeof eventInputSchema>;
export type InstantInput = z.input<typeof instantInputSchema>;
export type OpinionInput = z.input<typeof opinionInputSchema>;
export type ReplyInput = z.input<typeof replyInputSchema>;
export type QuarterInput = z.input<typeof quarterInputSchema>;
export type YearInput = z.input<typeof yearInputSchema>;
export type AnnualReportInput = z.input<typeof annualReportInputSchema>;

/**
 * The instant of a text in RFC 3339 form with an offset (`2026-10-09T18:00:00+08:00`, `…Z`: what
 * most callers send), read by the char-code grammar of snapshot instants, which reads each such
 * text as the general grammar of `parseDateInput` does (the same instant) without its regular
 * expression; `NaN` for any other value, which the caller then reads with `parseDateInput` (or
 * `toInstantMs`) and its errors.
 *
 * @example
 * offsetInstantOf('2026-10-09T10:00:00+08:00'); // 1791511200000
 * offsetInstantOf('2026-10-09T10:00'); // NaN (no seconds, no offset: read by parseDateInput)
 * offsetInstantOf('2026-10-09T10:00:00.0000000000Z'); // NaN (10 digits of a second: refused by parseDateInput)
 */
export function offsetInstantOf(value: unknown): number {
  if (typeof value !== 'string') return NaN;
  // At most 9 digits of a second's fraction, as the general grammar takes (the snapshot's takes any number).
  const n = value.length;
  return n >= 20 && n <= (value.charCodeAt(n - 1) === 0x5a ? 30 : 35) ? parseOffsetInstant(value) : NaN;
}

/** The input each deadline rule takes. */
export interface DeadlineInputs {
  'deyang-2018/art15-migration-notice': EventInput;
  'deyang-2018/art24-activity': InstantInput;
  'deyang-2018/art24-policy-document': EventInput;
  'deyang-2018/art24-interpretation': EventInput;
  'deyang-2018/art24-proactive': EventInput;
  'deyang-2018/art25-opinion-feedback': OpinionInput;
  'deyang-2018/art29-incident-report': InstantInput;
  'deyang-2018/art32-self-inspection': QuarterInput;
  'deyang-2018/art33-error-correction': EventInput;
  'deyang-2018/art33-annual-report': YearInput;
  'ogi-2019/art26-proactive': EventInput;
  'ogi-2019/art30-correction': EventInput;
  'ogi-2019/art32-third-party': EventInput;
  'ogi-2019/art33-reply': ReplyInput;
  'ogi-2019/art49-annual-report': AnnualReportInput;
  'ogi-2008/art24-reply': ReplyInput;
}

/** Any deadline rule's input. */
export type DeadlineInput = DeadlineInputs[keyof DeadlineInputs];

/**
 * The input schema of a deadline rule, from its catalog parameters.
 *
 * @example
 * import { deadlineEntry } from './catalog.js';
 * inputSchemaOf(deadlineEntry('deyang-2018/art32-self-inspection')) === quarterInputSchema; // true
 */
export function inputSchemaOf(e: DeadlineEntry): z.ZodMiniType {
  const p = e.parameters;
  if (p.unit === 'fixed') return p.input === 'quarter' ? quarterInputSchema : p.government ? annualReportInputSchema : yearInputSchema;
  if (p.unit === 'hour') return instantInputSchema;
  if (p.complexAmount !== undefined) return opinionInputSchema;
  if (p.extensionCap !== undefined) return replyInputSchema;
  return eventInputSchema;
}

/**
 * The key besides `from` that each `{ from … }` schema takes as a boolean (`null`: none); the
 * hand reading of {@link readDeadlineInput} accepts exactly these shapes.
 */
const BOOLEAN_KEY = new Map<z.ZodMiniType, string | null>([
  [eventInputSchema, null],
  [instantInputSchema, null],
  [opinionInputSchema, 'complex'],
  [replyInputSchema, 'extended'],
]);

/** What {@link readDeadlineInput} returns: the fields the deadline rules read. */
export interface ReadDeadlineInput {
  readonly from?: unknown;
  readonly complex?: unknown;
  readonly extended?: unknown;
  readonly quarter?: unknown;
  readonly year?: unknown;
  readonly issuer?: unknown;
}

/**
 * A deadline rule's input, validated. The common call, `{ from: '2026-09-30' }` (a text date or
 * instant, plus a boolean `complex` or `extended` where the rule takes one), is read by hand; any
 * other input (a Date or DateTime, a number of extension days, a quarter or year, an unknown or
 * `undefined` key, a value of another type, an array, a getter or Proxy trap that throws) goes to
 * the rule's schema ({@link inputSchemaOf}), which accepts it or refuses it with its own message.
 * What the hand reading accepts, the schema accepts with the same fields.
 *
 * @example
 * import { deadlineEntry } from './catalog.js';
 * readDeadlineInput(deadlineEntry('deyang-2018/art25-opinion-feedback'), { from: '2026-09-30', complex: true }).complex; // true
 * readDeadlineInput(deadlineEntry('deyang-2018/art32-self-inspection'), { quarter: '2026Q3' }).quarter; // '2026Q3'
 * readDeadlineInput(deadlineEntry('deyang-2018/art24-policy-document'), { from: '2026-09-30', complex: true }); // throws InvalidInputError
 */
export function readDeadlineInput(e: DeadlineEntry, input: unknown): ReadDeadlineInput {
  return inputReaderOf(e)(input);
}

/**
 * {@link readDeadlineInput} for one rule, made once: `deadline()` keeps it per rule id, so a call
 * neither picks the schema nor looks up the shape it may read by hand.
 *
 * @example
 * import { deadlineEntry } from './catalog.js';
 * inputReaderOf(deadlineEntry('ogi-2019/art33-reply'))({ from: '2026-09-30', extended: 5 }).extended; // 5
 */
export function inputReaderOf(e: DeadlineEntry): (input: unknown) => ReadDeadlineInput {
  const schema = inputSchemaOf(e);
  const flag = handKeyOf(e);
  if (flag === undefined) {
    if (schema === quarterInputSchema) return (input) => readQuarterByHand(input) ?? (parseInput(schema, input, 'input') as ReadDeadlineInput);
    if (schema === yearInputSchema || schema === annualReportInputSchema) {
      const issuer = schema === annualReportInputSchema;
      return (input) => {
        const year = readYearByHand(input, issuer);
        if (year !== year) return parseInput(schema, input, 'input') as ReadDeadlineInput;
        const value = handIssuer.value;
        return value === undefined ? { year } : { year, issuer: value };
      };
    }
    return (input) => parseInput(schema, input, 'input') as ReadDeadlineInput;
  }
  return (input) => readByHand(flag, input) ?? (parseInput(schema, input, 'input') as ReadDeadlineInput);
}

/** `{ quarter }` read by hand, or `undefined` for the schema to decide. */
function readQuarterByHand(input: unknown): ReadDeadlineInput | undefined {
  const quarter = quarterByHand(input);
  return quarter === undefined ? undefined : { quarter };
}

/**
 * The hand reading of `{ quarter }` (the quarter rules' input): the text when it is the
 * `YYYYQn` grammar ({@link QUARTER_PATTERN}), `undefined` for any other input, which the schema
 * then reads.
 *
 * @example
 * quarterByHand({ quarter: '2026Q3' }); // '2026Q3'
 * quarterByHand({ quarter: '2026Q5' }); // undefined
 * quarterByHand({ quarter: '2026Q3', year: 2026 }); // undefined
 */
export function quarterByHand(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  try {
    if (Array.isArray(input)) return undefined;
    for (const key in input) if (key !== 'quarter') return undefined;
    const quarter: unknown = (input as { quarter?: unknown }).quarter;
    // QUARTER_PATTERN (/^\d{4}Q[1-4]$/) by char codes.
    if (typeof quarter === 'string' && quarter.length === 6 && isDigits4(quarter) && quarter.charCodeAt(4) === 0x51) {
      const q = quarter.charCodeAt(5);
      if (q >= 0x31 && q <= 0x34) return quarter;
    }
  } catch {
    // A getter or Proxy trap threw: the schema reads the input and says so.
  }
  return undefined;
}

function isDigits4(text: string): boolean {
  for (let i = 0; i < 4; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/**
 * The hand reading of `{ year }` (and `{ year, issuer }` when `issuer` is true: the OGI annual
 * report's input): the year when it is an integer 1000–9998 ({@link reportYearSchema}) and the
 * issuer, if any, `department` or `government` (put in {@link handIssuer}); `NaN` for any other
 * input, which the schema then reads.
 *
 * @example
 * readYearByHand({ year: 2026 }, false); // 2026
 * readYearByHand({ year: 2026, issuer: 'government' }, true); // 2026 (handIssuer.value: 'government')
 * readYearByHand({ year: 2026, issuer: 'government' }, false); // NaN
 * readYearByHand({ year: 999 }, false); // NaN
 */
export function readYearByHand(input: unknown, issuer: boolean): number {
  if (typeof input !== 'object' || input === null) return NaN;
  try {
    if (Array.isArray(input)) return NaN;
    let issued = false;
    for (const key in input) {
      if (issuer && key === 'issuer') issued = true;
      else if (key !== 'year') return NaN;
    }
    const year: unknown = (input as { year?: unknown }).year;
    if (typeof year !== 'number' || !Number.isInteger(year) || year < 1000 || year > 9998) return NaN;
    if (!issued) {
      handIssuer.value = undefined;
      return year;
    }
    const value: unknown = (input as { issuer?: unknown }).issuer;
    if (value === 'department' || value === 'government') {
      handIssuer.value = value;
      return year;
    }
  } catch {
    // A getter or Proxy trap threw: the schema reads the input and says so.
  }
  return NaN;
}

/** `{ from: string }` with at most the boolean key `flag`, or `undefined` for the schema to decide. */
function readByHand(flag: string | null, input: unknown): ReadDeadlineInput | undefined {
  const from = readFromByHand(flag, input);
  if (from === undefined) return undefined;
  const value = handFlag.value;
  if (value === undefined) return { from };
  return flag === 'complex' ? { from, complex: value } : { from, extended: value };
}

/**
 * The boolean that the last {@link readFromByHand} returning a text read beside `from`
 * (`complex` or `extended`), `undefined` when the input had no such key: where that reading puts
 * it, so that the call allocates nothing.
 */
export const handFlag: { value: boolean | undefined } = { value: undefined };

/** The `issuer` that the last {@link readYearByHand} returning a year read, `undefined` when the input had none. */
export const handIssuer: { value: 'department' | 'government' | undefined } = { value: undefined };

/**
 * The hand reading of `{ from: string }` with at most the boolean key `flag` (`null`: none), the
 * shape {@link readDeadlineInput} reads by hand: `from`'s text (the boolean, if any, in
 * {@link handFlag}), or `undefined` for any other input, which the rule's schema then reads.
 *
 * @example
 * readFromByHand('complex', { from: '2026-09-30', complex: true }); // '2026-09-30' (handFlag.value: true)
 * readFromByHand(null, { from: '2026-09-30', complex: true }); // undefined
 * readFromByHand(null, [ '2026-09-30' ]); // undefined
 */
export function readFromByHand(flag: string | null, input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  try {
    if (Array.isArray(input)) return undefined;
    let flagged = false;
    // `for…in`, as the schema's unknown-key test: inherited enumerable keys count too.
    for (const key in input) {
      if (key === flag) flagged = true;
      else if (key !== 'from') return undefined;
    }
    const from: unknown = (input as { from?: unknown }).from;
    if (typeof from !== 'string') return undefined;
    if (!flagged) {
      handFlag.value = undefined;
      return from;
    }
    const value: unknown = (input as Record<string, unknown>)[flag as string];
    if (typeof value === 'boolean') {
      handFlag.value = value;
      return from;
    }
  } catch {
    // A getter or Proxy trap threw: the schema reads the input and says so.
  }
  return undefined;
}

/**
 * The key besides `from` that a `{ from … }` rule takes as a boolean (`null`: none), or
 * `undefined` for a rule whose input is not read by hand (quarter and year rules).
 *
 * @example
 * import { deadlineEntry } from './catalog.js';
 * handKeyOf(deadlineEntry('ogi-2019/art33-reply')); // 'extended'
 * handKeyOf(deadlineEntry('deyang-2018/art32-self-inspection')); // undefined
 */
export function handKeyOf(e: DeadlineEntry): string | null | undefined {
  return BOOLEAN_KEY.get(inputSchemaOf(e));
}
