/**
 * The small predicates the checks are composed of, called directly (they are internal), with the
 * user-visible ones (the review-trail problems) also read back through checkSite. Instants are
 * written as Beijing ISO text and read with Date.parse, so nothing depends on the host TZ.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  answeredWithin, hasItemWithin, hasThreeDistinctApprovedStages, lastAtOrBefore, lowerBound, maxGapWithin, ratioAtLeast,
  reviewedBeforePublication, upperBound,
} from '../../src/checks/predicates.js';
import type { ReviewModel } from '../../src/checks/read.js';
import { DAY, findingOf, snap } from './helpers.js';
import { fcRuns } from '../fc-runs.js';

const t = (s: string) => Date.parse(s);
const T0 = t('2026-01-05T09:00:00+08:00');
const at = (days: number) => T0 + days * DAY;
const times = (...ms: number[]) => Float64Array.from(ms);

describe('lowerBound / upperBound', () => {
  const xs = times(1, 5, 5, 5, 9);
  it('lowerBound is the first index >= value, upperBound one past the last index <= value', () => {
    expect([0, 1, 2, 5, 6, 9, 10].map((v) => lowerBound(xs, v))).toEqual([0, 0, 1, 1, 4, 4, 5]);
    expect([0, 1, 2, 5, 6, 9, 10].map((v) => upperBound(xs, v))).toEqual([0, 1, 1, 4, 4, 5, 5]);
  });
  it('on an empty array both are 0', () => {
    expect(lowerBound(times(), 3)).toBe(0);
    expect(upperBound(times(), 3)).toBe(0);
  });
});

describe('maxGapWithin: the rolling-gap rule', () => {
  const week = { days: 7 };

  it('the longest gap is the first of equally long ones, even when a later gap is shorter or the last', () => {
    // gaps: 6 d, 6 d, 3 d, 5 d
    const r = maxGapWithin(times(at(6), at(12), at(15)), at(0), at(20), week);
    expect(r.longest).toEqual({ from: at(0), to: at(6) });
    expect(r.ok).toBe(true);
    expect(r.exceeding).toBe(0);
    expect(r.examples).toEqual([]);
    expect(r.items).toBe(3);
  });

  it('the longest gap may be in the middle; it is measured from item to item on real instants', () => {
    // gaps: 2 d, 7 d + 1 ms, 1 d, 3 d
    const r = maxGapWithin(times(at(2), at(9) + 1, at(10)), at(0), at(13), week);
    expect(r.longest).toEqual({ from: at(2), to: at(9) + 1 });
    expect(r.longest.to - r.longest.from).toBe(7 * DAY + 1);
    expect(r.ok).toBe(false);
    expect(r.exceeding).toBe(1);
    expect(r.examples).toEqual([{ from: at(2), to: at(9) + 1 }]);
  });

  it('a stretch of exactly the period is within it, one ms more is not (also from the last item to the end)', () => {
    expect(maxGapWithin(times(at(7)), at(0), at(14), week)).toMatchObject({ ok: true, exceeding: 0, items: 1 });
    const r = maxGapWithin(times(at(7)), at(0), at(14) + 1, week);
    expect(r).toMatchObject({ ok: false, exceeding: 1, items: 1 });
    expect(r.examples).toEqual([{ from: at(7), to: at(14) + 1 }]);
    expect(r.longest).toEqual({ from: at(7), to: at(14) + 1 });
  });

  it('months are calendar months in Beijing: 2026-08-31 10:00 + 6 months is 2027-02-28 10:00', () => {
    const from = t('2026-08-31T10:00:00+08:00');
    const limit = DateTime.fromMillis(from, { zone: 'Asia/Shanghai' }).plus({ months: 6 }).toMillis();
    expect(limit).toBe(t('2027-02-28T10:00:00+08:00'));
    expect(maxGapWithin(times(limit), from, limit, { months: 6 }).ok).toBe(true);
    const r = maxGapWithin(times(limit + 1), from, limit + 1, { months: 6 });
    expect(r.ok).toBe(false);
    expect(r.examples).toEqual([{ from, to: limit + 1 }]);
  });

  it('every gap over the period is counted; examples stop at the cap (5 by default)', () => {
    // 7 gaps of 8 days each
    const items = times(at(8), at(16), at(24), at(32), at(40), at(48));
    const r = maxGapWithin(items, at(0), at(56), week);
    expect(r.ok).toBe(false);
    expect(r.exceeding).toBe(7);
    expect(r.examples).toEqual([0, 8, 16, 24, 32].map((d) => ({ from: at(d), to: at(d + 8) })));
    const capped = maxGapWithin(items, at(0), at(56), week, 2);
    expect(capped.exceeding).toBe(7);
    expect(capped.examples).toEqual([{ from: at(0), to: at(8) }, { from: at(8), to: at(16) }]);
    expect(maxGapWithin(items, at(0), at(56), week, 0).examples).toEqual([]);
  });

  it('items outside [from, to] are ignored; items exactly at from and to count', () => {
    const r = maxGapWithin(times(at(-30), at(-1), at(0), at(3), at(7), at(8), at(50)), at(0), at(7), week);
    expect(r.items).toBe(3);
    expect(r.ok).toBe(true);
    expect(r.longest).toEqual({ from: at(3), to: at(7) });
  });

  it('no item at all: one gap from `from` to `to`', () => {
    expect(maxGapWithin(times(), at(0), at(0) + 1, week)).toEqual({
      ok: true, longest: { from: at(0), to: at(0) + 1 }, exceeding: 0, examples: [], items: 0,
    });
    expect(maxGapWithin(times(), at(0), at(0), week).longest).toEqual({ from: at(0), to: at(0) });
    const r = maxGapWithin(times(at(-1)), at(0), at(8), week);
    expect(r).toEqual({ ok: false, longest: { from: at(0), to: at(8) }, exceeding: 1, examples: [{ from: at(0), to: at(8) }], items: 0 });
  });
});

describe('hasItemWithin: an item in the closed range [from, to]', () => {
  it('inclusive at both ends', () => {
    expect(hasItemWithin(times(at(0)), at(0), at(5))).toBe(true);
    expect(hasItemWithin(times(at(5)), at(0), at(5))).toBe(true);
    expect(hasItemWithin(times(at(5)), at(5), at(5))).toBe(true);
  });
  it('an item just before or just after the range does not count', () => {
    expect(hasItemWithin(times(at(0) - 1), at(0), at(5))).toBe(false);
    expect(hasItemWithin(times(at(5) + 1), at(0), at(5))).toBe(false);
    expect(hasItemWithin(times(at(-3), at(9)), at(0), at(5))).toBe(false);
    expect(hasItemWithin(times(), at(0), at(5))).toBe(false);
  });
});

describe('lastAtOrBefore', () => {
  const xs = times(1, 5, 9);
  it('the last item at or before the instant', () => {
    expect(lastAtOrBefore(xs, 6)).toBe(5);
    expect(lastAtOrBefore(xs, 5)).toBe(5);
    expect(lastAtOrBefore(xs, 4)).toBe(1);
    expect(lastAtOrBefore(xs, 1)).toBe(1);
    expect(lastAtOrBefore(xs, 9)).toBe(9);
    expect(lastAtOrBefore(xs, Number.MAX_SAFE_INTEGER)).toBe(9);
  });
  it('undefined before the first item and on no items', () => {
    expect(lastAtOrBefore(xs, 0)).toBeUndefined();
    expect(lastAtOrBefore(times(), 100)).toBeUndefined();
  });
});

describe('hasThreeDistinctApprovedStages: 初审 → 审核 → 审发 before publication', () => {
  const r = (stage: ReviewModel['stage'], by: string, ms: number, approved = true): ReviewModel => ({ stage, by, at: ms, approved });
  const P = at(10);

  it('a complete trail passes and returns the chain it used', () => {
    const a = r('initial', 'a', at(1)), b = r('verify', 'b', at(2)), c = r('release', 'c', at(3));
    expect(hasThreeDistinctApprovedStages([c, a, b], P)).toEqual({ ok: true, chain: [a, b, c] });
  });

  it('stages at the same instant, and release at the publication instant, are in order', () => {
    const a = r('initial', 'a', P), b = r('verify', 'b', P), c = r('release', 'c', P);
    expect(hasThreeDistinctApprovedStages([a, b, c], P)).toEqual({ ok: true, chain: [a, b, c] });
  });

  it('names every missing stage, in stage order', () => {
    expect(hasThreeDistinctApprovedStages([], P)).toEqual({ ok: false, problem: 'no approved initial (初审), verify (审核), release (审发) review' });
    expect(hasThreeDistinctApprovedStages([r('verify', 'b', at(2)), r('release', 'c', at(3))], P))
      .toEqual({ ok: false, problem: 'no approved initial (初审) review' });
    expect(hasThreeDistinctApprovedStages([r('initial', 'a', at(1)), r('release', 'c', at(3))], P))
      .toEqual({ ok: false, problem: 'no approved verify (审核) review' });
    expect(hasThreeDistinctApprovedStages([r('initial', 'a', at(1)), r('verify', 'b', at(2))], P))
      .toEqual({ ok: false, problem: 'no approved release (审发) review' });
    expect(hasThreeDistinctApprovedStages([r('verify', 'b', at(2))], P))
      .toEqual({ ok: false, problem: 'no approved initial (初审), release (审发) review' });
  });

  it('a review that was not approved is no stage', () => {
    const trail = [r('initial', 'a', at(1)), r('verify', 'b', at(2), false), r('release', 'c', at(3))];
    expect(hasThreeDistinctApprovedStages(trail, P)).toEqual({ ok: false, problem: 'no approved verify (审核) review' });
  });

  it('stages out of order are named as such (verify after release, or initial after verify)', () => {
    const outOfOrder = { ok: false, problem: 'the approved reviews are not in the order initial → verify → release' };
    expect(hasThreeDistinctApprovedStages([r('initial', 'a', at(1)), r('verify', 'b', at(3)), r('release', 'c', at(2))], P)).toEqual(outOfOrder);
    expect(hasThreeDistinctApprovedStages([r('initial', 'a', at(3)), r('verify', 'b', at(2)), r('release', 'c', at(4))], P)).toEqual(outOfOrder);
    expect(hasThreeDistinctApprovedStages([r('initial', 'a', at(2) + 1), r('verify', 'b', at(2)), r('release', 'c', at(2))], P)).toEqual(outOfOrder);
  });

  it('an ordered trail whose release comes after publication is named as such', () => {
    expect(hasThreeDistinctApprovedStages([r('initial', 'a', at(1)), r('verify', 'b', at(2)), r('release', 'c', P + 1)], P))
      .toEqual({ ok: false, problem: 'the release review is after publication' });
  });

  it('too few different people: the number required is in the problem', () => {
    const same = [r('initial', 'a', at(1)), r('verify', 'a', at(2)), r('release', 'c', at(3))];
    expect(hasThreeDistinctApprovedStages(same, P)).toEqual({ ok: false, problem: 'fewer than 3 different reviewers' });
    expect(hasThreeDistinctApprovedStages(same, P, 2)).toEqual({ ok: true, chain: same });
    const one = [r('initial', 'a', at(1)), r('verify', 'a', at(2)), r('release', 'a', at(3))];
    expect(hasThreeDistinctApprovedStages(one, P, 2)).toEqual({ ok: false, problem: 'fewer than 2 different reviewers' });
  });

  it('any combination of the recorded reviews may satisfy it', () => {
    const a1 = r('initial', 'a', at(1));
    const b1 = r('verify', 'a', at(2)); // same person as a1
    const c1 = r('release', 'c', at(3));
    const b2 = r('verify', 'b', at(2) + 5);
    const late = r('release', 'd', P + 1);
    expect(hasThreeDistinctApprovedStages([a1, b1, late, b2, c1], P)).toEqual({ ok: true, chain: [a1, b2, c1] });
  });

  it('finds the one initial reviewer left when the first two are taken (the third different name counts)', () => {
    // verify by x; release only by y: the initial review must be z's, the third of x, y, z.
    const z = r('initial', 'z', at(1) + 2);
    const trail = [r('initial', 'x', at(1)), r('initial', 'y', at(1) + 1), z, r('verify', 'x', at(2)), r('release', 'y', at(3)), r('release', 'x', at(3) + 1)];
    expect(hasThreeDistinctApprovedStages(trail, P)).toEqual({ ok: true, chain: [z, trail[3], trail[4]] });
    // and on the release side: initial only by y, the release must be z's.
    const zr = r('release', 'z', at(3) + 2);
    const trail2 = [r('initial', 'y', at(1)), r('verify', 'x', at(2)), r('release', 'x', at(3)), r('release', 'y', at(3) + 1), zr];
    expect(hasThreeDistinctApprovedStages(trail2, P)).toEqual({ ok: true, chain: [trail2[0], trail2[1], zr] });
  });

  it('agrees with the literal reading (every initial × verify × release) on generated trails', () => {
    // The definition, tried on every combination: the oracle for the O(n log n) search.
    const literal = (reviews: ReviewModel[], published: number, min: number) => {
      const ok = reviews.filter((x) => x.approved);
      const [I, V, R] = (['initial', 'verify', 'release'] as const).map((st) => ok.filter((x) => x.stage === st)) as [ReviewModel[], ReviewModel[], ReviewModel[]];
      let ordered = false, inTime = false, distinct = false;
      for (const a of I) for (const b of V) for (const c of R) {
        if (a.at > b.at || b.at > c.at) continue;
        ordered = true;
        if (c.at > published) continue;
        inTime = true;
        if (new Set([a.by, b.by, c.by]).size >= min) distinct = true;
      }
      return { ordered, inTime, distinct };
    };
    const review = fc.record({
      stage: fc.constantFrom('initial' as const, 'verify' as const, 'release' as const),
      by: fc.constantFrom('a', 'b', 'c'),
      at: fc.integer({ min: 0, max: 8 }),
      approved: fc.constantFrom(true, true, true, false),
    });
    fc.assert(
      fc.property(fc.array(review, { maxLength: 14 }), fc.integer({ min: 0, max: 8 }), fc.constantFrom(2, 3), (reviews, published, min) => {
        const got = hasThreeDistinctApprovedStages(reviews, published, min);
        const want = literal(reviews, published, min);
        expect(got.ok).toBe(want.distinct);
        if (got.ok) {
          const [a, b, c] = got.chain as ReviewModel[];
          expect([a?.stage, b?.stage, c?.stage]).toEqual(['initial', 'verify', 'release']);
          const all: readonly ReviewModel[] = reviews;
          expect(all.includes(a as ReviewModel) && all.includes(b as ReviewModel) && all.includes(c as ReviewModel)).toBe(true);
          expect(a!.approved && b!.approved && c!.approved && a!.at <= b!.at && b!.at <= c!.at && c!.at <= published).toBe(true);
          expect(new Set([a!.by, b!.by, c!.by]).size).toBeGreaterThanOrEqual(min);
        } else if (got.problem?.startsWith('no approved') !== true) {
          expect(got.problem).toBe(!want.ordered ? 'the approved reviews are not in the order initial → verify → release' : !want.inTime ? 'the release review is after publication' : `fewer than ${min} different reviewers`);
        }
      }),
      { numRuns: fcRuns(3000) },
    );
  });

  it('through checkSite, each problem is the one listed in the evidence', () => {
    const rv = (stage: string, by: string, s: string) => ({ stage, by, at: s, approved: true });
    const pub = (id: string, reviews: unknown[]) => ({ id, kind: 'other', publishedAt: '2026-11-20T10:00:00+08:00', reviews, confidentialityReviewedAt: '2026-11-20T09:00:00+08:00' });
    const f = findingOf(snap({
      publications: [
        pub('missing', [rv('initial', 'a', '2026-11-20T08:00:00+08:00')]),
        pub('late', [rv('initial', 'a', '2026-11-20T08:00:00+08:00'), rv('verify', 'b', '2026-11-20T09:00:00+08:00'), rv('release', 'c', '2026-11-20T10:00:00.001+08:00')]),
        pub('same', [rv('initial', 'a', '2026-11-20T08:00:00+08:00'), rv('verify', 'a', '2026-11-20T09:00:00+08:00'), rv('release', 'a', '2026-11-20T10:00:00+08:00')]),
      ],
    }), 'deyang-2018/art24-three-review');
    expect(f.status).toBe('fail');
    expect((f.evidence as any).publications.map((p: any) => [p.id, p.problem])).toEqual([
      ['missing', 'no approved verify (审核), release (审发) review'],
      ['late', 'the release review is after publication'],
      ['same', 'fewer than 3 different reviewers'],
    ]);
  });
});

describe('reviewedBeforePublication', () => {
  const r = (at: number, approved = true): ReviewModel => ({ stage: 'release', by: 'x', at, approved });
  it('an approved review at or before publication', () => {
    expect(reviewedBeforePublication([r(5)], 5)).toBe(true);
    expect(reviewedBeforePublication([r(6), r(4)], 5)).toBe(true);
  });
  it('one after publication, or not approved, does not count', () => {
    expect(reviewedBeforePublication([r(6)], 5)).toBe(false);
    expect(reviewedBeforePublication([r(4, false)], 5)).toBe(false);
    expect(reviewedBeforePublication([], 5)).toBe(false);
  });
});

describe('answeredWithin: on-time, late, overdue, pending at the checkpoint', () => {
  const deadline = at(3);
  it('done at or before the deadline: on-time; after it: late (both done by the checkpoint)', () => {
    expect(answeredWithin(deadline, deadline, at(10))).toBe('on-time');
    expect(answeredWithin(deadline + 1, deadline, at(10))).toBe('late');
    expect(answeredWithin(at(10), deadline, at(10))).toBe('late');
  });
  it('done exactly at the checkpoint counts as done', () => {
    expect(answeredWithin(at(2), deadline, at(2))).toBe('on-time');
  });
  it('not done: overdue once the checkpoint is past the deadline, pending up to it', () => {
    expect(answeredWithin(undefined, deadline, deadline + 1)).toBe('overdue');
    expect(answeredWithin(undefined, deadline, deadline)).toBe('pending');
    expect(answeredWithin(undefined, deadline, at(1))).toBe('pending');
  });
  it('an act recorded after the checkpoint is judged as not done', () => {
    expect(answeredWithin(at(12), deadline, at(10))).toBe('overdue');
    expect(answeredWithin(at(2) + 1, deadline, at(2))).toBe('pending');
  });
});

describe('ratioAtLeast', () => {
  it('exact at the ratio, below it not', () => {
    expect(ratioAtLeast(5, 100, 0.05)).toBe(true);
    expect(ratioAtLeast(4, 100, 0.05)).toBe(false);
    expect(ratioAtLeast(7, 140, 0.05)).toBe(true);
    expect(ratioAtLeast(6, 140, 0.05)).toBe(false);
    expect(ratioAtLeast(3, 10, 0.3)).toBe(true);
    expect(ratioAtLeast(29, 100, 0.29)).toBe(true);
  });
  it('nothing out of nothing reaches no ratio', () => {
    expect(ratioAtLeast(0, 0, 0.05)).toBe(false);
    expect(ratioAtLeast(0, 0, 0)).toBe(false);
  });
});
