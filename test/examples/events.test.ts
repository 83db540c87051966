/**
 * examples/events.jsonl, run with the README's commands as written (from the repository root):
 * one event for every deadline rule of the catalog, and states worked out by hand from the rules'
 * periods at 2026-11-25 09:00 Beijing time.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/index.js';
import { ROOT } from '../install-example.js';

const cli = (args: string[]) => {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, out: `${r.stdout}\n${r.stderr}` };
};
const NOW = '2026-11-25T09:00:00+08:00';
const events = readFileSync(path.join(ROOT, 'examples/events.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; rule: string });

describe('examples/events.jsonl', () => {
  it('holds an event for every deadline rule', () => {
    const deadlineRules = catalog.filter((r) => r.kind === 'deadline').map((r) => r.id).sort();
    expect([...new Set(events.map((e) => e.rule))].sort()).toEqual(deadlineRules);
  });

  it('the README command runs as written: exit 1, one obligation overdue', () => {
    const r = cli(['due', 'examples/events.jsonl', '--now', NOW]);
    expect(r.status, r.out).toBe(1);
    expect(r.stdout).toMatch(/1 overdue/);
  });

  it('states worked out by hand', () => {
    const r = cli(['due', 'examples/events.jsonl', '--now', NOW, '--json']);
    const items = new Map((JSON.parse(r.stdout).items as { id: string; state: string; dueDate: string }[]).map((o) => [o.id, o]));
    const expected: [string, string, string][] = [
      ['self-2026Q4', 'overdue', '2026-11-15'], // fixed: the 15th of the quarter's second month
      ['doc-2026-35', 'done-late', '2026-11-05'], // Mon 11-02 + 3 working days; online 11-06
      ['doc-2026-41', 'due-soon', '2026-11-27'], // Tue 11-24 + 3 working days
      ['meeting-1124', 'due-soon', '2026-11-25'], // 24 hours from 11-24 17:00
      ['opinion-7', 'done-on-time', '2026-11-23'], // complex: 15 working days from Mon 11-02
      ['error-report-52', 'done-on-time', '2026-11-19'], // Mon 11-16 + 3 working days
      ['incident-0910', 'done-late', '2026-09-11'], // 24 hours; reported 26 hours later
      ['interp-2026-31', 'done-on-time', '2026-10-13'], // 10-10 is a make-up working Saturday
      // Corrected request received Wed 09-30: 10-01..07 off; 10-08, 10-09, 10-10 (make-up Saturday) are
      // days 1-3; the consultation 10-12..10-16 does not count; 10-19 .. 11-09 are days 4-19; 11-10 is day 20.
      ['ogi-req-88', 'done-on-time', '2026-11-10'],
    ];
    for (const [id, state, due] of expected) {
      expect(items.get(id)?.state, id).toBe(state);
      expect(items.get(id)?.dueDate.slice(0, 10), id).toBe(due);
    }
  });

  it('the README .ics command writes a calendar', () => {
    const r = cli(['due', 'examples/events.jsonl', '--now', NOW, '--ics', '-']);
    expect(r.stdout).toMatch(/^BEGIN:VCALENDAR/);
    expect(r.stdout).toMatch(/UID:self-2026Q4@gov-site-rules/);
  });
});
