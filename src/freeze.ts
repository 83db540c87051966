/**
 * The one deep freeze of the library, for the data it hands out frozen (profiles, check
 * parameters and their defaults, scorecards, the plain snapshot view of custom rules). A module
 * of its own, importing nothing, so that data-only modules (the catalog's, the scorecard's
 * indicator table) can use it without pulling in the checks.
 */

/**
 * Freezes `value` and everything reachable from it through own enumerable properties; returns
 * `value`. An object already frozen is not walked again (so shared or cyclic data costs one
 * walk): freeze from the leaves up, or hand it data no one froze half-way.
 *
 * @example
 * const p = deepFreeze({ rules: { a: { n: 1 } }, list: [[1]] });
 * [Object.isFrozen(p.rules.a), Object.isFrozen(p.list[0])]; // [true, true]
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}
