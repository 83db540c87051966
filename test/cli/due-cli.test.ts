import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { FIRST_UNCOVERED_YEAR, lastCoveredDate, provisionalAddWorkdays } from '../coverage-year.js';

const cli = (args: string[], input?: string) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', input, env: { ...process.env, NO_COLOR: undefined } });
const dir = mkdtempSync(join(tmpdir(), 'gsr-due-'));

// Expected dates: the spec's and the examples, and hand counts on the 2026 notice
// (2026-11-20 + 3 working days = 11-25; 2026-11-27 + 3 = 12-02).
const events = [
  // The example moved to the calendar's last December: 2026-12-10 → 2027-01-08, provisional.
  { id: 'info-1', rule: 'deyang-2018/art24-proactive', from: lastCoveredDate('12-10') },
  { id: 'doc-1', rule: 'deyang-2018/art24-policy-document', from: '2026-11-20' }, // 2026-11-25, overdue
  { id: 'q3', rule: 'deyang-2018/art32-self-inspection', quarter: '2026Q3', doneAt: '2026-08-10' }, // 2026-08-15, done
  { id: 'doc-2', rule: 'deyang-2018/art24-policy-document', from: '2026-11-27' }, // 2026-12-02, due soon
];
const jsonl = `${events.map((e) => JSON.stringify(e)).join('\n')}\n\n`;
const file = join(dir, 'events.jsonl');
writeFileSync(file, jsonl);
const NOW = ['--now', '2026-12-01T09:00:00+08:00'];
const INFO_DUE = provisionalAddWorkdays(lastCoveredDate('12-10'), 20);

describe('gov-site-rules due (built binary)', () => {
  it('prints a table, overdue first, provisional marked; exit 1 because something is overdue', () => {
    const r = cli(['due', file, ...NOW, '--provisional']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const rows = r.stdout.split('\n').slice(2, 6);
    expect(rows.map((l) => l.match(/\d{4}-\d{2}-\d{2}/)?.[0])).toEqual(['2026-11-25', '2026-12-02', INFO_DUE, '2026-08-15']);
    expect(rows[0]).toMatch(/^OVERDUE.*doc-1/);
    expect(rows[1]).toMatch(/^DUE SOON.*doc-2/);
    expect(rows[2]).toMatch(new RegExp(`${INFO_DUE} \\* info-1`));
    expect(r.stdout).toMatch(new RegExp(`provisional.*${FIRST_UNCOVERED_YEAR}`));
    expect(r.stdout).not.toContain('\u001b['); // not a terminal: no colour
  });

  it('reads stdin with -, and --json gives the obligations object', () => {
    const r = cli(['due', '-', ...NOW, '--provisional', '--json'], jsonl);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.items.map((o: { id: string; state: string }) => [o.id, o.state])).toEqual([
      ['q3', 'done-on-time'],
      ['doc-1', 'overdue'],
      ['doc-2', 'due-soon'],
      ['info-1', 'upcoming'],
    ]);
    expect(out.provisionalYears).toEqual([FIRST_UNCOVERED_YEAR]);
  });

  it('without --provisional the strict refusal stays (exit 2, names the first uncovered year)', () => {
    const r = cli(['due', file, ...NOW]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(String(FIRST_UNCOVERED_YEAR));
  });

  it('exit 0 when nothing is overdue', () => {
    const r = cli(['due', '-', ...NOW], `${JSON.stringify(events[3])}\n`);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/DUE SOON/);
  });

  it('--ics writes an iCalendar file that ical.js reads', () => {
    const out = join(dir, 'due.ics');
    const r = cli(['due', file, ...NOW, '--provisional', '--ics', out, '--calendar-name', '德阳 deadlines']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/wrote 3 open/);
    const text = readFileSync(out, 'utf8');
    const cal = new ICAL.Component(ICAL.parse(text));
    expect(cal.getAllSubcomponents('vtodo').map((t) => t.getFirstPropertyValue('uid'))).toEqual(['doc-1@gov-site-rules', 'doc-2@gov-site-rules', 'info-1@gov-site-rules']);
    expect(cli(['due', file, ...NOW, '--provisional', '--ics', '-', '--calendar-name', '德阳 deadlines']).stdout).toBe(text);
  });

  it.each([
    [['due', '-', ...NOW], '{"id":"a","rule":"deyang-2018/art24-policy-document","from":"2026-10-01"}\n{"id":"b","rule":"deyang-2018/art24-policy-document","from":"2026-02-30"}\n', /line 2: from.*2026-02-30/],
    [['due', '-', ...NOW], '{"id":"a","rule":"deyang-2018/art24-policy-document","from":"2026-10-01"}\n\n{"id":"a","rule":"deyang-2018/art24-policy-document","from":"2026-10-02"}\n', /line 3: id/],
    [['due', '-', ...NOW], '{"id":"a","rule":"deyang-2018/art99","from":"2026-10-01"}\n', /line 1: rule/],
    [['due', '-', ...NOW], '{"id":"a",\n', /line 1.*not valid JSON/],
    [['due', '-', ...NOW], '{"id":"a","rule":"deyang-2018/art24-policy-document","from":"2026-10-01","doneAt":"2026-12-02T00:00:00+08:00"}\n', /line 1: doneAt/],
    [['due', '-'], '', /--now/],
    [['due', '-', '--now', '2026-12-01'], '', /options.now/],
    [['due', '-', ...NOW, '--json', '--ics', 'x.ics'], '', /--ics/],
    [['due', '-', ...NOW, '--horizon', '3x'], '', /--horizon/],
    [['due', join(dir, 'missing.jsonl'), ...NOW], '', /cannot be read/],
  ])('%j refuses with exit 2', (args, input, message) => {
    const r = cli(args, input);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--help', () => {
    expect(cli(['due', '--help']).stdout).toMatch(/Usage: gov-site-rules due/);
    expect(cli(['--help']).stdout).toMatch(/\bdue\b/);
  });
});

describe('gov-site-rules due: colour', () => {
  async function run(isTTY: boolean, env: Record<string, string | undefined>) {
    let out = '';
    const stdin = new PassThrough();
    stdin.end(jsonl);
    const code = await runCli(['due', '-', ...NOW, '--provisional'], {
      stdout: { write: (c: string) => (out += c), isTTY },
      stderr: { write: () => true },
      stdin,
      env,
    });
    return { code, out };
  }

  it('overdue rows are red on a terminal, and only they', async () => {
    const { code, out } = await run(true, {});
    expect(code).toBe(1);
    const red = out.split('\n').filter((l) => l.includes('\u001b[31m'));
    expect(red).toHaveLength(1);
    expect(red[0]).toMatch(/OVERDUE.*doc-1/);
  });

  it('no colour with NO_COLOR or when not a terminal', async () => {
    expect((await run(true, { NO_COLOR: '1' })).out).not.toContain('\u001b[');
    expect((await run(false, {})).out).not.toContain('\u001b[');
  });
});
