/**
 * Art. 32 quarterly self-inspection reports, Art. 28 links and Art. 29 incident reports in detail:
 * the quarters judged (window, checkpoint on a due date, reports filed early, twice or after the
 * checkpoint), the roll-forward option against the State Council calendar (chinese-days oracle),
 * and the exact wording and evidence of every status.
 *
 * Due dates (semantics.md): Q1 → Feb 15, Q2 → May 15, Q3 → Aug 15, Q4 → Nov 15, inclusive, in
 * Beijing; the deadline instant is the end of that day.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { deriveProfile, deyang2018Profile, checkSite, defaultCalendar, defineRule, finding, InvalidInputError } from '../../src/index.js';
import { queryOracle } from '../calendar/oracle.js';
import { AT, bj, DAY, HOUR, findingOf, snap } from './helpers.js';
import { z } from 'zod';

const endOf = (date: string) => `${date}T23:59:59.999+08:00`;
const afterEnd = (date: string) => bj(Date.parse(endOf(date)) + 1);
const text = (instant: string) => bj(Date.parse(instant)); // the evidence form of an instant

describe('art32-self-inspection: quarters judged and their evidence', () => {
  const R = 'deyang-2018/art32-self-inspection';
  const rep = (period: string, submittedAt: string) => ({ kind: 'self-inspection', period, submittedAt });
  const q = (period: string, due: string, submittedAt: string | null, state: string) => ({ period, due, submittedAt, state });

  it('all four quarters of the year before the checkpoint on time: pass, counted in the message', () => {
    // AT = 2026-11-25: the year judged is (2025-11-25, 2026-11-25], so 2025Q4 (due 2025-11-15) is out.
    const reports = [
      rep('2026Q1', '2026-02-10T09:00:00+08:00'), rep('2026Q2', endOf('2026-05-15')),
      rep('2026Q3', '2026-08-01T09:00:00+08:00'), rep('2026Q4', '2026-11-15T00:00:00+08:00'),
    ];
    const f = findingOf(snap({ reports }), R, AT);
    expect(f.status).toBe('pass');
    expect(f.message).toEqual({ zh: '4个季度的自查报告均按时报送', en: 'Self-inspection reports for 4 quarter(s) filed on time' });
    expect(f.evidence).toEqual({
      quarters: [
        q('2026Q1', '2026-02-15', text('2026-02-10T09:00:00+08:00'), 'on-time'),
        q('2026Q2', '2026-05-15', text(endOf('2026-05-15')), 'on-time'),
        q('2026Q3', '2026-08-15', text('2026-08-01T09:00:00+08:00'), 'on-time'),
        q('2026Q4', '2026-11-15', text('2026-11-15T00:00:00+08:00'), 'on-time'),
      ],
      judged: 4,
      failed: 0,
    });
  });

  it('missing, late and filed-after-the-checkpoint quarters fail; a quarter filed twice counts its earliest report', () => {
    const reports = [
      rep('2025Q4', '2026-01-05T09:00:00+08:00'), // late, but outside the year judged
      rep('2026Q1', '2026-02-20T09:00:00+08:00'), // a later copy listed first
      rep('2026Q1', endOf('2026-02-15')),
      rep('2026Q3', afterEnd('2026-08-15')),
      rep('2026Q3', '2026-09-01T09:00:00+08:00'),
      rep('2026Q4', '2026-11-25T12:00:00.001+08:00'), // 1 ms after the checkpoint: not yet filed
    ];
    const f = findingOf(snap({ reports }), R, AT);
    expect(f.status).toBe('fail');
    expect(f.message).toEqual({
      zh: '3个季度的自查报告未在第二个月15日前报送',
      en: '3 quarter(s) without a self-inspection report by the 15th of the second month',
    });
    expect(f.evidence).toEqual({
      quarters: [
        q('2026Q1', '2026-02-15', text(endOf('2026-02-15')), 'on-time'),
        q('2026Q2', '2026-05-15', null, 'overdue'),
        q('2026Q3', '2026-08-15', afterEnd('2026-08-15'), 'late'),
        q('2026Q4', '2026-11-15', null, 'overdue'),
      ],
      judged: 4,
      failed: 3,
    });
  });

  it('the earliest report wins whatever the order it is listed in', () => {
    const early = rep('2026Q3', '2026-08-14T09:00:00+08:00');
    const late = rep('2026Q3', '2026-08-20T09:00:00+08:00');
    const at = '2026-09-01T00:00:00+08:00';
    for (const reports of [[early, late], [late, early]]) {
      const quarters = (findingOf(snap({ reports }), R, at).evidence as any).quarters;
      expect(quarters.find((x: any) => x.period === '2026Q3')).toEqual(q('2026Q3', '2026-08-15', text(early.submittedAt), 'on-time'));
    }
  });

  it('a report filed exactly at the checkpoint is filed (late here), shown with its time', () => {
    const f = findingOf(snap({ reports: [rep('2026Q4', AT)] }), R, AT);
    const q4 = (f.evidence as any).quarters.find((x: any) => x.period === '2026Q4');
    expect(q4).toEqual(q('2026Q4', '2026-11-15', '2026-11-25T12:00:00.000+08:00', 'late'));
  });

  it('a checkpoint on a due date judges that quarter when filed, and leaves it pending when not', () => {
    const at = '2026-08-15T12:00:00+08:00'; // year judged: (2025-08-15, 2026-08-15]
    const earlier = [rep('2025Q4', '2025-11-10T09:00:00+08:00'), rep('2026Q1', '2026-02-10T09:00:00+08:00'), rep('2026Q2', '2026-05-10T09:00:00+08:00')];
    const filed = findingOf(snap({ reports: [...earlier, rep('2026Q3', '2026-08-10T09:00:00+08:00')] }), R, at);
    expect((filed.evidence as any).quarters.map((x: any) => x.period)).toEqual(['2025Q4', '2026Q1', '2026Q2', '2026Q3']);
    expect(filed.evidence).toMatchObject({ judged: 4, failed: 0 });
    const pending = findingOf(snap({ reports: earlier }), R, at);
    expect(pending.status).toBe('pass');
    expect((pending.evidence as any).quarters.map((x: any) => x.period)).toEqual(['2025Q4', '2026Q1', '2026Q2']);
    expect(pending.message.en).toBe('Self-inspection reports for 3 quarter(s) filed on time');
  });

  it('a quarter not yet due is not judged even when its report is already filed', () => {
    const at = '2026-11-01T00:00:00+08:00'; // Q4 is due 2026-11-15
    const reports = [
      rep('2025Q4', '2025-11-10T09:00:00+08:00'), rep('2026Q1', '2026-02-10T09:00:00+08:00'),
      rep('2026Q2', '2026-05-10T09:00:00+08:00'), rep('2026Q3', '2026-08-10T09:00:00+08:00'), rep('2026Q4', '2026-10-20T09:00:00+08:00'),
    ];
    const f = findingOf(snap({ reports }), R, at);
    expect((f.evidence as any).quarters.map((x: any) => x.period)).toEqual(['2025Q4', '2026Q1', '2026Q2', '2026Q3']);
    expect(f.evidence).toMatchObject({ judged: 4, failed: 0 });
  });

  it('a report counts only for its own period', () => {
    const at = '2026-09-01T00:00:00+08:00';
    const f = findingOf(snap({ reports: [rep('2026Q2', '2026-05-10T09:00:00+08:00')] }), R, at);
    expect((f.evidence as any).quarters).toEqual([
      q('2025Q4', '2025-11-15', null, 'overdue'),
      q('2026Q1', '2026-02-15', null, 'overdue'),
      q('2026Q2', '2026-05-15', text('2026-05-10T09:00:00+08:00'), 'on-time'),
      q('2026Q3', '2026-08-15', null, 'overdue'),
    ]);
    expect(f.evidence).toMatchObject({ judged: 4, failed: 3 });
  });

  it('no due date in the period, or only a pending one: not applicable, with empty evidence', () => {
    const month = deriveProfile(deyang2018Profile, { id: 'month', rules: { [R]: { lookback: { months: 1 } } } });
    const none = findingOf(snap({ reports: [] }), R, '2026-07-01T12:00:00+08:00', month);
    expect(none.status).toBe('not-applicable');
    expect(none.message).toEqual({ zh: '检查期内没有到期的季度自查报告', en: 'No quarterly report due in the period' });
    expect(none.evidence).toEqual({ quarters: [], judged: 0, failed: 0 });
    const pending = findingOf(snap({ reports: [] }), R, '2026-08-15T12:00:00+08:00', month);
    expect(pending.status).toBe('not-applicable');
    expect(pending.evidence).toEqual({ quarters: [], judged: 0, failed: 0 });
    // One day later the same quarter is overdue.
    expect(findingOf(snap({ reports: [] }), R, '2026-08-16T12:00:00+08:00', month).evidence).toEqual({
      quarters: [q('2026Q3', '2026-08-15', null, 'overdue')], judged: 1, failed: 1,
    });
  });

  describe('rollForward: a due date on a rest day moves to the next working day', () => {
    let rolled: Record<string, string>;
    beforeAll(() => {
      rolled = queryOracle<Record<string, string>>(
        `Object.fromEntries(['2026-02-15', '2026-05-15', '2026-08-15', '2026-11-15'].map((d) => [d, cd.findWorkday(0, d)]))`,
      );
    });
    const roll = deriveProfile(deyang2018Profile, { id: 'roll', rules: { [R]: { rollForward: true } } });

    it('the oracle agrees with the 2026 notice: Feb 15 in the Spring Festival break, Aug 15 a Saturday, Nov 15 a Sunday, May 15 a Friday', () => {
      expect(rolled).toEqual({ '2026-02-15': '2026-02-24', '2026-05-15': '2026-05-15', '2026-08-15': '2026-08-17', '2026-11-15': '2026-11-16' });
    });

    it('each quarter is judged against the rolled date, to its last ms; a working-day due date does not move', () => {
      const d = (x: string) => rolled[x] as string;
      const reports = [
        rep('2026Q1', endOf(d('2026-02-15'))),
        rep('2026Q2', afterEnd(d('2026-05-15'))),
        rep('2026Q3', endOf(d('2026-08-15'))),
        rep('2026Q4', afterEnd(d('2026-11-15'))),
      ];
      const f = findingOf(snap({ reports }), R, AT, roll);
      expect((f.evidence as any).quarters).toEqual([
        q('2026Q1', d('2026-02-15'), text(endOf(d('2026-02-15'))), 'on-time'),
        q('2026Q2', '2026-05-15', afterEnd('2026-05-15'), 'late'),
        q('2026Q3', d('2026-08-15'), text(endOf(d('2026-08-15'))), 'on-time'),
        q('2026Q4', d('2026-11-15'), afterEnd(d('2026-11-15')), 'late'),
      ]);
      expect(f.evidence).toMatchObject({ judged: 4, failed: 2 });
      // Without the option the fixed dates stand: Q1 and Q3 are late too.
      const fixed = findingOf(snap({ reports }), R, AT);
      expect((fixed.evidence as any).quarters.map((x: any) => [x.due, x.state])).toEqual([
        ['2026-02-15', 'late'], ['2026-05-15', 'late'], ['2026-08-15', 'late'], ['2026-11-15', 'late'],
      ]);
    });
  });
});

describe('art28-links: wording and evidence', () => {
  const R = 'deyang-2018/art28-links';
  const link = (url: string, kind: string) => ({ url, kind });

  it('no links list: needs input; an empty list: not applicable', () => {
    const missing = findingOf(snap({}), R, AT);
    expect(missing.status).toBe('needs-input');
    expect(missing.message).toEqual({ zh: '快照未提供外部链接清单', en: 'The snapshot has no outbound links list' });
    const empty = findingOf(snap({ links: [] }), R, AT);
    expect(empty).toEqual({ rule: R, status: 'not-applicable', message: { zh: '没有外部链接', en: 'No outbound links' }, evidence: {} });
  });

  it('government and other links pass, counted in both languages', () => {
    const f = findingOf(snap({ links: [link('https://www.gov.cn', 'government'), link('https://www.example.org', 'other')] }), R, AT);
    expect(f.status).toBe('pass');
    expect(f.message).toEqual({ zh: '2个外部链接均无商业或违法网站', en: 'None of the 2 link(s) goes to a commercial or illegal website' });
    expect(f.evidence).toEqual({ links: 2, commercial: 0, illegal: 0, forbidden: [] });
  });

  it('commercial and illegal links are counted apart, listed in order, others left out', () => {
    const f = findingOf(snap({ links: [
      link('http://bad1.example', 'illegal'), link('https://www.gov.cn', 'government'), link('https://shop.example', 'commercial'),
      link('https://www.example.org', 'other'), link('http://bad2.example', 'illegal'),
    ] }), R, AT);
    expect(f.status).toBe('fail');
    expect(f.message).toEqual({ zh: '有3个链接指向商业或违法网站', en: '3 link(s) to commercial or illegal websites' });
    expect(f.evidence).toEqual({
      links: 5, commercial: 1, illegal: 2,
      forbidden: [link('http://bad1.example', 'illegal'), link('https://shop.example', 'commercial'), link('http://bad2.example', 'illegal')],
    });
  });

  it('only commercial links: illegal is 0, and the reverse', () => {
    expect(findingOf(snap({ links: [link('https://a.example', 'commercial')] }), R, AT).evidence).toMatchObject({ commercial: 1, illegal: 0 });
    expect(findingOf(snap({ links: [link('https://a.example', 'illegal')] }), R, AT).evidence).toMatchObject({ commercial: 0, illegal: 1 });
  });

  it('25 bad links: 20 listed (the first 20), all 25 counted', () => {
    const links = Array.from({ length: 25 }, (_, i) => link(`https://ad${i}.example`, i < 22 ? 'commercial' : 'illegal'));
    const f = findingOf(snap({ links: [link('https://www.gov.cn', 'government'), ...links] }), R, AT);
    expect(f.message.en).toBe('25 link(s) to commercial or illegal websites');
    expect(f.evidence).toMatchObject({ links: 26, commercial: 22, illegal: 3 });
    expect((f.evidence as any).forbidden).toEqual(links.slice(0, 20));
  });
});

describe('art29-incident-report: wording and evidence', () => {
  const R = 'deyang-2018/art29-incident-report';
  const inc = (id: string, occurredAt: string, reportedAt: string | null, major = true) => ({ id, occurredAt, reportedAt, major });
  const t0 = '2026-11-10T08:00:00+08:00';

  it('every major incident reported within 24 h: pass, counted in both languages', () => {
    const f = findingOf(snap({ incidents: [
      inc('a', t0, bj(Date.parse(t0) + 24 * HOUR)), inc('b', '2026-11-20T23:30:00+08:00', '2026-11-21T01:00:00+08:00'), inc('m', t0, null, false),
    ] }), R, AT);
    expect(f.status).toBe('pass');
    expect(f.message).toEqual({ zh: '2条重大安全事件报告均在期限内', en: 'All 2 major incident report(s) within the deadline' });
    expect(f.evidence).toMatchObject({ majorIncidents: 2, judged: 2, onTime: 2, lateOrOverdue: 0, pending: 0 });
  });

  it('late and unreported incidents are listed with their deadline 24 h after the occurrence', () => {
    const f = findingOf(snap({ incidents: [
      inc('late', t0, bj(Date.parse(t0) + 24 * HOUR + 1)), inc('never', '2026-11-01T22:15:00+08:00', null),
    ] }), R, AT);
    expect(f.status).toBe('fail');
    expect(f.message).toEqual({ zh: '2条重大安全事件报告超过期限', en: '2 major incident report(s) past the deadline' });
    expect(f.evidence).toMatchObject({ majorIncidents: 2, judged: 2, onTime: 0, lateOrOverdue: 2 });
    expect((f.evidence as any).failing).toEqual([
      { id: 'late', from: text(t0), deadline: bj(Date.parse(t0) + DAY), done: bj(Date.parse(t0) + DAY + 1), state: 'late' },
      { id: 'never', from: text('2026-11-01T22:15:00+08:00'), deadline: '2026-11-02T22:15:00.000+08:00', done: null, state: 'overdue' },
    ]);
  });

  it('an incident exactly at the checkpoint counts as major and is pending; 1 ms later it is not counted', () => {
    const at = AT;
    const now = findingOf(snap({ incidents: [inc('n', at, null)] }), R, at);
    expect(now.status).toBe('not-applicable');
    expect(now.evidence).toMatchObject({ majorIncidents: 1, pending: 1, judged: 0 });
    const later = findingOf(snap({ incidents: [inc('n', bj(Date.parse(at) + 1), null)] }), R, at);
    expect(later.evidence).toMatchObject({ majorIncidents: 0, pending: 0, judged: 0 });
    expect(later.message).toEqual({ zh: '没有重大安全事件', en: 'No major security incident' });
  });
});

/**
 * Art. 29 incident reports judged against their catalog deadline (24 hours) and the Art. 28 links
 * evidence. Dates: November 2026 has no holiday (State Council notice for 2026).
 */
describe('incident reports and links: what counts and the evidence', () => {
  const AT = '2026-11-25T12:00:00+08:00';

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
});
