/**
 * docs/snapshot.md: its sample snapshot is valid (and the CLI-free check accepts it), and every
 * heading is bilingual (中文 / English), like the README.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSite, snapshotSchema } from '../../src/index.js';

const guide = readFileSync(new URL('../../docs/snapshot.md', import.meta.url), 'utf8');

describe('docs/snapshot.md', () => {
  it('its sample snapshot passes the schema and is checked', () => {
    const blocks = [...guide.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!));
    expect(blocks).toHaveLength(1);
    const parsed = snapshotSchema.safeParse(blocks[0]);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    const report = checkSite(blocks[0], { at: '2026-11-25T12:00:00+08:00' });
    // 9002 was issued on Monday 11-02 and went online on 11-06, after its third working day (11-05).
    expect(report.findings.find((f) => f.rule === 'deyang-2018/art24-policy-document')?.status).toBe('fail');
    expect(report.findings.find((f) => f.rule === 'gov-2019/veto-site-unreachable')?.status).toBe('needs-input');
  });

  it('every heading is 中文 / English', () => {
    const headings = guide.replace(/```[\s\S]*?```/g, '').split('\n').filter((l) => /^#{1,3} /.test(l));
    expect(headings.length).toBeGreaterThan(5);
    for (const h of headings) expect(h, h).toMatch(/^#+ [^/]*[\u4e00-\u9fff][^/]* \/ [A-Z]/);
  });
});
