/**
 * Replies and reports judged against their catalog deadlines, in detail: which messages count,
 * the tally in the evidence, the late ones listed with their deadline, and the engine turning a
 * rule's missing calendar year into needs-input. Dates: November 2026 has no holiday, 2026-10-10
 * (Saturday) is a make-up working day (State Council notice for 2026).
 */
import { describe, expect, it } from 'vitest';
import { checkSite, defaultCalendar, defineRule, finding, InvalidInputError } from '../../src/index.js';
import { z } from 'zod';
import { findingOf, snap } from './helpers.js';

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

describe('art29-incident-report: major incidents within 24 hours', () => {
  const R = 'deyang-2018/art29-incident-report';
  const inc = (id: string, occurredAt: string, reportedAt: string | null, major = true) => ({ id, occurredAt, reportedAt, major });
  it('counts major incidents only; 24 h exactly is on time, 1 ms more is late', () => {
    const f = findingOf(snap({ incidents: [inc('a', '2026-11-10T08:00:00+08:00', '2026-11-11T08:00:00+08:00'), inc('m', '2026-11-10T08:00:00+08:00', null, false)] }), 'deyang-2018/art29-incident-report', AT);
    expect(f.status).toBe('pass');
    expect(f.evidence).toMatchObject({ majorIncidents: 1, judged: 1, onTime: 1 });
    const late = findingOf(snap({ incidents: [inc('b', '2026-11-10T08:00:00+08:00', '2026-11-11T08:00:00.001+08:00')] }), R, AT);
    expect(late.status).toBe('fail');
    expect(late.message.en).toBe('1 major incident report(s) past the deadline');
  });
  it('an incident after the checkpoint is not counted', () => {
    const f = findingOf(snap({ incidents: [inc('c', '2026-11-25T12:00:00.001+08:00', null)] }), R, AT);
    expect(f.status).toBe('not-applicable');
    expect(f.evidence).toMatchObject({ majorIncidents: 0 });
  });
});

describe('art28-links evidence', () => {
  const R = 'deyang-2018/art28-links';
  it('counts commercial and illegal links apart and lists them', () => {
    const f = findingOf(snap({ links: [
      { url: 'https://www.gov.cn', kind: 'government' }, { url: 'https://shop.example', kind: 'commercial' },
      { url: 'https://ad.example', kind: 'commercial' }, { url: 'http://bad.example', kind: 'illegal' },
    ] }), R, AT);
    expect(f.message.en).toBe('3 link(s) to commercial or illegal websites');
    expect(f.evidence).toMatchObject({ commercial: 2, illegal: 1 });
    expect((f.evidence as any).forbidden).toEqual([
      { url: 'https://shop.example', kind: 'commercial' }, { url: 'https://ad.example', kind: 'commercial' }, { url: 'http://bad.example', kind: 'illegal' },
    ]);
    const ok = findingOf(snap({ links: [{ url: 'https://www.gov.cn', kind: 'government' }] }), R, AT);
    expect(ok.message.en).toBe('None of the 1 link(s) goes to a commercial or illegal website');
    expect(findingOf(snap({ links: [] }), R, AT).status).toBe('not-applicable');
  });
});

describe('the engine', () => {
  const site = snap({});
  it('a rule that needs a year the calendar lacks gets needs-input naming the year, not an exception', () => {
    const rule = defineRule({
      id: 'my/next-year', title: { zh: '测试', en: 'Test' }, params: z.object({}).strict(),
      run: (_ctx, _p, id) => {
        defaultCalendar.addWorkdays('2026-12-31', 5);
        return finding(id, 'pass', { zh: '通过', en: 'Pass' });
      },
    });
    const r = checkSite(site, { at: AT, profile: { id: 'p', description: { zh: '测试', en: 'test' }, rules: { 'my/next-year': {} } }, rules: [rule] });
    const f = r.findings.find((x) => x.rule === 'my/next-year')!;
    expect(f.status).toBe('needs-input');
    expect(f.message.en).toContain('Needs working-day data for 2027');
    expect(f.message.zh).toContain('需要2027年的工作日数据');
    expect(f.evidence).toMatchObject({ missingYear: 2027, coverage: { start: defaultCalendar.coverage.start, end: defaultCalendar.coverage.end } });
  });
  it('a finding filed under another id is reported under the rule\'s own id', () => {
    const rule = defineRule({ id: 'my/own', title: { zh: '测试', en: 'Test' }, params: z.object({}).strict(), run: () => finding('my/other', 'pass', { zh: '通过', en: 'Pass' }) });
    const r = checkSite(site, { at: AT, profile: { id: 'p', description: { zh: '测试', en: 'test' }, rules: { 'my/own': {} } }, rules: [rule] });
    expect(r.findings.map((x) => x.rule)).toEqual(['my/own']);
  });
  it('options are validated: not an object, unknown profile, bad rule definitions', () => {
    expect(() => checkSite(site, null as never)).toThrow(InvalidInputError);
    expect(() => checkSite(site, { at: AT, profile: 'nope' })).toThrow(/is not a known profile \(.*deyang-2018/);
    expect(() => checkSite(site, { at: AT, profile: 5 as never })).toThrow(InvalidInputError);
    expect(() => checkSite(site, { at: AT, rules: 'x' as never })).toThrow(/options\.rules/);
    for (const bad of [null, 1, { id: 'x' }, { id: 'x', run: () => null }, { id: 1, run: () => null, params: { safeParse: () => null } }]) {
      expect(() => checkSite(site, { at: AT, rules: [bad] as never }), JSON.stringify(bad)).toThrow(/options\.rules\[0\]/);
    }
    expect(() => checkSite(site, { at: AT, profile: { id: 'p', description: { zh: '测试', en: 'test' }, rules: { 'my/unknown': {} } } })).toThrow(/is not a known rule id/);
  });
});
