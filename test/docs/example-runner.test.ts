/**
 * The doc-test machinery itself: an example that is wrong must fail, and the conventions of
 * examples.test.ts's header must hold.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { entrySources, type Example, importSrc, type Module, runExample, SRC } from './example-runner.js';
import { FIRST_UNCOVERED_YEAR, lastCoveredDate } from '../coverage-year.js';

/** The calendar's last covered day: a day after it is beyond the calendar. */
const END = lastCoveredDate();

const entries = entrySources();
const index = await importSrc(entries.get('.') as string);
const file = path.join(SRC, 'calendar/functions.ts');
const own: Module = await importSrc(file);

const run = (code: string) => runExample({ code, line: 1 } satisfies Example, file, own, index, entries);
const passes = (code: string) => expect(run(code)).resolves.toBeUndefined();
const fails = (code: string, message?: RegExp) => expect(run(code)).rejects.toThrow(message);

describe('doc-test runner', () => {
  it('asserts `expr; // expected` by deep equality', async () => {
    await passes(`addWorkdays('2026-09-30', 3); // '2026-10-10'`);
    await passes(`workdaysBetween('2026-10-01', '2026-10-09'); // ['2026-10-08', '2026-10-09']`);
    await passes(`({ a: [1, { b: 2 }] }); // { a: [1, { b: 2 }] }`);
    await fails(`addWorkdays('2026-09-30', 3); // '2026-10-09'`, /2026-10-09/);
    await fails(`countWorkdays('2026-10-01', '2026-10-10'); // 4`);
  });

  it('ignores a trailing parenthesised note', async () => {
    await passes(`isWorkday('2026-10-10'); // true (a make-up working Saturday)`);
    await fails(`isWorkday('2026-10-10'); // false (a make-up working Saturday)`);
  });

  it('checks `// throws` and the error class it names', async () => {
    await passes(`addWorkdays('${END}', 1); // throws CalendarCoverageError (${FIRST_UNCOVERED_YEAR})`);
    await passes(`addWorkdays('${END}', 1); // throws RulesError`);
    await passes(`addWorkdays('${END}', 1); // throws: no data for ${FIRST_UNCOVERED_YEAR}`);
    await fails(`addWorkdays('${END}', 1); // throws InvalidInputError`);
    await fails(`addWorkdays('2026-09-30', 1); // throws`, /did not throw/);
  });

  it('does not assert prose, but a line may not throw unless it says so', async () => {
    await passes(`addWorkdays('2026-09-30', 3); // the make-up Saturday`);
    await passes(`addWorkdays('2026-09-30', 3); // ok`);
    await fails(`addWorkdays('${END}', 1); // a year too far`, /threw/);
    await fails(`addWorkdays('${END}', 1);`, /threw/);
  });

  it('asserts a const declaration by its value and other statements by their completion value', async () => {
    await passes(`const d = addWorkdays('2026-09-30', 3); // '2026-10-10'\nd.slice(0, 4); // '2026'`);
    await passes(`try { addWorkdays('${lastCoveredDate('12-30')}', 5); } catch (e) { (e as CalendarCoverageError).year; } // ${FIRST_UNCOVERED_YEAR}`);
    await fails(`try { addWorkdays('${lastCoveredDate('12-30')}', 5); } catch (e) { (e as CalendarCoverageError).year; } // ${FIRST_UNCOVERED_YEAR + 1}`);
  });

  it('transpiles TypeScript, binds imports, awaits, silences console, lets an example shadow a name', async () => {
    await passes(`import { addWorkdays as add } from 'gov-site-rules';\nconst n: number = 3;\nadd('2026-09-30', n); // '2026-10-10'`);
    await passes(`import { DateTime } from 'luxon';\nDateTime.fromISO('2026-10-10').weekday; // 6`);
    await passes(`await Promise.resolve(1); // 1\nconsole.log('quiet');`);
    await passes(`const addWorkdays = () => 'mine';\naddWorkdays(); // 'mine'`);
    await fails(`import { nope } from 'gov-site-rules';`, /does not export/);
  });

  it('has the module\u2019s own exports and index exports in scope', async () => {
    await passes(`typeof dayKind; // 'function'\ntypeof CalendarCoverageError; // 'function'`);
  });
});
