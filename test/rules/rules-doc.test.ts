import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderRulesMarkdown } from '../../src/cli/rules-doc.js';
import { catalog } from '../../src/index.js';

describe('docs/rules.md', () => {
  const committed = readFileSync('docs/rules.md', 'utf8');

  it('is what the catalog generates (run `npm run docs:rules` when this fails)', () => {
    expect(renderRulesMarkdown(catalog)).toBe(committed);
  });

  it('is what the built CLI prints with rules --markdown', () => {
    const r = spawnSync(process.execPath, ['dist/cli.js', 'rules', '--markdown'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(committed);
  });

  it('mentions every rule id, its article and requirement', () => {
    for (const e of catalog) {
      expect(committed).toContain(`### \`${e.id}\``);
      expect(committed).toContain(e.requirement);
      expect(committed).toContain(e.articleEn);
    }
  });

  it('would notice a changed period', () => {
    const changed = catalog.map((e) => (e.id === 'deyang-2018/art24-policy-document' ? { ...e, parameters: { ...e.parameters, amount: 5 } } : e)) as typeof catalog;
    expect(renderRulesMarkdown(changed)).not.toBe(committed);
  });
});
