/**
 * `--scorecard ID|FILE.json` of `check` and `self-inspect`: a shipped scorecard by id, or a
 * scorecard file (docs/scorecards.md), validated like any input and refused when its dates do not
 * hold the checkpoint. Errors name the flag and the file.
 */
import { scorecardAt } from '../checks/profiles.js';
import { InvalidInputError } from '../errors.js';
import { resolveScorecard, type Scorecard } from '../scoring/scorecard.js';
import { readJsonFile } from './calendar-files.js';

/**
 * The scorecard `--scorecard value` names, in force at the checkpoint `at` (epoch ms).
 *
 * @example
 * (await loadCliScorecard('gov-2019', Date.parse('2026-11-25T04:00:00Z'))).id; // 'gov-2019'
 */
export async function loadCliScorecard(value: string, at: number): Promise<Scorecard> {
  // A scorecard with dates that do not hold the checkpoint is refused under the flag's name.
  if (!value.endsWith('.json')) return scorecardAt(resolveScorecard(value, '--scorecard'), at, '--scorecard');
  const json = await readJsonFile(value, `--scorecard ${value}`);
  let scorecard: Scorecard;
  try {
    scorecard = resolveScorecard(json, 'scorecard');
  } catch (e) {
    if (e instanceof InvalidInputError) throw new InvalidInputError(`--scorecard ${value}: ${e.field}`, e.value, e.reason);
    throw e;
  }
  return scorecardAt(scorecard, at, `--scorecard ${value}`);
}
