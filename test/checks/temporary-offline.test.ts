/**
 * Art. 16 take-downs in detail: which outages count, which year they count in, how a take-down
 * still offline is measured, and what the finding's message and evidence say.
 */
import { describe, expect, it } from 'vitest';
import { deriveProfile, deyang2018Profile } from '../../src/index.js';
import { AT, findingOf, snap, AT_MS, bj, CAP, DAY, HOUR } from './helpers.js';

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

/**
 * Art. 16 take-downs (`deyang-2018/art16-temporary-offline`), the parts the other suites leave
 * open: the exact wording of every outcome (one reason, several reasons joined), which outages
 * the evidence counts as excluded / unplanned, the take-down references (approved, notice, end,
 * days), the procedure-unknown cases, the capped evidence lists, and the two missing limits
 * (each on its own) that leave the count `needs-input`.
 */
describe('wording, counted outages, take-down references, missing limits and capped evidence', () => {
  const R = 'deyang-2018/art16-temporary-offline';

  type O = { id: string; start: string; end?: string | null; reason: string; approved?: boolean; noticePosted?: boolean };
  const outage = (id: string, reason: string, start: string, end?: string | null, approved?: boolean, noticePosted?: boolean): O => ({
    id, reason, start, ...(end === undefined ? {} : { end }),
    ...(approved === undefined ? {} : { approved }), ...(noticePosted === undefined ? {} : { noticePosted }),
  });
  const take = (id: string, start: string, end?: string | null, approved?: boolean, noticePosted?: boolean) =>
    outage(id, 'rectification', start, end, approved, noticePosted);
  const profile = (params: Record<string, number>) =>
    deriveProfile(deyang2018Profile, { id: 'art16-limits', description: { zh: '测试限额', en: 'test limits' }, rules: { [R]: params } });
  const run = (outages: O[], p: any = 'deyang-2018', at = AT) => findingOf(snap({ outages }), R, at, p);

  /** A take-down starting `daysBefore` days before the checkpoint and lasting `hours`, both procedures done. */
  const okTake = (id: string, daysBefore: number, hours: number) =>
    take(id, bj(AT_MS - daysBefore * DAY), bj(AT_MS - daysBefore * DAY + hours * HOUR), true, true);

  describe('not applicable', () => {
    it('outages but none counted: the exact message', () => {
      const f = run([outage('fm', 'force-majeure', '2026-03-01T00:00:00+08:00', '2026-03-02T00:00:00+08:00')]);
      expect(f.status).toBe('not-applicable');
      expect(f.message).toEqual({ zh: '没有计入的临时下线', en: 'No counted temporary take-down' });
      expect(f.evidence).toEqual({ excluded: 1, unplanned: 0 });
    });

    it('an empty outages list is also "no counted take-down"', () => {
      const f = run([]);
      expect(f.status).toBe('not-applicable');
      expect(f.message.en).toBe('No counted temporary take-down');
      expect(f.evidence).toEqual({ excluded: 0, unplanned: 0 });
    });
  });

  describe('which outages the evidence counts', () => {
    it('excluded = force majeure + ordered shutdown; unplanned = unplanned only; take-downs counted apart', () => {
      const f = run([
        outage('u1', 'unplanned', '2026-05-01T00:00:00+08:00', '2026-05-01T01:00:00+08:00'),
        outage('f1', 'force-majeure', '2026-03-01T00:00:00+08:00', '2026-03-02T00:00:00+08:00'),
        outage('f2', 'force-majeure', '2026-03-05T00:00:00+08:00', '2026-03-06T00:00:00+08:00'),
        outage('s1', 'ordered-shutdown', '2026-04-01T00:00:00+08:00', '2026-04-02T00:00:00+08:00'),
        take('t1', '2026-06-01T00:00:00+08:00', '2026-06-02T00:00:00+08:00', true, true),
      ], profile({ maxTakedownsPerYear: 1, maxTakedownDays: 1 }));
      expect(f.status).toBe('pass');
      expect(f.evidence).toMatchObject({ excluded: 3, unplanned: 1, takedownsThisYear: 1 });
    });

    it('the not-applicable evidence counts each kind on its own (1 unplanned, 2 excluded)', () => {
      const f = run([
        outage('u1', 'unplanned', '2026-05-01T00:00:00+08:00', '2026-05-01T01:00:00+08:00'),
        outage('s1', 'ordered-shutdown', '2026-04-01T00:00:00+08:00', '2026-04-02T00:00:00+08:00'),
        outage('s2', 'ordered-shutdown', '2026-04-03T00:00:00+08:00', '2026-04-04T00:00:00+08:00'),
      ]);
      expect(f.evidence).toEqual({ excluded: 2, unplanned: 1 });
    });

    it('outages starting after the checkpoint are not counted in any tally', () => {
      const f = run([
        take('t1', '2026-06-01T00:00:00+08:00', '2026-06-02T00:00:00+08:00', true, true),
        outage('u-late', 'unplanned', bj(AT_MS + 1)),
        outage('f-late', 'force-majeure', bj(AT_MS + 1)),
        take('t-late', bj(AT_MS + 1), null, false, false),
      ], profile({ maxTakedownsPerYear: 1, maxTakedownDays: 1 }));
      expect(f.status).toBe('pass');
      expect(f.evidence).toMatchObject({ excluded: 0, unplanned: 0, takedownsThisYear: 1, withoutProcedure: [] });
    });
  });

  describe('fail messages: each reason alone, then together', () => {
    it('only too long: one part, no count or procedure part; the reference shows approved and notice as given', () => {
      const start = AT_MS - 10 * DAY;
      const end = start + 2 * DAY + 6 * HOUR; // 2.25 days
      const f = run([take('long', bj(start), bj(end), true, true)], profile({ maxTakedownsPerYear: 3, maxTakedownDays: 2 }));
      expect(f.status).toBe('fail');
      expect(f.message).toEqual({ zh: '1次下线超过2天', en: '1 take-down(s) longer than 2 days' });
      const e = f.evidence as any;
      expect(e.tooLong).toEqual([{ id: 'long', start: bj(start), end: bj(end), days: 2.25, approved: true, noticePosted: true }]);
      expect(e.withoutProcedure).toEqual([]);
      expect(e).toMatchObject({ year: 2026, takedownsThisYear: 1, maxTakedownsPerYear: 3, maxTakedownDays: 2, procedureUnknown: [] });
    });

    it('only too many: one part naming the year, the count and the limit', () => {
      const f = run([okTake('a', 30, 1), okTake('b', 20, 1), okTake('c', 10, 1)], profile({ maxTakedownsPerYear: 2, maxTakedownDays: 1 }));
      expect(f.status).toBe('fail');
      expect(f.message).toEqual({ zh: '2026年下线3次，超过2次', en: '3 take-downs in 2026: more than 2' });
      expect((f.evidence as any).tooLong).toEqual([]);
    });

    it('only without procedure: one part', () => {
      const f = run([take('x', '2026-06-01T00:00:00+08:00', '2026-06-01T06:00:00+08:00', true, false)], profile({ maxTakedownsPerYear: 5, maxTakedownDays: 1 }));
      expect(f.message).toEqual({ zh: '1次下线未经批准或未发布公告', en: '1 take-down(s) without approval or notice' });
    });

    it('all three: joined in the order procedure, count, length, with "；" and "; "', () => {
      const f = run(
        [okTake('a', 30, 1), take('x', bj(AT_MS - 20 * DAY), bj(AT_MS - 20 * DAY + HOUR), false, true), okTake('c', 10, 30)],
        profile({ maxTakedownsPerYear: 2, maxTakedownDays: 1 }),
      );
      expect(f.status).toBe('fail');
      expect(f.message.zh).toBe('1次下线未经批准或未发布公告；2026年下线3次，超过2次；1次下线超过1天');
      expect(f.message.en).toBe('1 take-down(s) without approval or notice; 3 take-downs in 2026: more than 2; 1 take-down(s) longer than 1 days');
    });

    it('exactly the limits is not a failure: count = limit and length = limit pass', () => {
      const f = run([okTake('a', 30, 24), okTake('b', 10, 24)], profile({ maxTakedownsPerYear: 2, maxTakedownDays: 1 }));
      expect(f.status).toBe('pass');
      expect(f.message).toEqual({ zh: '临时下线均经批准并公告，未超过限额', en: 'Take-downs approved and announced, within the limits' });
      const g = run([okTake('a', 30, 24), take('b', bj(AT_MS - 10 * DAY), bj(AT_MS - 10 * DAY + DAY + 1), true, true)], profile({ maxTakedownsPerYear: 2, maxTakedownDays: 1 }));
      expect(g.status).toBe('fail');
      expect(g.message.en).toBe('1 take-down(s) longer than 1 days');
      expect((g.evidence as any).tooLong.map((r: any) => r.id)).toEqual(['b']);
    });

    it('a fractional day limit is compared in exact milliseconds', () => {
      const p = profile({ maxTakedownsPerYear: 5, maxTakedownDays: 0.5 });
      expect(run([okTake('a', 30, 12)], p).status).toBe('pass');
      const f = run([take('b', bj(AT_MS - 30 * DAY), bj(AT_MS - 30 * DAY + 12 * HOUR + 1), true, true)], p);
      expect(f.message.en).toBe('1 take-down(s) longer than 0.5 days');
    });
  });

  describe('procedure not stated', () => {
    it('approval not stated (notice posted): needs input with its own message, naming the take-down', () => {
      const f = run([take('w', '2026-06-01T00:00:00+08:00', '2026-06-02T00:00:00+08:00', undefined, true)], profile({ maxTakedownsPerYear: 5, maxTakedownDays: 5 }));
      expect(f.status).toBe('needs-input');
      expect(f.message).toEqual({ zh: '部分下线未说明是否经批准并发布公告', en: 'Some take-downs do not say whether they were approved and announced' });
      expect((f.evidence as any).procedureUnknown).toEqual(['w']);
    });

    it('neither stated: also unknown; a refusal of one with the other unknown is a failure instead', () => {
      const f = run([take('n', '2026-06-01T00:00:00+08:00', '2026-06-02T00:00:00+08:00')], profile({ maxTakedownsPerYear: 5, maxTakedownDays: 5 }));
      expect(f.status).toBe('needs-input');
      expect((f.evidence as any).procedureUnknown).toEqual(['n']);
      const g = run([take('r', '2026-06-01T00:00:00+08:00', '2026-06-02T00:00:00+08:00', false)], profile({ maxTakedownsPerYear: 5, maxTakedownDays: 5 }));
      expect(g.status).toBe('fail');
      expect((g.evidence as any).procedureUnknown).toEqual([]);
      expect((g.evidence as any).withoutProcedure).toEqual([
        { id: 'r', start: bj(Date.parse('2026-06-01T00:00:00+08:00')), end: bj(Date.parse('2026-06-02T00:00:00+08:00')), days: 1, approved: false, noticePosted: null },
      ]);
    });
  });

  describe('the missing limits', () => {
    it('only the length limit given: the count limit is still missing, needs input with the exact message', () => {
      const f = run([okTake('a', 30, 1)], profile({ maxTakedownDays: 3 }));
      expect(f.status).toBe('needs-input');
      expect(f.message).toEqual({
        zh: '原文缺失每年临时下线次数和每次下线天数的上限，须由配置提供',
        en: 'The per-year take-down count and length are missing from the source: a profile must supply them',
      });
      expect(f.evidence).toMatchObject({ maxTakedownsPerYear: null, maxTakedownDays: 3, takedownsThisYear: 1 });
    });

    it('take-downs only in earlier years: nothing to count this year, so no limit is needed (pass)', () => {
      const f = run([take('old', '2025-12-31T23:59:59.999+08:00', '2026-01-02T00:00:00+08:00', true, true)]);
      expect(f.status).toBe('pass');
      expect(f.message.en).toBe('Take-downs approved and announced, within the limits');
      expect(f.evidence).toMatchObject({ year: 2026, takedownsThisYear: 0, maxTakedownsPerYear: null, maxTakedownDays: null });
    });
  });

  describe('evidence lists are capped at 20, the counts are not', () => {
    const many = (n: number, approved: boolean | undefined, hours: number) =>
      Array.from({ length: n }, (_, i) => take(`t${i}`, bj(AT_MS - (i + 2) * DAY), bj(AT_MS - (i + 2) * DAY + hours * HOUR), approved, true));

    it('21 without procedure: 20 listed, 21 in the message', () => {
      const f = run(many(CAP + 1, false, 1), profile({ maxTakedownsPerYear: 100, maxTakedownDays: 1 }));
      expect(f.message.en).toBe('21 take-down(s) without approval or notice');
      const e = f.evidence as any;
      expect(e.withoutProcedure).toHaveLength(CAP);
      expect(e.withoutProcedure.map((r: any) => r.id)).toEqual(Array.from({ length: CAP }, (_, i) => `t${i}`));
      expect(e.takedownsThisYear).toBe(CAP + 1);
    });

    it('21 too long: 20 listed, 21 in the message', () => {
      const f = run(many(CAP + 1, true, 25), profile({ maxTakedownsPerYear: 100, maxTakedownDays: 1 }));
      expect(f.message.en).toBe('21 take-down(s) longer than 1 days');
      expect((f.evidence as any).tooLong).toHaveLength(CAP);
    });

    it('21 with the procedure unknown: 20 ids listed', () => {
      const f = run(many(CAP + 1, undefined, 1), profile({ maxTakedownsPerYear: 100, maxTakedownDays: 1 }));
      expect(f.status).toBe('needs-input');
      expect((f.evidence as any).procedureUnknown).toEqual(Array.from({ length: CAP }, (_, i) => `t${i}`));
    });
  });
});
