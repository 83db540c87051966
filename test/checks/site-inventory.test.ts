/**
 * checkInventory (Art. 10, deyang-2018.md) in detail: which sites count as a city department's own
 * site, the counts and lists in the evidence (capped at 20 examples, counts uncapped), the exact
 * wording of every status, and the typed refusals of malformed inventories.
 */
import { describe, expect, it } from 'vitest';
import { checkInventory } from '../../src/index.js';
import { CAP } from './helpers.js';
import { refusal } from '../refusal.js';

const R = 'deyang-2018/art10-consolidation';
const s = (id: string, kind: string, level: string, department?: string) => ({
  schemaVersion: 1,
  site: department === undefined ? { id, name: id, kind, level } : { id, name: id, kind, level, department },
});

describe('checkInventory: statuses and their wording', () => {
  it('an empty inventory is not applicable, with zero counts', () => {
    const f = checkInventory([]);
    expect(f).toEqual({
      rule: R,
      status: 'not-applicable',
      message: { zh: '清单为空', en: 'Empty inventory' },
      evidence: { sites: 0, departments: 0, departmentsWithSeveralSites: [], countyOrTownshipSites: [], countyOrTownshipCount: 0, withoutDepartment: [] },
    });
  });

  it('portals (city and county) and one site per city department pass, and portals need no department', () => {
    const f = checkInventory([
      s('dy-portal', 'portal', 'city'),
      s('jy-portal', 'portal', 'county'),
      s('edu', 'department', 'city', '市教育局'),
      s('fin', 'special', 'city', '市财政局'),
    ]);
    expect(f.rule).toBe(R);
    expect(f.status).toBe('pass');
    expect(f.message).toEqual({ zh: '每个市级部门至多一个网站，无县级部门或乡镇网站', en: 'At most one site per city department; no county-department or township site' });
    expect(f.evidence).toEqual({
      sites: 4, departments: 2, departmentsWithSeveralSites: [], countyOrTownshipSites: [], countyOrTownshipCount: 0, withoutDepartment: [],
    });
  });

  it('a city department site without site.department needs input, naming the site', () => {
    const f = checkInventory([s('dy-portal', 'portal', 'city'), s('edu', 'department', 'city', '市教育局'), s('anon', 'department', 'city')]);
    expect(f.status).toBe('needs-input');
    expect(f.message).toEqual({ zh: '部分市级部门网站未注明主办部门（site.department）', en: 'Some city department sites do not name their department (site.department)' });
    expect(f.evidence).toEqual({
      sites: 3, departments: 1, departmentsWithSeveralSites: [], countyOrTownshipSites: [], countyOrTownshipCount: 0, withoutDepartment: ['anon'],
    });
  });

  it('a special (专项) city site without a department also needs input; two such sites are not grouped together', () => {
    const f = checkInventory([s('x', 'special', 'city'), s('y', 'department', 'city')]);
    expect(f.status).toBe('needs-input');
    expect(f.evidence).toMatchObject({ departments: 0, departmentsWithSeveralSites: [], withoutDepartment: ['x', 'y'] });
  });

  it('a failure outweighs a missing department, and the message counts both kinds of failure', () => {
    const f = checkInventory([
      s('a1', 'department', 'city', '市教育局'),
      s('t1', 'portal', 'township'),
      s('anon', 'department', 'city'),
      s('a2', 'special', 'city', '市教育局'),
      s('c1', 'department', 'county', '旌阳区教育局'),
      s('c2', 'special', 'county'),
    ]);
    expect(f.status).toBe('fail');
    expect(f.message).toEqual({
      zh: '1个市级部门开设多个网站，3个县级部门或乡镇网站应整合',
      en: '1 city department(s) run more than one site; 3 county-department or township site(s) must be consolidated',
    });
    expect(f.evidence).toEqual({
      sites: 6,
      departments: 1,
      departmentsWithSeveralSites: [{ department: '市教育局', sites: ['a1', 'a2'] }],
      countyOrTownshipSites: [
        { site: 't1', kind: 'portal', level: 'township' },
        { site: 'c1', kind: 'department', level: 'county' },
        { site: 'c2', kind: 'special', level: 'county' },
      ],
      countyOrTownshipCount: 3,
      withoutDepartment: ['anon'],
    });
  });

  it('several duplicated departments are listed in order of first appearance, each with its sites in input order', () => {
    const f = checkInventory([
      s('f1', 'department', 'city', '市财政局'),
      s('e1', 'department', 'city', '市教育局'),
      s('h1', 'department', 'city', '市卫健委'),
      s('e2', 'special', 'city', '市教育局'),
      s('f2', 'special', 'city', '市财政局'),
      s('e3', 'special', 'city', '市教育局'),
    ]);
    expect(f.status).toBe('fail');
    expect(f.message.en).toBe('2 city department(s) run more than one site; 0 county-department or township site(s) must be consolidated');
    expect(f.message.zh).toBe('2个市级部门开设多个网站，0个县级部门或乡镇网站应整合');
    expect(f.evidence).toMatchObject({
      sites: 6,
      departments: 3,
      departmentsWithSeveralSites: [
        { department: '市财政局', sites: ['f1', 'f2'] },
        { department: '市教育局', sites: ['e1', 'e2', 'e3'] },
      ],
      countyOrTownshipCount: 0,
    });
  });

  it('a township site alone fails even when every city site is fine; a county portal does not', () => {
    const f = checkInventory([s('jy', 'portal', 'county'), s('tw', 'portal', 'township')]);
    expect(f.status).toBe('fail');
    expect(f.message.en).toBe('0 city department(s) run more than one site; 1 county-department or township site(s) must be consolidated');
    expect(f.evidence).toMatchObject({ sites: 2, countyOrTownshipSites: [{ site: 'tw', kind: 'portal', level: 'township' }], countyOrTownshipCount: 1 });
  });
});

describe('checkInventory: evidence lists are capped, counts are not', () => {
  const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

  it('25 county or township sites: 20 listed (the first 20, in order), 25 counted', () => {
    const many = ids('c', 25).map((id, i) => s(id, i % 2 === 0 ? 'department' : 'portal', i % 2 === 0 ? 'county' : 'township'));
    const f = checkInventory(many);
    const listed = (f.evidence as any).countyOrTownshipSites as { site: string; kind: string; level: string }[];
    expect(listed).toHaveLength(CAP);
    expect(listed.map((x) => x.site)).toEqual(ids('c', CAP));
    expect(listed[1]).toEqual({ site: 'c1', kind: 'portal', level: 'township' });
    expect(f.evidence).toMatchObject({ sites: 25, countyOrTownshipCount: 25 });
    expect(f.message.en).toContain('25 county-department or township site(s)');
  });

  it('exactly 20 and exactly 21 forbidden sites: all 20 listed; then still 20', () => {
    const twenty = checkInventory(ids('t', 20).map((id) => s(id, 'portal', 'township')));
    expect((twenty.evidence as any).countyOrTownshipSites).toHaveLength(20);
    const twentyOne = checkInventory(ids('t', 21).map((id) => s(id, 'portal', 'township')));
    expect((twentyOne.evidence as any).countyOrTownshipSites).toHaveLength(20);
    expect(twentyOne.evidence).toMatchObject({ countyOrTownshipCount: 21 });
  });

  it('22 departments with two sites each: 20 listed, the message counts 22', () => {
    const depts = ids('部门', 22);
    const f = checkInventory([...depts.map((d) => s(`${d}-a`, 'department', 'city', d)), ...depts.map((d) => s(`${d}-b`, 'special', 'city', d))]);
    const listed = (f.evidence as any).departmentsWithSeveralSites as { department: string; sites: string[] }[];
    expect(listed).toHaveLength(CAP);
    expect(listed[0]).toEqual({ department: '部门0', sites: ['部门0-a', '部门0-b'] });
    expect(listed[19]).toEqual({ department: '部门19', sites: ['部门19-a', '部门19-b'] });
    expect(f.evidence).toMatchObject({ sites: 44, departments: 22 });
    expect(f.message.zh).toBe('22个市级部门开设多个网站，0个县级部门或乡镇网站应整合');
  });

  it('23 city sites without a department: the first 20 are named', () => {
    const f = checkInventory(ids('n', 23).map((id) => s(id, 'department', 'city')));
    expect(f.status).toBe('needs-input');
    expect((f.evidence as any).withoutDepartment).toEqual(ids('n', CAP));
    expect(f.evidence).toMatchObject({ sites: 23, departments: 0 });
  });
});

describe('checkInventory: input', () => {
  it('any iterable works: a generator of snapshots is read once, in order', () => {
    function* gen() {
      yield s('a', 'department', 'city', '市教育局');
      yield s('b', 'department', 'city', '市教育局');
    }
    expect(checkInventory(gen()).evidence).toMatchObject({ sites: 2, departmentsWithSeveralSites: [{ department: '市教育局', sites: ['a', 'b'] }] });
    expect(checkInventory(new Set([s('a', 'portal', 'city')])).status).toBe('pass');
  });

  it('a non-iterable is refused as "snapshots"', () => {
    for (const bad of [null, undefined, 42, {}, { length: 1, 0: s('a', 'portal', 'city') }]) {
      const e = refusal(() => checkInventory(bad as never));
      expect(e.field).toBe('snapshots');
      expect(e.message).toContain('is not an iterable of snapshots');
    }
  });

  it('an element that is not an object is refused under its index, before its site is looked at', () => {
    for (const bad of [null, 7, 'snapshot', true]) {
      const e = refusal(() => checkInventory([s('ok', 'portal', 'city'), bad]));
      expect(e.field).toBe('snapshots[1]');
      expect(e.message).toContain('is not a snapshot object');
      expect(e.reason).toBe('is not a snapshot object');
    }
  });

  it('a broken site block names its path; a forbidden key names its path', () => {
    const e = refusal(() => checkInventory([s('a', 'portal', 'city'), s('b', 'portal', 'province')]));
    expect(e.field).toBe('snapshots[1].site.level');
    const p = refusal(() => checkInventory([JSON.parse('{"schemaVersion":1,"site":{"id":"a","name":"a","kind":"portal","level":"city","__proto__":{}}}')]));
    expect(p.field).toBe('snapshots[0].site.__proto__');
  });
});
