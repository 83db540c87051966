/**
 * `--profile` on the command line: a shipped profile id, or a profile file (`*.json`, format in
 * docs/checks.md) read here, validated by the core's `profileFromJson`, with the custom rules of
 * its `ruleModules` imported relative to the file. Every refusal is an InvalidInputError whose
 * field is `--profile <file>` then the JSON path (`--profile my-city.json: rules["x"].threshold`).
 * The commands only wire the flag; everything else is here.
 */
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROFILES, type Profile, profileFileSchema, profileFromJson } from '../checks/profiles.js';
import { isRuleDefinition, type RuleDefinition } from '../checks/rule.js';
import { InvalidInputError } from '../errors.js';
import { parseInput, rejectForbiddenKeys } from '../validate.js';
import { readJsonFile } from './calendar-files.js';

/** `profile.rules…` from the core becomes `<where>: rules…`. */
function relabel(e: unknown, where: string): unknown {
  if (!(e instanceof InvalidInputError)) return e;
  const rest = e.field.replace(/^profile\.?/, '');
  return new InvalidInputError(rest === '' ? where : `${where}: ${rest}`, e.value, e.reason);
}

/** The rule definitions a loaded module exports: each export that is one, or an array of them. */
function definitionsOf(namespace: Record<string, unknown>): RuleDefinition<any>[] {
  const out: RuleDefinition<any>[] = [];
  for (const value of Object.values(namespace)) {
    if (isRuleDefinition(value)) {
      if (!out.includes(value)) out.push(value);
    } else if (Array.isArray(value)) for (const v of value) if (isRuleDefinition(v) && !out.includes(v)) out.push(v);
  }
  return out;
}

/**
 * The rule definitions of a profile file's `ruleModules`, each path resolved against the file's
 * directory and imported (the modules run: they are the caller's own code).
 */
async function loadRuleModules(modules: readonly string[], file: string, where: string): Promise<RuleDefinition<any>[]> {
  const out: RuleDefinition<any>[] = [];
  for (const [i, spec] of modules.entries()) {
    const field = `${where}: ruleModules[${i}]`;
    const abs = path.resolve(path.dirname(file), spec);
    try {
      accessSync(abs, constants.R_OK);
    } catch (e) {
      throw new InvalidInputError(field, spec, `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}; resolved to ${abs})`);
    }
    let namespace: Record<string, unknown>;
    try {
      namespace = (await import(pathToFileURL(abs).href)) as Record<string, unknown>;
    } catch (e) {
      throw new InvalidInputError(field, spec, `could not be loaded as an ES module (${(e as Error)?.message ?? String(e)})`);
    }
    const defs = definitionsOf(namespace);
    if (defs.length === 0) throw new InvalidInputError(field, spec, 'exports no rule definition (export the result of defineRule(...))');
    for (const d of defs) {
      const before = out.find((o) => o.id === d.id);
      if (before !== undefined && before !== d) throw new InvalidInputError(field, spec, `defines the rule "${d.id}" again (each custom rule id once)`);
      if (before === undefined) out.push(d);
    }
  }
  return out;
}

/**
 * What `--profile` names: a profile id as is (the engine refuses an unknown one), a `*.json`
 * profile file read (at most 1 MiB), validated and derived, with its rule modules loaded.
 *
 * @example
 * await cliProfile('census'); // 'census'
 * (await cliProfile('examples/city-profile/profile.json')).id; // 'sample-city'
 */
export async function cliProfile(value: string | undefined): Promise<string | Profile | undefined> {
  // An id (known or not: the engine refuses an unknown one, as before) unless it names a .json file.
  if (value === undefined || Object.prototype.hasOwnProperty.call(PROFILES, value) || !value.toLowerCase().endsWith('.json')) return value;
  const where = `--profile ${value}`;
  const json = await readJsonFile(value, where);
  try {
    rejectForbiddenKeys(json, 'profile');
    const file = parseInput(profileFileSchema, json, 'profile');
    const definitions = await loadRuleModules(file.ruleModules ?? [], value, where);
    return profileFromJson(json, definitions);
  } catch (e) {
    throw relabel(e, where);
  }
}
