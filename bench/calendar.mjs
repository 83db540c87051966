// Calendar benchmark: our addWorkdays(·, 20) on 'YYYY-MM-DD' input against the naive loop a user
// would write (Luxon + chinese-workday isWorkday, day by day) and chinese-days' findWorkday.
// Prints operations per second and the ratios, all measured in this one run.
import chineseDays from 'chinese-days';
import { isWorkday as cwIsWorkday } from 'chinese-workday';
import { DateTime } from 'luxon';
import { addWorkdays } from '../dist/index.js';

const { findWorkday } = chineseDays;
import { measure, table } from './measure.mjs';

// 4096 dates in 2011-01-01 … 2025-12-31 from a fixed LCG, so every run asks the same questions.
const START = Date.parse('2011-01-01T00:00:00Z');
let seed = 20260930;
const dates = Array.from({ length: 4096 }, () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return new Date(START + (seed % 5479) * 86_400_000).toISOString().slice(0, 10);
});

// chinese-days reads a 'YYYY-MM-DD' string as UTC midnight, then answers in local time: west of
// UTC it answers for the previous day. A local-midnight Date is read right in every TZ.
function localMidnight(date) {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d);
}
const localDates = dates.map(localMidnight);

function naiveAddWorkdays(date, n) {
  let dt = DateTime.fromISO(date, { zone: 'Asia/Shanghai' });
  let left = n;
  while (left > 0) {
    dt = dt.plus({ days: 1 });
    if (cwIsWorkday(dt.toISODate())) left--;
  }
  return dt.toISODate();
}

// Same answers first: a benchmark of wrong code proves nothing. chinese-days is only right
// when the host is on UTC+8, so the check runs there (the timing does not depend on it).
if (new Date(2026, 0, 1).getTimezoneOffset() === -480) {
  for (const d of dates.slice(0, 200)) {
    const ours = addWorkdays(d, 20);
    if (ours !== findWorkday(20, localMidnight(d))) throw new Error(`disagreement with chinese-days at ${d}`);
  }
} else {
  console.log('(host TZ is not UTC+8: the answers of chinese-days are not checked in this run, only timed)');
}

export function runCalendarBench() {
  let i = 0;
  let sink = '';
  const ours = measure('gov-site-rules addWorkdays(d, 20)', () => {
    sink = addWorkdays(dates[i++ & 4095], 20);
  });
  const naive = measure('naive loop (Luxon + chinese-workday)', () => {
    sink = naiveAddWorkdays(dates[i++ & 4095], 20);
  });
  const cd = measure("chinese-days findWorkday(20, d)", () => {
    sink = findWorkday(20, localDates[i++ & 4095]);
  });
  if (sink.length !== 10) throw new Error('unexpected result');
  table('addWorkdays(·, 20) on YYYY-MM-DD input', ours, [naive, cd]);
  return { ours, naive, cd };
}
