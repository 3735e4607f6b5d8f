// Files kiln keeps in its cache folder (V8's code cache, what builds keep). Each is written to a
// temporary file and renamed into place, so a reader sees the old file or the new one, never half
// of one, and files nobody has written for a month are removed. A checked file is a magic line,
// the CRC-32 of the rest, then the rest; one whose magic or check is wrong reads as none (the
// check finds damage; CRC-32 reads a 1.4 MB code cache in a fraction of a millisecond).
import {
  close,
  closeSync,
  mkdirSync,
  open,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writev,
  writevSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { crc32 } from 'node:zlib';

const SUM = 4;
/** Buffers per writev (POSIX allows at least 16; Linux 1024). */
const IOV = 1024;
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
  return crc32(payload) === data.readUInt32LE(magic.length) ? payload : undefined;
}

/**
 * Writes `parts`, one after the other, after the magic and their check, as the file's content
 * (replaceFile). Throws what the file system said.
 */
export function writeChecked(path: string, magic: Buffer, parts: readonly Buffer[]): void {
  let sum = 0;
  // (Node's crc32 gives 0 for some empty buffers, whatever it is to go on from.)
  for (const part of parts) if (part.length) sum = crc32(part, sum);
  const check = Buffer.alloc(SUM);
  check.writeUInt32LE(sum);
  replaceFile(path, [magic, check, ...parts]);
}

/**
 * Writes `parts`, one after the other, as a file's content, whole or not at all: into a temporary
 * file beside it, which is then renamed into place, in a folder only this user may read (made if
 * missing); then removes the folder's files nobody has written for a month. Throws what the file
 * system said.
 */
export function replaceFile(path: string, parts: readonly Buffer[]): void {
  const temp = tempBeside(path);
  try {
    const fd = openSync(temp, 'w', 0o600);
    try {
      writeAll(fd, parts);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
  prune(dirname(path), path);
}

/** The temporary file a file is written into before it is renamed into place, its folder made if missing. */
function tempBeside(path: string): string {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  return `${path}.${process.pid}.tmp`;
}

/**
 * replaceFile with the parts written on Node's thread pool (one writev of them all: libuv writes
 * them in batches the system takes and goes on after a short write), for a large file written
 * while this thread has other work. Rejects with what the file system said.
 */
export async function replaceFileSoon(path: string, parts: readonly Buffer[]): Promise<void> {
  const temp = tempBeside(path);
  try {
    await writeAllSoon(temp, 'w', parts);
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
  prune(dirname(path), path);
}

/**
 * Writes the parts, in order, into the file opened with `flags` (`a`: at its end), on Node's thread
 * pool. (With node:fs's callbacks: node:fs/promises, and the readline module it loads, cost every
 * start about 2 ms.)
 */
export function writeAllSoon(path: string, flags: 'w' | 'a', parts: readonly Buffer[]): Promise<void> {
  let length = 0;
  for (const part of parts) length += part.length;
  return new Promise((resolve, reject) =>
    open(path, flags, 0o600, (error, fd) => {
      if (error) return reject(error);
      writev(fd, parts as Buffer[], (writeError, bytesWritten) =>
        close(fd, (closeError) => {
          if (writeError || closeError) reject(writeError ?? closeError);
          else if (bytesWritten !== length) reject(new Error(`${path}: ${bytesWritten} of ${length} bytes written`));
          else resolve();
        }),
      );
    }),
  );
}

/**
 * Writes each part whole, in order, at the file's position (or its end, when opened to append):
 * up to IOV parts per system call (a file of 8,000 parts into /dev/shm: 52–69 ms, one write
 * each 70–81).
 */
export function writeAll(fd: number, parts: readonly Buffer[]): void {
  for (let i = 0; i < parts.length; i += IOV) {
    const batch = parts.slice(i, i + IOV);
    while (batch.length) {
      let written = writevSync(fd, batch);
      // A short write: what is left of the batch goes in the next call.
      while (batch.length && written >= batch[0]!.length) written -= batch.shift()!.length;
      if (written > 0) batch[0] = batch[0]!.subarray(written);
    }
  }
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
