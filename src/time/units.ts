/** Fixed lengths of time, in milliseconds (Beijing has no daylight saving: a day is 24 h). */
export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;
/** Beijing's offset from UTC in milliseconds (UTC+08:00, no daylight saving since 1991). */
export const BEIJING_OFFSET_MS = 8 * MS_PER_HOUR;
