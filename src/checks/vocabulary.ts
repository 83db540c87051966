/**
 * The closed word lists of the snapshot (column categories, message channels, kinds of serious
 * problem), in a module of their own: the check parameters (and through them the rule catalog)
 * need the words without the snapshot schema, whose zod calls and descriptions would otherwise
 * come along into every bundle that imports `deadline`.
 */

/** A column's category. */
export const COLUMN_CATEGORIES = [
  'homepage', 'news', 'notice', 'policy', 'annual-report', 'plan', 'personnel', 'basic-info', 'interaction', 'other',
] as const;

/** The channel a message came in by. */
export const MESSAGE_CHANNELS = ['consultation', 'error-report', 'opinion', 'interview', 'survey', 'petition', 'discipline'] as const;

/** The kinds of serious problem (严重问题) a caller can state. */
export const SERIOUS_PROBLEM_KINDS = [
  'wording-error', 'state-secret', 'harmful-content', 'unhandled-attack', 'falsified-data', 'public-opinion',
] as const;
