/**
 * The review checks (Deyang Art. 24 三审 初审 → 审核 → 审发; Art. 27 先审后发 and 保密审查) in
 * detail: which publications are judged (published at or before the checkpoint), the exact
 * findings users read in each branch, the evidence entries, and the evidence cap (20 examples,
 * counts complete).
 */
import { describe, expect, it } from 'vitest';
import { deriveProfile, deyang2018Profile } from '../../src/index.js';
import { AT, AT_MS, bj, findingOf, snap } from './helpers.js';

const P = '2026-11-20T10:00:00+08:00';
const PMS = Date.parse(P);
const review = (stage: string, by: string, at: string, approved = true) => ({ stage, by, at, approved });
const full = [review('initial', 'a', '2026-11-20T08:00:00+08:00'), review('verify', 'b', '2026-11-20T09:00:00+08:00'), review('release', 'c', '2026-11-20T09:30:00+08:00')];
const pub = (id: string, extra: Record<string, unknown> = {}) => ({ id, kind: 'other', publishedAt: P, reviews: full, confidentialityReviewedAt: P, ...extra });
const ids = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(2, '0')}`);

const THREE = 'deyang-2018/art24-three-review';
const PRIOR = 'deyang-2018/art27-prior-review';

describe('both review rules: what is judged', () => {
  for (const R of [THREE, PRIOR]) {
    it(`${R}: no publications section: needs-input; nothing published by the checkpoint: not-applicable, worded`, () => {
      const missing = findingOf(snap({}), R);
      expect(missing).toEqual({ rule: R, status: 'needs-input', message: { zh: '快照未提供发布记录', en: 'The snapshot has no publications' }, evidence: {} });
      for (const publications of [[], [pub('later', { publishedAt: bj(AT_MS + 1), reviews: [] }), pub('draft', { publishedAt: null, reviews: [] })]]) {
        expect(findingOf(snap({ publications }), R)).toEqual({
          rule: R, status: 'not-applicable', message: { zh: '检查时间点前没有已发布的信息', en: 'Nothing published before the checkpoint' }, evidence: {},
        });
      }
    });

    it(`${R}: published exactly at the checkpoint is judged; 1 ms after, or unpublished, is not`, () => {
      const f = findingOf(snap({ publications: [
        pub('at', { publishedAt: AT, reviews: [], confidentialityReviewedAt: null }),
        pub('after', { publishedAt: bj(AT_MS + 1), reviews: [], confidentialityReviewedAt: null }),
        pub('draft', { publishedAt: null, reviews: [], confidentialityReviewedAt: null }),
      ] }), R);
      expect(f.status).toBe('fail');
      expect(f.evidence).toMatchObject({ published: 1, failing: 1 });
      expect((f.evidence as any).publications.map((x: any) => x.id)).toEqual(['at']);
    });
  }
});

describe('art24-three-review in detail', () => {
  it('a pass says how many, with the whole evidence', () => {
    const f = findingOf(snap({ publications: [pub('a'), pub('b', { publishedAt: AT }), pub('later', { publishedAt: bj(AT_MS + 1), reviews: [] })] }), THREE);
    expect(f).toEqual({
      rule: THREE,
      status: 'pass',
      message: { zh: '2条信息均经“三审”后发布', en: 'All 2 publication(s) went through the three reviews' },
      evidence: { published: 2, failing: 0, minDistinctReviewers: 3, publications: [], withoutTrail: [], withoutTrailCount: 0 },
    });
  });

  it('a fail lists each failing publication with the problem in words; publications without a trail are listed apart', () => {
    const f = findingOf(snap({ publications: [
      pub('ok'),
      pub('none', { reviews: [] }),
      pub('unapproved', { reviews: [full[0], { ...full[1], approved: false }, full[2]] }),
      pub('order', { reviews: [full[0], review('verify', 'b', '2026-11-20T07:00:00+08:00'), full[2]] }),
      pub('late', { reviews: [full[0], full[1], review('release', 'c', bj(PMS + 1))] }),
      pub('same', { reviews: [full[0], review('verify', 'a', '2026-11-20T09:00:00+08:00'), full[2]] }),
      pub('nt', { reviews: undefined }),
    ] }), THREE);
    expect(f.status).toBe('fail');
    expect(f.message).toEqual({ zh: '5条信息未经完整“三审”即发布', en: '5 publication(s) not through initial → verify → release review before publication' });
    const at = bj(PMS);
    expect(f.evidence).toEqual({
      published: 7,
      failing: 5,
      minDistinctReviewers: 3,
      publications: [
        { id: 'none', publishedAt: at, problem: 'no approved initial (初审), verify (审核), release (审发) review' },
        { id: 'unapproved', publishedAt: at, problem: 'no approved verify (审核) review' },
        { id: 'order', publishedAt: at, problem: 'the approved reviews are not in the order initial → verify → release' },
        { id: 'late', publishedAt: at, problem: 'the release review is after publication' },
        { id: 'same', publishedAt: at, problem: 'fewer than 3 different reviewers' },
      ],
      withoutTrail: ['nt'],
      withoutTrailCount: 1,
    });
  });

  it('only trails missing: needs-input in both languages, evidence whole', () => {
    const f = findingOf(snap({ publications: [pub('ok'), pub('n1', { reviews: undefined }), pub('n2', { reviews: undefined })] }), THREE);
    expect(f).toEqual({
      rule: THREE,
      status: 'needs-input',
      message: { zh: '2条信息没有审核记录（reviews）', en: '2 publication(s) have no review trail (reviews)' },
      evidence: { published: 3, failing: 0, minDistinctReviewers: 3, publications: [], withoutTrail: ['n1', 'n2'], withoutTrailCount: 2 },
    });
  });

  it('the relaxed profile shows minDistinctReviewers 2 in the evidence and words the problem with 2', () => {
    const two = deriveProfile(deyang2018Profile, { id: 'two', rules: { [THREE]: { minDistinctReviewers: 2 } } });
    const same = [review('initial', 'a', '2026-11-20T08:00:00+08:00'), review('verify', 'a', '2026-11-20T09:00:00+08:00'), review('release', 'a', P)];
    const f = findingOf(snap({ publications: [pub('x', { reviews: same })] }), THREE, AT, two);
    expect(f.evidence).toMatchObject({ minDistinctReviewers: 2, publications: [{ id: 'x', problem: 'fewer than 2 different reviewers' }] });
  });

  it('evidence keeps the first 20 failing publications and the first 20 without a trail; the counts are complete', () => {
    for (const n of [20, 21, 25]) {
      const bad = ids(n, 'bad');
      const f = findingOf(snap({ publications: bad.map((id) => pub(id, { reviews: [] })) }), THREE);
      expect(f.message.en).toBe(`${n} publication(s) not through initial → verify → release review before publication`);
      expect(f.message.zh).toBe(`${n}条信息未经完整“三审”即发布`);
      const e = f.evidence as any;
      expect(e.failing).toBe(n);
      expect(e.publications.map((x: any) => x.id)).toEqual(bad.slice(0, 20));

      const none = ids(n, 'nt');
      const g = findingOf(snap({ publications: none.map((id) => pub(id, { reviews: undefined })) }), THREE);
      expect(g.status).toBe('needs-input');
      expect(g.message.zh).toBe(`${n}条信息没有审核记录（reviews）`);
      expect(g.evidence).toMatchObject({ published: n, failing: 0, withoutTrailCount: n, withoutTrail: none.slice(0, 20) });
    }
  });
});

describe('art27-prior-review in detail', () => {
  it('a pass says how many, with the whole evidence; a review and a confidentiality review exactly at publication count', () => {
    const f = findingOf(snap({ publications: [pub('a'), pub('b', { reviews: [review('release', 'c', P)], confidentialityReviewedAt: P })] }), PRIOR);
    expect(f).toEqual({
      rule: PRIOR,
      status: 'pass',
      message: { zh: '2条信息均经审核和保密审查后发布', en: 'All 2 publication(s) reviewed and confidentiality-reviewed before publication' },
      evidence: { published: 2, failing: 0, withoutTrail: [], withoutTrailCount: 0, publications: [] },
    });
  });

  it('a fail lists every problem of each publication, and when the confidentiality review happened', () => {
    const f = findingOf(snap({ publications: [
      pub('ok'),
      pub('both', { reviews: [], confidentialityReviewedAt: null }),
      pub('unreviewed', { reviews: [review('release', 'c', bj(PMS + 1))] }),
      pub('lateconf', { confidentialityReviewedAt: bj(PMS + 1) }),
      pub('noconf', { confidentialityReviewedAt: undefined }),
      pub('nt', { reviews: undefined }),
    ] }), PRIOR);
    expect(f.status).toBe('fail');
    expect(f.message).toEqual({ zh: '4条信息未经审核或保密审查即发布', en: '4 publication(s) published without review or confidentiality review' });
    const at = bj(PMS);
    expect(f.evidence).toEqual({
      published: 6,
      failing: 4,
      withoutTrail: ['nt'],
      withoutTrailCount: 1,
      publications: [
        { id: 'both', publishedAt: at, confidentialityReviewedAt: null, problems: ['published without an approved review', 'no confidentiality review (保密审查)'] },
        { id: 'unreviewed', publishedAt: at, confidentialityReviewedAt: at, problems: ['published without an approved review'] },
        { id: 'lateconf', publishedAt: at, confidentialityReviewedAt: bj(PMS + 1), problems: ['confidentiality review after publication'] },
        { id: 'noconf', publishedAt: at, confidentialityReviewedAt: null, problems: ['no confidentiality review (保密审查)'] },
      ],
    });
  });

  it('no trail but a confidentiality review: needs-input counted; no trail and no confidentiality review: a fail, not counted as without trail', () => {
    const n = findingOf(snap({ publications: [pub('ok'), pub('n1', { reviews: undefined }), pub('n2', { reviews: undefined })] }), PRIOR);
    expect(n).toEqual({
      rule: PRIOR,
      status: 'needs-input',
      message: { zh: '2条信息没有审核记录（reviews）', en: '2 publication(s) have no review trail (reviews)' },
      evidence: { published: 3, failing: 0, withoutTrail: ['n1', 'n2'], withoutTrailCount: 2, publications: [] },
    });
    const f = findingOf(snap({ publications: [pub('n1', { reviews: undefined, confidentialityReviewedAt: null })] }), PRIOR);
    expect(f.status).toBe('fail');
    expect(f.evidence).toEqual({
      published: 1, failing: 1, withoutTrail: [], withoutTrailCount: 0,
      publications: [{ id: 'n1', publishedAt: bj(PMS), confidentialityReviewedAt: null, problems: ['no confidentiality review (保密审查)'] }],
    });
  });

  it('evidence keeps the first 20 failing publications; the count is complete', () => {
    for (const n of [20, 21, 25]) {
      const bad = ids(n, 'bad');
      const f = findingOf(snap({ publications: bad.map((id) => pub(id, { confidentialityReviewedAt: null })) }), PRIOR);
      expect(f.message.zh).toBe(`${n}条信息未经审核或保密审查即发布`);
      const e = f.evidence as any;
      expect(e.failing).toBe(n);
      expect(e.publications).toHaveLength(20);
      expect(e.publications.map((x: any) => x.id)).toEqual(bad.slice(0, 20));
      expect(e.publications[19]).toEqual({ id: bad[19], publishedAt: bj(PMS), confidentialityReviewedAt: null, problems: ['no confidentiality review (保密审查)'] });
    }
  });
});

/**
 * What the review findings (Art. 24, 27) say: counts in the message, the publications behind a
 * fail, and which records are not judged yet.
 */
describe('what the findings say: counts, the publications behind a fail, records not judged yet', () => {
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
});
