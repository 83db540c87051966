/**
 * The site lifecycle findings: Art. 14 go-live (identifier code, security test, opening announced)
 * and Art. 17 change filing (filed within the period; a domain change announced on the site) —
 * what each finding says, its evidence, the checkpoint-day edges and which records are not seen yet.
 */
import { describe, expect, it } from 'vitest';
import { deriveProfile, deyang2018Profile, checkSite, defaultCalendar } from '../../src/index.js';
import { AT, findingOf, snap } from './helpers.js';
import { combineStatuses } from '../../src/checks/report.js';

describe('art14-go-live', () => {
  const R = 'deyang-2018/art14-go-live';
  const facts = { siteIdentifierCode: '5106000001', securityTestPassed: true, openingAnnounced: true };
  it('every condition met: pass, with each in the evidence', () => {
    const f = findingOf(snap({ facts }), R);
    expect(f.status).toBe('pass');
    expect(f.evidence).toMatchObject({ siteIdentifierCode: '5106000001', securityTestPassed: true, openingAnnounced: true });
  });
  it('a condition not met is named; a blank code is no code', () => {
    const f = findingOf(snap({ facts: { ...facts, securityTestPassed: false, siteIdentifierCode: '  ' } }), R);
    expect(f.status).toBe('fail');
    expect(f.message.en).toBe('Not ready to be online: siteIdentifierCode, securityTestPassed');
    expect(f.message.zh).toContain('siteIdentifierCode、securityTestPassed');
    expect(findingOf(snap({ facts: { ...facts, siteIdentifierCode: null } }), R).status).toBe('fail');
  });
  it('a condition not given: needs input naming the facts field', () => {
    const f = findingOf(snap({ facts: { siteIdentifierCode: 'x' } }), R);
    expect(f.status).toBe('needs-input');
    expect(f.message.en).toBe('The snapshot does not give facts.securityTestPassed, facts.openingAnnounced');
    expect(f.evidence).toMatchObject({ securityTestPassed: null, openingAnnounced: null });
  });
});

describe('art17-change-filing', () => {
  const R = 'deyang-2018/art17-change-filing';
  const change = (kind: string, changedAt: string, filedAt?: string | null, announcedOnSite?: boolean) => ({
    kind, changedAt, ...(filedAt === undefined ? {} : { filedAt }), ...(announcedOnSite === undefined ? {} : { announcedOnSite }),
  });
  const run = (changes: unknown[], profile: any = 'deyang-2018') => findingOf(snap({ facts: { changes } }), R, AT, profile);
  it('an unfiled change fails and is listed; a filing after the checkpoint is not yet a filing', () => {
    const f = run([change('contact', '2026-10-01', null), change('sponsor', '2026-10-01', '2026-12-01')]);
    expect(f.status).toBe('fail');
    expect(f.message.en).toBe('2 change(s) not filed or announced');
    const e = f.evidence as any;
    expect(e).toMatchObject({ changes: 2, failing: 2, filingWithinDays: null });
    expect(e.details[0]).toMatchObject({ kind: 'contact', changedOn: '2026-10-01', filedOn: null });
    expect(JSON.stringify(e.details[0])).toContain('not filed');
  });
  it('a change after the checkpoint is not seen; none: not applicable', () => {
    expect(run([change('contact', '2026-11-26', null)]).status).toBe('not-applicable');
    expect(run([]).status).toBe('not-applicable');
  });
  it('a profile may set the filing period: filed on its last day passes, a day later fails', () => {
    const p = deriveProfile(deyang2018Profile, { id: 'x', rules: { [R]: { filingWithinDays: 5 } } });
    expect(run([change('contact', '2026-10-01', '2026-10-06')], p).status).toBe('pass');
    const f = run([change('contact', '2026-10-01', '2026-10-07')], p);
    expect(f.status).toBe('fail');
    expect(JSON.stringify(f.evidence)).toContain('filed after 5 days');
  });
  it('a domain change must be announced on the site; unsaid: needs input', () => {
    expect(run([change('domain', '2026-10-01', '2026-10-02', false)]).status).toBe('fail');
    const n = run([change('domain', '2026-10-01', '2026-10-02')]);
    expect(n.status).toBe('needs-input');
    expect(n.message.en).toContain('announced');
    const ok = run([change('domain', '2026-10-01', '2026-10-02', true), change('contact', '2026-10-01', '2026-10-02')]);
    expect(ok.status).toBe('pass');
    expect(ok.message.en).toBe('All 2 change(s) filed');
  });
});

/**
 * The lifecycle findings' exact wording, evidence and checkpoint-day edges.
 */
describe('exact wording, evidence and checkpoint-day edges', () => {
  describe('art14-go-live wording', () => {
    const R14 = 'deyang-2018/art14-go-live';
    it('needs input: the Chinese message names each missing facts field', () => {
      const f = findingOf(snap({ facts: { siteIdentifierCode: 'x' } }), R14);
      expect(f.status).toBe('needs-input');
      expect(f.message.zh).toBe('快照未提供：facts.securityTestPassed、facts.openingAnnounced');
    });
    it('pass: both messages', () => {
      const f = findingOf(snap({ facts: { siteIdentifierCode: '5106000001', securityTestPassed: true, openingAnnounced: true } }), R14);
      expect(f.status).toBe('pass');
      expect(f.message).toEqual({ zh: '有网站标识码，已通过安全检测，已公告开通', en: 'Has its identifier code, passed the security test, opening announced' });
    });
  });

  describe('art17-change-filing', () => {
    const R17 = 'deyang-2018/art17-change-filing';
    const change = (kind: string, changedAt: string, filedAt?: string | null, announcedOnSite?: boolean) => ({
      kind, changedAt, ...(filedAt === undefined ? {} : { filedAt }), ...(announcedOnSite === undefined ? {} : { announcedOnSite }),
    });
    const run = (changes: unknown[]) => findingOf(snap({ facts: { changes } }), R17);

    it('a filed domain change not announced: fails with the filing date and the problem', () => {
      const f = run([change('domain', '2026-10-01', '2026-10-02', false)]);
      expect(f.status).toBe('fail');
      expect(f.message).toEqual({ zh: '1项变更未按规定备案或公告', en: '1 change(s) not filed or announced' });
      expect((f.evidence as any).details).toEqual([{ kind: 'domain', changedOn: '2026-10-01', filedOn: '2026-10-02', problems: ['domain change not announced on the site'] }]);
    });

    it('a domain change silent on the announcement: needs input, in both languages', () => {
      const f = run([change('domain', '2026-10-01', '2026-10-02')]);
      expect(f.status).toBe('needs-input');
      expect(f.message).toEqual({ zh: '域名变更未说明是否已在网站公告（announcedOnSite）', en: 'A domain change does not say whether it was announced on the site (announcedOnSite)' });
    });

    it('all filed: the Chinese message counts them', () => {
      const f = run([change('contact', '2026-10-01', '2026-10-02'), change('sponsor', '2026-10-03', '2026-10-05')]);
      expect(f.status).toBe('pass');
      expect(f.message.zh).toBe('2项变更均已备案');
    });

    it('a change on the checkpoint day is seen, and a filing on that day counts', () => {
      const filed = run([change('contact', '2026-11-25', '2026-11-25')]);
      expect(filed.status).toBe('pass');
      expect(filed.evidence).toMatchObject({ changes: 1, failing: 0 });
      const unfiled = run([change('contact', '2026-11-25', null)]);
      expect(unfiled.status).toBe('fail');
    });

    it('lists at most 20 failing changes while counting them all', () => {
      const f = run(Array.from({ length: 21 }, (_, i) => change('contact', `2026-10-${String(i + 1).padStart(2, '0')}`, null)));
      expect(f.status).toBe('fail');
      expect(f.message.en).toBe('21 change(s) not filed or announced');
      const e = f.evidence as any;
      expect(e).toMatchObject({ changes: 21, failing: 21 });
      expect(e.details).toHaveLength(20);
      expect(e.details[19]).toMatchObject({ changedOn: '2026-10-20', filedOn: null });
    });
  });
});
