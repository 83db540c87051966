/**
 * The differential oracle: chinese-days (npm), which agrees with the State Council's notices on
 * every day of 2011–2026. Expected answers in tests are computed from it here, independently of
 * the library's index.
 *
 * CAUTION: chinese-days is only right when the host TZ is UTC+8 or thereabouts: west of UTC
 * (TZ=America/Los_Angeles) it looks holidays up under one date and reports another. So the
 * oracle never runs in the test process (whose TZ varies on purpose): `queryOracle` evaluates
 * an expression in a child Node process with TZ=Asia/Shanghai and returns its JSON result.
 */
import { execFileSync } from 'node:child_process';

/**
 * Evaluates `expression` (JavaScript, with `cd` bound to chinese-days and `days` to the list
 * `eachDate` would give for [from, to] when passed) in a TZ=Asia/Shanghai child process.
 */
export function queryOracle<T>(expression: string): T {
  const script = `const cd = require('chinese-days'); process.stdout.write(JSON.stringify((${expression})));`;
  const out = execFileSync(process.execPath, ['-e', script], { env: { ...process.env, TZ: 'Asia/Shanghai' }, encoding: 'utf8', maxBuffer: 64 << 20 });
  return JSON.parse(out) as T;
}

/** Every `YYYY-MM-DD` from `from` to `to` inclusive, via UTC Date arithmetic (not our code). */
export function eachDate(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

let table: Record<string, boolean> | undefined;

/** chinese-days' answer for 2011-01-01 … 2026-12-31: is `date` a working day? */
export function oracleIsWorkday(date: string): boolean {
  table ??= queryOracle<Record<string, boolean>>(
    `Object.fromEntries(${JSON.stringify(eachDate('2011-01-01', '2026-12-31'))}.map((d) => [d, cd.isWorkday(d)]))`,
  );
  const answer = table[date];
  if (answer === undefined) throw new Error(`the oracle table has no ${date}`);
  return answer;
}

/** The n-th working day after `date` by walking the oracle day by day. */
export function oracleAddWorkdays(date: string, n: number): string {
  let t = Date.parse(`${date}T00:00:00Z`);
  let left = n;
  while (left > 0) {
    t += 86_400_000;
    if (oracleIsWorkday(new Date(t).toISOString().slice(0, 10))) left--;
  }
  return new Date(t).toISOString().slice(0, 10);
}
