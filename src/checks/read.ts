/**
 * The edge of the checks: a raw snapshot (parsed JSON or an object) is validated once and turned
 * into a numeric model — instants as epoch ms, dates as epoch days, column items as one sorted
 * Float64Array per column. No check parses a string.
 *
 * Validation is the zod schema, except for column items, where zod's per-object cost would make
 * reading a million items slower than `JSON.parse`, and the common sections of a small snapshot
 * (columns, probes, links, the site and simple facts: see "The fast sections" below). Items go through {@link readItemFast}, which
 * accepts exactly what `itemSchema` accepts (a test proves it on generated inputs); whenever it
 * refuses something, the zod schema is run on that item to produce the error, so messages are
 * the schema's.
 */
import { InvalidInputError } from '../errors.js';
import { beijingDayOfInstant, formatBeijingInstant, parseIsoDate, startOfBeijingDay } from '../time/index.js';
import { formatPath, parseInput, rejectForbiddenKeys } from '../validate.js';
import { instantTaker, type InstantReadings, parseSnapshotInstant, readingInstants } from './instant.js';
import {
  type Account,
  type Column,
  type Facts,
  COLUMN_CATEGORIES,
  type Incident,
  itemSchema,
  type Link,
  linkSchema,
  type Message,
  type Outage,
  type Publication,
  type ReportFiled,
  type Review,
  type Snapshot,
  SNAPSHOT_LIMITS,
  snapshotSchema,
} from './snapshot-schema.js';

export { rejectForbiddenKeys } from '../validate.js';

/**
 * The model's types are derived from the schema's output types: each keeps the fields the
 * schema gives as they are (`Pick` of the `z.infer` type) and adds the numbers read from the
 * instants and dates.
 */

/** A column as numbers. `times` holds the dated items' instants, ascending. */
export interface ColumnModel extends Readonly<Pick<Column, 'id' | 'name' | 'category' | 'level' | 'openedOn'>> {
  /** Start (Beijing midnight) of `openedOn`, if given. */
  readonly openedMs: number | undefined;
  readonly times: Float64Array;
  readonly itemCount: number;
  readonly undated: number;
}

export interface ReviewModel extends Readonly<Pick<Review, 'stage' | 'by' | 'approved'>> {
  readonly at: number;
}

/** A date-or-instant trigger: its Beijing day, and its instant when it carried one. */
export interface Trigger {
  readonly day: number;
  readonly ms: number | undefined;
  readonly text: string;
}

/** A publication as numbers; `interprets` (the policy document an interpretation interprets) and `linked` as given. */
export interface PublicationModel extends Readonly<Pick<Publication, 'id' | 'kind' | 'interprets' | 'linked'>> {
  readonly triggered: Trigger | undefined;
  readonly publishedMs: number | undefined;
  readonly reviews: readonly ReviewModel[] | undefined;
  readonly confidentialityMs: number | undefined;
}

export interface MessageModel extends Readonly<Pick<Message, 'id' | 'channel' | 'valid' | 'handlingPublished'>> {
  readonly receivedMs: number;
  readonly repliedMs: number | undefined;
  /** `complex` and `untrue`, absent read as false. */
  readonly complex: boolean;
  readonly untrue: boolean;
}

export interface IncidentModel extends Readonly<Pick<Incident, 'id' | 'major'>> {
  readonly occurredMs: number;
  readonly reportedMs: number | undefined;
}

export interface OutageModel extends Readonly<Pick<Outage, 'id' | 'reason' | 'approved' | 'noticePosted'>> {
  readonly startMs: number;
  readonly endMs: number | undefined;
}

export interface ReportModel extends Readonly<Pick<ReportFiled, 'kind' | 'period'>> {
  readonly submittedMs: number;
}

type Change = NonNullable<Facts['changes']>[number];

export interface ChangeModel extends Readonly<Pick<Change, 'kind' | 'announcedOnSite'>> {
  readonly changed: Trigger;
  readonly filed: Trigger | undefined;
}

/** A new-media account as numbers: `posts` holds its posts' instants, ascending. */
export interface AccountModel extends Readonly<Pick<Account, 'id' | 'name' | 'platform' | 'interactionAvailable' | 'facts'>> {
  readonly openedMs: number | undefined;
  readonly posts: Float64Array;
}

/** The whole snapshot as numbers. `undefined` = the section was absent (unknown). */
export interface SiteModel extends Readonly<Pick<Snapshot, 'site' | 'links'>> {
  readonly columns: readonly ColumnModel[] | undefined;
  readonly publications: readonly PublicationModel[] | undefined;
  readonly messages: readonly MessageModel[] | undefined;
  readonly incidents: readonly IncidentModel[] | undefined;
  readonly outages: readonly OutageModel[] | undefined;
  readonly probes: { readonly at: Float64Array; readonly ok: Uint8Array } | undefined;
  readonly reports: readonly ReportModel[] | undefined;
  readonly facts: (Omit<NonNullable<Snapshot['facts']>, 'changes'> & { readonly changes?: readonly ChangeModel[] }) | undefined;
  readonly accounts?: readonly AccountModel[] | undefined;
}

function trigger(text: string, instant: (s: string) => number): Trigger {
  if (text.length === 10) return { day: parseIsoDate(text) as number, ms: undefined, text };
  const ms = instant(text);
  return { day: beijingDayOfInstant(ms), ms, text };
}

/** Where {@link readItemFast} puts what it reads: the instants in `times[0 … dated)`, and the count of undated items. */
export interface ItemReading {
  readonly times: Float64Array;
  dated: number;
  undated: number;
}

/**
 * Whether `value` is an item `itemSchema` accepts; adds its instant to `out` (or counts it as
 * undated). Returns false, touching nothing, for anything the schema would refuse.
 */
export function readItemFast(value: unknown, out: ItemReading): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const item = value as { id?: unknown; publishedAt?: unknown };
  const itemId = item.id;
  if (typeof itemId !== 'string' || itemId.length === 0 || itemId.length > SNAPSHOT_LIMITS.id) return false;
  const p = item.publishedAt;
  if (p === undefined || p === null) {
    out.undated++;
    return true;
  }
  if (typeof p !== 'string') return false;
  const ms = parseSnapshotInstant(p);
  if (ms !== ms) return false;
  out.times[out.dated++] = ms;
  return true;
}

/** Just the verdict of {@link readItemFast}, for the equivalence test. */
export function itemAcceptedFast(value: unknown): boolean {
  return readItemFast(value, { times: new Float64Array(1), dated: 0, undated: 0 });
}

/** The items of a column read by {@link readItemFast}; `undefined` as soon as one is refused. */
function readItemsFast(list: readonly unknown[]): { times: Float64Array; undated: number; count: number } | undefined {
  const acc: ItemReading = { times: new Float64Array(list.length), dated: 0, undated: 0 };
  for (let i = 0; i < list.length; i++) if (!readItemFast(list[i], acc)) return undefined;
  return { times: sorted(acc.undated === 0 ? acc.times : acc.times.slice(0, acc.dated)), undated: acc.undated, count: list.length };
}

function readItems(items: unknown, columnIndex: number): { times: Float64Array; undated: number; count: number } {
  if (items === undefined) return { times: new Float64Array(0), undated: 0, count: 0 };
  const list = items as unknown[];
  const read = readItemsFast(list);
  if (read !== undefined) return read;
  for (let i = 0; i < list.length; i++) {
    if (!itemAcceptedFast(list[i])) {
      const prefix = formatPath('snapshot', ['columns', columnIndex, 'items', i]);
      parseInput(itemSchema, list[i], prefix);
      throw new InvalidInputError(prefix, list[i], 'is not an item { id, publishedAt }');
    }
  }
  throw new InvalidInputError(formatPath('snapshot', ['columns', columnIndex, 'items']), items, 'could not be read');
}

/** `times`, sorted ascending in place. */
function sorted(times: Float64Array): Float64Array {
  let sorted = true;
  for (let i = 1; i < times.length; i++) {
    if ((times[i] as number) < (times[i - 1] as number)) {
      sorted = false;
      break;
    }
  }
  if (!sorted) times.sort();
  return times;
}

/*
 * The fast sections. A snapshot's repeated records — columns, probes, links — cost zod far more
 * than JSON.parse costs to read them (about 10 µs a probe). They are read by hand when every one
 * of them is as the schema wants: each reader below accepts exactly what its schema accepts (the
 * same grammar functions; test/checks/schema.test.ts compares them on generated records) and gives
 * what the schema's output holds. Anything else, and any refusal, goes to the schema, which then
 * reads the whole snapshot as before and words the error.
 */

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string' && v.length >= 1 && v.length <= SNAPSHOT_LIMITS.id;
/**
 * `dateSchema` (zod's ISO date format and a real calendar date): `parseIsoDate` alone accepts the
 * same strings — `YYYY-MM-DD` in ASCII digits, a real Gregorian date (year 0000 a leap year, as in
 * zod's pattern) — which test/checks/fast-sections.test.ts checks against the schema.
 */
const isDate = (v: unknown): v is string => typeof v === 'string' && parseIsoDate(v) !== undefined;

/** A column as {@link readSnapshot} models it, if `columnSchema` accepts `value` (items included); otherwise `undefined`. */
function columnFast(value: unknown): ColumnModel | undefined {
  if (!isObject(value)) return undefined;
  const { id, name, category, level, openedOn, items } = value;
  if (!isId(id) || typeof name !== 'string' || name.length > SNAPSHOT_LIMITS.name) return undefined;
  if (typeof category !== 'string' || !(COLUMN_CATEGORIES as readonly string[]).includes(category)) return undefined;
  if (level !== undefined && !(typeof level === 'number' && Number.isSafeInteger(level) && level >= 1)) return undefined;
  if (openedOn !== undefined && !isDate(openedOn)) return undefined;
  const read = items === undefined ? { times: new Float64Array(0), undated: 0, count: 0 } : Array.isArray(items) ? readItemsFast(items) : undefined;
  if (read === undefined) return undefined;
  return {
    id,
    name,
    category: category as Column['category'],
    level: level as number | undefined,
    openedMs: openedOn === undefined ? undefined : startOfBeijingDay(parseIsoDate(openedOn) as number),
    openedOn,
    times: read.times,
    itemCount: read.count,
    undated: read.undated,
  };
}

/** Whether `columnSchema` accepts `value`, by the fast reader (for the equivalence test). */
export function columnAcceptedFast(value: unknown): boolean {
  return columnFast(value) !== undefined;
}

/** The probes as the model holds them, if `probeSchema` accepts every one; otherwise `undefined`. */
function probesFast(list: readonly unknown[]): NonNullable<SiteModel['probes']> | undefined {
  const at = new Float64Array(list.length);
  const ok = new Uint8Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const p = list[i];
    if (!isObject(p)) return undefined;
    const t = p.at;
    const o = p.ok;
    if (typeof t !== 'string' || typeof o !== 'boolean') return undefined;
    const ms = parseSnapshotInstant(t);
    if (ms !== ms) return undefined;
    at[i] = ms;
    ok[i] = o ? 1 : 0;
  }
  return { at, ok };
}

/** Whether `probeSchema` accepts `value`, by the fast reader (for the equivalence test). */
export function probeAcceptedFast(value: unknown): boolean {
  return probesFast([value]) !== undefined;
}

/** A link as `linkSchema` outputs it (`{ url, kind }`, nothing else), or `undefined` if the schema refuses it. */
function linkFast(value: unknown): Link | undefined {
  if (!isObject(value)) return undefined;
  const { url, kind } = value;
  if (typeof url !== 'string' || url.length > SNAPSHOT_LIMITS.url || typeof kind !== 'string' || !(linkSchema.shape.kind.options as readonly string[]).includes(kind)) return undefined;
  return { url, kind: kind as Link['kind'] };
}

/** Whether `linkSchema` accepts `value`, by the fast reader (for the equivalence test). */
export function linkAcceptedFast(value: unknown): boolean {
  return linkFast(value) !== undefined;
}

/** `list.map(read)`, or `undefined` when `list` is not an array or `read` refuses one. */
function allFast<T>(list: unknown, read: (v: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(list)) return undefined;
  const out: T[] = [];
  for (const v of list) {
    const r = read(v);
    if (r === undefined) return undefined;
    out.push(r);
  }
  return out;
}

/** `siteSchema`'s enums. */
const SITE_KINDS: readonly unknown[] = ['portal', 'department', 'special'];
const SITE_LEVELS: readonly unknown[] = ['city', 'county', 'township'];

/**
 * `site` as `siteSchema` outputs it — its keys in the schema's order, an optional key kept (even
 * `undefined`) when the input has it, unknown keys dropped — or `undefined` when it is not a
 * plain object the schema accepts.
 */
function siteFast(value: unknown): Snapshot['site'] | undefined {
  if (!isObject(value) || Object.getPrototypeOf(value) !== Object.prototype) return undefined;
  const { id, name, kind, level, externalServices, department } = value;
  if (!isId(id) || typeof name !== 'string' || name.length > SNAPSHOT_LIMITS.name || !SITE_KINDS.includes(kind) || !SITE_LEVELS.includes(level)) return undefined;
  if (externalServices !== undefined && typeof externalServices !== 'boolean') return undefined;
  if (department !== undefined && (typeof department !== 'string' || department.length > SNAPSHOT_LIMITS.name)) return undefined;
  const site: Record<string, unknown> = { id, name, kind, level };
  if ('externalServices' in value) site.externalServices = externalServices;
  if ('department' in value) site.department = department;
  return site as Snapshot['site'];
}

/** The keys of `factsSchema`, in its order, and the ones {@link factsFast} reads (the others must be absent). */
const FACT_KEYS = ['consultationChannel', 'onlineServices', 'servicesMissingGuideElements', 'seriousProblems', 'siteIdentifierCode', 'securityTestPassed',
  'openingAnnounced', 'changes', 'openingApproval', 'leaderInfo', 'columnRoles', 'manualScores', 'homepageNavigationOnly'] as const;
const FACT_FLAGS = ['consultationChannel', 'onlineServices', 'securityTestPassed', 'openingAnnounced', 'homepageNavigationOnly'] as const;
const FACTS_FOR_SCHEMA = ['changes', 'openingApproval', 'leaderInfo', 'columnRoles', 'manualScores'] as const;

/**
 * `facts` as `factsSchema` outputs it (keys in the schema's order, as {@link siteFast}) when it
 * holds only flags, a count, the identifier code and no serious problem (`[]`); `undefined` for
 * anything else — a serious problem, changes, the opening approval, leader information … — which
 * the schema reads.
 */
function factsFast(value: unknown): Snapshot['facts'] | undefined {
  if (!isObject(value) || Object.getPrototypeOf(value) !== Object.prototype) return undefined;
  for (const key of FACT_FLAGS) {
    const v = value[key];
    if (v !== undefined && typeof v !== 'boolean') return undefined;
  }
  for (const key of FACTS_FOR_SCHEMA) if (value[key] !== undefined) return undefined;
  const { servicesMissingGuideElements: count, seriousProblems: problems, siteIdentifierCode: code } = value;
  if (count !== undefined && !(typeof count === 'number' && Number.isSafeInteger(count) && count >= 0)) return undefined;
  if (problems !== undefined && !(Array.isArray(problems) && problems.length === 0)) return undefined;
  if (code !== undefined && code !== null && (typeof code !== 'string' || code.length > SNAPSHOT_LIMITS.name)) return undefined;
  const facts: Record<string, unknown> = {};
  for (const key of FACT_KEYS) if (key in value) facts[key] = key === 'seriousProblems' && problems !== undefined ? [] : value[key];
  return facts as Snapshot['facts'];
}

/** The sections of the snapshot {@link restFast} leaves to the schema: any of them present sends the rest there. */
const SECTIONS_FOR_SCHEMA = ['publications', 'messages', 'incidents', 'outages', 'reports', 'extensions', 'accounts'] as const;

/**
 * What `snapshotSchema` gives for the rest of a snapshot (all but columns, probes and links) when
 * it is only `schemaVersion`, `site` and simple `facts`; `undefined` otherwise (the schema reads it).
 */
function restFast(raw: Record<string, unknown>): Snapshot | undefined {
  if (raw.schemaVersion !== 1) return undefined;
  for (const key of SECTIONS_FOR_SCHEMA) if (raw[key] !== undefined) return undefined;
  const site = siteFast(raw.site);
  if (site === undefined) return undefined;
  const facts = raw.facts === undefined ? undefined : factsFast(raw.facts);
  if (raw.facts !== undefined && facts === undefined) return undefined;
  return { schemaVersion: 1, site, facts } as Snapshot;
}

/** What `snapshotSchema` outputs for `{ schemaVersion: 1, site, facts }` by the hand readers, or `undefined` (for the equivalence test). */
export function restReadFast(value: unknown): Snapshot | undefined {
  return isObject(value) ? restFast(value) : undefined;
}

interface FastSections {
  readonly columns: ColumnModel[] | undefined;
  readonly probes: SiteModel['probes'];
  readonly links: Link[] | undefined;
  /** What the schema gives for the rest of the snapshot, when the hand readers could read it ({@link restFast}). */
  readonly snap: Snapshot | undefined;
}

/**
 * The columns, probes and links of a plain-object snapshot read by hand, and the rest too when
 * {@link restFast} can; `undefined` when one of them is not as the schema wants (or cannot be read).
 */
function readSectionsFast(raw: unknown): FastSections | undefined {
  try {
    if (!isObject(raw) || Object.getPrototypeOf(raw) !== Object.prototype) return undefined;
    const { columns: c, probes: p, links: l } = raw;
    const columns = c === undefined ? undefined : allFast(c, columnFast);
    const probes = p === undefined ? undefined : Array.isArray(p) ? probesFast(p) : undefined;
    const links = l === undefined ? undefined : allFast(l, linkFast);
    if ((c !== undefined && columns === undefined) || (p !== undefined && probes === undefined) || (l !== undefined && links === undefined)) return undefined;
    return { columns, probes, links, snap: restFast(raw) };
  } catch {
    return undefined; // a getter or Proxy trap that throws: the schema's reading reports it
  }
}

/**
 * Validates a raw snapshot and converts it to the numeric model. Throws InvalidInputError naming
 * the JSON path (`snapshot.columns[2].items[7].publishedAt`) and the value.
 *
 * @example
 * readSnapshot({ schemaVersion: 1, site: { id: 's', name: 'S', kind: 'portal', level: 'city' } }).columns; // undefined
 */
export function readSnapshot(raw: unknown): SiteModel {
  rejectForbiddenKeys(raw, 'snapshot');
  const fast = readSectionsFast(raw);
  if (fast !== undefined) {
    try {
      if (fast.snap !== undefined) return modelOf(fast.snap, { texts: [], ms: [] }, fast);
      // The snapshot without the sections read by hand, for the schema.
      const rest = { ...(raw as object), columns: undefined, probes: undefined, links: undefined };
      const [snap, readings] = readingInstants(() => parseInput(snapshotSchema, rest, 'snapshot'));
      return modelOf(snap, readings, fast);
    } catch {
      // Refused: the whole snapshot goes to the schema below, which words the error.
    }
  }
  // zod validates everything but the items: a shallow copy with the item arrays emptied.
  let shallow = raw;
  const rawColumns = raw !== null && typeof raw === 'object' ? (raw as { columns?: unknown }).columns : undefined;
  const itemArrays: unknown[] = [];
  if (Array.isArray(rawColumns)) {
    const cols = rawColumns.map((c: unknown, i) => {
      if (c !== null && typeof c === 'object' && !Array.isArray(c) && Array.isArray((c as { items?: unknown }).items)) {
        itemArrays[i] = (c as { items: unknown[] }).items;
        return { ...(c as object), items: [] };
      }
      return c;
    });
    shallow = { ...(raw as object), columns: cols };
  }
  const [snap, readings] = readingInstants(() => parseInput(snapshotSchema, shallow, 'snapshot'));
  return modelOf(snap, readings, undefined, itemArrays);
}

/**
 * The model of a snapshot the schema read (`snap`, with the instants it read), its columns, probes
 * and links taken from `fast` when they were read by hand (absent from `snap` then).
 */
function modelOf(snap: Snapshot, readings: InstantReadings, fast: FastSections | undefined, itemArrays: readonly unknown[] = []): SiteModel {
  // Each instant is parsed once, by the schema's refinement: the model takes those readings, in
  // the order the schema read them — so the sections below are converted in the schema's order
  // (publications, messages, incidents, outages, probes, reports, facts, accounts).
  const instant = instantTaker(readings);
  const optInstant = (s: string | null | undefined): number | undefined => (s == null ? undefined : instant(s));
  const columns = fast !== undefined ? fast.columns : snap.columns?.map((c, i): ColumnModel => {
    const { times, undated, count } = readItems(itemArrays[i], i);
    const openedDay = c.openedOn === undefined ? undefined : (parseIsoDate(c.openedOn) as number);
    return {
      id: c.id,
      name: c.name,
      category: c.category,
      level: c.level,
      openedMs: openedDay === undefined ? undefined : startOfBeijingDay(openedDay),
      openedOn: c.openedOn,
      times,
      itemCount: count,
      undated,
    };
  });
  const publications = snap.publications?.map((p): PublicationModel => ({
    id: p.id,
    kind: p.kind,
    triggered: p.triggeredAt === undefined ? undefined : trigger(p.triggeredAt, instant),
    publishedMs: optInstant(p.publishedAt),
    reviews: p.reviews?.map((r) => ({ stage: r.stage, by: r.by, at: instant(r.at), approved: r.approved })),
    confidentialityMs: optInstant(p.confidentialityReviewedAt),
    ...(p.interprets === undefined ? {} : { interprets: p.interprets }),
    ...(p.linked === undefined ? {} : { linked: p.linked }),
  }));
  const messages = snap.messages?.map((m): MessageModel => ({
    id: m.id,
    channel: m.channel,
    receivedMs: instant(m.receivedAt),
    repliedMs: optInstant(m.repliedAt),
    valid: m.valid,
    complex: m.complex === true,
    untrue: m.untrue === true,
    handlingPublished: m.handlingPublished,
  }));
  const incidents = snap.incidents?.map((x): IncidentModel => ({ id: x.id, occurredMs: instant(x.occurredAt), major: x.major, reportedMs: optInstant(x.reportedAt) }));
  const outages = snap.outages?.map((o): OutageModel => ({
    id: o.id,
    startMs: instant(o.start),
    endMs: optInstant(o.end),
    reason: o.reason,
    approved: o.approved,
    noticePosted: o.noticePosted,
  }));
  let probes: SiteModel['probes'] = fast?.probes;
  if (fast === undefined && snap.probes !== undefined) {
    const at = new Float64Array(snap.probes.length);
    const ok = new Uint8Array(snap.probes.length);
    snap.probes.forEach((p, i) => {
      at[i] = instant(p.at);
      ok[i] = p.ok ? 1 : 0;
    });
    probes = { at, ok };
  }
  const reports = snap.reports?.map((r): ReportModel => ({ kind: r.kind, period: r.period, submittedMs: instant(r.submittedAt) }));
  const facts = snap.facts === undefined ? undefined : {
    ...snap.facts,
    changes: snap.facts.changes?.map((c): ChangeModel => ({
      kind: c.kind,
      changed: trigger(c.changedAt, instant),
      filed: c.filedAt == null ? undefined : trigger(c.filedAt, instant),
      announcedOnSite: c.announcedOnSite,
    })),
  };
  if (facts !== undefined && facts.changes === undefined) delete (facts as { changes?: unknown }).changes;
  const accounts = snap.accounts?.map((a): AccountModel => ({
    id: a.id,
    name: a.name,
    platform: a.platform,
    openedMs: a.openedOn === undefined ? undefined : startOfBeijingDay(parseIsoDate(a.openedOn) as number),
    posts: Float64Array.from(a.posts.map((x) => instant(x.publishedAt))).sort(),
    interactionAvailable: a.interactionAvailable,
    facts: a.facts,
  }));
  const links = fast !== undefined ? fast.links : snap.links;
  const model: SiteModel = { site: snap.site, columns, publications, messages, incidents, outages, probes, links, reports, facts, accounts };
  const accountIds = new Set<string>();
  snap.accounts?.forEach((a, i) => {
    if (accountIds.has(a.id)) throw new InvalidInputError(`snapshot.accounts[${i}].id`, a.id, 'is the id of an earlier account: account ids are unique');
    accountIds.add(a.id);
  });
  // An answer cannot precede its cause: such a record is an error in the data, not an early answer.
  model.messages?.forEach((m, i) => notBefore(m.repliedMs, m.receivedMs, `snapshot.messages[${i}].repliedAt`, snap.messages?.[i]?.repliedAt, 'receivedAt'));
  model.incidents?.forEach((x, i) => notBefore(x.reportedMs, x.occurredMs, `snapshot.incidents[${i}].reportedAt`, snap.incidents?.[i]?.reportedAt, 'occurredAt'));
  model.outages?.forEach((o, i) => notBefore(o.endMs, o.startMs, `snapshot.outages[${i}].end`, snap.outages?.[i]?.end, 'start'));
  return model;
}

function notBefore(later: number | undefined, earlier: number, field: string, value: unknown, earlierName: string): void {
  if (later !== undefined && later < earlier) throw new InvalidInputError(field, value, `is before ${earlierName} (${formatBeijingInstant(earlier)})`);
}
