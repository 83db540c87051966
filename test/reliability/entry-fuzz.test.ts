/**
 * Fuzzing every public entry point (the calendar's are in calendar-fuzz.test.ts): `anything()`
 * and near misses (a valid input with one field replaced by junk or deleted). The only throws
 * allowed are RulesError subclasses; an InvalidInputError names the broken field (its JSON path);
 * a result never holds NaN, an Invalid Date/DateTime or a date outside 0000–9999.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import * as lib from '../../src/index.js';
import { FC_OPTIONS, RUNS, dateArb, fieldOf, instantArb, namesField, nearMiss, onlyTypedErrors, snapshotArb, within } from './fuzz-helpers.js';
import { junk } from '../junk.js';
import { FIRST_UNCOVERED_YEAR } from '../coverage-year.js';

const AT = '2026-11-25T12:00:00+08:00';
const deadlineRules = lib.catalog.filter((e) => e.kind === 'deadline');
const ruleIds = deadlineRules.map((e) => e.id);
const rootOf = (field: string) => /^[^.[]*/.exec(field)?.[0] ?? field;
const rootsIn = (roots: string[]) => (field: string) => roots.includes(rootOf(field));
/** Fields named bare (`from`) or under their parameter (`input.from`): both name the same value. */
const strip = (field: string) => field.replace(/^(input|options)\.?/, '');
const sameField = (field: string, expected: string) => within(field, expected) || (strip(expected) !== '' && within(strip(field), strip(expected)));
const parent = (path: string) => path.replace(/(\.[^.[]+|\[\d+\])$/, '');
/** A refusal that relates two fields (`to` before `from`, `doneAt` after `now`) names a sibling. */
const RELATIONAL = /before|after|is not the Beijing date|ids must be unique|the cap/;

/** A valid input for a deadline rule (2019-06 … 2026, inside the calendar and the rule's force). */
function validInput(id: string): fc.Arbitrary<Record<string, unknown>> {
  const e = lib.ruleById(id as lib.RuleId) as lib.CatalogEntry & { kind: 'deadline' };
  const p = e.parameters as Record<string, unknown>;
  if (p.unit === 'fixed') {
    if (p.input === 'quarter') return fc.record({ quarter: fc.tuple(fc.integer({ min: 2019, max: 2026 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}Q${q}`) });
    return fc.record({ year: fc.integer({ min: 2019, max: 2025 }), ...(p.government ? { issuer: fc.constantFrom('department', 'government') } : {}) }, { requiredKeys: ['year'] });
  }
  const from = id.startsWith('ogi-2008') ? fc.constantFrom('2018-09-30', '2019-01-02T10:00:00+08:00') : p.unit === 'hour' ? instantArb : fc.oneof(dateArb.filter((d) => d >= '2019-06-01'), instantArb.filter((d) => d >= '2019-06-01'));
  return fc.record(
    { from, ...(p.complexAmount !== undefined ? { complex: fc.boolean() } : {}), ...(p.extensionCap !== undefined ? { extended: fc.oneof(fc.boolean(), fc.nat(p.extensionCap as number)) } : {}) },
    { requiredKeys: ['from'] },
  );
}
const validOptions = fc.record({ provisional: fc.boolean() }, { requiredKeys: [] });
const validDeadlineCall = fc.constantFrom(...ruleIds).chain((rule) => fc.record({ rule: fc.constant(rule), input: validInput(rule), options: validOptions }));

describe('deadline() and the named deadline functions', () => {
  it(`deadline(anything, anything, anything): ${RUNS.anything} runs`, () => {
    const ok = rootsIn(['rule', 'input', 'options', 'from', 'quarter', 'year', 'complex', 'extended', 'issuer', 'calendar']);
    fc.assert(fc.property(fc.oneof(fc.anything(), fc.constantFrom(...ruleIds)), fc.anything(), fc.anything(), (r, i, o) => void onlyTypedErrors(() => lib.deadline(junk(r), junk(i), junk(o)), ok)), { numRuns: RUNS.anything, ...FC_OPTIONS });
  });

  it(`deadline near misses: ${RUNS.nearMiss} runs`, () => {
    fc.assert(
      fc.property(nearMiss(validDeadlineCall), ({ value, path, mustRefuse }) => {
        const v = (value ?? {}) as { rule?: unknown; input?: unknown; options?: unknown };
        const expected = fieldOf('', path);
        onlyTypedErrors(() => lib.deadline(junk(v.rule), junk(v.input), junk(v.options)), (f) => sameField(f, expected) || (RELATIONAL.test(f) && false) || (path[0] === 'rule' && rootOf(f) === 'rule'), mustRefuse);
      }),
      { numRuns: RUNS.nearMiss, ...FC_OPTIONS },
    );
  });

  const named: [string, (i: never, o?: never) => unknown][] = [
    ['deyang-2018/art24-activity', lib.activityDeadline],
    ['deyang-2018/art24-policy-document', lib.policyDocumentDeadline],
    ['deyang-2018/art24-interpretation', lib.interpretationDeadline],
    ['deyang-2018/art24-proactive', lib.proactiveDisclosureDeadline],
    ['deyang-2018/art25-opinion-feedback', lib.opinionFeedbackDeadline],
    ['deyang-2018/art29-incident-report', lib.incidentReportDeadline],
    ['deyang-2018/art32-self-inspection', lib.selfInspectionDeadline],
    ['deyang-2018/art33-error-correction', lib.errorCorrectionDeadline],
    ['deyang-2018/art33-annual-report', lib.supervisionAnnualReportDeadline],
    ['deyang-2018/art15-migration-notice', lib.migrationNoticeDeadline],
    ['ogi-2019/art26-proactive', lib.ogiProactiveDeadline],
    ['ogi-2019/art30-correction', lib.ogiCorrectionNoticeDeadline],
    ['ogi-2019/art32-third-party', lib.ogiThirdPartyDeadline],
    ['ogi-2019/art33-reply', lib.ogiReplyDeadline],
    ['ogi-2019/art49-annual-report', lib.ogiAnnualReportDeadline],
    ['ogi-2008/art24-reply', lib.ogi2008ReplyDeadline],
  ];
  it('every deadline rule has a named function here', () => {
    for (const id of ruleIds) if (!named.some(([n]) => n === id)) throw new Error(`no named function fuzzed for ${id}`);
  });
  it.each(named)(`%s: anything and near misses, ${RUNS.anything / 5} + ${RUNS.nearMiss / 5} runs`, (id, fn) => {
    const ok = rootsIn(['input', 'options', 'from', 'quarter', 'year', 'complex', 'extended', 'issuer', 'calendar']);
    fc.assert(fc.property(fc.anything(), fc.anything(), (i, o) => void onlyTypedErrors(() => fn(i as never, o as never), ok)), { numRuns: RUNS.anything / 5, ...FC_OPTIONS });
    fc.assert(
      fc.property(nearMiss(fc.record({ input: validInput(id), options: validOptions })), ({ value, path, mustRefuse }) => {
        const v = (value ?? {}) as { input?: unknown; options?: unknown };
        onlyTypedErrors(() => fn(v.input as never, v.options as never), (f) => sameField(f, fieldOf('', path)), mustRefuse);
      }),
      { numRuns: RUNS.nearMiss / 5, ...FC_OPTIONS },
    );
  });
});

describe('requestReplyDeadline and assess', () => {
  const timeline = fc.record(
    {
      receivedAt: fc.oneof(dateArb, instantArb).filter((d) => d >= '2019-06-01' && d < '2026-10-01'),
      consultations: fc.array(fc.tuple(dateArb, fc.nat(10)).map(([from, n]) => ({ from, to: new Date(Date.parse(from) + n * 86_400_000).toISOString().slice(0, 10) })), { maxLength: 3 }),
      extended: fc.oneof(fc.constant(true), fc.nat(20)),
    },
    { requiredKeys: ['receivedAt'] },
  );
  it(`requestReplyDeadline: ${RUNS.anything} anything + ${RUNS.nearMiss} near misses`, () => {
    const ok = rootsIn(['input', 'options', 'receivedAt', 'correction', 'consultations', 'extended', 'calendar']);
    fc.assert(fc.property(fc.anything(), fc.anything(), (i, o) => void onlyTypedErrors(() => lib.requestReplyDeadline(i as never, o as never), ok)), { numRuns: RUNS.anything, ...FC_OPTIONS });
    fc.assert(
      fc.property(nearMiss(fc.record({ input: timeline, options: validOptions })), ({ value, path, mustRefuse }) => {
        const v = (value ?? {}) as { input?: unknown; options?: unknown };
        const expected = fieldOf('', path);
        onlyTypedErrors(() => lib.requestReplyDeadline(v.input as never, v.options as never), (f) => sameField(f, expected) || sameField(f, parent(expected)), mustRefuse);
      }),
      { numRuns: RUNS.nearMiss, ...FC_OPTIONS },
    );
  });

  const assessCall = fc.record({
    deadline: validDeadlineCall.map((c) => {
      try {
        return JSON.parse(JSON.stringify(lib.deadline(junk(c.rule), junk(c.input), { provisional: true })));
      } catch {
        return JSON.parse(JSON.stringify(lib.policyDocumentDeadline({ from: '2026-09-30' })));
      }
    }),
    // `now` in the first uncovered year (test/coverage-year.ts).
    input: fc.record({ now: instantArb.map((s) => s.replace(/^\d{4}/, String(FIRST_UNCOVERED_YEAR)).replace(`${FIRST_UNCOVERED_YEAR}-02-29`, `${FIRST_UNCOVERED_YEAR}-02-28`)), doneAt: instantArb }, { requiredKeys: ['now'] }),
  });
  it(`assess: ${RUNS.anything} anything + ${RUNS.nearMiss} near misses`, () => {
    const ok = rootsIn(['deadline', 'input', 'options', 'now', 'doneAt', 'calendar']);
    fc.assert(fc.property(fc.anything(), fc.anything(), fc.anything(), (d, i, o) => void onlyTypedErrors(() => lib.assess(d as never, i as never, o as never), ok)), { numRuns: RUNS.anything, ...FC_OPTIONS });
    fc.assert(
      fc.property(nearMiss(assessCall), ({ value, path, mustRefuse }) => {
        const v = (value ?? {}) as { deadline?: unknown; input?: unknown };
        const expected = fieldOf('', path);
        // assess reads only rule, unit, dueDate and deadline of a deadline object: a broken `start` is not read.
        const read = path[0] !== 'deadline' || path[1] === 'dueDate' || path[1] === 'deadline';
        onlyTypedErrors(() => lib.assess(v.deadline as never, v.input as never, { provisional: true }), (f) => sameField(f, expected) || sameField(f, parent(expected)) || (path[0] === 'input' && (f === 'now' || f === 'doneAt')), mustRefuse && read);
      }),
      { numRuns: RUNS.nearMiss, ...FC_OPTIONS },
    );
  });
});

describe('site checks', () => {
  it(`checkSite(anything, anything): ${RUNS.anything} runs`, () => {
    const ok = rootsIn(['snapshot', 'options', 'at', 'profile', 'calendar']);
    fc.assert(fc.property(fc.anything(), fc.anything(), (s, o) => void onlyTypedErrors(() => lib.checkSite(junk(s), junk(o)), ok)), { numRuns: RUNS.anything, ...FC_OPTIONS });
    fc.assert(fc.property(fc.anything(), (s) => void onlyTypedErrors(() => lib.checkSite(junk(s), { at: AT }), (f) => within(f, 'snapshot'))), { numRuns: RUNS.anything, ...FC_OPTIONS });
  });

  it(`checkSite on valid snapshots: ${RUNS.nearMiss / 2} runs, every report well-formed`, () => {
    fc.assert(
      fc.property(snapshotArb, (s) => {
        const r = onlyTypedErrors(() => lib.checkSite(junk(s), { at: AT }), () => false);
        lib.checkReportSchema.parse(r);
      }),
      { numRuns: RUNS.nearMiss / 2, ...FC_OPTIONS },
    );
  });

  it(`checkSite near misses (one field of a valid snapshot broken): ${RUNS.nearMiss} runs`, () => {
    fc.assert(
      fc.property(nearMiss(snapshotArb), ({ value, path, mustRefuse }) => {
        onlyTypedErrors(() => lib.checkSite(junk(value), { at: AT }), (f) => namesField(f, fieldOf('snapshot', path)), mustRefuse);
      }),
      { numRuns: RUNS.nearMiss, ...FC_OPTIONS },
    );
  });

  it(`checkSite options near misses: ${RUNS.nearMiss / 2} runs`, () => {
    const options = fc.record({ at: instantArb, profile: fc.constantFrom('deyang-2018', 'census') });
    fc.assert(
      fc.property(nearMiss(options), ({ value, path, mustRefuse }) => {
        const expected = fieldOf('', path);
        onlyTypedErrors(() => lib.checkSite({ schemaVersion: 1, site: { id: 's', name: 'S', kind: 'portal', level: 'city' } }, value as never), (f) => sameField(f, expected) || f === 'options', mustRefuse);
      }),
      { numRuns: RUNS.nearMiss / 2, ...FC_OPTIONS },
    );
  });

  it(`checkSites and checkInventory: ${RUNS.anything} anything + ${RUNS.nearMiss / 2} near misses`, () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (s, o) => {
        onlyTypedErrors(() => [...lib.checkSites(s as never, o as never)], rootsIn(['snapshot', 'snapshots', 'options', 'at', 'profile', 'calendar']));
        onlyTypedErrors(() => lib.checkInventory(s as never), rootsIn(['snapshots']));
      }),
      { numRuns: RUNS.anything, ...FC_OPTIONS },
    );
    fc.assert(
      fc.property(nearMiss(fc.uniqueArray(snapshotArb, { minLength: 1, maxLength: 3, selector: (s) => s.site.id })), ({ value, path, mustRefuse }) => {
        onlyTypedErrors(() => [...lib.checkSites(value as never, { at: AT })], (f) => (path.length === 0 ? rootOf(f) === 'snapshots' || within(f, 'snapshot') : namesField(f, fieldOf('snapshot', path.slice(1)))), mustRefuse);
        // checkInventory reads only the site blocks: a broken date elsewhere is not its business.
        // A site id broken into another snapshot's id is refused at the later of the two.
        const siteIdClash = (f: string) => path.length === 3 && path[1] === 'site' && path[2] === 'id' && /^snapshots\[\d+\]\.site\.id$/.test(f);
        onlyTypedErrors(() => lib.checkInventory(value as never), (f) => within(f, fieldOf('snapshots', path)) || (path.length <= 2 && within(f, fieldOf('snapshots', path.slice(0, 1)))) || siteIdClash(f));
      }),
      { numRuns: RUNS.nearMiss / 2, ...FC_OPTIONS },
    );
  });
});

describe('obligations and toICalendar', () => {
  const NOW = '2026-10-12T09:00:00+08:00';
  const eventArb = fc
    .tuple(fc.constantFrom(...ruleIds.filter((id) => !id.startsWith('ogi-2008'))), fc.nat(), fc.option(instantArb, { nil: undefined }))
    .chain(([rule, n, doneAt]) =>
      validInput(rule).map((input) => ({ id: `e${n}`, rule, ...input, ...(doneAt !== undefined && doneAt.slice(0, 4) < '2026' ? { doneAt } : {}) })),
    );
  const eventsArb = fc.uniqueArray(eventArb, { maxLength: 4, selector: (e) => e.id });
  const call = fc.record({ events: eventsArb, options: fc.record({ now: fc.constant(NOW), provisional: fc.constant(true), horizonDays: fc.nat(10) }, { requiredKeys: ['now', 'provisional'] }) });

  it(`obligations: ${RUNS.anything} anything + ${RUNS.nearMiss} near misses`, () => {
    fc.assert(fc.property(fc.anything(), fc.anything(), (e, o) => void onlyTypedErrors(() => lib.obligations(e as never, o as never), rootsIn(['events', 'options']))), { numRuns: RUNS.anything, ...FC_OPTIONS });
    fc.assert(
      fc.property(nearMiss(call), ({ value, path, mustRefuse }) => {
        const v = (value ?? {}) as { events?: unknown; options?: unknown };
        const expected = fieldOf('', path);
        onlyTypedErrors(
          () => lib.obligations(v.events as never, v.options as never),
          (f) => within(f, expected) || within(f, parent(expected)) || (path[0] === 'options' && rootOf(f) === 'events'),
          mustRefuse,
        );
      }),
      { numRuns: RUNS.nearMiss, ...FC_OPTIONS },
    );
  });

  it(`toICalendar: ${RUNS.anything} anything + ${RUNS.nearMiss} near misses`, () => {
    fc.assert(fc.property(fc.anything(), fc.anything(), (o, p) => void onlyTypedErrors(() => lib.toICalendar(o as never, p as never), rootsIn(['obligations', 'options']))), { numRuns: RUNS.anything, ...FC_OPTIONS });
    const valid = call.chain(({ events, options }) => {
      const result = JSON.parse(JSON.stringify(lib.obligations(junk(events), options)));
      return fc.record({ obligations: fc.constant(result), options: fc.record({ calendarName: fc.string({ minLength: 1, maxLength: 20 }), component: fc.constantFrom('VTODO', 'VEVENT'), includeDone: fc.boolean() }) });
    });
    fc.assert(
      fc.property(nearMiss(valid), ({ value, path, mustRefuse }) => {
        const v = (value ?? {}) as { obligations?: unknown; options?: unknown };
        // A changed deadline may also be refused as the dueDate that is no longer its Beijing date.
        const expected = fieldOf('', path);
        const sibling = path.at(-1) === 'deadline' ? fieldOf('', [...path.slice(0, -1), 'dueDate']) : undefined;
        const text = onlyTypedErrors(() => lib.toICalendar(v.obligations as never, v.options as never), (f) => within(f, expected) || (sibling !== undefined && within(f, sibling)), mustRefuse);
        if (typeof text !== 'string') return;
        // The date-time properties (unfolded) hold only digits: no NaN, no Invalid.
        const times = text.replace(/\r\n /g, '').split('\r\n').filter((l) => /^(DTSTART|DTEND|DUE|DTSTAMP|COMPLETED)[;:]/.test(l));
        for (const l of times) if (!/:\d{8}(T\d{6}Z?)?$/.test(l)) throw new Error(`broken iCalendar date-time: ${l}`);
      }),
      { numRuns: RUNS.nearMiss, ...FC_OPTIONS },
    );
  });
});
