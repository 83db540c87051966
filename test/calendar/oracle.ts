/**
 * The differential oracle: chinese-days (npm), which agrees with the State Council's notices on
 * every day of 2011–2026. Expected answers in the calendar tests are computed from it here,
 * independently of the library's index.
 */
import { isWorkday as oracleIsWorkday } from 'chinese-days';

export { oracleIsWorkday };

/** Every `YYYY-MM-DD` from `from` to `to` inclusive, via UTC Date arithmetic (not our code). */
export function eachDate(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
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
