/**
 * Control characters in ids and other input strings (issue 12): shown as visible `\uXXXX`
 * escapes in the terminal tables, never sent raw to the terminal; and the JUnit XML stays a
 * well-formed XML 1.0 document, checked here by a strict little parser (XML 1.0 `Char`
 * production, entities, attribute quoting, balanced tags).
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';

const AT = '2026-11-25T12:00:00+08:00';

async function run(argv: string[], stdin: string) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: { write: (s: string) => (out += s), isTTY: true }, stderr: { write: (s: string) => (err += s) }, stdin: Readable.from([stdin]), env: {} });
  return { code, out, err };
}

/** Every C0 control but tab/LF/CR, DEL, C1 controls (CSI U+009B), bidi overrides. */
const RAW = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
const xmlChar = (cp: number) => cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);

/** Throws unless `doc` is well-formed XML 1.0 (the subset JUnit reports use: no DTD, CDATA, PIs but the declaration). */
function strictXml(doc: string): void {
  for (const c of doc) if (!xmlChar(c.codePointAt(0) as number)) throw new Error(`character U+${(c.codePointAt(0) as number).toString(16)} is not allowed in XML 1.0`);
  const text = (t: string) => {
    if (/[<]/.test(t)) throw new Error(`raw < in ${JSON.stringify(t)}`);
    for (const m of t.matchAll(/&([^;]*);?/g)) {
      const ref = m[1] as string;
      if (!m[0].endsWith(';')) throw new Error(`unterminated entity in ${JSON.stringify(t)}`);
      if (['amp', 'lt', 'gt', 'quot', 'apos'].includes(ref)) continue;
      const n = /^#x([0-9a-fA-F]+)$/.exec(ref) ? parseInt(ref.slice(2), 16) : /^#(\d+)$/.test(ref) ? Number(ref.slice(1)) : NaN;
      if (!xmlChar(n)) throw new Error(`bad reference &${ref};`);
    }
  };
  let rest = doc.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>/, '');
  const stack: string[] = [];
  const name = '[A-Za-z_][A-Za-z0-9_.-]*';
  while (rest.length > 0) {
    const lt = rest.indexOf('<');
    if (lt < 0) {
      text(rest);
      if (rest.trim() !== '') throw new Error('text after the root element');
      break;
    }
    text(rest.slice(0, lt));
    rest = rest.slice(lt);
    const close = new RegExp(`^</(${name})\\s*>`).exec(rest);
    if (close) {
      if (stack.pop() !== close[1]) throw new Error(`unbalanced </${close[1]}>`);
      rest = rest.slice(close[0].length);
      continue;
    }
    const open = new RegExp(`^<(${name})((?:\\s+${name}="[^"<]*")*)\\s*(/?)>`).exec(rest);
    if (!open) throw new Error(`malformed tag at ${JSON.stringify(rest.slice(0, 60))}`);
    const seen = new Set<string>();
    for (const a of (open[2] as string).matchAll(new RegExp(`(${name})="([^"<]*)"`, 'g'))) {
      if (seen.has(a[1] as string)) throw new Error(`duplicate attribute ${a[1]}`);
      seen.add(a[1] as string);
      text(a[2] as string);
    }
    if (open[3] !== '/') stack.push(open[1] as string);
    rest = rest.slice(open[0].length);
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.join('>, <')}>`);
}

const hostileId = 'site\u0000\u0001\u0008\u000b\u000c\u001b[31mred\u007f\u009b2J\u202eevil\ufffe';
const snapshot = JSON.stringify({ schemaVersion: 1, site: { id: hostileId, name: 'n\u0007\t"<&>\u0000', kind: 'portal', level: 'city' }, links: [{ url: 'https://www.gov.cn', kind: 'government' }] });

describe('control characters in input strings', () => {
  it('the strict XML check itself refuses what it must', () => {
    expect(() => strictXml('<?xml version="1.0" encoding="UTF-8"?>\n<a x="1"/>\n')).not.toThrow();
    expect(() => strictXml('<a x="\u0000"/>')).toThrow(/not allowed/);
    expect(() => strictXml('<a x="&#0;"/>')).toThrow(/bad reference/);
    expect(() => strictXml('<a x="<"/>')).toThrow();
    expect(() => strictXml('<a>&b</a>')).toThrow(/unterminated/);
    expect(() => strictXml('<a><b></a>')).toThrow(/unbalanced/);
  });

  it('JUnit XML with a hostile site id is well-formed XML 1.0 and shows the characters as escapes', async () => {
    for (const argv of [['check', '-', '--at', AT, '--format', 'junit'], ['check', '-', '--jsonl', '--at', AT, '--format', 'junit']]) {
      const r = await run(argv, snapshot);
      expect(r.err).toBe('');
      strictXml(r.out);
      expect(r.out).toContain('name="site\\u0000\\u0001\\u0008\\u000b\\u000c\\u001b[31mred\\u007f\\u009b2J\u202eevil\\ufffe"');
    }
  });

  it('the check table shows them as escapes', async () => {
    const r = await run(['check', '-', '--at', AT], snapshot);
    expect(r.out).not.toMatch(RAW);
    expect(r.out.split('\n')[0]).toMatch(/^site\\u0000\\u0001\\u0008\\u000b\\u000c\\u001b\[31mred\\u007f\\u009b2J\\u202eevil/);
  });

  it('the due table shows ids with C1 and bidi controls as escapes; only its own colour codes reach the terminal', async () => {
    const r = await run(['due', '-', '--now', '2026-12-01T09:00:00+08:00'], `${JSON.stringify({ id: 'doc\u009b2J\u202eevil\u0085', rule: 'deyang-2018/art24-policy-document', from: '2026-11-20' })}\n`);
    expect(r.code).toBe(1);
    expect(r.out).toContain('doc\\u009b2J\\u202eevil\\u0085');
    expect(r.out.replace(/\u001b\[(31|39)m/g, '')).not.toMatch(RAW);
  });

  it('an error message echoing input shows them as escapes, on one line', async () => {
    const r = await run(['is-workday', '2026\u001b[2J\u0000'], '');
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(RAW);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});
