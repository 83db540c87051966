/**
 * Civil dates as epoch days: moved to `src/time/civil.ts` (the one time edge). These names stay
 * importable from here.
 */
export {
  type EpochDay,
  epochDayFromYmd,
  ymdFromEpochDay,
  yearOfEpochDay,
  daysInMonth,
  isoWeekday,
  formatEpochDay,
  parseIsoDate,
} from '../time/civil.js';
