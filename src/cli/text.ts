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

/** Edit distance with adjacent transpositions (optimal string alignment); short strings only. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      let v = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, ((d[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = v;
    }
  }
  return (d[a.length] as number[])[b.length] as number;
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
