/**
 * `readDeadlineInput`: the common input (`{ from: text }`, plus a boolean `complex` or `extended`
 * where the rule takes one) is read by hand, without the schema; every other input goes to the
 * rule's schema and gets the schema's answer, accepted or refused with the same field, value and
 * message as before the hand reading existed (`parseInput(inputSchemaOf(e), input, 'input')`).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DateTime } from 'luxon';
import { deadline, InvalidInputError } from '../../src/index.js';
import { deadlineEntry } from '../../src/rules/catalog.js';
import {
  annualReportInputSchema,
  eventInputSchema,
  inputReaderOf,
  inputSchemaOf,
  instantInputSchema,
  opinionInputSchema,
  quarterInputSchema,
  readDeadlineInput,
  replyInputSchema,
  yearInputSchema,
} from '../../src/rules/inputs.js';
import { parseInput } from '../../src/validate.js';
import { oracleAddWorkdays } from '../calendar/oracle.js';
import { refusal } from '../refusal.js';

const POLICY = deadlineEntry('deyang-2018/art24-policy-document');
const ACTIVITY = deadlineEntry('deyang-2018/art24-activity');
const OPINION = deadlineEntry('deyang-2018/art25-opinion-feedback');
const REPLY = deadlineEntry('ogi-2019/art33-reply');
const MIGRATION = deadlineEntry('deyang-2018/art15-migration-notice');
const QUARTER = deadlineEntry('deyang-2018/art32-self-inspection');
const YEAR = deadlineEntry('deyang-2018/art33-annual-report');
const ANNUAL = deadlineEntry('ogi-2019/art49-annual-report');

type Outcome = { ok: true; value: Record<string, unknown> } | { ok: false; field: string; value: unknown; message: string };

function outcome(read: () => unknown): Outcome {
  try {
    return { ok: true, value: { ...(read() as Record<string, unknown>) } };
  } catch (e) {
    if (!(e instanceof InvalidInputError)) throw e;
    return { ok: false, field: e.field, value: e.value, message: e.message };
  }
}

/** What the schema alone makes of `input` (the behaviour before the hand reading). */
const bySchema = (e: typeof POLICY, input: unknown): Outcome => outcome(() => parseInput(inputSchemaOf(e), input, 'input'));

afterEach(() => {
  vi.restoreAllMocks();
});

/** Spies on every input schema: the hand reading must leave them alone. */
function spySchemas() {
  return [eventInputSchema, instantInputSchema, opinionInputSchema, replyInputSchema, quarterInputSchema, yearInputSchema, annualReportInputSchema].map((s) =>
    vi.spyOn(s, 'safeParse'),
  );
}

describe('which schema a rule takes', () => {
  it.each([
    ['deyang-2018/art24-policy-document', eventInputSchema],
    ['deyang-2018/art15-migration-notice', eventInputSchema],
    ['ogi-2019/art26-proactive', eventInputSchema],
    ['deyang-2018/art24-activity', instantInputSchema],
    ['deyang-2018/art29-incident-report', instantInputSchema],
    ['deyang-2018/art25-opinion-feedback', opinionInputSchema],
    ['ogi-2019/art33-reply', replyInputSchema],
    ['ogi-2008/art24-reply', replyInputSchema],
    ['deyang-2018/art32-self-inspection', quarterInputSchema],
    ['deyang-2018/art33-annual-report', yearInputSchema],
    ['ogi-2019/art49-annual-report', annualReportInputSchema],
  ] as const)('%s', (id, schema) => {
    expect(inputSchemaOf(deadlineEntry(id))).toBe(schema);
  });
});

describe('the shapes read by hand, without the schema', () => {
  const accepted: [string, typeof POLICY, unknown, Record<string, unknown>][] = [
    ['a working-day rule, a date', POLICY, { from: '2026-09-30' }, { from: '2026-09-30' }],
    ['a working-day rule, an instant', POLICY, { from: '2026-09-30T18:00:00+08:00' }, { from: '2026-09-30T18:00:00+08:00' }],
    ['a calendar-day rule, a date', MIGRATION, { from: '2026-09-30' }, { from: '2026-09-30' }],
    ['an hour rule, an instant', ACTIVITY, { from: '2026-10-09T18:00:00+08:00' }, { from: '2026-10-09T18:00:00+08:00' }],
    // Text that is no date passes the reading: the date grammar (parseDateInput) refuses it next.
    ['any text: the date grammar refuses it later', POLICY, { from: 'soon' }, { from: 'soon' }],
    ['Art. 25, complex: true', OPINION, { from: '2026-09-30', complex: true }, { from: '2026-09-30', complex: true }],
    ['Art. 25, complex: false', OPINION, { complex: false, from: '2026-09-30' }, { from: '2026-09-30', complex: false }],
    ['Art. 25 without complex', OPINION, { from: '2026-09-30' }, { from: '2026-09-30' }],
    ['the OGI reply, extended: true', REPLY, { from: '2026-09-30', extended: true }, { from: '2026-09-30', extended: true }],
    ['the OGI reply, extended: false', REPLY, { from: '2026-09-30', extended: false }, { from: '2026-09-30', extended: false }],
    ['a prototype-less object', POLICY, Object.assign(Object.create(null) as object, { from: '2026-09-30' }), { from: '2026-09-30' }],
    ['from inherited, enumerable', POLICY, Object.create({ from: '2026-09-30' }) as object, { from: '2026-09-30' }],
    ['a quarter', QUARTER, { quarter: '2026Q3' }, { quarter: '2026Q3' }],
    ['the first quarter of year 1000', QUARTER, { quarter: '1000Q1' }, { quarter: '1000Q1' }],
    ['the fourth quarter of 9999', QUARTER, { quarter: '9999Q4' }, { quarter: '9999Q4' }],
    ['a year', YEAR, { year: 2026 }, { year: 2026 }],
    ['year 1000, the first the schema takes', YEAR, { year: 1000 }, { year: 1000 }],
    ['year 9998, the last the schema takes', YEAR, { year: 9998 }, { year: 9998 }],
    ['an OGI annual report, a year', ANNUAL, { year: 2026 }, { year: 2026 }],
    ['an OGI annual report, a government', ANNUAL, { issuer: 'government', year: 2026 }, { year: 2026, issuer: 'government' }],
    ['an OGI annual report, a department', ANNUAL, { year: 2026, issuer: 'department' }, { year: 2026, issuer: 'department' }],
    ['year inherited, enumerable', YEAR, Object.create({ year: 2026 }) as object, { year: 2026 }],
  ];

  it.each(accepted)('%s: read by hand, the same fields as the schema gives', (_, e, input, fields) => {
    const spies = spySchemas();
    const read = readDeadlineInput(e, input);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    expect({ ...read }).toEqual(fields);
    vi.restoreAllMocks();
    expect(outcome(() => read)).toEqual(bySchema(e, input));
  });

  it('a quarter and a year rule read their own shape by hand, and a getter once', () => {
    const spies = spySchemas();
    expect(inputReaderOf(QUARTER)({ quarter: '2026Q3' })).toEqual({ quarter: '2026Q3' });
    let reads = 0;
    const input = {
      get year() {
        reads++;
        return 2026;
      },
    };
    expect(inputReaderOf(YEAR)(input)).toEqual({ year: 2026 });
    expect(reads).toBe(1);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('a getter on from is read once and its value kept', () => {
    let reads = 0;
    const input = {
      get from() {
        reads++;
        return '2026-09-30';
      },
    };
    const spies = spySchemas();
    expect(readDeadlineInput(POLICY, input).from).toBe('2026-09-30');
    expect(reads).toBe(1);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});

describe('near misses go to the schema, which gives its own answer', () => {
  const sneaky = Object.create({ extra: 1 }) as Record<string, unknown>;
  sneaky.from = '2026-09-30';
  const nearMisses: [string, typeof POLICY, unknown][] = [
    ['an unknown key', POLICY, { from: '2026-09-30', at: '2026-10-01' }],
    ['an unknown key before from', POLICY, { note: 'x', from: '2026-09-30' }],
    ['an inherited enumerable unknown key', POLICY, sneaky],
    ['complex on a rule without it', POLICY, { from: '2026-09-30', complex: true }],
    ['extended on a rule without it', OPINION, { from: '2026-09-30', extended: true }],
    ['complex on the OGI reply', REPLY, { from: '2026-09-30', complex: true }],
    ['no from', POLICY, {}],
    ['only complex', OPINION, { complex: true }],
    ['from undefined', POLICY, { from: undefined }],
    ['from null', POLICY, { from: null }],
    ['from a number', POLICY, { from: 20260930 }],
    ['from a Date', POLICY, { from: new Date('2026-09-30T04:00:00Z') }],
    ['from a Luxon DateTime', POLICY, { from: DateTime.fromISO('2026-09-30T12:00:00', { zone: 'Asia/Shanghai' }) }],
    ['from a String object', POLICY, { from: new String('2026-09-30') }],
    ['complex undefined', OPINION, { from: '2026-09-30', complex: undefined }],
    ['complex as text', OPINION, { from: '2026-09-30', complex: 'true' }],
    ['complex a number', OPINION, { from: '2026-09-30', complex: 1 }],
    ['extended a number of days', REPLY, { from: '2026-09-30', extended: 5 }],
    ['extended beyond the cap', REPLY, { from: '2026-09-30', extended: 21 }],
    ['extended negative', REPLY, { from: '2026-09-30', extended: -1 }],
    ['extended as text', REPLY, { from: '2026-09-30', extended: 'yes' }],
    ['from missing, extended given', REPLY, { extended: true }],
    ['an array', POLICY, ['2026-09-30']],
    ['an array with a from property', POLICY, Object.assign(['x'], { from: '2026-09-30' })],
    ['an empty array with a from property, its only key', POLICY, Object.assign([], { from: '2026-09-30' })],
    ['null', POLICY, null],
    ['undefined', POLICY, undefined],
    ['text', POLICY, '2026-09-30'],
    ['a function with from', POLICY, Object.assign(() => 0, { from: '2026-09-30' })],
    ['a quarter rule given from', QUARTER, { from: '2026-09-30' }],
    ['a quarter rule, quarter 5', QUARTER, { quarter: '2026Q5' }],
    ['a quarter rule, quarter 0', QUARTER, { quarter: '2026Q0' }],
    ['a quarter rule, a lower-case q', QUARTER, { quarter: '2026q3' }],
    ['a quarter rule, a five-digit year', QUARTER, { quarter: '20261Q3' }],
    ['a quarter rule, a three-digit year', QUARTER, { quarter: '026Q3' }],
    ['a quarter rule, a letter in the year', QUARTER, { quarter: '20x6Q3' }],
    ['a quarter rule, a slash in the year', QUARTER, { quarter: '20/6Q3' }],
    ['a quarter rule, a colon in the year', QUARTER, { quarter: '20:6Q3' }],
    ['a quarter rule, a trailing newline', QUARTER, { quarter: '2026Q3\n' }],
    ['a quarter rule, full-width digits', QUARTER, { quarter: '２０２６Q3' }],
    ['a quarter rule, a number', QUARTER, { quarter: 20263 }],
    ['a quarter rule, an unknown key', QUARTER, { quarter: '2026Q3', year: 2026 }],
    ['a quarter rule, nothing', QUARTER, {}],
    ['a quarter rule, an array', QUARTER, Object.assign([], { quarter: '2026Q3' })],
    ['a quarter rule, null', QUARTER, null],
    ['a year rule, 999', YEAR, { year: 999 }],
    ['a year rule, 9999', YEAR, { year: 9999 }],
    ['a year rule, a fraction', YEAR, { year: 2026.5 }],
    ['a year rule, NaN', YEAR, { year: Number.NaN }],
    ['a year rule, Infinity', YEAR, { year: Number.POSITIVE_INFINITY }],
    ['a year rule, text', YEAR, { year: '2026' }],
    ['a year rule, a bigint', YEAR, { year: 2026n }],
    ['a year rule, an issuer', YEAR, { year: 2026, issuer: 'government' }],
    ['a year rule, an unknown key', YEAR, { year: 2026, quarter: '2026Q3' }],
    ['a year rule, an array', YEAR, Object.assign([], { year: 2026 })],
    ['a year rule, nothing', YEAR, {}],
    ['an OGI annual report, issuer undefined', ANNUAL, { year: 2026, issuer: undefined }],
    ['an OGI annual report, another issuer', ANNUAL, { year: 2026, issuer: 'county' }],
    ['an OGI annual report, issuer in capitals', ANNUAL, { year: 2026, issuer: 'Government' }],
    ['an OGI annual report, only an issuer', ANNUAL, { issuer: 'government' }],
    ['an OGI annual report, year 999', ANNUAL, { year: 999, issuer: 'government' }],
  ];

  it.each(nearMisses)('%s', (_, e, input) => {
    const spy = vi.spyOn(inputSchemaOf(e), 'safeParse');
    const got = outcome(() => readDeadlineInput(e, input));
    expect(spy).toHaveBeenCalled();
    vi.restoreAllMocks();
    expect(got).toEqual(bySchema(e, input));
  });

  it('a getter on from that throws: the schema reads it and refuses the input as unreadable', () => {
    const input = {
      get from(): string {
        throw new TypeError('boom');
      },
    };
    const e = refusal(() => readDeadlineInput(POLICY, input));
    expect(e.field).toBe('input.from');
    expect(e.reason).toContain('could not be read');
    expect(outcome(() => readDeadlineInput(POLICY, input))).toEqual(bySchema(POLICY, input));
  });

  it('a getter on complex that throws, after a from the hand reading accepted', () => {
    const input = {
      from: '2026-09-30',
      get complex(): boolean {
        throw new TypeError('boom');
      },
    };
    const e = refusal(() => readDeadlineInput(OPINION, input));
    expect(e.field).toBe('input.complex');
    expect(e.reason).toContain('could not be read');
    expect(outcome(() => readDeadlineInput(OPINION, input))).toEqual(bySchema(OPINION, input));
  });

  it('a getter on year or issuer that throws: the schema reads it and refuses the input as unreadable', () => {
    const year = {
      get year(): number {
        throw new TypeError('boom');
      },
    };
    const issuer = {
      year: 2026,
      get issuer(): string {
        throw new TypeError('boom');
      },
    };
    const quarter = {
      get quarter(): string {
        throw new TypeError('boom');
      },
    };
    for (const [e, input, field] of [[YEAR, year, 'input.year'], [ANNUAL, issuer, 'input.issuer'], [QUARTER, quarter, 'input.quarter']] as const) {
      const got = refusal(() => readDeadlineInput(e, input));
      expect(got.field).toBe(field);
      expect(got.reason).toContain('could not be read');
      expect(outcome(() => readDeadlineInput(e, input))).toEqual(bySchema(e, input));
    }
  });

  it('a Proxy whose ownKeys trap throws, and a revoked Proxy, are refused as unreadable', () => {
    const trapped = new Proxy(
      { from: '2026-09-30' },
      {
        ownKeys() {
          throw new Error('no keys');
        },
      },
    );
    const { proxy, revoke } = Proxy.revocable({ from: '2026-09-30' }, {});
    revoke();
    for (const input of [trapped, proxy]) {
      const e = refusal(() => readDeadlineInput(POLICY, input));
      expect(e.field).toBe('input');
      expect(e.reason).toContain('could not be read');
      // (The value itself is the Proxy, which an equality test cannot read.)
      const schema = refusal(() => parseInput(inputSchemaOf(POLICY), input, 'input'));
      expect([e.field, e.message]).toEqual([schema.field, schema.message]);
    }
  });
});

describe('deadline() on the hand-read inputs', () => {
  it('gives the counts of the spec and the calendar', () => {
    // spec example: a policy document issued 2026-09-30 is due 2026-10-10 (3 working days).
    expect(deadline('deyang-2018/art24-policy-document', { from: '2026-09-30' }).dueDate).toBe('2026-10-10');
    expect(deadline('deyang-2018/art25-opinion-feedback', { from: '2026-09-30', complex: true }).dueDate).toBe(oracleAddWorkdays('2026-09-30', 15));
    expect(deadline('deyang-2018/art25-opinion-feedback', { from: '2026-09-30', complex: false }).dueDate).toBe(oracleAddWorkdays('2026-09-30', 7));
    expect(deadline('ogi-2019/art33-reply', { from: '2026-09-30', extended: true }).dueDate).toBe(oracleAddWorkdays('2026-09-30', 40));
    expect(deadline('ogi-2019/art33-reply', { from: '2026-09-30', extended: false }).dueDate).toBe(oracleAddWorkdays('2026-09-30', 20));
  });

  it('refuses a near miss with the schema message naming the field', () => {
    const e = refusal(() => deadline('deyang-2018/art24-policy-document', { from: '2026-09-30', complex: true } as never));
    expect(e.message).toContain('Unrecognized key: "complex"');
    const f = refusal(() => deadline('deyang-2018/art25-opinion-feedback', { from: '2026-09-30', complex: 'true' } as never));
    expect(f.field).toBe('input.complex');
  });
});
