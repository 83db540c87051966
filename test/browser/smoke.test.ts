/**
 * Browser smoke test (issue 5): the built ESM bundle, with luxon, zod and chinese-workday bundled
 * in by esbuild for the browser, loaded as a module script in a real headless Chromium (Debian's
 * `/usr/bin/chromium`, driven by playwright-core; `.ci/run` installs it) from a local HTTP server
 * on 127.0.0.1, answers in the page.
 *
 * Without `/usr/bin/chromium` the test fails under CI (`CI` set) and is skipped locally, saying so.
 * The `deadline` and `checkSite` assertions run only once the package exports them; the test
 * prints which assertions ran.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSite } from '../../src/index.js';
import { FIRST_UNCOVERED_YEAR, uncoveredDate } from '../coverage-year.js';

const ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
// GSR_CHROMIUM overrides the path (only to test this file's skip logic).
const CHROMIUM = process.env.GSR_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const haveChromium = existsSync(CHROMIUM);
const inCI = !!process.env.CI;

if (!haveChromium && !inCI) {
  console.warn(`browser smoke test SKIPPED: ${CHROMIUM} is missing (install it: apt-get install -y --no-install-recommends chromium; CI installs it in .ci/run)`);
}

/** What the page computes; every value is plain JSON. */
interface PageAnswers {
  ran: string[];
  addWorkdays: unknown;
  coverage: { name: unknown; code: unknown; year: unknown; isCoverageError: unknown; isRulesError: unknown };
  deadline?: { dueDate: unknown };
  checkSite?: { verdict: unknown; site: unknown; findings: unknown; summaryKeys: unknown; report: string; snapshot: unknown };
  errors: string[];
}

// Runs in the page (a string, so nothing from the test's own transform leaks into it).
const PAGE_SCRIPT = `
import * as mod from './gsr.js';
const answers = { ran: [], errors: [] };
try {
  answers.addWorkdays = mod.addWorkdays('2026-09-30', 3);
  answers.ran.push('addWorkdays');
  try {
    mod.addWorkdays('${uncoveredDate()}', 1);
    answers.coverage = { name: 'no error' };
  } catch (e) {
    answers.coverage = {
      name: e && e.name,
      code: e && e.code,
      year: e && e.year,
      isCoverageError: e instanceof mod.CalendarCoverageError,
      isRulesError: e instanceof mod.RulesError,
    };
  }
  answers.ran.push('CalendarCoverageError');
  if (typeof mod.deadline === 'function') {
    const d = mod.deadline('deyang-2018/art24-policy-document', { from: '2026-09-30' });
    answers.deadline = { dueDate: d && d.dueDate };
    answers.ran.push('deadline');
  }
  if (typeof mod.checkSite === 'function') {
    const snapshot = {
      schemaVersion: 1,
      site: { id: 'smoke', name: '冒烟测试网站', kind: 'department', level: 'city', department: '市测试局' },
      columns: [{ id: 'c-news', name: '工作动态', category: 'news', level: 1, items: [{ id: 'n1', publishedAt: '2026-11-20T09:00:00+08:00' }] }],
      links: [{ url: 'https://www.gov.cn/', kind: 'government' }],
    };
    const r = mod.checkSite(snapshot, { at: '2026-11-25T12:00:00+08:00' });
    answers.checkSite = {
      verdict: r && r.verdict,
      site: r && r.site,
      findings: Array.isArray(r && r.findings) ? r.findings.length : r && r.findings,
      summaryKeys: r && r.summary ? Object.keys(r.summary).sort() : null,
      report: JSON.stringify(r),
      snapshot,
    };
    answers.ran.push('checkSite');
  }
} catch (e) {
  answers.errors.push(String(e && e.stack || e));
}
globalThis.__answers = answers;
`;

describe.skipIf(!haveChromium && !inCI)('browser smoke test (headless Chromium)', () => {
  let server: Server | undefined;
  let browser: Browser | undefined;
  let origin = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!haveChromium) throw new Error(`${CHROMIUM} is missing: CI must install it (.ci/run: apt-get install -y --no-install-recommends chromium)`);
    const entry = path.join(ROOT, 'dist/index.js');
    if (!existsSync(entry)) throw new Error('dist/index.js is missing: run npm run build');
    const bundle = await build({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      // Not minified: the errors take their `name` from `new.target.name`, which minifiers mangle.
      minify: false,
      write: false,
      logLevel: 'error',
      absWorkingDir: ROOT,
    });
    const js = bundle.outputFiles[0]?.text ?? '';
    // Node built-ins must not have crept into the browser bundle.
    expect(js).not.toMatch(/from\s*["']node:/);
    const html = `<!doctype html><meta charset="utf-8"><title>gov-site-rules smoke</title><link rel="icon" href="data:,"><script type="module" src="/page.js"></script>`;
    server = createServer((req, res) => {
      const url = req.url ?? '/';
      const send = (type: string, body: string) => {
        res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
        res.end(body);
      };
      if (url === '/') send('text/html', html);
      else if (url === '/gsr.js') send('text/javascript', js);
      else if (url === '/page.js') send('text/javascript', PAGE_SCRIPT);
      else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  it('loads the ESM bundle and computes a deadline and a site check in the page', async () => {
    const page = await (browser as Browser).newPage();
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
    await page.goto(`${origin}/`);
    await page.waitForFunction('globalThis.__answers !== undefined', undefined, { timeout: 30_000 });
    const answers = (await page.evaluate('globalThis.__answers')) as PageAnswers;
    const userAgent = (await page.evaluate('navigator.userAgent')) as string;
    await page.close();

    console.log(`browser smoke test in ${userAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? userAgent}: ran ${answers.ran.join(', ')}`);

    expect(answers.errors, answers.errors.join('\n')).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(answers.addWorkdays).toBe('2026-10-10');
    expect(answers.coverage).toEqual({ name: 'CalendarCoverageError', code: 'CALENDAR_COVERAGE', year: FIRST_UNCOVERED_YEAR, isCoverageError: true, isRulesError: true });
    expect(answers.ran).toEqual(['addWorkdays', 'CalendarCoverageError', 'deadline', 'checkSite']);
    expect(answers.deadline?.dueDate).toBe('2026-10-10');
    const site = answers.checkSite as NonNullable<PageAnswers['checkSite']>;
    expect(site.site).toBe('smoke');
    expect(site.summaryKeys).toEqual(['fail', 'needs-input', 'not-applicable', 'pass']);
    const report = JSON.parse(site.report) as { findings: { rule: string; status: string }[] };
    // Only a government link: Art. 28 passes. One column with content: fewer than 5 blank columns.
    expect(report.findings.find((f) => f.rule === 'deyang-2018/art28-links')?.status).toBe('pass');
    expect(report.findings.find((f) => f.rule === 'gov-2019/veto-columns-stale.c')?.status).toBe('pass');
    // The page computes exactly what Node computes.
    expect(site.report).toBe(JSON.stringify(checkSite(site.snapshot as never, { at: '2026-11-25T12:00:00+08:00' })));
  });
});
