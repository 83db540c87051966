/**
 * `gov-site-rules deadline <rule-id> …`: one deadline, bilingual or as JSON.
 */
import { InvalidInputError } from '../../errors.js';
import { deadlineEntry } from '../../rules/catalog.js';
import { deadlineOfAny, type DeadlineResult } from '../../rules/deadlines.js';
import { parse, positional, wholeNumber } from '../args.js';
import { CALENDAR_OPTION, loadCliCalendar, yearStatuses } from '../calendar-files.js';
import { type CliCommand, EXIT } from '../io.js';
import { describePeriod } from '../rules-doc.js';

function notFor(flag: string, value: unknown, id: string): never {
  throw new InvalidInputError(flag, value, `does not apply to ${id}`);
}

/** The period actually applied (after `complex`, an extension or another law's period); `fixed` for fixed dates. */
function periodOf(r: DeadlineResult, fixed: string): string {
  if (r.unit === 'workday') return `${r.amount} 个工作日 / ${r.amount} working days`;
  if (r.unit === 'hour') return `${r.amount} 小时 / ${r.amount} hours`;
  if (r.unit === 'day') return `${r.amount} 日 / ${r.amount} days`;
  return fixed;
}

/**
 * The human, bilingual rendering of a result.
 *
 * @example
 * renderDeadline(policyDocumentDeadline({ from: '2026-09-30' }), 'A policy document …', '3 个工作日 / 3 working days').includes('截止日 Due date   2026-10-10'); // true
 */
export function renderDeadline(r: DeadlineResult, summary: string, period: string): string {
  const lines = [
    `规则 Rule         ${r.rule}`,
    `依据 Article      ${r.article.source} ${r.article.article} (${r.article.articleEn})`,
    `要求 Requirement  ${r.article.text}`,
    `                  ${summary}`,
    `起算 Start        ${r.start}`,
    `期限 Period       ${periodOf(r, period)}`,
    `截止日 Due date   ${r.dueDate}`,
    `截止 Deadline     ${r.deadline}`,
  ];
  if (r.provisional) {
    const years = r.provisionalYears.join(', ');
    lines.push(`暂定 Provisional  是：${years}年按《全国年节及纪念日放假办法》推算 / yes: ${years} derived from the holiday law, not a published notice`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `--extended` takes an optional value: `--extended` alone is `yes`; `--extended 10`,
 * `--extended yes|no` and `--extended=…` give it. Rewrites argv so the parser sees `--extended=…`.
 */
function extendedValue(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') {
      out.push(...argv.slice(i));
      break;
    }
    if (a !== '--extended') out.push(a);
    else if (/^(\d+|yes|no|true|false)$/.test(argv[i + 1] ?? '')) out.push(`--extended=${argv[++i] as string}`);
    else out.push('--extended=yes');
  }
  return out;
}

/** The value of `--extended`: `true` (the full cap), `undefined` (no extension) or working days. */
function extension(text: string): true | number | undefined {
  if (text === 'yes' || text === 'true') return true;
  if (text === 'no' || text === 'false') return undefined;
  return wholeNumber(text, '--extended');
}

export const deadlineCommand: CliCommand = {
  name: 'deadline',
  usage:
    'gov-site-rules deadline <rule-id> [--from <date|instant>] [--complex] [--quarter 2026Q3] [--year 2026] [--government] [--extended [yes|no|<working days>]] [--provisional] [--calendar FILE]… [--json]\n' +
    '  --extended alone (or yes) adds the full extension of an OGI reply; --extended 10 adds 10 working days (at most the cap); no: none.',
  async run(argv, io) {
    const { values, positionals } = parse(extendedValue(argv), {
      ...CALENDAR_OPTION,
      from: { type: 'string' },
      complex: { type: 'boolean' },
      quarter: { type: 'string' },
      year: { type: 'string' },
      government: { type: 'boolean' },
      extended: { type: 'string' },
      provisional: { type: 'boolean' },
      json: { type: 'boolean' },
    }, { command: 'deadline', positionals: ['rule-id'] });
    const id = positional(positionals, 0, 'rule-id');
    const e = deadlineEntry(id);
    const p = e.parameters;
    const input: Record<string, unknown> = {};
    if (p.unit === 'fixed') {
      if (values.from !== undefined) notFor('--from', values.from, id);
      if (values.complex) notFor('--complex', true, id);
      if (values.extended !== undefined) notFor('--extended', values.extended, id);
      if (p.input === 'quarter') {
        if (values.year !== undefined) notFor('--year', values.year, id);
        if (values.quarter === undefined) throw new InvalidInputError('--quarter', undefined, `is missing: ${id} needs a quarter such as 2026Q3`);
        input.quarter = values.quarter;
      } else {
        if (values.quarter !== undefined) notFor('--quarter', values.quarter, id);
        if (values.year === undefined) throw new InvalidInputError('--year', undefined, `is missing: ${id} needs the year reported on, e.g. --year 2026`);
        input.year = wholeNumber(values.year, '--year');
      }
      if (values.government) {
        if (p.government === undefined) notFor('--government', true, id);
        input.issuer = 'government';
      }
    } else {
      for (const flag of ['quarter', 'year'] as const) if (values[flag] !== undefined) notFor(`--${flag}`, values[flag], id);
      if (values.government) notFor('--government', true, id);
      if (values.from === undefined) throw new InvalidInputError('--from', undefined, `is missing: ${id} counts from a ${p.input === 'instant' ? 'moment (an ISO instant)' : 'date'}`);
      input.from = values.from;
      if (values.complex) {
        if (p.complexAmount === undefined) notFor('--complex', true, id);
        input.complex = true;
      }
      if (values.extended !== undefined) {
        if (p.extensionCap === undefined) notFor('--extended', values.extended, id);
        const ext = extension(values.extended);
        if (ext !== undefined) input.extended = ext;
      }
    }
    const cli = await loadCliCalendar(values.calendar, io.env, values.provisional === true);
    const result = deadlineOfAny(id, input, { calendar: cli.calendar, ...(values.provisional ? { provisional: true } : {}) });
    const json = () => JSON.stringify({ ...result, years: yearStatuses(cli, result.start, result.dueDate) });
    io.stdout.write(values.json ? `${json()}\n` : renderDeadline(result, e.summary, describePeriod(e)));
    return EXIT.ok;
  },
};
