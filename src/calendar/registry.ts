/**
 * Which calendars this copy of the library made, and the index behind each: `indexOf` is how the
 * rules get from a calendar object to its epoch-day index (and refuse anything else), without
 * loading the calendar object's own code.
 */
import { InvalidInputError } from '../errors.js';
import type { CalendarIndex } from './calendar-index.js';
import type { WorkdayCalendar } from './calendar.js';

const indexes = new WeakMap<WorkdayCalendar, () => CalendarIndex>();

declare const __GSR_BUILD__: string | undefined;
/** Which build this module is part of: set by tsup ('ES module build (import)', 'CommonJS build (require)'). */
const BUILD = typeof __GSR_BUILD__ === 'string' ? __GSR_BUILD__ : 'source build';
/**
 * Marks every calendar with the build that made it. The ES module and CommonJS builds are two
 * copies with two registries (the dual-package hazard): this mark lets one copy say why it refuses
 * the other's calendar instead of calling it "not a calendar".
 */
const MADE_BY = Symbol.for('gov-site-rules.calendar.build');

/**
 * Records a calendar this library made (frozen afterwards by the caller) with its index loader.
 *
 * @example
 * import { shippedIndex } from './shipped.js';
 * const calendar = {} as import('./calendar.js').WorkdayCalendar;
 * registerCalendar(calendar, shippedIndex);
 * indexOf(calendar) === shippedIndex(); // true
 */
export function registerCalendar(calendar: WorkdayCalendar, index: () => CalendarIndex): void {
  Object.defineProperty(calendar, MADE_BY, { value: BUILD });
  indexes.set(calendar, index);
}

/**
 * The index behind a calendar (internal: rules work on epoch days, not strings).
 *
 * @example
 * import { defaultCalendar } from './calendar.js';
 * indexOf(defaultCalendar).coverage.end; // '2026-12-31'
 * indexOf({} as never); // throws InvalidInputError
 */
export function indexOf(calendar: WorkdayCalendar): CalendarIndex {
  const index = indexes.get(calendar);
  if (index === undefined) {
    const madeBy = typeof calendar === 'object' && calendar !== null ? (calendar as unknown as Record<symbol, unknown>)[MADE_BY] : undefined;
    if (typeof madeBy === 'string') {
      throw new InvalidInputError(
        'calendar',
        calendar,
        `was made by the ${madeBy} of gov-site-rules and this function is from the ${BUILD}: the two are separate copies that do not share calendars ` +
          '(the dual-package hazard). Load the calendar and the functions the same way (both import or both require)',
      );
    }
    throw new InvalidInputError('calendar', calendar, 'is not a calendar made by this library');
  }
  return index();
}
