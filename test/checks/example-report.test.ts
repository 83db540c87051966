/**
 * The report of examples/deyang-portal.json (德阳市教育局, checkpoint 2026-11-25T12:00+08:00),
 * written by hand from the spec, finding by finding. Each expectation says why. Working-day dates
 * come from the spec's examples or the chinese-days oracle, never from our own output.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSite } from '../../src/index.js';
import { oracleAddWorkdays } from '../calendar/oracle.js';

const snapshot = JSON.parse(readFileSync(new URL('../../examples/deyang-portal.json', import.meta.url), 'utf8'));
const AT = '2026-11-25T12:00:00+08:00';
// Computed in a hook, not at import: a throw must fail the tests (mutation testing counts only failed tests).
let report!: ReturnType<typeof checkSite>;
beforeAll(() => {
  report = checkSite(snapshot, { at: AT });
});
const f = (rule: string) => report.findings.find((x) => x.rule === rule)!;

// [rule, status, why]
const EXPECTED: Array<[string, string, string]> = [
  ['deyang-2018/art12-opening-approval', 'not-applicable', 'facts.openingApproval.openedAfterCensus is false: the site predates the first national census, so Art. 12 does not apply'],
  ['deyang-2018/art14-go-live', 'pass', 'facts: identifier code 5106000012, security test passed, opening announced'],
  ['deyang-2018/art16-temporary-offline', 'needs-input', 'o1 (rectification, approved, noticed) counts; o2 is force majeure and does not; the per-year limits are missing from the source'],
  ['deyang-2018/art17-change-filing', 'pass', 'the domain change of 2026-03-01 was filed 2026-03-03 and announced on the site'],
  ['deyang-2018/art24-three-review', 'fail', 'p3: verify and release both by 李华 — two people, three required'],
  ['deyang-2018/art24-policy-document', 'pass', 'p1 issued 2026-09-30 → due 2026-10-10 (semantics.md example), published 2026-10-10 16:00'],
  ['deyang-2018/art24-interpretation', 'fail', 'p2: document published 2026-10-10 (a make-up Saturday) → 3 wd → 2026-10-14; interpretation published 2026-10-16'],
  ['deyang-2018/art24-activity', 'pass', 'p3: activity ended 2026-11-18 17:00, online 2026-11-19 09:00 — 16 h'],
  ['deyang-2018/art24-proactive', 'pass', 'p4: formed 2026-09-01, published 2026-09-20 — well within 20 wd'],
  ['deyang-2018/art24-update-frequency', 'fail', '工作动态 has a 9-day gap (2026-02-26 → 03-07); 规划计划 (last 2025-03-01) and 人事信息 (last 2025-06-01) over a year: merge or close'],
  ['deyang-2018/art25-opinion-feedback', 'pass', 'm3 received 2026-10-20 → 7 wd → 2026-10-29; replied 2026-10-28'],
  ['deyang-2018/art27-prior-review', 'fail', 'p4 has no confidentiality review'],
  ['deyang-2018/art28-links', 'fail', 'one commercial link (example-tutoring.com)'],
  ['deyang-2018/art29-incident-report', 'pass', 'i1 major, occurred 2026-08-03 02:00, reported 20:00 (18 h); i2 is not major'],
  ['deyang-2018/art32-self-inspection', 'fail', '2026Q3 due 2026-08-15, filed 2026-08-17; 2026Q1, Q2, Q4 on time; 2025Q4 (due 2025-11-15) is outside the year judged'],
  ['deyang-2018/art33-error-correction', 'fail', 'm2 received Monday 2026-11-16 → 3 wd → 2026-11-19; replied 2026-11-20. m1 on time'],
  // The national part at this checkpoint is the 2019 check indicators (gov-2019).
  ['gov-2019/veto-security-incident', 'pass', 'facts.seriousProblems is empty'],
  ['gov-2019/veto-site-unreachable', 'pass', '168 hourly probes over the week, 3 failed: 1.8% < 5%'],
  ['gov-2019/veto-homepage-stale', 'pass', 'homepage items every 5 days up to 2026-11-24'],
  ['gov-2019/veto-columns-stale.a', 'pass', 'news last 2026-11-20 (< 2 weeks); first-level notice 2026-10-09 and policy 2026-10-10 (< 6 months): 0 stale'],
  ['gov-2019/veto-columns-stale.b', 'pass', 'plan and personnel not updated for a year: 2 < 10'],
  ['gov-2019/veto-columns-stale.c', 'pass', 'one blank column (“双减”工作专栏, opened 2026-10-01): 1 < 5'],
  ['gov-2019/veto-interaction-poor.a', 'pass', 'facts.consultationChannel is true'],
  ['gov-2019/veto-interaction-poor.b', 'fail', 'm4, a consultation of 2026-07-01, still unanswered after 3 months (limit 2026-10-01 09:00)'],
  ['gov-2019/veto-service-impractical.a', 'pass', 'facts.onlineServices is true'],
  ['gov-2019/veto-service-impractical.b', 'needs-input', 'online services exist; the guide-element threshold is UNKNOWN in the 2019 sources: a parameter without a default'],
];

describe('the example site report, finding by finding', () => {
  it('has exactly these findings and statuses, in profile order', () => {
    expect(report.findings.map((x) => [x.rule, x.status])).toEqual(EXPECTED.map(([r, s]) => [r, s]));
  });

  it('verdict unqualified (gov-2019/veto-interaction-poor.b is a single veto) and the summary', () => {
    expect(report.verdict).toBe('unqualified');
    // 15 passes (13 before the versioned profiles: the 2019 list splits 互动回应差 and 服务不实用 into two rows each).
    expect(report.summary).toEqual({ pass: 15, fail: 8, 'not-applicable': 1, 'needs-input': 2 });
    expect(report).toMatchObject({ at: '2026-11-25T12:00:00.000+08:00', profile: 'deyang-2018', site: 'dy-edu' });
  });

  it('working-day deadlines agree with the oracle', () => {
    expect(oracleAddWorkdays('2026-10-10', 3)).toBe('2026-10-14');
    expect(oracleAddWorkdays('2026-11-16', 3)).toBe('2026-11-19');
    expect(oracleAddWorkdays('2026-10-20', 7)).toBe('2026-10-29');
    expect(oracleAddWorkdays('2026-09-30', 3)).toBe('2026-10-10');
  });

  it('evidence behind each failure', () => {
    expect(f('deyang-2018/art24-three-review').evidence).toMatchObject({ published: 4, failing: 1, publications: [{ id: 'p3', problem: 'fewer than 3 different reviewers' }] });
    expect(f('deyang-2018/art24-interpretation').evidence).toMatchObject({
      judged: 1, lateOrOverdue: 1,
      failing: [{ id: 'p2', deadline: '2026-10-14T23:59:59.999+08:00', done: '2026-10-16T10:00:00.000+08:00', state: 'late' }],
    });
    const uf = f('deyang-2018/art24-update-frequency').evidence as any;
    expect(uf.columnsLate).toBe(1);
    expect(uf.late[0]).toMatchObject({ column: 'c-news', undatedItems: 1, gapsOverPeriod: 1, longestGap: { from: '2026-02-26T10:00:00.000+08:00', to: '2026-03-07T10:00:00.000+08:00', days: 9 } });
    expect(uf.mergeOrClose.map((m: any) => [m.column, m.stretchWithoutUpdate.from])).toEqual([
      ['c-plan', '2025-03-01T10:00:00.000+08:00'],
      ['c-personnel', '2025-06-01T09:00:00.000+08:00'],
    ]);
    expect(f('deyang-2018/art27-prior-review').evidence).toMatchObject({ failing: 1, publications: [{ id: 'p4', problems: ['no confidentiality review (保密审查)'] }] });
    expect(f('deyang-2018/art28-links').evidence).toMatchObject({ links: 4, commercial: 1, illegal: 0 });
    expect((f('deyang-2018/art32-self-inspection').evidence as any).quarters.map((q: any) => [q.period, q.due, q.state])).toEqual([
      ['2026Q1', '2026-02-15', 'on-time'], ['2026Q2', '2026-05-15', 'on-time'], ['2026Q3', '2026-08-15', 'late'], ['2026Q4', '2026-11-15', 'on-time'],
    ]);
    expect(f('deyang-2018/art33-error-correction').evidence).toMatchObject({ judged: 2, onTime: 1, failing: [{ id: 'm2', deadline: '2026-11-19T23:59:59.999+08:00', state: 'late' }] });
    expect(f('gov-2019/veto-interaction-poor.b').evidence).toMatchObject({ unansweredTooLong: 1, messages: [{ id: 'm4', limit: '2026-10-01T09:00:00.000+08:00', repliedAt: null }] });
  });

  it('evidence behind passes and open questions', () => {
    expect(f('gov-2019/veto-site-unreachable').evidence).toMatchObject({ probes: 168, failed: 3 });
    expect(f('gov-2019/veto-columns-stale.b').evidence).toMatchObject({ neglected: 2 });
    expect(f('gov-2019/veto-columns-stale.c').evidence).toMatchObject({ blank: 1, blankColumns: [{ id: 'c-special' }] });
    expect(f('deyang-2018/art16-temporary-offline').evidence).toMatchObject({ year: 2026, takedownsThisYear: 1, excluded: 1, maxTakedownsPerYear: null });
    expect(f('deyang-2018/art29-incident-report').evidence).toMatchObject({ majorIncidents: 1, judged: 1, onTime: 1 });
  });

  it('every message is bilingual', () => {
    for (const x of report.findings) {
      expect(x.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(x.message.en).toMatch(/[a-z]/i);
    }
  });
});
