/**
 * zod/mini loads no locale (issue 14): the library passes zod's English messages to each parse
 * itself, so its refusals read as they did with classic zod, and it sets no global zod config.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { addWorkdays, checkSite, snapshotSchema, validateYear } from '../../src/index.js';
import { runProcess } from '../process.js';
import { refusal } from '../refusal.js';

describe("zod's English messages without a global config", () => {
  it('parseInput: a refused snapshot names what zod expected, in English', () => {
    const e = refusal(() => checkSite({ schemaVersion: 2 } as never, { at: '2026-10-10T10:00:00+08:00' }));
    expect(e.field).toBe('snapshot.schemaVersion');
    expect(e.message).toContain('rejected: Invalid input: expected 1');
  });

  it('a too-short array, a wrong type and an unknown key keep their English text', () => {
    expect(refusal(() => addWorkdays('2026-10-10', 'x' as never)).message).not.toMatch(/Invalid input$/);
    const year = { year: 2027, notice: 'n', holidays: [], makeupWorkdays: [] };
    expect(validateYear(year).findings.map((f) => f.message)).toContain('Too small: expected array to have >=1 items');
    expect(validateYear({ ...year, year: '2027' }).findings.map((f) => f.message)).toContain('Invalid input: expected number, received string');
    expect(validateYear({ ...year, holidays: [{ date: '2027-01-01', festival: '元旦' }], extra: 1 }).findings.map((f) => f.message)).toContain('Unrecognized key: "extra"');
  });

  it('an exported schema called directly uses the per-parse error map the CHANGELOG names', () => {
    const r = snapshotSchema.safeParse({ schemaVersion: 2 }, { error: z.locales.en().localeError });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('Invalid input: expected 1');
  });

  it('importing the library and refusing an input sets no global zod config', async () => {
    const dist = path.resolve('dist/index.js');
    const probe = `import(${JSON.stringify(dist)}).then((m) => {
      try { m.checkSite({ schemaVersion: 2 }, { at: '2026-10-10T10:00:00+08:00' }); } catch (e) { if (!String(e.message).includes('expected 1')) throw e; }
      const c = globalThis.__zod_globalConfig ?? {};
      console.log(JSON.stringify({ localeError: typeof c.localeError, customError: typeof c.customError }));
    })`;
    const r = await runProcess(process.execPath, ['-e', probe]);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ localeError: 'undefined', customError: 'undefined' });
  });
});
