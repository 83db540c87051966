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

/** Spies on every `{ from … }` schema: the hand reading must leave them alone. */
function spySchemas() {
  return [eventInputSchema, instantInputSchema, opinionInputSchema, replyInputSchema].map((s) => vi.spyOn(s, 'safeParse'));
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
  ];

  it.each(accepted)('%s: read by hand, the same fields as the schema gives', (_, e, input, fields) => {
    const spies = spySchemas();
    const read = readDeadlineInput(e, input);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    expect({ ...read }).toEqual(fields);
    vi.restoreAllMocks();
    expect(outcome(() => read)).toEqual(bySchema(e, input));
  });

  it('a rule that takes a quarter or a year reads nothing by hand', () => {
    const spy = vi.spyOn(quarterInputSchema, 'safeParse');
    expect(inputReaderOf(QUARTER)({ quarter: '2026Q3' })).toEqual({ quarter: '2026Q3' });
    expect(spy).toHaveBeenCalledTimes(1);
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
    ['a quarter rule, its own shape', QUARTER, { quarter: '2026Q3' }],
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
