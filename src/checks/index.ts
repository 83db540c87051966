/**
 * Site compliance checks: the snapshot schema, the engine, profiles, and the cross-site inventory
 * check.
 */
export { checkSite, checkSiteUnknown, checkSites, type CheckOptions } from './engine.js';
export { checkOptionsSchema, resolveCheckOptions, type ResolvedCheckOptions } from './engine.js';
export { checkInventory } from './inventory.js';
export { deyang2018Profile, censusProfile, PROFILES, deriveProfile, type Profile, type ProfileOverrides, type SiteRuleId } from './profiles.js';
export { profileFileSchema, profileFromJson, type ProfileFile } from './profiles.js';
export { census2015Profile, gov2019Profile, profileAt, censusAliases } from './profiles.js';
export { inForceAt, scorecardAt } from './profiles.js';
export { builtinRules } from './registry.js';
export { gov2019DeductionRules } from './gov2019-deductions.js';
export { defineRule, type RuleDefinition } from './rule.js';
export { isRuleDefinition } from './rule.js';
export type { CheckContext } from './context.js';
export { checkTime, type CheckTime, type SnapshotData, type ExtensionData, type DeepReadonly } from './context.js';
export { finding, checkReportSchema, findingSchema, type CheckReport, type Finding, type Status, type Bilingual } from './report.js';
export { accountReportSchema, type AccountReport } from './report.js';
export { snapshotSchema, SNAPSHOT_LIMITS, type Snapshot, type SnapshotInput } from './snapshot-schema.js';
export { extensionsSchema } from './snapshot-schema.js';
export type { Account } from './snapshot-schema.js';
