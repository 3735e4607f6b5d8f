import {
  closeSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writevSync,
} from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { KilnError, WriteInterrupted } from '../shared/errors.js';
import { fileSystemError } from '../shared/fs-errors.js';
import { MANIFEST_NAME, STAGING_NAME, unsafeOutputPath } from '../shared/output-path.js';
import { type KeptWriteThread, WriteThread } from './write-thread.js';

/**
 * Files a build writes on this thread before it hands the rest to a thread of its own: a thread
 * costs about 25 ms before it writes its first file (on the other core), more than a watch
 * rebuild's few files take.
 */
export const THREAD_AFTER = 128;

/** Outputs whose folders and files one message to the writing thread makes (`Staging.prepare`). */
const PREPARED_PER_MESSAGE = 256;

/** Called at each step of a commit, with the step's name (tests stop the process there). */
export type OnCommitStep = (step: string) => void;

/**
 * How a build replaces the site (README, "A killed build"). New files are written into
 * `DEST/.kiln-staging/`, the new manifest to `.kiln-staging/manifest.json`; then the journal
 * `.kiln-staging/commit.json` (the files to remove, and each staged entry with the place it moves
 * to) is made by a rename. Before the journal exists the destination is untouched, and the staging
 * folder is thrown away; once it exists the commit is decided, and it is carried out (again, by
 * the next build after a kill) until the staging folder is gone: removals, then each staged entry
 * renamed into place, then the manifest. Every step can be repeated, so the destination ends as
 * exactly the new site. A file whose folder the destination has is staged under a name of its own
 * directly in the staging folder (no folder made and removed per file: removing a folder costs
 * about 2 ms on an ext4 disk mounted with `discard`); a folder the destination does not have yet
 * is staged whole, as `dN/`, and moves in one rename (a clean build moves a handful of folders,
 * not a file and a folder per page).
 */
export class Staging {
  private readonly root: string;
  /** Each staged entry (a name in the staging folder) and the output path or folder (`path/`) it moves to. */
  private readonly entries: Array<[string, string]> = [];
  /** Whether each folder of the destination looked up is there. */
  private readonly there = new Map<string, boolean>();
  /** Folders made in the staging folder ('' is the staging folder itself). */
  private readonly made = new Set<string>();
  /** Each folder staged whole: its output path → its name in the staging folder. */
  private readonly whole = new Map<string, string>();
  /** Folders staged whole that no file is staged in yet (not in `entries`): name → output path. */
  private readonly unentered = new Map<string, string>();
  /** Names given so far in the staging folder. */
  private names = 0;
  /**
   * Files made ahead (`prepare`) and not staged yet: those left over, and the folders made ahead
   * for them alone, go before the commit (every folder made ahead holds a file made ahead).
   */
  private readonly aheadFiles = new Set<string>();
  private failure: unknown = null;
  /** Whether the journal exists: the commit is decided. */
  private decided = false;
  /** Files staged so far, and the thread writing them once there are more than `threadAfter`. */
  private staged = 0;
  private thread: WriteThread | undefined;

  constructor(
    private readonly destination: string,
    /** Called at each step; the caller that stages may set it (write-site.ts counts the files). */
    public onStep: OnCommitStep = () => {},
    private readonly threadAfter = THREAD_AFTER,
    /** In watch: where the writing thread waits between rebuilds, taken from and given back here. */
    private readonly kept?: KeptWriteThread,
  ) {
    this.root = join(destination, STAGING_NAME);
  }

  /**
   * Starts the writing thread and has it make the staging folders of `paths`, and empty files for
   * them, now, before their pages render: for a build that writes every output (its destination
   * has no manifest), whose pages are then staged as they render. Making the folder and the file
   * is most of the system time of writing a page (on this project's ext4 VM, for 1,100 pages,
   * about 40 and 17 ms against 20 ms for writing the bytes, and 350–400 and 360–440 ms against
   * 40–80 right after many files were deleted): done here, it overlaps rendering the Markdown of
   * every post instead of the stage. Paths that are not safe are left to the stage, which refuses them; a
   * file not staged, and then a folder left empty, is removed before the commit.
   */
  prepare(paths: readonly string[]): void {
    // Fewer files than that are written on this thread, at once: nothing to prepare.
    if (this.failure || paths.length <= this.threadAfter) return;
    const thread = (this.thread ??= this.newThread());
    let count = 0;
    for (const path of paths) {
      if (unsafeOutputPath(path)) continue;
      // In messages of some hundred files: one of them all stays in the thread's heap.
      if (++count % PREPARED_PER_MESSAGE === 0) thread.flush();
      try {
        const name = this.place(path);
        this.folder(parentOf(name), path);
        // A file in a folder staged whole has its name already (one staged alone gets a new one).
        if (name.includes('/') && !this.aheadFiles.has(name)) {
          thread.create(this.inStaging(name), path);
          this.aheadFiles.add(name);
        }
      } catch (e) {
        this.failure = fileSystemError(e, join(this.destination, path), 'cannot write');
        return;
      }
    }
    thread.flush();
  }

  /**
   * Writes one output's new bytes into the staging folder: each folder made once, then open,
   * write and close. The first THREAD_AFTER files are written at once on this thread; from there
   * on a build writing many files hands them to a thread of its own (write-thread.ts), which
   * writes them in order while this thread renders the next pages. Through libuv's thread pool
   * instead (16 writes in flight, each an open, a write and a close sent to the pool and answered)
   * the same 4,403 files of a 4,000-post site cost about twice the CPU (the pool's threads contend
   * for the folders they create files in) and more time: written alone, 290–600 ms here against
   * 510–1,070 ms. After a failure nothing more is written; `settle` reports it.
   */
  stage(path: string, bytes: readonly Buffer[]): Promise<void> | undefined {
    if (this.failure || this.thread?.failed) return undefined;
    if (this.staged++ === this.threadAfter) this.thread ??= this.newThread();
    const name = this.place(path);
    this.enter(name, path);
    const file = this.inStaging(name);
    try {
      this.folder(parentOf(name), path);
      const madeAhead = this.aheadFiles.delete(name);
      const thread = this.thread;
      if (!thread) writeAllSync(file, bytes);
      else if (!thread.offer(file, bytes, path, madeAhead)) return this.handOver(thread, path, file, bytes, madeAhead);
      this.onStep('stage');
    } catch (e) {
      this.failure = fileSystemError(e, join(this.destination, path), 'cannot write');
    }
    return undefined;
  }

  /**
   * A file the thread has no room for yet: handed over once it has, or, when it is too large for
   * the ring, written here once the thread has done everything before it.
   */
  private async handOver(
    thread: WriteThread,
    path: string,
    file: string,
    bytes: readonly Buffer[],
    madeAhead: boolean,
  ): Promise<void> {
    await thread.room(bytes);
    if (thread.failed) return;
    try {
      if (!thread.offer(file, bytes, path, madeAhead)) writeAllSync(file, bytes);
      this.onStep('stage');
    } catch (e) {
      this.failure = fileSystemError(e, join(this.destination, path), 'cannot write');
    }
  }

  /**
   * Makes a folder in the staging folder once, after the folders above it ('' is the staging
   * folder, made here), so that each is one `mkdir` (a recursive one first fails on every folder
   * not there).
   */
  private folder(path: string, output: string): void {
    if (this.made.has(path)) return;
    if (path === '') mkdirSync(this.root, { recursive: true });
    else {
      this.folder(parentOf(path), output);
      const folder = this.inStaging(path);
      if (this.thread) this.thread.mkdir(folder, output);
      else mkdirSync(folder);
    }
    this.made.add(path);
  }

  /**
   * Where an output is staged: inside the folder staged whole for the highest of its folders the
   * destination lacks, else under a name of its own. Each folder is looked up once.
   */
  private place(path: string): string {
    for (let at = path.indexOf('/'); at >= 0; at = path.indexOf('/', at + 1)) {
      const folder = path.slice(0, at);
      const staged = this.whole.get(folder);
      if (staged !== undefined) return staged + path.slice(at);
      let isFolder = this.there.get(folder);
      if (isFolder === undefined) {
        isFolder = statSync(join(this.destination, folder), { throwIfNoEntry: false })?.isDirectory() ?? false;
        this.there.set(folder, isFolder);
      }
      if (!isFolder) {
        const name = `d${this.names++}`;
        this.whole.set(folder, name);
        this.unentered.set(name, `${folder}/`);
        return name + path.slice(at);
      }
    }
    return `f${this.names++}`;
  }

  /**
   * A name in the staging folder as a path. Names are made of safe output paths (no empty, `.` or
   * `..` segment), so `join`'s normalising would change nothing: at 1,000 posts it took 14 ms.
   */
  private inStaging(name: string): string {
    return `${this.root}${sep}${name}`;
  }

  /** Puts a staged file's entry in the journal's list: the file, or the folder staged whole it is in. */
  private enter(name: string, path: string): void {
    const slash = name.indexOf('/');
    if (slash < 0) {
      this.entries.push([name, path]);
      return;
    }
    const top = name.slice(0, slash);
    const folder = this.unentered.get(top);
    if (folder === undefined) return;
    this.unentered.delete(top);
    this.entries.push([top, folder]);
  }

  private newThread(): WriteThread {
    return this.kept?.take() ?? new WriteThread();
  }

  /** Removes each file made ahead that was not staged, and the folders above it it leaves empty. */
  private removeUnstagedAhead(): void {
    for (const name of this.aheadFiles) {
      unlinkSync(join(this.root, name));
      for (let folder = parentOf(name); folder !== ''; folder = parentOf(folder)) {
        try {
          rmdirSync(join(this.root, folder));
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          if (code === 'ENOTEMPTY' || code === 'EEXIST') break;
          throw e;
        }
      }
    }
    this.aheadFiles.clear();
  }

  /**
   * After the last output, once the thread (if any) has written everything: on a failure the
   * staging folder goes and the error is thrown.
   */
  async settle(): Promise<void> {
    const thread = this.thread;
    this.thread = undefined;
    const failed = thread && (this.kept ? await this.kept.give(thread) : await thread.finish());
    if (failed && !this.failure)
      this.failure = failed.output
        ? fileSystemError(failed.error, join(this.destination, failed.output), 'cannot write')
        : new KilnError(`cannot write: the thread writing the files stopped (${failed.error.message})`, this.root);
    if (!this.failure && this.aheadFiles.size)
      try {
        this.removeUnstagedAhead();
      } catch (e) {
        this.failure = fileSystemError(e, this.root, 'cannot write');
      }
    if (this.failure) {
      this.discard();
      throw this.failure;
    }
    this.onStep('staged');
  }

  /**
   * Stops the writing (an unexpected error while staging) and throws the staged files away; not
   * once the commit is decided (its journal then finishes it, even in the next build).
   */
  async abandon(): Promise<void> {
    if (this.decided) return;
    const thread = this.thread;
    this.thread = undefined;
    await thread?.stop();
    this.discard();
  }

  /** Throws the staged files away: the destination is as it was. */
  discard(): void {
    rmSync(this.root, { recursive: true, force: true });
  }

  /** Decides the commit (the journal), then carries it out. */
  commit(removals: readonly string[], manifest: readonly Buffer[]): void {
    try {
      mkdirSync(this.root, { recursive: true });
      writeAllSync(join(this.root, 'manifest.json'), manifest);
      writeFileSync(join(this.root, 'commit.json.tmp'), journalText(removals, this.entries));
      this.onStep('journal');
      renameSync(join(this.root, 'commit.json.tmp'), join(this.root, 'commit.json'));
      this.decided = true;
    } catch (e) {
      this.discard();
      throw fileSystemError(e, this.root, 'cannot write the commit journal');
    }
    this.onStep('committed');
    carryOut(this.destination, removals, this.entries, this.onStep);
  }
}

/**
 * What an interrupted build left in the destination, dealt with before anything else: a decided
 * commit is finished, an undecided one thrown away. Returns what was done, for the user.
 */
export function recoverStaging(destination: string, onStep: OnCommitStep = () => {}): string | null {
  const root = join(destination, STAGING_NAME);
  if (!existsSync(root)) return null;
  let journal: string | null = null;
  try {
    journal = readFileSync(join(root, 'commit.json'), 'utf8');
  } catch {
    // No journal: the commit was never decided.
  }
  if (journal === null) {
    try {
      rmSync(root, { recursive: true, force: true });
    } catch (e) {
      throw fileSystemError(e, root, 'cannot remove the unfinished files of an interrupted build');
    }
    return 'an interrupted build left unfinished files; they were removed and the site is as it was before it';
  }
  let removals: string[] = [];
  let moves: Array<[string, string]> = [];
  const strings = (v: unknown) => (Array.isArray(v) ? v.map((p) => (typeof p === 'string' ? p : '')) : []);
  try {
    const data = JSON.parse(journal) as { remove?: unknown; move?: unknown };
    removals = strings(data.remove);
    moves = Array.isArray(data.move) ? data.move.map(stagedEntry) : [];
  } catch {
    // A journal is made by a rename, whole; one that does not parse was not written by kiln.
  }
  const moved = carryOut(destination, removals, moves, onStep);
  return `an interrupted build had decided to replace the site: finished (${countText(moved)} moved into place)`;
}

/**
 * Carries out a decided commit; each step can be repeated (a staged file or folder already moved
 * is no longer there). Returns how many files and folders were moved.
 */
function carryOut(
  destination: string,
  removals: readonly string[],
  moves: readonly (readonly [string, string])[],
  onStep: OnCommitStep,
): { files: number; folders: number } {
  const root = join(destination, STAGING_NAME);
  let removed = 0;
  const moved = { files: 0, folders: 0 };
  try {
    for (const path of removals) {
      // Never outside the destination, whoever wrote the journal.
      if (unsafeOutputPath(path)) continue;
      const abs = join(destination, path);
      rmSync(abs, { force: true });
      removeEmptyParents(dirname(abs), destination);
      removed++;
      onStep('remove');
    }
    for (const [staged, move] of moves) {
      const path = move.endsWith('/') ? move.slice(0, -1) : move;
      if (unsafeOutputPath(path) || unsafeOutputPath(staged)) continue;
      if (!moveIntoPlace(join(root, staged), join(destination, path), path === move, onStep)) continue;
      if (path === move) moved.files++;
      else moved.folders++;
      onStep('move');
    }
    if (existsSync(join(root, 'manifest.json')))
      renameSync(join(root, 'manifest.json'), join(destination, MANIFEST_NAME));
    onStep('manifest');
    removeStaging(root);
    onStep('done');
  } catch (e) {
    const cause = fileSystemError(e, destination, 'cannot replace the site');
    throw new WriteInterrupted(
      `${cause.message}; ${removed} of ${removals.length} old files removed and ${moved.files + moved.folders} of ${moves.length} new ones ` +
        'moved into place: the next build finishes replacing the site',
      cause.file,
      { cause: e },
    );
  }
  return moved;
}

/**
 * Renames a staged file or folder into place, making its folder when removals took it away or it
 * never was; false when it is no longer staged (moved by an earlier, interrupted run). The old file
 * at a file's place is removed first: renamed over an existing file, ext4 starts writing the new
 * file's data to the disk at once (`auto_da_alloc`), which made replacing 400 files of 400 KB take
 * 150–165 ms against 14–17 ms removed first (`/tmp` on this project's VM). In between the place has
 * no file; a kill there leaves the staged file, which the journal moves again.
 */
function moveIntoPlace(from: string, to: string, file: boolean, onStep: OnCommitStep): boolean {
  if (file) {
    if (!existsSync(from)) return false;
    const old = lstatSync(to, { throwIfNoEntry: false });
    if (old && !old.isDirectory()) {
      unlinkSync(to);
      onStep('replace');
    }
  }
  try {
    renameSync(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    if (!existsSync(from)) return false;
    mkdirSync(dirname(to), { recursive: true });
    renameSync(from, to);
  }
  return true;
}

/** The journal: the files to remove, and each staged entry with the file or folder (`path/`) it becomes. */
function journalText(removals: readonly string[], moves: readonly (readonly [string, string])[]): string {
  return `${JSON.stringify({ remove: removals, move: moves })}\n`;
}

/**
 * A journal's move: `[staged, path]`; a bare path is one an earlier kiln staged at its own path
 * under `files/`. Anything else moves nothing (its path is empty, which is never acted on).
 */
function stagedEntry(entry: unknown): [string, string] {
  if (typeof entry === 'string') return [`files/${entry.replace(/\/$/, '')}`, entry];
  if (Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'string') return [entry[0], entry[1]];
  return ['', ''];
}

/** "3 files", "1 folder and 2 files". */
function countText({ files, folders }: { files: number; folders: number }): string {
  const n = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;
  return folders ? `${n(folders, 'folder')}${files ? ` and ${n(files, 'file')}` : ''}` : n(files, 'file');
}

/**
 * Removes the staging folder: once every entry moved, it holds only the journal, which goes last;
 * else (an earlier kiln's staged folders) by walking it.
 */
function removeStaging(root: string): void {
  try {
    rmSync(join(root, 'commit.json'));
    rmdirSync(root);
  } catch {
    rmSync(root, { recursive: true, force: true });
  }
}

function removeEmptyParents(dir: string, root: string): void {
  let current = dir;
  while (current.startsWith(root + sep)) {
    try {
      if (readdirSync(current).length) return;
      rmdirSync(current);
    } catch {
      return;
    }
    current = dirname(current);
  }
}

/** Writes the buffers one after another, at once. */
function writeAllSync(path: string, data: readonly Buffer[]): void {
  const fd = openSync(path, 'w');
  try {
    const left = [...data];
    while (left.length) {
      let written = writevSync(fd, left.slice(0, IOV_MAX));
      // A short write (which regular files do not do) goes on where it stopped.
      while (left.length && written >= left[0]!.length) written -= left.shift()!.length;
      if (written > 0) left[0] = left[0]!.subarray(written);
    }
  } finally {
    closeSync(fd);
  }
}

// The most buffers one `writev` takes on Linux.
const IOV_MAX = 1024;

/** The folder an output path is in ('' at the top). */
function parentOf(path: string): string {
  const at = path.lastIndexOf('/');
  return at < 0 ? '' : path.slice(0, at);
}
