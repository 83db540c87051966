/**
 * How the catalog's check entries are made: their parameters come from the site check's params
 * schema (src/checks/params.ts) when a built-in check runs them. Shared by the check parts of the
 * catalog (catalog-deyang-checks.ts, catalog-national-checks.ts, catalog-gov2019-checks.ts).
 */
import { CHECK_PARAMS, describeParams } from '../checks/params.js';
import type { CatalogEntry } from './catalog-schema.js';
import { type Derived, freezeEntry } from './catalog-deadlines.js';
import type { DocumentKey } from './documents.js';

type CheckDef = Extract<CatalogEntry, { kind: 'check' }>;
/** A check entry's parameters come from its site check's params schema, when a built-in check runs it. */
type CheckInput = Omit<CheckDef, Derived | 'parameters'> & { parameters?: CheckDef['parameters'] };

/**
 * A check entry of the catalog, frozen, with its `checkParameters` (and the defaults among them as
 * its `parameters`) when a built-in check runs it.
 *
 * @example
 * checkEntry({ id: 'census/homepage-stale', kind: 'check', article: 'a', articleEn: 'a', requirement: 'r', summary: 's' }).parameters.period; // { days: 14 } (the census's 2 weeks)
 */
export function checkEntry<const I extends `${DocumentKey}/${string}`>(e: CheckInput & { id: I }): CheckDef & { readonly id: I } {
  const id = e.id;
  // The one source of a check's parameters: its params schema (src/checks/params.ts).
  const schema = CHECK_PARAMS[id];
  const checkParameters = schema === undefined ? undefined : describeParams(schema);
  let given: Record<string, unknown> = e.parameters ?? {};
  if (checkParameters !== undefined) {
    if (e.parameters !== undefined) throw new Error(`internal: ${id}'s parameters come from its params schema`);
    given = Object.fromEntries(Object.entries(checkParameters).filter(([, v]) => 'default' in v).map(([k, v]) => [k, v.default]));
  }
  return freezeEntry(e, given, checkParameters) as CheckDef & { readonly id: I };
}
