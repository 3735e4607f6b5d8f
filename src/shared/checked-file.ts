// Files kiln keeps in its cache folder (V8's code cache, the kept Markdown). Each is written to a
// temporary file and renamed into place, so a reader sees the old file or the new one, never half
// of one, and files nobody has written for a month are removed. A checked file is a magic line,
// the SHA-256 of the rest, then the rest; one whose magic or hash is wrong reads as none.
import { createHash } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

const SUM = 32;
/** Cache files older than this are removed when one is written (other versions', other Nodes'). */
const MAX_AGE_MS = 30 * 24 * 3600 * 1000;

/** What follows the magic and the hash, or undefined when the file is missing, foreign or not whole. */
export function readChecked(path: string, magic: Buffer): Buffer | undefined {
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch {
    return undefined;
  }
  const start = magic.length + SUM;
  if (data.length <= start || !data.subarray(0, magic.length).equals(magic)) return undefined;
  const payload = data.subarray(start);
  const sum = createHash('sha256').update(payload).digest();
  return sum.equals(data.subarray(magic.length, start)) ? payload : undefined;
}

/**
 * Writes `parts`, one after the other, after the magic and their hash, as the file's content
 * (replaceFile). Throws what the file system said.
 */
export function writeChecked(path: string, magic: Buffer, parts: readonly Buffer[]): void {
  const sum = createHash('sha256');
  for (const part of parts) sum.update(part);
  const all = [magic, sum.digest(), ...parts];
  replaceFile(path, (fd) => {
    for (const bytes of all) for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
  });
}

/**
 * Writes a file whole or not at all: `write` fills a temporary file beside it, which is then
 * renamed into place, in a folder only this user may read (made if missing); then removes the
 * folder's files nobody has written for a month. Throws what the file system said.
 */
export function replaceFile(path: string, write: (fd: number) => void): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const temp = `${path}.${process.pid}.tmp`;
  try {
    const fd = openSync(temp, 'w', 0o600);
    try {
      write(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
  prune(dir, path);
}

/** Removes cache files nobody has written for a month, and dead temporary files. */
function prune(dir: string, keep: string): void {
  const now = Date.now();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (path === keep || !/\.(bin|json|tmp)$/.test(name)) continue;
    try {
      if (now - statSync(path).mtimeMs > MAX_AGE_MS) rmSync(path);
    } catch {
      // Gone already, or another run's.
    }
  }
}
