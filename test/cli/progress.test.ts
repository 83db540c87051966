import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';

function io(stdinText: string, stderrIsTTY: boolean) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      stdout: { write: (c: string) => out.push(c), isTTY: false },
      stderr: { write: (c: string) => err.push(c), isTTY: stderrIsTTY },
      stdin: Readable.from([stdinText]),
      env: {},
    },
    out,
    err,
  };
}

const snapshot = JSON.stringify({ schemaVersion: 1, site: { id: 's', name: '测试', kind: 'portal', level: 'city' } });
const lines = (n: number) => `${Array.from({ length: n }, () => snapshot).join('\n')}\n`;
const event = JSON.stringify({ id: 'e', rule: 'deyang-2018/art32-self-inspection', quarter: '2026Q3' });

describe('progress on stderr for long JSONL batches', () => {
  it('check --jsonl: shown past 2,000 lines when stderr is a terminal', async () => {
    const t = io(lines(2500), true);
    await runCli(['check', '-', '--jsonl', '--json', '--at', '2026-11-25T12:00:00+08:00'], t.io);
    expect(t.out).toHaveLength(2500);
    expect(t.err.join('')).toBe('\rsnapshots checked / 已检查: 2,000\rsnapshots checked / 已检查: 2,500\n');
  });

  it('never on a pipe, and never for a short batch', async () => {
    const piped = io(lines(2500), false);
    await runCli(['check', '-', '--jsonl', '--json', '--at', '2026-11-25T12:00:00+08:00'], piped.io);
    expect(piped.err).toEqual([]);
    const short = io(lines(1999), true);
    await runCli(['check', '-', '--jsonl', '--json', '--at', '2026-11-25T12:00:00+08:00'], short.io);
    expect(short.err).toEqual([]);
  });

  it('due: the same for events', async () => {
    const t = io(`${Array.from({ length: 3000 }, (_, i) => event.replace('"e"', `"e${i}"`)).join('\n')}\n`, true);
    const code = await runCli(['due', '-', '--now', '2026-11-25T12:00:00+08:00', '--json'], t.io);
    expect(code).toBe(1); // 2026Q3 was due 2026-08-15: overdue
    expect(t.err.join('')).toBe('\revents read / 已读取: 2,000\revents read / 已读取: 3,000\revents read / 已读取: 3,000\n');
  });
});
