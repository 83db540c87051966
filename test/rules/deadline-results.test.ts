/**
 * The result objects of `deadline()`: one frozen article per rule, shared by its results and by
 * the named function's; a frozen result; the same answer with and without options that say the
 * same, and through `deadlineWithNumbers`. Expected dates are the spec's examples.
 */
import { describe, expect, it } from 'vitest';
import { catalog, deadline, defaultCalendar, ogiReplyDeadline, policyDocumentDeadline } from '../../src/index.js';
import { deadlineWithNumbers, resultOf } from '../../src/rules/deadlines.js';
import { deadlineEntry } from '../../src/rules/catalog.js';
import { dueOf } from '../../src/rules/periods.js';

describe('the article of a result', () => {
  it('is one frozen object per rule, shared by every result of the rule', () => {
    const a = deadline('deyang-2018/art24-policy-document', { from: '2026-09-30' });
    const b = policyDocumentDeadline({ from: '2026-10-09' });
    const c = deadlineWithNumbers('deyang-2018/art24-policy-document', { from: '2026-11-02' }).result;
    expect(b.article).toBe(a.article);
    expect(c.article).toBe(a.article);
    expect(Object.isFrozen(a.article)).toBe(true);
    // resultOf, used by requestReplyDeadline, shares the same article.
    const e = deadlineEntry('deyang-2018/art15-migration-notice');
    const viaResultOf = resultOf(e, { day: 20726 }, dueOf(e, { day: 20726 }));
    expect(viaResultOf.article).toBe(deadline('deyang-2018/art15-migration-notice', { from: '2026-09-30' }).article);
  });

  it('differs between rules and carries each rule\'s own text', () => {
    for (const e of catalog.filter((x) => x.kind === 'deadline' && x.parameters.unit === 'workday' && x.inForce.until === null)) {
      const r = deadline(e.id as 'deyang-2018/art24-policy-document', { from: '2026-09-30' });
      expect(r.article).toEqual({ source: e.source, article: e.article, articleEn: e.articleEn, text: e.requirement });
    }
    expect(deadline('ogi-2019/art33-reply', { from: '2026-09-30' }).article).not.toBe(deadline('deyang-2018/art24-policy-document', { from: '2026-09-30' }).article);
  });
});

describe('the result', () => {
  it('is frozen', () => {
    const r = deadline('deyang-2018/art24-policy-document', { from: '2026-09-30' });
    expect(Object.isFrozen(r)).toBe(true);
    expect(() => {
      (r as { dueDate: string }).dueDate = '2026-10-11';
    }).toThrow(TypeError);
  });

  it('is the same without options, with empty options and with the default calendar named', () => {
    // spec example: issued 2026-09-30, due 2026-10-10 (a make-up working Saturday).
    const plain = deadline('deyang-2018/art24-policy-document', { from: '2026-09-30' });
    expect(plain.dueDate).toBe('2026-10-10');
    expect(deadline('deyang-2018/art24-policy-document', { from: '2026-09-30' }, {})).toEqual(plain);
    expect(deadline('deyang-2018/art24-policy-document', { from: '2026-09-30' }, { calendar: defaultCalendar })).toEqual(plain);
  });

  it('deadlineWithNumbers gives the result deadline() gives, and its numbers; deadline() gives the result alone', () => {
    const { result, numbers } = deadlineWithNumbers('ogi-2019/art33-reply', { from: '2026-09-30', extended: true });
    expect(result).toEqual(ogiReplyDeadline({ from: '2026-09-30', extended: true }));
    expect(numbers.deadlineMs).toBe(Date.parse(result.deadline));
    expect(numbers.startMs).toBe(Date.parse('2026-09-30T00:00:00+08:00'));
    expect(Object.keys(deadline('ogi-2019/art33-reply', { from: '2026-09-30' })).sort()).toEqual(
      ['amount', 'article', 'deadline', 'dueDate', 'provisional', 'provisionalYears', 'rule', 'start', 'unit'],
    );
  });

  it('an hour rule\'s numbers start at the instant given, not at the start of its day', () => {
    // spec: Art. 24(1), online within 24 hours after the activity ends.
    const { result, numbers } = deadlineWithNumbers('deyang-2018/art24-activity', { from: '2026-10-09T18:00:00+08:00' });
    expect(result.deadline).toBe('2026-10-10T18:00:00.000+08:00');
    expect(numbers.startMs).toBe(Date.parse('2026-10-09T18:00:00+08:00'));
    expect(numbers.deadlineMs).toBe(Date.parse('2026-10-10T18:00:00+08:00'));
  });
});
