/**
 * Bounded input for the CLI: a whole document read up to a byte limit, or lines read up to a
 * length limit, both refused with InvalidInputError naming the input and the limit as soon as the
 * limit is passed (nothing past it is buffered). The limits are documented in
 * docs/reliability.md.
 */
import { accessSync, constants, createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { InvalidInputError, RulesError } from '../errors.js';

/**
 * The CLI's input limits.
 *
 * @example
 * CLI_LIMITS.snapshotBytes; // 134217728 (128 MiB)
 */
export const CLI_LIMITS = Object.freeze({
  /** A snapshot file or stdin (`check`, not `--jsonl`): at most 128 MiB of UTF-8. */
  snapshotBytes: 128 * 1024 * 1024,
  /** One line of `check --jsonl` (one snapshot): at most 128 Mi characters. */
  snapshotLineChars: 128 * 1024 * 1024,
  /** One line of `due` (one event): at most 64 Ki characters. */
  eventLineChars: 64 * 1024,
});

const mib = (n: number): string => (n >= 1024 * 1024 ? `${n / (1024 * 1024)} MiB` : `${n / 1024} KiB`);

/** Opens a file for reading, or an InvalidInputError naming `field` when it cannot be read. */
export function openFile(path: string, field: string): NodeJS.ReadableStream {
  try {
    accessSync(path, constants.R_OK);
  } catch (e) {
    throw new InvalidInputError(field, path, `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return createReadStream(path);
}

/** Runs `read` over a stream; a stream error (EISDIR …) becomes an InvalidInputError naming `field`. */
async function guarded<T>(read: () => Promise<T>, field: string, source: string): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof RulesError) throw e;
    const code = (e as NodeJS.ErrnoException)?.code;
    if (code === undefined) throw e;
    throw new InvalidInputError(field, source, `cannot be read (${code})`);
  }
}

/**
 * The whole stream as UTF-8 text (a leading byte-order mark dropped), refused once it passes
 * `maxBytes`.
 *
 * @example
 * await readAllBounded(Readable.from(['{}']), 10, 'snapshot', '-'); // '{}'
 */
export async function readAllBounded(stream: NodeJS.ReadableStream, maxBytes: number, field: string, source: string): Promise<string> {
  return guarded(async () => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buf.length;
      if (size > maxBytes) {
        (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
        throw new InvalidInputError(field, source, `is larger than the limit of ${maxBytes} bytes (${mib(maxBytes)}): split it into smaller inputs`);
      }
      chunks.push(buf);
    }
    return stripBom(Buffer.concat(chunks).toString('utf8'));
  }, field, source);
}

/**
 * Parses JSON text read from `where` (a file, stdin or a JSONL line), or throws an InvalidInputError
 * naming `where` with the start of the text and the parser's reason.
 *
 * @example
 * parseJsonText('{"a":1}', 'snapshot'); // { a: 1 }
 */
export function parseJsonText(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InvalidInputError(where, text.length > 60 ? `${text.slice(0, 57)}...` : text, `is not valid JSON (${(e as Error).message})`);
  }
}

/** Drops a UTF-8 byte-order mark (U+FEFF) at the very start of a text (Windows editors write one). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The lines of a stream (split at `\n`, `\r\n` or a lone `\r`, like node:readline with
 * `crlfDelay: Infinity`), each refused once it passes `maxChars`; the error names `line <n>`.
 * A byte-order mark at the start of the stream is dropped. Linear in the input: a long line is
 * kept as the list of its chunks and joined once, never re-copied per chunk.
 *
 * @example
 * for await (const line of boundedLines(Readable.from(['a\r\nb']), 80, 'events', '-')) console.log(line); // a, b
 */
export async function* boundedLines(stream: NodeJS.ReadableStream, maxChars: number, field: string, source: string): AsyncGenerator<string, void, undefined> {
  const decoder = new StringDecoder('utf8');
  const iterator = (stream as AsyncIterable<unknown>)[Symbol.asyncIterator]();
  let parts: string[] = []; // the current line so far, in pieces
  let length = 0; // total characters in parts
  let atStart = true; // nothing decoded yet: a BOM may come
  let skipLf = false; // the last break was a \r: a \n right after it belongs to it
  let n = 0;
  const tooLong = (tail: string): InvalidInputError =>
    new InvalidInputError(`line ${n + 1}`, `${(parts.join('').slice(0, 57) + tail.slice(0, 57)).slice(0, 57)}...`, `is longer than the limit of ${maxChars} characters (${mib(maxChars)}) for one line of ${field}`);
  try {
    for (;;) {
      const next = await guarded(() => iterator.next(), field, source);
      const ended = next.done === true;
      let text = ended ? decoder.end() : typeof next.value === 'string' ? next.value : decoder.write(next.value as Buffer);
      if (atStart && text !== '') {
        text = stripBom(text);
        atStart = false;
      }
      let pos = 0;
      if (skipLf && text !== '') {
        if (text.charCodeAt(0) === 10) pos = 1;
        skipLf = false;
      }
      // The next \n and \r at or after `i`, found by indexOf (a native scan; a JavaScript loop
      // over every character cost about two thirds of JSON.parse), each searched again only once passed.
      let nextLf = -1;
      let nextCr = -1;
      for (let i = pos; ; i = pos) {
        if (nextLf < i) nextLf = text.indexOf('\n', i) >>> 0; // none: 2³² − 1, past any chunk
        if (nextCr < i) nextCr = text.indexOf('\r', i) >>> 0;
        i = nextLf < nextCr ? nextLf : nextCr;
        if (i >= text.length) break;
        const c = text.charCodeAt(i);
        if (length + (i - pos) > maxChars) throw tooLong(text.slice(pos, i));
        const line = length === 0 ? text.slice(pos, i) : parts.join('') + text.slice(pos, i);
        parts = [];
        length = 0;
        if (c === 13) {
          if (i + 1 < text.length) {
            if (text.charCodeAt(i + 1) === 10) i++;
          } else skipLf = true;
        }
        pos = i + 1;
        n++;
        yield line;
      }
      if (pos < text.length) {
        const rest = text.slice(pos);
        if (length + rest.length > maxChars) throw tooLong(rest);
        parts.push(rest);
        length += rest.length;
      }
      if (ended) {
        if (length > 0) yield parts.join('');
        return;
      }
    }
  } finally {
    // Stops reading (and closes a file) when the caller stops early or a line is refused.
    await iterator.return?.();
  }
}
