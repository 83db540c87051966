/**
 * Site compliance checks: the snapshot schema, the engine, profiles, and the cross-site inventory
 * check.
 */
export { checkSite, checkSiteUnknown, checkSites, type CheckOptions } from './engine.js';
export { checkInventory } from './inventory.js';
export { deyang2018Profile, censusProfile, PROFILES, deriveProfile, type Profile, type ProfileOverrides, type SiteRuleId } from './profiles.js';
export { census2015Profile, gov2019Profile, profileAt, censusAliases } from './profiles.js';
export { builtinRules } from './registry.js';
export { defineRule, type RuleDefinition } from './rule.js';
export type { CheckContext } from './context.js';
export { finding, checkReportSchema, findingSchema, type CheckReport, type Finding, type Status, type Bilingual } from './report.js';
export { accountReportSchema, type AccountReport } from './report.js';
export { snapshotSchema, SNAPSHOT_LIMITS, type Snapshot, type SnapshotInput } from './snapshot-schema.js';
export type { Account } from './snapshot-schema.js';
