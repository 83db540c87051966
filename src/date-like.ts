/**
 * Recognising a caller's Date or Luxon DateTime without trusting it. `instanceof Date` is true for
 * `Object.create(Date.prototype)` and a Proxy of a Date, whose methods then throw a TypeError;
 * `DateTime.isDateTime` reads a flag anyone can set. Here a Date is recognised by its internal
 * time slot (read with `Date.prototype.getTime.call`, which runs none of the caller's code), and a
 * DateTime by its flag plus guarded reads of `isValid` and `toMillis()`: whatever the caller's
 * object does (getters or Proxy traps that throw, a revoked Proxy), these functions never throw.
 */

/**
 * The time value of a genuine `Date` (NaN for an invalid one), or `undefined` for anything else:
 * a look-alike (`Object.create(Date.prototype)`, a Proxy of a Date, an object tagged `Date`) is
 * not a Date. Never throws.
 *
 * @example
 * dateTimeValue(new Date(0)); // 0
 * dateTimeValue(Object.create(Date.prototype)); // undefined
 * dateTimeValue(new Proxy(new Date(0), {})); // undefined
 */
export function dateTimeValue(value: unknown): number | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  try {
    if (Object.prototype.toString.call(value) !== '[object Date]') return undefined;
    return Date.prototype.getTime.call(value);
  } catch {
    return undefined;
  }
}

/**
 * Whether `value` says it is a Luxon DateTime (`isLuxonDateTime === true`, as Luxon's own
 * `DateTime.isDateTime` reads it, but strictly `true`). A getter or trap that throws means no.
 * Never throws.
 *
 * @example
 * import { DateTime } from 'luxon';
 * claimsLuxon(DateTime.now()); // true
 * claimsLuxon({ toMillis: () => 0 }); // false
 */
export function claimsLuxon(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  try {
    return (value as { isLuxonDateTime?: unknown }).isLuxonDateTime === true;
  } catch {
    return false;
  }
}

/** What {@link readLuxon} found. */
export type LuxonReading =
  | { readonly ok: true; readonly ms: number }
  | { readonly ok: false; readonly reason: string };

/**
 * The instant of a Luxon DateTime, in whole epoch milliseconds: a fractional millisecond (Luxon
 * keeps `DateTime.fromMillis(0.5)` as is) is truncated toward the earlier millisecond, as digits
 * beyond the millisecond in an ISO string are. An invalid DateTime, or an object whose `isValid`
 * or `toMillis()` is missing, throws, or gives anything but `true` and a finite number, is a
 * reading with a `reason`. Call it only when {@link claimsLuxon} is true. Never throws.
 *
 * @example
 * import { DateTime } from 'luxon';
 * readLuxon(DateTime.fromMillis(1000.7)); // { ok: true, ms: 1000 }
 * readLuxon({ isLuxonDateTime: true }).ok; // false
 */
export function readLuxon(value: unknown): LuxonReading {
  const dt = value as { isValid?: unknown; invalidExplanation?: unknown; invalidReason?: unknown; toMillis?: unknown };
  try {
    const valid = dt.isValid;
    if (valid !== true) {
      if (valid !== false) return { ok: false, reason: 'is an invalid Luxon DateTime (its isValid is not a boolean: not a DateTime, or one that lost its prototype)' };
      const why = [dt.invalidExplanation, dt.invalidReason].find((x) => typeof x === 'string') as string | undefined;
      return { ok: false, reason: `is an invalid Luxon DateTime (${why === undefined ? 'invalid' : why.slice(0, 200)})` };
    }
    if (typeof dt.toMillis !== 'function') return { ok: false, reason: 'is an invalid Luxon DateTime (it has no toMillis method)' };
    const ms: unknown = (dt.toMillis as () => unknown).call(value);
    if (typeof ms !== 'number' || !Number.isFinite(ms)) return { ok: false, reason: 'is an invalid Luxon DateTime (its toMillis() did not give a finite number)' };
    return { ok: true, ms: Math.floor(ms) };
  } catch {
    return { ok: false, reason: 'is an invalid Luxon DateTime (reading it threw)' };
  }
}
