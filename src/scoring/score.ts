/**
 * The score of one site under a scorecard (the project spec on the national 2019 indicators §1.1, M1–M9): a veto fails the
 * site and nothing else is scored; otherwise each indicator's deductions (occurrences × points,
 * capped at the indicator's max) come off the deduction part, which is rescaled for a department
 * without external services; below the fail mark fails; above the bonus mark a portal adds its
 * bonus (capped). A number the scorecard lacks makes the score incomplete: `missing` lists the
 * indicators and the figures built on them are `null`, never a guess.
 */
import * as z from 'zod/mini';
import { lazy, lazyShape } from '../lazy-shape.js';
import type { Finding } from '../checks/report.js';
import type { Indicator, Scorecard } from './scorecard.js';

/** Why an indicator could not be scored. */
export const MISSING_REASONS = ['unmeasured', 'needs-input', 'points', 'max', 'group-max'] as const;

const scoredIndicatorSchema = lazy(() => z.object({
  id: z.string(),
  group: z.string(),
  /** `null`: not scored (missing, or excluded for a department without external services). */
  points: z.nullable(z.number()),
  occurrences: z.record(z.string(), z.number()),
  state: z.enum(['scored', 'missing', 'excluded', 'not-reached']),
  reason: z.optional(z.enum(MISSING_REASONS)),
}));

/**
 * The zod schema of `report.score`.
 *
 * @example
 * scoreSchema.safeParse({ scorecard: 'x', deduction: null, bonus: null, total: null, grade: 'fail', complete: true, missing: [], vetoes: ['a'], groups: [], indicators: [] }).success; // true
 */
export const scoreSchema = z.object(lazyShape({
  scorecard: () => z.string(),
  /** The deduction part's score (0..deductionTotal, after the rescale); null when incomplete or vetoed. */
  deduction: () => z.nullable(z.number()),
  /** The bonus (0 when not reached); null when it is needed and incomplete, or vetoed. */
  bonus: () => z.nullable(z.number()),
  total: () => z.nullable(z.number()),
  /** `null`: cannot be decided (the deduction part is incomplete). */
  grade: () => z.nullable(z.enum(['pass', 'fail'])),
  complete: () => z.boolean(),
  /** The ids of the indicators whose numbers or measurements are missing. */
  missing: () => z.array(z.string()),
  /** The failing veto rules (any one fails the site; nothing else is scored). */
  vetoes: () => z.array(z.string()),
  /** Per group: points deducted and the group's max (null when unknown or incomplete). */
  groups: () => z.array(z.object({ id: z.string(), name: z.object({ zh: z.string(), en: z.string() }), max: z.nullable(z.number()), deducted: z.nullable(z.number()), excluded: z.boolean() })),
  indicators: () => z.array(scoredIndicatorSchema()),
}));
/** A site's score. */
export type Score = z.infer<typeof scoreSchema>;
type Scored = z.infer<ReturnType<typeof scoredIndicatorSchema>>;

/** What {@link computeScore} reads. */
export interface ScoreInput {
  readonly site: { readonly kind: 'portal' | 'department' | 'special'; readonly externalServices?: boolean | undefined };
  /** The ids of the veto rules that failed. */
  readonly vetoes: readonly string[];
  readonly findings: readonly Finding[];
  /** Points determined by hand, by indicator id, for indicators no check measures. */
  readonly manualScores?: Readonly<Record<string, number>> | undefined;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** The occurrences a finding reports: `evidence.occurrences`, else one `fail` when it fails. */
function occurrencesOf(f: Finding): Record<string, number> {
  const o = f.evidence['occurrences'];
  if (o !== null && typeof o === 'object' && !Array.isArray(o)) {
    const out: Record<string, number> = {};
    for (const [k, v] of Object.entries(o)) if (typeof v === 'number' && v > 0) out[k] = v;
    return out;
  }
  return f.status === 'fail' ? { fail: 1 } : {};
}

function scoreIndicator(ind: Indicator, input: ScoreInput, byRule: ReadonlyMap<string, Finding>): Scored {
  const base = { id: ind.id, group: ind.group };
  let raw: number;
  let occurrences: Record<string, number> = {};
  if (ind.measure !== undefined) {
    const f = byRule.get(ind.measure.rule);
    if (f === undefined || f.status === 'needs-input') return { ...base, points: null, occurrences, state: 'missing', reason: f === undefined ? 'unmeasured' : 'needs-input' };
    occurrences = occurrencesOf(f);
    raw = 0;
    for (const [kind, n] of Object.entries(occurrences)) {
      const p = typeof ind.points === 'number' ? ind.points : ind.points !== undefined && Object.prototype.hasOwnProperty.call(ind.points, kind) ? ind.points[kind] : undefined;
      if (p === undefined) return { ...base, points: null, occurrences, state: 'missing', reason: 'points' };
      raw += n * p;
    }
  } else {
    const manual = input.manualScores !== undefined && Object.prototype.hasOwnProperty.call(input.manualScores, ind.id) ? input.manualScores[ind.id] : undefined;
    if (manual === undefined) return { ...base, points: null, occurrences, state: 'missing', reason: 'unmeasured' };
    raw = manual;
  }
  if (raw > 0 && ind.max === undefined) {
    // A deduction without its cap could be larger than the indicator allows (M8): not a number to build on.
    return { ...base, points: null, occurrences, state: 'missing', reason: 'max' };
  }
  return { ...base, points: round2(Math.min(raw, ind.max ?? raw)), occurrences, state: 'scored' };
}

/**
 * The score of one site: see the module comment and docs/scorecards.md.
 *
 * @example
 * const sc = resolveScorecard({ id: 'mine', extends: 'gov-2019', indicators: {} });
 * computeScore({ site: { kind: 'department' }, vetoes: ['census/homepage-stale'], findings: [] }, sc).grade; // 'fail'
 * computeScore({ site: { kind: 'department' }, vetoes: [], findings: [] }, sc).complete; // false
 */
export function computeScore(input: ScoreInput, scorecard: Scorecard): Score {
  const groupsOut = (excluded: ReadonlySet<string>, scored: readonly Scored[] | undefined) =>
    scorecard.groups.map((g) => {
      const mine = scored?.filter((s) => s.group === g.id);
      const deducted = mine === undefined || mine.some((s) => s.state === 'missing') ? null : round2(mine.reduce((a, s) => a + (s.points ?? 0), 0));
      return { id: g.id, name: { zh: g.name.zh, en: g.name.en }, max: g.max ?? null, deducted: excluded.has(g.id) ? 0 : deducted, excluded: excluded.has(g.id) };
    });
  if (input.vetoes.length > 0) {
    return {
      scorecard: scorecard.id, deduction: null, bonus: null, total: null, grade: 'fail', complete: true, missing: [], vetoes: [...input.vetoes],
      groups: groupsOut(new Set(), undefined), indicators: [],
    };
  }
  const byRule = new Map<string, Finding>();
  for (const f of input.findings) if (!byRule.has(f.rule)) byRule.set(f.rule, f);
  const excluded = new Set(input.site.externalServices === false ? scorecard.withoutExternalServices?.exclude ?? [] : []);
  const missing: string[] = [];
  const scored: Scored[] = [];
  let deducted = 0;
  for (const ind of scorecard.indicators) {
    if (excluded.has(ind.group)) {
      scored.push({ id: ind.id, group: ind.group, points: null, occurrences: {}, state: 'excluded' });
      continue;
    }
    const s = scoreIndicator(ind, input, byRule);
    scored.push(s);
    if (s.state === 'missing') missing.push(ind.id);
    else deducted += s.points ?? 0;
  }
  // The rescale (M9): the groups left out take their maxima out of the total, and the rest is scaled back up.
  let available = scorecard.deductionTotal;
  for (const g of scorecard.groups) {
    if (!excluded.has(g.id)) continue;
    if (g.max === undefined) missing.push(g.id);
    else available -= g.max;
  }
  const deductionKnown = missing.length === 0 && available > 0;
  const d = deductionKnown ? Math.max(0, available - deducted) * (scorecard.deductionTotal / available) : null;
  let bonus: number | null = null;
  let grade: 'pass' | 'fail' | null = null;
  if (d !== null) {
    grade = d < scorecard.thresholds.failBelow ? 'fail' : 'pass';
    const b = scorecard.bonus;
    if (b !== undefined && d > scorecard.thresholds.bonusAbove && b.siteKinds.includes(input.site.kind)) {
      let sum = 0;
      for (const ind of scorecard.bonusIndicators) {
        const s = scoreIndicator(ind, input, byRule);
        scored.push(s);
        if (s.state === 'missing') missing.push(ind.id);
        else sum += s.points ?? 0;
      }
      bonus = missing.length === 0 ? round2(Math.min(b.max, sum)) : null;
    } else {
      bonus = 0;
      for (const ind of scorecard.bonusIndicators) scored.push({ id: ind.id, group: ind.group, points: null, occurrences: {}, state: 'not-reached' });
    }
  }
  const deduction = d === null ? null : round2(d);
  return {
    scorecard: scorecard.id,
    deduction,
    bonus,
    total: deduction === null || bonus === null ? null : round2(deduction + bonus),
    grade,
    complete: missing.length === 0,
    missing,
    vetoes: [],
    groups: groupsOut(excluded, scored),
    indicators: scored,
  };
}
