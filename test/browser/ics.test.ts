/**
 * The `.ics` export in a browser (issue 7): the built ESM bundle and ical.js, bundled by esbuild,
 * loaded in headless Chromium; the page computes obligations across the boundary of the calendar (its last year and the first uncovered one)
 * (provisional), exports them with toICalendar and imports the text with ical.js.
 * Skipped locally (and failing under CI) without /usr/bin/chromium, like smoke.test.ts.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastCoveredDate, provisionalAddWorkdays } from '../coverage-year.js';

const ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const CHROMIUM = process.env.GSR_CHROMIUM ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
const inCI = !!process.env.CI;

const PAGE_ENTRY = `
import * as gsr from './dist/index.js';
import ICAL from 'ical.js';
const out = { errors: [] };
try {
  const result = gsr.obligations(
    [
      { id: 'doc-1', rule: 'deyang-2018/art24-policy-document', from: '2026-11-20' },
      { id: 'info-1', rule: 'deyang-2018/art24-proactive', from: '${lastCoveredDate('12-10')}' },
    ],
    { now: '2026-12-01T09:00:00+08:00', provisional: true },
  );
  const ics = gsr.toICalendar(result, { calendarName: '德阳 deadlines' });
  const cal = new ICAL.Component(ICAL.parse(ics));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  out.todos = cal.getAllSubcomponents('vtodo').map((t) => ({
    uid: t.getFirstPropertyValue('uid'),
    tzid: t.getFirstProperty('due').getParameter('tzid'),
    due: t.getFirstPropertyValue('due').toUnixTime() * 1000,
    provisional: /Provisional/.test(t.getFirstPropertyValue('description')),
  }));
} catch (e) {
  out.errors.push(String((e && e.stack) || e));
}
globalThis.__ics = out;
`;

describe.skipIf(!haveChromium && !inCI)('.ics export imported in a browser page (headless Chromium)', () => {
  let server: Server | undefined;
  let origin = '';

  beforeAll(async () => {
    if (!haveChromium) throw new Error(`${CHROMIUM} is missing: CI must install it`);
    if (!existsSync(path.join(ROOT, 'dist/index.js'))) throw new Error('dist/index.js is missing: run npm run build');
    const bundle = await build({
      stdin: { contents: PAGE_ENTRY, resolveDir: ROOT, sourcefile: 'page.js', loader: 'js' },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      logLevel: 'error',
      absWorkingDir: ROOT,
    });
    const js = bundle.outputFiles[0]?.text ?? '';
    const html = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="/page.js"></script>`;
    server = createServer((req, res) => {
      const body = req.url === '/' ? html : req.url === '/page.js' ? js : undefined;
      if (body === undefined) {
        res.writeHead(404);
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': `${req.url === '/' ? 'text/html' : 'text/javascript'}; charset=utf-8` });
      res.end(body);
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 120_000);

  afterAll(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  it('ical.js in the page reads the UIDs, the DUE instants in Asia/Shanghai and the provisional flag', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'], headless: true });
    try {
      const page = await browser.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(String(e)));
      await page.goto(`${origin}/`);
      await page.waitForFunction('globalThis.__ics !== undefined', undefined, { timeout: 30_000 });
      const out = (await page.evaluate('globalThis.__ics')) as { errors: string[]; todos: { uid: string; tzid: string; due: number; provisional: boolean }[] };
      expect(out.errors, out.errors.join('\n')).toEqual([]);
      expect(pageErrors).toEqual([]);
      // 2026-11-20 + 3 working days = 11-25 (2026 notice); the 2026-12-10 + 20 = 2027-01-08 (provisional),
      // moved to the calendar's last December and the first uncovered year (test/coverage-year.ts).
      expect(out.todos).toEqual([
        { uid: 'doc-1@gov-site-rules', tzid: 'Asia/Shanghai', due: Date.parse('2026-11-25T23:59:59+08:00'), provisional: false },
        { uid: 'info-1@gov-site-rules', tzid: 'Asia/Shanghai', due: Date.parse(`${provisionalAddWorkdays(lastCoveredDate('12-10'), 20)}T23:59:59+08:00`), provisional: true },
      ]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
