// The main entry, imported as an ES module (dist/index.d.ts). Each `@ts-expect-error` marks a
// mistake the types must refuse: tsc fails on an unused one (TS2578). Every other line must compile.
import {
  addWorkdays,
  checkSite,
  checkSiteUnknown,
  deadline,
  defineRule,
  deriveProfile,
  deyang2018Profile,
  finding,
  isWorkday,
  obligations,
  snapshotSchema,
  type DateInput,
  type DeadlineResult,
  type LuxonDateTimeLike,
  type SnapshotInput,
} from 'gov-site-rules';
import { z } from 'zod';

/** `true` iff A and B are the same type (a positive type test without a test runner). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const expectType = <T extends true>(ok: T): T => ok;

// Dates: a string, a Date, a Luxon DateTime (structurally); never a number.
addWorkdays('2026-09-30', 3);
addWorkdays(new Date(Date.UTC(2026, 8, 30)), 3);
// @ts-expect-error a number is not a date (with luxon types as `any`, this compiled)
addWorkdays(20260930, 3);
// @ts-expect-error nor is a plain object
isWorkday({ year: 2026, month: 9, day: 30 });
declare const luxonDateTime: LuxonDateTimeLike;
isWorkday(luxonDateTime);
expectType<Equal<DateInput, string | Date | LuxonDateTimeLike>>(true);

// deadline(): the rule id is a deadline rule of the catalog, the input is that rule's.
const due: DeadlineResult = deadline('deyang-2018/art24-policy-document', { from: '2026-09-30' });
deadline('deyang-2018/art25-opinion-feedback', { from: '2026-09-30', complex: true });
deadline('ogi-2019/art33-reply', { from: '2026-09-30', extended: 5 });
deadline('deyang-2018/art32-self-inspection', { quarter: '2026Q3' });
expectType<Equal<typeof due.rule, Parameters<typeof deadline>[0]>>(true);
// @ts-expect-error a misspelt rule id
deadline('deyang-2018/art24-policy-documen', { from: '2026-09-30' });
// @ts-expect-error a check id is not a deadline rule
deadline('census/homepage-stale', { from: '2026-09-30' });
// @ts-expect-error `complex` on a rule without it
deadline('deyang-2018/art24-policy-document', { from: '2026-09-30', complex: true });
// @ts-expect-error a quarterly rule takes { quarter }, not { from }
deadline('deyang-2018/art32-self-inspection', { from: '2026-09-30' });
// @ts-expect-error no `(string, unknown)` fallback: an id of type string is refused
deadline('deyang-2018/art24-policy-document' as string, { from: '2026-09-30' });

// checkSite(): the snapshot is SnapshotInput; unknown data goes through checkSiteUnknown or the schema.
const at = '2026-11-25T12:00:00+08:00';
const snapshot: SnapshotInput = { schemaVersion: 1, site: { id: 'dy-edu', name: '德阳市教育局', kind: 'department', level: 'city' } };
checkSite(snapshot, { at });
checkSite({ schemaVersion: 1, site: { id: 'a', name: 'A', kind: 'portal', level: 'city' }, links: [{ url: 'https://ad.example.com', kind: 'commercial' }] }, { at });
// @ts-expect-error a misspelt section
checkSite({ colums: [] }, { at });
// @ts-expect-error a misspelt section beside valid ones
checkSite({ schemaVersion: 1, site: { id: 'a', name: 'A', kind: 'portal', level: 'city' }, colums: [] }, { at });
const data: unknown = JSON.parse('{"schemaVersion":1,"site":{"id":"a","name":"A","kind":"portal","level":"city"}}');
// @ts-expect-error unknown data is not a SnapshotInput
checkSite(data, { at });
checkSiteUnknown(data, { at });
checkSite(snapshotSchema.parse(data), { at });

// deriveProfile(): built-in rule ids, plus the ids of the custom rules passed beside.
deriveProfile(deyang2018Profile, { id: 'my-city', rules: { 'census/services-unusable': false, 'deyang-2018/art16-temporary-offline': { maxTakedownsPerYear: 2 } } });
// @ts-expect-error a misspelt built-in id
deriveProfile(deyang2018Profile, { id: 'my-city', rules: { 'census/services-unusabel': false } });
const custom = defineRule({
  id: 'my-city/has-links',
  title: { zh: '有链接', en: 'Has links' },
  params: z.object({}),
  run: (_ctx, _params, id) => finding(id, 'pass', { zh: '通过', en: 'Pass' }),
});
deriveProfile(deyang2018Profile, { id: 'my-city', rules: { 'my-city/has-links': true } }, [custom]);
// @ts-expect-error a custom id that no definition passed beside declares
deriveProfile(deyang2018Profile, { id: 'my-city', rules: { 'my-city/has-link': true } }, [custom]);

// obligations(): each event's `rule` is a deadline rule id.
obligations([{ id: 'doc-1', rule: 'deyang-2018/art24-policy-document', from: '2026-09-30' }], { now: at });
// @ts-expect-error a misspelt rule id in an event
obligations([{ id: 'doc-1', rule: 'deyang-2018/art24-policy-documen', from: '2026-09-30' }], { now: at });
// @ts-expect-error a check id in an event
obligations([{ id: 'doc-1', rule: 'census/homepage-stale', from: '2026-09-30' }], { now: at });
