/**
 * Small pure predicates the checks are composed of. They work on numbers (epoch ms, epoch days)
 * and know nothing about articles; a check is a few of these plus a message.
 */
import { type Period, periodBounds, withinPeriod } from './instant.js';
import type { ReviewModel } from './read.js';
import { type Timeliness as AssessTimeliness, timelinessAt } from '../rules/assess.js';

/**
 * Index of the first element of ascending `times` that is `>= value` (times.length if none).
 *
 * @example
 * lowerBound(Float64Array.of(1, 5, 9), 5); // 1
 */
export function lowerBound(times: Float64Array, value: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((times[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index one past the last element of ascending `times` that is `<= value`.
 *
 * @example
 * upperBound(Float64Array.of(1, 5, 9), 5); // 2
 */
export function upperBound(times: Float64Array, value: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((times[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A stretch without a new item. */
export interface Gap {
  readonly from: number;
  readonly to: number;
}

/** What {@link maxGapWithin} found. */
export interface GapResult {
  /** Every gap is within the period. */
  readonly ok: boolean;
  /** The longest gap. */
  readonly longest: Gap;
  /** How many gaps exceed the period. */
  readonly exceeding: number;
  /** The first few gaps that exceed it (at most `cap`). */
  readonly examples: readonly Gap[];
  /** Dated items inside [from, to]. */
  readonly items: number;
}

/**
 * The rolling-gap rule: the stretches from `from` to the first item, between consecutive items,
 * and from the last item to `to` (items outside [from, to] ignored) must each be no longer than
 * `period` (`next <= previous + period`, months in Beijing wall time). Linear in items.
 *
 * @example
 * const day = 86_400_000;
 * maxGapWithin(Float64Array.of(7 * day), 0, 14 * day, { days: 7 }).ok;     // true
 * maxGapWithin(Float64Array.of(7 * day + 1), 0, 14 * day, { days: 7 }).ok; // false
 */
export function maxGapWithin(times: Float64Array, from: number, to: number, period: Period, cap = 5): GapResult {
  const bounds = periodBounds(period);
  const start = lowerBound(times, from);
  const end = upperBound(times, to);
  let prev = from;
  let longest: Gap = { from, to: from };
  let longestMs = -1;
  let exceeding = 0;
  const examples: Gap[] = [];
  for (let i = start; i <= end; i++) {
    const next = i < end ? (times[i] as number) : to;
    const gap = next - prev;
    if (gap > longestMs) {
      longestMs = gap;
      longest = { from: prev, to: next };
    }
    if (gap > bounds[0] && !withinPeriod(prev, next, period, bounds)) {
      exceeding++;
      if (examples.length < cap) examples.push({ from: prev, to: next });
    }
    prev = next;
  }
  return { ok: exceeding === 0, longest, exceeding, examples, items: end - start };
}

/**
 * Whether ascending `times` holds an item in the closed range [from, to].
 *
 * @example
 * hasItemWithin(Float64Array.of(10), 0, 10); // true
 */
export function hasItemWithin(times: Float64Array, from: number, to: number): boolean {
  const i = lowerBound(times, from);
  return i < times.length && (times[i] as number) <= to;
}

/**
 * The last item at or before `at`, or undefined.
 *
 * @example
 * lastAtOrBefore(Float64Array.of(1, 5, 9), 6); // 5
 */
export function lastAtOrBefore(times: Float64Array, at: number): number | undefined {
  const i = upperBound(times, at);
  return i === 0 ? undefined : times[i - 1];
}

/** How a review trail measures up. */
export interface ReviewTrail {
  readonly ok: boolean;
  /** Why not, in English (for evidence). */
  readonly problem?: string;
  /** The stages used, when ok. */
  readonly chain?: readonly ReviewModel[];
}

/**
 * 初审 → 审核 → 审发: an approved review of each stage, at or before `publishedMs`, in that order
 * (`initial.at <= verify.at <= release.at`), by at least `minDistinct` different people (3 by
 * default; 2 relaxes the rule). Any combination of the recorded reviews may satisfy it.
 *
 * @example
 * const r = (stage, by, at) => ({ stage, by, at, approved: true });
 * hasThreeDistinctApprovedStages([r('initial', 'a', 1), r('verify', 'b', 2), r('release', 'c', 3)], 3).ok; // true
 * hasThreeDistinctApprovedStages([r('initial', 'a', 1), r('verify', 'a', 2), r('release', 'c', 3)], 3).ok; // false
 */
export function hasThreeDistinctApprovedStages(reviews: readonly ReviewModel[], publishedMs: number, minDistinct = 3): ReviewTrail {
  const approved = reviews.filter((r) => r.approved);
  const byTime = (x: ReviewModel, y: ReviewModel) => x.at - y.at;
  const initial = approved.filter((r) => r.stage === 'initial').sort(byTime);
  const verify = approved.filter((r) => r.stage === 'verify').sort(byTime);
  const release = approved.filter((r) => r.stage === 'release').sort(byTime);
  const missing = [initial.length === 0 && 'initial (初审)', verify.length === 0 && 'verify (审核)', release.length === 0 && 'release (审发)'].filter(Boolean);
  if (missing.length > 0) return { ok: false, problem: `no approved ${missing.join(', ')} review` };
  // O(n log n), not one loop per stage (cubic in the reviews of one publication). A verify review
  // b can use any initial review at or before it and any release review at or after it; three
  // different people (or two) are found, if they exist, among the first three distinct reviewers
  // on each side: whatever b's reviewer and the other side's, one of three distinct names differs
  // from both.
  const firstInitial = (initial[0] as ReviewModel).at;
  const lastRelease = (release[release.length - 1] as ReviewModel).at;
  const inTime = release.filter((c) => c.at <= publishedMs);
  const ordered = verify.some((b) => firstInitial <= b.at && b.at <= lastRelease);
  const lastInTime = inTime.length === 0 ? -Infinity : (inTime[inTime.length - 1] as ReviewModel).at;
  const beforePublication = verify.some((b) => firstInitial <= b.at && b.at <= lastInTime);
  if (beforePublication) {
    // after[k]: up to three release reviews in time of different reviewers among inTime[k..].
    const after: ReviewModel[][] = new Array(inTime.length + 1);
    after[inTime.length] = [];
    for (let k = inTime.length - 1; k >= 0; k--) after[k] = distinctReviewers([inTime[k] as ReviewModel, ...(after[k + 1] as ReviewModel[])]);
    let before: ReviewModel[] = [];
    let i = 0;
    let k = 0;
    for (const b of verify) {
      while (i < initial.length && (initial[i] as ReviewModel).at <= b.at) before = distinctReviewers([...before, initial[i++] as ReviewModel]);
      while (k < inTime.length && (inTime[k] as ReviewModel).at < b.at) k++;
      for (const a of before) {
        for (const c of after[k] as ReviewModel[]) {
          if (new Set([a.by, b.by, c.by]).size >= minDistinct) return { ok: true, chain: [a, b, c] };
        }
      }
    }
  }
  if (!ordered) return { ok: false, problem: 'the approved reviews are not in the order initial → verify → release' };
  if (!beforePublication) return { ok: false, problem: 'the release review is after publication' };
  return { ok: false, problem: `fewer than ${minDistinct} different reviewers` };
}

/** The first three reviews of different reviewers, in order. */
function distinctReviewers(list: readonly ReviewModel[]): ReviewModel[] {
  const out: ReviewModel[] = [];
  for (const r of list) {
    if (out.length === 3) break;
    if (!out.some((o) => o.by === r.by)) out.push(r);
  }
  return out;
}

/**
 * Whether at least one approved review happened at or before publication.
 *
 * @example
 * reviewedBeforePublication([{ stage: 'release', by: 'x', at: 5, approved: true }], 5); // true
 */
export function reviewedBeforePublication(reviews: readonly ReviewModel[], publishedMs: number): boolean {
  return reviews.some((r) => r.approved && r.at <= publishedMs);
}

/** Where an act with a deadline stands at the checkpoint (the one verdict of `rules/assess.ts`). */
export type Timeliness = AssessTimeliness;

/**
 * An act due by `deadlineMs`: done at or before it → on-time; done after → late; not done and the
 * deadline passed by `at` → overdue; not done and not yet due → pending. An act recorded after
 * the checkpoint is judged as not done at the checkpoint. The same function as `assess` and
 * `obligations` use: `timelinessAt` of `rules/assess.ts`.
 *
 * @example
 * answeredWithin(undefined, 100, 101); // 'overdue'
 * answeredWithin(100, 100, 500);       // 'on-time'
 */
export const answeredWithin: (doneMs: number | undefined, deadlineMs: number, at: number) => Timeliness = timelinessAt;

/**
 * The decimal a ratio was written as, as an exact fraction `[numerator, denominator]`: the
 * shortest text that reads back as the same number (`0.07` → 7/100, `1e-7` → 1/10000000).
 */
function decimalFraction(x: number): readonly [bigint, bigint] {
  const [mantissa = '0', exponent] = String(x).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  const shift = fraction.length - (exponent === undefined ? 0 : Number(exponent));
  const digits = BigInt(whole + fraction);
  return shift >= 0 ? [digits, 10n ** BigInt(shift)] : [digits * 10n ** BigInt(-shift), 1n];
}

/**
 * Whether `part / whole` reaches `ratio`, with `ratio` read as the decimal it was written as
 * (exact integer arithmetic: 7 of 100 reaches 0.07, 0 of 200 never reaches 1e-7). `part` and
 * `whole` are counts.
 *
 * @example
 * ratioAtLeast(5, 100, 0.05); // true
 * ratioAtLeast(4, 100, 0.05); // false
 */
export function ratioAtLeast(part: number, whole: number, ratio: number): boolean {
  if (whole === 0) return false;
  const [num, den] = decimalFraction(ratio);
  return BigInt(part) * den >= num * BigInt(whole);
}

/**
 * A ratio as a percentage for messages, without binary noise (`0.07` → `'7'`, not `'7.000000000000001'`).
 *
 * @example
 * percentText(0.07); // '7'
 * percentText(0.005); // '0.5'
 */
export function percentText(ratio: number): string {
  return String(Number((ratio * 100).toPrecision(12)));
}
