/**
 * `gov-site-rules self-inspect <snapshot.json | snapshots.jsonl | -> --at <instant>`: the quarterly
 * self-inspection report of Deyang Art. 32 (Markdown, HTML or JSON), or with `--jsonl` the
 * city-wide summary of many sites. The report is rendered by pure functions of the core
 * (src/scoring/self-inspection.ts); this command only reads and writes. Exit 0 when the site (or
 * every site) is qualified and does not fail its score, 1 otherwise, 2 on invalid input.
 */
import { resolveCheckOptions } from '../../checks/engine.js';
import { InvalidInputError, RulesError } from '../../errors.js';
import type { Scorecard } from '../../scoring/scorecard.js';
import {
  createCitySummary,
  renderCitySummaryHtml,
  renderCitySummaryMarkdown,
  renderSelfInspectionHtml,
  renderSelfInspectionMarkdown,
  selfInspect,
  type SelfInspection,
  selfInspectionQuarter,
  type SelfInspectOptions,
  shippedScorecardAt,
} from '../../scoring/self-inspection.js';
import { parse, positional } from '../args.js';
import { writeFileAtomic } from '../atomic.js';
import { CALENDAR_OPTION, loadCliCalendar } from '../calendar-files.js';
import { loadCliScorecard } from '../scorecard-files.js';
import { cliProfile } from '../profile-files.js';
import { boundedLines, CLI_LIMITS, openFile, parseJsonText, readAllBounded } from '../input.js';
import { type CliCommand, type CliIo, EXIT } from '../io.js';
import { createProgress } from '../progress.js';

type Format = 'markdown' | 'html' | 'json';

/** The national veto indicators in the version the checkpoint picks (census-2015 or gov-2019). */
const DEFAULT_PROFILE = 'census';

/** `--scorecard`: an id or a file; absent, the shipped scorecard in force at the checkpoint (none before 2019-04-18). */
async function loadScorecard(value: string | undefined, at: number): Promise<Scorecard | undefined> {
  return value === undefined ? shippedScorecardAt(at) : loadCliScorecard(value, at);
}

const bad = (s: SelfInspection) => s.verdict === 'unqualified' || s.score?.grade === 'fail';

export const selfInspectCommand: CliCommand = {
  name: 'self-inspect',
  usage:
    'gov-site-rules self-inspect <snapshot.json | snapshots.jsonl | -> --at <instant> [--quarter 2026Q4] [--format markdown|html|json] [--out FILE]\n' +
    '    [--profile ID|FILE.json] [--scorecard gov-2019|FILE.json] [--jsonl] [--calendar FILE]…\n' +
    '  Exit 0: qualified and not failing its score; 1: unqualified or failing; 2: invalid input (file, JSON path and value named).',
  async run(argv, io: CliIo) {
    const { values, positionals } = parse(argv, {
      ...CALENDAR_OPTION,
      at: { type: 'string' },
      quarter: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      profile: { type: 'string' },
      scorecard: { type: 'string' },
      jsonl: { type: 'boolean' },
    }, { command: 'self-inspect', positionals: ['snapshot'] });
    const source = positional(positionals, 0, 'snapshot');
    if (values.at === undefined) throw new InvalidInputError('--at', undefined, 'is missing: give the checkpoint instant, e.g. --at 2026-11-25T12:00:00+08:00');
    const format = (values.format ?? 'markdown') as Format;
    if (!['markdown', 'html', 'json'].includes(format)) throw new InvalidInputError('--format', values.format, 'must be markdown, html or json');
    const { calendar } = await loadCliCalendar(values.calendar, io.env, false);
    const profile = (await cliProfile(values.profile)) ?? DEFAULT_PROFILE;
    const base: SelfInspectOptions = { at: values.at, calendar, profile, ...(values.quarter === undefined ? {} : { quarter: values.quarter }) };
    const scorecard = await loadScorecard(values.scorecard, resolveCheckOptions(base).at);
    const options: SelfInspectOptions = scorecard === undefined ? base : { ...base, scorecard };
    // Validates --at, --profile, the scorecard's dates and --quarter before any input is read.
    selfInspectionQuarter(options.quarter, resolveCheckOptions(options).at);
    const jsonl = values.jsonl === true || source.endsWith('.jsonl');
    const input = source === '-' ? io.stdin : openFile(source, 'snapshot');
    let text: string;
    let failed = false;
    if (!jsonl) {
      const raw = await readAllBounded(input, CLI_LIMITS.snapshotBytes, 'snapshot', source);
      const s = selfInspect(parseJsonText(raw, 'snapshot'), options);
      failed = bad(s);
      text = format === 'json' ? `${JSON.stringify(s, null, 2)}\n` : format === 'html' ? renderSelfInspectionHtml(s) : renderSelfInspectionMarkdown(s);
    } else {
      const summary = createCitySummary();
      const progress = createProgress(io, 'sites inspected / 已自查');
      let n = 0;
      for await (const line of boundedLines(input, CLI_LIMITS.snapshotLineChars, 'snapshots', source)) {
        n++;
        progress.tick();
        if (line.trim() === '') continue;
        try {
          const s = selfInspect(parseJsonText(line, 'snapshot'), options);
          if (bad(s)) failed = true;
          summary.add(s);
        } catch (e) {
          if (e instanceof InvalidInputError) throw new InvalidInputError(`line ${n}: ${e.field}`, e.value, e.reason);
          if (e instanceof RulesError) throw new InvalidInputError(`line ${n}`, undefined, e.message);
          throw e;
        }
      }
      progress.done();
      const c = summary.result();
      text = format === 'json' ? `${JSON.stringify(c, null, 2)}\n` : format === 'html' ? renderCitySummaryHtml(c) : renderCitySummaryMarkdown(c);
    }
    if (values.out !== undefined) writeFileAtomic(values.out, text);
    else io.stdout.write(text);
    return failed ? EXIT.ruleFailed : EXIT.ok;
  },
};
