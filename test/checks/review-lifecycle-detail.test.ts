/**
 * What the review (Art. 24, 27) and lifecycle (Art. 14, 17) findings say: counts in the message,
 * the publications or changes behind a fail, and which records are not judged yet.
 */
import { describe, expect, it } from 'vitest';
import { deriveProfile, deyang2018Profile } from '../../src/index.js';
import { AT, findingOf, snap } from './helpers.js';

const P = '2026-11-20T10:00:00+08:00';
const review = (stage: string, by: string, at: string, approved = true) => ({ stage, by, at, approved });
const full = [review('initial', 'a', '2026-11-20T08:00:00+08:00'), review('verify', 'b', '2026-11-20T09:00:00+08:00'), review('release', 'c', '2026-11-20T09:30:00+08:00')];
const pub = (id: string, extra: Record<string, unknown> = {}) => ({ id, kind: 'other', publishedAt: P, reviews: full, confidentialityReviewedAt: P, ...extra });

describe('art24-three-review', () => {
  const R = 'deyang-2018/art24-three-review';
  it('a fail counts the publications and lists each with its problem; ones without a trail are listed apart', () => {
    const f = findingOf(snap({ publications: [pub('ok'), pub('bad', { reviews: full.slice(0, 2) }), pub('nt', { reviews: undefined })] }), R);
    expect(f.status).toBe('fail');
    expect(f.message.en).toMatch(/^1 publication\(s\) not through/);
    expect(f.message.zh).toContain('1条信息未经完整“三审”即发布');
    const e = f.evidence as any;
    expect(e).toMatchObject({ published: 3, failing: 1, withoutTrail: ['nt'] });
    expect(e.publications).toHaveLength(1);
    expect(e.publications[0].id).toBe('bad');
    expect(typeof e.publications[0].problem).toBe('string');
    expect(e.publications[0].problem.length).toBeGreaterThan(0);
    expect(Date.parse(e.publications[0].publishedAt)).toBe(Date.parse(P));
  });
  it('only trails missing: needs input with the count; all complete: pass with the count', () => {
    const n = findingOf(snap({ publications: [pub('a', { reviews: undefined }), pub('b', { reviews: undefined })] }), R);
    expect(n.status).toBe('needs-input');
    expect(n.message.en).toBe('2 publication(s) have no review trail (reviews)');
    const ok = findingOf(snap({ publications: [pub('a'), pub('b')] }), R);
    expect(ok.status).toBe('pass');
    expect(ok.message.en).toContain('All 2 publication(s)');
  });
  it('publications after the checkpoint or unpublished are not judged', () => {
    const f = findingOf(snap({ publications: [pub('later', { publishedAt: '2026-11-26T00:00:00+08:00', reviews: [] }), pub('draft', { publishedAt: null, reviews: [] })] }), R);
    expect(f.status).toBe('not-applicable');
    expect(f.message.en).toBe('Nothing published before the checkpoint');
    const edge = findingOf(snap({ publications: [pub('now', { publishedAt: AT, reviews: [] })] }), R);
    expect(edge.status).toBe('fail');
  });
});

describe('art27-prior-review', () => {
  const R = 'deyang-2018/art27-prior-review';
  it('each problem is named: no approved review before publication, no confidentiality review, one after publication', () => {
    const f = findingOf(snap({ publications: [
      pub('unreviewed', { reviews: [review('release', 'c', '2026-11-20T10:00:00.001+08:00')] }),
      pub('noconf', { confidentialityReviewedAt: null }),
      pub('lateconf', { confidentialityReviewedAt: '2026-11-20T10:00:00.001+08:00' }),
      pub('fine'),
    ] }), R);
    expect(f.status).toBe('fail');
    expect(f.message.en).toBe('3 publication(s) published without review or confidentiality review');
    const e = f.evidence as any;
    expect(e).toMatchObject({ published: 4, failing: 3, withoutTrail: [], withoutTrailCount: 0 });
    const byId = Object.fromEntries(e.publications.map((x: any) => [x.id, x]));
    expect(JSON.stringify(byId.unreviewed)).toContain('published without an approved review');
    expect(JSON.stringify(byId.noconf)).toContain('no confidentiality review');
    expect(byId.noconf.confidentialityReviewedAt).toBeNull();
    expect(JSON.stringify(byId.lateconf)).toContain('confidentiality review after publication');
    expect(Date.parse(byId.lateconf.confidentialityReviewedAt)).toBe(Date.parse('2026-11-20T10:00:00.001+08:00'));
  });
  it('an unapproved review does not count; a trail missing but confidentiality done: needs input', () => {
    expect(findingOf(snap({ publications: [pub('x', { reviews: [review('release', 'c', P, false)] })] }), R).status).toBe('fail');
    const n = findingOf(snap({ publications: [pub('x', { reviews: undefined })] }), R);
    expect(n.status).toBe('needs-input');
    expect(n.evidence).toMatchObject({ withoutTrail: ['x'], withoutTrailCount: 1, failing: 0 });
    const ok = findingOf(snap({ publications: [pub('x')] }), R);
    expect(ok.status).toBe('pass');
    expect(ok.message.en).toContain('All 1 publication(s)');
  });
});

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
