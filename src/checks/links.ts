/**
 * `deyang-2018/art28-links` — Art. 28: no links to illegal or commercial websites.
 */
import { EVIDENCE_CAP } from './context.js';
import { finding } from './report.js';
import { catalogTitle } from './deadlines.js';
import { defineRule, noParams } from './rule.js';

export const linksRule = defineRule({
  id: 'deyang-2018/art28-links',
  title: catalogTitle('deyang-2018/art28-links', { zh: '不得链接违法或商业网站', en: 'No links to illegal or commercial sites' }),
  params: noParams,
  run(ctx, _params, id) {
    const links = ctx.model.links;
    if (links === undefined) return finding(id, 'needs-input', { zh: '快照未提供外部链接清单', en: 'The snapshot has no outbound links list' });
    if (links.length === 0) return finding(id, 'not-applicable', { zh: '没有外部链接', en: 'No outbound links' });
    const bad = links.filter((l) => l.kind === 'commercial' || l.kind === 'illegal');
    const evidence = {
      links: links.length,
      commercial: bad.filter((l) => l.kind === 'commercial').length,
      illegal: bad.filter((l) => l.kind === 'illegal').length,
      forbidden: bad.slice(0, EVIDENCE_CAP).map((l) => ({ url: l.url, kind: l.kind })),
    };
    if (bad.length > 0) {
      return finding(id, 'fail', { zh: `有${bad.length}个链接指向商业或违法网站`, en: `${bad.length} link(s) to commercial or illegal websites` }, evidence);
    }
    return finding(id, 'pass', { zh: `${links.length}个外部链接均无商业或违法网站`, en: `None of the ${links.length} link(s) goes to a commercial or illegal website` }, evidence);
  },
});
