/**
 * The quarterly self-inspection of Deyang Art. 32 (docs/scorecards.md, "self-inspect"): one
 * site's check under the indicator system in force, its score, its vetoes and deductions with
 * evidence, its new-media accounts and the problems to fix — and, over many sites, the city-wide
 * summary a 通报 needs. Everything here is pure: the CLI reads and writes the files.
 */
import { MS_PER_DAY } from '../calendar/input.js';
import { checkResolved, type CheckOptions, resolveCheckOptions, type ResolvedCheckOptions } from '../checks/engine.js';
import { columnsStaleParams, homepageStaleParams } from '../checks/params.js';
import { subtractPeriod, type Period } from '../checks/instant.js';
import { builtinRules } from '../checks/registry.js';
import type { Bilingual, CheckReport, Finding } from '../checks/report.js';
import { InvalidInputError } from '../errors.js';
import { catalog } from '../rules/catalog.js';
import { selfInspectionDeadline } from '../rules/deadlines.js';
import { beijingDayOfInstant, parseQuarter, quarterLabel } from '../time/index.js';
import { censusAliases, inForceAt } from '../checks/profiles.js';
import type { Score } from './score.js';
import { SCORECARDS, type Scorecard } from './scorecard.js';

/** Options of {@link selfInspect}: those of `checkSite`, and the quarter reported on. */
export interface SelfInspectOptions extends CheckOptions {
  /** The quarter reported on, e.g. `2026Q4` (default: the checkpoint's quarter, Beijing). */
  readonly quarter?: string;
}

/** A column's freshness for the chart: days since its last dated item against its limit. */
export interface ColumnFreshness {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  /** Days (1 decimal) from the last dated item to the checkpoint; null when it has none. */
  readonly daysSinceUpdate: number | null;
  /** Its category's limit in days under the profile applied (its veto rows' parameters: news and homepage 2 weeks, notice and policy 6 months). */
  readonly limitDays: number;
}

/** One entry of a report: a finding with the rule's title and what it comes from. */
export interface InspectionItem {
  readonly rule: string;
  readonly title: Bilingual;
  readonly message: Bilingual;
  readonly evidence: Record<string, unknown>;
  /**
   * Where the rule comes from, from the catalog: the document and its article (a Deyang rule) or
   * indicator (a national one). Absent for a rule the catalog does not list (a custom rule).
   */
  readonly basis?: { readonly source: string; readonly article: string; readonly articleEn: string };
  /** For a new-media account's problem: the account's id. */
  readonly account?: string;
  /** For a deduction: the indicator and its points (null when the scorecard lacks them). */
  readonly indicator?: { readonly id: string; readonly name: Bilingual; readonly points: number | null };
}

/** A new-media account's verdict, as the report carries it (`report.accounts`). */
export interface AccountVerdict {
  readonly account: string;
  readonly verdict: 'qualified' | 'unqualified';
  readonly findings: readonly Finding[];
}

/** The quarterly self-inspection report of one site. */
export interface SelfInspection {
  readonly site: { readonly id: string; readonly name: string; readonly kind: string; readonly level: string; readonly department?: string | undefined };
  readonly at: string;
  readonly quarter: string;
  /** The Art. 32 due date of the quarter's report (the 15th of its second month). */
  readonly dueDate: string;
  readonly profile: string;
  readonly scorecard: string | null;
  readonly verdict: 'qualified' | 'unqualified';
  readonly score: Score | null;
  readonly vetoes: readonly InspectionItem[];
  readonly deductions: readonly InspectionItem[];
  /** Every failing finding, vetoes first, then each unqualified new-media account's failing findings (with `account`). */
  readonly problems: readonly InspectionItem[];
  /** Findings that could not be decided for lack of data. */
  readonly needsInput: readonly InspectionItem[];
  readonly accounts: readonly AccountVerdict[] | null;
  readonly columns: readonly ColumnFreshness[];
  readonly summary: CheckReport['summary'];
}

/** The rules whose parameters give the column limits: the veto rows 栏目不更新 (1) and 首页不更新 of either system, or their `census/…` ids. */
const STALE_RULES = new Set(['census/columns-stale', ...censusAliases['census/columns-stale'].params]);
const HOME_RULES = new Set(['census/homepage-stale', ...censusAliases['census/homepage-stale'].params]);

/**
 * Each column category's limit under the profile applied (the parameters its veto rows run with;
 * the 2019 defaults when the profile runs none): news and homepage 2 weeks, notice and policy 6
 * months — first-level columns only where the rule counts first-level ones (2019), any level in 2015.
 */
function columnLimits(plan: ResolvedCheckOptions['plan']): { readonly limit: Readonly<Record<string, Period>>; readonly noticePolicyAnyLevel: boolean } {
  const stale = (plan.find(([d]) => STALE_RULES.has(d.id))?.[1] ?? columnsStaleParams.parse({})) as { newsPeriod: Period; noticePolicyPeriod: Period; noticePolicyLevel: string };
  const home = (plan.find(([d]) => HOME_RULES.has(d.id))?.[1] ?? homepageStaleParams.parse({})) as { period: Period };
  return {
    limit: { homepage: home.period, news: stale.newsPeriod, notice: stale.noticePolicyPeriod, policy: stale.noticePolicyPeriod },
    noticePolicyAnyLevel: stale.noticePolicyLevel === 'any',
  };
}
const round1 = (x: number): number => Math.round(x * 10) / 10;

function titleOf(rule: string): Bilingual {
  const def = builtinRules.find((d) => d.id === rule);
  return def === undefined ? { zh: rule, en: rule } : { zh: def.title.zh, en: def.title.en };
}

function basisOf(rule: string): InspectionItem['basis'] {
  const e = catalog.find((c) => c.id === rule);
  return e === undefined ? undefined : { source: e.source, article: e.article, articleEn: e.articleEn };
}

function accountsOf(report: CheckReport): AccountVerdict[] | null {
  const a = (report as { accounts?: unknown }).accounts;
  return Array.isArray(a) ? (a as AccountVerdict[]) : null;
}

/**
 * The quarter a self-inspection reports on, with its Art. 32 due date: `quarter` (`YYYYQn`) or,
 * when it is absent, the quarter of the checkpoint `atMs` (Beijing). Anything else is refused
 * with InvalidInputError naming `quarter` (the self-inspect CLI checks `--quarter` with it before
 * reading any input).
 *
 * @example
 * selfInspectionQuarter(undefined, Date.parse('2026-11-25T12:00:00+08:00')); // { quarter: '2026Q4', dueDate: '2026-11-15' }
 * selfInspectionQuarter('2026Q3', 0); // { quarter: '2026Q3', dueDate: '2026-08-15' }
 * selfInspectionQuarter('2026Q5', 0); // throws InvalidInputError: Invalid quarter …
 */
export function selfInspectionQuarter(quarter: unknown, atMs: number): { readonly quarter: string; readonly dueDate: string } {
  const q = quarter ?? quarterLabel(beijingDayOfInstant(atMs));
  if (typeof q !== 'string' || parseQuarter(q) === undefined) throw new InvalidInputError('quarter', q, 'must be a quarter such as 2026Q4');
  return { quarter: q, dueDate: selfInspectionDeadline({ quarter: q }).dueDate };
}

/**
 * The shipped scorecard in force at a checkpoint (epoch ms), the self-inspect CLI's default:
 * `gov-2019` from 2019-04-18; none before (the points of the 2015 census table are not known, so
 * an earlier checkpoint is scored only under a scorecard the caller gives).
 *
 * @example
 * shippedScorecardAt(Date.parse('2026-11-25T12:00:00+08:00'))?.id; // 'gov-2019'
 * shippedScorecardAt(Date.parse('2018-06-01T12:00:00+08:00')); // undefined
 */
export function shippedScorecardAt(at: number): Scorecard | undefined {
  return Object.values(SCORECARDS).find((s) => inForceAt(s.inForce, at));
}

/**
 * The self-inspection of one site at a checkpoint: checks it (with the scorecard when given),
 * and gathers what the written report needs.
 *
 * @example
 * const s = selfInspect({ schemaVersion: 1, site: { id: 'dy', name: '德阳市教育局', kind: 'department', level: 'city' } },
 *   { at: '2026-11-25T12:00:00+08:00', profile: 'census' });
 * [s.quarter, s.dueDate]; // ['2026Q4', '2026-11-15']
 */
export function selfInspect(snapshot: unknown, options: SelfInspectOptions): SelfInspection {
  // The options are resolved (the scorecard with them) and the snapshot read once, by the check.
  const resolved = resolveCheckOptions(options);
  const { report, model } = checkResolved(snapshot, resolved);
  const atMs = resolved.at;
  const { quarter, dueDate } = selfInspectionQuarter(options.quarter, atMs);
  const scorecard = resolved.scorecard;
  const vetoIds = new Set(builtinRules.filter((d) => d.veto === true).map((d) => d.id));
  for (const v of report.score?.vetoes ?? []) vetoIds.add(v);
  const item = (f: Finding): InspectionItem => {
    const basis = basisOf(f.rule);
    return { rule: f.rule, title: titleOf(f.rule), message: f.message, evidence: f.evidence, ...(basis === undefined ? {} : { basis }) };
  };
  const vetoes = report.findings.filter((f) => f.status === 'fail' && vetoIds.has(f.rule)).map(item);
  const deductions: InspectionItem[] = [];
  // A veto fails the site and nothing else is scored (M4): its failing deduction checks are problems to fix, not deductions.
  if (scorecard !== undefined && report.score?.vetoes.length === 0) {
    for (const ind of scorecard.indicators) {
      const f = ind.measure === undefined ? undefined : report.findings.find((x) => x.rule === ind.measure?.rule);
      if (f === undefined || f.status !== 'fail') continue;
      const scored = report.score?.indicators.find((s) => s.id === ind.id);
      deductions.push({ ...item(f), indicator: { id: ind.id, name: ind.name, points: scored?.points ?? null } });
    }
  }
  const accounts = accountsOf(report);
  const problems = [
    ...vetoes, ...report.findings.filter((f) => f.status === 'fail' && !vetoIds.has(f.rule)).map(item),
    ...(accounts ?? []).flatMap((a) => a.findings.filter((f) => f.status === 'fail').map((f) => ({ ...item(f), account: a.account }))),
  ];
  const columns: ColumnFreshness[] = [];
  const limits = columnLimits(resolved.plan);
  for (const c of model.columns ?? []) {
    const limit = Object.prototype.hasOwnProperty.call(limits.limit, c.category) ? limits.limit[c.category] : undefined;
    if (limit === undefined || (c.openedMs !== undefined && c.openedMs > atMs)) continue;
    // A notice or policy column the 6-month rule does not count (not first-level, in 2019) has no limit.
    if ((c.category === 'notice' || c.category === 'policy') && !limits.noticePolicyAnyLevel && c.level !== undefined && c.level !== 1) continue;
    let last: number | undefined;
    for (const t of c.times) if (t <= atMs) last = t;
    columns.push({
      id: c.id, name: c.name, category: c.category,
      daysSinceUpdate: last === undefined ? null : round1((atMs - last) / MS_PER_DAY),
      limitDays: round1((atMs - subtractPeriod(atMs, limit)) / MS_PER_DAY),
    });
  }
  return {
    site: { id: model.site.id, name: model.site.name, kind: model.site.kind, level: model.site.level, department: model.site.department },
    at: report.at, quarter, dueDate, profile: report.profile, scorecard: scorecard?.id ?? null,
    verdict: report.verdict, score: report.score ?? null, vetoes, deductions, problems,
    needsInput: report.findings.filter((f) => f.status === 'needs-input').map(item),
    accounts, columns, summary: report.summary,
  };
}

// ------------------------------------------------------------------ rendering
const VERDICT: Record<'qualified' | 'unqualified', string> = { qualified: '合格 (qualified)', unqualified: '不合格 (unqualified)' };
const GRADE = (g: Score['grade']): string => (g === 'pass' ? '合格 (pass)' : g === 'fail' ? '不合格 (fail)' : '无法判定 (undecided)');
/** What a report without a scorecard says instead of a score. */
const NOT_SCORED = '未计分：未提供或没有适用于该检查时间点的计分表 (not scored: no scorecard given or in force at this checkpoint)';
/** The document and article (or indicator) a rule comes from, Chinese first. */
const basisText = (b: NonNullable<InspectionItem['basis']>): string => `${b.source}，${b.article} (${b.articleEn})`;
const num = (x: number | null): string => (x === null ? '—' : String(x));
/** Markdown table cell text: no pipes or line breaks. */
const cell = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
const brief = (e: Record<string, unknown>): string => {
  const text = JSON.stringify(e);
  return text.length > 300 ? `${text.slice(0, 297)}...` : text;
};

/**
 * The self-inspection as Markdown, Chinese first.
 *
 * @example
 * const s = selfInspect({ schemaVersion: 1, site: { id: 'dy', name: '德阳市教育局', kind: 'department', level: 'city' } },
 *   { at: '2026-11-25T12:00:00+08:00', profile: 'census' });
 * renderSelfInspectionMarkdown(s).split('\n')[0]; // '# 德阳市教育局 2026Q4 政府网站自查报告'
 */
export function renderSelfInspectionMarkdown(s: SelfInspection): string {
  const out: string[] = [
    `# ${cell(s.site.name)} ${s.quarter} 政府网站自查报告`,
    '',
    `Quarterly self-inspection report (Deyang measures Art. 32)`,
    '',
    `- 网站 (site): ${cell(s.site.name)} (\`${cell(s.site.id)}\`)${s.site.department === undefined ? '' : `，主办单位 (owner): ${cell(s.site.department)}`}`,
    `- 季度 (quarter): ${s.quarter}；报送截止 (due, Art. 32): ${s.dueDate}`,
    `- 监测时间点 (checkpoint): ${s.at}`,
    `- 指标体系 (indicator system): 规则集 \`${s.profile}\`${s.scorecard === null ? '' : `，计分表 \`${s.scorecard}\``}`,
    `- 结论 (verdict): **${VERDICT[s.verdict]}**`,
  ];
  if (s.score === null) out.push(`- 得分 (score): ${NOT_SCORED}`);
  else {
    const sc = s.score;
    out.push(`- 得分 (score): 扣分指标 ${num(sc.deduction)}，加分 ${num(sc.bonus)}，总分 ${num(sc.total)}；${GRADE(sc.grade)}${sc.complete ? '' : `；不完整 (incomplete): 缺 ${sc.missing.length} 项 (${sc.missing.length} missing)`}`);
  }
  out.push('', '## 单项否决 (vetoes)', '');
  if (s.vetoes.length === 0) out.push('无 (none)');
  for (const v of s.vetoes) {
    out.push(`- **${cell(v.title.zh)}** (\`${v.rule}\`): ${cell(v.message.zh)} / ${cell(v.message.en)}`);
    if (v.basis !== undefined) out.push(`  - 出处 (basis): ${cell(basisText(v.basis))}`);
    out.push(`  - 依据 (evidence): \`${cell(brief(v.evidence))}\``);
  }
  out.push('', '## 扣分 (deductions)', '');
  if (s.deductions.length === 0) out.push('无 (none)');
  else {
    out.push('| 指标 (indicator) | 扣分 (points) | 情况 (finding) | 依据 (evidence) |', '|---|---|---|---|');
    for (const d of s.deductions) {
      out.push(`| ${cell(d.indicator?.name.zh ?? d.title.zh)} \`${d.indicator?.id ?? d.rule}\`${d.basis === undefined ? '' : `<br>${cell(basisText(d.basis))}`} | ${d.indicator?.points === null || d.indicator === undefined ? '未知 (unknown)' : `−${d.indicator.points}`} | ${cell(d.message.zh)} / ${cell(d.message.en)} | \`${cell(brief(d.evidence))}\` |`);
    }
  }
  if (s.score !== null && s.score.groups.length > 0) {
    out.push('', '## 分组得分 (score by group)', '', '| 一级指标 (group) | 满分 (max) | 扣分 (deducted) |', '|---|---|---|');
    for (const g of s.score.groups) out.push(`| ${cell(g.name.zh)} (${cell(g.name.en)}) | ${num(g.max)} | ${g.excluded ? '不计 (excluded)' : num(g.deducted)} |`);
  }
  if (s.score !== null && s.score.missing.length > 0) {
    out.push('', '## 缺少的分值或数据 (missing numbers or data)', '', s.score.missing.map((m) => `\`${m}\``).join('、'));
  }
  if (s.accounts !== null) {
    out.push('', '## 政务新媒体 (new-media accounts)', '');
    if (s.accounts.length === 0) out.push('无 (none)');
    for (const a of s.accounts) {
      const reasons = a.findings.filter((f) => f.status === 'fail').map((f) => `${cell(f.message.zh)} (\`${f.rule}\`)`);
      out.push(`- \`${cell(a.account)}\`: ${VERDICT[a.verdict]}${reasons.length === 0 ? '' : ` — ${reasons.join('；')}`}`);
    }
  }
  out.push('', '## 问题清单 (problems to fix)', '');
  if (s.problems.length === 0) out.push('无 (none)');
  s.problems.forEach((p, i) => out.push(`${i + 1}. ${cell(p.title.zh)}${p.account === undefined ? '' : `（政务新媒体 \`${cell(p.account)}\`）`}：${cell(p.message.zh)} (${cell(p.message.en)}) — \`${p.rule}\`${p.basis === undefined ? '' : `，${cell(basisText(p.basis))}`}`));
  if (s.needsInput.length > 0) {
    out.push('', '## 待补充数据 (needs input)', '');
    for (const n of s.needsInput) out.push(`- ${cell(n.title.zh)} (\`${n.rule}\`): ${cell(n.message.zh)} / ${cell(n.message.en)}`);
  }
  return `${out.join('\n')}\n`;
}

/**
 * Text for HTML: the markup characters as entities.
 *
 * @example
 * escapeHtml('<a href="x">&</a>'); // '&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;'
 */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
const h = escapeHtml;

const CSS = `@page{size:A4;margin:18mm 15mm}body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;font-size:11pt;color:#111;max-width:180mm;margin:0 auto;line-height:1.5}
h1{font-size:17pt;margin:0 0 4pt}h2{font-size:13pt;border-bottom:1px solid #999;margin:14pt 0 6pt;break-after:avoid}table{border-collapse:collapse;width:100%;font-size:9.5pt}
th,td{border:1px solid #aaa;padding:3pt 5pt;text-align:left;vertical-align:top}tr,li,figure{break-inside:avoid}.bad{color:#b00020;font-weight:bold}.ok{color:#0a6b2d;font-weight:bold}
code{font-size:8.5pt;word-break:break-all}figure{margin:6pt 0}figcaption{font-size:9pt;color:#444}.en{color:#555}`;

function page(title: string, body: string): string {
  return `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${h(title)}</title><style>${CSS}</style></head><body>\n${body}\n</body></html>\n`;
}

/** A horizontal bar chart: each row's value against its limit (a tick), in inline SVG. */
function barChart(caption: string, rows: readonly { label: string; value: number | null; limit: number | null }[], unit: string): string {
  if (rows.length === 0) return '';
  const max = Math.max(1, ...rows.map((r) => Math.max(r.value ?? 0, r.limit ?? 0)));
  const W = 640;
  const L = 200;
  const bar = 14;
  const gap = 6;
  const H = rows.length * (bar + gap) + 10;
  const x = (v: number) => L + ((W - L - 130) * v) / max;
  const parts = rows.map((r, i) => {
    const y = 5 + i * (bar + gap);
    const over = r.value === null || (r.limit !== null && r.value > r.limit);
    const value = r.value ?? max;
    return [
      `<text x="${L - 6}" y="${y + bar - 3}" text-anchor="end" font-size="10">${h(r.label.length > 24 ? `${r.label.slice(0, 23)}…` : r.label)}</text>`,
      `<rect x="${L}" y="${y}" width="${Math.max(1, x(value) - L).toFixed(1)}" height="${bar}" fill="${over ? '#c62828' : '#2e7d32'}"${r.value === null ? ' fill-opacity="0.35"' : ''}/>`,
      r.limit === null ? '' : `<line x1="${x(r.limit).toFixed(1)}" x2="${x(r.limit).toFixed(1)}" y1="${y - 2}" y2="${y + bar + 2}" stroke="#000" stroke-width="2"/>`,
      `<text x="${(x(value) + 4).toFixed(1)}" y="${y + bar - 3}" font-size="10">${r.value === null ? '无 (none)' : `${r.value}${unit}`}${r.limit === null ? '' : ` / ${r.limit}${unit}`}</text>`,
    ].join('');
  });
  return `<figure><svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${h(caption)}">${parts.join('')}</svg><figcaption>${h(caption)}</figcaption></figure>`;
}

/**
 * The self-inspection as one self-contained HTML file (no external resources), A4 print CSS and
 * inline SVG charts: each column's days since its last update against its limit, and the score
 * by group against its maximum.
 *
 * @example
 * const s = selfInspect({ schemaVersion: 1, site: { id: 'dy', name: '<德阳>', kind: 'department', level: 'city' } },
 *   { at: '2026-11-25T12:00:00+08:00', profile: 'census' });
 * renderSelfInspectionHtml(s).includes('&lt;德阳&gt;'); // true
 */
export function renderSelfInspectionHtml(s: SelfInspection): string {
  const b: string[] = [
    `<h1>${h(s.site.name)} ${h(s.quarter)} 政府网站自查报告</h1>`,
    `<p class="en">Quarterly self-inspection report (Deyang measures Art. 32)</p>`,
    '<table>',
    `<tr><th>网站 (site)</th><td>${h(s.site.name)} <code>${h(s.site.id)}</code>${s.site.department === undefined ? '' : ` — ${h(s.site.department)}`}</td></tr>`,
    `<tr><th>季度 (quarter)</th><td>${h(s.quarter)}；报送截止 (due) ${h(s.dueDate)}</td></tr>`,
    `<tr><th>监测时间点 (checkpoint)</th><td>${h(s.at)}</td></tr>`,
    `<tr><th>指标体系 (indicator system)</th><td><code>${h(s.profile)}</code>${s.scorecard === null ? '' : ` / <code>${h(s.scorecard)}</code>`}</td></tr>`,
    `<tr><th>结论 (verdict)</th><td class="${s.verdict === 'qualified' ? 'ok' : 'bad'}">${h(VERDICT[s.verdict])}</td></tr>`,
  ];
  if (s.score === null) b.push(`<tr><th>得分 (score)</th><td>${h(NOT_SCORED)}</td></tr>`);
  else {
    const sc = s.score;
    b.push(`<tr><th>得分 (score)</th><td>扣分指标 ${num(sc.deduction)}，加分 ${num(sc.bonus)}，总分 ${num(sc.total)}；${h(GRADE(sc.grade))}${sc.complete ? '' : `；不完整 (incomplete)：缺 ${sc.missing.length} 项`}</td></tr>`);
  }
  b.push('</table>');
  b.push('<h2>单项否决 (vetoes)</h2>', s.vetoes.length === 0 ? '<p>无 (none)</p>' : `<ul>${s.vetoes.map((v) => `<li><b>${h(v.title.zh)}</b> <code>${h(v.rule)}</code>：${h(v.message.zh)} <span class="en">${h(v.message.en)}</span>${v.basis === undefined ? '' : `<br>出处 (basis)：${h(basisText(v.basis))}`}<br><code>${h(brief(v.evidence))}</code></li>`).join('')}</ul>`);
  b.push('<h2>扣分 (deductions)</h2>');
  if (s.deductions.length === 0) b.push('<p>无 (none)</p>');
  else {
    b.push('<table><tr><th>指标 (indicator)</th><th>扣分 (points)</th><th>情况 (finding)</th></tr>');
    for (const d of s.deductions) {
      b.push(`<tr><td>${h(d.indicator?.name.zh ?? d.title.zh)}<br><code>${h(d.indicator?.id ?? d.rule)}</code>${d.basis === undefined ? '' : `<br>${h(basisText(d.basis))}`}</td><td>${d.indicator?.points === null || d.indicator === undefined ? '未知 (unknown)' : `−${d.indicator.points}`}</td><td>${h(d.message.zh)} <span class="en">${h(d.message.en)}</span><br><code>${h(brief(d.evidence))}</code></td></tr>`);
    }
    b.push('</table>');
  }
  if (s.score !== null && s.score.groups.length > 0) {
    b.push('<h2>分组得分 (score by group)</h2>');
    b.push(barChart('各一级指标得分（条）与满分（竖线） / Score by group (bar) against its maximum (tick)', s.score.groups.filter((g) => !g.excluded).map((g) => ({
      label: g.name.zh, value: g.max === null || g.deducted === null ? null : Math.max(0, g.max - g.deducted), limit: g.max,
    })), ''));
  }
  if (s.columns.length > 0) {
    b.push('<h2>栏目更新 (column freshness)</h2>');
    b.push(barChart('各栏目距上次更新天数（条）与期限（竖线） / Days since the last update (bar) against the limit (tick)', s.columns.map((c) => ({ label: c.name, value: c.daysSinceUpdate, limit: c.limitDays })), '天'));
  }
  if (s.accounts !== null) {
    b.push('<h2>政务新媒体 (new-media accounts)</h2>', s.accounts.length === 0 ? '<p>无 (none)</p>' : `<ul>${s.accounts.map((a) => {
      const reasons = a.findings.filter((f) => f.status === 'fail').map((f) => `${h(f.message.zh)} <code>${h(f.rule)}</code>`);
      return `<li><code>${h(a.account)}</code>：<span class="${a.verdict === 'qualified' ? 'ok' : 'bad'}">${h(VERDICT[a.verdict])}</span>${reasons.length === 0 ? '' : ` — ${reasons.join('；')}`}</li>`;
    }).join('')}</ul>`);
  }
  b.push('<h2>问题清单 (problems to fix)</h2>', s.problems.length === 0 ? '<p>无 (none)</p>' : `<ol>${s.problems.map((p) => `<li>${h(p.title.zh)}${p.account === undefined ? '' : `（政务新媒体 <code>${h(p.account)}</code>）`}：${h(p.message.zh)} <span class="en">${h(p.message.en)}</span> <code>${h(p.rule)}</code>${p.basis === undefined ? '' : `，${h(basisText(p.basis))}`}</li>`).join('')}</ol>`);
  if (s.needsInput.length > 0) {
    b.push('<h2>待补充数据 (needs input)</h2>', `<ul>${s.needsInput.map((n) => `<li>${h(n.title.zh)} <code>${h(n.rule)}</code>：${h(n.message.zh)}</li>`).join('')}</ul>`);
  }
  return page(`${s.site.name} ${s.quarter} 政府网站自查报告`, b.join('\n'));
}

// ------------------------------------------------------------------ the city's own census
/** The city-wide summary of many self-inspections (what a 通报 needs). */
export interface CitySummary {
  readonly at: string | null;
  readonly sites: number;
  readonly qualifiedSites: number;
  /** Qualified sites / sites (0..1); null with no site. */
  readonly qualifiedRate: number | null;
  readonly accounts: number;
  readonly qualifiedAccounts: number;
  readonly accountQualifiedRate: number | null;
  readonly unqualifiedSites: readonly { readonly site: string; readonly name: string; readonly reasons: readonly { readonly rule: string; readonly title: Bilingual }[] }[];
  readonly unqualifiedAccounts: readonly { readonly site: string; readonly account: string; readonly reasons: readonly string[] }[];
  /** How many sites each veto rule failed. */
  readonly vetoCounts: readonly { readonly rule: string; readonly title: Bilingual; readonly sites: number }[];
  /** Sites with a complete score, best first (ties by site id). */
  readonly ranking: readonly { readonly site: string; readonly name: string; readonly total: number; readonly grade: 'pass' | 'fail' | null }[];
  /** Sites whose score is incomplete (not ranked). */
  readonly unranked: number;
}

/**
 * Folds self-inspections into the city-wide summary, one at a time (linear in the number of
 * sites): `add` each, then `result()`.
 *
 * @example
 * const c = createCitySummary();
 * c.add(selfInspect({ schemaVersion: 1, site: { id: 'a', name: 'A', kind: 'portal', level: 'city' } }, { at: '2026-11-25T12:00:00+08:00', profile: 'census' }));
 * c.result().qualifiedRate; // 1
 */
export function createCitySummary(): { add(s: SelfInspection): void; result(): CitySummary } {
  let at: string | null = null;
  let sites = 0;
  let qualifiedSites = 0;
  let accounts = 0;
  let qualifiedAccounts = 0;
  let unranked = 0;
  const unqualifiedSites: CitySummary['unqualifiedSites'][number][] = [];
  const unqualifiedAccounts: CitySummary['unqualifiedAccounts'][number][] = [];
  const vetoCounts = new Map<string, { rule: string; title: Bilingual; sites: number }>();
  const ranking: CitySummary['ranking'][number][] = [];
  return {
    add(s) {
      at ??= s.at;
      sites++;
      if (s.verdict === 'qualified') qualifiedSites++;
      else unqualifiedSites.push({ site: s.site.id, name: s.site.name, reasons: s.vetoes.map((v) => ({ rule: v.rule, title: v.title })) });
      for (const v of s.vetoes) {
        const c = vetoCounts.get(v.rule) ?? { rule: v.rule, title: v.title, sites: 0 };
        c.sites++;
        vetoCounts.set(v.rule, c);
      }
      for (const a of s.accounts ?? []) {
        accounts++;
        if (a.verdict === 'qualified') qualifiedAccounts++;
        else unqualifiedAccounts.push({ site: s.site.id, account: a.account, reasons: a.findings.filter((f) => f.status === 'fail').map((f) => f.rule) });
      }
      if (s.score !== null) {
        if (s.score.total !== null) ranking.push({ site: s.site.id, name: s.site.name, total: s.score.total, grade: s.score.grade });
        else if (s.score.vetoes.length === 0) unranked++;
      }
    },
    result() {
      const rate = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 10_000) / 10_000);
      return {
        at, sites, qualifiedSites, qualifiedRate: rate(qualifiedSites, sites), accounts, qualifiedAccounts, accountQualifiedRate: rate(qualifiedAccounts, accounts),
        unqualifiedSites: [...unqualifiedSites], unqualifiedAccounts: [...unqualifiedAccounts],
        vetoCounts: [...vetoCounts.values()].sort((a, b) => b.sites - a.sites || (a.rule < b.rule ? -1 : 1)).map((v) => ({ ...v })),
        ranking: [...ranking].sort((a, b) => b.total - a.total || (a.site < b.site ? -1 : a.site > b.site ? 1 : 0)),
        unranked,
      };
    },
  };
}

const pct = (r: number | null): string => (r === null ? '—' : `${Math.round(r * 1000) / 10}%`);

/**
 * The city-wide summary as Markdown, Chinese first.
 *
 * @example
 * const c = createCitySummary();
 * renderCitySummaryMarkdown(c.result()).split('\n')[0]; // '# 政府网站自查汇总'
 */
export function renderCitySummaryMarkdown(c: CitySummary): string {
  const out = [
    '# 政府网站自查汇总',
    '',
    'City-wide summary of the self-inspections (Deyang measures Art. 32)',
    '',
    `- 监测时间点 (checkpoint): ${c.at ?? '—'}`,
    `- 检查网站 (sites checked): ${c.sites}，合格 (qualified) ${c.qualifiedSites}，合格率 (qualified rate) ${pct(c.qualifiedRate)}`,
    `- 检查政务新媒体 (accounts checked): ${c.accounts}，合格 ${c.qualifiedAccounts}，合格率 ${pct(c.accountQualifiedRate)}`,
    '',
    '## 不合格网站 (unqualified sites)',
    '',
  ];
  if (c.unqualifiedSites.length === 0) out.push('无 (none)');
  for (const u of c.unqualifiedSites) out.push(`- ${cell(u.name)} (\`${cell(u.site)}\`): ${u.reasons.map((r) => `${cell(r.title.zh)} (\`${r.rule}\`)`).join('；')}`);
  out.push('', '## 不合格政务新媒体 (unqualified accounts)', '');
  if (c.unqualifiedAccounts.length === 0) out.push('无 (none)');
  for (const u of c.unqualifiedAccounts) out.push(`- \`${cell(u.site)}\` / \`${cell(u.account)}\`: ${u.reasons.map((r) => `\`${r}\``).join('、')}`);
  out.push('', '## 单项否决原因 (veto reasons)', '');
  if (c.vetoCounts.length === 0) out.push('无 (none)');
  for (const v of c.vetoCounts) out.push(`- ${cell(v.title.zh)} (\`${v.rule}\`): ${v.sites}`);
  out.push('', '## 得分排名 (ranking by score)', '');
  if (c.ranking.length === 0) out.push('无完整得分 (no complete score)');
  else {
    out.push('| 名次 (rank) | 网站 (site) | 总分 (total) |', '|---|---|---|');
    c.ranking.forEach((r, i) => out.push(`| ${i + 1} | ${cell(r.name)} (\`${cell(r.site)}\`) | ${r.total} |`));
  }
  if (c.unranked > 0) out.push('', `${c.unranked} 个网站得分不完整，未排名 (${c.unranked} site(s) with an incomplete score are not ranked)`);
  return `${out.join('\n')}\n`;
}

/**
 * The city-wide summary as one self-contained HTML file with charts of the qualified rate and of
 * the veto reasons.
 *
 * @example
 * renderCitySummaryHtml(createCitySummary().result()).startsWith('<!DOCTYPE html>'); // true
 */
export function renderCitySummaryHtml(c: CitySummary): string {
  const b: string[] = [
    '<h1>政府网站自查汇总</h1>',
    '<p class="en">City-wide summary of the self-inspections (Deyang measures Art. 32)</p>',
    `<table><tr><th>监测时间点 (checkpoint)</th><td>${h(c.at ?? '—')}</td></tr>`,
    `<tr><th>网站 (sites)</th><td>${c.sites}，合格 ${c.qualifiedSites}，合格率 ${pct(c.qualifiedRate)}</td></tr>`,
    `<tr><th>政务新媒体 (accounts)</th><td>${c.accounts}，合格 ${c.qualifiedAccounts}，合格率 ${pct(c.accountQualifiedRate)}</td></tr></table>`,
    '<h2>合格率 (qualified rate)</h2>',
    barChart('合格率（%） / Qualified rate (%)', [
      { label: '网站 (sites)', value: c.qualifiedRate === null ? null : Math.round(c.qualifiedRate * 1000) / 10, limit: 100 },
      { label: '新媒体 (accounts)', value: c.accountQualifiedRate === null ? null : Math.round(c.accountQualifiedRate * 1000) / 10, limit: 100 },
    ], '%'),
    '<h2>单项否决原因 (veto reasons)</h2>',
    c.vetoCounts.length === 0 ? '<p>无 (none)</p>' : barChart('各否决原因涉及网站数 / Sites per veto reason', c.vetoCounts.map((v) => ({ label: v.title.zh, value: v.sites, limit: null })), ''),
    '<h2>不合格网站 (unqualified sites)</h2>',
    c.unqualifiedSites.length === 0 ? '<p>无 (none)</p>' : `<ul>${c.unqualifiedSites.map((u) => `<li>${h(u.name)} <code>${h(u.site)}</code>：${u.reasons.map((r) => `${h(r.title.zh)} <code>${h(r.rule)}</code>`).join('；')}</li>`).join('')}</ul>`,
    '<h2>不合格政务新媒体 (unqualified accounts)</h2>',
    c.unqualifiedAccounts.length === 0 ? '<p>无 (none)</p>' : `<ul>${c.unqualifiedAccounts.map((u) => `<li><code>${h(u.site)}</code> / <code>${h(u.account)}</code>：${u.reasons.map((r) => `<code>${h(r)}</code>`).join('、')}</li>`).join('')}</ul>`,
    '<h2>得分排名 (ranking by score)</h2>',
    c.ranking.length === 0 ? '<p>无完整得分 (no complete score)</p>' : `<table><tr><th>名次</th><th>网站</th><th>总分</th></tr>${c.ranking.map((r, i) => `<tr><td>${i + 1}</td><td>${h(r.name)} <code>${h(r.site)}</code></td><td>${r.total}</td></tr>`).join('')}</table>`,
  ];
  if (c.unranked > 0) b.push(`<p>${c.unranked} 个网站得分不完整，未排名 (not ranked: incomplete score)</p>`);
  return page('政府网站自查汇总', b.join('\n'));
}
