/**
 * Hostile input: prototype-pollution keys at many depths, a million-item column, deep nesting and
 * 10 MB strings. Each is refused with a typed error (or, for the big column, answered) without
 * touching Object.prototype, overflowing the stack or hanging. Time is bounded by vitest's
 * timeout (60 s), not by timed assertions.
 */
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { notice2027 } from '../fixtures/notice-2027.js';
import { CLI_LIMITS, boundedLines } from '../../src/cli/input.js';
import { runCli } from '../../src/cli/run.js';
import * as lib from '../../src/index.js';
import { thrown } from '../refusal.js';

const AT = '2026-11-25T12:00:00+08:00';
const SITE = '{"id":"s","name":"S","kind":"portal","level":"city"}';
const polluted = () => ({}) as Record<string, unknown>;
const KEYS = ['__proto__', 'constructor', 'prototype'] as const;
/** A value that would pollute Object.prototype if merged naively. */
const bomb = (key: string) => (key === '__proto__' ? '{"polluted":1}' : key === 'constructor' ? '{"prototype":{"polluted":1}}' : '{"polluted":1}');

/** The RulesError `fn` throws (fails the test on anything else). */
const refusal = (fn: () => unknown): lib.RulesError => thrown(fn, lib.RulesError);

afterEach(() => {
  expect(polluted().polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
});

describe('prototype-pollution keys are refused everywhere and never reach Object.prototype', () => {
  // Where the key goes in the snapshot: `%` is replaced by `"<key>":<bomb>`.
  const places: [string, string][] = [
    ['snapshot', `{%,"schemaVersion":1,"site":${SITE}}`],
    ['snapshot.site', `{"schemaVersion":1,"site":{%,"id":"s","name":"S","kind":"portal","level":"city"}}`],
    ['snapshot.columns[0]', `{"schemaVersion":1,"site":${SITE},"columns":[{%,"id":"c","name":"C","category":"news"}]}`],
    ['snapshot.columns[0].items[1]', `{"schemaVersion":1,"site":${SITE},"columns":[{"id":"c","name":"C","category":"news","items":[{"id":"a"},{%,"id":"b"}]}]}`],
    ['snapshot.publications[0].reviews[0]', `{"schemaVersion":1,"site":${SITE},"publications":[{"id":"p","kind":"other","reviews":[{%,"stage":"initial","by":"x","at":"${AT}","approved":true}]}]}`],
    ['snapshot.facts.changes[0]', `{"schemaVersion":1,"site":${SITE},"facts":{"changes":[{%,"kind":"domain","changedAt":"2026-01-01"}]}}`],
    ['snapshot.facts.seriousProblems[0]', `{"schemaVersion":1,"site":${SITE},"facts":{"seriousProblems":[{%,"kind":"state-secret"}]}}`],
    ['snapshot.extra.a.b.c.d.e', `{"schemaVersion":1,"site":${SITE},"extra":{"a":{"b":{"c":{"d":{"e":{%}}}}}}}`],
  ];
  it.each(KEYS)('%s in a snapshot, at 8 depths, for checkSite, checkSites and checkInventory', (key) => {
    for (const [path, template] of places) {
      const text = template.replace('%', `"${key}":${bomb(key)}`);
      const e = refusal(() => lib.checkSite(JSON.parse(text), { at: AT })) as lib.InvalidInputError;
      expect(e.field).toBe(`${path}.${key}`);
      expect(e.message).toContain('forbidden key');
      refusal(() => [...lib.checkSites([JSON.parse(text)], { at: AT })]);
      expect((refusal(() => lib.checkInventory([JSON.parse(text)])) as lib.InvalidInputError).field).toBe(`${path.replace(/^snapshot/, 'snapshots[0]')}.${key}`);
    }
  });

  it.each(KEYS)('%s in an obligation event, at the top and nested, and in obligations options', (key) => {
    const k = `"${key}":${bomb(key)}`;
    for (const text of [
      `[{${k},"id":"a","rule":"deyang-2018/art32-self-inspection","quarter":"2026Q3"}]`,
      `[{"id":"a","rule":"deyang-2018/art32-self-inspection","quarter":"2026Q3"},{"id":"b","rule":"deyang-2018/art24-policy-document","from":{${k}}}]`,
    ]) {
      const e = refusal(() => lib.obligations(JSON.parse(text), { now: AT })) as lib.InvalidInputError;
      expect(e.field).toMatch(/^events\[\d\]/);
    }
    refusal(() => lib.obligations([], JSON.parse(`{${k},"now":"${AT}"}`)));
  });

  it.each(KEYS)('%s in a withYear input (top, in a holiday, in a make-up day)', (key) => {
    const k = `"${key}":${bomb(key)}`;
    const valid = JSON.stringify(notice2027);
    expect(() => lib.defaultCalendar.withYear(JSON.parse(valid))).not.toThrow();
    for (const text of [valid.replace(/^\{/, `{${k},`), valid.replace('"holidays":[{', `"holidays":[{${k},`), valid.replace('"makeupWorkdays":[{', `"makeupWorkdays":[{${k},`)]) {
      expect(text).not.toBe(valid);
      const e = refusal(() => lib.defaultCalendar.withYear(JSON.parse(text))) as lib.InvalidInputError;
      expect(e.message).toContain(key);
    }
  });

  it.each(KEYS)('%s in deadline, requestReplyDeadline, assess and toICalendar inputs', (key) => {
    const k = `"${key}":${bomb(key)}`;
    refusal(() => lib.deadline('deyang-2018/art24-policy-document', JSON.parse(`{${k},"from":"2026-09-30"}`)));
    refusal(() => lib.deadline('deyang-2018/art24-policy-document', { from: '2026-09-30' }, JSON.parse(`{${k}}`)));
    refusal(() => lib.requestReplyDeadline(JSON.parse(`{${k},"receivedAt":"2026-09-30"}`)));
    refusal(() => lib.toICalendar(lib.obligations([], { now: AT }), JSON.parse(`{${k},"calendarName":"x"}`)));
    // assess reads only the fields it needs from a deadline object (unknown keys are ignored, never merged).
    const d = JSON.parse(`{${k},${JSON.stringify(lib.policyDocumentDeadline({ from: '2026-09-30' })).slice(1)}`);
    expect(lib.assess(d, { now: AT }).status).toBe('overdue');
    refusal(() => lib.assess(d, JSON.parse(`{${k},"now":"${AT}"}`)));
  });
});

// The two million-item tests prove size, not behaviour: under Stryker's instrumentation the first
// takes ~40 s and covers ~1,000 mutants (85% of the whole mutation run's test time), and every line
// it reaches is asserted by smaller tests. The mutation suite (vitest.mutation.config.ts) sets
// GSR_MUTATION_SUITE=1 and leaves them out; `npm test` always runs them.
const mutationSuite = process.env.GSR_MUTATION_SUITE === '1';

describe('big and deep input', () => {
  it.skipIf(mutationSuite)('a column of 1,000,000 items is checked (no stack overflow, no hang)', () => {
    const items = Array.from({ length: 1_000_000 }, (_, i) => ({ id: `i${i}`, publishedAt: i % 10 === 0 ? null : '2026-11-20T09:00:00+08:00' }));
    const r = lib.checkSite({ schemaVersion: 1, site: JSON.parse(SITE), columns: [{ id: 'c', name: 'C', category: 'news', items }] }, { at: AT });
    expect(r.findings.length).toBeGreaterThan(0);
  }, 60_000);

  it.skipIf(mutationSuite)('a column of 1,000,000 junk items is refused at the first one; a 1,000,000-element unknown array is ignored', () => {
    const junk = Array.from({ length: 1_000_000 }, (_, i) => i);
    // @ts-expect-error junk items, refused at run time
    expect((refusal(() => lib.checkSite({ schemaVersion: 1, site: JSON.parse(SITE), columns: [{ id: 'c', name: 'C', category: 'news', items: junk }] }, { at: AT })) as lib.InvalidInputError).field).toBe('snapshot.columns[0].items[0]');
    // @ts-expect-error an unknown section, stripped at run time
    expect(lib.checkSite({ schemaVersion: 1, site: JSON.parse(SITE), extra: junk }, { at: AT }).site).toBe('s');
    refusal(() => lib.obligations(junk as never, { now: AT }));
  }, 60_000);

  it.each([100, 10_000])('a %i-level nested junk object is refused or ignored without a stack overflow', (depth) => {
    const deep = JSON.parse(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
    const deepArray = JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`);
    for (const junk of [deep, deepArray]) {
      // @ts-expect-error an unknown section, stripped at run time
      const e = refusal(() => lib.checkSite({ schemaVersion: 1, site: JSON.parse(SITE), extra: junk }, { at: AT })) as lib.InvalidInputError;
      expect(e.reason).toContain('nested too deeply');
      refusal(() => lib.checkSite({ schemaVersion: 1, site: { ...JSON.parse(SITE), name: junk } }, { at: AT }));
      refusal(() => lib.obligations([{ id: 'a', rule: 'deyang-2018/art24-policy-document', from: junk }], { now: AT }));
      refusal(() => lib.deadline('deyang-2018/art24-policy-document', { from: junk }));
      refusal(() => lib.defaultCalendar.withYear({ ...notice2027, holidays: junk }));
      refusal(() => lib.toICalendar(junk, { calendarName: 'x' }));
      refusal(() => lib.requestReplyDeadline({ receivedAt: '2026-09-30', consultations: junk }));
    }
  }, 60_000);
});

describe('10 MB strings are refused by documented limits', () => {
  const huge = 'x'.repeat(10 * 1024 * 1024);
  const site = JSON.parse(SITE);
  it.each([
    ['snapshot.site.id', { schemaVersion: 1, site: { ...site, id: huge } }],
    ['snapshot.site.name', { schemaVersion: 1, site: { ...site, name: huge } }],
    ['snapshot.site.department', { schemaVersion: 1, site: { ...site, department: huge } }],
    ['snapshot.columns[0].name', { schemaVersion: 1, site, columns: [{ id: 'c', name: huge, category: 'news' }] }],
    ['snapshot.columns[0].items[0].id', { schemaVersion: 1, site, columns: [{ id: 'c', name: 'C', category: 'news', items: [{ id: huge }] }] }],
    ['snapshot.columns[0].items[0].publishedAt', { schemaVersion: 1, site, columns: [{ id: 'c', name: 'C', category: 'news', items: [{ id: 'i', publishedAt: huge }] }] }],
    ['snapshot.links[0].url', { schemaVersion: 1, site, links: [{ url: `https://a.gov.cn/${huge}`, kind: 'other' }] }],
    ['snapshot.publications[0].reviews[0].by', { schemaVersion: 1, site, publications: [{ id: 'p', kind: 'other', reviews: [{ stage: 'initial', by: huge, at: AT, approved: true }] }] }],
    ['snapshot.facts.seriousProblems[0].description', { schemaVersion: 1, site, facts: { seriousProblems: [{ kind: 'state-secret', description: huge }] } }],
    ['snapshot.facts.siteIdentifierCode', { schemaVersion: 1, site, facts: { siteIdentifierCode: huge } }],
    ['snapshot.reports[0].period', { schemaVersion: 1, site, reports: [{ kind: 'self-inspection', period: huge, submittedAt: AT }] }],
  ])('%s', (field, snapshot) => {
    // @ts-expect-error hostile snapshots, refused at run time
    const e = refusal(() => lib.checkSite(snapshot, { at: AT })) as lib.InvalidInputError;
    expect(e.field).toBe(field);
    expect(e.message.length).toBeLessThan(1000); // the value is quoted truncated, never whole
  });

  it('the limits are the documented ones', () => {
    expect(lib.SNAPSHOT_LIMITS).toEqual({ id: 256, name: 256, url: 2048, text: 4096 });
    expect(Object.isFrozen(lib.SNAPSHOT_LIMITS)).toBe(true);
    expect(CLI_LIMITS).toEqual({ snapshotBytes: 128 * 1024 * 1024, snapshotLineChars: 128 * 1024 * 1024, eventLineChars: 64 * 1024 });
  });

  it('a 10 MB date, id or quarter is refused by every other entry point', () => {
    refusal(() => lib.deadline('deyang-2018/art24-policy-document', { from: huge }));
    refusal(() => lib.selfInspectionDeadline({ quarter: huge }));
    refusal(() => lib.requestReplyDeadline({ receivedAt: huge }));
    refusal(() => lib.assess(lib.policyDocumentDeadline({ from: '2026-09-30' }), { now: huge }));
    expect((refusal(() => lib.obligations([{ id: huge, rule: 'deyang-2018/art32-self-inspection', quarter: '2026Q3' }], { now: AT })) as lib.InvalidInputError).field).toBe('events[0].id');
    // @ts-expect-error not a rule id, refused at run time
    expect((refusal(() => lib.obligations([{ id: 'a', rule: huge, quarter: '2026Q3' }], { now: AT })) as lib.InvalidInputError).field).toBe('events[0].rule');
    refusal(() => lib.toICalendar(lib.obligations([], { now: AT }), { calendarName: huge }));
    refusal(() => lib.defaultCalendar.withYear({ ...notice2027, notice: huge }));
  });
});

describe('CLI input limits', () => {
  const io = (stdin: Readable) => {
    const out: string[] = [];
    const err: string[] = [];
    return { io: { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) }, stdin, env: {} }, out, err };
  };

  it('a snapshot on stdin over 128 MiB is refused (exit 2) before the rest is read', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    let sent = 0;
    const stdin = new Readable({
      read() {
        sent++;
        this.push(sent > 200 ? null : chunk);
      },
    });
    const { io: fake, err } = io(stdin);
    expect(await runCli(['check', '-', '--at', AT], fake)).toBe(2);
    expect(err.join('')).toMatch(/Invalid snapshot: "-" is larger than the limit of 134217728 bytes \(128 MiB\)/);
    expect(sent).toBeLessThanOrEqual(130);
  }, 60_000);

  it('a 10 MB line of events is refused (exit 2) naming the line and the limit', async () => {
    const { io: fake, err } = io(Readable.from([`{"id":"a","rule":"deyang-2018/art32-self-inspection","quarter":"2026Q3"}\n`, `{"id":"${'x'.repeat(10 * 1024 * 1024)}"}\n`]));
    expect(await runCli(['due', '-', '--now', AT], fake)).toBe(2);
    expect(err.join('')).toMatch(/Invalid line 2: ".*" is longer than the limit of 65536 characters \(64 KiB\) for one line of events/);
  }, 60_000);

  it('a 10 MB snapshot with a 10 MB id is refused by the schema (exit 2), in JSON and in JSONL', async () => {
    const text = JSON.stringify({ schemaVersion: 1, site: { id: 'x'.repeat(10 * 1024 * 1024), name: 'S', kind: 'portal', level: 'city' } });
    for (const argv of [['check', '-', '--at', AT], ['check', '-', '--jsonl', '--at', AT]]) {
      const { io: fake, err } = io(Readable.from([text]));
      expect(await runCli(argv, fake)).toBe(2);
      expect(err.join('')).toMatch(/snapshot\.site\.id: "x+\.\.\." rejected: Too big: expected string to have <=256 characters/);
    }
  }, 60_000);

  it('boundedLines (the JSONL reader) splits like readline and refuses a line over its limit', async () => {
    const lines = async (chunks: string[], max = 80) => {
      const got: string[] = [];
      for await (const l of boundedLines(Readable.from(chunks), max, 'x', '-')) got.push(l);
      return got;
    };
    expect(await lines(['a\r', '\nb\rc\n\nd'])).toEqual(['a', 'b', 'c', '', 'd']);
    expect(await lines(['一二', '三\n'])).toEqual(['一二三']);
    expect(await lines([Buffer.from('é').subarray(0, 1) as unknown as string, Buffer.from('é').subarray(1) as unknown as string, '\n'])).toEqual(['é']);
    await expect(lines(['12345', '6789\n'], 8)).rejects.toThrow(/Invalid line 1: .* is longer than the limit of 8 characters/);
    await expect(lines(['ok\n', 'x'.repeat(9)], 8)).rejects.toThrow(/Invalid line 2/);
  });
});
