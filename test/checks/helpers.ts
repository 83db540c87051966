import { DateTime } from 'luxon';
import { checkSiteUnknown, type Finding, type SnapshotInput } from '../../src/index.js';
import { junk } from '../junk.js';

export const AT = '2026-11-25T12:00:00+08:00';
/** `AT` as epoch ms (a Wednesday, 12:00 in Beijing). */
export const AT_MS = Date.parse(AT);
export const SITE = { id: 'dy-test', name: '测试网站', kind: 'department', level: 'city', department: '市测试局' } as const;

/** A snapshot with the given sections (loose records: the schema checks them at run time). */
export const snap = (extra: Record<string, unknown> = {}): SnapshotInput => junk({ schemaVersion: 1, site: SITE, ...extra });

/** The finding of one rule. */
export function findingOf(snapshot: unknown, rule: string, at: string = AT, profile: any = 'deyang-2018'): Finding {
  const report = checkSiteUnknown(snapshot, { at, profile });
  const f = report.findings.find((x) => x.rule === rule);
  if (f === undefined) throw new Error(`no finding for ${rule}`);
  return f;
}

export const statusOf = (snapshot: unknown, rule: string, at: string = AT, profile: any = 'deyang-2018') => findingOf(snapshot, rule, at, profile).status;

/** Beijing ISO text of epoch ms (test-side, independent of the library's formatter). */
export function bj(ms: number): string {
  const d = new Date(ms + 8 * 3_600_000);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCFullYear(), 4)}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}T${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}+08:00`;
}

export const DAY = 86_400_000;
export const HOUR = 3_600_000;

/** Epoch ms plus a Luxon duration counted in Beijing wall time (test-side, Luxon as the oracle). */
export const bjPlus = (ms: number, o: Record<string, number>): number => DateTime.fromMillis(ms, { zone: 'Asia/Shanghai' }).plus(o).toMillis();

/** Evidence lists hold at most 20 entries (docs/checks.md: "lists capped at 20"). */
export const CAP = 20;
