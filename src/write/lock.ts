import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { KilnError } from '../shared/errors.js';
import { fileSystemError } from '../shared/fs-errors.js';
import { LOCK_NAME } from '../shared/output-path.js';

/** A destination held by this process: one build or watch per destination at a time. */
export interface DestinationLock {
  readonly destination: string;
  release(): void;
}

interface Holder {
  readonly pid: number;
  readonly command: string;
  readonly since: string;
}

/**
 * Takes the destination's lock (`DEST/.kiln-lock`, made with O_EXCL so two processes cannot both
 * take it), or throws naming the kiln that holds it. A lock whose process no longer runs (a
 * killed build) is stale: it is removed, with a warning, and taken.
 */
export function lockDestination(destination: string, command: string, warn: (line: string) => void): DestinationLock {
  let made: string | undefined;
  try {
    made = mkdirSync(destination, { recursive: true });
  } catch (e) {
    throw fileSystemError(e, destination, 'cannot make the destination');
  }
  const path = join(destination, LOCK_NAME);
  const holder: Holder = { pid: process.pid, command, since: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 2) {
        if (made) removeIfEmpty(destination);
        throw fileSystemError(e, destination, 'cannot write to the destination');
      }
      const other = readHolder(path);
      if (other ? isRunning(other.pid) : isFresh(path)) {
        if (made) removeIfEmpty(destination);
        throw new KilnError(
          `another kiln (${other ? `${other.command}, pid ${other.pid}, since ${other.since}` : 'starting'}) is writing this destination; ` +
            `wait for it to end or stop it (should no kiln run, remove ${path})`,
          destination,
        );
      }
      warn(
        `kiln: removed the lock of a kiln that no longer runs${other ? ` (${other.command}, pid ${other.pid})` : ''}`,
      );
      rmSync(path, { force: true });
      continue;
    }
    try {
      writeSync(fd, `${JSON.stringify(holder)}\n`);
    } finally {
      closeSync(fd);
    }
    return {
      destination,
      release: () => {
        // Only our own lock: a stale one taken over by another kiln stays its.
        if (readHolder(path)?.pid === process.pid) rmSync(path, { force: true });
        if (made) removeIfEmpty(destination);
      },
    };
  }
}

function readHolder(path: string): Holder | null {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<Holder>;
    return typeof data.pid === 'number'
      ? { pid: data.pid, command: String(data.command ?? 'kiln'), since: String(data.since ?? '?') }
      : null;
  } catch {
    // Half-written by a process killed between open and write: nobody holds it.
    return null;
  }
}

/** A lock with no holder yet is one being written this moment, unless it is old. */
function isFresh(path: string): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs < 5000;
  } catch {
    return false;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A destination made only to hold the lock of a build that failed goes again. */
function removeIfEmpty(dir: string): void {
  try {
    if (readdirSync(dir).length === 0) rmdirSync(dir);
  } catch {
    // Left as it is.
  }
}
