/**
 * Issue 12, real site data: archives that reach back before the measures (in force 2018-01-25,
 * catalog DOCUMENTS) are outside the rules — never `needs-input`, never `fail` — and checkpoints
 * before 2019 do not make quarters of 2017 due.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSite, DOCUMENTS } from '../../src/index.js';
import { oracleAddWorkdays } from '../calendar/oracle.js';
import { findingOf, snap } from './helpers.js';

const IN_FORCE = DOCUMENTS['deyang-2018'].inForce.from; // '2018-01-25'

describe('items triggered before the measures took effect are outside the rule', () => {
  it('the spec date the tests rely on', () => {
    expect(IN_FORCE).toBe('2018-01-25');
  });

  it('art24-policy-document: a 2017-12-29 document, never published, is counted, not judged: the site still passes', () => {
    const due = oracleAddWorkdays('2026-09-30', 3);
    const f = findingOf(snap({
      publications: [
        { id: 'old', kind: 'policy-document', triggeredAt: '2017-12-29' },
        { id: 'new', kind: 'policy-document', triggeredAt: '2026-09-30', publishedAt: `${due}T16:00:00+08:00` },
      ],
    }), 'deyang-2018/art24-policy-document');
    expect(f.status).toBe('pass');
    expect(f.evidence).toMatchObject({ beforeInForce: 1, judged: 1, undecidable: 0, lateOrOverdue: 0 });
  });

  it('only archive items: not-applicable saying why, never needs-input; the first day in force is judged', () => {
    const old = findingOf(snap({ publications: [{ id: 'old', kind: 'policy-document', triggeredAt: '2018-01-24' }] }), 'deyang-2018/art24-policy-document');
    expect(old.status).toBe('not-applicable');
    expect(old.evidence).toMatchObject({ beforeInForce: 1, judged: 0 });
    expect(old.message.en).toMatch(/predate the rule/);
    const first = findingOf(snap({ publications: [{ id: 'first', kind: 'policy-document', triggeredAt: IN_FORCE }] }), 'deyang-2018/art24-policy-document');
    expect(first.status).toBe('fail');
    expect(first.evidence).toMatchObject({ judged: 1 });
    expect(first.evidence).not.toHaveProperty('beforeInForce');
  });

  it('every timeliness rule: interpretation, activity, proactive, opinions, error reports, incidents', () => {
    const s = snap({
      publications: [
        { id: 'i', kind: 'interpretation', triggeredAt: '2017-03-01' },
        { id: 'a', kind: 'activity', triggeredAt: '2017-03-01T18:00:00+08:00' },
        { id: 'p', kind: 'proactive', triggeredAt: '2016-05-01' },
      ],
      messages: [
        { id: 'o', channel: 'opinion', receivedAt: '2017-05-01T09:00:00+08:00' },
        { id: 'e', channel: 'error-report', receivedAt: '2018-01-24T23:59:59+08:00' },
      ],
      incidents: [{ id: 'x', occurredAt: '2015-07-01T02:00:00+08:00', major: true }],
    });
    const report = checkSite(s, { at: '2026-11-25T12:00:00+08:00' });
    for (const rule of [
      'deyang-2018/art24-interpretation', 'deyang-2018/art24-activity', 'deyang-2018/art24-proactive',
      'deyang-2018/art25-opinion-feedback', 'deyang-2018/art33-error-correction', 'deyang-2018/art29-incident-report',
    ]) {
      const f = report.findings.find((x) => x.rule === rule)!;
      expect([rule, f.status]).toEqual([rule, 'not-applicable']);
      expect((f.evidence as { beforeInForce: number }).beforeInForce).toBe(1);
    }
  });

  it('art33: an archive error report does not ask whether its handling was published', () => {
    const f = findingOf(snap({ messages: [{ id: 'e', channel: 'error-report', receivedAt: '2017-05-01T09:00:00+08:00', repliedAt: '2017-05-02T09:00:00+08:00' }] }), 'deyang-2018/art33-error-correction');
    expect(f.status).toBe('not-applicable');
    expect(f.evidence).toMatchObject({ beforeInForce: 1, needsInput: [] });
  });

  it('art24-three-review and art27-prior-review: a publication of 2016 without a trail is outside', () => {
    const s = snap({ publications: [{ id: 'p', kind: 'other', publishedAt: '2016-03-01T09:00:00+08:00' }] });
    for (const rule of ['deyang-2018/art24-three-review', 'deyang-2018/art27-prior-review']) {
      const f = findingOf(s, rule);
      expect([rule, f.status]).toEqual([rule, 'not-applicable']);
      expect(f.evidence).toMatchObject({ beforeInForce: 1 });
    }
    // The same item published on the first day in force is judged.
    const judged = findingOf(snap({ publications: [{ id: 'p', kind: 'other', publishedAt: '2018-01-25T00:00:00+08:00' }] }), 'deyang-2018/art27-prior-review');
    expect(judged.status).toBe('fail');
    expect(judged.evidence).toMatchObject({ published: 1 });
    expect(judged.evidence).not.toHaveProperty('beforeInForce');
  });

  it('art16 and art17: a take-down and a change of 2017 are outside', () => {
    const s = snap({
      outages: [{ id: 'o', start: '2017-06-01T00:00:00+08:00', end: '2017-06-10T00:00:00+08:00', reason: 'rectification', approved: false }],
      facts: { changes: [{ kind: 'domain', changedAt: '2017-06-01' }] },
    });
    const off = findingOf(s, 'deyang-2018/art16-temporary-offline');
    expect(off.status).toBe('not-applicable');
    expect(off.evidence).toMatchObject({ beforeInForce: 1 });
    const change = findingOf(s, 'deyang-2018/art17-change-filing');
    expect(change.status).toBe('not-applicable');
    expect(change.evidence).toMatchObject({ beforeInForce: 1 });
  });
});

describe('checkpoints before 2019: quarters due before the measures are not due', () => {
  const AT_2018 = '2018-06-01T12:00:00+08:00';

  it('reports: [] at 2018-06-01: 2018Q1 (due 2018-02-15) and Q2 (due 2018-05-15) overdue; 2017Q3 and Q4 never due', () => {
    const f = findingOf(snap({ reports: [] }), 'deyang-2018/art32-self-inspection', AT_2018);
    expect(f.status).toBe('fail');
    const e = f.evidence as { quarters: { period: string; state: string }[]; beforeInForce: number };
    expect(e.quarters.map((q) => [q.period, q.state])).toEqual([['2018Q1', 'overdue'], ['2018Q2', 'overdue']]);
    expect(e.beforeInForce).toBe(2);
  });

  it('at 2018-02-01 nothing in force is due yet: not-applicable', () => {
    const f = findingOf(snap({ reports: [] }), 'deyang-2018/art32-self-inspection', '2018-02-01T12:00:00+08:00');
    expect(f.status).toBe('not-applicable');
    expect(f.evidence).toMatchObject({ judged: 0, beforeInForce: 4 });
  });

  it('the CLI: check --at 2018-06-01 exits 1 (a rule fails), with no error about 2017Q1', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gsr-2018-'));
    const file = path.join(dir, 's.json');
    writeFileSync(file, JSON.stringify(snap({ reports: [] })));
    const r = spawnSync(process.execPath, ['dist/cli.js', 'check', file, '--at', AT_2018, '--json'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).findings.find((x: { rule: string }) => x.rule === 'deyang-2018/art32-self-inspection').status).toBe('fail');
  });
});

describe('census/interaction-unanswered counts consultation messages (政务咨询类) by default', () => {
  const R = 'census/interaction-unanswered';
  const old = (id: string, channel: string) => ({ id, channel, receivedAt: '2026-06-01T09:00:00+08:00', valid: true });
  const s = snap({ facts: { consultationChannel: true }, messages: [old('op', 'opinion'), old('er', 'error-report')] });

  it('an unanswered opinion or error report is no veto: they are not consultation columns', () => {
    const f = findingOf(s, R, undefined, 'census');
    expect(f.status).toBe('pass');
    expect(f.evidence).toMatchObject({ messagesConsidered: 0, unansweredTooLong: 0 });
  });

  it('an unanswered consultation still fails', () => {
    const f = findingOf(snap({ facts: { consultationChannel: true }, messages: [old('c', 'consultation')] }), R, undefined, 'census');
    expect(f.status).toBe('fail');
  });

  it('the channel list is a profile parameter: a profile may count opinions too', async () => {
    const { censusProfile, deriveProfile } = await import('../../src/index.js');
    const B = 'gov-2019/veto-interaction-poor.b';
    expect(censusProfile.rules[B]?.channels).toEqual(['consultation']);
    // The census/… id is an alias: its parameters go to the 2019 rule.
    const wider = deriveProfile(censusProfile, { id: 'wider', rules: { [R]: { channels: ['consultation', 'opinion'] } } });
    const f = findingOf(s, B, undefined, wider);
    expect(f.status).toBe('fail');
    expect(f.evidence).toMatchObject({ messagesConsidered: 1, unansweredTooLong: 1 });
  });

  it('the catalog states the default channel list', async () => {
    const { ruleById } = await import('../../src/index.js');
    expect(ruleById(R).parameters).toMatchObject({ channels: ['consultation'] });
  });
});

describe('census/site-unreachable needs a week of monitoring, 20+ probes a day', () => {
  const R = 'census/site-unreachable';
  const AT_MS = Date.parse('2026-11-25T12:00:00+08:00');
  const MIN = 60_000;
  const DAY_MS = 86_400_000;
  const iso = (ms: number) => new Date(ms).toISOString();

  it('140 probes in the last 140 minutes are not a week: needs-input, with the probes found per day', () => {
    const probes = Array.from({ length: 140 }, (_, i) => ({ at: iso(AT_MS - i * MIN), ok: true }));
    const f = findingOf(snap({ probes }), R, undefined, 'census');
    expect(f.status).toBe('needs-input');
    const e = f.evidence as { coveredDays: number; days: { probes: number }[] };
    expect(e.coveredDays).toBe(1);
    expect(e.days.map((d) => d.probes)).toEqual([0, 0, 0, 0, 0, 0, 140]);
    expect(f.message.en).toBe('Only 1 day(s) of the window have at least 20 probes; the census monitors 7 (probes per day: 0, 0, 0, 0, 0, 0, 140)');
  });

  it('six days of 40 probes and one of 19: needs-input; 20 on that day: judged', () => {
    const week = (last: number) => [
      ...Array.from({ length: 6 }, (_, d) => Array.from({ length: 40 }, (_, i) => ({ at: iso(AT_MS - 7 * DAY_MS + d * DAY_MS + i * 30 * MIN), ok: true }))).flat(),
      ...Array.from({ length: last }, (_, i) => ({ at: iso(AT_MS - DAY_MS + i * 60 * MIN), ok: true })),
    ];
    expect(findingOf(snap({ probes: week(19) }), R, undefined, 'census').status).toBe('needs-input');
    expect(findingOf(snap({ probes: week(20) }), R, undefined, 'census').status).toBe('pass');
  });
});

describe('deyang-2018/art12-opening-approval', () => {
  const R = 'deyang-2018/art12-opening-approval';
  const all = { openedAfterCensus: true, headConsent: true, appliedToCityOffice: true, enteredInReportingSystem: true, cityOfficeApproved: true, provincialOfficeApproved: true };
  const status = (openingApproval?: Record<string, unknown>) => findingOf(snap(openingApproval === undefined ? {} : { facts: { openingApproval } }), R);

  it('every catalog rule of kind check answers: run by a shipped profile, by a shipped scorecard, or by checkInventory (art10)', async () => {
    const { catalog, PROFILES, SCORECARDS, censusAliases } = await import('../../src/index.js');
    const measured = Object.values(SCORECARDS).flatMap((s) => s.indicators.flatMap((i) => (i.measure === undefined ? [] : [i.measure.rule])));
    // The census/… entries are aliases of the versioned rules the profiles run.
    const run = new Set([...Object.values(PROFILES).flatMap((p) => [p, ...(p.versions ?? [])]).flatMap((p) => Object.keys(p.rules)), ...Object.keys(censusAliases), ...measured]);
    const unrun = catalog.filter((e) => e.kind === 'check' && !run.has(e.id)).map((e) => e.id);
    expect(unrun).toEqual(['deyang-2018/art10-consolidation']);
  });

  it('all steps done: pass; one refused: fail naming it; one unknown: needs-input naming it; opened before the census: not-applicable', () => {
    expect(status(all).status).toBe('pass');
    const f = status({ ...all, provincialOfficeApproved: false });
    expect(f.status).toBe('fail');
    expect(f.message.en).toBe('Opened without: provincialOfficeApproved');
    const u = status({ ...all, enteredInReportingSystem: undefined });
    expect(u.status).toBe('needs-input');
    expect(u.message.en).toContain('facts.openingApproval.enteredInReportingSystem');
    expect(status({ openedAfterCensus: false }).status).toBe('not-applicable');
    expect(status().status).toBe('needs-input');
  });

  it('a vertically managed department is approved up its own line, not by the city and province', () => {
    const line = { openedAfterCensus: true, verticallyManaged: true, headConsent: true, enteredInReportingSystem: true, lineApproved: true };
    expect(status(line).status).toBe('pass');
    expect(status({ ...line, lineApproved: false }).status).toBe('fail');
    expect(status({ ...all, lineApproved: undefined }).status).toBe('pass');
  });
});
