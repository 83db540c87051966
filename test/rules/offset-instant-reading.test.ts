/**
 * `deadline()` (an hour rule's `from`, an instant given to a day rule) and `obligations`/`assess`
 * (`doneAt`, `now`) read an RFC 3339 instant with an offset by the snapshot grammar's char-code
 * reader (`offsetInstantOf`), anything else by `parseDateInput` (issue 14). These tests hold the
 * two to the same reading: every text the fast reader takes, the general grammar reads as the same
 * instant; everything else goes to the general grammar, with its own errors.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, deadline, obligations } from '../../src/index.js';
import { offsetInstantOf } from '../../src/rules/inputs.js';
import { parseIsoInstant } from '../../src/time/index.js';
import { refusal } from '../refusal.js';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** RFC 3339 date-times with an offset, each field anywhere in (and a little beyond) its range. */
const instantText = fc
  .record({
    y: fc.integer({ min: 0, max: 9999 }),
    mo: fc.integer({ min: 0, max: 13 }),
    d: fc.integer({ min: 0, max: 32 }),
    h: fc.integer({ min: 0, max: 25 }),
    mi: fc.integer({ min: 0, max: 61 }),
    s: fc.integer({ min: 0, max: 61 }),
    frac: fc.option(fc.stringMatching(/^[0-9]{1,10}$/), { nil: undefined }),
    zone: fc.oneof(fc.constant('Z'), fc.record({ sign: fc.constantFrom('+', '-'), oh: fc.integer({ min: 0, max: 19 }), om: fc.integer({ min: 0, max: 61 }) }).map(({ sign, oh, om }) => `${sign}${pad(oh)}:${pad(om)}`)),
  })
  .map(({ y, mo, d, h, mi, s, frac, zone }) => `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${frac === undefined ? '' : `.${frac}`}${zone}`);

/** One character of a text replaced, dropped or added. */
const nearMiss = fc.tuple(instantText, fc.nat(), fc.constantFrom('', '0', '9', ':', '-', '+', 'T', 'Z', 'z', '.', ' ', '/')).map(([t, i, c]) => {
  const at = i % (t.length + 1);
  return i % 3 === 0 ? t.slice(0, at) + c + t.slice(at) : t.slice(0, at) + c + t.slice(at + 1);
});

describe('offsetInstantOf reads what parseDateInput reads, or leaves it to it', () => {
  it('every instant text it takes is the same instant by the general grammar', () => {
    fc.assert(
      fc.property(fc.oneof(instantText, nearMiss), (text) => {
        const fast = offsetInstantOf(text);
        const general = parseIsoInstant(text);
        if (!Number.isNaN(fast)) expect(general).toEqual({ ok: true, ms: fast, offset: general.ok ? general.offset : 'written' });
        // A valid instant with seconds and an offset is always taken (the fast reader is not a no-op).
        if (general.ok && general.offset !== 'beijing-wall-time' && /:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(text)) expect(fast).toBe(general.ms);
      }),
      { numRuns: 20_000 },
    );
  });

  it('leaves everything else to the general grammar: bare dates, minutes, no offset, ±HHMM, Dates, junk', () => {
    for (const value of ['2026-10-09', '2026-10-09T10:00:00.0000000000Z', '2026-10-09T10:00:00.0000000000+08:00', '2026-10-09T10:00+08:00', '2026-10-09T10:00:00', '2026-10-09T10:00:00+0800', new Date(0), 1791511200000, null, undefined, {}]) {
      expect(offsetInstantOf(value)).toBeNaN();
    }
  });

  it('deadline, assess and obligations give the same answers and errors for the same instant written either way', () => {
    const fast = '2026-10-09T18:00:00+08:00';
    const general = '2026-10-09T18:00+08:00'; // no seconds: the general grammar only
    expect(deadline('deyang-2018/art24-activity', { from: fast })).toEqual(deadline('deyang-2018/art24-activity', { from: general }));
    expect(deadline('deyang-2018/art24-policy-document', { from: '2026-09-29T18:00:00Z' }).dueDate).toBe('2026-10-10'); // 2026-09-30 in Beijing
    const d = deadline('deyang-2018/art24-activity', { from: fast });
    expect(assess(d, { doneAt: '2026-10-10T18:00:00.001+08:00', now: '2026-10-11T00:00:00Z' })).toEqual(assess(d, { doneAt: '2026-10-10T18:00:00.001+08:00', now: '2026-10-11T08:00+08:00' }));
    const a = obligations([{ id: 'x', rule: 'deyang-2018/art24-interpretation', from: '2026-10-01', doneAt: '2026-10-09T10:00:00+08:00' }], { now: '2026-10-12T09:00:00+08:00' });
    const b = obligations([{ id: 'x', rule: 'deyang-2018/art24-interpretation', from: '2026-10-01', doneAt: '2026-10-09T10:00+08:00' }], { now: '2026-10-12T09:00:00+08:00' });
    expect(a).toEqual(b);
    // Out of range, or not a date: the general grammar's refusal, naming the field.
    expect(refusal(() => deadline('deyang-2018/art24-activity', { from: '9999-12-31T00:00:00Z' }))).toMatchObject({ field: 'from' });
    expect(refusal(() => deadline('deyang-2018/art24-activity', { from: '2026-02-30T10:00:00+08:00' }))).toMatchObject({ field: 'from', reason: 'is not a calendar date' });
  });
});
