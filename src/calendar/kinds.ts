/**
 * What kind of day a date is. One byte per day in the calendar index.
 */

/** `workday`: an ordinary Monday–Friday working day; `weekend`: an ordinary Saturday/Sunday;
 * `holiday`: a rest day declared by a notice (with its festival); `makeup-workday`: a weekend day
 * declared a working day (调休上班). */
export type DayKindName = 'workday' | 'weekend' | 'holiday' | 'makeup-workday';

export const KIND_WORKDAY = 0;
export const KIND_WEEKEND = 1;
export const KIND_HOLIDAY = 2;
export const KIND_MAKEUP = 3;

export const KIND_NAMES: readonly DayKindName[] = Object.freeze(['workday', 'weekend', 'holiday', 'makeup-workday']);

/** Whether a kind code is a working day. */
export const isWorkingKind = (kind: number): boolean => kind === KIND_WORKDAY || kind === KIND_MAKEUP;

export function kindCode(name: DayKindName): number {
  return KIND_NAMES.indexOf(name);
}
