/**
 * The site snapshot v1 (`shared/spec/snapshot.md`): the zod schema is the single source of the
 * `Snapshot` type and of `docs/snapshot.schema.json`. Field names are the contract. Unknown fields
 * are stripped, never merged; the keys `__proto__`, `constructor` and `prototype` are refused
 * anywhere in the input before zod sees it.
 */
import { z } from 'zod';
import { parseIsoDate } from '../calendar/days.js';
import { parseSnapshotInstant } from './instant.js';

const INSTANT_MESSAGE = 'must be an ISO-8601 instant with seconds and Z or an offset, e.g. 2026-10-09T10:00:00+08:00';

/** An ISO-8601 instant with `Z` or an offset (e.g. `2026-10-09T10:00:00+08:00`). */
export const instantSchema = z
  .iso.datetime({ offset: true, error: INSTANT_MESSAGE })
  .refine((s) => !Number.isNaN(parseSnapshotInstant(s)), { message: INSTANT_MESSAGE })
  .meta({ description: 'ISO-8601 instant with Z or an offset, e.g. 2026-10-09T10:00:00+08:00' });

/** A Beijing civil date `YYYY-MM-DD`. */
export const dateSchema = z
  .iso.date({ error: 'must be a date YYYY-MM-DD' })
  .refine((s) => parseIsoDate(s) !== undefined, { message: 'must be a date YYYY-MM-DD' })
  .meta({ description: 'Beijing civil date YYYY-MM-DD' });

/** A date or an instant (a publication's trigger: 印发 date, activity end instant …). */
export const dateOrInstantSchema = z.union([dateSchema, instantSchema]);

/**
 * The size limits of the snapshot's strings (documented in docs/reliability.md and
 * docs/checks.md): a value longer than its limit is refused with InvalidInputError naming its
 * JSON path. Arrays have no limit (a column may hold a million items); the CLI limits the size of
 * its input instead.
 *
 * @example
 * SNAPSHOT_LIMITS.url; // 2048
 */
export const SNAPSHOT_LIMITS = Object.freeze({
  /** Every `id` (site, column, item, publication, message, incident, outage). */
  id: 256,
  /** Names: `site.name`, `site.department`, `columns[].name`, `reviews[].by`, `facts.siteIdentifierCode`. */
  name: 256,
  /** `links[].url`. */
  url: 2048,
  /** Free text: `facts.seriousProblems[].description`. */
  text: 4096,
});

const id = z.string().min(1).max(SNAPSHOT_LIMITS.id);
const name = z.string().max(SNAPSHOT_LIMITS.name);

export const COLUMN_CATEGORIES = [
  'homepage', 'news', 'notice', 'policy', 'annual-report', 'plan', 'personnel', 'basic-info', 'interaction', 'other',
] as const;

/** One item of a column. `publishedAt` null or absent: undated (never counts as an update). */
export const itemSchema = z.object({
  id,
  publishedAt: instantSchema.nullable().optional(),
});

export const columnSchema = z.object({
  id,
  name,
  category: z.enum(COLUMN_CATEGORIES),
  /** 1 = first-level column. */
  level: z.number().int().min(1).optional(),
  openedOn: dateSchema.optional(),
  items: z.array(itemSchema).optional(),
});

export const reviewSchema = z.object({
  stage: z.enum(['initial', 'verify', 'release']),
  by: name.min(1),
  at: instantSchema,
  approved: z.boolean(),
});

export const publicationSchema = z.object({
  id,
  kind: z.enum(['policy-document', 'interpretation', 'activity', 'proactive', 'other']),
  /** 印发 date / activity end instant / formed-or-changed date / for an interpretation: the document's publication. */
  triggeredAt: dateOrInstantSchema.optional(),
  /** null or absent: not published yet. */
  publishedAt: instantSchema.nullable().optional(),
  /** Absent: the trail is not known; `[]`: published without any review. */
  reviews: z.array(reviewSchema).optional(),
  /** 保密审查; null or absent = not done. */
  confidentialityReviewedAt: instantSchema.nullable().optional(),
});

export const MESSAGE_CHANNELS = ['consultation', 'error-report', 'opinion', 'interview', 'survey', 'petition', 'discipline'] as const;

export const messageSchema = z.object({
  id,
  channel: z.enum(MESSAGE_CHANNELS),
  receivedAt: instantSchema,
  /** null or absent: unanswered. */
  repliedAt: instantSchema.nullable().optional(),
  valid: z.boolean().optional(),
  complex: z.boolean().optional(),
  untrue: z.boolean().optional(),
  handlingPublished: z.boolean().optional(),
});

export const incidentSchema = z.object({
  id,
  occurredAt: instantSchema,
  major: z.boolean(),
  reportedAt: instantSchema.nullable().optional(),
});

export const outageSchema = z.object({
  id,
  start: instantSchema,
  /** null or absent: still offline. */
  end: instantSchema.nullable().optional(),
  reason: z.enum(['rectification', 'force-majeure', 'ordered-shutdown', 'unplanned']),
  approved: z.boolean().optional(),
  noticePosted: z.boolean().optional(),
});

export const probeSchema = z.object({ at: instantSchema, ok: z.boolean() });

export const linkSchema = z.object({
  url: z.string().max(SNAPSHOT_LIMITS.url),
  kind: z.enum(['government', 'commercial', 'illegal', 'other']),
});

export const reportSchema = z.object({
  kind: z.enum(['self-inspection']),
  period: z.string().regex(/^\d{4}Q[1-4]$/, 'must be a quarter such as 2026Q3'),
  submittedAt: instantSchema,
});

export const SERIOUS_PROBLEM_KINDS = [
  'wording-error', 'state-secret', 'harmful-content', 'unhandled-attack', 'falsified-data', 'public-opinion',
] as const;

/** A serious problem (严重问题) the caller states. */
export const seriousProblemSchema = z.union([
  z.enum(SERIOUS_PROBLEM_KINDS),
  z.object({ kind: z.enum(SERIOUS_PROBLEM_KINDS), description: z.string().max(SNAPSHOT_LIMITS.text).optional(), at: instantSchema.optional() }),
]);

export const changeSchema = z.object({
  kind: z.enum(['sponsor', 'person-in-charge', 'contact', 'domain', 'structure', 'address']),
  changedAt: dateOrInstantSchema,
  /** When it was filed with the supervising unit; null or absent: not filed. */
  filedAt: dateOrInstantSchema.nullable().optional(),
  /** For a domain change: announced on the site itself. */
  announcedOnSite: z.boolean().optional(),
});

/** The opening procedure of a site (Deyang Art. 12). */
export const openingApprovalSchema = z
  .object({
    openedAfterCensus: z.boolean().optional().describe('网站在第一次全国政府网站普查开始后开设（含第三方平台子站） / The site (or a sub-site on a third-party platform) was opened after the first national website census started'),
    verticallyManaged: z.boolean().optional().describe('实行垂直管理的部门，按系统向国务院有关部门申请（缺省为否） / A vertically managed department, applying up its own line to the State Council department (absent: no)'),
    headConsent: z.boolean().optional().describe('经本部门主要负责人同意 / Consent of the department head'),
    appliedToCityOffice: z.boolean().optional().describe('向市政府办公室提出申请 / Applied to the city government office'),
    enteredInReportingSystem: z.boolean().optional().describe('已录入全国政府网站信息报送系统 / Entered in the national government website reporting system'),
    cityOfficeApproved: z.boolean().optional().describe('经市政府办公室审核同意 / Approved by the city government office'),
    provincialOfficeApproved: z.boolean().optional().describe('经省政府办公厅审核同意 / Approved by the provincial government office'),
    lineApproved: z.boolean().optional().describe('垂直管理部门：经国务院有关部门审核同意 / Vertically managed: approved by the State Council department of its line'),
  })
  .describe('网站开设审批（德阳办法第十二条） / Opening approval (Deyang Art. 12)');

export const factsSchema = z.object({
  /** An effective online consultation channel exists. */
  consultationChannel: z.boolean().optional(),
  /** The site offers any online service. */
  onlineServices: z.boolean().optional(),
  /** Services whose guide misses elements (compared with a profile's threshold, if it has one). */
  servicesMissingGuideElements: z.number().int().min(0).optional(),
  seriousProblems: z.array(seriousProblemSchema).optional(),
  /** 政府网站标识码 (Art. 14). */
  siteIdentifierCode: name.nullable().optional(),
  /** Passed a security test before going online (Art. 14). */
  securityTestPassed: z.boolean().optional(),
  /** Opening announced on the higher-level / same-level portal (Art. 14). */
  openingAnnounced: z.boolean().optional(),
  /** Changes of sponsor, contact, domain … (Art. 17). */
  changes: z.array(changeSchema).optional(),
  openingApproval: openingApprovalSchema.optional(),
});

export const siteSchema = z.object({
  id,
  name,
  kind: z.enum(['portal', 'department', 'special']),
  level: z.enum(['city', 'county', 'township']),
  department: name.optional(),
});

/**
 * The snapshot v1 (`snapshot.md`): the single source of the `Snapshot` type and of
 * `docs/snapshot.schema.json`.
 *
 * @example
 * snapshotSchema.safeParse({ schemaVersion: 1, site: { id: 'dy-edu', name: '德阳市教育局', kind: 'department', level: 'city' } }).success; // true
 * z.toJSONSchema(snapshotSchema).title; // 'gov-site-rules site snapshot v1'
 */
export const snapshotSchema = z
  .object({
    schemaVersion: z.literal(1),
    site: siteSchema,
    columns: z.array(columnSchema).optional(),
    publications: z.array(publicationSchema).optional(),
    messages: z.array(messageSchema).optional(),
    incidents: z.array(incidentSchema).optional(),
    outages: z.array(outageSchema).optional(),
    probes: z.array(probeSchema).optional(),
    links: z.array(linkSchema).optional(),
    reports: z.array(reportSchema).optional(),
    facts: factsSchema.optional(),
  })
  .meta({
    title: 'gov-site-rules site snapshot v1',
    description: 'What a portal or monitoring system knows about one site at a moment (shared/spec/snapshot.md).',
  });

/** A validated snapshot (unknown fields stripped). */
export type Snapshot = z.infer<typeof snapshotSchema>;
/** What a caller may pass: the input type of the schema. */
export type SnapshotInput = z.input<typeof snapshotSchema>;
export type Column = z.infer<typeof columnSchema>;
export type Item = z.infer<typeof itemSchema>;
export type Publication = z.infer<typeof publicationSchema>;
export type Review = z.infer<typeof reviewSchema>;
export type Message = z.infer<typeof messageSchema>;
export type Incident = z.infer<typeof incidentSchema>;
export type Outage = z.infer<typeof outageSchema>;
export type Probe = z.infer<typeof probeSchema>;
export type Link = z.infer<typeof linkSchema>;
export type ReportFiled = z.infer<typeof reportSchema>;
export type Facts = z.infer<typeof factsSchema>;
export type SiteInfo = z.infer<typeof siteSchema>;
export type ColumnCategory = (typeof COLUMN_CATEGORIES)[number];
