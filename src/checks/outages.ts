/**
 * `deyang-2018/art16-temporary-offline` — Art. 16: a temporary take-down (整改 …) needs an approved
 * application and a notice. Outages from force majeure or an ordered security shutdown do not count
 * toward the year's take-downs. An `unplanned` outage is not a take-down (it is an availability
 * failure, judged by `census/site-unreachable`). The per-year count and per-take-down length are
 * missing from the source: they are profile parameters without defaults, and until a profile sets
 * them the count check answers `needs-input`.
 */
import { beijingDayOfInstant, epochDayFromYmd, MS_PER_DAY, startOfBeijingDay, yearOfEpochDay } from '../time/index.js';
import { daysOf, EVIDENCE_CAP, iso } from './context.js';
import { finding } from './report.js';
import { beforeInForce, outside, catalogTitle } from './deadlines.js';
import { temporaryOfflineParams } from './params.js';
import { defineRule } from './rule.js';

export const temporaryOfflineRule = defineRule({
  id: 'deyang-2018/art16-temporary-offline',
  title: catalogTitle('deyang-2018/art16-temporary-offline', { zh: '临时下线', en: 'Temporary take-down' }),
  params: temporaryOfflineParams,
  run(ctx, p, id) {
    const started = ctx.model.outages?.filter((o) => o.startMs <= ctx.at);
    if (started === undefined) return finding(id, 'not-applicable', { zh: '快照未记录下线情况', en: 'The snapshot records no outages' });
    // An outage that began before the measures took effect is outside them: counted, not judged.
    const outages = started.filter((o) => !beforeInForce(id, beijingDayOfInstant(o.startMs)));
    const before = started.length - outages.length;
    const takedowns = outages.filter((o) => o.reason === 'rectification');
    const excluded = outages.filter((o) => o.reason === 'force-majeure' || o.reason === 'ordered-shutdown');
    const unplanned = outages.filter((o) => o.reason === 'unplanned');
    if (takedowns.length === 0) {
      return finding(id, 'not-applicable', { zh: '没有计入的临时下线', en: 'No counted temporary take-down' }, { excluded: excluded.length, unplanned: unplanned.length, ...outside(before) });
    }
    const unapproved = takedowns.filter((o) => o.approved === false || o.noticePosted === false);
    // Linear: a take-down is unknown when no field says no and one is missing (was filter + includes).
    const unknown = takedowns.filter((o) => o.approved !== false && o.noticePosted !== false && (o.approved === undefined || o.noticePosted === undefined));
    const year = yearOfEpochDay(ctx.atDay);
    const yearStart = startOfBeijingDay(epochDayFromYmd(year, 1, 1));
    const thisYear = takedowns.filter((o) => o.startMs >= yearStart);
    const tooLong = p.maxTakedownDays === undefined ? [] : thisYear.filter((o) => (o.endMs ?? ctx.at) - o.startMs > (p.maxTakedownDays as number) * MS_PER_DAY);
    const tooMany = p.maxTakedownsPerYear !== undefined && thisYear.length > p.maxTakedownsPerYear;
    const ref = (o: (typeof takedowns)[number]) => ({ id: o.id, start: iso(o.startMs), end: o.endMs === undefined ? null : iso(o.endMs), days: daysOf((o.endMs ?? ctx.at) - o.startMs), approved: o.approved ?? null, noticePosted: o.noticePosted ?? null });
    const evidence = {
      year, takedownsThisYear: thisYear.length, excluded: excluded.length, unplanned: unplanned.length, ...outside(before),
      maxTakedownsPerYear: p.maxTakedownsPerYear ?? null, maxTakedownDays: p.maxTakedownDays ?? null,
      withoutProcedure: unapproved.slice(0, EVIDENCE_CAP).map(ref), tooLong: tooLong.slice(0, EVIDENCE_CAP).map(ref),
      procedureUnknown: unknown.slice(0, EVIDENCE_CAP).map((o) => o.id),
    };
    if (unapproved.length > 0 || tooLong.length > 0 || tooMany) {
      const parts = { zh: [] as string[], en: [] as string[] };
      if (unapproved.length > 0) {
        parts.zh.push(`${unapproved.length}次下线未经批准或未发布公告`);
        parts.en.push(`${unapproved.length} take-down(s) without approval or notice`);
      }
      if (tooMany) {
        parts.zh.push(`${year}年下线${thisYear.length}次，超过${p.maxTakedownsPerYear}次`);
        parts.en.push(`${thisYear.length} take-downs in ${year}: more than ${p.maxTakedownsPerYear}`);
      }
      if (tooLong.length > 0) {
        parts.zh.push(`${tooLong.length}次下线超过${p.maxTakedownDays}天`);
        parts.en.push(`${tooLong.length} take-down(s) longer than ${p.maxTakedownDays} days`);
      }
      return finding(id, 'fail', { zh: parts.zh.join('；'), en: parts.en.join('; ') }, evidence);
    }
    if (unknown.length > 0) {
      return finding(id, 'needs-input', { zh: '部分下线未说明是否经批准并发布公告', en: 'Some take-downs do not say whether they were approved and announced' }, evidence);
    }
    if (thisYear.length > 0 && (p.maxTakedownsPerYear === undefined || p.maxTakedownDays === undefined)) {
      return finding(id, 'needs-input', {
        zh: '原文缺失每年临时下线次数和每次下线天数的上限，须由配置提供',
        en: 'The per-year take-down count and length are missing from the source: a profile must supply them',
      }, evidence);
    }
    return finding(id, 'pass', { zh: '临时下线均经批准并公告，未超过限额', en: 'Take-downs approved and announced, within the limits' }, evidence);
  },
});
