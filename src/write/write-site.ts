import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { OutputFile, Pieces } from '../render/types.js';
import { buildErrorsIn, collectErrors, type KilnError } from '../shared/errors.js';
import { hashBytes, hashPieces } from '../shared/hash.js';
import { byPath, sameItems } from '../shared/paths.js';
import {
  MANIFEST_NAME,
  type Manifest,
  type ManifestText,
  manifestText,
  parseManifest,
  patchManifest,
  staleFiles,
} from './plan-writes.js';

// Pages rendered on demand become garbage once written, and V8 lets it pile up: 900 MB peak at
// 10,000 posts with a 290 MB live heap. On a large heap, a full collection every 16 MB written
// keeps that build under 600 MB (`npm run bench`); small sites never pay for it.
const GC_EVERY = 16 * 1024 * 1024;
const LARGE_HEAP = 256 * 1024 * 1024;
let sinceCollection = 0;
let collect: (() => void) | null | undefined;
function collectGarbageEvery(bytes: number): void {
  sinceCollection += bytes;
  if (sinceCollection < GC_EVERY) return;
  sinceCollection = 0;
  if (getHeapStatistics().used_heap_size < LARGE_HEAP) return;
  if (collect === undefined) {
    setFlagsFromString('--expose-gc');
    collect = (runInNewContext('gc') as (() => void) | undefined) ?? null;
  }
  collect?.();
}

/** The manifest kept between the builds of one watch: its entries in path order, and its text. */
export interface ManifestMemory {
  last?: { destination: string; paths: readonly string[]; hashes: readonly string[]; manifest: ManifestText };
  /**
   * In watch the manifest is written once the build has reported (a 400 KB file at 4,000 posts):
   * the next write, and the end of the watch, wait for it.
   */
  writing?: Promise<void>;
}

/** Counts for the one-line build report. */
export interface WriteReport {
  readonly written: number;
  readonly unchanged: number;
  readonly removed: number;
  readonly writtenPaths: readonly string[];
  readonly removedPaths: readonly string[];
}

/**
 * Writes what changed: each output is hashed and compared with the manifest of the last build;
 * changed ones go to temporary files, and only when every output has rendered and been written
 * are they renamed into place. Then stale files are removed and the manifest updated.
 */
export async function writeSite(
  destination: string,
  unsorted: readonly OutputFile[],
  memory?: ManifestMemory,
): Promise<WriteReport> {
  await memory?.writing;
  const manifestPath = join(destination, MANIFEST_NAME);
  const outputs = isInPathOrder(unsorted) ? unsorted : [...unsorted].sort(byPath);
  const paths = outputs.map((o) => o.path);
  // In watch the manifest this process wrote last time is still in memory, and still on disk;
  // while the outputs are the same list of paths, its entries are compared by position.
  const remembered = memory?.last?.destination === destination && existsSync(manifestPath) ? memory.last : undefined;
  const sameList = remembered !== undefined && sameItems(remembered.paths, paths);
  const previous: Manifest = sameList
    ? new Map()
    : remembered
      ? new Map(remembered.paths.map((p, i) => [p, remembered.hashes[i]!]))
      : existsSync(manifestPath)
        ? parseManifest(readFileSync(manifestPath, 'utf8'))
        : new Map();
  const hashes: string[] = [];
  const writer = new TempWriter();
  const sharedBuffers = new Map<string, Buffer>();
  const written: string[] = [];
  const errors: KilnError[] = [];
  let unchanged = 0;
  for (let i = 0; i < outputs.length; i++) {
    const file = outputs[i]!;
    let bytes: Buffer | Pieces;
    try {
      bytes = typeof file.bytes === 'function' ? file.bytes() : file.bytes;
    } catch (e) {
      errors.push(...buildErrorsIn(e));
      continue;
    }
    const hash = file.hash ?? (Buffer.isBuffer(bytes) ? hashBytes(bytes) : hashPieces(bytes));
    hashes[i] = hash;
    // In watch, files this process wrote are trusted to be there (a stat per output was 15 ms of
    // a 4,000-post rebuild); a fresh process checks. Deleting content/ wholesale removes the manifest too.
    const before = sameList ? remembered.hashes[i] : previous.get(file.path);
    if (before === hash && (remembered || existsSync(join(destination, file.path)))) {
      unchanged++;
      continue;
    }
    const abs = join(destination, file.path);
    written.push(file.path);
    const data = Buffer.isBuffer(bytes) ? bytes : encode(bytes, sharedBuffers);
    await writer.stage(abs, data);
    // Shared pieces live until the build ends: only a page's own bytes become garbage.
    collectGarbageEvery(
      Buffer.isBuffer(bytes) ? bytes.length : bytes.reduce((n, p, i) => (i % 2 === 0 ? n + p.length : n), 0),
    );
  }
  await writer.settle();
  if (errors.length) {
    await writer.discard();
    collectErrors(errors, (e) => {
      throw e;
    });
  }
  await writer.commit();
  const removed = sameList ? [] : staleFiles(previous, new Set(paths));
  for (const path of removed) {
    const abs = join(destination, path);
    if (existsSync(abs)) unlinkSync(abs);
    removeEmptyParents(dirname(abs), destination);
  }
  const changed: number[] = [];
  if (sameList) for (let i = 0; i < paths.length; i++) if (remembered.hashes[i] !== hashes[i]) changed.push(i);
  const manifest = sameList ? patchManifest(remembered.manifest, paths, hashes, changed) : manifestText(paths, hashes);
  const onDisk = remembered
    ? remembered.manifest.text
    : existsSync(manifestPath)
      ? readFileSync(manifestPath, 'utf8')
      : null;
  if (memory) {
    memory.last = { destination, paths, hashes, manifest };
    if (onDisk !== manifest.text) {
      mkdirSync(destination, { recursive: true });
      memory.writing = writeManifestSoon(manifestPath, manifest.text, memory);
    }
  } else if (onDisk !== manifest.text) writeAtomically(manifestPath, manifest.text);
  return { written: written.length, unchanged, removed: removed.length, writtenPaths: written, removedPaths: removed };
}

function isInPathOrder(outputs: readonly OutputFile[]): boolean {
  return outputs.every((o, i) => i === 0 || outputs[i - 1]!.path < o.path);
}

/** A page's bytes; each shared piece (own, shared, own, …) is encoded once per build and not copied. */
function encode(pieces: Pieces, shared: Map<string, Buffer>): string | Buffer[] {
  if (pieces.length === 1) return pieces[0]!;
  return pieces.map((piece, i) => {
    if (i % 2 === 0) return Buffer.from(piece);
    let buffer = shared.get(piece);
    if (!buffer) shared.set(piece, (buffer = Buffer.from(piece)));
    return buffer;
  });
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

/**
 * Writes files under temporary names, several at a time (file-system calls wait on the disk, not
 * the CPU), and renames them all into place at the end; or removes them all if the build failed.
 */
class TempWriter {
  private readonly staged: string[] = [];
  // One mkdir per folder, which every file in that folder waits for.
  private readonly dirs = new Map<string, Promise<unknown>>();
  private readonly inFlight = new Set<Promise<void>>();
  private failure: unknown = null;

  async stage(path: string, bytes: string | Buffer | Buffer[]): Promise<void> {
    if (this.inFlight.size >= IN_FLIGHT) await Promise.race(this.inFlight);
    this.staged.push(path);
    const dir = dirname(path);
    let made = this.dirs.get(dir);
    if (!made) this.dirs.set(dir, (made = mkdir(dir, { recursive: true })));
    const job = (async () => {
      await made;
      await writeAll(temp(path), bytes);
    })()
      .catch((e) => {
        this.failure ??= e;
      })
      .finally(() => this.inFlight.delete(job));
    this.inFlight.add(job);
  }

  async settle(): Promise<void> {
    await Promise.all(this.inFlight);
    if (this.failure) {
      await this.discard();
      throw this.failure;
    }
  }

  async discard(): Promise<void> {
    await inParallel(this.staged, (path) => rm(temp(path), { force: true }));
  }

  async commit(): Promise<void> {
    await inParallel(this.staged, (path) => rename(temp(path), path));
  }
}

const IN_FLIGHT = 16;
const temp = (path: string) => `${path}.kiln-tmp-${process.pid}`;

async function inParallel<T>(items: readonly T[], fn: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, items.length) }, lane));
}

/**
 * Writes the manifest after the build has reported. Should that fail (the destination was just
 * deleted, say), the manifest is removed and forgotten, so the next build writes every file
 * again rather than trust a stale one.
 */
async function writeManifestSoon(path: string, text: string, memory: ManifestMemory): Promise<void> {
  try {
    await writeFile(temp(path), text);
    await rename(temp(path), path);
  } catch {
    memory.last = undefined;
    await rm(path, { force: true }).catch(() => {});
  }
}

function writeAtomically(path: string, bytes: string | Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(temp(path), bytes);
  renameSync(temp(path), path);
}

function removeEmptyParents(dir: string, root: string): void {
  let current = dir;
  while (current.startsWith(root) && current !== root && existsSync(current) && readdirSync(current).length === 0) {
    rmdirSync(current);
    current = dirname(current);
  }
}
