/**
 * The CLI loads a command's module only when that command runs (issue 14: the CLI's cold start).
 * dist/cli.js holds the dispatcher and the list of commands (names and summaries); each command,
 * and the part of the library only it uses, is a chunk in dist/cli/ imported when it runs. So
 * `--version`, `--help` and an unknown command load no library code (no zod, no rule catalog),
 * and a command's own `--help` loads that command alone. Tested on the built CLI in child processes, with an ES module loader
 * hook (Node's `module.register`) that writes every file URL Node loads to a file.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runProcess } from '../process.js';

const ROOT = path.resolve(__dirname, '../..');
const DIR = mkdtempSync(path.join(tmpdir(), 'gsr-cli-start-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

// The hook runs on Node's loader thread: it appends each loaded file URL to $GSR_LOADED.
const HOOKS = `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(process.env.GSR_LOADED, url + '\\n');
  return next(url, context);
}`;
const REGISTER = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOKS)}`)});`;

let runs = 0;
/** Runs dist/cli.js with `args`; the files of dist/ it loaded (relative to dist/), and its result. */
async function loaded(args: readonly string[]) {
  const file = path.join(DIR, `loaded-${runs++}.txt`);
  const r = await runProcess(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(REGISTER)}`, path.join(ROOT, 'dist/cli.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, GSR_LOADED: file },
  });
  const dist = path.join(ROOT, 'dist');
  const files = readFileSync(file, 'utf8').split('\n').filter((u) => u !== '').map((u) => path.relative(dist, fileURLToPath(u)));
  return { ...r, files };
}

/** Whether a built file holds zod (bundled) or the rule catalog's text. */
const library = (f: string) => {
  const text = readFileSync(path.join(ROOT, 'dist', f), 'utf8');
  return text.includes('"$ZodType"') || text.includes('德阳市政府网站管理暂行办法');
};

describe('the CLI loads a command only when it runs', () => {
  it('the hook sees the files a command loads (deadline loads its chunk, zod and the catalog)', async () => {
    const r = await loaded(['deadline', 'deyang-2018/art24-policy-document', '--from', '2026-09-30']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('2026-10-10');
    expect(r.files[0]).toBe('cli.js');
    expect(r.files.some((f) => /^cli[\\/]deadline-\w+\.js$/.test(f))).toBe(true);
    expect(r.files.some(library)).toBe(true);
  });

  for (const args of [['--version'], ['-v'], ['--help'], ['help'], [], ['no-such-command']]) {
    it(`${JSON.stringify(args)} loads no library code (no zod, no catalog)`, async () => {
      const r = await loaded(args);
      expect(r.status, r.stderr).toBe(args.length === 0 || args[0] === 'no-such-command' ? 2 : 0);
      expect(r.files[0]).toBe('cli.js');
      expect(r.files.filter(library)).toEqual([]);
    });
  }

  it('a command\'s --help loads that command\'s module and no other', async () => {
    const r = await loaded(['deadline', '--help']);
    expect(r.stdout).toContain('Usage: gov-site-rules deadline <rule-id>');
    const commandsLoaded = r.files.filter((f) => /^cli[\\/](?!chunk-)[\w-]+-\w+\.js$/.test(f));
    expect(commandsLoaded).toHaveLength(1);
    expect(commandsLoaded[0]).toMatch(/^cli[\\/]deadline-/);
  });
});
