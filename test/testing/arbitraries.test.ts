import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { censusAliases, checkSite, deadline, defaultCalendar, InvalidInputError, isWorkday, snapshotSchema, type SnapshotInput, type Snapshot, type WorkdayCalendar } from '../../src/index.js';
import { arbitraries, publicationRule } from '../../src/testing/index.js';
import { fcRuns } from '../fc-runs.js';
import { DateTime } from 'luxon';
import { lastCoveredDate } from '../coverage-year.js';

const { coveredDate, workday, restDay, instant, snapshot, publication, message } = arbitraries;
const { start, end } = defaultCalendar.coverage;
const schemaOk = (s: unknown) => {
  const r = snapshotSchema.safeParse(s);
  if (!r.success) throw new Error(JSON.stringify(r.error.issues.slice(0, 3)));
  return true;
};
/** A rule's status; a `census/…` alias combines the versioned rules it names that the report holds (any fail → fail …). */
const statusOf = (c: { snapshot: SnapshotInput; at: string } | Findings, rule: string) => {
  const findings = 'snapshot' in c ? checkSite(c.snapshot, { at: c.at }).findings : c;
  const own = findings.find((f) => f.rule === rule);
  const alias = censusAliases[rule as keyof typeof censusAliases];
  if (own !== undefined || alias === undefined) return own?.status;
  const parts = findings.filter((f) => [...alias.params, ...alias.also].includes(f.rule)).map((f) => f.status);
  return parts.includes('fail') ? 'fail' : parts.includes('needs-input') ? 'needs-input' : parts.includes('pass') ? 'pass' : 'not-applicable';
};
type Findings = ReturnType<typeof checkSite>['findings'];
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
        for (const id of rules) expect([id, statusOf(report.findings, id)]).toEqual([id, 'pass']);
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
          const report = checkSite(c.snapshot, { at: c.at });
          expect(statusOf(report.findings, rule)).toBe('fail');
          if (rule.startsWith('census/')) expect(report.verdict).toBe('unqualified');
        }),
        { numRuns: fcRuns(40) },
      );
      fc.assert(fc.property(snapshot(below), (c) => statusOf(c, rule) === 'pass'), { numRuns: fcRuns(40) });
    });
  }

  it('knobs combine, each failing its own rule', () => {
    fc.assert(
      fc.property(snapshot({ staleColumns: 5, blankColumns: 7, unansweredMessages: 3, missingReviewStages: 2 }), (c) => {
        const { findings } = checkSite(c.snapshot, { at: c.at });
        for (const r of TARGETED) expect([r, statusOf(findings, r)]).toEqual([r, 'fail']);
      }),
      { numRuns: fcRuns(30) },
    );
  });
});

/**
 * The arbitraries in detail: the ranges and knobs they document, and the spread of what they
 * generate (both sides of every either/or, the whole of every range). Expected values come from
 * the spec's calendar facts, plain Date/Luxon arithmetic and the library's own deadline() and
 * snapshotSchema; "both branches occur" checks sample deterministically (fixed seed), so they do
 * not depend on the property-run scale.
 */
describe('documented ranges and knobs, and the spread of what they generate', () => {
  const { coveredDate, workday, restDay, instant, snapshot, publication, message } = arbitraries;

  type Publication = NonNullable<Snapshot['publications']>[number];
  type Message = NonNullable<Snapshot['messages']>[number];
  type Column = NonNullable<Snapshot['columns']>[number];

  const HOUR = 3_600_000;
  const DAY = 24 * HOUR;
  const SEED = 42;
  const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;
  const DATE = /^\d{4}-\d{2}-\d{2}$/;

  const ms = (iso: string) => Date.parse(iso);
  /** The Beijing (UTC+8, no DST) civil date of an instant. */
  const beijingDate = (iso: string | number) => new Date((typeof iso === 'number' ? iso : ms(iso)) + 8 * HOUR).toISOString().slice(0, 10);
  /** Seconds since Beijing midnight. */
  const beijingSecond = (iso: string) => (((ms(iso) + 8 * HOUR) % DAY) + DAY) % DAY / 1000;
  const beijingMidnight = (date: string) => ms(`${date}T00:00:00+08:00`);
  const sample = <T>(arb: fc.Arbitrary<T>, numRuns = 200) => fc.sample(arb, { numRuns, seed: SEED });
  const wrap = (extra: object) => ({ schemaVersion: 1, site: { id: 's', name: 'S', kind: 'portal', level: 'city' }, ...extra });
  const schemaOk = (s: unknown) => {
    const r = snapshotSchema.safeParse(s);
    if (!r.success) throw new Error(JSON.stringify(r.error.issues.slice(0, 3)));
    return true;
  };
  /** The Art. 24 deadline of a (non-`other`) publication, by the library's deadline(). */
  const dueOf = (p: Publication, calendar?: WorkdayCalendar) =>
    ms(deadline(publicationRule(p.kind)!, { from: p.triggeredAt! }, calendar === undefined ? undefined : { calendar }).deadline);
  /** When the trigger starts: the instant of an activity, Beijing midnight of a date. */
  const triggerStart = (p: Publication) => (DATE.test(p.triggeredAt!) ? beijingMidnight(p.triggeredAt!) : ms(p.triggeredAt!));
  /** The Beijing date the trigger falls on. */
  const triggerDate = (p: Publication) => (DATE.test(p.triggeredAt!) ? p.triggeredAt! : beijingDate(p.triggeredAt!));
  const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

  describe('coveredDate(), workday(), restDay()', () => {
    it('max alone at the first covered day gives that day only; min alone at the last, that day only', () => {
      expect(new Set(sample(coveredDate({ max: '2011-01-01' }), 20))).toEqual(new Set(['2011-01-01']));
      expect(new Set(sample(coveredDate({ min: lastCoveredDate() }), 20))).toEqual(new Set([lastCoveredDate()]));
    });

    it('a one-day range that is a working day (or rest day) gives that day', () => {
      // National Day 2026 is 10-01..10-07; 10-09 is a Friday; 10-04 a Sunday inside the holiday.
      expect(weekday('2026-10-09')).toBe(5);
      expect(new Set(sample(workday({ min: '2026-10-09', max: '2026-10-09' }), 20))).toEqual(new Set(['2026-10-09']));
      expect(new Set(sample(restDay({ min: '2026-10-04', max: '2026-10-04' }), 20))).toEqual(new Set(['2026-10-04']));
      // A range whose ends are both working days keeps both ends.
      expect(new Set(sample(workday({ min: '2026-10-09', max: '2026-10-12' }), 60))).toEqual(new Set(['2026-10-09', '2026-10-10', '2026-10-12']));
    });

    it('restDay() reaches the first days of the coverage (a weekend) and every day of a holiday', () => {
      // A fresh calendar: the arbitraries derive (and remember) the day lists per calendar.
      const calendar = defaultCalendar.provisional({ through: 2027 });
      expect([weekday('2011-01-01'), weekday('2011-01-02')]).toEqual([6, 0]);
      expect(new Set(sample(restDay({ calendar, max: '2011-01-02' }), 40))).toEqual(new Set(['2011-01-01', '2011-01-02']));
      expect(new Set(sample(restDay({ calendar, min: '2026-09-28', max: '2026-10-09' }), 200))).toEqual(
        new Set(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07']),
      );
    });

    it('restDay() reaches the last day of a coverage that ends on a rest day', () => {
      const calendar = defaultCalendar.provisional({ through: 2028 });
      expect(calendar.coverage.end).toBe('2028-12-31');
      expect(weekday('2028-12-31')).toBe(0); // a Sunday
      expect(calendar.isWorkday('2028-12-31')).toBe(false);
      expect(new Set(sample(restDay({ calendar, min: '2028-12-31' }), 20))).toEqual(new Set(['2028-12-31']));
      expect(new Set(sample(restDay({ calendar, min: '2028-12-30' }), 40))).toEqual(new Set(['2028-12-30', '2028-12-31']));
    });

    it('workday() and restDay() on a fresh calendar split its days between them', () => {
      const calendar = defaultCalendar.provisional({ through: 2027 });
      const work = sample(workday({ calendar, min: '2026-09-14', max: '2026-10-18' }), 300);
      const rest = sample(restDay({ calendar, min: '2026-09-14', max: '2026-10-18' }), 300);
      expect(work.every((d) => isWorkday(d)) && rest.every((d) => !isWorkday(d))).toBe(true);
      // 35 days: 09-20 is a make-up Sunday; 10-01..07 the holiday; 10-10 a make-up Saturday.
      expect(new Set(work).size + new Set(rest).size).toBe(35);
      expect(new Set(work).has('2026-09-20') && new Set(work).has('2026-10-10')).toBe(true);
    });
  });

  describe('instant()', () => {
    it('with min = max every instant falls on that Beijing day, from its first to its last seconds', () => {
      fc.assert(
        fc.property(instant({ min: '2026-10-01', max: '2026-10-01' }), (s) => ISO_INSTANT.test(s) && beijingDate(s) === '2026-10-01'),
        { numRuns: fcRuns(300) },
      );
      const seconds = sample(instant({ min: '2026-10-01', max: '2026-10-01' }), 300).map(beijingSecond);
      expect(seconds.every((x) => x >= 0 && x < 86_400)).toBe(true);
      expect(seconds.some((x) => x < 6 * 3600)).toBe(true);
      expect(seconds.some((x) => x >= 12 * 3600)).toBe(true);
      expect(seconds.some((x) => x >= 86_400 - 60)).toBe(true);
    });

    it('renders only the offsets asked for, each of them, with the local time of that offset', () => {
      const offsets = ['+05:45', 'Z', '-03:30'];
      const got = sample(instant({ offsets, min: '2024-02-28', max: '2024-03-01' }), 200);
      expect(new Set(got.map((s) => s.slice(19)))).toEqual(new Set(offsets));
      for (const s of got) {
        const dt = DateTime.fromISO(s, { setZone: true });
        expect(dt.isValid).toBe(true);
        expect(dt.offset).toBe(s.endsWith('Z') ? 0 : s.endsWith('+05:45') ? 345 : -210);
        expect(dt.toUTC().toMillis()).toBe(ms(s));
        expect(['2024-02-28', '2024-02-29', '2024-03-01']).toContain(beijingDate(s));
      }
      // West of UTC the local date shown may be the day before the Beijing date.
      expect(got.some((s) => s.endsWith('-03:30') && s.slice(0, 10) < beijingDate(s))).toBe(true);
    });
  });

  describe('publication()', () => {
    it('non-activity kinds are triggered on a date; an activity at an instant spread over its Beijing day', () => {
      for (const kind of ['policy-document', 'interpretation', 'proactive', 'other'] as const) {
        expect(sample(publication({ kind }), 30).every((p) => DATE.test(p.triggeredAt!))).toBe(true);
      }
      const acts = sample(publication({ kind: 'activity', min: '2025-06-03', max: '2025-06-03' }), 300);
      expect(acts.every((p) => ISO_INSTANT.test(p.triggeredAt!) && beijingDate(p.triggeredAt!) === '2025-06-03')).toBe(true);
      const seconds = acts.map((p) => beijingSecond(p.triggeredAt!));
      expect(seconds.some((x) => x < 6 * 3600) && seconds.some((x) => x >= 12 * 3600)).toBe(true);
    });

    it('min and max bound the trigger date, from the day the measures took effect (2018-01-25)', () => {
      fc.assert(
        fc.property(publication({ max: '2019-12-31' }), (p) => triggerDate(p) >= '2018-01-25' && triggerDate(p) <= '2019-12-31'),
        { numRuns: fcRuns(200) },
      );
      fc.assert(
        fc.property(publication({ min: '2020-03-02', max: '2020-03-06' }), (p) => triggerDate(p) >= '2020-03-02' && triggerDate(p) <= '2020-03-06'),
        { numRuns: fcRuns(200) },
      );
      expect(new Set(sample(publication({ min: '2018-01-25', max: '2018-01-25' }), 40).map(triggerDate))).toEqual(new Set(['2018-01-25']));
      expect(sample(publication({ min: '2018-01-25' }), 200).some((p) => triggerDate(p) > '2025-01-01')).toBe(true);
    });

    it('timely publications span the window: from the start of the trigger to the deadline', () => {
      const list = sample(publication({ kind: 'policy-document', timely: true }), 300);
      for (const p of list) {
        expect(ms(p.publishedAt!)).toBeGreaterThanOrEqual(triggerStart(p));
        expect(ms(p.publishedAt!)).toBeLessThanOrEqual(dueOf(p));
      }
      // Some on the trigger date in its first Beijing hours, some on a later day.
      expect(list.some((p) => ms(p.publishedAt!) - triggerStart(p) < 6 * HOUR)).toBe(true);
      expect(list.some((p) => beijingDate(p.publishedAt!) > p.triggeredAt!)).toBe(true);
      const acts = sample(publication({ kind: 'activity', timely: true }), 200);
      expect(acts.every((p) => ms(p.publishedAt!) >= ms(p.triggeredAt!) && ms(p.publishedAt!) <= dueOf(p))).toBe(true);
      expect(acts.some((p) => ms(p.publishedAt!) - ms(p.triggeredAt!) > 12 * HOUR)).toBe(true);
    });

    it('late publications are after the deadline: some only just, some by days', () => {
      const list = sample(publication({ timely: false, kind: 'interpretation' }), 300).concat(sample(publication({ timely: false, kind: 'activity' }), 300));
      const lateness = list.map((p) => ms(p.publishedAt!) - dueOf(p));
      expect(lateness.every((x) => x > 0)).toBe(true);
      expect(lateness.some((x) => x < HOUR)).toBe(true);
      expect(lateness.some((x) => x > 2 * DAY)).toBe(true);
    });

    it('by default both timely and late publications occur', () => {
      const judged = sample(publication(), 300).filter((p) => p.kind !== 'other');
      const late = judged.filter((p) => ms(p.publishedAt!) > dueOf(p));
      expect(late.length).toBeGreaterThan(0);
      expect(late.length).toBeLessThan(judged.length);
    });

    it("timely is ignored for 'other': the same seed gives the same publications either way", () => {
      const timely = fc.sample(publication({ kind: 'other', timely: true }), { numRuns: 100, seed: 9 });
      const late = fc.sample(publication({ kind: 'other', timely: false }), { numRuns: 100, seed: 9 });
      expect(late).toEqual(timely);
      for (const p of timely) expect(ms(p.publishedAt!)).toBeGreaterThanOrEqual(beijingMidnight(p.triggeredAt!));
      // Not all published at the very start of the trigger date: some days later.
      expect(timely.some((p) => ms(p.publishedAt!) - beijingMidnight(p.triggeredAt!) > DAY)).toBe(true);
    });

    it('the 三审 trail runs initial → verify → release by different people, each before publication, as does the confidentiality review', () => {
      fc.assert(
        fc.property(publication(), (p) => {
          const times = p.reviews!.map((r) => ms(r.at));
          expect(p.reviews!.map((r) => r.stage)).toEqual(['initial', 'verify', 'release']);
          expect(p.reviews!.every((r) => r.approved && ISO_INSTANT.test(r.at))).toBe(true);
          expect(times[0]!).toBeLessThan(times[1]!);
          expect(times[1]!).toBeLessThan(times[2]!);
          expect(times[2]!).toBeLessThan(ms(p.publishedAt!));
          expect(ms(p.confidentialityReviewedAt!)).toBeLessThan(ms(p.publishedAt!));
        }),
        { numRuns: fcRuns(200) },
      );
    });

    it('missingStage names the stage dropped; the rest of the trail stays in order', () => {
      const all = ['initial', 'verify', 'release'] as const;
      for (const stage of all) {
        fc.assert(
          fc.property(publication({ missingStage: stage }), (p) => {
            expect(p.reviews!.map((r) => r.stage)).toEqual(all.filter((s) => s !== stage));
            expect(new Set(p.reviews!.map((r) => r.by)).size).toBe(2);
          }),
          { numRuns: fcRuns(50) },
        );
      }
      fc.assert(fc.property(publication({ missingStage: false }), (p) => p.reviews!.length === 3), { numRuns: fcRuns(50) });
      expect(new Set(sample(publication({ missingStage: true }), 100).map((p) => all.find((s) => !p.reviews!.some((r) => r.stage === s))))).toEqual(new Set(all));
    });

    it('unpublished: no publication, no reviews, no confidentiality review', () => {
      fc.assert(
        fc.property(publication({ published: false }), (p) => p.publishedAt === null && p.reviews!.length === 0 && p.confidentialityReviewedAt === null),
        { numRuns: fcRuns(50) },
      );
    });

    it("deadlines follow the calendar given in options (a provisional one beyond the default coverage)", () => {
      const calendar = defaultCalendar.provisional({ through: 2030 });
      const list = sample(publication({ calendar, min: '2028-03-01', max: '2028-10-31' }), 150);
      for (const p of list) {
        expect(schemaOk(wrap({ publications: [p] }))).toBe(true);
        expect(triggerDate(p) >= '2028-03-01' && triggerDate(p) <= '2028-10-31').toBe(true);
      }
      const judged = list.filter((p) => p.kind !== 'other');
      const late = judged.filter((p) => ms(p.publishedAt!) > dueOf(p, calendar));
      expect(late.length).toBeGreaterThan(0);
      expect(late.length).toBeLessThan(judged.length);
      for (const p of sample(publication({ calendar, min: '2029-01-01', max: '2029-12-31', timely: true, kind: 'policy-document' }), 50)) {
        expect(ms(p.publishedAt!)).toBeLessThanOrEqual(dueOf(p, calendar));
      }
    });
  });

  describe('message()', () => {
    it('with min = max every message is received on that Beijing day, at times spread over it', () => {
      const list = sample(message({ min: '2024-02-29', max: '2024-02-29' }), 300);
      expect(list.every((m) => ISO_INSTANT.test(m.receivedAt) && beijingDate(m.receivedAt) === '2024-02-29')).toBe(true);
      const seconds = list.map((m) => beijingSecond(m.receivedAt));
      expect(seconds.some((x) => x < 6 * 3600) && seconds.some((x) => x >= 12 * 3600)).toBe(true);
    });

    it('by default some are answered (within hours) and some not; answered: true replies 10 minutes to 6 hours later', () => {
      const list = sample(message(), 200);
      expect(list.some((m) => m.repliedAt === null) && list.some((m) => m.repliedAt !== null)).toBe(true);
      fc.assert(
        fc.property(message({ answered: true }), (m) => {
          const gap = ms(m.repliedAt!) - ms(m.receivedAt);
          return gap >= 10 * 60_000 && gap <= 6 * HOUR;
        }),
        { numRuns: fcRuns(200) },
      );
    });

    it('valid and complex are each sometimes true, sometimes false, sometimes absent; never present as undefined', () => {
      const list = sample(message(), 300);
      for (const key of ['valid', 'complex'] as const) {
        const seen = new Set(list.map((m) => (key in m ? String(m[key]) : 'absent')));
        expect([key, seen]).toEqual([key, new Set(['true', 'false', 'absent'])]);
      }
      // What a snapshot file holds: JSON round-trips every generated message unchanged.
      for (const m of list) expect(JSON.parse(JSON.stringify(m))).toStrictEqual(m);
    });

    it('messages are genuine (never flagged untrue) and their handling published; channels as asked', () => {
      const list = sample(message({ channel: 'error-report' }), 100);
      expect(list.every((m) => m.channel === 'error-report' && m.untrue === false && m.handlingPublished === true)).toBe(true);
      expect(new Set(sample(message(), 300).map((m) => m.channel))).toEqual(
        new Set(['consultation', 'error-report', 'opinion', 'interview', 'survey', 'petition', 'discipline']),
      );
    });
  });

  describe('snapshot() in detail', () => {
    const columnsOf = (c: { snapshot: Snapshot }) => c.snapshot.columns ?? [];
    const itemsOf = (col: Column) => col.items ?? [];
    const allIds = (s: Snapshot) => [
      ...(s.columns ?? []).map((c) => c.id),
      ...(s.columns ?? []).flatMap((c) => itemsOf(c).map((i) => i.id)),
      ...(s.publications ?? []).map((p) => p.id),
      ...(s.messages ?? []).map((m) => m.id),
    ];
    /** Whether a column's newest item is older than its census period (news 2 weeks, notice/policy 6 months). */
    const staleAt = (col: Column, atMs: number) => {
      const newest = Math.max(...itemsOf(col).map((i) => ms(i.publishedAt!)));
      const from = col.category === 'news' ? atMs - 14 * DAY : DateTime.fromMillis(atMs, { zone: 'Asia/Shanghai' }).minus({ months: 6 }).toMillis();
      return newest < from;
    };

    it('ids are unique across columns, items, publications and messages, with every knob turned', () => {
      fc.assert(
        fc.property(snapshot({ staleColumns: 3, blankColumns: 2, unansweredMessages: 3, missingReviewStages: 3 }), (c) => {
          const ids = allIds(c.snapshot);
          expect(ids.length).toBe(new Set(ids).size);
        }),
        { numRuns: fcRuns(60) },
      );
      for (const c of sample(snapshot(), 30)) {
        const ids = allIds(c.snapshot);
        expect(ids.length).toBe(new Set(ids).size);
      }
    });

    it('every item is published between its column opening and the checkpoint', () => {
      fc.assert(
        fc.property(snapshot({ staleColumns: 2, blankColumns: 1 }), (c) => {
          const atMs = ms(c.at);
          for (const col of columnsOf(c)) {
            for (const item of itemsOf(col)) {
              expect(ISO_INSTANT.test(item.publishedAt!)).toBe(true);
              expect(ms(item.publishedAt!)).toBeLessThanOrEqual(atMs);
              if (col.openedOn !== undefined) expect(ms(item.publishedAt!)).toBeGreaterThanOrEqual(beijingMidnight(col.openedOn));
            }
            if (col.openedOn !== undefined) expect(col.openedOn <= beijingDate(c.at)).toBe(true);
          }
        }),
        { numRuns: fcRuns(80) },
      );
    });

    it('a healthy site has a homepage, news, notice and policy columns with histories at a realistic pace', () => {
      const cases = sample(snapshot(), 100);
      for (const c of cases) {
        const cats = columnsOf(c).map((col) => col.category);
        expect(cats.filter((x) => x === 'homepage').length).toBe(1);
        expect(cats.filter((x) => x === 'news').length).toBeGreaterThanOrEqual(1);
        expect(cats).toContain('notice');
        expect(cats).toContain('policy');
        for (const col of columnsOf(c)) {
          expect(itemsOf(col).length).toBeGreaterThan(0);
          // No more than one update a day since the column opened.
          const days = (beijingMidnight(beijingDate(c.at)) - beijingMidnight(col.openedOn!)) / DAY;
          expect(itemsOf(col).length).toBeLessThanOrEqual(days + 1);
          expect(col.openedOn! < beijingDate(c.at)).toBe(true);
        }
      }
      // Histories: some news column has several items; the optional annual-report and plan columns
      // are sometimes there and sometimes not.
      expect(cases.some((c) => columnsOf(c).some((col) => col.category === 'news' && itemsOf(col).length >= 3))).toBe(true);
      for (const cat of ['annual-report', 'plan'] as const) {
        const has = cases.map((c) => columnsOf(c).some((col) => col.category === cat));
        expect([cat, has.includes(true), has.includes(false)]).toEqual([cat, true, true]);
      }
    });

    it('column names are given and match the category (动态 news, 公告 notices, 文件 policies)', () => {
      for (const c of sample(snapshot({ staleColumns: 6, blankColumns: 2 }), 40)) {
        for (const col of columnsOf(c)) {
          expect(col.name.length).toBeGreaterThan(0);
          if (col.category === 'news') expect(col.name).toContain('动态');
          if (col.category === 'notice') expect(col.name).toContain('公告');
          if (col.category === 'policy') expect(col.name).toContain('文件');
        }
      }
    });

    it('staleColumns adds exactly that many stale news/notice/policy columns, none blank; stale news sometimes only just', () => {
      const stale: { col: Column; atMs: number }[] = [];
      for (const c of sample(snapshot({ staleColumns: 4 }), 60)) {
        const atMs = ms(c.at);
        const judged = columnsOf(c).filter((col) => ['news', 'notice', 'policy'].includes(col.category));
        expect(columnsOf(c).every((col) => itemsOf(col).length > 0)).toBe(true);
        const found = judged.filter((col) => staleAt(col, atMs));
        expect(found.length).toBe(4);
        for (const col of found) stale.push({ col, atMs });
      }
      expect(new Set(stale.map((s) => s.col.category))).toEqual(new Set(['news', 'notice', 'policy']));
      // A news column is stale after 2 weeks: some stale news columns would still be fresh by the
      // 6-month period of notices and policies.
      const sixMonths = (atMs: number) => DateTime.fromMillis(atMs, { zone: 'Asia/Shanghai' }).minus({ months: 6 }).toMillis();
      expect(stale.some(({ col, atMs }) => col.category === 'news' && itemsOf(col).every((i) => ms(i.publishedAt!) > sixMonths(atMs)))).toBe(true);
      // And stale columns have a history, not a single old item.
      expect(stale.some(({ col }) => itemsOf(col).length >= 2)).toBe(true);
    });

    it('blankColumns adds exactly that many columns without items, opened before the checkpoint day', () => {
      for (const c of sample(snapshot({ blankColumns: 5 }), 40)) {
        const blank = columnsOf(c).filter((col) => itemsOf(col).length === 0);
        expect(blank.length).toBe(5);
        for (const col of blank) {
          expect(col.name.length).toBeGreaterThan(0);
          expect(col.openedOn! < beijingDate(c.at)).toBe(true);
        }
      }
    });

    it('messages in a healthy snapshot are plain valid ones, received on various days and times, replied before the checkpoint', () => {
      const cases = sample(snapshot(), 100);
      const answered: Message[] = [];
      for (const c of cases) {
        for (const m of c.snapshot.messages ?? []) {
          expect(m.valid === true && m.complex === false && m.untrue === false && m.handlingPublished === true).toBe(true);
          expect(ms(m.receivedAt)).toBeLessThan(ms(c.at));
          expect(m.repliedAt).not.toBeNull();
          expect(ms(m.repliedAt!)).toBeLessThanOrEqual(ms(c.at));
          answered.push(m);
        }
      }
      expect(answered.some((m) => beijingSecond(m.receivedAt) >= 12 * 3600)).toBe(true);
      expect(new Set(answered.map((m) => beijingDate(m.receivedAt))).size).toBeGreaterThan(20);
    });

    it('with a checkpoint early in the Beijing day, messages of the evening before are still replied by then', () => {
      // 02:00 Beijing: a message received late the evening before cannot have a reply hours later.
      const at = '2025-03-01T02:00:00+08:00';
      const all: Message[] = [];
      for (const c of sample(snapshot({ at }), 60)) {
        expect(c.at).toBe(at);
        for (const m of c.snapshot.messages ?? []) {
          expect(ms(m.receivedAt)).toBeLessThan(ms(at));
          expect(ms(m.repliedAt!)).toBeLessThanOrEqual(ms(at));
          all.push(m);
        }
      }
      expect(all.some((m) => ms(at) - ms(m.receivedAt) > 2 * DAY)).toBe(true);
    });

    it('the generated checkpoint varies over the day and the publications were all published by it', () => {
      const cases = sample(snapshot(), 60);
      const seconds = cases.map((c) => beijingSecond(c.at));
      expect(seconds.some((x) => x < 12 * 3600) && seconds.some((x) => x >= 12 * 3600)).toBe(true);
      for (const c of cases) {
        for (const p of c.snapshot.publications ?? []) expect(ms(p.publishedAt!)).toBeLessThanOrEqual(ms(c.at));
      }
    });

    it('links are government URLs', () => {
      for (const c of sample(snapshot(), 10)) {
        expect(c.snapshot.links!.length).toBeGreaterThan(0);
        for (const l of c.snapshot.links!) {
          expect(l.kind).toBe('government');
          expect(new URL(l.url).hostname.endsWith('gov.cn')).toBe(true);
        }
      }
    });
  });

  describe('publicationRule reads own keys only', () => {
    it('an inherited name is no publication kind', () => {
      for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) expect(publicationRule(name as never)).toBeUndefined();
      expect(publicationRule('policy-document')).toBe('deyang-2018/art24-policy-document');
    });
  });
});
