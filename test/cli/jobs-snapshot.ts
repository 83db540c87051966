/**
 * The snapshot lines the `--jobs` tests feed to `check --jsonl` (test/cli/check-jobs.test.ts, in
 * processes, and test/cli/check-jobs-pool.test.ts, in-process): one writer, so both runs check
 * the same kind of site.
 */
export const JOBS_AT = '2026-11-25T12:00:00+08:00';

/**
 * Site `i`: a column whose last item is `i % 40` days old at {@link JOBS_AT}, so that reports
 * differ (some fail); with `links`, one government link as well.
 */
export function jobsSnapshot(i: number, { links = false }: { links?: boolean } = {}): string {
  const last = new Date(Date.parse(JOBS_AT) - (i % 40) * 86_400_000).toISOString().replace('.000Z', 'Z');
  return JSON.stringify({
    schemaVersion: 1,
    site: { id: `site-${i}`, name: `网站${i}`, kind: 'department', level: 'city', department: `局${i}` },
    columns: [{ id: 'c1', name: '动态', category: 'news', level: 1, openedOn: '2019-06-01', items: [{ id: `i${i}`, publishedAt: last }] }],
    ...(links ? { links: [{ url: 'https://www.gov.cn', kind: 'government' }] } : {}),
  });
}
