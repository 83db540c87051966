/**
 * The input edge: moved to `src/time/input.ts` (the one time edge). These names stay importable
 * from here.
 */
export {
  type LuxonDateTimeLike,
  type DateInput,
  type ParsedInput,
  MS_PER_DAY,
  MS_PER_HOUR,
  BEIJING_OFFSET_MS,
  beijingDayOfInstant,
  startOfBeijingDay,
  endOfBeijingDay,
  formatBeijingInstant,
  parseDateInput,
  toBeijingDay,
  toInstantMs,
} from '../time/input.js';
