/**
 * Issue 13, selfInspect cleanups: a self-inspection reads its snapshot once and resolves its
 * scorecard once, and the self-inspect CLI validates its flags with `resolveCheckOptions` and the
 * quarter check — not by inspecting a dummy snapshot — with the same refusals as before.
 * (Counted through module mocks that wrap the real functions.)
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { InvalidInputError } from '../../src/errors.js';
import { refusal } from '../refusal.js';

const calls = vi.hoisted(() => ({ readSnapshot: 0, resolveScorecard: 0, selfInspect: [] as unknown[] }));

vi.mock('../../src/checks/read.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/checks/read.js')>();
  return { ...real, readSnapshot: (raw: unknown) => (calls.readSnapshot++, real.readSnapshot(raw)) };
});
vi.mock('../../src/scoring/scorecard.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/scoring/scorecard.js')>();
  return { ...real, resolveScorecard: (...a: Parameters<typeof real.resolveScorecard>) => (calls.resolveScorecard++, real.resolveScorecard(...a)) };
});
vi.mock('../../src/scoring/self-inspection.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/scoring/self-inspection.js')>();
  return { ...real, selfInspect: (s: unknown, o: Parameters<typeof real.selfInspect>[1]) => (calls.selfInspect.push(s), real.selfInspect(s, o)) };
});

const { selfInspect, selfInspectionQuarter } = await import('../../src/scoring/self-inspection.js');
const { selfInspectCommand } = await import('../../src/cli/commands/self-inspect.js');
const { QUARTER_PATTERN } = await import('../../src/time/index.js');

const AT = '2026-11-25T12:00:00+08:00';
const snapshot = {
  schemaVersion: 1,
  site: { id: 'dy', name: '德阳市教育局', kind: 'department', level: 'city' },
  columns: [{ id: 'n', name: '工作动态', category: 'news', items: [{ id: 'i', publishedAt: '2026-11-01T09:00:00+08:00' }] }],
};

beforeEach(() => {
  calls.readSnapshot = 0;
  calls.resolveScorecard = 0;
  calls.selfInspect = [];
});

describe('selfInspect reads once', () => {
  it('reads the snapshot once and resolves the scorecard once', () => {
    const s = selfInspect(snapshot, { at: AT, profile: 'census', scorecard: 'gov-2019' });
    expect(s.scorecard).toBe('gov-2019');
    expect(s.columns.map((c) => c.id)).toEqual(['n']);
    expect(calls.readSnapshot).toBe(1);
    expect(calls.resolveScorecard).toBe(1);
  });

  it('the quarter grammar is the one of src/time: a quarter is accepted iff QUARTER_PATTERN matches it', () => {
    for (const q of ['2026Q1', '2026Q4', '2026Q0', '2026Q5', '2026q4', '26Q4', '2026Q4\n', ' 2026Q4', '2026-Q4']) {
      const ok = QUARTER_PATTERN.test(q);
      if (ok) expect(selfInspectionQuarter(q, 0).quarter).toBe(q);
      else expect(refusal(() => selfInspectionQuarter(q, 0)).field).toBe('quarter');
    }
    expect(refusal(() => selfInspectionQuarter(20264, 0)).value).toBe(20264);
  });
});

class Sink {
  text = '';
  write(chunk: string) {
    this.text += chunk;
    return true;
  }
}

async function run(argv: string[]): Promise<{ code: number | undefined; error: unknown; stdout: string }> {
  const stdout = new Sink();
  const io = { stdout, stderr: new Sink(), stdin: process.stdin, env: {} };
  try {
    return { code: await selfInspectCommand.run(argv, io), error: undefined, stdout: stdout.text };
  } catch (error) {
    return { code: undefined, error, stdout: stdout.text };
  }
}

describe('self-inspect CLI validates its flags without inspecting a dummy snapshot', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gsr-self-inspect-once-'));
  const file = path.join(dir, 'site.json');
  writeFileSync(file, JSON.stringify(snapshot));
  const missing = path.join(dir, 'missing.json');

  it('one site: selfInspect runs once, on that site', async () => {
    const r = await run([file, '--at', AT, '--format', 'json']);
    expect(r.error).toBeUndefined();
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).site.id).toBe('dy');
    expect(calls.selfInspect).toHaveLength(1);
    expect(calls.selfInspect[0]).toMatchObject({ site: { id: 'dy' } });
  });

  it('a bad --quarter, --at or --profile is refused before the input is opened, as before', async () => {
    const quarter = await run([missing, '--at', AT, '--quarter', '2026Q5']);
    expect(quarter.error).toBeInstanceOf(InvalidInputError);
    expect(quarter.error).toMatchObject({ field: 'quarter', value: '2026Q5', reason: 'must be a quarter such as 2026Q4' });
    const at = await run([missing, '--at', '2026-11-31T12:00:00+08:00']);
    expect(at.error).toMatchObject({ field: 'at', value: '2026-11-31T12:00:00+08:00' });
    const profile = await run([missing, '--at', AT, '--profile', 'nope']);
    expect(profile.error).toMatchObject({ field: 'profile', value: 'nope' });
    expect(calls.selfInspect).toHaveLength(0);
  });
});
