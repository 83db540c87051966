/**
 * Text helpers for what the CLI prints: user strings made safe for a terminal line, clipped
 * arguments, and "did you mean" hints.
 */

/**
 * A user string made visible and harmless on one terminal line: C0 and C1 control characters,
 * DEL, the line and paragraph separators and the bidi controls become `\uXXXX` escapes (so an id
 * with an escape sequence cannot recolour or rewrite the terminal), backslashes stay as they are.
 *
 * @example
 * escapeControls('a\u0000b\u001b[31m'); // 'a\\u0000b\\u001b[31m'
 */
export function escapeControls(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * At most `max` characters of `text` (by code point), with `...` when cut.
 *
 * @example
 * clip('x'.repeat(100), 80).length; // 80
 */
export function clip(text: string, max = 80): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 3).join('')}...`;
}

/** Levenshtein distance, bounded by the lengths; small inputs only (argument names, rule ids). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] as number;
}

/**
 * The closest candidate to a misspelt word, when it is close enough to be a likely typo (edit
 * distance at most a third of the word, and at least 1, at most 4); `undefined` otherwise.
 *
 * @example
 * closest('deyang-2018/art24-policy-documnet', ['deyang-2018/art24-policy-document', 'census/site-unreachable']); // 'deyang-2018/art24-policy-document'
 * closest('zzz', ['json', 'jsonl']); // undefined
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > 200) return undefined;
  const limit = Math.min(4, Math.max(1, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(word, c);
    if (d < bestD && d <= limit) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

/**
 * ` — did you mean "X"?` for a misspelt word, or an empty string.
 *
 * @example
 * didYouMean('--provisonal', ['--provisional', '--json']); // ' — did you mean --provisional?'
 */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const c = closest(word, candidates);
  return c === undefined ? '' : ` — did you mean ${c}?`;
}
