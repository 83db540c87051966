import { DateTime } from 'luxon';
import { builtinRules, checkSiteUnknown, deyang2018Profile, type Finding, type Profile, type SnapshotInput } from '../../src/index.js';
import { junk } from '../junk.js';

export const AT = '2026-11-25T12:00:00+08:00';
/** `AT` as epoch ms (a Wednesday, 12:00 in Beijing). */
export const AT_MS = Date.parse(AT);
export const SITE = { id: 'dy-test', name: '测试网站', kind: 'department', level: 'city', department: '市测试局' } as const;

/** A snapshot with the given sections (loose records: the schema checks them at run time). */
export const snap = (extra: Record<string, unknown> = {}): SnapshotInput => junk({ schemaVersion: 1, site: SITE, ...extra });

const LEGACY_IDS = [
  'census/site-unreachable', 'census/homepage-stale', 'census/columns-stale', 'census/columns-neglected',
  'census/blank-columns', 'census/interaction-unanswered', 'census/serious-problems', 'census/services-unusable',
];
const legacyRules = Object.fromEntries(LEGACY_IDS.map((id) => [id, builtinRules.find((d) => d.id === id)?.params.parse({}) as Record<string, unknown>]));
const deyangRules = Object.fromEntries(Object.entries(deyang2018Profile.rules).filter(([id]) => id.startsWith('deyang-2018/')));
/**
 * The `census/…` rule definitions (the undated mix of the two veto lists, kept as rules and as
 * aliases) run in a profile that names them: the shipped profiles now run the versioned rules.
 * Same ids as the profiles they stand in for, so reports read as before.
 */
export const LEGACY_DEYANG: Profile = { id: 'deyang-2018', description: deyang2018Profile.description, rules: { ...deyangRules, ...legacyRules } };
export const LEGACY_CENSUS: Profile = { id: 'census', description: { zh: '全国政府网站普查单项否决指标', en: 'National website census single-veto indicators' }, rules: legacyRules };
const legacy = (rule: string, profile: any): any =>
  rule.startsWith('census/') ? (profile === 'deyang-2018' ? LEGACY_DEYANG : profile === 'census' ? LEGACY_CENSUS : profile) : profile;

/** The finding of one rule. */
export function findingOf(snapshot: unknown, rule: string, at: string = AT, profile: any = 'deyang-2018'): Finding {
  const report = checkSiteUnknown(snapshot, { at, profile: legacy(rule, profile) });
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
