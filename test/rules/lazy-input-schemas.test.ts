/**
 * Issue 14 (the cold start), branch cal: the calendar's, the rules' and the obligations' input
 * schemas build their fields on their first use, not at import. Each is compared, on its first use
 * through each way in (parse, safeParse, JSON Schema, `.shape`, extend, array, union; fresh modules
 * for each), with the schema as it was defined before (built at import; the definitions are copied
 * below from the commit before the change, their refinements taken from the schema under test,
 * which did not change). And the fields are built once: a second parse builds no schema.
 */
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { toJSONSchema } from 'zod';
import { counting } from '../zod-count.js';

type Schema = z.ZodMiniType;

// The definitions before the change (at 23d9c38), built at import.
const civilDate = (): Schema => z.string().check(z.refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), { message: 'is not a calendar date in the form YYYY-MM-DD' }));
const dateInput = () => z.custom((v) => typeof v === 'string' || v instanceof Date, { message: 'is not a date: pass YYYY-MM-DD, an ISO-8601 instant, a Date or a Luxon DateTime' });
const dayEntry = () => z.strictObject({ date: civilDate(), festival: z.string().check(z.minLength(1), z.maxLength(40)) });
const makeupEntry = () => z.strictObject({ date: civilDate(), festival: z.string().check(z.minLength(1), z.maxLength(40)), restDay: z.optional(civilDate()) });
const reportYear = () => z.number().check(z.int(), z.minimum(1000), z.maximum(9998));
const quarter = () => z.string().check(z.regex(/^\d{4}Q[1-4]$/, { message: 'is not a quarter such as 2026Q3' }));
const calendar = () => z.custom((v) => typeof v === 'object' && v !== null, { message: 'is not a WorkdayCalendar' });
const timeline = () =>
  z.strictObject({
    receivedAt: dateInput(),
    correction: z.optional(z.strictObject({ requestedAt: dateInput(), correctedReceivedAt: dateInput() })),
    consultations: z.optional(z.array(z.strictObject({ from: dateInput(), to: dateInput() })).check(z.maxLength(1000))),
    extended: z.optional(z.union([z.literal(true), z.number().check(z.int(), z.minimum(0))])),
  });
const id = () => z.string().check(z.minLength(1), z.maxLength(200), z.regex(/^[^\u0000-\u001f\u007f]+$/, { message: 'contains a control character' }), z.refine((s) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s), { message: 'contains a lone surrogate (half of a UTF-16 pair), which UTF-8 cannot carry' }));
const eventShape = () => ({
  id: id(),
  rule: z.string().check(z.minLength(1), z.maxLength(100)),
  from: z.optional(dateInput()),
  quarter: z.optional(quarter()),
  year: z.optional(reportYear()),
  complex: z.optional(z.boolean()),
  extended: z.optional(z.union([z.boolean(), z.number().check(z.int(), z.minimum(0))])),
  issuer: z.optional(z.enum(['department', 'government'])),
  doneAt: z.optional(dateInput()),
  correction: timeline().shape.correction,
  consultations: timeline().shape.consultations,
});
const obligation = () =>
  z.object({
    id: id(),
    rule: z.string().check(z.maxLength(200)),
    article: z.object({ source: z.string().check(z.maxLength(4096)), article: z.string().check(z.maxLength(4096)), articleEn: z.string().check(z.maxLength(4096)), text: z.string().check(z.maxLength(65_536)) }),
    state: z.enum(['done-on-time', 'done-late', 'overdue', 'due-soon', 'upcoming']),
    start: z.string(),
    unit: z.enum(['workday', 'hour', 'day', 'fixed']),
    dueDate: civilDate(),
    deadline: z.string(),
    doneAt: z.optional(z.string()),
    provisional: z.boolean(),
    provisionalYears: z.array(z.number().check(z.int())),
  });

/** The refinements of the schema under test (unchanged by the change), on `eager`. */
const withSameChecks = (eager: Schema, lazy: Schema): Schema => (lazy._zod.def.checks?.length ? eager.check(...(lazy._zod.def.checks as z.core.$ZodCheck<unknown>[])) : eager);

const DAY = { date: '2027-01-01', festival: '元旦' };
const YEAR = {
  year: 2027,
  notice: '国务院办公厅关于2027年部分节假日安排的通知',
  holidays: ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'].map((festival, i) => ({ date: `2027-0${i + 1}-1${i}`, festival })),
};
const NOW = '2026-10-09T12:00:00+08:00';
const COMMON: unknown[] = [undefined, null, 'nope', 42, [], {}, { unknown: 1 }];

interface Case {
  readonly module: string;
  readonly name: string;
  /** The schema as it was defined before (`lazy`: the schema under test, whose refinements it takes). */
  readonly eager: (lazy: Schema) => Schema;
  readonly inputs: readonly unknown[];
}

const CASES: readonly Case[] = [
  {
    module: '../../src/calendar/schemas.js',
    name: 'yearInputSchema',
    eager: () => z.strictObject({ year: z.number().check(z.int(), z.minimum(1949), z.maximum(2200)), notice: z.string().check(z.minLength(1), z.maxLength(200)), holidays: z.array(dayEntry()).check(z.minLength(1), z.maxLength(60)), makeupWorkdays: z._default(z.array(makeupEntry()).check(z.maxLength(20)), []) }),
    inputs: [YEAR, { ...YEAR, makeupWorkdays: [{ date: '2027-02-06', festival: '春节', restDay: '2027-02-12' }] }, { ...YEAR, holidays: [DAY, DAY] }, { ...YEAR, year: 1948 }, { ...YEAR, holidays: [{ date: '2027-02-30', festival: '春节' }] }, { ...YEAR, extra: 1 }, { year: 2027 }],
  },
  {
    module: '../../src/calendar/schemas.js',
    name: 'yearAmendmentSchema',
    eager: () => z.strictObject({ year: z.number().check(z.int(), z.minimum(1949), z.maximum(2200)), notice: z.string().check(z.minLength(1), z.maxLength(200)), amends: z.literal(true), holidays: z._default(z.array(dayEntry()).check(z.maxLength(60)), []), makeupWorkdays: z._default(z.array(makeupEntry()).check(z.maxLength(20)), []), workdays: z._default(z.array(z.strictObject({ date: civilDate() })).check(z.maxLength(60)), []) }),
    inputs: [{ year: 2027, notice: 'x', amends: true, workdays: [{ date: '2027-02-11' }] }, { year: 2027, notice: 'x', amends: true }, { year: 2027, notice: 'x', amends: false, holidays: [DAY] }, { year: 2027, notice: 'x', amends: true, workdays: [{ date: '2027-02-13', extra: 1 }] }],
  },
  {
    module: '../../src/calendar/ics.js',
    name: 'calendarIcsOptionsSchema',
    eager: () => z.strictObject({ year: z.optional(z.number().check(z.int())), stamp: dateInput(), calendarName: z.optional(z.string().check(z.minLength(1), z.maxLength(200))) }),
    inputs: [{ stamp: '2026-12-01T00:00:00Z' }, { year: 2026 }, { year: 2026.5, stamp: 'x', calendarName: '' }],
  },
  {
    module: '../../src/obligations/obligations.js',
    name: 'obligationEventSchema',
    eager: () => z.strictObject(eventShape()),
    inputs: [{ id: 'doc-1', rule: 'deyang-2018/art24-policy-document', from: '2026-09-30' }, { id: '', rule: 'x', from: 3, quarter: '2026Q5' }, { id: 'a', rule: 'ogi-2019/art33-reply', from: '2026-09-30', correction: { requestedAt: '2026-10-01' }, consultations: [{ from: '2026-10-02', to: 1 }] }, { id: 'a\u0001', rule: 'r', year: 999, extended: -1, issuer: 'x' }, { id: 'a', rule: 'r' }],
  },
  {
    module: '../../src/obligations/obligations.js',
    name: 'obligationEventsSchema',
    eager: (lazy) => z.array(withSameChecks(z.strictObject(eventShape()), (lazy._zod.def as unknown as { element: Schema }).element)),
    inputs: [[{ id: 'a', rule: 'deyang-2018/art32-self-inspection', quarter: '2026Q3' }], [{ id: 'a', rule: 'r', year: 2026 }, { id: 'a', rule: 'r', year: 2026 }], [{ id: 'a', rule: 'r' }, 'x']],
  },
  {
    module: '../../src/obligations/obligations.js',
    name: 'obligationsOptionsSchema',
    eager: () => z.strictObject({ now: dateInput(), horizonDays: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(366))), calendar: z.optional(calendar()), provisional: z.optional(z.boolean()) }),
    inputs: [{ now: NOW }, { now: NOW, horizonDays: 3, calendar: {}, provisional: true }, { now: NOW, horizonDays: -1, calendar: 1, provisional: 'yes' }, { horizonDays: 367 }],
  },
  {
    module: '../../src/obligations/obligations.js',
    name: 'obligationSchema',
    eager: obligation,
    inputs: [{ id: 'a', rule: 'r', article: { source: 's', article: 'a', articleEn: 'e', text: 't' }, state: 'overdue', start: '2026-09-30', unit: 'workday', dueDate: '2026-10-10', deadline: 'd', provisional: false, provisionalYears: [] }, { id: 'a', state: 'pending', unit: 'week', dueDate: '2026-02-30', provisionalYears: [1.5] }],
  },
  {
    module: '../../src/obligations/ical.js',
    name: 'toICalendarOptionsSchema',
    eager: () => z.strictObject({ calendarName: z.string().check(z.minLength(1), z.maxLength(200)), component: z.optional(z.enum(['VTODO', 'VEVENT'])), includeDone: z.optional(z.boolean()) }),
    inputs: [{ calendarName: 'x' }, { calendarName: '', component: 'VJOURNAL', includeDone: 1 }],
  },
  {
    module: '../../src/obligations/ical.js',
    name: 'obligationsInputSchema',
    eager: () => z.object({ now: z.string(), items: z.array(obligation()) }),
    inputs: [{ now: NOW, items: [] }, { now: 1, items: [{ id: '' }] }],
  },
  ...(
    [
      ['eventInputSchema', () => z.strictObject({ from: dateInput() })],
      ['instantInputSchema', () => z.strictObject({ from: dateInput() })],
      ['opinionInputSchema', () => z.strictObject({ from: dateInput(), complex: z.optional(z.boolean()) })],
      ['replyInputSchema', () => z.strictObject({ from: dateInput(), extended: z.optional(z.union([z.boolean(), z.number().check(z.int(), z.minimum(0))])) })],
      ['quarterInputSchema', () => z.strictObject({ quarter: quarter() })],
      ['yearInputSchema', () => z.strictObject({ year: reportYear() })],
      ['annualReportInputSchema', () => z.strictObject({ year: reportYear(), issuer: z.optional(z.enum(['department', 'government'])) })],
    ] as const
  ).map(([name, eager]): Case => ({
    module: '../../src/rules/inputs.js',
    name,
    eager,
    inputs: [{ from: '2026-09-30' }, { from: 1, complex: 'x', extended: -1 }, { quarter: '2026Q3' }, { quarter: '2026Q5' }, { year: 2026, issuer: 'government' }, { year: 2026, issuer: 'department' }, { year: 999, issuer: 'x' }],
  })),
  {
    module: '../../src/rules/options.js',
    name: 'deadlineOptionsSchema',
    eager: () => z.strictObject({ calendar: z.optional(calendar()), provisional: z.optional(z.boolean()), period: z.optional(z.strictObject({ amount: z.number().check(z.int(), z.minimum(0), z.maximum(3650)), unit: z.enum(['workday', 'day']) })) }),
    inputs: [{ provisional: true, period: { amount: 5, unit: 'day' } }, { calendar: {}, period: { amount: 0, unit: 'workday' } }, { calendar: 'x', period: { amount: 3651, unit: 'week', more: 1 } }],
  },
  {
    module: '../../src/rules/request-timeline.js',
    name: 'requestTimelineSchema',
    eager: timeline,
    inputs: [{ receivedAt: '2026-09-30', correction: { requestedAt: '2026-10-01', correctedReceivedAt: '2026-10-09' }, consultations: [{ from: '2026-10-10', to: '2026-10-12' }], extended: true }, { receivedAt: 1, correction: {}, consultations: [{}], extended: false }],
  },
  {
    module: '../../src/rules/assess.js',
    name: 'assessedDeadlineSchema',
    eager: () => z.object({ rule: z.string(), unit: z.enum(['workday', 'hour', 'day', 'fixed']), dueDate: civilDate(), deadline: z.string() }),
    inputs: [{ rule: 'r', unit: 'day', dueDate: '2026-10-10', deadline: 'd', more: 1 }, { rule: 1, unit: 'week', dueDate: '2026-13-01' }],
  },
  {
    module: '../../src/rules/assess.js',
    name: 'assessInputSchema',
    eager: () => z.strictObject({ doneAt: z.optional(dateInput()), now: dateInput() }),
    inputs: [{ now: NOW }, { now: NOW, doneAt: 5 }, { doneAt: NOW }],
  },
];

/** What a parse gave: the value or the issues (messages, paths, codes). */
function outcome(schema: Schema, input: unknown): unknown {
  const r = z.safeParse(schema, input);
  return r.success ? { data: r.data } : { issues: r.error.issues };
}

/** What `read` gave or threw. */
function attempt(read: () => unknown): unknown {
  try {
    return { value: read() };
  } catch (e) {
    return { threw: (e as Error).message };
  }
}

/** The ways in: each a first use of the schema, compared with the same use of the eager one. */
const WAYS: Record<string, (schema: Schema, inputs: readonly unknown[]) => unknown> = {
  safeParse: (s, inputs) => inputs.map((i) => outcome(s, i)),
  parse: (s, inputs) => inputs.map((i) => attempt(() => s.parse(i))),
  'JSON Schema': (s) => attempt(() => toJSONSchema(s as never, { unrepresentable: 'any', io: 'input' })),
  '.shape': (s, inputs) => {
    const shape = (s as unknown as { shape?: Record<string, Schema> }).shape;
    return { keys: shape === undefined ? undefined : Object.keys(shape), parsed: inputs.map((i) => outcome(s, i)) };
  },
  'extend / safeExtend': (s, inputs) => {
    if (!(s instanceof z.ZodMiniObject)) return 'not an object';
    const extra = { added: z.optional(z.string()) };
    const extended = attempt(() => inputs.map((i) => outcome(z.extend(s, extra), i)));
    return { extended, safeExtended: inputs.map((i) => outcome(z.safeExtend(s, extra as never), { ...(i as object), added: 'x' })) };
  },
  'array and union': (s, inputs) => ({ array: outcome(z.array(s), inputs), union: inputs.map((i) => outcome(z.union([z.literal('other'), s]), i)) }),
};

describe('the input schemas built on first use answer as the schemas built at import did', () => {
  for (const c of CASES) {
    for (const [way, use] of Object.entries(WAYS)) {
      it(`${c.name} (${c.module.replace('../../src/', '')}): first use through ${way}`, async () => {
        vi.resetModules();
        const lazy = (await import(c.module))[c.name] as Schema;
        const inputs = [...c.inputs, ...COMMON];
        const got = use(lazy, inputs);
        expect(got).toEqual(use(withSameChecks(c.eager(lazy), lazy), inputs));
      });
    }
  }

  it('each builds its fields on its first parse, once: a second parse builds no zod schema', async () => {
    for (const c of CASES) {
      vi.resetModules();
      const lazy = (await import(c.module))[c.name] as Schema;
      const inputs = [...c.inputs, ...COMMON];
      const [, first] = await counting(() => inputs.forEach((i) => z.safeParse(lazy, i)));
      const [, second] = await counting(() => inputs.forEach((i) => z.safeParse(lazy, i)));
      expect({ name: c.name, second }).toEqual({ name: c.name, second: 0 });
      expect(first, c.name).toBeGreaterThan(0);
    }
  });
});
