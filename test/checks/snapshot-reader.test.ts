/**
 * The snapshot reader seen from the public API: the model a custom rule gets (`ctx.model`), the
 * findings built on it, and the refusals (nesting depth, malformed columns). Expected instants
 * and days come from Date.parse / Date.UTC, not from the library.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type CheckContext, checkSiteUnknown, defineRule, finding, InvalidInputError } from '../../src/index.js';
import { AT, DAY, findingOf, snap } from './helpers.js';
import { refusal } from '../refusal.js';

type Model = CheckContext['model'];

/** The model the engine hands to rules, for `snapshot`. */
function modelOf(snapshot: unknown): Model {
  let seen: Model | undefined;
  const capture = defineRule({
    id: 'test/capture', title: { zh: '读取', en: 'Capture' }, params: z.object({}).strict(),
    run: (ctx, _p, id) => {
      seen = ctx.model;
      return finding(id, 'not-applicable', { zh: '无', en: 'None' });
    },
  });
  checkSiteUnknown(snapshot, { at: AT, profile: { id: 'capture', description: { zh: '读取', en: 'Capture' }, rules: { 'test/capture': {} } }, rules: [capture] });
  if (seen === undefined) throw new Error('the rule did not run');
  return seen;
}

/** The InvalidInputError checkSiteUnknown throws for `snapshot`. */
const refused = (snapshot: unknown): InvalidInputError => refusal(() => checkSiteUnknown(snapshot, { at: AT }));

const ms = (s: string) => Date.parse(s);

describe('columns and their items', () => {
  it('a column without items (the first one, too) is a column with no items, dated or not', () => {
    const m = modelOf(snap({
      columns: [
        { id: 'c0', name: '空栏目', category: 'news' },
        { id: 'c1', name: '工作动态', category: 'news', items: [{ id: 'a', publishedAt: '2026-11-20T09:00:00+08:00' }] },
        { id: 'c2', name: '通知公告', category: 'notice' },
      ],
    }));
    const [c0, c1, c2] = m.columns!;
    for (const c of [c0!, c2!]) {
      expect(c.times).toBeInstanceOf(Float64Array);
      expect(Array.from(c.times)).toEqual([]);
      expect(c.itemCount).toBe(0);
      expect(c.undated).toBe(0);
    }
    expect(Array.from(c1!.times)).toEqual([ms('2026-11-20T09:00:00+08:00')]);
    expect(c1!.itemCount).toBe(1);
  });

  it('such a column is blank for the census, and late for the update-frequency rule', () => {
    const s = snap({ columns: [{ id: 'c0', name: '空栏目', category: 'news' }] });
    const blank = findingOf(s, 'census/blank-columns');
    expect(blank.evidence).toMatchObject({ columns: 1, blank: 1, blankColumns: [{ id: 'c0', name: '空栏目' }] });
    const uf = findingOf(s, 'deyang-2018/art24-update-frequency');
    expect(uf.status).toBe('fail');
    expect((uf.evidence as any).late[0]).toMatchObject({ column: 'c0', datedItemsInWindow: 0, undatedItems: 0 });
  });

  it('undated items (publishedAt null or absent) are counted apart and never become instants', () => {
    const items = [
      { id: 'u1', publishedAt: null },
      { id: 'd1', publishedAt: '2026-11-20T09:00:00+08:00' },
      { id: 'u2' },
      { id: 'u3', publishedAt: null },
    ];
    const m = modelOf(snap({ columns: [{ id: 'c', name: '工作动态', category: 'news', items }] }));
    const c = m.columns![0]!;
    expect(c.undated).toBe(3);
    expect(c.itemCount).toBe(4);
    expect(Array.from(c.times)).toEqual([ms('2026-11-20T09:00:00+08:00')]);
    // and the update-frequency evidence says so: one dated item in a year is far too few for a news column
    const f = findingOf(snap({ columns: [{ id: 'c', name: '工作动态', category: 'news', items }] }), 'deyang-2018/art24-update-frequency');
    expect(f.status).toBe('fail');
    expect((f.evidence as any).late[0]).toMatchObject({ column: 'c', datedItemsInWindow: 1, undatedItems: 3 });
  });

  it('items in any order become ascending instants, duplicates kept, offsets applied', () => {
    const items = [
      { id: 'a', publishedAt: '2026-11-20T09:00:00+08:00' },
      { id: 'b', publishedAt: '2026-11-19T20:00:00-05:00' }, // 2026-11-20T09:00+08:00
      { id: 'c', publishedAt: '2026-11-01T00:00:00Z' },
      { id: 'd', publishedAt: '2026-11-24T23:59:59.999+08:00' },
    ];
    const c = modelOf(snap({ columns: [{ id: 'c', name: 'C', category: 'news', items }] })).columns![0]!;
    expect(Array.from(c.times)).toEqual([
      ms('2026-11-01T00:00:00Z'), ms('2026-11-20T01:00:00Z'), ms('2026-11-20T01:00:00Z'), ms('2026-11-24T15:59:59.999Z'),
    ]);
    expect(c.itemCount).toBe(4);
  });

  it('a column opened on a date starts at that Beijing midnight', () => {
    const c = modelOf(snap({ columns: [{ id: 'c', name: 'C', category: 'news', openedOn: '2026-03-01', items: [] }] })).columns![0]!;
    expect(c.openedMs).toBe(Date.UTC(2026, 1, 28, 16));
    expect(c.openedOn).toBe('2026-03-01');
  });

  it('a column that is null is refused by the schema, naming it', () => {
    for (const columns of [[null], [{ id: 'c', name: 'C', category: 'news', items: [] }, null]]) {
      const e = refused(snap({ columns }));
      expect(e.field).toBe(`snapshot.columns[${columns.length - 1}]`);
      expect(e.value).toBeNull();
    }
  });

  it('a bad item is named by column and item index', () => {
    const columns = [
      { id: 'c0', name: 'C0', category: 'news', items: [{ id: 'a', publishedAt: null }] },
      { id: 'c1', name: 'C1', category: 'news', items: [{ id: 'a', publishedAt: null }, { id: '', publishedAt: null }] },
    ];
    const e = refused(snap({ columns }));
    expect(e.field).toBe('snapshot.columns[1].items[1].id');
    expect(e.value).toBe('');
  });
});

describe('sections as given', () => {
  it('facts without changes have no changes key; with changes they are read as triggers', () => {
    const bare = modelOf(snap({ facts: { consultationChannel: true } })).facts!;
    expect(Object.keys(bare)).toEqual(['consultationChannel']);
    expect('changes' in bare).toBe(false);
    const withChanges = modelOf(snap({
      facts: { changes: [{ kind: 'domain', changedAt: '2026-10-31T20:00:00Z', filedAt: '2026-11-03', announcedOnSite: true }] },
    })).facts!;
    expect(withChanges.changes).toEqual([{
      kind: 'domain',
      changed: { day: Date.UTC(2026, 10, 1) / DAY, ms: ms('2026-10-31T20:00:00Z'), text: '2026-10-31T20:00:00Z' },
      filed: { day: Date.UTC(2026, 10, 3) / DAY, ms: undefined, text: '2026-11-03' },
      announcedOnSite: true,
    }]);
  });

  it('absent sections stay undefined', () => {
    const m = modelOf(snap());
    expect(m.columns).toBeUndefined();
    expect(m.facts).toBeUndefined();
    expect(m.probes).toBeUndefined();
  });
});

describe('nesting depth', () => {
  /** `n` nested objects { a: { a: … {} } }; returns the outermost and the innermost. */
  function nest(n: number): { outer: Record<string, unknown>; inner: Record<string, unknown> } {
    const inner: Record<string, unknown> = {};
    let outer = inner;
    for (let i = 1; i < n; i++) outer = { a: outer };
    return { outer, inner };
  }

  it('64 levels below the snapshot are read; 65 are refused, naming the path of the 65th', () => {
    // snapshot.extra is level 1
    expect(() => modelOf(snap({ extra: nest(64).outer }))).not.toThrow();
    const { outer, inner } = nest(65);
    const e = refused(snap({ extra: outer }));
    expect(e.field).toBe(`snapshot.extra${'.a'.repeat(64)}`);
    expect(e.value).toBe(inner);
    expect(e.reason).toBe('is nested too deeply (more than 64 levels)');
  });

  it('arrays count as levels too', () => {
    const arrays = (n: number) => {
      let v: unknown[] = [];
      for (let i = 1; i < n; i++) v = [v];
      return v;
    };
    expect(() => modelOf(snap({ extra: arrays(64) }))).not.toThrow();
    const e = refused(snap({ extra: arrays(65) }));
    expect(e.field).toBe(`snapshot.extra${'[0]'.repeat(64)}`);
    expect(e.reason).toBe('is nested too deeply (more than 64 levels)');
  });
});
