/**
 * The days on which chinese-workday 1.16.1 disagrees with the State Council General Office's
 * holiday notices (《国务院办公厅关于…年部分节假日安排的通知》, published on gov.cn each
 * December) and the two special notices of 2015 and 2020. Each entry states the truth and
 * cites the notice that makes it so. A test checks that every entry still disagrees with raw
 * chinese-workday, so an upstream fix shows up as a stale entry to delete.
 */
import type { DayKindName } from './kinds.js';

export interface ErratumEntry {
  readonly date: string;
  /** What the day really is. */
  readonly kind: DayKindName;
  /** The festival a holiday belongs to or a make-up working day makes up for. */
  readonly festival?: string;
  /** The notice that says so: a title in `NOTICES`, where its number and date issued are (when known). */
  readonly notice: string;
  /** Why chinese-workday is wrong, in a few words. */
  readonly why: string;
}

const n2011 = '国务院办公厅关于2011年部分节假日安排的通知';
const n2012 = '国务院办公厅关于2012年部分节假日安排的通知';
const n2013 = '国务院办公厅关于2013年部分节假日安排的通知';
const n2014 = '国务院办公厅关于2014年部分节假日安排的通知';
const n2015v = '国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知';
const n2018 = '国务院办公厅关于2018年部分节假日安排的通知';
const n2020x = '国务院办公厅关于延长2020年春节假期的通知';
const n2023 = '国务院办公厅关于2023年部分节假日安排的通知';

/**
 * The errata table, frozen.
 *
 * @example
 * ERRATA.find((e) => e.date === '2011-02-12')?.kind; // 'makeup-workday'
 * ERRATA.length; // 28
 */
export const ERRATA: readonly ErratumEntry[] = Object.freeze(
  [
    { date: '2011-01-29', kind: 'weekend', notice: n2011, why: 'the Spring Festival make-up days were 01-30 and 02-12' },
    { date: '2011-02-12', kind: 'makeup-workday', festival: '春节', notice: n2011, why: 'Spring Festival make-up working day' },
    { date: '2011-04-02', kind: 'makeup-workday', festival: '清明节', notice: n2011, why: 'Qingming make-up working day' },
    { date: '2011-12-31', kind: 'makeup-workday', festival: '元旦', notice: n2012, why: '2012 New Year make-up working day' },
    { date: '2012-01-29', kind: 'makeup-workday', festival: '春节', notice: n2012, why: 'Spring Festival make-up working day' },
    { date: '2012-03-31', kind: 'makeup-workday', festival: '清明节', notice: n2012, why: 'Qingming make-up working day' },
    { date: '2012-04-01', kind: 'makeup-workday', festival: '清明节', notice: n2012, why: 'Qingming make-up working day' },
    { date: '2012-04-28', kind: 'makeup-workday', festival: '劳动节', notice: n2012, why: 'May Day make-up working day' },
    { date: '2012-09-30', kind: 'holiday', festival: '中秋节', notice: n2012, why: 'Mid-Autumn and National Day ran 09-30..10-07' },
    { date: '2012-10-08', kind: 'workday', notice: n2012, why: 'the National Day break ended on 10-07' },
    { date: '2013-04-07', kind: 'makeup-workday', festival: '清明节', notice: n2013, why: 'Qingming make-up working day' },
    { date: '2013-04-27', kind: 'makeup-workday', festival: '劳动节', notice: n2013, why: 'May Day make-up working day' },
    { date: '2013-04-28', kind: 'makeup-workday', festival: '劳动节', notice: n2013, why: 'May Day make-up working day' },
    { date: '2013-06-08', kind: 'makeup-workday', festival: '端午节', notice: n2013, why: 'Dragon Boat make-up working day' },
    { date: '2013-06-09', kind: 'makeup-workday', festival: '端午节', notice: n2013, why: 'Dragon Boat make-up working day' },
    { date: '2013-10-12', kind: 'makeup-workday', festival: '国庆节', notice: n2013, why: 'National Day make-up working day' },
    { date: '2013-12-29', kind: 'weekend', notice: n2014, why: '2014 New Year had no make-up working day' },
    { date: '2014-06-03', kind: 'workday', notice: n2014, why: 'the Dragon Boat holiday was 06-02 only' },
    { date: '2014-06-04', kind: 'workday', notice: n2014, why: 'the Dragon Boat holiday was 06-02 only' },
    { date: '2014-09-09', kind: 'workday', notice: n2014, why: 'the Mid-Autumn holiday was 09-08 only' },
    { date: '2014-09-10', kind: 'workday', notice: n2014, why: 'the Mid-Autumn holiday was 09-08 only' },
    { date: '2014-10-11', kind: 'makeup-workday', festival: '国庆节', notice: n2014, why: 'National Day make-up working day' },
    { date: '2015-09-03', kind: 'holiday', festival: '抗战胜利纪念日', notice: n2015v, why: '70th anniversary of the victory (09-06 a make-up working day)' },
    { date: '2015-09-04', kind: 'holiday', festival: '抗战胜利纪念日', notice: n2015v, why: '70th anniversary of the victory (09-06 a make-up working day)' },
    { date: '2018-01-01', kind: 'holiday', festival: '元旦', notice: n2018, why: "New Year's Day" },
    { date: '2020-01-31', kind: 'holiday', festival: '春节', notice: n2020x, why: 'Spring Festival extended to 02-02' },
    { date: '2020-02-01', kind: 'holiday', festival: '春节', notice: n2020x, why: 'the 02-01 make-up working day was cancelled' },
    { date: '2023-01-03', kind: 'workday', notice: n2023, why: 'the New Year break was 2022-12-31..2023-01-02' },
  ].map((e) => Object.freeze(e as ErratumEntry)),
);
