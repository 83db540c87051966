import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ESM script without declarations
import { brokenLinks } from '../../scripts/shipped-links.mjs';

const pack = (texts: Record<string, string>, others: string[] = []) => ({
  files: [...Object.keys(texts), ...others],
  read: (f: string) => texts[f] ?? '',
});

describe('relative links in shipped Markdown resolve inside the package', () => {
  it('a link to a file or a folder the package ships is fine; web links and anchors are not checked', () => {
    const p = pack(
      { 'README.md': '[calendar](docs/calendar.md#notices) [sample](examples/events.jsonl "events") [dist](dist/) [web](https://www.gov.cn) [top](#docs)' },
      ['docs/calendar.md', 'examples/events.jsonl', 'dist/index.js'],
    );
    expect(brokenLinks(p.files, p.read)).toEqual([]);
  });

  it('a link to a repository-only file is reported with the file that holds it', () => {
    const p = pack({ 'docs/testing.md': 'see [the fake CMS](../examples/fake-cms) and [rules](rules.md)' }, ['docs/rules.md']);
    expect(brokenLinks(p.files, p.read)).toEqual(['docs/testing.md: ../examples/fake-cms']);
  });

  it('a link that leaves the package is reported', () => {
    const p = pack({ 'docs/a.md': '[spec](../../shared/spec/snapshot.md)' });
    expect(brokenLinks(p.files, p.read)).toEqual(['docs/a.md: ../../shared/spec/snapshot.md']);
  });
});
