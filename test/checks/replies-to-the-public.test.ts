/**
 * Replies to the public (Deyang Art. 33 error reports: 3 working days and the handling made public;
 * Art. 25 opinions: 7 working days, 15 if complex) in detail: which messages count at the
 * checkpoint's edge, when a reply's handling is judged, the evidence lists and their cap, and the
 * exact findings users read.
 *
 * Calendar facts (State Council notice for 2026; spec example): 2026-10-01..07 are National Day
 * holidays and Saturday 2026-10-10 is a make-up working day, so the working days after Wednesday
 * 2026-09-30 are 10-08 (1), 10-09 (2), 10-10 (3), 10-12 (4), 10-13 (5), 10-14 (6), 10-15 (7),
 * 10-16 (8), 10-19 (9), 10-20 (10), 10-21 (11), 10-22 (12), 10-23 (13), 10-26 (14), 10-27 (15).
 * November 2026 has no holiday: received Saturday 2026-11-21 → Mon 23 (1), Tue 24 (2), Wed 25 (3).
 */
import { describe, expect, it } from 'vitest';
import { bj, findingOf, snap } from './helpers.js';
import { checkSite, defaultCalendar, defineRule, finding, InvalidInputError } from '../../src/index.js';
import { z } from 'zod';

const AT = '2026-12-01T12:00:00+08:00';
const AT_MS = Date.parse(AT);
const msg = (id: string, channel: string, receivedAt: string, repliedAt: string | null, extra: Record<string, unknown> = {}) => ({ id, channel, receivedAt, repliedAt, valid: true, ...extra });
const endOf = (day: string) => Date.parse(`${day}T23:59:59.999+08:00`);
const ids = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(2, '0')}`);

const ERR = 'deyang-2018/art33-error-correction';
const OPN = 'deyang-2018/art25-opinion-feedback';
const tally = (over: Record<string, unknown> = {}) => ({
  judged: 0, onTime: 0, lateOrOverdue: 0, pending: 0, undecidable: 0, provisionalDeadlines: 0, failing: [], needsInput: [], ...over,
});

describe('art33-error-correction in detail', () => {
  const holiday = '2026-09-30T20:00:00+08:00'; // → due by the end of 2026-10-10 (spec example)
  it('a reply at the last millisecond of the 3rd working day (a make-up Saturday) is on time; 1 ms later is late', () => {
    const ok = findingOf(snap({ messages: [msg('a', 'error-report', holiday, bj(endOf('2026-10-10')), { handlingPublished: true })] }), ERR, AT);
    expect(ok).toEqual({
      rule: ERR,
      status: 'pass',
      message: { zh: '1条纠错留言均在期限内', en: 'All 1 error report(s) within the deadline' },
      evidence: { handlingNotPublished: [], handlingNotPublishedCount: 0, ...tally({ judged: 1, onTime: 1 }) },
    });
    const late = findingOf(snap({ messages: [msg('b', 'error-report', holiday, bj(endOf('2026-10-10') + 1), { handlingPublished: true })] }), ERR, AT);
    expect(late.status).toBe('fail');
    expect((late.evidence as any).failing).toEqual([
      { id: 'b', from: bj(Date.parse(holiday)), deadline: bj(endOf('2026-10-10')), done: bj(endOf('2026-10-10') + 1), state: 'late' },
    ]);
  });

  it('received on a Saturday: counted from Monday, due by the end of Wednesday', () => {
    const f = findingOf(snap({ messages: [msg('s', 'error-report', '2026-11-21T09:00:00+08:00', null)] }), ERR, AT);
    expect(f.status).toBe('fail');
    expect((f.evidence as any).failing[0]).toMatchObject({ id: 's', deadline: bj(endOf('2026-11-25')), done: null, state: 'overdue' });
    // at the deadline itself it is still pending (not judged), one millisecond later overdue
    expect(findingOf(snap({ messages: [msg('s', 'error-report', '2026-11-21T09:00:00+08:00', null)] }), ERR, bj(endOf('2026-11-25'))).evidence).toMatchObject({ pending: 1, judged: 0 });
    expect(findingOf(snap({ messages: [msg('s', 'error-report', '2026-11-21T09:00:00+08:00', null)] }), ERR, bj(endOf('2026-11-25') + 1)).status).toBe('fail');
  });

  it('a report received exactly at the checkpoint is counted (pending); 1 ms after, it is not seen', () => {
    const at = findingOf(snap({ messages: [msg('x', 'error-report', AT, null)] }), ERR, AT);
    expect(at).toEqual({
      rule: ERR,
      status: 'not-applicable',
      message: { zh: '1条纠错留言尚未到期', en: '1 error report(s) not yet due' },
      evidence: { handlingNotPublished: [], handlingNotPublishedCount: 0, ...tally({ pending: 1 }) },
    });
    const after = findingOf(snap({ messages: [msg('x', 'error-report', bj(AT_MS + 1), null)] }), ERR, AT);
    expect(after.evidence).toMatchObject({ pending: 0, judged: 0 });
    // A reply recorded before its message was received is an error in the data: refused, naming the reply.
    expect(() => findingOf(snap({ messages: [msg('y', 'error-report', bj(AT_MS + 1), '2026-11-30T09:00:00+08:00')] }), ERR, AT)).toThrow(
      expect.objectContaining({ name: 'InvalidInputError', field: 'snapshot.messages[0].repliedAt', reason: `is before receivedAt (${bj(AT_MS + 1)})` }),
    );
  });

  it('channels other than error-report and reports marked invalid are skipped; validity not given is judged', () => {
    const rec = '2026-11-02T09:00:00+08:00'; // Monday: due 2026-11-05
    const f = findingOf(snap({ messages: [
      msg('c', 'consultation', rec, null), msg('o', 'opinion', rec, null), msg('i', 'error-report', rec, null, { valid: false }),
      { id: 'u', channel: 'error-report', receivedAt: rec, repliedAt: null },
    ] }), ERR, AT);
    expect(f.status).toBe('fail');
    expect(f.message).toEqual({ zh: '1条纠错留言超过期限', en: '1 error report(s) past the deadline' });
    expect((f.evidence as any).failing.map((x: any) => x.id)).toEqual(['u']);
  });

  it('the handling is judged only once the reply is given by the checkpoint (a reply at the checkpoint counts, 1 ms after does not)', () => {
    const rec = '2026-11-30T09:00:00+08:00'; // Monday: due 2026-12-03, so every reply below is pending or on time
    const at = findingOf(snap({ messages: [msg('at', 'error-report', rec, AT, { handlingPublished: false })] }), ERR, AT);
    expect(at.status).toBe('fail');
    expect(at.message).toEqual({ zh: '1条纠错办理情况未公开', en: '1 error report(s) whose handling was not published' });
    expect(at.evidence).toEqual({ handlingNotPublished: ['at'], handlingNotPublishedCount: 1, ...tally({ judged: 1, onTime: 1 }) });
    for (const repliedAt of [bj(AT_MS + 1), null]) {
      const f = findingOf(snap({ messages: [msg('later', 'error-report', rec, repliedAt, { handlingPublished: false })] }), ERR, AT);
      expect(f.status, String(repliedAt)).toBe('not-applicable');
      expect(f.evidence, String(repliedAt)).toMatchObject({ pending: 1, handlingNotPublished: [], handlingNotPublishedCount: 0, undecidable: 0 });
    }
    // handlingPublished not given: undecidable only when the reply is in
    const unknown = findingOf(snap({ messages: [msg('u', 'error-report', rec, AT)] }), ERR, AT);
    expect(unknown).toEqual({
      rule: ERR,
      status: 'needs-input',
      message: { zh: '1条纠错留言无法判断', en: '1 error report(s) cannot be judged' },
      evidence: { handlingNotPublished: [], handlingNotPublishedCount: 0, ...tally({ judged: 1, onTime: 1, undecidable: 1, needsInput: [{ id: 'u', problem: 'handlingPublished not given' }] }) },
    });
    expect(findingOf(snap({ messages: [msg('u', 'error-report', rec, bj(AT_MS + 1))] }), ERR, AT).evidence).toMatchObject({ undecidable: 0, needsInput: [] });
  });

  it('an untrue report needs neither a published handling nor the fact given', () => {
    const rec = '2026-11-02T09:00:00+08:00';
    for (const handlingPublished of [false, undefined]) {
      const f = findingOf(snap({ messages: [msg('t', 'error-report', rec, '2026-11-03T09:00:00+08:00', { untrue: true, handlingPublished })] }), ERR, AT);
      expect(f.status).toBe('pass');
      expect(f.evidence).toMatchObject({ handlingNotPublishedCount: 0, undecidable: 0 });
    }
  });

  it('late and not published: both named, in both languages', () => {
    const f = findingOf(snap({ messages: [
      msg('late', 'error-report', '2026-11-02T09:00:00+08:00', '2026-11-06T00:00:00+08:00', { handlingPublished: false }),
      msg('np', 'error-report', '2026-11-02T09:00:00+08:00', '2026-11-03T09:00:00+08:00', { handlingPublished: false }),
      msg('ok', 'error-report', '2026-11-02T09:00:00+08:00', '2026-11-03T09:00:00+08:00', { handlingPublished: true }),
    ] }), ERR, AT);
    expect(f.status).toBe('fail');
    expect(f.message).toEqual({
      zh: '1条纠错留言超过期限；2条纠错办理情况未公开',
      en: '1 error report(s) past the deadline; 2 error report(s) whose handling was not published',
    });
    expect(f.evidence).toMatchObject({ judged: 3, onTime: 2, lateOrOverdue: 1, handlingNotPublished: ['late', 'np'], handlingNotPublishedCount: 2 });
  });

  it('the unpublished-handling list keeps the first 20; the count is complete', () => {
    for (const n of [20, 21, 25]) {
      const list = ids(n, 'np');
      const f = findingOf(snap({ messages: list.map((id) => msg(id, 'error-report', '2026-11-02T09:00:00+08:00', '2026-11-03T09:00:00+08:00', { handlingPublished: false })) }), ERR, AT);
      expect(f.message.en).toBe(`${n} error report(s) whose handling was not published`);
      expect(f.message.zh).toBe(`${n}条纠错办理情况未公开`);
      expect(f.evidence).toMatchObject({ handlingNotPublishedCount: n, handlingNotPublished: list.slice(0, 20), onTime: n });
    }
  });

  it('no messages section: needs-input, worded; an empty one: not applicable', () => {
    expect(findingOf(snap({}), ERR, AT)).toEqual({ rule: ERR, status: 'needs-input', message: { zh: '快照未提供留言', en: 'The snapshot has no messages' }, evidence: {} });
    expect(findingOf(snap({ messages: [] }), ERR, AT)).toEqual({
      rule: ERR, status: 'not-applicable', message: { zh: '没有需判断的纠错留言', en: 'No error report to judge' },
      evidence: { handlingNotPublished: [], handlingNotPublishedCount: 0, ...tally() },
    });
  });
});

describe('art25-opinion-feedback in detail', () => {
  const rec = '2026-09-30T15:00:00+08:00';
  it('7 working days: the last millisecond of 2026-10-15 is on time, 1 ms later late; complex: 15, through 2026-10-27', () => {
    const at = (repliedMs: number, complex = false) => findingOf(snap({ messages: [msg('p', 'opinion', rec, bj(repliedMs), { complex })] }), OPN, AT);
    const ok = at(endOf('2026-10-15'));
    expect(ok).toEqual({
      rule: OPN, status: 'pass', message: { zh: '1条意见均在期限内', en: 'All 1 opinion(s) within the deadline' }, evidence: tally({ judged: 1, onTime: 1 }),
    });
    const late = at(endOf('2026-10-15') + 1);
    expect(late.message).toEqual({ zh: '1条意见超过期限', en: '1 opinion(s) past the deadline' });
    expect((late.evidence as any).failing).toEqual([{ id: 'p', from: bj(Date.parse(rec)), deadline: bj(endOf('2026-10-15')), done: bj(endOf('2026-10-15') + 1), state: 'late' }]);
    expect(at(endOf('2026-10-15') + 1, true).status).toBe('pass');
    expect(at(endOf('2026-10-27'), true).status).toBe('pass');
    expect((at(endOf('2026-10-27') + 1, true).evidence as any).failing[0]).toMatchObject({ deadline: bj(endOf('2026-10-27')), state: 'late' });
  });

  it('an opinion received exactly at the checkpoint is counted (pending); 1 ms after, it is not seen', () => {
    expect(findingOf(snap({ messages: [msg('x', 'opinion', AT, null)] }), OPN, AT)).toEqual({
      rule: OPN, status: 'not-applicable', message: { zh: '1条意见尚未到期', en: '1 opinion(s) not yet due' }, evidence: tally({ pending: 1 }),
    });
    expect(findingOf(snap({ messages: [msg('x', 'opinion', bj(AT_MS + 1), null)] }), OPN, AT).evidence).toEqual(tally());
  });

  it('only valid opinions are judged: other channels and valid: false are skipped, validity not given is judged', () => {
    const f = findingOf(snap({ messages: [
      msg('e', 'error-report', rec, null), msg('c', 'consultation', rec, null), msg('i', 'opinion', rec, null, { valid: false }),
      { id: 'u', channel: 'opinion', receivedAt: rec, repliedAt: null },
    ] }), OPN, AT);
    expect(f.status).toBe('fail');
    expect(f.evidence).toMatchObject({ judged: 1, lateOrOverdue: 1 });
    expect((f.evidence as any).failing).toEqual([{ id: 'u', from: bj(Date.parse(rec)), deadline: bj(endOf('2026-10-15')), done: null, state: 'overdue' }]);
  });

  it('no messages section: needs-input, worded', () => {
    expect(findingOf(snap({}), OPN, AT)).toEqual({ rule: OPN, status: 'needs-input', message: { zh: '快照未提供留言', en: 'The snapshot has no messages' }, evidence: {} });
  });
});

/**
 * Replies judged against their catalog deadlines: which messages count, the tally in the evidence
 * and the late ones listed with their deadline. Dates: November 2026 has no holiday, 2026-10-10
 * (Saturday) is a make-up working day (State Council notice for 2026).
 */
describe('judged against their catalog deadlines: which messages count, the tally, the late ones listed', () => {
  const AT = '2026-11-25T12:00:00+08:00';
  const msg = (id: string, channel: string, receivedAt: string, repliedAt: string | null, extra: Record<string, unknown> = {}) => ({ id, channel, receivedAt, repliedAt, valid: true, ...extra });
  const endOf = (day: string) => Date.parse(`${day}T23:59:59.999+08:00`);

  describe('art33-error-correction: answered within 3 working days, handling published', () => {
    const R = 'deyang-2018/art33-error-correction';
    const rec = '2026-11-16T10:00:00+08:00'; // Monday: due by the end of Thursday 2026-11-19
    it('a reply on the last day is on time; one later is listed with its deadline', () => {
      const ok = findingOf(snap({ messages: [msg('a', 'error-report', rec, '2026-11-19T23:00:00+08:00', { handlingPublished: true })] }), R, AT);
      expect(ok.status).toBe('pass');
      expect(ok.message.en).toBe('All 1 error report(s) within the deadline');
      expect(ok.evidence).toMatchObject({ judged: 1, onTime: 1, lateOrOverdue: 0, pending: 0, undecidable: 0 });
      const late = findingOf(snap({ messages: [msg('b', 'error-report', rec, '2026-11-20T00:00:00+08:00', { handlingPublished: true })] }), R, AT);
      expect(late.status).toBe('fail');
      expect(late.message.en).toBe('1 error report(s) past the deadline');
      expect(late.message.zh).toBe('1条纠错留言超过期限');
      const bad = (late.evidence as any).failing[0];
      expect(bad).toMatchObject({ id: 'b', state: 'late' });
      expect(Date.parse(bad.deadline)).toBe(endOf('2026-11-19'));
      expect(Date.parse(bad.done)).toBe(Date.parse('2026-11-20T00:00:00+08:00'));
    });
    it('unanswered past the deadline is overdue; within it, pending (not judged)', () => {
      const over = findingOf(snap({ messages: [msg('c', 'error-report', rec, null)] }), R, AT);
      expect(over.status).toBe('fail');
      expect((over.evidence as any).failing[0]).toMatchObject({ id: 'c', state: 'overdue', done: null });
      const pend = findingOf(snap({ messages: [msg('d', 'error-report', '2026-11-24T10:00:00+08:00', null)] }), R, AT);
      expect(pend.status).toBe('not-applicable');
      expect(pend.evidence).toMatchObject({ pending: 1, judged: 0 });
    });
    it('a reply whose handling was not published fails for that; not said: needs input; an untrue report needs no publication', () => {
      const f = findingOf(snap({ messages: [msg('e', 'error-report', rec, '2026-11-17T10:00:00+08:00', { handlingPublished: false })] }), R, AT);
      expect(f.status).toBe('fail');
      expect(f.message.en).toBe('1 error report(s) whose handling was not published');
      expect(f.evidence).toMatchObject({ handlingNotPublished: ['e'], handlingNotPublishedCount: 1 });
      const n = findingOf(snap({ messages: [msg('f', 'error-report', rec, '2026-11-17T10:00:00+08:00')] }), R, AT);
      expect(n.status).toBe('needs-input');
      expect(n.message.en).toBe('1 error report(s) cannot be judged');
      expect(JSON.stringify(n.evidence)).toContain('handlingPublished not given');
      expect(findingOf(snap({ messages: [msg('g', 'error-report', rec, '2026-11-17T10:00:00+08:00', { untrue: true })] }), R, AT).status).toBe('pass');
    });
    it('other channels, invalid reports and reports after the checkpoint are not judged; no messages: needs input', () => {
      const f = findingOf(snap({ messages: [
        msg('o', 'opinion', rec, null), msg('i', 'error-report', rec, null, { valid: false }), msg('l', 'error-report', '2026-11-25T12:00:00.001+08:00', null),
      ] }), R, AT);
      expect(f.status).toBe('not-applicable');
      expect(f.message.en).toBe('No error report to judge');
      expect(findingOf(snap({}), R, AT).status).toBe('needs-input');
    });
  });

  describe('art25-opinion-feedback: 7 working days, 15 if complex', () => {
    const R = 'deyang-2018/art25-opinion-feedback';
    const rec = '2026-10-12T09:00:00+08:00'; // Monday: 7 working days → 2026-10-21; 15 → 2026-11-02
    it('a reply on 2026-10-22 is late for a plain opinion and on time for a complex one', () => {
      const plain = findingOf(snap({ messages: [msg('p', 'opinion', rec, '2026-10-22T09:00:00+08:00')] }), R, AT);
      expect(plain.status).toBe('fail');
      expect(plain.message.en).toBe('1 opinion(s) past the deadline');
      expect(Date.parse((plain.evidence as any).failing[0].deadline)).toBe(endOf('2026-10-21'));
      const complex = findingOf(snap({ messages: [msg('c', 'opinion', rec, '2026-10-22T09:00:00+08:00', { complex: true })] }), R, AT);
      expect(complex.status).toBe('pass');
      const tooLate = findingOf(snap({ messages: [msg('c', 'opinion', rec, '2026-11-03T00:00:00+08:00', { complex: true })] }), R, AT);
      expect(Date.parse((tooLate.evidence as any).failing[0].deadline)).toBe(endOf('2026-11-02'));
    });
    it('error reports and invalid opinions are not judged here', () => {
      const f = findingOf(snap({ messages: [msg('e', 'error-report', rec, null), msg('i', 'opinion', rec, null, { valid: false })] }), R, AT);
      expect(f.status).toBe('not-applicable');
      expect(f.message.en).toBe('No opinion to judge');
    });
  });
});
