/**
 * Every CLI command, in the order `--help` lists them. A new command is one line here.
 */
import type { CliCommand } from '../io.js';
import { addWorkdaysCommand, isWorkdayCommand } from './calendar.js';
import { calendarCommand } from './calendar-tools.js';
import { checkCommand } from './check.js';
import { deadlineCommand } from './deadline.js';
import { dueCommand } from './due.js';
import { rulesCommand } from './rules.js';
import { selfInspectCommand } from './self-inspect.js';

export const commands: readonly CliCommand[] = [addWorkdaysCommand, isWorkdayCommand, checkCommand, selfInspectCommand, deadlineCommand, dueCommand, rulesCommand, calendarCommand];
