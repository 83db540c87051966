export { defaultCalendar, type WorkdayCalendar, type DayKind, type CalendarYear } from './calendar.js';
export { isWorkday, addWorkdays, nextWorkday, previousWorkday, countWorkdays, workdaysBetween, dayKind } from './functions.js';
export type { DateInput, LuxonDateTimeLike } from './input.js';
export type { DayKindName } from './kinds.js';
export { yearInputSchema, civilDateSchema, type YearInput } from './schemas.js';
export { ERRATA, type ErratumEntry } from './errata.js';
