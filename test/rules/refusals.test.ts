/**
 * Every refusal of the deadline functions, the options and assess names the field at fault and
 * says why; and rules that count no working days never consult the calendar.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  assess,
  deadline,
  defaultCalendar,
  migrationNoticeDeadline,
  policyDocumentDeadline,
  proactiveDisclosureDeadline,
  ruleById,
  selfInspectionDeadline,
  type WorkdayCalendar,
} from '../../src/index.js';
import { oracleAddWorkdays } from '../calendar/oracle.js';
import { refusal } from '../refusal.js';

/** A plain object: passes the options' shape check, but is not a calendar made by the library and has no provisional(). */
const foreign = {} as WorkdayCalendar;

describe('rule ids', () => {
  it('an unknown id is refused at rule, saying which prefixes exist', () => {
    const e = refusal(() => ruleById('deyang-2018/art99'));
    expect(e.field).toBe('rule');
    expect(e.value).toBe('deyang-2018/art99');
    expect(e.reason).toContain('is not a rule id');
    expect(e.reason).toContain('deyang-2018/, census/, census-2015/, gov-2019/, nm-2019/, ogi-2019/ or ogi-2008/');
  });

  it('a non-string id is refused the same way', () => {
    for (const id of [42, null, undefined, { id: 'deyang-2018/art24-policy-document' }]) {
      const e = refusal(() => ruleById(id as unknown as string));
      expect(e.field).toBe('rule');
      expect(e.reason).toContain('is not a rule id');
    }
  });
});

describe('options', () => {
  it('an option of the wrong type is named options.<key>', () => {
    const e = refusal(() => policyDocumentDeadline({ from: '2026-09-30' }, { provisional: 'yes' as unknown as boolean }));
    expect(e.field).toBe('options.provisional');
    expect(e.value).toBe('yes');
  });

  it('a calendar that is not an object is refused at options.calendar', () => {
    for (const calendar of ['default', 42, null, true]) {
      const e = refusal(() => policyDocumentDeadline({ from: '2026-09-30' }, { calendar: calendar as unknown as WorkdayCalendar }));
      expect(e.field, String(calendar)).toBe('options.calendar');
      expect(e.reason).toContain('is not a WorkdayCalendar');
    }
  });

  it('provisional mode with a calendar that has no provisional() is refused at options.provisional', () => {
    const e = refusal(() => policyDocumentDeadline({ from: '2026-09-30' }, { calendar: foreign, provisional: true }));
    expect(e.field).toBe('options.provisional');
    expect(e.value).toBe(true);
    expect(e.reason).toContain('is not available');
    expect(e.reason).toContain('no provisional() method');
  });

  it('provisional mode works through the default calendar', () => {
    // 2026-09-30 + 3 working days lies inside the official data: the same answer, not provisional.
    const r = policyDocumentDeadline({ from: '2026-09-30' }, { provisional: true });
    expect(r.dueDate).toBe(oracleAddWorkdays('2026-09-30', 3));
    expect(r.provisional).toBe(false);
    expect(policyDocumentDeadline({ from: '2026-09-30' }, { calendar: defaultCalendar, provisional: true }).dueDate).toBe(r.dueDate);
  });
});

describe('rules that count no working days never consult the calendar', () => {
  it('a calendar day, fixed-date or hour rule ignores a foreign calendar', () => {
    // spec: 30 days after posting; self-inspection by the 15th of the quarter's second month; 24 hours.
    expect(migrationNoticeDeadline({ from: '2026-09-30' }, { calendar: foreign }).dueDate).toBe('2026-10-30');
    expect(migrationNoticeDeadline({ from: '2026-09-30' }, { calendar: foreign, provisional: true }).dueDate).toBe('2026-10-30');
    expect(selfInspectionDeadline({ quarter: '2026Q3' }, { calendar: foreign, provisional: true }).dueDate).toBe('2026-08-15');
    expect(deadline('deyang-2018/art24-activity', { from: '2026-10-09T18:00:00+08:00' }, { calendar: foreign }).deadline).toBe(
      '2026-10-10T18:00:00.000+08:00',
    );
  });

  it('a working-day rule counted in calendar days under another law ignores the calendar too', () => {
    expect(proactiveDisclosureDeadline({ from: '2026-09-30' }, { period: { amount: 10, unit: 'day' }, calendar: foreign }).dueDate).toBe('2026-10-10');
  });

  it('a working-day rule, or another law’s working-day period, does consult it', () => {
    expect(refusal(() => policyDocumentDeadline({ from: '2026-09-30' }, { calendar: foreign })).field).toBe('calendar');
    expect(refusal(() => proactiveDisclosureDeadline({ from: '2026-09-30' }, { period: { amount: 10, unit: 'workday' }, calendar: foreign })).field).toBe(
      'calendar',
    );
    // A calendar-day rule given a working-day period resolves the calendar before the period is refused.
    expect(refusal(() => migrationNoticeDeadline({ from: '2026-09-30' }, { period: { amount: 5, unit: 'workday' }, calendar: foreign } as never)).field).toBe(
      'calendar',
    );
  });
});

describe('deadline inputs', () => {
  it('a from that is not a date is refused at input.from', () => {
    const e = refusal(() => policyDocumentDeadline({ from: 20260930 as unknown as string }));
    expect(e.field).toBe('input.from');
    expect(e.reason).toContain('is not a date: pass YYYY-MM-DD, an ISO-8601 instant, a Date or a Luxon DateTime');
  });

  it('a quarter must be exactly YYYYQn', () => {
    for (const quarter of ['x2026Q3', '2026Q3x', '12026Q3', '2026Q3\n', '2026Q5', '2026q3']) {
      const e = refusal(() => selfInspectionDeadline({ quarter }));
      expect(e.field, quarter).toBe('input.quarter');
      expect(e.reason).toContain('is not a quarter such as 2026Q3');
    }
  });

  it('extended is refused by rules whose period cannot be extended, as an unknown input field', () => {
    for (const [rule, extended] of [
      ['deyang-2018/art24-policy-document', true],
      ['deyang-2018/art24-policy-document', 5],
      ['deyang-2018/art15-migration-notice', 5],
      ['ogi-2019/art26-proactive', true],
    ] as const) {
      // @ts-expect-error these rules take no `extended`
      const e = refusal(() => deadline(rule, { from: '2026-09-30', extended }));
      expect(e.field, rule).toBe('input');
      expect(e.reason, rule).toContain('extended');
    }
  });
});

describe('assess refusals', () => {
  let d!: ReturnType<typeof deadline>;
  let h!: ReturnType<typeof deadline>;
  beforeAll(() => {
    d = policyDocumentDeadline({ from: '2026-09-30' }); // due 2026-10-10 (spec)
    h = deadline('deyang-2018/art24-activity', { from: '2026-10-09T18:00:00+08:00' });
  });

  it('an input of the wrong type is named input.<key>', () => {
    const e = refusal(() => assess(d, { now: 5 as unknown as string }));
    expect(e.field).toBe('input.now');
    expect(e.reason).toContain('is not a date');
  });

  it('a deadline that is not an instant is refused at deadline.deadline', () => {
    const e = refusal(() => assess({ ...d, deadline: 'end of 2026-10-10' }, { now: '2026-10-11' }));
    expect(e.field).toBe('deadline.deadline');
    expect(e.value).toBe('end of 2026-10-10');
  });

  it('an unreadable now is refused at now', () => {
    expect(refusal(() => assess(d, { now: '2026-02-30' })).field).toBe('now');
    expect(refusal(() => assess(h, { now: '2026-10-11' })).field).toBe('now');
  });

  it('doneAt after now is refused at doneAt', () => {
    const e = refusal(() => assess(d, { doneAt: '2026-10-09T12:00:00.001+08:00', now: '2026-10-09T12:00:00+08:00' }));
    expect(e.field).toBe('doneAt');
    expect(e.value).toBe('2026-10-09T12:00:00.001+08:00');
    expect(e.reason).toContain('is after now');
  });

  it('an unreadable doneAt is refused at doneAt', () => {
    const e = refusal(() => assess(d, { doneAt: '2026-02-30', now: '2026-10-12' }));
    expect([e.field, e.value]).toEqual(['doneAt', '2026-02-30']);
  });

  it('a deadline whose dueDate is not the Beijing date of its instant is refused at deadline.dueDate, asking for deadline()’s result unchanged', () => {
    const e = refusal(() => assess({ ...d, dueDate: '2026-10-11' }, { now: '2026-10-12' }));
    expect([e.field, e.value]).toEqual(['deadline.dueDate', '2026-10-11']);
    expect(e.reason).toBe(`is not the Beijing date of deadline.deadline (${d.deadline}): pass a result of deadline() unchanged`);
  });

  it('doneAt equal to now is assessed', () => {
    expect(assess(d, { doneAt: '2026-10-09T12:00:00+08:00', now: '2026-10-09T12:00:00+08:00' }).status).toBe('on-time');
    expect(assess(d, { doneAt: '2026-10-12', now: '2026-10-12' }).status).toBe('late');
    expect(assess(h, { doneAt: '2026-10-10T18:00:00+08:00', now: '2026-10-10T18:00:00+08:00' }).status).toBe('on-time');
  });
});
