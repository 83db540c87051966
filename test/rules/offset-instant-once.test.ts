/**
 * Issue 14 (perf-obl): `deadline()` and `assess` read an RFC 3339 instant with an offset by the
 * char-code grammar (`offsetInstantOf`), not by the general one. Counted through a module mock
 * wrapping the general readers of src/time (`parseDateInput`, `toInstantMs`,
 * `toInstantOrDayStartMs`): each call records the field it reads.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const seen = vi.hoisted(() => ({ fields: [] as string[] }));

vi.mock('../../src/time/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/time/index.js')>();
  return {
    ...real,
    parseDateInput: (value: unknown, field: string) => (seen.fields.push(field), real.parseDateInput(value, field)),
    toInstantMs: (value: unknown, field: string) => (seen.fields.push(field), real.toInstantMs(value, field)),
    toInstantOrDayStartMs: (value: unknown, field: string) => (seen.fields.push(field), real.toInstantOrDayStartMs(value, field)),
  };
});

const { deadline } = await import('../../src/rules/deadlines.js');
const { assess } = await import('../../src/rules/assess.js');

beforeEach(() => {
  seen.fields.length = 0;
});

describe('an instant with an offset is read once, by its char-code grammar', () => {
  it('deadline(): an hour rule’s from, and an instant given to a day rule', () => {
    expect(deadline('deyang-2018/art24-activity', { from: '2026-10-09T18:00:00+08:00' }).deadline).toBe('2026-10-10T18:00:00.000+08:00');
    expect(deadline('deyang-2018/art24-policy-document', { from: '2026-09-29T18:00:00Z' }).dueDate).toBe('2026-10-10');
    expect(seen.fields).toEqual([]);
    // Without seconds: the general grammar, the same instant.
    expect(deadline('deyang-2018/art24-activity', { from: '2026-10-09T18:00+08:00' }).deadline).toBe('2026-10-10T18:00:00.000+08:00');
    expect(deadline('deyang-2018/art24-policy-document', { from: '2026-09-29T18:00Z' }).dueDate).toBe('2026-10-10');
    expect(seen.fields).toEqual(['from', 'from']);
  });

  it('assess: doneAt and now (the deadline itself is read as text, by the general grammar)', () => {
    const d = deadline('deyang-2018/art24-activity', { from: '2026-10-09T18:00:00+08:00' });
    seen.fields.length = 0;
    expect(assess(d, { doneAt: '2026-10-10T18:00:00.001+08:00', now: '2026-10-11T00:00:00Z' }).status).toBe('late');
    expect(seen.fields).toEqual(['deadline.deadline']);
    const p = deadline('deyang-2018/art24-policy-document', { from: '2026-09-30' });
    seen.fields.length = 0;
    expect(assess(p, { doneAt: '2026-10-10T23:59:59+08:00', now: '2026-10-12' }).status).toBe('on-time');
    expect(seen.fields).toEqual(['deadline.deadline', 'now']);
  });
});
