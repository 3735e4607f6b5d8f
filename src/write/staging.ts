import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { mkdir, open, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { WriteInterrupted } from '../shared/errors.js';
import { fileSystemError } from '../shared/fs-errors.js';
import { MANIFEST_NAME, STAGING_NAME, unsafeOutputPath } from '../shared/output-path.js';

/** Called at each step of a commit, with the step's name (tests stop the process there). */
export type OnCommitStep = (step: string) => void;

/**
 * How a build replaces the site (README, "A killed build"). New files are written under
 * `DEST/.kiln-staging/files/`, the new manifest to `.kiln-staging/manifest.json`; then the
 * journal `.kiln-staging/commit.json` (the files to remove) is made by a rename. Before the
 * journal exists the destination is untouched, and the staging folder is thrown away; once it
 * exists the commit is decided, and it is carried out (again, by the next build after a kill)
 * until the staging folder is gone: removals, then each staged file renamed into place, then the
 * manifest. Every step can be repeated, so the destination ends as exactly the new site.
 */
export class Staging {
  private readonly root: string;
  private readonly files: string;
  // One mkdir per folder, which every file in that folder waits for.
  private readonly dirs = new Map<string, Promise<unknown>>();
  private readonly inFlight = new Set<Promise<void>>();
  private failure: unknown = null;

  constructor(
    private readonly destination: string,
    private readonly onStep: OnCommitStep = () => {},
  ) {
    this.root = join(destination, STAGING_NAME);
    this.files = join(this.root, 'files');
  }

  /** Writes one output's new bytes into the staging folder, several at a time (they wait on the disk). */
  async stage(path: string, bytes: string | Buffer | Buffer[]): Promise<void> {
    if (this.inFlight.size >= IN_FLIGHT) await Promise.race(this.inFlight);
    if (this.failure) return;
    const abs = join(this.files, path);
    const dir = dirname(abs);
    let made = this.dirs.get(dir);
    if (!made) this.dirs.set(dir, (made = mkdir(dir, { recursive: true })));
    const job = (async () => {
      await made;
      await writeAll(abs, bytes);
      this.onStep('stage');
    })()
      .catch((e) => {
        this.failure ??= fileSystemError(e, join(this.destination, path), 'cannot write');
      })
      .finally(() => this.inFlight.delete(job));
    this.inFlight.add(job);
  }

  /** Waits for the staged writes; on a failure the staging folder goes and the error is thrown. */
  async settle(): Promise<void> {
    await Promise.all(this.inFlight);
    if (this.failure) {
      this.discard();
      throw this.failure;
    }
    this.onStep('staged');
  }

  /** Throws the staged files away: the destination is as it was. */
  discard(): void {
    rmSync(this.root, { recursive: true, force: true });
  }

  /** Decides the commit (the journal), then carries it out. */
  commit(removals: readonly string[], manifest: string): void {
    try {
      mkdirSync(this.root, { recursive: true });
      writeFileSync(join(this.root, 'manifest.json'), manifest);
      writeFileSync(join(this.root, 'commit.json.tmp'), `${JSON.stringify({ remove: removals })}\n`);
      this.onStep('journal');
      renameSync(join(this.root, 'commit.json.tmp'), join(this.root, 'commit.json'));
    } catch (e) {
      this.discard();
      throw fileSystemError(e, this.root, 'cannot write the commit journal');
    }
    this.onStep('committed');
    carryOut(this.destination, removals, this.onStep);
  }
}

const IN_FLIGHT = 16;

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
  try {
    const data = JSON.parse(journal) as { remove?: unknown };
    if (Array.isArray(data.remove)) removals = data.remove.filter((p): p is string => typeof p === 'string');
  } catch {
    // A journal is made by a rename, whole; one that does not parse was not written by kiln.
  }
  const moved = carryOut(destination, removals, onStep);
  return `an interrupted build had decided to replace the site: finished (${moved} file${moved === 1 ? '' : 's'} moved into place)`;
}

/** Carries out a decided commit; each step can be repeated. Returns how many files were moved. */
function carryOut(destination: string, removals: readonly string[], onStep: OnCommitStep): number {
  const root = join(destination, STAGING_NAME);
  const staged = join(root, 'files');
  let removed = 0;
  let moved = 0;
  let total = 0;
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
    const paths = existsSync(staged) ? listFiles(staged) : [];
    total = paths.length;
    const dirs = new Set<string>();
    for (const path of paths) {
      if (unsafeOutputPath(path)) continue;
      const abs = join(destination, path);
      const dir = dirname(abs);
      if (!dirs.has(dir)) {
        mkdirSync(dir, { recursive: true });
        dirs.add(dir);
      }
      renameSync(join(staged, path), abs);
      moved++;
      onStep('move');
    }
    if (existsSync(join(root, 'manifest.json')))
      renameSync(join(root, 'manifest.json'), join(destination, MANIFEST_NAME));
    onStep('manifest');
    rmSync(root, { recursive: true, force: true });
    onStep('done');
  } catch (e) {
    const cause = fileSystemError(e, destination, 'cannot replace the site');
    throw new WriteInterrupted(
      `${cause.message}; ${removed} of ${removals.length} old files removed and ${moved} of ${total} new ones ` +
        'moved into place: the next build finishes replacing the site',
      cause.file,
      { cause: e },
    );
  }
  return moved;
}

function listFiles(root: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(root, rel));
    else out.push(rel);
  }
  return out;
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

/** Writes the buffers one after another; a short write (which regular files do not do) is retried whole. */
async function writeAll(path: string, data: string | Buffer | Buffer[]): Promise<void> {
  if (!Array.isArray(data)) return writeFile(path, data);
  const file = await open(path, 'w');
  try {
    const { bytesWritten } = await file.writev(data);
    if (bytesWritten !== data.reduce((n, b) => n + b.length, 0)) await file.write(Buffer.concat(data), 0, undefined, 0);
  } finally {
    await file.close();
  }
}
