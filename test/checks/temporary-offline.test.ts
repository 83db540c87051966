/**
 * Art. 16 take-downs in detail: which outages count, which year they count in, how a take-down
 * still offline is measured, and what the finding's message and evidence say.
 */
import { describe, expect, it } from 'vitest';
import { deriveProfile, deyang2018Profile } from '../../src/index.js';
import { AT, findingOf, snap } from './helpers.js';

const R = 'deyang-2018/art16-temporary-offline';
type O = { id: string; start: string; end?: string | null; reason: string; approved?: boolean; noticePosted?: boolean };
const take = (id: string, start: string, end: string | null | undefined, approved?: boolean, noticePosted?: boolean): O => ({
  id, start, ...(end === undefined ? {} : { end }), reason: 'rectification',
  ...(approved === undefined ? {} : { approved }), ...(noticePosted === undefined ? {} : { noticePosted }),
});
const limits = (maxTakedownsPerYear: number, maxTakedownDays: number) =>
  deriveProfile(deyang2018Profile, { id: 'limits', rules: { [R]: { maxTakedownsPerYear, maxTakedownDays } } });
const run = (outages: O[] | undefined, profile: any = 'deyang-2018', at = AT) => findingOf(snap(outages === undefined ? {} : { outages }), R, at, profile);

describe('art16-temporary-offline in detail', () => {
  it('no outages section: not applicable, saying so', () => {
    const f = run(undefined);
    expect(f.status).toBe('not-applicable');
    expect(f.message.en).toMatch(/no outages/i);
  });

  it('only excluded and unplanned outages: not applicable, with their counts', () => {
    const f = run([
      { id: 'a', start: '2026-03-01T00:00:00+08:00', end: '2026-03-02T00:00:00+08:00', reason: 'force-majeure' },
      { id: 'b', start: '2026-04-01T00:00:00+08:00', end: '2026-04-02T00:00:00+08:00', reason: 'ordered-shutdown' },
      { id: 'c', start: '2026-05-01T00:00:00+08:00', end: '2026-05-01T01:00:00+08:00', reason: 'unplanned' },
      { id: 'd', start: '2026-05-02T00:00:00+08:00', end: '2026-05-02T01:00:00+08:00', reason: 'unplanned' },
    ]);
    expect(f.status).toBe('not-applicable');
    expect(f.evidence).toEqual({ excluded: 2, unplanned: 2 });
  });

  it('a take-down starting after the checkpoint is not seen yet', () => {
    expect(run([take('later', '2026-11-26T00:00:00+08:00', null, false, false)]).status).toBe('not-applicable');
    expect(run([take('now', AT, null, false, false)]).status).toBe('fail');
  });

  it('without procedure: the message counts them and the evidence lists each', () => {
    const f = run([take('x', '2026-06-01T00:00:00+08:00', '2026-06-03T12:00:00+08:00', false, true), take('y', '2026-07-01T00:00:00+08:00', undefined, true, false)]);
    expect(f.status).toBe('fail');
    expect(f.message.en).toContain('2 take-down(s) without approval or notice');
    expect(f.message.zh).toContain('2次下线未经批准或未发布公告');
    const e = f.evidence as any;
    expect(e.withoutProcedure.map((r: any) => r.id)).toEqual(['x', 'y']);
    expect(e.withoutProcedure[0]).toMatchObject({ approved: false, noticePosted: true, days: 2.5 });
    expect(e.withoutProcedure[0].start).toMatch(/^2026-06-01T00:00:00(\.000)?\+08:00$/);
    expect(e.withoutProcedure[0].end).toMatch(/^2026-06-03T12:00:00(\.000)?\+08:00$/);
    expect(e.withoutProcedure[1].end).toBeNull(); // still offline
    expect(e).toMatchObject({ year: 2026, takedownsThisYear: 2, maxTakedownsPerYear: null, maxTakedownDays: null, procedureUnknown: [] });
  });

  it('procedure not stated: needs input naming them; a stated refusal wins over an unknown field', () => {
    const f = run([take('u', '2026-06-01T00:00:00+08:00', '2026-06-02T00:00:00+08:00', true)]);
    expect(f.status).toBe('needs-input');
    expect(f.message.en).toMatch(/approved/);
    expect((f.evidence as any).procedureUnknown).toEqual(['u']);
    const g = run([take('v', '2026-06-01T00:00:00+08:00', '2026-06-02T00:00:00+08:00', undefined, false)]);
    expect(g.status).toBe('fail');
    expect((g.evidence as any).procedureUnknown).toEqual([]);
  });

  it('limits count only this year\'s take-downs; the message names the year and the limit', () => {
    const p = limits(1, 3);
    const lastYear = take('old', '2025-12-30T00:00:00+08:00', '2026-01-01T12:00:00+08:00', true, true);
    const one = take('one', '2026-06-01T00:00:00+08:00', '2026-06-02T00:00:00+08:00', true, true);
    expect(run([lastYear, one], p).status).toBe('pass');
    expect((run([lastYear, one], p).evidence as any).takedownsThisYear).toBe(1);
    const two = take('two', '2026-01-01T00:00:00+08:00', '2026-01-01T08:00:00+08:00', true, true); // starts at the year's first instant
    const f = run([one, two], p);
    expect(f.status).toBe('fail');
    expect(f.message.en).toContain('2 take-downs in 2026: more than 1');
    expect(f.message.zh).toContain('2026年下线2次，超过1次');
    expect(run([one, two], limits(2, 3)).status).toBe('pass');
  });

  it('a take-down still offline is measured up to the checkpoint', () => {
    const p = limits(5, 3);
    const open = take('open', '2026-11-22T12:00:00+08:00', null, true, true); // 3 days to AT
    expect(run([open], p).status).toBe('pass');
    const longer = take('open', '2026-11-22T11:59:59+08:00', null, true, true);
    const f = run([longer], p);
    expect(f.status).toBe('fail');
    expect(f.message.en).toContain('1 take-down(s) longer than 3 days');
    expect(f.message.zh).toContain('1次下线超过3天');
    expect((f.evidence as any).tooLong.map((r: any) => r.id)).toEqual(['open']);
  });

  it('within the limits with procedure: pass, with the limits in the evidence', () => {
    const f = run([take('ok', '2026-06-01T00:00:00+08:00', '2026-06-02T00:00:00+08:00', true, true)], limits(2, 7));
    expect(f.status).toBe('pass');
    expect(f.evidence).toMatchObject({ maxTakedownsPerYear: 2, maxTakedownDays: 7, withoutProcedure: [], tooLong: [], procedureUnknown: [] });
  });

  it('one limit alone still needs the other from a profile', () => {
    const p = deriveProfile(deyang2018Profile, { id: 'half', rules: { [R]: { maxTakedownsPerYear: 2 } } });
    expect(run([take('ok', '2026-06-01T00:00:00+08:00', '2026-06-02T00:00:00+08:00', true, true)], p).status).toBe('needs-input');
  });
});
