/**
 * `deyang-2018/art10-consolidation` across sites — Art. 10: a city department keeps at most one
 * website; county-level departments and township governments run no website of their own.
 * Portals of the city and of counties are allowed (Art. 2).
 */
import { InvalidInputError } from '../errors.js';
import { formatPath, guardRead, parseInput, rejectForbiddenKeys } from '../validate.js';
import { EVIDENCE_CAP } from './context.js';
import { finding, type Finding } from './report.js';
import { siteSchema, type SiteInfo } from './snapshot-schema.js';

function siteOf(snapshot: unknown, index: number): SiteInfo {
  const field = `snapshots[${index}]`;
  rejectForbiddenKeys(snapshot, field);
  if (snapshot === null || typeof snapshot !== 'object') throw new InvalidInputError(field, snapshot, 'is not a snapshot object');
  return parseInput(siteSchema, (snapshot as { site?: unknown }).site, formatPath(field, ['site']));
}

/**
 * Checks an inventory of snapshots (only their `site` blocks are read) for Art. 10. Each site is
 * listed once: a `site.id` seen before is refused (it would count as a second site).
 *
 * @example
 * const s = (id, department) => ({ schemaVersion: 1, site: { id, name: id, kind: 'department', level: 'city', department } });
 * checkInventory([s('a', '市教育局'), s('b', '市教育局')]).status; // 'fail'
 */
export function checkInventory(snapshots: Iterable<unknown>): Finding {
  const id = 'deyang-2018/art10-consolidation';
  const byDepartment = new Map<string, string[]>();
  const forbidden: Record<string, unknown>[] = [];
  const noDepartment: string[] = [];
  let sites = 0;
  let forbiddenCount = 0;
  const seen = new Map<string, number>();
  if (snapshots === null || typeof guardRead('snapshots', snapshots, () => (snapshots as { [Symbol.iterator]?: unknown })?.[Symbol.iterator]) !== 'function') {
    throw new InvalidInputError('snapshots', snapshots, 'is not an iterable of snapshots (an array, a generator …)');
  }
  for (const snapshot of snapshots) {
    const site = siteOf(snapshot, sites);
    const first = seen.get(site.id);
    if (first !== undefined) throw new InvalidInputError(`snapshots[${sites}].site.id`, site.id, `is also the id of snapshots[${first}]: list each site once`);
    seen.set(site.id, sites);
    sites++;
    const selfRun = site.kind !== 'portal';
    if (site.level === 'township' || (site.level === 'county' && selfRun)) {
      forbiddenCount++;
      if (forbidden.length < EVIDENCE_CAP) forbidden.push({ site: site.id, kind: site.kind, level: site.level });
      continue;
    }
    if (site.level === 'city' && selfRun) {
      if (site.department === undefined) {
        noDepartment.push(site.id);
        continue;
      }
      const list = byDepartment.get(site.department) ?? [];
      list.push(site.id);
      byDepartment.set(site.department, list);
    }
  }
  const duplicated = [...byDepartment].filter(([, list]) => list.length > 1);
  const evidence = {
    sites,
    departments: byDepartment.size,
    departmentsWithSeveralSites: duplicated.slice(0, EVIDENCE_CAP).map(([department, list]) => ({ department, sites: list })),
    countyOrTownshipSites: forbidden,
    countyOrTownshipCount: forbiddenCount,
    withoutDepartment: noDepartment.slice(0, EVIDENCE_CAP),
  };
  if (sites === 0) return finding(id, 'not-applicable', { zh: '清单为空', en: 'Empty inventory' }, evidence);
  if (duplicated.length > 0 || forbiddenCount > 0) {
    return finding(id, 'fail', {
      zh: `${duplicated.length}个市级部门开设多个网站，${forbiddenCount}个县级部门或乡镇网站应整合`,
      en: `${duplicated.length} city department(s) run more than one site; ${forbiddenCount} county-department or township site(s) must be consolidated`,
    }, evidence);
  }
  if (noDepartment.length > 0) {
    return finding(id, 'needs-input', { zh: '部分市级部门网站未注明主办部门（site.department）', en: 'Some city department sites do not name their department (site.department)' }, evidence);
  }
  return finding(id, 'pass', { zh: '每个市级部门至多一个网站，无县级部门或乡镇网站', en: 'At most one site per city department; no county-department or township site' }, evidence);
}
