/**
 * Issue 14, the cold start (branch checks): the schemas of src/checks and src/scoring that were
 * still built at import — the options, profile-file, report and score schemas, and the parameter
 * schemas of the seven deadline checks — build their fields on first use (src/lazy-shape.ts). Each
 * case imports fresh copies of the modules, so the use under test is the first one: importing
 * reads no shape, and the first use through each entry point (a parse and its issues, a JSON
 * Schema, `.shape`, composition) sees the whole schema.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as zm from 'zod/mini';
import { z } from 'zod';

const fresh = async () => {
  const [checks, scoring, registry, params, catalog] = await Promise.all([
    import('../../src/checks/index.js'),
    import('../../src/scoring/index.js'),
    import('../../src/checks/registry.js'),
    import('../../src/checks/params.js'),
    import('../../src/rules/catalog-deadlines.js'),
  ]);
  const deadlineRules = registry.builtinRules.filter((r) => params.TIMELINESS_CHECKS.has(r.id));
  return { ...checks, ...scoring, deadlineRules, timelinessParams: params.timelinessParams, deadlineEntry: catalog.deadlineEntry };
};

/**
 * Whether an object schema, and the schema it was copied from (a `.check()` copy's parent), have
 * built none of their fields yet: zod keeps the shape it was given behind an accessor until the
 * first read (its `raw`), and a lazy shape's fields are getters until then.
 */
const unread = (schema: { _zod: { def: object; parent?: unknown } } | undefined): boolean => {
  if (schema === undefined) return true;
  const get = Object.getOwnPropertyDescriptor(schema._zod.def, 'shape')?.get as { raw?: object } | undefined;
  if (get?.raw === undefined) return false;
  return Object.values(Object.getOwnPropertyDescriptors(get.raw)).every((d) => typeof d.get === 'function') && unread(schema._zod.parent as typeof schema);
};

/** A parse result as data: the value, or the issues (path, code, message). */
const outcome = (r: { success: boolean; data?: unknown; error?: { issues: readonly { path: PropertyKey[]; code: string; message: string }[] } }) =>
  r.success ? { data: r.data } : { issues: r.error!.issues.map((i) => [i.path.join('.'), i.code, i.message]) };

const PARAM_INPUTS: unknown[] = [{}, { amount: 5 }, { amount: 0 }, { amount: 1.5 }, { amount: 3661 }, { amount: '3' }, { amount: 3, extra: 1 },
  { complexAmount: 20 }, { complexAmount: 0 }, null, [], 'x'];

describe('the schemas of the checks and the score: fields built on first use', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  it('importing the library reads no shape of these schemas', async () => {
    const m = await fresh();
    expect(m.deadlineRules.map((r) => r.id).sort()).toEqual([...new Set(m.deadlineRules.map((r) => r.id))].sort());
    expect(m.deadlineRules).toHaveLength(7);
    const schemas = { checkOptionsSchema: m.checkOptionsSchema, profileFileSchema: m.profileFileSchema, findingSchema: m.findingSchema, accountReportSchema: m.accountReportSchema,
      checkReportSchema: m.checkReportSchema, scoreSchema: m.scoreSchema, ...Object.fromEntries(m.deadlineRules.map((r) => [r.id, r.params])) };
    expect(Object.entries(schemas).filter(([, s]) => !unread(s as never)).map(([k]) => k)).toEqual([]);
  });

  describe('the deadline checks\' parameters: what timelinessParams of the catalog deadline gives, at the first use through each entry point', () => {
    const eager = (m: Awaited<ReturnType<typeof fresh>>, id: string) => m.timelinessParams(m.deadlineEntry(id).parameters);

    it('a parse (values and issues)', async () => {
      const m = await fresh();
      for (const r of m.deadlineRules) {
        expect(unread(r.params as never), r.id).toBe(true);
        const want = eager(m, r.id);
        for (const input of PARAM_INPUTS) expect(outcome(zm.safeParse(r.params, input)), `${r.id} ${JSON.stringify(input)}`).toEqual(outcome(zm.safeParse(want, input)));
      }
    });

    it('a JSON Schema (input and output), with the descriptions', async () => {
      const m = await fresh();
      for (const r of m.deadlineRules) {
        for (const io of ['input', 'output'] as const) expect(z.toJSONSchema(r.params as never, { io }), r.id).toEqual(z.toJSONSchema(eager(m, r.id), { io }));
      }
    });

    it('.shape, and each field\'s description in the registry', async () => {
      const m = await fresh();
      for (const r of m.deadlineRules) {
        const shape = (r.params as unknown as zm.ZodMiniObject).shape;
        const want = eager(m, r.id).shape as Record<string, zm.ZodMiniType>;
        expect(Object.keys(shape), r.id).toEqual(Object.keys(want));
        for (const k of Object.keys(want)) expect(zm.globalRegistry.get(shape[k]!)?.description, `${r.id}.${k}`).toBe(zm.globalRegistry.get(want[k]!)?.description);
      }
    });

    it('composition: partial, extend, inside an array of a user\'s object', async () => {
      const m = await fresh();
      for (const r of m.deadlineRules) {
        const lazyOne = r.params as unknown as zm.ZodMiniObject;
        const want = eager(m, r.id) as zm.ZodMiniObject;
        expect(z.toJSONSchema(zm.partial(lazyOne)), r.id).toEqual(z.toJSONSchema(zm.partial(want)));
        const wrap = (s: zm.ZodMiniObject) => zm.object({ list: zm.array(zm.extend(s, { note: zm.string() })) });
        for (const input of [{ list: [{ note: 'n' }] }, { list: [{ amount: 0, note: 1 }] }, { list: [{ amount: 4, note: 'n', x: 1 }] }]) {
          expect(outcome(zm.safeParse(wrap(lazyOne), input)), r.id).toEqual(outcome(zm.safeParse(wrap(want), input)));
        }
      }
    });
  });

  it('checkOptionsSchema: the first parse words each refusal as later ones do', async () => {
    const { checkOptionsSchema } = await fresh();
    const inputs = [null, { at: 'noon' }, { at: '2026-11-25T12:00:00+08:00', profile: 'nope' }, { at: '2026-11-25T12:00:00+08:00', profile: 3 },
      { at: '2026-11-25T12:00:00+08:00', rules: [{}] }, { at: '2026-11-25T12:00:00+08:00', calendar: {} }];
    const first = inputs.map((v) => outcome(zm.safeParse(checkOptionsSchema, v)));
    expect(first.map((o) => ('issues' in o ? o.issues?.[0]?.[2] : undefined))).toEqual([
      'is not an object { at, profile?, calendar? }',
      expect.stringMatching(/^is not a YYYY-MM-DD date or an ISO-8601 instant/),
      'is not a known profile (deyang-2018, census, census-2015, gov-2019)',
      'is not a profile id or a profile object { id, rules }',
      'is not a rule definition { id, params, run } (see defineRule)',
      expect.any(String),
    ]);
    expect(inputs.map((v) => outcome(zm.safeParse(checkOptionsSchema, v)))).toEqual(first);
    expect(Object.keys(checkOptionsSchema.shape)).toEqual(['at', 'profile', 'calendar', 'rules']);
  });

  it('profileFileSchema: a first JSON Schema has every field, its description and the strictness', async () => {
    const { profileFileSchema } = await fresh();
    const json = z.toJSONSchema(profileFileSchema, { io: 'input' }) as { properties: Record<string, { description?: string }>; required: string[]; additionalProperties: boolean };
    expect(Object.keys(json.properties)).toEqual(['$schema', 'extends', 'id', 'description', 'rules', 'ruleModules']);
    expect(json.required).toEqual(['extends', 'id']);
    expect(json.additionalProperties).toBe(false);
    expect(json.properties.extends?.description).toBe('所基于的内置 profile / The shipped profile this one starts from.');
    // zod's own message for `id` depends on the locale a test run has loaded: the path and code only.
    expect(outcome(zm.safeParse(profileFileSchema, { extends: 'nope', id: '' })).issues?.map(([path, code, message]) => (path === 'id' ? [path, code] : [path, code, message]))).toEqual([
      ['extends', 'custom', 'must be a shipped profile id (deyang-2018, census, census-2015, gov-2019)'],
      ['id', 'too_small'],
    ]);
  });

  it('the report schemas: a first parse of a report checks its score and accounts; a first JSON Schema lists every field', async () => {
    const m = await fresh();
    const report = m.checkSite({ schemaVersion: 1, site: { id: 's', name: 'S', kind: 'portal', level: 'city' } }, { at: '2026-11-25T12:00:00+08:00', profile: 'gov-2019', scorecard: 'gov-2019' });
    expect(zm.safeParse(m.checkReportSchema, report).success).toBe(true);
    const broken = { ...report, score: { ...report.score, grade: 'maybe' }, accounts: [{ account: 'wx', verdict: 'qualified', findings: [{ rule: 'r', status: 'done', message: { zh: 'z' }, evidence: {} }] }] };
    expect(zm.safeParse(m.checkReportSchema, broken).error?.issues.map((i) => i.path.join('.'))).toEqual([
      'score.grade', 'accounts.0.findings.0.status', 'accounts.0.findings.0.message.en',
    ]);
    vi.resetModules();
    const again = await fresh();
    const json = z.toJSONSchema(again.checkReportSchema) as { properties: Record<string, { properties?: object; items?: { properties?: object } }>; required: string[] };
    expect(Object.keys(json.properties)).toEqual(['at', 'profile', 'site', 'verdict', 'findings', 'summary', 'score', 'accounts']);
    expect(json.required).toEqual(['at', 'profile', 'site', 'verdict', 'findings', 'summary']);
    expect(Object.keys(json.properties.findings?.items?.properties ?? {})).toEqual(['rule', 'status', 'message', 'evidence']);
    expect(Object.keys(json.properties.score?.properties ?? {})).toEqual(['scorecard', 'deduction', 'bonus', 'total', 'grade', 'complete', 'missing', 'vetoes', 'groups', 'indicators']);
  });

  it('scoreSchema and findingSchema: .shape on first use, and use inside a user\'s zod classic schema', async () => {
    const { scoreSchema, findingSchema } = await fresh();
    expect(Object.keys(scoreSchema.shape)).toEqual(['scorecard', 'deduction', 'bonus', 'total', 'grade', 'complete', 'missing', 'vetoes', 'groups', 'indicators']);
    const classic = z.object({ f: findingSchema as unknown as z.ZodType });
    expect(classic.safeParse({ f: { rule: 'r', status: 'pass', message: { zh: 'a', en: 'b' }, evidence: {} } }).success).toBe(true);
    expect(classic.safeParse({ f: { rule: 'r', status: 'pass', message: { zh: 'a', en: 'b' } } }).error?.issues[0]?.path).toEqual(['f', 'evidence']);
  });
});
