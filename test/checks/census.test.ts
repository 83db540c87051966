/**
 * The census single-veto checks (national.md), each at its threshold and its window edge.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSite, deriveProfile } from '../../src/index.js';
import { AT, AT_MS, bj, DAY, findingOf, HOUR, snap, statusOf, LEGACY_CENSUS } from './helpers.js';

const column = (id: string, category: string, times: number[], extra: Record<string, unknown> = {}) => ({
  id, name: id, category, level: 1, ...extra, items: times.map((t, i) => ({ id: `${id}-${i}`, publishedAt: bj(t) })),
});

describe('census/site-unreachable: failed probes ≥ 5% over the week before the checkpoint', () => {
  const R = 'census/site-unreachable';
  const probes = (n: number, failed: number, from = AT_MS - 7 * DAY) =>
    Array.from({ length: n }, (_, i) => ({ at: bj(from + Math.floor((i * 7 * DAY) / n)), ok: i >= failed }));
  it('7 failed of 140 (5%) fails; 6 of 140 passes', () => {
    expect(statusOf(snap({ probes: probes(140, 7) }), R)).toBe('fail');
    expect(statusOf(snap({ probes: probes(140, 6) }), R)).toBe('pass');
  });
  it('5 of 100 is exactly 5% (fails) but 100 probes are fewer than 20 a day for 7 days: needs-input', () => {
    expect(statusOf(snap({ probes: probes(100, 5) }), R)).toBe('needs-input');
    const relaxed = deriveProfile(LEGACY_CENSUS, { id: 'x', rules: { [R]: { minProbes: 100, minProbesPerDay: 14 } } });
    expect(statusOf(snap({ probes: probes(100, 5) }), R, AT, relaxed)).toBe('fail');
    expect(statusOf(snap({ probes: probes(100, 4) }), R, AT, relaxed)).toBe('pass');
  });
  it('probes before the week do not count (the edge at exactly 7 days counts)', () => {
    const old = Array.from({ length: 50 }, () => ({ at: bj(AT_MS - 7 * DAY - 1), ok: false }));
    expect(statusOf(snap({ probes: [...probes(140, 0), ...old] }), R)).toBe('pass');
    const edge = Array.from({ length: 10 }, () => ({ at: bj(AT_MS - 7 * DAY), ok: false }));
    expect(statusOf(snap({ probes: [...probes(140, 0), ...edge] }), R)).toBe('fail');
  });
  it('no probes: needs-input', () => expect(statusOf(snap(), R)).toBe('needs-input'));
});

describe('census/homepage-stale: a new homepage item within the 2 weeks before the checkpoint', () => {
  const R = 'census/homepage-stale';
  it('an item exactly 14 days before passes; 14 days + 1 ms before fails', () => {
    expect(statusOf(snap({ columns: [column('home', 'homepage', [AT_MS - 14 * DAY])] }), R)).toBe('pass');
    expect(statusOf(snap({ columns: [column('home', 'homepage', [AT_MS - 14 * DAY - 1])] }), R)).toBe('fail');
  });
  it('an undated item counts as not updated', () => {
    expect(statusOf(snap({ columns: [{ id: 'h', name: '首页', category: 'homepage', items: [{ id: 'x', publishedAt: null }] }] }), R)).toBe('fail');
  });
  it('a fail makes the site unqualified', () => {
    const r = checkSite(snap({ columns: [column('home', 'homepage', [AT_MS - 15 * DAY])] }), { at: AT, profile: 'census' });
    expect(r.verdict).toBe('unqualified');
  });
  it('no homepage column: needs-input', () => expect(statusOf(snap({ columns: [column('n', 'news', [AT_MS])] }), R)).toBe('needs-input'));
});

describe('census/columns-stale: ≥ 5 stale news (2 weeks) + first-level notice/policy (6 months) columns', () => {
  const R = 'census/columns-stale';
  const stale = (k: number) => [
    ...Array.from({ length: k }, (_, i) => column(`n${i}`, 'news', [AT_MS - 14 * DAY - 1])),
    ...Array.from({ length: 6 - k }, (_, i) => column(`f${i}`, 'news', [AT_MS - 14 * DAY])),
  ];
  it('5 stale columns fail, 4 pass (news at the 14-day edge)', () => {
    expect(statusOf(snap({ columns: stale(5) }), R)).toBe('fail');
    expect(statusOf(snap({ columns: stale(4) }), R)).toBe('pass');
  });
  it('notice/policy use 6 calendar months, first-level only', () => {
    const sixMonths = Date.parse('2026-05-25T12:00:00+08:00');
    const cols = (t: number, level = 1) => [
      ...Array.from({ length: 4 }, (_, i) => column(`n${i}`, 'news', [AT_MS - 20 * DAY])),
      column('p', 'policy', [t], { level }),
    ];
    expect(statusOf(snap({ columns: cols(sixMonths) }), R)).toBe('pass');
    expect(statusOf(snap({ columns: cols(sixMonths - 1) }), R)).toBe('fail');
    expect(statusOf(snap({ columns: cols(sixMonths - 1, 2) }), R)).toBe('pass');
    const noLevel = cols(sixMonths - 1).map((c) => (c.id === 'p' ? { ...c, level: undefined } : c));
    expect(statusOf(snap({ columns: noLevel }), R)).toBe('needs-input');
  });
  it('no candidate column: not-applicable', () => expect(statusOf(snap({ columns: [column('x', 'other', [])] }), R)).toBe('not-applicable'));
});

describe('census/columns-neglected: ≥ 10 columns long not updated (incl. personnel and plan for 1 year)', () => {
  const R = 'census/columns-neglected';
  const yearAgo = Date.parse('2025-11-25T12:00:00+08:00');
  const cols = (k: number, t: number) => [
    ...Array.from({ length: 5 }, (_, i) => column(`n${i}`, 'news', [AT_MS - 30 * DAY])),
    ...Array.from({ length: k }, (_, i) => column(`p${i}`, i % 2 ? 'plan' : 'personnel', [t])),
  ];
  it('5 stale news + 5 personnel/plan a year + 1 ms old fail; exactly a year old pass', () => {
    expect(statusOf(snap({ columns: cols(5, yearAgo - 1) }), R)).toBe('fail');
    expect(statusOf(snap({ columns: cols(5, yearAgo) }), R)).toBe('pass');
    expect(statusOf(snap({ columns: cols(4, yearAgo - 1) }), R)).toBe('pass');
  });
});

describe('census/blank-columns: ≥ 5 columns with no content since they opened', () => {
  const R = 'census/blank-columns';
  const cols = (k: number) => [column('full', 'news', [AT_MS]), ...Array.from({ length: k }, (_, i) => column(`b${i}`, 'other', []))];
  it('5 blank fail, 4 pass', () => {
    expect(statusOf(snap({ columns: cols(5) }), R)).toBe('fail');
    expect(statusOf(snap({ columns: cols(4) }), R)).toBe('pass');
  });
  it('a column holding only undated items is not blank; a column opening after the checkpoint is not counted', () => {
    const undated = { id: 'u', name: 'u', category: 'other', items: [{ id: 'x' }] };
    expect(statusOf(snap({ columns: [...cols(4), undated] }), R)).toBe('pass');
    expect(statusOf(snap({ columns: [...cols(4), column('later', 'other', [], { openedOn: '2026-11-26' })] }), R)).toBe('pass');
  });
});

describe('census/interaction-unanswered', () => {
  const R = 'census/interaction-unanswered';
  const msg = (receivedAt: string, repliedAt: string | null, extra: Record<string, unknown> = {}) => ({ id: 'm', channel: 'consultation', receivedAt, repliedAt, valid: true, ...extra });
  const facts = { consultationChannel: true };
  it('no consultation channel fails', () => expect(statusOf(snap({ facts: { consultationChannel: false } }), R)).toBe('fail'));
  it('unanswered exactly 3 months passes; 3 months + 1 ms fails (Luxon months)', () => {
    expect(statusOf(snap({ facts, messages: [msg('2026-08-25T12:00:00+08:00', null)] }), R)).toBe('pass');
    expect(statusOf(snap({ facts, messages: [msg('2026-08-25T11:59:59.999+08:00', null)] }), R)).toBe('fail');
  });
  it('a reply after more than 3 months also fails; one at 3 months passes', () => {
    expect(statusOf(snap({ facts, messages: [msg('2026-01-31T10:00:00+08:00', '2026-04-30T10:00:00+08:00')] }), R)).toBe('pass');
    expect(statusOf(snap({ facts, messages: [msg('2026-01-31T10:00:00+08:00', '2026-04-30T10:00:00.001+08:00')] }), R)).toBe('fail');
  });
  it('excluded channels, invalid messages and messages older than a year are not counted', () => {
    for (const extra of [{ channel: 'interview' }, { channel: 'petition' }, { channel: 'survey' }, { channel: 'discipline' }, { valid: false }]) {
      expect(statusOf(snap({ facts, messages: [msg('2026-01-01T10:00:00+08:00', null, extra)] }), R)).toBe('pass');
    }
    expect(statusOf(snap({ facts, messages: [msg('2025-11-25T11:59:59.999+08:00', null)] }), R)).toBe('pass');
    expect(statusOf(snap({ facts, messages: [msg('2025-11-25T12:00:00+08:00', null)] }), R)).toBe('fail');
  });
  it('channel unknown: needs-input', () => expect(statusOf(snap({ messages: [] }), R)).toBe('needs-input'));
});

describe('census/serious-problems and census/services-unusable', () => {
  it('serious problems: stated → fail, none → pass, absent → needs-input', () => {
    const R = 'census/serious-problems';
    expect(statusOf(snap({ facts: { seriousProblems: ['wording-error'] } }), R)).toBe('fail');
    expect(statusOf(snap({ facts: { seriousProblems: [{ kind: 'falsified-data', description: '伪造发布日期' }] } }), R)).toBe('fail');
    expect(statusOf(snap({ facts: { seriousProblems: [] } }), R)).toBe('pass');
    expect(statusOf(snap(), R)).toBe('needs-input');
  });
  it('services: none → fail; some → needs-input until a profile gives the official threshold', () => {
    const R = 'census/services-unusable';
    expect(statusOf(snap({ facts: { onlineServices: false } }), R)).toBe('fail');
    expect(statusOf(snap({ facts: { onlineServices: true } }), R)).toBe('needs-input');
    const p = deriveProfile(LEGACY_CENSUS, { id: 'x', rules: { [R]: { maxServicesMissingGuideElements: 3 } } });
    expect(statusOf(snap({ facts: { onlineServices: true, servicesMissingGuideElements: 3 } }), R, AT, p)).toBe('pass');
    expect(statusOf(snap({ facts: { onlineServices: true, servicesMissingGuideElements: 4 } }), R, AT, p)).toBe('fail');
  });
});

describe('verdict', () => {
  it('unqualified iff a census veto fails (property over random fact combinations)', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), fc.boolean(), (channel, services, serious) => {
        const r = checkSite(snap({ facts: { consultationChannel: channel, onlineServices: services, seriousProblems: serious ? ['state-secret'] : [] } }), { at: AT });
        const vetoFailed = r.findings.some((f) => f.rule.startsWith('gov-2019/') && f.status === 'fail');
        expect(r.verdict).toBe(vetoFailed ? 'unqualified' : 'qualified');
        expect(vetoFailed).toBe(!channel || !services || serious);
      }),
    );
  });
  it('adding an on-time homepage item never turns a pass into a fail', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 * DAY }), { maxLength: 5 }), fc.integer({ min: 0, max: 14 * DAY }), (offs, extra) => {
        const s = (ts: number[]) => snap({ columns: [column('h', 'homepage', ts.map((o) => AT_MS - o))] });
        if (statusOf(s(offs), 'census/homepage-stale') === 'pass') expect(statusOf(s([...offs, extra]), 'census/homepage-stale')).toBe('pass');
        expect(statusOf(s([...offs, extra]), 'census/homepage-stale')).toBe('pass');
      }),
    );
    void HOUR;
  });
});
