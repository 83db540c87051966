import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraries, publicationRule } from 'gov-site-rules/testing';
import { FakeCms } from '../src/cms.js';

describe('the fake CMS publish queue', () => {
  it('publishes every item within its Art. 24 deadline', () => {
    fc.assert(
      fc.property(arbitraries.publication(), (draft) => {
        const item = new FakeCms().publish(draft);
        const rule = publicationRule(item.kind);
        if (rule !== undefined) expect(item.publishedAt).toBeDueBy(rule, item.triggeredAt);
      }),
    );
  });

  it('goes online on a working day (except activity reports, which cannot wait)', () => {
    fc.assert(
      fc.property(arbitraries.publication({ kind: 'policy-document' }), (draft) => {
        expect(new FakeCms().publish(draft).publishedAt).toBeWorkday();
      }),
    );
  });

  it('its snapshot passes the 三审, prior-review and timeliness checks at the last publication', () => {
    fc.assert(
      fc.property(fc.array(arbitraries.publication(), { minLength: 1, maxLength: 8 }), (drafts) => {
        const cms = new FakeCms();
        for (const d of drafts) cms.publish(d);
        const at = cms.published.map((p) => p.publishedAt).sort((x, y) => Date.parse(y) - Date.parse(x))[0] as string;
        const snapshot = cms.snapshot();
        expect(snapshot).toPassRule('deyang-2018/art24-three-review', { at });
        expect(snapshot).toPassRule('deyang-2018/art27-prior-review', { at });
        expect(snapshot).not.toFailRule('deyang-2018/art24-policy-document', { at });
      }),
      { numRuns: 50 },
    );
  });

  it('a CMS with one editor doing every stage fails the 三审 check', () => {
    const cms = new FakeCms(['张三', '张三', '张三']);
    const item = cms.publish({ id: 'p1', kind: 'policy-document', triggeredAt: '2026-09-30' });
    expect(cms.snapshot()).toFailRule('deyang-2018/art24-three-review', { at: item.publishedAt });
  });
});
