/**
 * `due` events accept what the library accepts (issue 12): `correction` and `consultations` for a
 * request's reply, an extension in working days; `deadline --extended` takes yes/no or working
 * days; with `--provisional`, fixed-date rules are not flagged provisional when the official days
 * settle their state. In-process through runCli.
 *
 * Expected dates: requestReplyDeadline's documented examples (a correction restarts the clock:
 * corrected 2026-09-30 → 2026-11-03; 5 working days of consultation 2026-10-12..16 → 2026-11-10)
 * and the differential oracle for extensions.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { oracleAddWorkdays } from '../calendar/oracle.js';
import { FIRST_UNCOVERED_YEAR, LAST_COVERED_YEAR, lastCoveredDate, provisionalAddWorkdays, uncoveredDate } from '../coverage-year.js';

const NOW = '2026-09-30T09:00:00+08:00';
const REPLY = 'ogi-2019/art33-reply';

async function run(argv: string[], stdin = '') {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, stdin: Readable.from([stdin]), env: {} });
  return { code, out, err };
}
const due = async (events: object[], extra: string[] = [], now = NOW) => run(['due', '-', '--now', now, '--json', ...extra], events.map((e) => JSON.stringify(e)).join('\n'));

describe('due: a request reply with correction, consultations and extension', () => {
  it('correction and consultations move the due date as requestReplyDeadline documents', async () => {
    const r = await due([
      { id: 'corr', rule: REPLY, from: '2026-09-01', correction: { requestedAt: '2026-09-03', correctedReceivedAt: '2026-09-30' } },
      { id: 'cons', rule: REPLY, from: '2026-09-30', consultations: [{ from: '2026-10-12', to: '2026-10-16' }] },
      { id: 'plain', rule: REPLY, from: '2026-09-30' },
    ]);
    expect(r.err).toBe('');
    const items = JSON.parse(r.out).items as { id: string; dueDate: string; start: string }[];
    expect(Object.fromEntries(items.map((o) => [o.id, o.dueDate]))).toEqual({ corr: '2026-11-03', cons: '2026-11-10', plain: '2026-11-03' });
    expect(items.find((o) => o.id === 'corr')?.start).toBe('2026-09-30');
  });

  it('an extension in working days, with consultations, is added up to the cap', async () => {
    const r = await due([
      { id: 'ext', rule: REPLY, from: '2026-09-30', extended: 10 },
      { id: 'ext-cons', rule: REPLY, from: '2026-09-30', extended: true, consultations: [{ from: '2026-10-12', to: '2026-10-16' }] },
    ]);
    const items = JSON.parse(r.out).items as { id: string; dueDate: string }[];
    expect(Object.fromEntries(items.map((o) => [o.id, o.dueDate]))).toEqual({ ext: oracleAddWorkdays('2026-09-30', 30), 'ext-cons': oracleAddWorkdays('2026-09-30', 45) });
    const over = await due([{ id: 'x', rule: REPLY, from: '2026-09-30', extended: 21, consultations: [] }]);
    expect(over.code).toBe(2);
    expect(over.err).toMatch(/line 1: extended: 21 exceeds the cap/);
  });

  it.each([
    [{ id: 'x', rule: 'deyang-2018/art24-policy-document', from: '2026-09-30', consultations: [{ from: '2026-10-12', to: '2026-10-16' }] }, /line 1: consultations: .*does not apply to deyang-2018\/art24-policy-document/],
    [{ id: 'x', rule: REPLY, from: '2018-09-30', consultations: [] }, /line 1: from: .*ogi-2019\/art33-reply took effect/],
    [{ id: 'x', rule: REPLY, from: '2026-09-30', consultations: [{ from: '2026-10-16', to: '2026-10-12' }] }, /line 1: consultations\[0\]\.to/],
    [{ id: 'x', rule: REPLY, from: '2026-09-30', correction: { requestedAt: '2026-09-29', correctedReceivedAt: '2026-10-08' } }, /line 1: correction\.requestedAt/],
    [{ id: 'x', rule: REPLY, from: '2026-09-30', correction: { requestedAt: '2026-10-01' } }, /line 1: correction/],
  ])('refused, naming the line and field: %j', async (event, message) => {
    const r = await due([event]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});

describe('deadline --extended', () => {
  const dueDate = async (...flags: string[]) => {
    const r = await run(['deadline', REPLY, '--from', '2026-09-30', '--json', ...flags]);
    expect(r.err).toBe('');
    return JSON.parse(r.out).dueDate as string;
  };
  it('alone or yes: the full cap (20); a number of working days; no: none', async () => {
    expect(await dueDate('--extended')).toBe(oracleAddWorkdays('2026-09-30', 40));
    expect(await dueDate('--extended', 'yes')).toBe(oracleAddWorkdays('2026-09-30', 40));
    expect(await dueDate('--extended', '10')).toBe(oracleAddWorkdays('2026-09-30', 30));
    expect(await dueDate('--extended=5')).toBe(oracleAddWorkdays('2026-09-30', 25));
    expect(await dueDate('--extended', 'no')).toBe('2026-11-03');
  });
  it('over the cap or not a number: exit 2', async () => {
    expect((await run(['deadline', REPLY, '--from', '2026-09-30', '--extended', '21'])).err).toMatch(/exceeds the cap/);
    expect((await run(['deadline', REPLY, '--from', '2026-09-30', '--extended=3x'])).err).toMatch(/--extended: "3x" is not a whole number/);
    expect((await run(['deadline', 'deyang-2018/art24-policy-document', '--from', '2026-09-30', '--extended', '3'])).code).toBe(2);
  });
});

describe('due --provisional: fixed-date rules', () => {
  // The calendar's last year Y and the next, Y + 1 (first uncovered), come from coverage
  // (test/coverage-year.ts). Due (Y+1)-01-31 (annual reports for Y) and (Y+1)-02-15
  // (self-inspection (Y+1)Q1): fixed dates. On Y-12-20 more than 3 official working days of Y remain
  // before either (no holiday in late December), so their state (upcoming) does not rest on Y+1's
  // law-derived days; a working-day deadline in Y+1 does.
  const Y = LAST_COVERED_YEAR;
  const events = [
    { id: 'annual', rule: 'ogi-2019/art49-annual-report', year: Y },
    { id: 'self', rule: 'deyang-2018/art32-self-inspection', quarter: `${FIRST_UNCOVERED_YEAR}Q1` },
    { id: 'doc', rule: 'deyang-2018/art24-proactive', from: lastCoveredDate('12-10') },
  ];
  const now = `${lastCoveredDate('12-20')}T09:00:00+08:00`;
  it('are not flagged provisional; a working-day deadline in the first uncovered year still is', async () => {
    const r = await due(events, ['--provisional'], now);
    const items = JSON.parse(r.out).items as { id: string; dueDate: string; provisional: boolean }[];
    expect(items.map((o) => [o.id, o.dueDate, o.provisional])).toEqual([
      ['doc', provisionalAddWorkdays(lastCoveredDate('12-10'), 20), true],
      ['annual', uncoveredDate('01-31'), false],
      ['self', uncoveredDate('02-15'), false],
    ]);
    const table = await run(['due', '-', '--now', now, '--provisional'], events.slice(0, 2).map((e) => JSON.stringify(e)).join('\n'));
    expect(table.out).not.toMatch(/\*/);
  });
});
