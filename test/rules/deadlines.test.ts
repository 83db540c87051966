/**
 * Example tests for every deadline rule. Expected dates are the spec's examples or are computed
 * here from the chinese-days oracle (test/calendar/oracle.ts), never from the library.
 */
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { FIRST_UNCOVERED_YEAR, lastCoveredDate, provisionalAddWorkdays, uncoveredDate } from '../coverage-year.js';
import { notice2027 } from '../fixtures/notice-2027.js';
import {
  activityDeadline,
  CalendarCoverageError,
  catalog,
  deadline,
  defaultCalendar,
  errorCorrectionDeadline,
  incidentReportDeadline,
  interpretationDeadline,
  InvalidInputError,
  migrationNoticeDeadline,
  ogi2008ReplyDeadline,
  ogiAnnualReportDeadline,
  ogiCorrectionNoticeDeadline,
  ogiProactiveDeadline,
  ogiReplyDeadline,
  ogiThirdPartyDeadline,
  opinionFeedbackDeadline,
  policyDocumentDeadline,
  proactiveDisclosureDeadline,
  selfInspectionDeadline,
  supervisionAnnualReportDeadline,
} from '../../src/index.js';
import { oracleAddWorkdays, oracleIsWorkday } from '../calendar/oracle.js';
import { junk } from '../junk.js';
import { thrown } from '../refusal.js';

const end = (date: string) => `${date}T23:59:59.999+08:00`;

// Dates chosen around the long breaks: National Day 2026 and 2025, Spring Festival 2024 and 2020
// (extended), National Day 2019, New Year 2023 (an erratum), an ordinary Friday. All after
// 2019-05-15, so both the Deyang and the 2019 OGI rules are in force.
const SAMPLE_DATES = ['2026-09-30', '2026-10-01', '2025-09-30', '2024-02-08', '2020-01-23', '2019-09-27', '2022-12-30', '2026-03-13'];

const WORKDAY_RULES = [
  ['deyang-2018/art24-policy-document', 3, policyDocumentDeadline],
  ['deyang-2018/art24-interpretation', 3, interpretationDeadline],
  ['deyang-2018/art24-proactive', 20, proactiveDisclosureDeadline],
  ['deyang-2018/art25-opinion-feedback', 7, opinionFeedbackDeadline],
  ['deyang-2018/art33-error-correction', 3, errorCorrectionDeadline],
  ['ogi-2019/art26-proactive', 20, ogiProactiveDeadline],
  ['ogi-2019/art30-correction', 7, ogiCorrectionNoticeDeadline],
  ['ogi-2019/art32-third-party', 15, ogiThirdPartyDeadline],
  ['ogi-2019/art33-reply', 20, ogiReplyDeadline],
] as const;

describe('spec examples', () => {
  it('policy document issued 2026-09-30 → 2026-10-10 (a make-up working Saturday)', () => {
    const r = policyDocumentDeadline({ from: '2026-09-30' });
    expect(r).toEqual({
      rule: 'deyang-2018/art24-policy-document',
      article: expect.objectContaining({ article: '第二十四条第（一）项', articleEn: 'Art. 24(1)', text: expect.stringContaining('3个工作日') }),
      start: '2026-09-30',
      unit: 'workday',
      amount: 3,
      dueDate: '2026-10-10',
      deadline: '2026-10-10T23:59:59.999+08:00',
      provisional: false,
      provisionalYears: [],
    });
    expect(Object.keys(r).sort()).toEqual(['amount', 'article', 'deadline', 'dueDate', 'provisional', 'provisionalYears', 'rule', 'start', 'unit']);
    expect(oracleIsWorkday('2026-10-10')).toBe(true);
  });

  it('received 2026-10-01 (a holiday) → 3 working days → 2026-10-10', () => {
    expect(errorCorrectionDeadline({ from: '2026-10-01' }).dueDate).toBe('2026-10-10');
    expect(deadline('deyang-2018/art24-interpretation', { from: '2026-10-01' }).dueDate).toBe('2026-10-10');
  });

  it('an instant is read in Beijing time: 2026-09-29T18:00Z is 2026-09-30', () => {
    const r = policyDocumentDeadline({ from: '2026-09-29T18:00:00Z' });
    expect(r.start).toBe('2026-09-30');
    expect(r.dueDate).toBe('2026-10-10');
    expect(policyDocumentDeadline({ from: new Date(Date.UTC(2026, 8, 29, 18)) }).dueDate).toBe('2026-10-10');
    expect(policyDocumentDeadline({ from: DateTime.fromISO('2026-09-29T11:00:00-07:00', { setZone: true }) }).start).toBe('2026-09-30');
    // 2026-09-29T15:59:59Z is still 2026-09-29 in Beijing: three working days later is 2026-10-09.
    expect(policyDocumentDeadline({ from: '2026-09-29T15:59:59Z' }).dueDate).toBe(oracleAddWorkdays('2026-09-29', 3));
  });

  it('self-inspection: 2026Q3 → 2026-08-15; Q1 of the first uncovered year → its 02-15 though that year is beyond the calendar', () => {
    expect(selfInspectionDeadline({ quarter: '2026Q3' })).toMatchObject({ dueDate: '2026-08-15', deadline: end('2026-08-15'), unit: 'fixed', start: '2026-07-01' });
    expect(selfInspectionDeadline({ quarter: `${FIRST_UNCOVERED_YEAR}Q1` }).dueDate).toBe(uncoveredDate('02-15'));
    expect(() => defaultCalendar.isWorkday(uncoveredDate('02-15'))).toThrow(CalendarCoverageError);
    for (const [q, due] of [['2026Q1', '2026-02-15'], ['2026Q2', '2026-05-15'], ['2026Q4', '2026-11-15']]) {
      expect(selfInspectionDeadline({ quarter: q! }).dueDate).toBe(due);
    }
    // Fixed dates do not roll forward: 2026-02-15 is a Sunday in the Spring Festival break.
    expect(oracleIsWorkday('2026-02-15')).toBe(false);
  });

  it('annual reports: January 31 of the next year; a government’s OGI report March 31', () => {
    expect(supervisionAnnualReportDeadline({ year: 2026 })).toMatchObject({ dueDate: '2027-01-31', deadline: end('2027-01-31'), start: '2026-01-01', amount: 0 });
    expect(ogiAnnualReportDeadline({ year: 2026 }).dueDate).toBe('2027-01-31');
    expect(ogiAnnualReportDeadline({ year: 2026, issuer: 'department' }).dueDate).toBe('2027-01-31');
    expect(ogiAnnualReportDeadline({ year: 2030, issuer: 'government' }).dueDate).toBe('2031-03-31');
  });

  it('hour rules: exactly 24 h after the instant, no working-day logic', () => {
    expect(activityDeadline({ from: '2026-09-30T20:00:00+08:00' })).toMatchObject({
      start: '2026-09-30T20:00:00.000+08:00',
      unit: 'hour',
      amount: 24,
      dueDate: '2026-10-01',
      deadline: '2026-10-01T20:00:00.000+08:00',
      provisional: false,
    });
    expect(incidentReportDeadline({ from: '2026-12-31T23:30:00Z' }).deadline).toBe('2027-01-02T07:30:00.000+08:00');
  });

  it('migration notice: up through the 30th day after posting', () => {
    expect(migrationNoticeDeadline({ from: '2026-09-30' })).toMatchObject({ dueDate: '2026-10-30', deadline: end('2026-10-30'), unit: 'day', amount: 30 });
    expect(migrationNoticeDeadline({ from: '2026-12-15' }).dueDate).toBe('2027-01-14');
  });
});

describe.each(WORKDAY_RULES)('%s (%i working days) against the oracle', (id, n, fn) => {
  it.each(SAMPLE_DATES)('from %s', (date) => {
    const want = oracleAddWorkdays(date, n);
    const viaNamed = fn({ from: date });
    expect(viaNamed).toMatchObject({ rule: id, start: date, unit: 'workday', amount: n, dueDate: want, deadline: end(want), provisional: false });
    expect(deadline(id, { from: date })).toEqual(viaNamed);
  });
});

describe('variants', () => {
  it('opinion feedback: 15 working days when complex', () => {
    for (const date of SAMPLE_DATES) {
      expect(opinionFeedbackDeadline({ from: date, complex: true })).toMatchObject({ amount: 15, dueDate: oracleAddWorkdays(date, 15) });
      expect(opinionFeedbackDeadline({ from: date, complex: false }).dueDate).toBe(oracleAddWorkdays(date, 7));
    }
  });

  it('OGI reply: extension adds at most the cap', () => {
    expect(ogiReplyDeadline({ from: '2026-09-30', extended: true })).toMatchObject({ amount: 40, dueDate: oracleAddWorkdays('2026-09-30', 40) });
    expect(ogiReplyDeadline({ from: '2026-09-30', extended: 5 })).toMatchObject({ amount: 25, dueDate: oracleAddWorkdays('2026-09-30', 25) });
    expect(ogiReplyDeadline({ from: '2026-09-30', extended: false }).amount).toBe(20);
    expect(() => ogiReplyDeadline({ from: '2026-09-30', extended: 21 })).toThrow(/at most 20/);
    expect(ogi2008ReplyDeadline({ from: '2018-09-30', extended: true })).toMatchObject({ amount: 30, dueDate: oracleAddWorkdays('2018-09-30', 30) });
    expect(() => ogi2008ReplyDeadline({ from: '2018-09-30', extended: 16 })).toThrow(/at most 15/);
  });

  it('the 2008 reply rule: 15 working days', () => {
    for (const date of ['2018-09-30', '2012-09-28', '2015-09-02', '2019-05-14']) {
      expect(ogi2008ReplyDeadline({ from: date })).toMatchObject({ amount: 15, dueDate: oracleAddWorkdays(date, 15) });
    }
  });

  it('proactive disclosure: another law’s period through options.period', () => {
    expect(proactiveDisclosureDeadline({ from: '2026-09-30' }, { period: { amount: 10, unit: 'workday' } })).toMatchObject({
      amount: 10,
      unit: 'workday',
      dueDate: oracleAddWorkdays('2026-09-30', 10),
    });
    expect(ogiProactiveDeadline({ from: '2026-09-30' }, { period: { amount: 10, unit: 'day' } })).toMatchObject({ unit: 'day', dueDate: '2026-10-10' });
    expect(() => deadline('deyang-2018/art24-policy-document', { from: '2026-09-30' }, { period: { amount: 10, unit: 'day' } })).toThrow(/options\.period/);
  });
});

describe('refusals', () => {
  it('an hour rule refuses a bare date, naming it', () => {
    expect(() => activityDeadline({ from: '2026-10-09' })).toThrow(InvalidInputError);
    expect(() => incidentReportDeadline({ from: '2026-10-09' })).toThrow(/"2026-10-09"/);
  });

  it.each([
    ['2026-02-30', /2026-02-30/],
    ['2026-13-01', /2026-13-01/],
    ['garbage', /garbage/],
  ])('invalid date %s is refused, never rolled over', (from, named) => {
    expect(() => policyDocumentDeadline({ from })).toThrow(InvalidInputError);
    expect(() => policyDocumentDeadline({ from })).toThrow(named);
  });

  it('refuses an invalid Date, a number, a missing from, an unknown key, a bad quarter or year', () => {
    expect(() => policyDocumentDeadline({ from: new Date(Number.NaN) })).toThrow(/Invalid Date/);
    // @ts-expect-error a number is not a date
    expect(() => deadline('deyang-2018/art24-policy-document', { from: 20260930 })).toThrow(/input\.from/);
    // @ts-expect-error `from` is missing
    expect(() => deadline('deyang-2018/art24-policy-document', {})).toThrow(InvalidInputError);
    // @ts-expect-error this rule has no `complex`
    expect(() => deadline('deyang-2018/art24-policy-document', { from: '2026-09-30', complex: true })).toThrow(InvalidInputError);
    expect(() => selfInspectionDeadline({ quarter: '2026Q5' })).toThrow(/2026Q5/);
    expect(() => supervisionAnnualReportDeadline({ year: 2026.5 })).toThrow(/2026\.5/);
    // @ts-expect-error the input is an object
    expect(() => deadline('deyang-2018/art24-policy-document', '2026-09-30')).toThrow(InvalidInputError);
  });

  it('refuses an unknown rule and a check rule', () => {
    // @ts-expect-error not a rule id
    expect(() => deadline('deyang-2018/art99', { from: '2026-09-30' })).toThrow(/deyang-2018\/art99/);
    // @ts-expect-error a check, not a deadline rule
    expect(() => deadline('census/homepage-stale', { from: '2026-09-30' })).toThrow(/is a check/);
  });

  it('a count beyond the calendar is a CalendarCoverageError naming the year', () => {
    expect(thrown(() => policyDocumentDeadline({ from: lastCoveredDate('12-30') }), CalendarCoverageError).year).toBe(FIRST_UNCOVERED_YEAR);
    expect(() => ogi2008ReplyDeadline({ from: '2010-12-01' })).toThrow(CalendarCoverageError);
  });

  it('a receipt outside the rule’s in-force dates is refused, naming the rule that applies', () => {
    expect(() => ogiReplyDeadline({ from: '2019-05-14' })).toThrow(/ogi-2008\/art24-reply/);
    expect(() => ogi2008ReplyDeadline({ from: '2019-05-15' })).toThrow(/ogi-2019\/art33-reply/);
    expect(() => ogiThirdPartyDeadline({ from: '2019-05-14' })).toThrow(/2008/);
    expect(() => ogiAnnualReportDeadline({ year: 2018 })).toThrow(InvalidInputError);
    expect(() => policyDocumentDeadline({ from: '2017-12-29' })).toThrow(/2018-01-25/);
    // The boundaries themselves are in force.
    expect(ogiReplyDeadline({ from: '2019-05-15' }).dueDate).toBe(oracleAddWorkdays('2019-05-15', 20));
    expect(ogi2008ReplyDeadline({ from: '2019-05-14' }).dueDate).toBe(oracleAddWorkdays('2019-05-14', 15));
    expect(ogiAnnualReportDeadline({ year: 2019 }).dueDate).toBe('2020-01-31');
  });

  it('refuses bad options', () => {
    expect(() => policyDocumentDeadline({ from: '2026-09-30' }, { calendar: {} as never })).toThrow(/calendar/);
    expect(() => policyDocumentDeadline({ from: '2026-09-30' }, { bogus: 1 } as never)).toThrow(InvalidInputError);
  });
});

describe('calendars', () => {
  it('a calendar with 2027 added answers into 2027', () => {
    const cal2027 = defaultCalendar.withYear(notice2027);

    // 2026-12-30 (Wed) → 12-31 (1), 2027-01-01 holiday, 01-04 (2), 01-05 (3).
    expect(policyDocumentDeadline({ from: '2026-12-30' }, { calendar: cal2027 }).dueDate).toBe('2027-01-05');
  });

  it('provisional mode answers beyond coverage, says so and names the years', () => {
    const y = FIRST_UNCOVERED_YEAR;
    const r = policyDocumentDeadline({ from: lastCoveredDate('12-30') }, { provisional: true });
    expect(r).toMatchObject({ provisional: true, provisionalYears: [y] });
    expect(r.dueDate.startsWith(`${y}-`)).toBe(true);
    // Issue 7's example: 20 working days from 2026-12-10 → 2027-01-08, provisional; here from the calendar's last 12-10.
    const info = proactiveDisclosureDeadline({ from: lastCoveredDate('12-10') }, { provisional: true });
    expect(info).toMatchObject({ dueDate: provisionalAddWorkdays(lastCoveredDate('12-10'), 20), provisional: true, provisionalYears: [y] });
    expect(policyDocumentDeadline({ from: '2026-09-30' }, { provisional: true })).toMatchObject({ dueDate: '2026-10-10', provisional: false, provisionalYears: [] });
    expect(() => proactiveDisclosureDeadline({ from: lastCoveredDate('12-10') })).toThrow(expect.objectContaining({ year: y }));
  });

  it('every deadline rule answers through deadline()', () => {
    const inputs: Record<string, unknown> = {
      'deyang-2018/art24-activity': { from: '2026-09-30T10:00:00+08:00' },
      'deyang-2018/art29-incident-report': { from: '2026-09-30T10:00:00+08:00' },
      'deyang-2018/art32-self-inspection': { quarter: '2026Q3' },
      'deyang-2018/art33-annual-report': { year: 2026 },
      'ogi-2019/art49-annual-report': { year: 2026 },
      'ogi-2008/art24-reply': { from: '2018-09-30' },
    };
    for (const e of catalog.filter((x) => x.kind === 'deadline')) {
      const r = deadline(junk(e.id), junk(inputs[e.id] ?? { from: '2026-09-30' }));
      expect(r.rule).toBe(e.id);
      expect(r.article.text).toBe(e.requirement);
      expect(r.deadline.endsWith('+08:00')).toBe(true);
    }
  });
});

describe('the result object', () => {
  // The order of the fields of `DeadlineResult` as the interface documents them: the JSON that
  // `deadline --json` prints and that users snapshot keeps this order on every path.
  const DOCUMENTED = ['rule', 'article', 'start', 'unit', 'amount', 'dueDate', 'deadline', 'provisional', 'provisionalYears'];
  const cases: [string, unknown][] = [
    ['deyang-2018/art24-policy-document', { from: '2026-09-30' }],
    ['deyang-2018/art24-activity', { from: '2026-09-30T09:00:00+08:00' }],
    ['deyang-2018/art32-self-inspection', { quarter: '2026Q3' }],
    ['ogi-2019/art33-reply', { from: '2026-09-30', extended: true }],
  ];
  it.each(cases)('%s: the documented fields, in order, frozen, with and without options', (rule, input) => {
    for (const result of [deadline(rule as never, input as never), deadline(rule as never, input as never, { calendar: defaultCalendar })]) {
      expect(Object.keys(result)).toEqual(DOCUMENTED);
      expect(Object.isFrozen(result)).toBe(true);
    }
  });
});
