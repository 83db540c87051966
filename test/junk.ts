/**
 * The one way a test hands the library a value its types refuse (a misspelt rule id, a number as
 * a date, a snapshot assembled from loose records): the test exercises the run-time check that
 * JavaScript callers and untyped data still meet. `never` fits every parameter, so a call site
 * says `deadline(junk('deyang-2018/art99'), junk({}))` instead of repeating a cast.
 */
export const junk = (value: unknown): never => value as never;
