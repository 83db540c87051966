/**
 * Issue 14, lazyschemas: a shipped profile's `rules` (every rule's parameters, parsed from `{}`
 * by the rule's params schema) are resolved on the first read, not at import. The value must be
 * what the eager profile held: the same object on every read, frozen, an enumerable own property
 * (spread, JSON, structuredClone), and exactly each params schema's defaults — so a broken
 * shipped parameter default is still refused here, when this test reads every profile.
 */
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../src/checks/registry.js';
import { PROFILES, type Profile } from '../../src/index.js';

const shipped: [string, Profile][] = Object.entries(PROFILES).flatMap(([id, p]) => [
  [id, p] as [string, Profile],
  ...(p.versions ?? []).map((v, i) => [`${id}.versions[${i}]`, v] as [string, Profile]),
]);

describe('shipped profiles: rules resolved on first read', () => {
  it.each(shipped)('%s: the same frozen object on the first and the second read', (_, p) => {
    const first = p.rules;
    expect(p.rules).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    for (const params of Object.values(first)) expect(Object.isFrozen(params)).toBe(true);
  });

  it.each(shipped)('%s: each rule holds its params schema\'s defaults (parsed from {})', (_, p) => {
    for (const [id, params] of Object.entries(p.rules)) {
      const def = builtinRules.find((d) => d.id === id);
      expect(def, id).toBeDefined();
      expect(params, id).toEqual(z.parse(def!.params, {}));
    }
  });

  it.each(shipped)('%s: rules is an enumerable own property, kept by spread, JSON and structuredClone', (_, p) => {
    expect(Object.keys(p)).toContain('rules');
    expect({ ...p }.rules).toBe(p.rules);
    expect(JSON.parse(JSON.stringify(p)).rules).toEqual(p.rules);
    expect(structuredClone({ ...p, definitions: undefined, versions: undefined }).rules).toEqual(p.rules);
  });

  it('the profile itself stays frozen: rules cannot be replaced', () => {
    const p = PROFILES['deyang-2018']!;
    expect(Object.isFrozen(p)).toBe(true);
    expect(() => {
      (p as { rules: unknown }).rules = {};
    }).toThrow(TypeError);
    expect(Object.keys(p.rules).length).toBe(29);
  });
});
