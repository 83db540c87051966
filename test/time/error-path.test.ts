/**
 * InvalidInputError.path: where the refused value is, as data (the parameter, then property names
 * and array indexes), beside the `field` text — from zod's issue path in parseInput, from the
 * field elsewhere, and re-rooted (not re-parsed) when obligations() and the CLI name an event.
 */
import { describe, expect, it } from 'vitest';
import { deadline, InvalidInputError, isWorkday, obligations, requestReplyDeadline } from '../../src/index.js';
import { pathOfField } from '../../src/errors.js';
import { parseInput } from '../../src/validate.js';
import { z } from 'zod';
import { refusal } from '../refusal.js';

describe('InvalidInputError.path', () => {
  it('is the field as segments for a plain parameter', () => {
    const e = refusal(() => isWorkday('2026-02-30'));
    expect([e.field, e.path]).toEqual(['date', ['date']]);
    expect(Object.isFrozen(e.path)).toBe(true);
  });

  it('comes from the zod issue path in parseInput, a key holding a dot kept whole', () => {
    const schema = z.object({ sites: z.array(z.record(z.string(), z.number())) });
    const e = refusal(() => parseInput(schema, { sites: [{ ok: 1 }, { 'a.b': 'x' }] }, 'snapshot'));
    expect(e.field).toBe('snapshot.sites[1].a.b');
    expect(e.path).toEqual(['snapshot', 'sites', 1, 'a.b']);
    expect(refusal(() => parseInput(schema, { sites: 1 }, '')).path).toEqual(['sites']);
  });

  it('names the deadline input field', () => {
    expect(refusal(() => deadline('deyang-2018/art24-policy-document', { from: '2026-02-30' })).path).toEqual(['from']);
    expect(refusal(() => deadline('deyang-2018/art24-policy-document', { from: 1 } as never)).path).toEqual(['input', 'from']);
    expect(refusal(() => requestReplyDeadline({ receivedAt: '2026-09-30', consultations: [{ from: '2026-10-09', to: '2026-10-01' }] })).path).toEqual(['consultations', 0, 'to']);
  });

  it('is re-rooted at the event by obligations(), field and path agreeing', () => {
    const now = { now: '2026-12-01T09:00:00+08:00' };
    const ok = { id: 'ok', rule: 'deyang-2018/art24-policy-document', from: '2026-09-30' } as const;
    const cases: [unknown, string, (string | number)[]][] = [
      [{ id: 'b', rule: 'deyang-2018/art24-policy-document', from: '2026-02-30' }, 'events[1].from', ['events', 1, 'from']],
      [{ id: 'b', rule: 'deyang-2018/art24-activity', from: '2026-10-09' }, 'events[1].from', ['events', 1, 'from']],
      [{ id: 'b', rule: 'deyang-2018/art24-policy-document', from: '2026-09-30', doneAt: '2026-12-02' }, 'events[1].doneAt', ['events', 1, 'doneAt']],
      [{ id: 'b', rule: 'ogi-2019/art33-reply', from: '2026-09-30', correction: { requestedAt: '2026-09-01', correctedReceivedAt: '2026-10-01' } }, 'events[1].correction.requestedAt', ['events', 1, 'correction', 'requestedAt']],
      [{ id: 'b', rule: 'deyang-2018/art24-policy-documen', from: '2026-09-30' }, 'events[1].rule', ['events', 1, 'rule']],
      [{ id: 'ok', rule: 'deyang-2018/art24-policy-document', from: '2026-09-30' }, 'events[1].id', ['events', 1, 'id']],
    ];
    for (const [event, field, path] of cases) {
      const e = refusal(() => obligations([ok, event] as never, now));
      expect([e.field, e.path]).toEqual([field, path]);
    }
    // Not an event's field: left as it was.
    expect(refusal(() => obligations([ok], { now: '2026-12-01' })).path).toEqual(['options', 'now']);
  });

  it('pathOfField spells the path of a field text', () => {
    expect(pathOfField('events[2].correction.requestedAt')).toEqual(['events', 2, 'correction', 'requestedAt']);
    expect(pathOfField('a[0][1]')).toEqual(['a', 0, 1]);
    expect(pathOfField('--now')).toEqual(['--now']);
    expect(pathOfField('')).toEqual([]);
    expect(new InvalidInputError('x.y', 1, 'is bad', ['x.y']).path).toEqual(['x.y']);
  });
});
