/**
 * Obligations: many events' deadlines and states at `now`, and their iCalendar export.
 */
export {
  obligations,
  obligationEventSchema,
  obligationEventsSchema,
  obligationsOptionsSchema,
  OPEN_STATES,
  type Obligation,
  type ObligationEvent,
  type Obligations,
  type ObligationsOptions,
  type ObligationState,
} from './obligations.js';
export { toICalendar, toICalendarOptionsSchema, escapeText, foldLine, type ToICalendarOptions } from './ical.js';
