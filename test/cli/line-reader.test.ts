/**
 * The JSONL line reader (`boundedLines`, src/cli/input.ts) finds the line breaks with indexOf:
 * whatever the chunks a stream delivers, it gives the lines a split at `\r\n`, `\n` or a lone `\r`
 * gives (node:readline with `crlfDelay: Infinity`), and refuses the first line over the limit.
 */
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedLines } from '../../src/cli/input.js';
import { fcRuns } from '../fc-runs.js';

async function read(chunks: string[], max: number): Promise<string[]> {
  const got: string[] = [];
  for await (const l of boundedLines(Readable.from(chunks), max, 'x', '-')) got.push(l);
  return got;
}

/** The reference: one split of the whole text; a break at the very end ends the last line. */
function reference(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** A text and the places a stream cuts it into chunks. */
const chunked = fc
  .tuple(fc.array(fc.constantFrom('a', 'b', '\r', '\n', '\r\n', 'é', '一', '{"k":1}'), { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 6 }))
  .map(([parts, cuts]) => {
    const text = parts.join('');
    const at = [...new Set(cuts.map((c) => (text.length === 0 ? 0 : c % (text.length + 1))))].sort((x, y) => x - y);
    const chunks: string[] = [];
    let from = 0;
    for (const c of at) {
      chunks.push(text.slice(from, c));
      from = c;
    }
    chunks.push(text.slice(from));
    return { text, chunks: chunks.filter((c) => c !== '') };
  });

describe('boundedLines: the lines of a stream, however it is cut', () => {
  it('gives the lines of one split at \\r\\n, \\n or \\r', async () => {
    await fc.assert(fc.asyncProperty(chunked, async ({ text, chunks }) => {
      expect(await read(chunks, 1000)).toEqual(reference(text));
    }), { numRuns: fcRuns(2_000) });
  });

  it('refuses the first line longer than the limit, naming it', async () => {
    await fc.assert(fc.asyncProperty(chunked, fc.integer({ min: 1, max: 6 }), async ({ text, chunks }, max) => {
      const lines = reference(text);
      const over = lines.findIndex((l) => l.length > max);
      if (over < 0) {
        expect(await read(chunks, max)).toEqual(lines);
      } else {
        await expect(read(chunks, max)).rejects.toThrow(new RegExp(`^Invalid line ${over + 1}: `));
      }
    }), { numRuns: fcRuns(2_000) });
  });
});
