import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
  /** Which process `pid` was (processIdentity): pids are reused, by any process, after a kill. */
  readonly process?: string;
}

/**
 * Takes the destination's lock (`DEST/.kiln-lock`, made whole by a hard link, which fails when the
 * name exists, so two processes cannot both take it), or throws naming the kiln that holds it. A lock whose process no longer runs (a
 * killed build), or whose pid now belongs to another process, is stale: it is removed, with a
 * warning, and taken.
 */
export function lockDestination(destination: string, command: string, warn: (line: string) => void): DestinationLock {
  let made: string | undefined;
  try {
    made = mkdirSync(destination, { recursive: true });
  } catch (e) {
    throw fileSystemError(e, destination, 'cannot make the destination');
  }
  const path = join(destination, LOCK_NAME);
  const identity = processIdentity(process.pid);
  const holder: Holder = {
    pid: process.pid,
    command,
    since: new Date().toISOString(),
    ...(identity ? { process: identity } : {}),
  };
  const text = `${JSON.stringify(holder)}\n`;
  for (let attempt = 0; ; attempt++) {
    try {
      takeWhole(path, text);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // ENOENT: another kiln that holds the lock removed our draft (see below); try again.
      if ((code !== 'EEXIST' && code !== 'ENOENT') || attempt > 2) {
        if (made) removeIfEmpty(destination);
        throw fileSystemError(e, path, 'cannot write to the destination');
      }
      if (code === 'ENOENT') continue;
      const other = readHolder(path);
      const held = other ? holds(other) : 'gone';
      if (other && held === 'running') {
        if (made) removeIfEmpty(destination);
        throw new KilnError(
          `another kiln (${other.command}, pid ${other.pid}, since ${other.since}) is writing this destination; ` +
            `wait for it to end or stop it (should no kiln run, remove ${path})`,
          destination,
        );
      }
      warn(
        `kiln: removed the lock of a kiln that no longer runs${other ? ` (${other.command}, pid ${other.pid}${held === 'reused' ? ', a pid another process has now' : ''})` : ''}`,
      );
      rmSync(path, { force: true });
      continue;
    }
    removeDrafts(destination);
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
      ? {
          pid: data.pid,
          command: String(data.command ?? 'kiln'),
          since: String(data.since ?? '?'),
          ...(typeof data.process === 'string' ? { process: data.process } : {}),
        }
      : null;
  } catch {
    // Unreadable or damaged (a lock is never half-written: see takeWhole): nobody holds it.
    return null;
  }
}

/** Whether the lock's kiln still runs: its pid is alive and, where the system says, is still that process. */
function holds(holder: Holder): 'running' | 'gone' | 'reused' {
  try {
    process.kill(holder.pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return 'gone';
  }
  if (holder.process === undefined) return 'running';
  return sameProcess(holder.pid, holder.process) === false ? 'reused' : 'running';
}

/**
 * What tells one process from a later one with the same pid. On Linux: the boot and the
 * process's start time (field 22 of /proc/PID/stat, in clock ticks since boot), exact. Elsewhere:
 * its start time in seconds (this process's from its uptime, another's from `ps -o lstart=`).
 * Null when neither is known.
 */
export function processIdentity(pid: number): string | null {
  const linux = linuxIdentity(pid);
  if (linux !== null || existsSync('/proc/self/stat')) return linux;
  const started = pid === process.pid ? Math.round(Date.now() / 1000 - process.uptime()) : psStartTime(pid);
  return started === null ? null : `start/${started}`;
}

/**
 * Whether `pid` is the process `identity` names: true, false, or null when the system cannot
 * say (the holder is then taken to run). A start time from `ps` has whole seconds, and this
 * process's own is measured from Node's uptime: within two seconds is the same process.
 */
export function sameProcess(pid: number, identity: string): boolean | null {
  if (identity.startsWith('start/')) {
    const started = psStartTime(pid);
    return started === null ? null : Math.abs(started - Number(identity.slice(6))) <= 2;
  }
  const now = linuxIdentity(pid);
  return now === null ? null : now === identity;
}

function linuxIdentity(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
    const start = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    return start ? `${boot}/${start}` : null;
  } catch {
    return null;
  }
}

/** A process's start time in seconds since 1970, by `ps` (macOS, the BSDs), or null. */
export function psStartTime(pid: number): number | null {
  // Loaded here, where there is no /proc: Node's child_process module costs start-up time.
  const { spawnSync } = createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process');
  const r = spawnSync('ps', ['-o', 'lstart=', '-p', String(pid)], {
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: 'C' },
  });
  const started = r.status === 0 ? Date.parse(r.stdout.trim().replace(/\s+/g, ' ')) : Number.NaN;
  return Number.isNaN(started) ? null : Math.round(started / 1000);
}

/**
 * Makes the lock file with its whole text or not at all: the text goes to a draft named after
 * this process, which is then hard-linked to the lock's name (link fails if the name exists,
 * as O_EXCL does). A lock made by open-then-write is empty for a moment, and a kill in that
 * moment leaves a lock nobody can tell from one being written.
 */
function takeWhole(path: string, text: string): void {
  const draft = `${path}${DRAFT_MARK}${process.pid}`;
  try {
    writeFileSync(draft, text);
  } catch (e) {
    // The user knows the lock, not its draft.
    (e as NodeJS.ErrnoException).path = path;
    throw e;
  }
  try {
    linkSync(draft, path);
  } catch (e) {
    // A file system without hard links: O_EXCL, and the empty moment, it is.
    if (!NO_LINKS.has((e as NodeJS.ErrnoException).code ?? '')) throw e;
    writeFileSync(path, text, { flag: 'wx' });
  } finally {
    rmSync(draft, { force: true });
  }
}

const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'ENOSYS', 'EOPNOTSUPP']);

const DRAFT_MARK = '.draft-';

/** Drafts left by kilns killed between writing and linking them; only the lock's holder removes them. */
function removeDrafts(destination: string): void {
  const prefix = `${LOCK_NAME}${DRAFT_MARK}`;
  for (const name of readdirSync(destination))
    if (name.startsWith(prefix)) rmSync(join(destination, name), { force: true });
}

/** A destination made only to hold the lock of a build that failed goes again. */
function removeIfEmpty(dir: string): void {
  try {
    if (readdirSync(dir).length === 0) rmdirSync(dir);
  } catch {
    // Left as it is.
  }
}
