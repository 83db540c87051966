/**
 * A fresh temporary folder for a test file's inputs, and a writer into it: a string is written
 * as it is, anything else as JSON; a name with folders gets them.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface TempFiles {
  /** The folder, made once per call of {@link tempFiles}. */
  readonly dir: string;
  /** Writes `value` to `dir/name` and answers that path. */
  write(name: string, value: unknown): string;
}

/** A new folder under the OS's temporary folder, named from `prefix`, with its writer. */
export function tempFiles(prefix: string): TempFiles {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return {
    dir,
    write(name, value) {
      const file = path.join(dir, name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
      return file;
    },
  };
}
