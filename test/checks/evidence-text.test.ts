/**
 * The evidence text of an instant (`iso` in src/checks/context.ts), which keeps the texts of the
 * instants it wrote last: whatever the order of the calls, each text is the instant's own, as the
 * UTC text of the instant eight hours later says (Beijing is UTC+08:00), never a neighbour's.
 */
import { describe, expect, it } from 'vitest';
import { iso } from '../../src/checks/context.js';

const beijing = (ms: number): string => new Date(ms + 8 * 3_600_000).toISOString().replace('Z', '+08:00');

describe('iso: evidence text of an instant', () => {
  it('gives each instant its own text, instants sharing a cache slot and repeats included', () => {
    const base = Date.UTC(2026, 10, 25, 4);
    // Same second, other milliseconds; 64 s apart (the same slot); a day apart; the checkpoint again and again.
    const instants = [base, base + 1, base + 999, base + 64_000, base, base + 64_000 * 2 + 5, base + 86_400_000, base - 64_000, base, base + 1];
    for (let k = 0; k < 500; k++) instants.push(base - k * 7_919_000 - (k % 13), base);
    for (const ms of instants) expect(iso(ms), String(ms)).toBe(beijing(ms));
  });

  it('writes instants before 1970 and far ahead as well', () => {
    for (const ms of [Date.UTC(1969, 11, 31, 15, 59, 59, 999), Date.UTC(1900, 0, 1), Date.UTC(2999, 11, 31, 23, 59, 59, 999), Date.UTC(1969, 11, 31, 15, 59, 59, 999) - 64_000]) {
      expect(iso(ms)).toBe(beijing(ms));
    }
  });
});
