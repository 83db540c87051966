/**
 * Objects that look like a Date or a Luxon DateTime, and objects that cannot be read at all
 * (getters and Proxy traps that throw, revoked Proxies), reaching a date parameter or any other
 * field: each is refused with an InvalidInputError naming the field — never a TypeError from
 * `.getTime()` or `.toMillis()`, in the library or in the message that describes the value. The
 * CLI answers such a JSONL line with exit 2 and one line on stderr.
 */
import { Readable } from 'node:stream';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { describeValue } from '../../src/errors.js';
import * as lib from '../../src/index.js';
import { toBeDueBy, toBeWorkday } from '../../src/testing/matchers.js';
import { notice2027 } from '../fixtures/notice-2027.js';
import { junk } from '../junk.js';
import { refusal } from '../refusal.js';

const AT = '2026-11-25T12:00:00+08:00';
const MS = Date.parse('2026-10-09T10:00:00+08:00');
const SITE = { id: 's', name: 'S', kind: 'portal', level: 'city' } as const;
const boom = () => {
  throw new Error('boom');
};
const throwAll: ProxyHandler<object> = { get: boom, has: boom, ownKeys: boom, getPrototypeOf: boom, getOwnPropertyDescriptor: boom };
const revoked = () => {
  const r = Proxy.revocable(new Date(MS), {});
  r.revoke();
  return r.proxy;
};

/** Each is refused wherever a date is taken, and wherever any other value is. */
const LOOK_ALIKES: [string, () => unknown][] = [
  ['{ isLuxonDateTime: true }', () => ({ isLuxonDateTime: true })],
  ['a DateTime look-alike without toMillis', () => ({ isLuxonDateTime: true, isValid: true })],
  ['a DateTime look-alike whose toMillis throws', () => ({ isLuxonDateTime: true, isValid: true, toMillis: boom })],
  ['a DateTime look-alike whose toMillis gives a string', () => ({ isLuxonDateTime: true, isValid: true, toMillis: () => '1' })],
  ['a DateTime look-alike whose isValid getter throws', () => ({ isLuxonDateTime: true, get isValid() { return boom(); }, toMillis: () => MS })],
  ['an object with toMillis (no Luxon flag)', () => ({ toMillis: () => MS, isValid: true })],
  ['Object.create(Date.prototype)', () => Object.create(Date.prototype)],
  ['a Proxy of a Date', () => new Proxy(new Date(MS), {})],
  ['a Date-shaped object', () => ({ getTime: () => MS, valueOf: () => MS, toISOString: () => '2026-10-09T02:00:00.000Z' })],
  ['an object tagged Date', () => ({ [Symbol.toStringTag]: 'Date' })],
  ['a revoked Proxy of a Date', revoked],
  ['a Proxy whose every trap throws', () => new Proxy({}, throwAll)],
  ['a Proxy of a Date whose every trap throws', () => new Proxy(new Date(MS), throwAll)],
  ['an object whose isLuxonDateTime getter throws', () => Object.defineProperty({}, 'isLuxonDateTime', { get: boom, enumerable: true })],
];

describe('a look-alike date is refused at every public entry point that takes a date', () => {
  // [entry point, call with the value, the field the error must name]
  const entries: [string, (v: unknown) => unknown, RegExp][] = [
    ['isWorkday', (v) => lib.isWorkday(v as never), /^date$/],
    ['dayKind', (v) => lib.dayKind(v as never), /^date$/],
    ['addWorkdays', (v) => lib.addWorkdays(v as never, 3), /^date$/],
    ['nextWorkday', (v) => lib.nextWorkday(v as never), /^date$/],
    ['previousWorkday', (v) => lib.previousWorkday(v as never), /^date$/],
    ['countWorkdays (to)', (v) => lib.countWorkdays('2026-10-01', v as never), /^to$/],
    ['workdaysBetween (from)', (v) => lib.workdaysBetween(v as never, '2026-10-20'), /^from$/],
    ['defaultCalendar.isWorkday', (v) => lib.defaultCalendar.isWorkday(v as never), /^date$/],
    ['deadline', (v) => lib.deadline('deyang-2018/art24-policy-document', { from: v as never }), /^(input\.)?from$/],
    ['activityDeadline (an hour rule)', (v) => lib.activityDeadline({ from: v as never }), /^(input\.)?from$/],
    ['ogiReplyDeadline', (v) => lib.ogiReplyDeadline({ from: v as never }), /^(input\.)?from$/],
    ['requestReplyDeadline (receivedAt)', (v) => lib.requestReplyDeadline({ receivedAt: v as never }), /^(input\.)?receivedAt$/],
    ['requestReplyDeadline (consultations[0].to)', (v) => lib.requestReplyDeadline({ receivedAt: '2026-09-30', consultations: [{ from: '2026-10-09', to: v as never }] }), /consultations\[0\]\.to$/],
    ['requestReplyDeadline (correction.requestedAt)', (v) => lib.requestReplyDeadline({ receivedAt: '2026-09-30', correction: { requestedAt: v as never, correctedReceivedAt: '2026-10-09' } }), /correction\.requestedAt$/],
    ['assess (now)', (v) => lib.assess(lib.policyDocumentDeadline({ from: '2026-09-30' }), { now: v as never }), /^(input\.)?now$/],
    ['assess (doneAt)', (v) => lib.assess(lib.policyDocumentDeadline({ from: '2026-09-30' }), { now: AT, doneAt: v as never }), /^(input\.)?doneAt$/],
    ['checkSite (at)', (v) => lib.checkSite({ schemaVersion: 1, site: SITE }, { at: v as never }), /^at$/],
    ['checkSites (at)', (v) => [...lib.checkSites([{ schemaVersion: 1, site: SITE }], { at: v as never })], /^at$/],
    ['obligations (events[0].from)', (v) => lib.obligations([{ id: 'a', rule: 'deyang-2018/art24-policy-document', from: v as never }], { now: AT }), /^events\[0\]\.from$|^from$/],
    ['obligations (events[0].doneAt)', (v) => lib.obligations([{ id: 'a', rule: 'deyang-2018/art24-policy-document', from: '2026-11-20', doneAt: v as never }], { now: AT }), /^events\[0\]\.doneAt$|^doneAt$/],
    ['obligations (options.now)', (v) => lib.obligations([], { now: v as never }), /^options\.now$/],
    ['toBeWorkday (the received date)', (v) => toBeWorkday.call({ isNot: false }, v), /^date$/],
    ['toBeDueBy (the act)', (v) => toBeDueBy.call({ isNot: false }, v, 'deyang-2018/art24-policy-document', '2026-09-30'), /^(input\.)?(now|doneAt)$/],
    ['toBeDueBy (from)', (v) => toBeDueBy.call({ isNot: false }, AT, 'deyang-2018/art24-policy-document', v as never), /^(input\.)?from$/],
  ];
  for (const [name, make] of LOOK_ALIKES) {
    it.each(entries)(`${name}: %s`, (_entry, call, field) => {
      const e = refusal(() => call(make()));
      expect(e.field).toMatch(field);
    });
  }
});

describe('a look-alike date or an unreadable object in any other field is refused naming it', () => {
  const entries: [string, (v: unknown) => unknown, string][] = [
    ['snapshot.site.name', (v) => lib.checkSite({ schemaVersion: 1, site: { ...SITE, name: junk(v) } }, { at: AT }), 'snapshot.site.name'],
    ['snapshot.columns[0].items[0].publishedAt', (v) => lib.checkSite({ schemaVersion: 1, site: SITE, columns: [{ id: 'c', name: 'C', category: 'news', items: [{ id: 'i', publishedAt: junk(v) }] }] }, { at: AT }), 'snapshot.columns[0].items[0].publishedAt'],
    ['snapshot.publications[0].reviews[0].at', (v) => lib.checkSite({ schemaVersion: 1, site: SITE, publications: [{ id: 'p', kind: 'other', reviews: [{ stage: 'initial', by: 'x', at: junk(v), approved: true }] }] }, { at: AT }), 'snapshot.publications[0].reviews[0].at'],
    ['checkInventory: snapshots[0].site.id', (v) => lib.checkInventory([{ schemaVersion: 1, site: { ...SITE, id: junk(v) } }]), 'snapshots[0].site.id'],
    ['obligations: events[0].id', (v) => lib.obligations([{ id: v as never, rule: 'deyang-2018/art32-self-inspection', quarter: '2026Q3' }], { now: AT }), 'events[0].id'],
    ['withYear: year.notice', (v) => lib.defaultCalendar.withYear({ ...notice2027, notice: v } as never), 'year.notice'],
    ['deadline options.provisional', (v) => lib.deadline('deyang-2018/art24-policy-document', { from: '2026-09-30' }, { provisional: v as never }), 'options.provisional'],
    ['toICalendar options.calendarName', (v) => lib.toICalendar(lib.obligations([], { now: AT }), { calendarName: v as never }), 'options.calendarName'],
    ['deriveProfile overrides.description', (v) => lib.deriveProfile(lib.deyang2018Profile, { id: 'x', description: v as never }), 'overrides.description'],
  ];
  for (const [name, make] of LOOK_ALIKES) {
    it.each(entries)(`${name}: %s`, (_entry, call, field) => {
      const e = refusal(() => call(make()));
      // The field, or the part of it that could not be read (`snapshot.site.name.isLuxonDateTime`).
      expect(e.field === field || e.field.startsWith(`${field}.`)).toBe(true);
    });
  }

  it('a whole input or options object that cannot be read is refused naming it', () => {
    for (const make of [revoked, () => new Proxy({}, throwAll)]) {
      expect(refusal(() => lib.checkSite(junk(make()), { at: AT })).field).toBe('snapshot');
      expect(refusal(() => lib.checkSite({ schemaVersion: 1, site: SITE }, make() as never)).field).toBe('options');
      expect(refusal(() => lib.checkInventory(make() as never)).field).toBe('snapshots');
      expect(refusal(() => lib.deadline('deyang-2018/art24-policy-document', make() as never)).field).toBe('input');
      expect(refusal(() => lib.obligations(make() as never, { now: AT })).field).toBe('events');
      expect(refusal(() => lib.requestReplyDeadline(make() as never)).field).toBe('input');
      expect(refusal(() => lib.defaultCalendar.withYear(make() as never)).field).toBe('year');
      expect(refusal(() => lib.deriveProfile(lib.deyang2018Profile, make() as never)).field).toBe('overrides');
    }
  });
});

describe('the error-message renderer never throws', () => {
  it('describes look-alikes and unreadable objects as objects, and only genuine Dates as dates', () => {
    for (const [, make] of LOOK_ALIKES) expect(describeValue(make())).toBe('object');
    expect(describeValue(new Date(MS))).toBe('Date(2026-10-09T02:00:00.000Z)');
    expect(describeValue(new Date(Number.NaN))).toBe('Invalid Date');
    expect(describeValue(new Proxy([1, 2], { get: boom }))).toBe('array');
    const r = Proxy.revocable([1], {});
    r.revoke();
    expect(describeValue(r.proxy)).toBe('object');
    expect(describeValue([1, 2])).toBe('array(2)');
  });

  it('genuine Dates and DateTimes are still read, a Date from another realm too', async () => {
    const { runInNewContext } = await import('node:vm');
    const foreign = runInNewContext(`new Date(${MS})`) as Date;
    expect(foreign instanceof Date).toBe(false);
    for (const v of [new Date(MS), foreign, DateTime.fromMillis(MS), DateTime.fromMillis(MS).setZone('America/Los_Angeles')]) {
      expect(lib.activityDeadline({ from: v }).deadline).toBe('2026-10-10T10:00:00.000+08:00');
    }
    expect(refusal(() => lib.isWorkday(DateTime.invalid('made up'))).message).toContain('invalid Luxon DateTime (made up)');
    expect(refusal(() => lib.isWorkday(new Date(Number.NaN))).message).toContain('invalid Date');
  });
});

describe('a Luxon DateTime with a fractional millisecond is truncated to the millisecond, as ISO text is', () => {
  it('the deadline is the one of the whole millisecond, and the library reads its own output back', () => {
    const frac = DateTime.fromMillis(MS + 0.5);
    expect(frac.toMillis()).toBe(MS + 0.5); // Luxon keeps it
    const d = lib.activityDeadline({ from: frac });
    // Art. 24(4): 24 hours after the activity (spec deyang-2018.md); 10:00 + 24 h.
    expect(d.deadline).toBe('2026-10-10T10:00:00.000+08:00');
    expect(d).toEqual(lib.activityDeadline({ from: '2026-10-09T10:00:00.0005+08:00' }));
    expect(lib.assess(d, { now: DateTime.fromMillis(MS + 24 * 3_600_000 + 0.9) }).status).toBe('pending');
    const o = lib.obligations([{ id: 'a', rule: 'deyang-2018/art24-activity', from: frac, doneAt: DateTime.fromMillis(MS + 1.7) }], { now: AT });
    expect(o.items[0]?.doneAt).toBe('2026-10-09T10:00:00.001+08:00');
    expect(lib.toICalendar(o, { calendarName: 'x', includeDone: true })).toContain('COMPLETED:20261009T020000Z');
    expect(lib.isWorkday(DateTime.fromMillis(Date.parse('2026-10-09T23:59:59.999+08:00') + 0.999))).toBe(true); // 10-09, not 10-10
  });
});

describe('the CLI answers such a JSONL line with exit 2 and one line, never 70 and a stack trace', () => {
  const run = async (argv: string[], stdin: string) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) }, stdin: Readable.from([stdin]), env: {} });
    return { code, out: out.join(''), err: err.join('') };
  };
  // What JSON can carry of the look-alikes.
  const values = [{ isLuxonDateTime: true }, { isLuxonDateTime: true, isValid: true }, { isLuxonDateTime: true, isValid: true, toMillis: 1 }, { toMillis: 1 }, {}, []];

  it.each(values.map((v) => [JSON.stringify(v), v]))('due: from = %s', async (_name, v) => {
    const line = JSON.stringify({ id: 'a', rule: 'deyang-2018/art24-policy-document', from: v });
    const r = await run(['due', '-', '--now', AT], `${line}\n`);
    expect(r.code).toBe(2);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/from/);
    expect(r.err).not.toMatch(/internal error|TypeError|\n\s+at /);
  });

  it.each(values.map((v) => [JSON.stringify(v), v]))('check --jsonl: an instant = %s', async (_name, v) => {
    const good = JSON.stringify({ schemaVersion: 1, site: SITE });
    const bad = JSON.stringify({ schemaVersion: 1, site: SITE, columns: [{ id: 'c', name: 'C', category: 'news', items: [{ id: 'i', publishedAt: junk(v) }] }] });
    const r = await run(['check', '-', '--jsonl', '--at', AT], `${good}\n${bad}\n`);
    expect(r.code).toBe(2);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/line 2.*publishedAt/);
    expect(r.err).not.toMatch(/internal error|TypeError|\n\s+at /);
  });
});
