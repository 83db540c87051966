/**
 * docs/rules.md, rendered from the catalog (check parameters included: their names, defaults and
 * descriptions come from the checks' params schemas through the catalog). `gov-site-rules rules --markdown` prints it;
 * `npm run docs:rules` writes it; a test fails when the committed file is stale.
 */
import type { CatalogEntry } from '../rules/catalog-schema.js';
import { DOCUMENTS } from '../rules/catalog.js';

/**
 * The period of a rule in Chinese and English.
 *
 * @example
 * describePeriod(ruleById('deyang-2018/art24-policy-document')); // '3 个工作日 / 3 working days'
 */
export function describePeriod(e: CatalogEntry): string {
  if (e.kind !== 'deadline') return '—';
  const p = e.parameters;
  switch (p.unit) {
    case 'workday': {
      let s = `${p.amount} 个工作日 / ${p.amount} working days`;
      if (p.complexAmount !== undefined) s += `; 情况复杂 ${p.complexAmount} / complex ${p.complexAmount}`;
      if (p.extensionCap !== undefined) s += `; 可延长 ≤ ${p.extensionCap} / extension ≤ ${p.extensionCap}`;
      if (p.otherLawMayOverride) s += '; 法律法规另有规定的从其规定 / another law’s period prevails';
      return s;
    }
    case 'hour':
      return `${p.amount} 小时 / ${p.amount} hours`;
    case 'day':
      return `${p.amount} 日 / ${p.amount} days`;
    case 'fixed': {
      const when =
        p.input === 'quarter'
          ? `每季度第${p.month}个月${p.day}日前 / by day ${p.day} of month ${p.month} of each quarter`
          : `次年${p.month}月${p.day}日前 / by ${p.month}-${p.day} of the next year`;
      return p.government ? `${when}; 政府 ${p.government.month}月${p.government.day}日前 / a government’s by ${p.government.month}-${p.government.day}` : when;
    }
  }
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * The whole docs/rules.md.
 *
 * @example
 * renderRulesMarkdown(catalog).startsWith('# Rule catalog / 规则目录'); // true
 */
export function renderRulesMarkdown(entries: readonly CatalogEntry[]): string {
  const out: string[] = [
    '# Rule catalog / 规则目录',
    '',
    '<!-- Generated from src/rules/catalog.ts by `npm run docs:rules`. Do not edit by hand: a test fails when this file is stale. -->',
    '',
    'Every rule the library knows, with its source, article, requirement (restored Chinese text), English summary, kind,',
    'parameters and the dates it is in force. `deadline` rules answer through `deadline(ruleId, input)` and',
    '`gov-site-rules deadline <rule-id>`; `check` rules are run by the site checks; `indicator` entries are scoring indicators a scorecard scores.',
    'How periods are counted: docs/semantics.md.',
    '',
    '## Documents',
    '',
    '| key | document | in force |',
    '|---|---|---|',
  ];
  for (const [key, doc] of Object.entries(DOCUMENTS)) {
    out.push(`| \`${key}\` | ${cell(doc.title)} | ${doc.inForce.from ?? '—'} … ${doc.inForce.until ?? ''} |`);
  }
  out.push('', '## Deadlines', '', '| rule id | article | period | counted from |', '|---|---|---|---|');
  for (const e of entries) {
    if (e.kind !== 'deadline') continue;
    out.push(`| \`${e.id}\` | ${cell(e.article)} (${cell(e.articleEn)}) | ${cell(describePeriod(e))} | ${cell(e.parameters.from.zh)} / ${cell(e.parameters.from.en)} |`);
  }
  out.push('', '## Checks', '', '| rule id | article | parameters |', '|---|---|---|');
  for (const e of entries) {
    if (e.kind !== 'check') continue;
    const params = Object.entries(e.parameters).map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`).join(', ');
    out.push(`| \`${e.id}\` | ${cell(e.article)} (${cell(e.articleEn)}) | ${cell(params || '—')} |`);
  }
  out.push(
    '', '## Scoring indicators', '',
    'The indicators of the shipped scorecards (docs/scorecards.md) that no check above measures, with their groups and the bonus part.',
    'Only `cross-checked` and `clean-1` figures are given; an absent figure is not known (a scorecard supplies it, docs/national.md).',
    '', '| id | indicator | confidence | points | max |', '|---|---|---|---|---|',
  );
  for (const e of entries) {
    if (e.kind !== 'indicator') continue;
    const p = e.parameters;
    out.push(`| \`${e.id}\` | ${cell(e.article)} (${cell(e.articleEn)}) | ${e.confidence ?? '—'} | ${p.points === undefined ? '—' : cell(JSON.stringify(p.points))} | ${p.max ?? '—'} |`);
  }
  out.push(
    '', '## Check parameters', '',
    'What a profile may set for each rule a site check runs (`deriveProfile(base, { id, rules: { "<rule id>": { <parameter>: value } } })`),',
    'from the check\'s params schema (src/checks/params.ts): a parameter without a default makes the check answer `needs-input` until a profile sets it.',
    '', '| rule id | parameter | default | description |', '|---|---|---|---|',
  );
  for (const e of entries) {
    for (const [name, p] of Object.entries(e.checkParameters ?? {})) {
      out.push(`| \`${e.id}\` | \`${name}\` | ${'default' in p ? `\`${cell(JSON.stringify(p.default))}\`` : '—'} | ${cell(p.description)} |`);
    }
  }
  out.push('', '## Rules', '');
  for (const e of entries) {
    out.push(`### \`${e.id}\``, '');
    out.push(`- **Kind**: ${e.kind}`);
    out.push(`- **Source**: ${e.source}, ${e.article} (${e.articleEn})`);
    out.push(`- **In force**: ${e.inForce.from ?? '—'} … ${e.inForce.until ?? ''}`);
    if (e.kind === 'deadline') out.push(`- **Period**: ${describePeriod(e)}`);
    if (e.replaces) out.push(`- **Replaces**: \`${e.replaces}\``);
    if (e.replacedBy) out.push(`- **Replaced by**: \`${e.replacedBy}\``);
    if (e.confidence) out.push(`- **Confidence**: ${e.confidence} (docs/national.md)`);
    if (e.aliasOf) out.push(`- **Alias of**: ${e.aliasOf.map((x) => `\`${x}\``).join(', ')} (the version in force at the checkpoint)`);
    out.push(`- **Parameters**: \`${JSON.stringify(e.parameters)}\``);
    out.push('', `> ${e.requirement}`, '', e.summary, '');
    if (e.note) out.push(`Note: ${e.note}`, '');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
