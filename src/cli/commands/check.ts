/**
 * `gov-site-rules check <snapshot.json | snapshots.jsonl | -> --at <instant>`: checks site
 * snapshots against a profile. Exit 0 when nothing fails, 1 when a rule fails, 2 on invalid input
 * (the message names the JSON path and value, and the line in JSONL mode).
 *
 * JSONL mode (`--jsonl`, or a `.jsonl` file) reads one snapshot per line and writes one report per
 * line as it goes, so memory stays bounded by the largest line; past a few thousand lines it shows
 * progress on stderr when stderr is a terminal.
 */
import { createProgress } from '../progress.js';
import { checkResolved, checkSiteUnknown, type CheckOptions, resolveCheckOptions, type ResolvedCheckOptions } from '../../checks/engine.js';
import type { CheckReport, Finding } from '../../checks/report.js';
import { InvalidInputError, RulesError } from '../../errors.js';
import { parse, positional } from '../args.js';
import { jobsOption, jobsUsage, type LineTask, POOL_THRESHOLD, runLines } from '../pool.js';
import { CALENDAR_OPTION, type CliCalendar, loadCliCalendar, yearStatuses, type YearStatus } from '../calendar-files.js';
import { cliProfile } from '../profile-files.js';
import { loadCliScorecard } from '../scorecard-files.js';
import { boundedLines, CLI_LIMITS, openFile, parseJsonText, readAllBounded } from '../input.js';
import { type CliCommand, type CliIo, EXIT } from '../io.js';
import { escapeControls } from '../text.js';

type Format = 'table' | 'json' | 'junit';


/** A document that is several JSON values, one per line, is JSONL given without --jsonl: say so. */
function looksLikeJsonl(text: string, source: string): string {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length < 2) return text;
  try {
    JSON.parse(text);
    return text;
  } catch {
    try {
      JSON.parse(lines[0] as string);
      JSON.parse(lines[1] as string);
    } catch {
      return text;
    }
  }
  throw new InvalidInputError('snapshot', source, 'holds one JSON value per line (JSONL): add --jsonl to check one snapshot per line');
}

const STATUS_LABEL: Record<Finding['status'], string> = { pass: 'PASS', fail: 'FAIL', 'not-applicable': 'N/A ', 'needs-input': 'NEED' };

/** The table's score line: the total and grade, or what the scorecard lacks for them. */
function scoreLine(s: NonNullable<CheckReport['score']>): string {
  const grade = s.grade === null ? '未定 undecided' : s.grade === 'pass' ? '合格 pass' : '不合格 fail';
  if (s.vetoes.length > 0) return `  得分 score (${s.scorecard}): ${grade} — 单项否决 veto: ${s.vetoes.join(', ')}`;
  if (!s.complete) return `  得分 score (${s.scorecard}): ${grade} — 缺少分值 missing: ${s.missing.join(', ')}`;
  return `  得分 score (${s.scorecard}): ${s.total} (${s.deduction} + bonus ${s.bonus}) — ${grade}`;
}

function table(r: CheckReport): string {
  const width = Math.max(...r.findings.map((f) => f.rule.length));
  const lines = [
    `${r.site} @ ${r.at} — profile ${r.profile} — ${r.verdict === 'qualified' ? '合格 qualified' : '不合格 unqualified'}`,
    ...r.findings.map((f) => `  ${STATUS_LABEL[f.status]}  ${f.rule.padEnd(width)}  ${f.message.zh} / ${f.message.en}`),
    `  ${r.summary.pass} pass, ${r.summary.fail} fail, ${r.summary['needs-input']} needs-input, ${r.summary['not-applicable']} not-applicable`,
    // 政务新媒体 accounts: each its own verdict, which never changes the site's.
    ...(r.score === undefined ? [] : [scoreLine(r.score)]),
    ...(r.accounts ?? []).map((a) => {
      const failing = a.findings.filter((f) => f.status === 'fail').map((f) => f.rule);
      return `  账号 account ${a.account} — ${a.verdict === 'qualified' ? '合格 qualified' : '不合格 unqualified'}${failing.length > 0 ? `: ${failing.join(', ')}` : ''}`;
    }),
  ];
  // Site ids, names and messages come from the input: control characters are shown, never obeyed.
  return `${lines.map(escapeControls).join('\n')}\n`;
}

/**
 * Text for an XML 1.0 attribute or element: the five markup characters as entities, tab and line
 * breaks as character references (kept through attribute normalisation), and what XML 1.0 does
 * not allow (most C0 controls, U+FFFE, U+FFFF, lone surrogates) — with DEL and C1 controls,
 * which it discourages — as visible `\uXXXX` text, so the document always parses.
 *
 * @example
 * xml('a\u0000<b>'); // 'a\\u0000&lt;b&gt;'
 */
export const xml = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|\p{Surrogate}/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

function junitSuite(r: CheckReport): string {
  const skipped = r.summary['needs-input'] + r.summary['not-applicable'];
  const cases = r.findings.map((f) => {
    const name = `<testcase classname="${xml(r.site)}" name="${xml(f.rule)}"`;
    const msg = xml(`${f.message.zh} / ${f.message.en}`);
    if (f.status === 'fail') return `    ${name}><failure message="${msg}">${xml(JSON.stringify(f.evidence))}</failure></testcase>`;
    if (f.status !== 'pass') return `    ${name}><skipped message="${xml(f.status)}: ${msg}"/></testcase>`;
    return `    ${name}/>`;
  });
  return `  <testsuite name="${xml(r.site)}" timestamp="${xml(r.at)}" tests="${r.findings.length}" failures="${r.summary.fail}" errors="0" skipped="${skipped}">\n${cases.join('\n')}\n  </testsuite>\n`;
}

/**
 * The calendar years a report relied on, for `--json`: the checkpoint's (Beijing) year and the
 * year before — the longest look-back window of a rule that counts working days is 12 months
 * (`art32-self-inspection`), so it starts in one of them — and, for a checkpoint in December, the
 * next year too, where a working-day deadline from a day before the checkpoint (20 working days
 * at most) can end. Only years the calendar holds are listed. A record triggered before the
 * year before also relies on its own year's (shipped) data: not listed.
 */
function reliedOn(cli: CliCalendar, at: string): YearStatus[] {
  const year = Number(at.slice(0, 4));
  return yearStatuses(cli, String(year - 1), String(at.slice(5, 7) === '12' ? year + 1 : year));
}

function render(r: CheckReport, format: Format, jsonl: boolean, cli: CliCalendar, years?: YearStatus[]): string {
  if (format === 'json') {
    const out = { ...r, years: years ?? reliedOn(cli, r.at) };
    return jsonl ? `${JSON.stringify(out)}\n` : `${JSON.stringify(out, null, 2)}\n`;
  }
  if (format === 'junit') return junitSuite(r);
  return table(r);
}

/** Everything `check` needs before it reads input, from its arguments (also run by each worker of the pool). */
export interface PreparedCheck {
  readonly source: string;
  readonly format: Format;
  readonly jsonl: boolean;
  readonly jobs: number;
  readonly jobsGiven: boolean;
  readonly cli: CliCalendar;
  readonly options: CheckOptions;
  /** The options resolved once for every snapshot of the run. */
  readonly resolved: ResolvedCheckOptions;
  /** The calendar years every report of the run relies on (one checkpoint). */
  readonly years: YearStatus[];
}

/**
 * Parses and validates `check`'s arguments and loads its calendar: the part of a run before any
 * input is read. Throws InvalidInputError naming the option.
 *
 * @example
 * (await prepareCheck(['-', '--at', '2026-11-25T12:00:00+08:00'], { env: {} } as CliIo)).format; // 'table'
 */
export async function prepareCheck(argv: string[], io: Pick<CliIo, 'env'>): Promise<PreparedCheck> {
  const { values, positionals } = parse(argv, {
    ...CALENDAR_OPTION,
    at: { type: 'string' },
    profile: { type: 'string' },
    scorecard: { type: 'string' },
    format: { type: 'string' },
    json: { type: 'boolean' },
    jsonl: { type: 'boolean' },
    jobs: { type: 'string' },
  }, { command: 'check', positionals: ['snapshot'] });
  const source = positional(positionals, 0, 'snapshot');
  if (values.at === undefined) throw new InvalidInputError('--at', undefined, 'is missing: give the checkpoint instant, e.g. --at 2026-11-25T12:00:00+08:00');
  const format = (values.json ? 'json' : values.format ?? 'table') as Format;
  if (!['table', 'json', 'junit'].includes(format)) throw new InvalidInputError('--format', values.format, 'must be table, json or junit');
  if (values.json && values.format !== undefined && values.format !== 'json') throw new InvalidInputError('--format', values.format, 'contradicts --json');
  const jobs = jobsOption(values.jobs);
  const cli = await loadCliCalendar(values.calendar, io.env, false);
  const { calendar } = cli;
  const profile = await cliProfile(values.profile);
  const base: CheckOptions = { at: values.at, calendar, ...(profile === undefined ? {} : { profile }) };
  let resolved = resolveCheckOptions(base); // validates --at and --profile before any input is read
  let options = base;
  if (values.scorecard !== undefined) {
    // The score of each report under the scorecard named or read from a file (in force at --at).
    options = { ...base, scorecard: await loadCliScorecard(values.scorecard, resolved.at) };
    resolved = resolveCheckOptions(options);
  }
  const jsonl = values.jsonl === true || source.endsWith('.jsonl');
  return { source, format, jsonl, jobs, jobsGiven: values.jobs !== undefined, cli, options, resolved, years: reliedOn(cli, resolved.atText) };
}

/**
 * One JSONL line checked and rendered (`undefined` for a blank line), as the one-core run and each
 * worker of the pool write it; an invalid snapshot throws InvalidInputError naming line `n`.
 *
 * @example
 * checkJsonlLine(' ', 1, await prepareCheck(['-', '--at', '2026-11-25T12:00:00+08:00'], { env: {} } as CliIo)); // undefined
 */
export function checkJsonlLine(line: string, n: number, p: PreparedCheck): { text: string; failed: boolean } | undefined {
  if (line.trim() === '') return undefined;
  try {
    const r = checkResolved(parseJsonText(line, 'snapshot'), p.resolved).report;
    return { text: render(r, p.format, true, p.cli, p.years), failed: r.summary.fail > 0 };
  } catch (e) {
    if (e instanceof RulesError) {
      throw new InvalidInputError(`line ${n}: ${(e as InvalidInputError).field ?? 'snapshot'}`, (e as InvalidInputError).value, (e as InvalidInputError).reason ?? e.message, e instanceof InvalidInputError ? e.path : []);
    }
    throw e;
  }
}

/** What `check --jsonl` writes for a line, or for a batch of lines (then as UTF-8 bytes), and whether a rule failed in it. */
export interface CheckOutput {
  readonly text: string | Uint8Array;
  readonly failed: boolean;
}

/**
 * The outputs of consecutive lines as one: their texts as UTF-8 bytes in one buffer of their own
 * (so that a worker moves it to the main thread instead of copying a string twice, and the main
 * thread writes it without encoding it).
 *
 * @example
 * new TextDecoder().decode(joinOutputs([{ text: 'a\n', failed: false }, { text: '网\n', failed: true }]).text as Uint8Array); // 'a\n网\n'
 */
export function joinOutputs(results: readonly CheckOutput[]): CheckOutput {
  let size = 0;
  for (const r of results) size += typeof r.text === 'string' ? Buffer.byteLength(r.text) : r.text.length;
  const bytes = Buffer.allocUnsafeSlow(size);
  let at = 0;
  for (const r of results) {
    if (typeof r.text === 'string') at += bytes.write(r.text, at);
    else {
      bytes.set(r.text, at);
      at += r.text.length;
    }
  }
  return { text: bytes, failed: results.some((r) => r.failed) };
}

/** `check --jsonl`'s work on one line, for the pool (pool.ts): the workers send back the bytes to write. */
export const checkLineTask: LineTask<PreparedCheck, CheckOutput> = {
  name: 'check',
  // Measured (docs/performance.md): a worker costs about 0.5 s of CPU to start and warm up, paid on an idle core while these lines are checked.
  defaultThreshold: POOL_THRESHOLD,
  prepare: prepareCheck,
  line: checkJsonlLine,
  join: joinOutputs,
  transfer: (out) => (typeof out.text === 'string' ? [] : [out.text.buffer as ArrayBuffer]),
};

export const checkCommand: CliCommand = {
  name: 'check',
  usage:
    'gov-site-rules check <snapshot.json | snapshots.jsonl | -> --at <instant> [--profile deyang-2018|census|census-2015|gov-2019|FILE.json] [--scorecard gov-2019|FILE.json] [--json | --format table|json|junit] [--jsonl [--jobs N]] [--calendar FILE]…\n' +
    jobsUsage(`check JSONL past the first ${POOL_THRESHOLD.toLocaleString('en-US')} lines`, 'the cores available, a worker only for a core found idle') +
    '  Exit 0: nothing fails; 1: a rule fails; 2: invalid input (the message names the JSON path and value).',
  async run(argv, io: CliIo) {
    const prepared = await prepareCheck(argv, io);
    const { source, format, jsonl, cli, options } = prepared;
    let failed = false;
    if (format === 'junit') io.stdout.write('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n');
    const emit = (r: CheckReport) => {
      if (r.summary.fail > 0) failed = true;
      io.stdout.write(render(r, format, jsonl, cli));
    };
    try {
      if (!jsonl) {
        const input = source === '-' ? io.stdin : openFile(source, 'snapshot');
        const text = await readAllBounded(input, CLI_LIMITS.snapshotBytes, 'snapshot', source);
        emit(checkSiteUnknown(parseJsonText(looksLikeJsonl(text, source), 'snapshot'), options));
      } else {
        const input = source === '-' ? io.stdin : openFile(source, 'snapshot');
        const progress = createProgress(io, 'snapshots checked / 已检查');
        const lines = boundedLines(input, CLI_LIMITS.snapshotLineChars, 'snapshots', source);
        const write = (out: CheckOutput) => {
          if (out.failed) failed = true;
          io.stdout.write(out.text);
        };
        await runLines(checkLineTask, lines, prepared, { argv, env: io.env, tick: () => progress.tick(), take: write });
        progress.done();
      }
    } finally {
      if (format === 'junit') io.stdout.write('</testsuites>\n');
    }
    return failed ? EXIT.ruleFailed : EXIT.ok;
  },
};
