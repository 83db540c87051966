/**
 * Issue 13, "the schema is the model": readSnapshot parses each instant of a snapshot once — the
 * schema's refinement reads it and the model takes that reading — and the model's numbers are
 * the instants' epoch ms (Date.parse, not the library). Counted through a module mock wrapping
 * the one instant grammar (`parseOffsetInstant` of src/time).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { refusal } from '../refusal.js';

const seen = vi.hoisted(() => ({ texts: [] as string[] }));

vi.mock('../../src/time/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/time/index.js')>();
  return { ...real, parseOffsetInstant: (text: string) => (seen.texts.push(text), real.parseOffsetInstant(text)) };
});

const { readSnapshot } = await import('../../src/checks/read.js');
const { instantTaker, isSnapshotInstant, readingInstants } = await import('../../src/checks/instant.js');
const { InvalidInputError } = await import('../../src/errors.js');

const t = (day: number, hour: number) => `2026-10-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+08:00`;

/** A snapshot with an instant in every place the model reads one, each text distinct. */
const snapshot = {
  schemaVersion: 1,
  site: { id: 's', name: 'S', kind: 'portal', level: 'city' },
  columns: [{ id: 'c', name: 'C', category: 'news', items: [{ id: 'i1', publishedAt: t(1, 1) }, { id: 'i2', publishedAt: null }] }],
  publications: [{
    id: 'p', kind: 'activity', triggeredAt: t(2, 1), publishedAt: t(2, 2), confidentialityReviewedAt: t(2, 3),
    reviews: [{ stage: 'initial', by: 'a', at: t(2, 4), approved: true }],
  }, { id: 'q', kind: 'policy-document', triggeredAt: '2026-10-03' }],
  messages: [{ id: 'm', channel: 'consultation', receivedAt: t(4, 1), repliedAt: t(4, 2) }],
  incidents: [{ id: 'x', occurredAt: t(5, 1), major: true, reportedAt: t(5, 2) }],
  outages: [{ id: 'o', start: t(6, 1), end: t(6, 2), reason: 'rectification' }],
  probes: [{ at: t(7, 1), ok: true }, { at: t(7, 2), ok: false }],
  reports: [{ kind: 'self-inspection', period: '2026Q3', submittedAt: t(8, 1) }],
  // Instants the model does not keep (seriousProblems[].at) sit between those it takes.
  facts: { seriousProblems: [{ kind: 'wording-error', at: t(9, 3) }], changes: [{ kind: 'domain', changedAt: t(9, 1), filedAt: t(9, 2) }] },
  accounts: [
    { id: 'a', name: 'A', platform: 'wechat', posts: [{ id: 'p1', publishedAt: t(10, 1) }, { id: 'p2', publishedAt: t(10, 2) }], interactionAvailable: true, facts: { seriousProblems: [{ kind: 'state-secret', at: t(10, 3) }] } },
    { id: 'b', name: 'B', platform: 'weibo', posts: [{ id: 'p3', publishedAt: t(11, 1) }], interactionAvailable: null },
  ],
};
const instants = [
  t(1, 1), t(2, 1), t(2, 2), t(2, 3), t(2, 4), t(4, 1), t(4, 2), t(5, 1), t(5, 2), t(6, 1), t(6, 2), t(7, 1), t(7, 2), t(8, 1), t(9, 1), t(9, 2), t(9, 3), t(10, 1), t(10, 2), t(10, 3), t(11, 1),
];

beforeEach(() => {
  seen.texts = [];
});

describe('readSnapshot parses each instant once', () => {
  it('every instant of the snapshot is read exactly once', () => {
    readSnapshot(snapshot);
    expect([...seen.texts].sort()).toEqual([...instants].sort());
  });

  it('the model holds the instants the schema read: their epoch ms', () => {
    const m = readSnapshot(snapshot);
    const ms = (s: string) => Date.parse(s);
    expect(Array.from(m.columns?.[0]?.times ?? [])).toEqual([ms(t(1, 1))]);
    expect(m.publications?.[0]).toMatchObject({ triggered: { ms: ms(t(2, 1)), text: t(2, 1) }, publishedMs: ms(t(2, 2)), confidentialityMs: ms(t(2, 3)), reviews: [{ at: ms(t(2, 4)) }] });
    expect(m.publications?.[1]?.triggered).toEqual({ day: Date.UTC(2026, 9, 3) / 86_400_000, ms: undefined, text: '2026-10-03' });
    expect(m.messages?.[0]).toMatchObject({ receivedMs: ms(t(4, 1)), repliedMs: ms(t(4, 2)) });
    expect(m.incidents?.[0]).toMatchObject({ occurredMs: ms(t(5, 1)), reportedMs: ms(t(5, 2)) });
    expect(m.outages?.[0]).toMatchObject({ startMs: ms(t(6, 1)), endMs: ms(t(6, 2)) });
    expect(Array.from(m.probes?.at ?? [])).toEqual([ms(t(7, 1)), ms(t(7, 2))]);
    expect(m.reports?.[0]?.submittedMs).toBe(ms(t(8, 1)));
    expect(m.facts?.changes?.[0]).toMatchObject({ changed: { ms: ms(t(9, 1)) }, filed: { ms: ms(t(9, 2)) } });
    expect(Array.from(m.accounts?.[0]?.posts ?? [])).toEqual([ms(t(10, 1)), ms(t(10, 2))]);
    expect(Array.from(m.accounts?.[1]?.posts ?? [])).toEqual([ms(t(11, 1))]);
  });

  it('the same text twice in a snapshot is two instants, each read once', () => {
    readSnapshot({ ...snapshot, probes: [{ at: t(7, 1), ok: true }, { at: t(7, 1), ok: true }] });
    expect(seen.texts.filter((s) => s === t(7, 1))).toHaveLength(2);
  });

  it('a bad instant is still refused by the schema, naming its path, with the schema\'s message', () => {
    for (const bad of ['2026-02-30T09:00:00+08:00', '0000-10-01T09:00:00Z', '2026-10-01T09:00:00+19:00']) {
      const e = refusal(() => readSnapshot({ ...snapshot, messages: [{ id: 'm', channel: 'consultation', receivedAt: t(4, 1), repliedAt: bad }] }));
      expect(e).toBeInstanceOf(InvalidInputError);
      expect(e.field).toBe('snapshot.messages[0].repliedAt');
      expect(e.value).toBe(bad);
      expect(e.reason).toBe('rejected: must be an ISO-8601 instant with seconds and Z or an offset, e.g. 2026-10-09T10:00:00+08:00');
      expect(e.path).toEqual(['snapshot', 'messages', 0, 'repliedAt']);
    }
  });

  it('readings belong to one parse: a nested parse keeps its own, and none are kept once it returns or throws', () => {
    const [a, b, c] = [t(1, 1), t(1, 2), t(1, 3)];
    const [, outer] = readingInstants(() => {
      isSnapshotInstant(a);
      const [, inner] = readingInstants(() => isSnapshotInstant(b));
      expect(inner).toEqual({ texts: [b], ms: [Date.parse(b)] });
      isSnapshotInstant(c);
    });
    expect(outer.texts).toEqual([a, c]);
    expect(() => readingInstants(() => { isSnapshotInstant(a); throw new Error('boom'); })).toThrow('boom');
    const [, after] = readingInstants(() => isSnapshotInstant('2026-02-30T09:00:00+08:00'));
    expect(after.texts).toEqual([]);
  });

  it('the taker gives the right epoch ms in any order: a text not found ahead is parsed', () => {
    const texts = Array.from({ length: 100 }, (_, i) => t(1 + (i % 28), i % 24));
    const [, r] = readingInstants(() => texts.every(isSnapshotInstant));
    const take = instantTaker(r);
    for (const s of [...texts].reverse()) expect(take(s)).toBe(Date.parse(s));
    const inOrder = instantTaker(r);
    for (const s of texts) expect(inOrder(s)).toBe(Date.parse(s));
  });
});
