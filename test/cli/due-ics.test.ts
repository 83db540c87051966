/**
 * `due --ics FILE` (issue 12): the file is replaced atomically (a failed or killed write leaves the
 * old calendar whole), and `--ics-events` writes VEVENTs that a real iCalendar parser reads.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';

const CLI = path.resolve('dist/cli.js');
const NOW = '2026-12-01T09:00:00+08:00';
// 2026-11-20 + 3 working days = 2026-11-25 (overdue); 2026-11-27 + 3 = 2026-12-02 (due soon).
const events = [
  { id: 'doc-1', rule: 'deyang-2018/art24-policy-document', from: '2026-11-20' },
  { id: 'doc-2', rule: 'deyang-2018/art24-policy-document', from: '2026-11-27' },
];
const dir = mkdtempSync(path.join(tmpdir(), 'gsr-ics-'));
const input = path.join(dir, 'events.jsonl');
writeFileSync(input, events.map((e) => JSON.stringify(e)).join('\n'));
const cli = (args: string[]) => spawnSync(process.execPath, [CLI, 'due', input, '--now', NOW, ...args], { encoding: 'utf8' });

describe('due --ics FILE replaces the file atomically', () => {
  it('a write that fails part-way (file size limit: EFBIG) leaves the old calendar whole and no temporary file; exit 74, one line', () => {
    const sub = mkdtempSync(path.join(dir, 'limit-'));
    const file = path.join(sub, 'due.ics');
    const old = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//old//EN\r\nEND:VCALENDAR\r\n';
    writeFileSync(file, old);
    // ulimit -f 1: no file may grow past 1,024 bytes; the new calendar is several KiB.
    const r = spawnSync('bash', ['-c', `ulimit -f 1; exec "${process.execPath}" "${CLI}" due "${input}" --now ${NOW} --ics "${file}"`], { encoding: 'utf8' });
    expect(r.status).toBe(74);
    expect(r.stderr).toMatch(/^gov-site-rules due: cannot write to .*due\.ics \(EFBIG: file too large\)\n$/);
    expect(readFileSync(file, 'utf8')).toBe(old);
    expect(readdirSync(sub)).toEqual(['due.ics']);
  });

  it('a successful write replaces the file whole and keeps its permissions', () => {
    const file = path.join(dir, 'keep.ics');
    writeFileSync(file, 'old');
    chmodSync(file, 0o600);
    const r = cli(['--ics', file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(`wrote 2 open obligation(s) to ${file}\n`);
    expect(readFileSync(file, 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a folder that does not exist: exit 74 naming the file', () => {
    const r = cli(['--ics', path.join(dir, 'missing', 'x.ics')]);
    expect(r.status).toBe(74);
    expect(r.stderr).toMatch(/cannot write to .*missing\/x\.ics \(ENOENT/);
  });
});

describe('due --ics-events', () => {
  it('writes all-day VEVENTs on the due dates, which ical.js reads', () => {
    const r = cli(['--ics', '-', '--ics-events']);
    expect(r.status).toBe(1);
    const cal = new ICAL.Component(ICAL.parse(r.stdout));
    expect(cal.getAllSubcomponents('vtodo')).toHaveLength(0);
    const ev = cal.getAllSubcomponents('vevent');
    expect(ev.map((e) => [e.getFirstPropertyValue('uid'), String(e.getFirstPropertyValue('dtstart'))])).toEqual([
      ['doc-1@gov-site-rules', '2026-11-25'],
      ['doc-2@gov-site-rules', '2026-12-02'],
    ]);
  });

  it('without --ics it is refused (exit 2)', () => {
    const r = cli(['--ics-events']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--ics-events.*needs --ics/);
  });
});
