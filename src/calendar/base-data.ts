/**
 * The shipped years as `defaultCalendar` holds them: the day kinds of the light path (shipped.ts,
 * the generated table of chinese-workday with the errata applied), plus what `dayKind` and the
 * iCalendar export say about each day: the notice deciding it, the rest days a special notice
 * grants outright and the make-up days it pairs with a rest day. Those are built lazily, on the
 * first question that reads them (a year's notices on the first question about that year), not
 * when the index is built.
 */
import { formatEpochDay, parseIsoDate, type EpochDay } from '../time/index.js';
import { ERRATA } from './errata.js';
import { type Notice, NOTICES, noticeOfDay } from './notices.js';
import { SHIPPED_FIRST_YEAR, SHIPPED_LAST_YEAR, shippedIndex } from './shipped.js';
import { firstDayOfYear, type YearData } from './year-data.js';

/** The years chinese-workday 1.16.1 holds notices for. */
export const BASE_FIRST_YEAR = SHIPPED_FIRST_YEAR;
export const BASE_LAST_YEAR = SHIPPED_LAST_YEAR;

interface NoticeData {
  /** The erratum's notice of each erratum day. */
  readonly errata: ReadonlyMap<EpochDay, string>;
  readonly special: ReadonlySet<EpochDay>;
  readonly pairs: ReadonlyMap<EpochDay, EpochDay>;
}

let noticeData: NoticeData | undefined;

/** The errata's notices, the special grants and the pairs of the notices (read once). */
function shippedNoticeData(): NoticeData {
  return (noticeData ??= readNoticeData());
}

function readNoticeData(): NoticeData {
  const special = new Set<EpochDay>();
  const pairs = new Map<EpochDay, EpochDay>();
  for (const n of NOTICES) {
    n.granted?.forEach((d) => special.add(parseIsoDate(d) as EpochDay));
    n.pairs?.forEach((p) => pairs.set(parseIsoDate(p.makeup) as EpochDay, parseIsoDate(p.restDay) as EpochDay));
  }
  return { errata: new Map(ERRATA.map((e) => [parseIsoDate(e.date) as EpochDay, e.notice])), special, pairs };
}

/** The notice deciding each day of a shipped year: an erratum's, else a special notice or amendment naming it, else the yearly one. */
function dayNoticesOf(y: YearData): ReadonlyMap<EpochDay, string> {
  const { errata } = shippedNoticeData();
  const notices = new Map<EpochDay, string>();
  const first = firstDayOfYear(y.year);
  for (let i = 0; i < y.kinds.length; i++) {
    const day = first + i;
    // Every shipped day has a yearly notice at least (noticeOfDay's last resort).
    notices.set(day, errata.get(day) ?? (noticeOfDay(formatEpochDay(day), y.festivals.get(day)) as Notice).title);
  }
  return notices;
}

let records: readonly YearData[] | undefined;

/**
 * The shipped years, 2011–2026, with the errata applied. Every day carries the title of the
 * notice that decides it (`dayNotices`: an erratum's notice, else a special notice or amendment
 * naming it, else the yearly notice); the days a special notice grants outright (`special`) and
 * the make-up days it pairs with a rest day (`pairs`) are recorded too. The records are the shipped
 * index's years with those three built lazily, on first access (`dayNotices` year by year).
 *
 * @example
 * shippedYears().length; // 16
 */
export function shippedYears(): YearData[] {
  records ??= shippedIndex().years.map((y) => {
    let dayNotices: ReadonlyMap<EpochDay, string> | undefined;
    return Object.freeze({
      ...y,
      get dayNotices() {
        return (dayNotices ??= dayNoticesOf(y));
      },
      get special() {
        return shippedNoticeData().special;
      },
      get pairs() {
        return shippedNoticeData().pairs;
      },
    });
  });
  return [...records];
}
