/**
 * The self-inspection HTML (one site, and the city-wide summary) in a real headless Chromium
 * (`/usr/bin/chromium`, driven by playwright-core as in smoke.test.ts): it loads with every
 * network request refused and makes none, draws its SVG charts, prints on A4, and a screenshot
 * and the PDF are saved under reports/artifacts/self-inspect/ for a person to look at.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCitySummary, renderCitySummaryHtml, renderSelfInspectionHtml, selfInspect, type SnapshotInput } from '../../src/index.js';

const ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const ARTIFACTS = path.join(ROOT, 'reports', 'artifacts', 'self-inspect');
const CHROMIUM = process.env.GSR_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && !process.env.CI) console.warn(`self-inspect browser test SKIPPED: ${CHROMIUM} is missing`);

const AT = '2026-11-25T12:00:00+08:00';
const item = (publishedAt: string) => ({ id: `i${publishedAt}`, publishedAt });
const snapshot = {
  schemaVersion: 1,
  site: { id: 'dy-portal', name: '德阳市人民政府 <script>alert(1)</script>', kind: 'portal', level: 'city' },
  columns: [
    { id: 'pol', name: '政策文件', category: 'policy', level: 1, items: [item('2026-03-01T09:00:00+08:00')] },
    { id: 'news', name: '工作动态', category: 'news', level: 1, items: [item('2026-11-24T09:00:00+08:00')] },
    { id: 'notice', name: '通知公告', category: 'notice', level: 1, items: [] },
  ],
  facts: { leaderInfo: { column: false }, seriousProblems: [] },
} as unknown as SnapshotInput;

describe.runIf(haveChromium || process.env.CI)('self-inspection HTML in headless Chromium', () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  async function open(html: string, name: string) {
    const page = await (browser as Browser).newPage({ viewport: { width: 900, height: 1200 } });
    const requests: string[] = [];
    const errors: string[] = [];
    // Nothing may be fetched: every request but the document itself is refused and counted.
    await page.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.abort();
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      return d.dismiss();
    });
    await page.setContent(html, { waitUntil: 'load' });
    const facts = (await page.evaluate(`({
      svgs: document.querySelectorAll('svg').length,
      bars: document.querySelectorAll('svg rect').length,
      title: document.title,
      h1: document.querySelector('h1').textContent,
      pageRule: [...document.styleSheets].some((s) => [...s.cssRules].some((r) => r.constructor.name === 'CSSPageRule')),
    })`)) as { svgs: number; bars: number; title: string; h1: string; pageRule: boolean };
    await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    writeFileSync(path.join(ARTIFACTS, `${name}.pdf`), pdf);
    await page.close();
    return { facts, requests, errors, pdf };
  }

  it('one site: self-contained, charts drawn, text escaped, A4 print', async () => {
    const s = selfInspect(snapshot, { at: AT, profile: 'census', scorecard: 'gov-2019' });
    const { facts, requests, errors, pdf } = await open(renderSelfInspectionHtml(s), 'site');
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    expect(facts.h1).toBe('德阳市人民政府 <script>alert(1)</script> 2026Q4 政府网站自查报告');
    expect(facts.pageRule).toBe(true);
    // Two charts: score by group, and the columns' days since their last update.
    expect(facts.svgs).toBe(2);
    expect(facts.bars).toBe(4 + 3); // the 4 indicator groups; the 3 columns with a limit
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // A4 portrait: the first page's MediaBox is 595 × 842 points.
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
    expect([Math.round(Number(box?.[1])), Math.round(Number(box?.[2]))]).toEqual([595, 842]);
  }, 120_000);

  it('the city-wide summary: qualified-rate and veto-reason charts', async () => {
    const c = createCitySummary();
    c.add(selfInspect(snapshot, { at: AT, profile: 'census' }));
    const veto = { ...(snapshot as object), site: { id: 'b', name: '某局', kind: 'department', level: 'city' }, facts: { seriousProblems: ['state-secret'] } };
    c.add(selfInspect(veto, { at: AT, profile: 'census' }));
    const { facts, requests, errors } = await open(renderCitySummaryHtml(c.result()), 'city');
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    expect(facts.svgs).toBe(2);
    expect(facts.bars).toBe(2 + 1); // sites and accounts rates; one veto reason
  }, 120_000);
});
