/**
 * Cases where the library used to answer quietly instead of saying it cannot know or refusing the
 * input: a missing incidents list, a report filed before its quarter, a site listed twice in an
 * inventory, and profile overrides that were ignored or kept by reference.
 */
import { describe, expect, it } from 'vitest';
import { censusProfile, checkInventory, deriveProfile, deyang2018Profile } from '../../src/index.js';
import { AT, findingOf, snap } from './helpers.js';
import { refusal } from '../refusal.js';

describe('art29-incident-report without an incidents list', () => {
  const R = 'deyang-2018/art29-incident-report';
  it('needs input (absence of a list is not "no incident"); an empty list is "no incident"', () => {
    const missing = findingOf(snap(), R);
    expect(missing.status).toBe('needs-input');
    expect(missing.message).toEqual({ zh: '快照未提供安全事件记录（incidents）', en: 'The snapshot has no incidents list' });
    const empty = findingOf(snap({ incidents: [] }), R);
    expect(empty.status).toBe('not-applicable');
    expect(empty.message.en).toBe('No major security incident');
  });
});

describe('art32-self-inspection: a report filed before its quarter began', () => {
  const R = 'deyang-2018/art32-self-inspection';
  const at = '2026-09-01T00:00:00+08:00';
  const rep = (period: string, submittedAt: string) => ({ kind: 'self-inspection', period, submittedAt });
  // Q4 2025 due 2025-11-15, Q1 due 2026-02-15, Q2 due 2026-05-15, Q3 due 2026-08-15 (deyang-2018.md Art. 32).
  const earlier = [rep('2025Q4', '2025-11-01T09:00:00+08:00'), rep('2026Q1', '2026-02-01T09:00:00+08:00'), rep('2026Q2', '2026-05-01T09:00:00+08:00')];

  it('is not counted for that quarter: 2026Q3 filed on 2026-06-30 23:59:59.999 (Beijing) leaves Q3 overdue, listed as early', () => {
    const f = findingOf(snap({ reports: [...earlier, rep('2026Q3', '2026-06-30T23:59:59.999+08:00')] }), R, at);
    expect(f.status).toBe('fail');
    const q3 = (f.evidence as any).quarters.find((q: any) => q.period === '2026Q3');
    expect(q3).toEqual({ period: '2026Q3', due: '2026-08-15', submittedAt: null, state: 'overdue', early: ['2026-06-30T23:59:59.999+08:00'] });
  });

  it('counts from the first instant of the quarter in Beijing (2026-07-01 00:00 +08:00 = 2026-06-30 16:00Z)', () => {
    const f = findingOf(snap({ reports: [...earlier, rep('2026Q3', '2026-06-30T16:00:00Z')] }), R, at);
    expect(f.status).toBe('pass');
    const q3 = (f.evidence as any).quarters.find((q: any) => q.period === '2026Q3');
    expect(q3).toEqual({ period: '2026Q3', due: '2026-08-15', submittedAt: '2026-07-01T00:00:00.000+08:00', state: 'on-time' });
  });

  it('an early report beside an on-time one: on time, the early one still listed', () => {
    const f = findingOf(snap({ reports: [...earlier, rep('2026Q3', '2026-01-05T10:00:00+08:00'), rep('2026Q3', '2026-08-10T10:00:00+08:00')] }), R, at);
    expect(f.status).toBe('pass');
    const q3 = (f.evidence as any).quarters.find((q: any) => q.period === '2026Q3');
    expect(q3).toMatchObject({ state: 'on-time', submittedAt: '2026-08-10T10:00:00.000+08:00', early: ['2026-01-05T10:00:00.000+08:00'] });
  });
});

describe('checkInventory: each site once', () => {
  const s = (id: string, department: string) => ({ schemaVersion: 1, site: { id, name: id, kind: 'department', level: 'city', department } });
  it('a repeated site id is refused, naming both positions (it used to count as a second site of its department)', () => {
    const e = refusal(() => checkInventory([s('edu', '市教育局'), s('hr', '市人社局'), s('edu', '市教育局')]));
    expect(e.field).toBe('snapshots[2].site.id');
    expect(e.value).toBe('edu');
    expect(e.reason).toBe('is also the id of snapshots[0]: list each site once');
  });
  it('distinct ids of one department still fail Art. 10', () => {
    expect(checkInventory([s('edu', '市教育局'), s('edu-2', '市教育局')]).status).toBe('fail');
  });
});

describe('deriveProfile refuses what it used to ignore', () => {
  it('dropping a rule the base does not run (a misspelt id) is refused', () => {
    // @ts-expect-error a misspelt rule id (refused at run time too)
    const e = refusal(() => deriveProfile(censusProfile, { id: 'x', rules: { 'census/site-unreachabel': false } }));
    expect(e.field).toBe('overrides.rules["census/site-unreachabel"]');
    expect(e.reason).toBe('drops a rule the base profile "census" does not run');
    // A rule of the other profile is not in this base either.
    expect(refusal(() => deriveProfile(censusProfile, { id: 'x', rules: { 'deyang-2018/art28-links': false } })).field).toBe('overrides.rules["deyang-2018/art28-links"]');
    expect('deyang-2018/art28-links' in deriveProfile(deyang2018Profile, { id: 'y', rules: { 'deyang-2018/art28-links': false } }).rules).toBe(false);
  });

  it.each([null, 'census', 42, {}, { id: 'p', rules: null }])('a base that is not a profile (%j) is refused, not a TypeError', (base) => {
    const e = refusal(() => deriveProfile(base as never, { id: 'x' }));
    expect(e.field).toBe('base');
    expect(e.reason).toBe('is not a profile { id, description, rules }');
  });

  it.each([
    [{ zh: '只有中文' }, 'overrides.description.en'],
    ['a string', 'overrides.description'],
    [{ zh: 1, en: 'x' }, 'overrides.description.zh'],
  ])('a description that is not { zh, en } strings (%j) is refused', (description, field) => {
    const e = refusal(() => deriveProfile(censusProfile, { id: 'x', description: description as never }));
    expect(e.field).toBe(field);
  });

  it('the caller\'s description is copied, not frozen in place', () => {
    const description = { zh: '某市', en: 'Some city' };
    const p = deriveProfile(censusProfile, { id: 'x', description });
    expect(p.description).toEqual(description);
    expect(Object.isFrozen(description)).toBe(false);
    expect(Object.isFrozen(p.description)).toBe(true);
  });
});

describe('an answer before its cause is refused, not judged on time', () => {
  const err = (extra: Record<string, unknown>) => refusal(() => findingOf(snap(extra), 'deyang-2018/art29-incident-report'));
  it('a reply before its message, a report before its incident, an outage ending before it began', () => {
    const m = err({ messages: [{ id: 'm', channel: 'opinion', receivedAt: '2026-11-02T09:00:00+08:00', repliedAt: '2026-11-02T00:59:59.999Z' }] });
    expect(m.field).toBe('snapshot.messages[0].repliedAt');
    expect(m.value).toBe('2026-11-02T00:59:59.999Z');
    expect(m.reason).toBe('is before receivedAt (2026-11-02T09:00:00.000+08:00)');
    const i = err({ incidents: [{ id: 'ok', occurredAt: '2026-11-01T08:00:00+08:00', major: true, reportedAt: null }, { id: 'i', occurredAt: '2026-11-01T08:00:00+08:00', major: false, reportedAt: '2026-11-01T07:00:00+08:00' }] });
    expect(i.field).toBe('snapshot.incidents[1].reportedAt');
    expect(i.reason).toBe('is before occurredAt (2026-11-01T08:00:00.000+08:00)');
    const o = err({ outages: [{ id: 'o', start: '2026-06-03T00:00:00+08:00', end: '2026-06-01T00:00:00+08:00', reason: 'unplanned' }] });
    expect(o.field).toBe('snapshot.outages[0].end');
    expect(o.reason).toBe('is before start (2026-06-03T00:00:00.000+08:00)');
  });

  it('the same instant is allowed (written in two offsets), and so are missing and null answers', () => {
    const f = findingOf(snap({
      messages: [{ id: 'm', channel: 'opinion', receivedAt: '2026-11-02T09:00:00+08:00', repliedAt: '2026-11-02T01:00:00Z' }, { id: 'n', channel: 'opinion', receivedAt: '2026-11-02T09:00:00+08:00', repliedAt: null }],
      incidents: [{ id: 'i', occurredAt: '2026-11-01T08:00:00+08:00', major: true, reportedAt: '2026-11-01T00:00:00Z' }],
      outages: [{ id: 'o', start: '2026-06-03T00:00:00+08:00', end: '2026-06-02T16:00:00Z', reason: 'unplanned' }, { id: 'p', start: '2026-06-03T00:00:00+08:00', reason: 'unplanned' }],
    }), 'deyang-2018/art29-incident-report');
    expect(f.status).toBe('pass');
  });
});

describe('deadline checks with only records not yet due say so', () => {
  it('a major incident 1 h before the checkpoint: not applicable, "1 … not yet due", not "no incident"', () => {
    const f = findingOf(snap({ incidents: [{ id: 'i', occurredAt: '2026-11-25T11:00:00+08:00', major: true, reportedAt: null }] }), 'deyang-2018/art29-incident-report');
    expect(f.status).toBe('not-applicable');
    expect(f.message).toEqual({ zh: '1条重大安全事件报告尚未到期', en: '1 major incident report(s) not yet due' });
    expect(f.evidence).toMatchObject({ pending: 1, judged: 0, majorIncidents: 1 });
  });
  it('with one judged record as well, the pass counts only the judged one', () => {
    const f = findingOf(snap({ incidents: [
      { id: 'i', occurredAt: '2026-11-25T11:00:00+08:00', major: true, reportedAt: null },
      { id: 'j', occurredAt: '2026-11-20T11:00:00+08:00', major: true, reportedAt: '2026-11-20T12:00:00+08:00' },
    ] }), 'deyang-2018/art29-incident-report');
    expect(f.status).toBe('pass');
    expect(f.message.en).toBe('All 1 major incident report(s) within the deadline');
  });
});
