/**
 * The State Council notices behind the shipped years, as data: one yearly notice per year
 * (《国务院办公厅关于…年部分节假日安排的通知》), the special notice of 2015 and the two mid-year
 * amendments (2019 May Day, 2020 Spring Festival extension). A later notice for the same year
 * replaces the days it names; `dayKind` then names it as the day's source and says which notice
 * it amends.
 *
 * Only facts that were checked are filled in: the date issued (成文日期) and the document number
 * are given where they were confirmed against the published text, and left out (unknown)
 * otherwise. No gov.cn address is recorded: none was confirmed.
 */
import { yearlyTitle } from './shipped.js';

/** One notice. */
export interface Notice {
  /** The notice's title, without book-title marks. */
  readonly title: string;
  /** The year whose days it arranges. */
  readonly year: number;
  /** `yearly`: the year's arrangement; `special`: a one-off rest day; `amendment`: changes days of an earlier notice. */
  readonly kind: 'yearly' | 'special' | 'amendment';
  /** Date issued (成文日期), `YYYY-MM-DD`; absent when not confirmed. */
  readonly issued?: string;
  /** The document number (发文字号), e.g. `国办发明电〔2024〕12号`; absent when not confirmed. */
  readonly number?: string;
  /** The notice's address on gov.cn; absent when not confirmed. */
  readonly url?: string;
  /** For an amendment: the title of the notice whose days it replaces. */
  readonly amends?: string;
  /** The days a special notice or an amendment names, `YYYY-MM-DD`. */
  readonly days?: readonly string[];
  /** Rest days it grants outright, not in lieu of anything (reason `special`). */
  readonly granted?: readonly string[];
  /** Make-up working days and the rest day each pays for, where the notice pairs them. */
  readonly pairs?: readonly { readonly makeup: string; readonly restDay: string }[];
}


/** What was confirmed about the yearly notices (others: title only). */
const YEARLY_FACTS: Readonly<Record<number, { issued: string; number?: string }>> = {
  2020: { issued: '2019-11-21', number: '国办发明电〔2019〕16号' },
  2023: { issued: '2022-12-08', number: '国办发明电〔2022〕16号' },
  2024: { issued: '2023-10-25', number: '国办发明电〔2023〕7号' },
  2025: { issued: '2024-11-12', number: '国办发明电〔2024〕12号' },
  2026: { issued: '2025-11-04' },
};

const range = (from: string, to: string): string[] => {
  const out: string[] = [];
  const [y, m, d0] = from.split('-').map(Number) as [number, number, number];
  const last = Number(to.slice(8));
  for (let d = d0; d <= last; d++) out.push(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  return out;
};

/**
 * Every notice the shipped years rest on, oldest year first; within a year the yearly notice
 * comes first, then later notices in the order they were issued.
 *
 * @example
 * NOTICES.filter((n) => n.kind === 'yearly').length; // 16
 * NOTICES.find((n) => n.year === 2025)?.number; // '国办发明电〔2024〕12号'
 * NOTICES.find((n) => n.kind === 'special')?.granted; // ['2015-09-03']
 */
export const NOTICES: readonly Notice[] = Object.freeze(
  (
    [
      ...Array.from({ length: 16 }, (_, i) => 2011 + i).flatMap((year): Notice[] => {
        const yearly: Notice = { title: yearlyTitle(year), year, kind: 'yearly', ...YEARLY_FACTS[year] };
        if (year === 2015) {
          return [
            yearly,
            {
              title: '国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知',
              year,
              kind: 'special',
              issued: '2015-05-13',
              number: '国发明电〔2015〕1号',
              days: range('2015-09-03', '2015-09-06'),
              granted: ['2015-09-03'],
              pairs: [{ makeup: '2015-09-06', restDay: '2015-09-04' }],
            },
          ];
        }
        if (year === 2019) {
          return [
            yearly,
            {
              title: '国务院办公厅关于调整2019年劳动节假期安排的通知',
              year,
              kind: 'amendment',
              issued: '2019-03-22',
              number: '国办发明电〔2019〕3号',
              amends: yearly.title,
              days: ['2019-04-28', ...range('2019-05-01', '2019-05-05')],
            },
          ];
        }
        if (year === 2020) {
          return [
            yearly,
            {
              title: '国务院办公厅关于延长2020年春节假期的通知',
              year,
              kind: 'amendment',
              issued: '2020-01-26',
              number: '国办发明电〔2020〕1号',
              amends: yearly.title,
              days: ['2020-01-31', '2020-02-01', '2020-02-02'],
              granted: ['2020-01-31'],
            },
          ];
        }
        return [yearly];
      }),
    ] as Notice[]
  ).map((n) =>
    Object.freeze({
      ...n,
      ...(n.days ? { days: Object.freeze([...n.days]) } : {}),
      ...(n.granted ? { granted: Object.freeze([...n.granted]) } : {}),
      ...(n.pairs ? { pairs: Object.freeze(n.pairs.map((p) => Object.freeze({ ...p }))) } : {}),
    }),
  ),
);

/** The yearly notice of each year, and for each day a later notice names, the last such notice. */
interface NoticeLookup {
  readonly yearly: ReadonlyMap<number, Notice>;
  readonly later: ReadonlyMap<string, Notice>;
}

let lookup: NoticeLookup | undefined;

/** {@link NOTICES} indexed once, on first use, so that asking for each of the shipped days is not a walk of the list each time. */
function noticeLookup(): NoticeLookup {
  return (lookup ??= indexNotices());
}

/** Each year's yearly notice (one a year), and for each day a later notice names (within its own year), the last such notice. */
function indexNotices(): NoticeLookup {
  const yearly = new Map<number, Notice>();
  const later = new Map<string, Notice>();
  for (const n of NOTICES) {
    if (n.kind === 'yearly') yearly.set(n.year, n);
    n.days?.forEach((d) => later.set(d, n));
  }
  return { yearly, later };
}

/**
 * The yearly notice of a shipped year.
 *
 * @example
 * yearlyNotice(2026)?.issued; // '2025-11-04'
 * yearlyNotice(2027); // undefined
 */
export function yearlyNotice(year: number): Notice | undefined {
  return noticeLookup().yearly.get(year);
}

/**
 * The notice with this title, if the library knows it.
 *
 * @example
 * noticeByTitle('国务院办公厅关于延长2020年春节假期的通知')?.kind; // 'amendment'
 */
export function noticeByTitle(title: string): Notice | undefined {
  return NOTICES.find((n) => n.title === title);
}

/**
 * The notice that decides a shipped day: the latest special notice or amendment naming it, else
 * the yearly notice of the year its festival belongs to (a late-December New Year day belongs to
 * the next year's notice), else its own year's.
 *
 * @example
 * noticeOfDay('2019-05-02', '劳动节')?.kind; // 'amendment'
 * noticeOfDay('2018-12-31', '元旦')?.year; // 2019
 * noticeOfDay('2026-03-02', undefined)?.year; // 2026
 */
export function noticeOfDay(date: string, festival: string | undefined): Notice | undefined {
  const year = Number(date.slice(0, 4));
  const later = noticeLookup().later.get(date);
  if (later !== undefined) return later;
  const forNextYear = festival !== undefined && festival.startsWith('元旦') && date.slice(5, 7) === '12';
  return (forNextYear ? yearlyNotice(year + 1) : undefined) ?? yearlyNotice(year);
}
