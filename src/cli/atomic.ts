/**
 * Writing a whole file so that it is replaced at once: the text goes to a temporary file in the
 * same folder (same file system), is flushed to disk, and is renamed over the target. A run that
 * is killed or fails part-way leaves the old file as it was (at worst a stray `.<name>.*.tmp`
 * next to it, after SIGKILL or a power cut); never a truncated one.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { OutputError } from './io.js';

/**
 * Replaces `file` with `text` (UTF-8) atomically; keeps the permission bits of a file it replaces.
 * A failure removes the temporary file and throws an OutputError naming `file` (exit 74).
 *
 * @example
 * writeFileAtomic('due.ics', ics);
 */
export function writeFileAtomic(file: string, text: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  let mode = 0o666;
  try {
    mode = statSync(file).mode & 0o777;
  } catch {
    // a new file: the default mode (less the umask)
  }
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', mode);
    const data = Buffer.from(text, 'utf8');
    for (let off = 0; off < data.length; ) off += writeSync(fd, data, off, data.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, file);
  } catch (e) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // already failing: the first error is the one reported
      }
    }
    rmSync(tmp, { force: true });
    throw new OutputError(file, e);
  }
}
