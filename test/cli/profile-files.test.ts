/**
 * `check --profile FILE.json` (issue 13): a profile file is read, validated like any input and
 * derived from the shipped profile it extends; its `ruleModules` are imported relative to the
 * file. A bad file is exit 2 naming the file, the JSON path and the value. Shipped ids still work.
 */
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { ROOT } from '../install-example.js';
import { tempFiles } from '../temp-files.js';

const { dir, write } = tempFiles('gsr-profiles-');

const AT = '2026-11-25T12:00:00+08:00';
// Two blank columns: census/blank-columns (at this checkpoint gov-2019/veto-columns-stale.c) passes at the default threshold (5), fails at 2.
const snapshot = write('snapshot.json', {
  schemaVersion: 1,
  site: { id: 'city-site', name: '某市网站', kind: 'portal', level: 'city' },
  columns: [
    { id: 'a', name: 'A', category: 'other', items: [] },
    { id: 'b', name: 'B', category: 'other', items: [] },
  ],
  extensions: { city: { ok: true } },
});
const lib = pathToFileURL(path.join(ROOT, 'dist/index.js')).href;
const zod = pathToFileURL(path.join(ROOT, 'node_modules/zod/index.js')).href;
write(
  'rules/ok.mjs',
  `import { defineRule, finding } from '${lib}';\nimport { z } from '${zod}';\n` +
    `export const ok = defineRule({ id: 'city/ok', title: { zh: '示例', en: 'Sample' }, params: z.object({}).strict(),\n` +
    `  run: (ctx, _p, id) => finding(id, ctx.extensions.city?.ok === true ? 'pass' : 'fail', { zh: '示例', en: 'sample' }) });\n`,
);
write('rules/none.mjs', 'export const answer = 42;\n');
write('rules/broken.mjs', 'export const = ;\n');

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, stdin: new PassThrough(), env: {} });
  return { code, stdout, stderr };
}
const check = (profile: string, ...more: string[]) => run(['check', snapshot, '--at', AT, '--profile', profile, ...more]);
const findingOf = (stdout: string, rule: string) => (JSON.parse(stdout).findings as { rule: string; status: string }[]).find((f) => f.rule === rule);

describe('check --profile FILE.json', () => {
  it('changes numbers and drops rules; the report carries the file\'s id', async () => {
    const file = write('city.json', { extends: 'census', id: 'my-city', rules: { 'census/blank-columns': { threshold: 2 }, 'census/services-unusable': false } });
    const r = await check(file, '--json');
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.profile).toBe('my-city');
    expect(findingOf(r.stdout, 'gov-2019/veto-columns-stale.c')?.status).toBe('fail');
    expect(findingOf(r.stdout, 'gov-2019/veto-service-impractical.b')).toBeUndefined();
    // The same snapshot against the shipped profile: 2 blank columns are fewer than 5.
    const shipped = await check('census', '--json');
    expect(findingOf(shipped.stdout, 'gov-2019/veto-columns-stale.c')?.status).toBe('pass');
  });

  it('runs the custom rules of its ruleModules, resolved relative to the file', async () => {
    const file = write('nested/city.json', { extends: 'census', id: 'my-city', rules: { 'city/ok': true }, ruleModules: ['../rules/ok.mjs'] });
    const r = await check(file, '--json');
    expect(r.stderr).toBe('');
    expect(findingOf(r.stdout, 'city/ok')?.status).toBe('pass');
  });

  it.each([
    ['bad-param.json', { extends: 'census', id: 'x', rules: { 'census/blank-columns': { threshold: 0 } } }, ['rules["census/blank-columns"].threshold', ': 0']],
    ['bad-extends.json', { extends: 'shanghai', id: 'x' }, ['extends', 'shanghai']],
    ['bad-key.json', { extends: 'census', id: 'x', rule: {} }, ['rule']],
    ['unknown-rule.json', { extends: 'census', id: 'x', rules: { 'city/nope': true } }, ['rules', 'city/nope', 'not a known rule id']],
    ['no-module.json', { extends: 'census', id: 'x', ruleModules: ['./missing.mjs'] }, ['ruleModules[0]', './missing.mjs', 'cannot be read']],
    ['empty-module.json', { extends: 'census', id: 'x', ruleModules: ['./rules/none.mjs'] }, ['ruleModules[0]', 'exports no rule definition']],
    ['broken-module.json', { extends: 'census', id: 'x', ruleModules: ['./rules/broken.mjs'] }, ['ruleModules[0]', 'could not be loaded']],
    ['polluted.json', '{"extends":"census","id":"x","rules":{"__proto__":{}}}', ['rules.__proto__']],
    ['not-json.json', '{"extends":', ['not valid JSON']],
    ['missing.json', undefined, ['cannot be read']],
  ])('%s: exit 2 naming the file, the JSON path and the value', async (name, content, named) => {
    const file = content === undefined ? path.join(dir, name) : write(name, content);
    const r = await check(file);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`--profile ${file}`);
    for (const n of named) expect(r.stderr).toContain(n);
  });

  it('shipped ids still work, and an unknown id is refused as before', async () => {
    expect((await check('census')).code).toBe(0);
    const r = await check('nope');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not a known profile');
  });
});
