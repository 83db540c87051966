import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { censusAliases, checkSite, deadline, defaultCalendar, InvalidInputError, isWorkday, snapshotSchema, type SnapshotInput } from '../../src/index.js';
import { arbitraries, publicationRule } from '../../src/testing/index.js';
import { fcRuns } from '../fc-runs.js';

const { coveredDate, workday, restDay, instant, snapshot, publication, message } = arbitraries;
const { start, end } = defaultCalendar.coverage;
const schemaOk = (s: unknown) => {
  const r = snapshotSchema.safeParse(s);
  if (!r.success) throw new Error(JSON.stringify(r.error.issues.slice(0, 3)));
  return true;
};
/** A rule's status; a `census/…` alias combines the versioned rules it names that the report holds (any fail → fail …). */
const statusOf = (c: { snapshot: SnapshotInput; at: string }, rule: string) => {
  const findings = checkSite(c.snapshot, { at: c.at }).findings;
  const own = findings.find((f) => f.rule === rule);
  const alias = censusAliases[rule as keyof typeof censusAliases];
  if (own !== undefined || alias === undefined) return own?.status;
  const parts = findings.filter((f) => [...alias.params, ...alias.also].includes(f.rule)).map((f) => f.status);
  return parts.includes('fail') ? 'fail' : parts.includes('needs-input') ? 'needs-input' : parts.includes('pass') ? 'pass' : 'not-applicable';
};
const beijingDate = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);

describe('date arbitraries', () => {
  it('coveredDate() stays inside the coverage (derived from the calendar) and reaches both ends', () => {
    fc.assert(fc.property(coveredDate(), (d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && d >= start && d <= end));
    const edge = fc.sample(coveredDate({ min: end, max: end }), 3);
    expect(edge).toEqual([end, end, end]);
  });

  it('workday() gives working days only, make-up days included; restDay() rest days only', () => {
    fc.assert(fc.property(workday(), (d) => isWorkday(d) && d >= start && d <= end), { numRuns: fcRuns(500) });
    fc.assert(fc.property(restDay(), (d) => !isWorkday(d) && d >= start && d <= end), { numRuns: fcRuns(500) });
    expect(new Set(fc.sample(workday({ min: '2026-10-01', max: '2026-10-11' }), 50))).toEqual(new Set(['2026-10-08', '2026-10-09', '2026-10-10']));
  });

  it('follows a calendar given in options (a provisional one reaches 2035)', () => {
    const calendar = defaultCalendar.provisional({ through: 2035 });
    const days = fc.sample(workday({ calendar, min: '2030-01-01' }), 100);
    expect(days.every((d) => d >= '2030-01-01' && calendar.isWorkday(d))).toBe(true);
  });

  it('refuses bounds outside the coverage or reversed', () => {
    expect(() => coveredDate({ min: '2010-12-31' })).toThrow(InvalidInputError);
    expect(() => workday({ max: '2099-01-01' })).toThrow(InvalidInputError);
    expect(() => restDay({ min: '2026-10-05', max: '2026-10-01' })).toThrow(InvalidInputError);
    expect(() => workday({ min: '2026-10-01', max: '2026-10-07' })).toThrow(/no working day/);
  });

  it('instant() renders offsets either side of UTC and its Beijing date is covered', () => {
    fc.assert(
      fc.property(instant(), (s) => {
        expect(s).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
        const d = beijingDate(s);
        return d >= start && d <= end && snapshotSchema.shape.probes.def.innerType.def.element.shape.at.safeParse(s).success;
      }),
      { numRuns: fcRuns(300) },
    );
    const offsets = new Set(fc.sample(instant(), 500).map((s) => s.slice(19)));
    expect(offsets.has('+08:00') && offsets.has('Z') && [...offsets].some((o) => o.startsWith('-'))).toBe(true);
    expect(() => instant({ offsets: ['+25:00'] })).toThrow(InvalidInputError);
  });
});

describe('publication() and message()', () => {
  const wrap = (extra: object) => ({ schemaVersion: 1, site: { id: 's', name: 'S', kind: 'portal', level: 'city' }, ...extra });

  it('publications are valid, and timely ones meet their Art. 24 deadline, late ones miss it', () => {
    fc.assert(
      fc.property(publication(), (p) => schemaOk(wrap({ publications: [p] }))),
      { numRuns: fcRuns(200) },
    );
    const due = (p: { kind: Parameters<typeof publicationRule>[0]; triggeredAt?: string }) =>
      Date.parse(deadline(publicationRule(p.kind)!, { from: p.triggeredAt! }).deadline);
    fc.assert(fc.property(publication({ timely: true }), (p) => p.kind === 'other' || Date.parse(p.publishedAt!) <= due(p)), { numRuns: fcRuns(200) });
    fc.assert(fc.property(publication({ timely: false }), (p) => p.kind === 'other' || Date.parse(p.publishedAt!) > due(p)), { numRuns: fcRuns(200) });
  });

  it('a complete trail by default; missingStage drops one stage', () => {
    fc.assert(fc.property(publication(), (p) => p.reviews!.map((r) => r.stage).join() === 'initial,verify,release' && new Set(p.reviews!.map((r) => r.by)).size === 3));
    fc.assert(fc.property(publication({ missingStage: true }), (p) => p.reviews!.length === 2));
    fc.assert(fc.property(publication({ published: false }), (p) => p.publishedAt === null && schemaOk(wrap({ publications: [p] }))));
  });

  it('messages are valid; answered ones are replied after receipt', () => {
    fc.assert(fc.property(message(), (m) => schemaOk(wrap({ messages: [m] }))), { numRuns: fcRuns(200) });
    fc.assert(fc.property(message({ answered: true }), (m) => Date.parse(m.repliedAt!) > Date.parse(m.receivedAt)));
    fc.assert(fc.property(message({ answered: false, channel: 'opinion' }), (m) => m.repliedAt === null && m.channel === 'opinion'));
  });
});

describe('snapshot()', () => {
  const TARGETED = ['census/columns-stale', 'census/blank-columns', 'census/interaction-unanswered', 'deyang-2018/art24-three-review'];

  it('every generated snapshot passes snapshotSchema, with or without faults', () => {
    fc.assert(fc.property(snapshot(), (c) => schemaOk(c.snapshot)), { numRuns: fcRuns(100) });
    fc.assert(
      fc.property(snapshot({ staleColumns: 6, blankColumns: 5, unansweredMessages: 2, missingReviewStages: 2 }), (c) => schemaOk(c.snapshot)),
      { numRuns: fcRuns(50) },
    );
  });

  it('without knobs the site is healthy: the targeted rules and the other column and review rules pass', () => {
    const rules = [...TARGETED, 'census/homepage-stale', 'census/columns-neglected', 'census/serious-problems', 'deyang-2018/art24-update-frequency', 'deyang-2018/art27-prior-review', 'deyang-2018/art28-links'];
    fc.assert(
      fc.property(snapshot(), (c) => {
        const report = checkSite(c.snapshot, { at: c.at });
        for (const id of rules) expect([id, statusOf(c, id)]).toEqual([id, 'pass']);
        for (const f of report.findings) expect([f.rule, f.status]).not.toEqual([f.rule, 'fail']);
        expect(report.verdict).toBe('qualified');
      }),
      { numRuns: fcRuns(60) },
    );
  });

  it('checkpoint: derived from the coverage, or fixed by the at knob', () => {
    fc.assert(fc.property(snapshot(), (c) => beijingDate(c.at) <= end && beijingDate(c.at) >= start && c.at.endsWith('+08:00')), { numRuns: fcRuns(50) });
    expect(fc.sample(snapshot({ at: '2025-03-01T09:00:00Z' }), 3).map((c) => c.at)).toEqual(Array(3).fill('2025-03-01T09:00:00Z'));
    expect(() => snapshot({ at: '2025-03-01' })).toThrow(InvalidInputError);
    expect(() => snapshot({ staleColumns: -1 })).toThrow(InvalidInputError);
  });

  const knobs: [string, Parameters<typeof snapshot>[0], string, Parameters<typeof snapshot>[0]][] = [
    ['staleColumns', { staleColumns: 5 }, 'census/columns-stale', { staleColumns: 4 }],
    ['blankColumns', { blankColumns: 5 }, 'census/blank-columns', { blankColumns: 4 }],
    ['unansweredMessages', { unansweredMessages: 1 }, 'census/interaction-unanswered', { unansweredMessages: 0 }],
    ['missingReviewStages', { missingReviewStages: 1 }, 'deyang-2018/art24-three-review', { missingReviewStages: 0 }],
  ];
  for (const [name, faulty, rule, below] of knobs) {
    it(`${name}: ${JSON.stringify(faulty)} fails ${rule} at the checkpoint (and the unqualified verdict for a census veto); ${JSON.stringify(below)} passes it`, () => {
      fc.assert(
        fc.property(snapshot(faulty), (c) => {
          expect(statusOf(c, rule)).toBe('fail');
          if (rule.startsWith('census/')) expect(checkSite(c.snapshot, { at: c.at }).verdict).toBe('unqualified');
        }),
        { numRuns: fcRuns(40) },
      );
      fc.assert(fc.property(snapshot(below), (c) => statusOf(c, rule) === 'pass'), { numRuns: fcRuns(40) });
    });
  }

  it('knobs combine, each failing its own rule', () => {
    fc.assert(
      fc.property(snapshot({ staleColumns: 5, blankColumns: 7, unansweredMessages: 3, missingReviewStages: 2 }), (c) => {
        for (const r of TARGETED) expect([r, statusOf(c, r)]).toEqual([r, 'fail']);
      }),
      { numRuns: fcRuns(30) },
    );
  });
});
