/**
 * Every CLI command, in the order `--help` lists them: its name and one-line summary, and how to
 * load it. A command's module (and the part of the library it uses) is imported only when that
 * command runs (or prints its own `--help`), so `--version`, `--help` and an unknown command load
 * none of them (issue 14: the CLI's cold start). A new command is one entry here.
 */
import type { CliCommand } from '../io.js';

/** A command as the dispatcher knows it before loading it. */
export interface CommandEntry {
  readonly name: string;
  readonly summary: string;
  /** Imports the command's module; resolves to the command (the same object on every call). */
  load(): Promise<CliCommand>;
}

export const commands: readonly CommandEntry[] = [
  {
    name: 'add-workdays',
    summary: 'The n-th working day after a date (Beijing calendar)',
    load: async () => (await import('./calendar.js')).addWorkdaysCommand,
  },
  {
    name: 'is-workday',
    summary: 'Whether a date is a working day, and what kind of day it is',
    load: async () => (await import('./calendar.js')).isWorkdayCommand,
  },
  {
    name: 'check',
    summary: 'Check site snapshots (snapshot v1) against a profile: census vetoes and Deyang 2018 rules',
    load: async () => (await import('./check.js')).checkCommand,
  },
  {
    name: 'self-inspect',
    summary: 'The quarterly self-inspection report of Art. 32 (Markdown, HTML, JSON), or with --jsonl the city-wide summary',
    load: async () => (await import('./self-inspect.js')).selfInspectCommand,
  },
  {
    name: 'deadline',
    summary: 'The last moment an item may be published or answered under a rule / 某规则下的截止期限',
    load: async () => (await import('./deadline.js')).deadlineCommand,
  },
  {
    name: 'due',
    summary: 'What is overdue, due soon and upcoming, from events (JSONL); table, JSON or .ics / 待办期限',
    load: async () => (await import('./due.js')).dueCommand,
  },
  {
    name: 'rules',
    summary: 'The rule catalog: ids, articles, periods / 规则目录',
    load: async () => (await import('./rules.js')).rulesCommand,
  },
  {
    name: 'calendar',
    summary: 'The working-day calendar itself: check a notice file, coverage per year, .ics export / 日历：校验通知、覆盖年份、导出',
    load: async () => (await import('./calendar-tools.js')).calendarCommand,
  },
];
