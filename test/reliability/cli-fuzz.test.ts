/**
 * CLI fuzzing, in-process through runCli with fake io: random argv and random stdin give exit
 * 0, 1 or 2 — never an internal error (a thrown non-RulesError, which the binary maps to exit 70).
 * No argv writes a file: `--ics` only ever gets `-`.
 */
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { FC_OPTIONS, RUNS, instantArb, junkArb, nearMiss, snapshotArb } from './fuzz-helpers.js';
import { uncoveredDate } from '../coverage-year.js';

const COMMANDS = ['add-workdays', 'is-workday', 'check', 'deadline', 'due', 'rules', 'help', '--help', '--version', 'nope', ''];
const FLAGS = [
  '--at', '--profile', '--format', '--json', '--jsonl', '--from', '--complex', '--quarter', '--year', '--government', '--extended', '--provisional',
  '--now', '--horizon', '--ics', '--calendar-name', '--markdown', '-h', '--help', '-', '--', '--unknown',
];
const VALUES = [
  '2026-09-30', '2026-02-30', '2026-10-09T10:00:00+08:00', '2026-11-25T12:00:00+08:00', uncoveredDate('02-08'), '3', '-1', '999999999', '1e3', '2026Q3', '2026',
  'deyang-2018/art24-policy-document', 'deyang-2018/art24-activity', 'deyang-2018/art32-self-inspection', 'ogi-2019/art49-annual-report', 'ogi-2019/art33-reply',
  'census', 'deyang-2018', 'json', 'junit', 'table', 'x.jsonl', '',
];

/** Argv that never makes `due --ics` write a file. */
const safe = (argv: string[]): string[] => argv.map((a, i) => (argv[i - 1] === '--ics' ? '-' : a.startsWith('--ics=') ? '--ics=-' : a));

const wordArb = fc.oneof(fc.constantFrom(...FLAGS), fc.constantFrom(...VALUES), fc.string({ maxLength: 12 }));
const argvArb = fc.oneof(
  fc.array(fc.string({ maxLength: 16 }), { maxLength: 6 }),
  fc.tuple(fc.constantFrom(...COMMANDS), fc.array(wordArb, { maxLength: 8 })).map(([c, rest]) => [c, ...rest]),
);

/** JSON text of a value; a look-alike Date (whose toJSON throws) is written as `{}`, as JSON cannot carry it. */
function toJson(v: unknown): string | undefined {
  try {
    return JSON.stringify(v);
  } catch {
    return '{}';
  }
}

const eventLine = fc
  .record({ id: fc.string({ minLength: 1, maxLength: 8 }), rule: fc.constantFrom(...VALUES.filter((v) => v.includes('/'))), from: fc.oneof(instantArb, fc.constant('2026-09-30')), quarter: fc.constant('2026Q3'), year: fc.constant(2025) }, { requiredKeys: ['id', 'rule'] })
  .map((e) => JSON.stringify(e));
const stdinArb = fc.oneof(
  fc.string(),
  fc.constant(''),
  snapshotArb.map((s) => JSON.stringify(s)),
  nearMiss(snapshotArb).map(({ value }) => toJson(value) ?? 'undefined'),
  fc.array(fc.oneof(snapshotArb.map((s) => JSON.stringify(s)), eventLine, fc.string()), { maxLength: 4 }).map((l) => l.join('\n')),
  fc.array(eventLine, { maxLength: 5 }).map((l) => l.join('\r\n')),
  junkArb.map((j) => (typeof j === 'symbol' ? '' : String(toJson(j)))),
);

async function run(argv: string[], stdin: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io = { stdout: { write: (s: string) => stdout.push(s) }, stderr: { write: (s: string) => stderr.push(s) }, stdin: Readable.from([stdin]), env: {} };
  let code: number;
  try {
    code = await runCli(argv, io);
  } catch (e) {
    throw new Error(`internal error (exit 70) for ${JSON.stringify(argv)}: ${(e as Error)?.stack ?? String(e)}`);
  }
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}

describe('CLI fuzzing in-process', () => {
  it(`random argv and stdin: exit 0, 1 or 2, never an internal error (${RUNS.cli} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(argvArb.map(safe), stdinArb, async (argv, stdin) => {
        const r = await run(argv, stdin);
        expect([0, 1, 2]).toContain(r.code);
        if (r.code === 2) expect(r.stderr + r.stdout).toMatch(/gov-site-rules/);
      }),
      { numRuns: RUNS.cli, ...FC_OPTIONS },
    );
  }, 60_000);

  it(`check and due on stdin with structured argv: ${RUNS.cli} runs each`, async () => {
    const checkArgv = fc.tuple(fc.constantFrom('table', 'json', 'junit'), fc.boolean(), fc.constantFrom('census', 'deyang-2018')).map(([format, jsonl, profile]) => ['check', '-', '--at', '2026-11-25T12:00:00+08:00', '--format', format, '--profile', profile, ...(jsonl ? ['--jsonl'] : [])]);
    await fc.assert(
      fc.asyncProperty(checkArgv, stdinArb, async (argv, stdin) => {
        const r = await run(argv, stdin);
        expect([0, 1, 2]).toContain(r.code);
      }),
      { numRuns: RUNS.cli, ...FC_OPTIONS },
    );
    const dueArgv = fc.tuple(fc.constantFrom([], ['--json'], ['--ics', '-']), fc.boolean(), fc.nat(10)).map(([out, provisional, h]) => ['due', '-', '--now', '2026-10-12T09:00:00+08:00', '--horizon', String(h), ...out, ...(provisional ? ['--provisional'] : [])]);
    await fc.assert(
      fc.asyncProperty(dueArgv, stdinArb, async (argv, stdin) => {
        const r = await run(argv, stdin);
        expect([0, 1, 2]).toContain(r.code);
      }),
      { numRuns: RUNS.cli, ...FC_OPTIONS },
    );
  }, 60_000);

  it(`a snapshot date replaced by a known-invalid one (2026-02-30, +19:00, 24:00 …) is refused: exit 2, one line (${RUNS.cli / 5} runs)`, async () => {
    const broken = nearMiss(snapshotArb).filter((n) => n.mustRefuse && typeof n.junk === 'string');
    await fc.assert(
      fc.asyncProperty(broken, fc.boolean(), async ({ value, junk }, jsonl) => {
        const r = await run(['check', '-', '--at', '2026-11-25T12:00:00+08:00', ...(jsonl ? ['--jsonl'] : [])], JSON.stringify(value));
        expect(r.code).toBe(2);
        expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
        expect(r.stderr).toContain(JSON.stringify(junk));
      }),
      { numRuns: RUNS.cli / 5, ...FC_OPTIONS },
    );
  }, 60_000);

  it('a valid snapshot on stdin is checked (the fuzz reaches the checks, not only the parser)', async () => {
    const [s] = fc.sample(snapshotArb, { numRuns: 1, seed: 1 });
    const r = await run(['check', '-', '--at', '2026-11-25T12:00:00+08:00', '--json'], JSON.stringify(s));
    expect([0, 1]).toContain(r.code);
    expect(JSON.parse(r.stdout).findings.length).toBeGreaterThan(0);
  });
});
