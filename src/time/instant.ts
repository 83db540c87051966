/**
 * The instant grammars, each a named function that returns numbers and throws nothing (the
 * throwing edge is `src/time/input.ts`):
 *
 * - {@link parseOffsetInstant}: an instant WITH an offset, as RFC 3339 writes it (seconds, `Z` or
 *   `±HH:MM`) — the snapshot's grammar, a char-code reader (it runs once per dated item);
 * - {@link parseIsoInstant}: the callers' ISO-8601 date-time, offset optional — without one it is
 *   Beijing wall time; minutes or seconds precision, up to 9 fraction digits, `Z`, `±HH:MM` or
 *   `±HHMM`.
 *
 * Both refuse a date that does not exist (no roll-over), a time of day out of range, an offset
 * beyond ±18:00 and an instant outside the supported years (`range.ts`). Fractions beyond the
 * millisecond are truncated. Part of the one time edge, `src/time/`.
 */
import { daysInMonth, epochDayFromYmd, parseCivilDate } from './civil.js';
import { instantInRange } from './range.js';
import { BEIJING_OFFSET_MS, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from './units.js';

/** The largest offset from UTC an instant may carry, in minutes (±18:00). */
export const MAX_OFFSET_MINUTES = 18 * 60;

function d2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * The instant-with-offset grammar (RFC 3339 date-time: seconds and `Z` or `±HH:MM`, what
 * `z.iso.datetime({ offset: true })` accepts, with a real calendar date, an offset no larger than
 * ±18:00 and a year in 0001–9999): epoch milliseconds, or `NaN` when the text is not one (no
 * offset, no seconds, `2026-02-30`, `24:00`, offset beyond ±18:00 …).
 *
 * @example
 * parseOffsetInstant('2026-10-09T10:00:00+08:00'); // 1791511200000
 * parseOffsetInstant('2026-10-09T10:00:00');       // NaN (no offset)
 */
export function parseOffsetInstant(text: string): number {
  const n = text.length;
  if (n < 20) return NaN;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84) return NaN;
  if (text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return NaN;
  const yh = d2(text, 0), yl = d2(text, 2), mo = d2(text, 5), dd = d2(text, 8);
  const hh = d2(text, 11), mi = d2(text, 14), ss = d2(text, 17);
  if ((yh | yl | mo | dd | hh | mi | ss) < 0) return NaN;
  const year = yh * 100 + yl;
  if (mo < 1 || mo > 12 || dd < 1 || dd > daysInMonth(year, mo) || hh > 23 || mi > 59 || ss > 59) return NaN;
  let i = 19;
  let frac = 0;
  if (text.charCodeAt(i) === 46) {
    i++;
    const start = i;
    let scale = 100;
    while (i < n) {
      const c = text.charCodeAt(i) - 48;
      if (c < 0 || c > 9) break;
      frac += c * scale;
      scale /= 10;
      i++;
    }
    if (i === start) return NaN;
    frac = Math.floor(frac + 1e-9);
  }
  let offsetMs: number;
  const z = text.charCodeAt(i);
  if (z === 90 && i + 1 === n) {
    offsetMs = 0;
  } else if ((z === 43 || z === 45) && i + 6 === n && text.charCodeAt(i + 3) === 58) {
    const oh = d2(text, i + 1), om = d2(text, i + 4);
    if (oh < 0 || om < 0 || om > 59 || oh * 60 + om > MAX_OFFSET_MINUTES) return NaN;
    offsetMs = (z === 45 ? -1 : 1) * (oh * MS_PER_HOUR + om * MS_PER_MINUTE);
  } else {
    return NaN;
  }
  const ms = epochDayFromYmd(year, mo, dd) * MS_PER_DAY + hh * MS_PER_HOUR + mi * MS_PER_MINUTE + ss * 1000 + frac - offsetMs;
  return instantInRange(ms) ? ms : NaN;
}

/** What {@link parseIsoInstant} read: the instant and how its offset was written, or why not. */
export type InstantReading =
  | { readonly ok: true; readonly ms: number; readonly offset: 'Z' | 'written' | 'beijing-wall-time' }
  | { readonly ok: false; readonly problem: 'shape' | 'date' | 'time' | 'offset' | 'range' };

// YYYY-MM-DDTHH:mm[:ss[.fffffffff]][Z|±HH:MM|±HHMM]
const INSTANT_RE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * The callers' ISO-8601 date-time grammar, offset optional: `YYYY-MM-DDTHH:mm[:ss[.fff…]]` then
 * `Z`, `±HH:MM`, `±HHMM` or nothing — without an offset the text is Beijing wall time. The
 * reading names the first problem found (`shape`, `date`, `time`, `offset`, `range`, in that
 * order).
 *
 * @example
 * parseIsoInstant('2026-10-09T10:00+08:00'); // { ok: true, ms: 1791511200000, offset: 'written' }
 * parseIsoInstant('2026-10-09T10:00:00').ok && parseIsoInstant('2026-10-09T10:00:00').ms; // 1791511200000 (Beijing wall time)
 * parseIsoInstant('2026-02-30T10:00'); // { ok: false, problem: 'date' }
 */
export function parseIsoInstant(text: string): InstantReading {
  const m = INSTANT_RE.exec(text);
  if (m === null) return { ok: false, problem: 'shape' };
  const day = parseCivilDate(m[1] as string);
  if (day === undefined) return { ok: false, problem: 'date' };
  const h = Number(m[2]), mi = Number(m[3]), s = m[4] === undefined ? 0 : Number(m[4]);
  if (h > 23 || mi > 59 || s > 59) return { ok: false, problem: 'time' };
  const frac = m[5] === undefined ? 0 : Math.floor(Number(`0.${m[5]}`) * 1000);
  const zone = m[6];
  let offsetMs = BEIJING_OFFSET_MS; // no offset: Beijing wall time (documented)
  if (zone !== undefined && zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2)), om = Number(digits.slice(2));
    if (om > 59 || oh * 60 + om > MAX_OFFSET_MINUTES) return { ok: false, problem: 'offset' };
    offsetMs = sign * (oh * MS_PER_HOUR + om * MS_PER_MINUTE);
  } else if (zone === 'Z') {
    offsetMs = 0;
  }
  const ms = day * MS_PER_DAY + h * MS_PER_HOUR + mi * MS_PER_MINUTE + s * 1000 + frac - offsetMs;
  if (!instantInRange(ms)) return { ok: false, problem: 'range' };
  return { ok: true, ms, offset: zone === undefined ? 'beijing-wall-time' : zone === 'Z' ? 'Z' : 'written' };
}
