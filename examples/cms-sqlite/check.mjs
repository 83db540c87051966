#!/usr/bin/env node
// Builds one snapshot per site from the CMS database, writes each to snapshots/<site>.json,
// checks them with gov-site-rules at the checkpoint and prints the verdicts.
//
//   node examples/cms-sqlite/check.mjs [--db cms.sqlite] [--out snapshots] [--json]
//
// Exit code: 0 every site qualified, 1 a site is unqualified (a census single veto fails).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import initSqlJs from 'sql.js';
import { checkInventory, checkSite, snapshotSchema } from 'gov-site-rules';
import { buildSnapshot, siteIds } from './snapshots.mjs';

const here = import.meta.dirname;
const { values: opt } = parseArgs({
  options: { db: { type: 'string', default: path.join(here, 'cms.sqlite') }, out: { type: 'string', default: path.join(here, 'snapshots') }, json: { type: 'boolean', default: false } },
});
const AT = '2026-11-25T12:00:00+08:00';
const AT_CMS = '2026-11-25 12:00:00';

const SQL = await initSqlJs();
const db = new SQL.Database(readFileSync(opt.db));
mkdirSync(opt.out, { recursive: true });

const snapshots = siteIds(db).map((id) => buildSnapshot(db, id, AT_CMS));
const results = snapshots.map((snapshot) => {
  // The shape first: a mapping mistake is reported with its JSON path before any rule runs.
  const shape = snapshotSchema.safeParse(snapshot);
  if (!shape.success) throw new Error(`${snapshot.site.id}: ${shape.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  writeFileSync(path.join(opt.out, `${snapshot.site.id}.json`), `${JSON.stringify(snapshot, null, 2)}\n`);
  const report = checkSite(snapshot, { at: AT });
  const by = (status) => report.findings.filter((f) => f.status === status).map((f) => f.rule);
  return { site: report.site, verdict: report.verdict, summary: report.summary, fail: by('fail'), needsInput: by('needs-input'), notApplicable: by('not-applicable'), findings: report.findings };
});
const inventory = checkInventory(snapshots);
db.close();

if (opt.json) {
  console.log(JSON.stringify({ at: AT, sites: results.map(({ findings, ...r }) => r), inventory: { rule: inventory.rule, status: inventory.status } }, null, 2));
} else {
  for (const r of results) {
    console.log(`${r.site} @ ${AT} — ${r.verdict === 'qualified' ? '合格 qualified' : '不合格 unqualified'} — ${r.summary.pass} pass, ${r.summary.fail} fail, ${r.summary['needs-input']} needs-input, ${r.summary['not-applicable']} not-applicable`);
    for (const f of r.findings.filter((x) => x.status === 'fail' || x.status === 'needs-input')) {
      console.log(`  ${f.status === 'fail' ? 'FAIL ' : 'INPUT'} ${f.rule}  ${f.message.zh} / ${f.message.en}`);
    }
  }
  console.log(`inventory (Art. 10): ${inventory.status} — ${inventory.message.en}`);
  console.log(`snapshots written to ${opt.out}`);
}
process.exitCode = results.some((r) => r.verdict === 'unqualified') ? 1 : 0;
