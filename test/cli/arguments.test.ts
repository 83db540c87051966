/**
 * Arguments and input the CLI must refuse or accept (issue 12), in-process through runCli: extra
 * positional arguments and repeated flags are refused, a bad argument is echoed to at most 80
 * characters, misspelt commands, flags and rule ids get a "did you mean", JSONL without --jsonl
 * says to add it, and a UTF-8 byte-order mark at the start of a JSON or JSONL input is accepted.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';

const AT = '2026-11-25T12:00:00+08:00';
const NOW = '2026-12-01T09:00:00+08:00';
const BOM = '\uFEFF';
const clean = JSON.stringify({ schemaVersion: 1, site: { id: 'ok', name: '好网站', kind: 'portal', level: 'city' }, links: [{ url: 'https://www.gov.cn', kind: 'government' }] });

async function run(argv: string[], stdin: string | Buffer = '') {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, stdin: Readable.from([stdin]), env: {} });
  return { code, out, err };
}

describe('extra positional arguments are refused (exit 2)', () => {
  it.each([
    [['add-workdays', '2026-09-30', '3', '4'], /"4" is an unexpected extra argument: add-workdays takes <date> <n>/],
    [['is-workday', '2026-09-30', '2026-10-01'], /"2026-10-01" is an unexpected extra argument: is-workday takes <date>/],
    [['check', 'a.json', 'b.json', '--at', AT], /"b.json" is an unexpected extra argument: check takes <snapshot>/],
    [['due', '-', 'x', '--now', NOW], /"x" is an unexpected extra argument/],
    [['deadline', 'deyang-2018/art24-policy-document', 'x', '--from', '2026-09-30'], /"x" is an unexpected extra argument/],
    [['rules', 'x'], /"x" is an unexpected extra argument: rules takes no arguments/],
  ])('%j', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
  });
});

describe('a repeated flag is refused (exit 2), whichever value it has', () => {
  it.each([
    [['add-workdays', '2026-09-30', '3', '--json', '--json'], '--json'],
    [['check', '-', '--at', AT, '--at', '2026-11-26T12:00:00+08:00'], '--at'],
    [['deadline', 'deyang-2018/art24-policy-document', '--from', '2026-09-30', '--from=2026-10-01'], '--from'],
    [['due', '-', '--now', NOW, '--horizon', '3', '--horizon', '5'], '--horizon'],
  ])('%j', async (argv, flag) => {
    const r = await run(argv, `${clean}\n`);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`Invalid ${flag}:`);
    expect(r.err).toMatch(/is given more than once/);
  });
});

describe('a bad argument is echoed to at most 80 characters', () => {
  const long = `2026${'x'.repeat(5000)}`;
  it.each([
    [[long]],
    [['add-workdays', long, '3']],
    [['add-workdays', '2026-09-30', long]],
    [['add-workdays', '2026-09-30', '3', `--${long}`]],
    [['is-workday', '2026-09-30', long]],
    [['check', '-', '--at', long]],
    [['check', '-', '--at', AT, '--format', long]],
    [['deadline', long]],
    [['deadline', 'deyang-2018/art24-policy-document', '--from', long]],
    [['due', '-', '--now', long]],
    [['due', '-', '--now', NOW, '--horizon', long]],
    [['due', '-', '--now', NOW, '--now', long]],
  ])('%#', async (argv) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toHaveLength(2);
    expect(r.err).not.toMatch(/x{78}/);
    expect(r.err.length).toBeLessThan(400);
  });
});

describe('"did you mean"', () => {
  it.each([
    [['chek'], /unknown command "chek" — did you mean check\?/],
    [['check', '-', '--at', AT, '--jsnol'], /"--jsnol" is not an option of check — did you mean --jsonl\?/],
    [['deadline', 'deyang-2018/art24-policy-document', '--form', '2026-09-30'], /did you mean --from\?/],
    [['due', '-', '--now', NOW, '--provisonal'], /did you mean --provisional\?/],
    [['deadline', 'deyang-2018/art24-policy-documnet', '--from', '2026-09-30'], /is not a rule id.* — did you mean deyang-2018\/art24-policy-document\?/],
    [['deadline', 'ogi-2019/art33-replay', '--from', '2026-09-30'], /did you mean ogi-2019\/art33-reply\?/],
  ])('%j', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it('a rule id misspelt in a due event', async () => {
    const r = await run(['due', '-', '--now', NOW], '{"id":"a","rule":"deyang-2018/art24-policy-documen","from":"2026-10-01"}\n');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/line 1: rule: .* — did you mean deyang-2018\/art24-policy-document\?/);
  });

  it('nothing close: no hint', async () => {
    expect((await run(['zzzzzz'])).err).not.toMatch(/did you mean/);
    expect((await run(['deadline', 'nothing-like-a-rule', '--from', '2026-09-30'])).err).not.toMatch(/did you mean/);
  });
});

describe('JSONL given to check without --jsonl', () => {
  it('says to add --jsonl', async () => {
    const r = await run(['check', '-', '--at', AT], `${clean}\n${clean}\n`);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/one JSON value per line \(JSONL\): add --jsonl/);
    expect((await run(['check', '-', '--jsonl', '--at', AT, '--json'], `${clean}\n${clean}\n`)).code).toBe(0);
  });

  it('a pretty-printed snapshot with a syntax error is not called JSONL', async () => {
    const r = await run(['check', '-', '--at', AT], '{\n  "schemaVersion": 1,\n}\n');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/not valid JSON/);
    expect(r.err).not.toMatch(/JSONL/);
  });
});

describe('a UTF-8 byte-order mark at the start of the input is accepted', () => {
  const bytes = (s: string) => Buffer.from(s, 'utf8');
  it('a JSON snapshot', async () => {
    const r = await run(['check', '-', '--at', AT, '--profile', 'census', '--json'], bytes(BOM + clean));
    expect(r.err).toBe('');
    expect(JSON.parse(r.out)).toMatchObject({ site: 'ok' });
  });

  it('JSONL snapshots', async () => {
    const r = await run(['check', '-', '--jsonl', '--at', AT, '--profile', 'census', '--json'], bytes(`${BOM}${clean}\r\n${clean}\r\n`));
    expect(r.err).toBe('');
    expect(r.out.trim().split('\n')).toHaveLength(2);
  });

  it('due events', async () => {
    const r = await run(['due', '-', '--now', NOW, '--json'], bytes(`${BOM}{"id":"a","rule":"deyang-2018/art24-policy-document","from":"2026-11-27"}\n`));
    expect(r.err).toBe('');
    expect(JSON.parse(r.out).items[0]).toMatchObject({ id: 'a', dueDate: '2026-12-02' });
  });

  it('only at the start: a BOM inside is still refused', async () => {
    const r = await run(['check', '-', '--jsonl', '--at', AT], bytes(`${clean}\n${BOM}${clean}\n`));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/line 2/);
  });
});
