import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { OutputFile, Pieces } from '../render/types.js';
import { buildErrorsIn, collectErrors, KilnError } from '../shared/errors.js';
import { type EncodedOwn, hashBytes, hashPieces } from '../shared/hash.js';
import { noProgress, type Progress } from '../shared/log.js';
import { MANIFEST_NAME, unsafeOutputPath } from '../shared/output-path.js';
import { byPath, sameItems } from '../shared/paths.js';
import { rubyTextCompare } from '../shared/ruby-text.js';
import type { DestinationLock } from './lock.js';
import {
  alignPaths,
  type Manifest,
  type ManifestText,
  manifestString,
  manifestText,
  nextManifest,
  readManifest,
  staleFiles,
} from './plan-writes.js';
import { type OnCommitStep, recoverStaging, Staging } from './staging.js';
import type { KeptWriteThread } from './write-thread.js';

/**
 * What the write stage keeps between the builds of one watch: the manifest (its entries in path
 * order, and its text), the destination's lock and the writing thread.
 */
export interface ManifestMemory {
  last?: {
    destination: string;
    paths: readonly string[];
    hashes: readonly string[];
    manifest: ManifestText;
  };
  /** The destination this watch holds for as long as it runs. */
  lock?: DestinationLock;
  /** The writing thread, idle between rebuilds (write-thread.ts). */
  readonly thread?: KeptWriteThread;
}

/** Counts for the one-line build report, and warnings (manifest entries never acted on). */
export interface WriteReport {
  readonly written: number;
  readonly unchanged: number;
  readonly removed: number;
  readonly writtenPaths: readonly string[];
  readonly removedPaths: readonly string[];
  readonly warnings: readonly string[];
}

/**
 * Writes what changed: each output is hashed and compared with the manifest of the last build;
 * changed ones are staged, and only when every output has rendered and been staged is the site
 * replaced (staging.ts: a journal makes that step finish even after a kill). Stale files are
 * removed and the manifest updated in the same commit (`timeCommit` runs it, to time it apart).
 * Pages are rendered one at a time as they are staged, so memory holds the site model and the
 * pages in flight, not the whole site. `prepared`: a staging the caller began (its folders made
 * while the pages rendered, Staging.prepare), after it dealt with what an earlier build left.
 */
export async function writeSite(
  destination: string,
  unsorted: readonly OutputFile[],
  memory?: ManifestMemory,
  onStep?: OnCommitStep,
  progress: Progress = noProgress,
  timeCommit: <T>(commit: () => T) => T = (commit) => commit(),
  prepared?: Staging,
): Promise<WriteReport> {
  // A commit an earlier write left half done (in watch, one that failed) is finished first.
  const recovered = prepared ? null : recoverStaging(destination, onStep);
  if (recovered && memory) memory.last = undefined;
  const manifestPath = join(destination, MANIFEST_NAME);
  // In watch the manifest this process wrote last time is still in memory, and still on disk;
  // while the outputs are the same list of paths (so in path order), its entries are compared by position.
  const remembered = memory?.last?.destination === destination && existsSync(manifestPath) ? memory.last : undefined;
  let paths = unsorted.map((o) => o.path);
  const sameList = remembered !== undefined && sameItems(remembered.paths, paths);
  let outputs = unsorted;
  if (!sameList && !isInPathOrder(unsorted)) {
    outputs = [...unsorted].sort(byPath);
    paths = outputs.map((o) => o.path);
  }
  // Where each output was in the remembered list (-1: it is new), and the paths it no longer has.
  const aligned = remembered
    ? sameList
      ? { before: Int32Array.from(paths, (_, i) => i), gone: [] }
      : alignPaths(remembered.paths, paths)
    : undefined;
  // The paths of the remembered list were checked when it was written.
  if (!sameList) {
    collectErrors(outputs, (o, i) => {
      if (aligned && aligned.before[i]! >= 0) return;
      const unsafe = unsafeOutputPath(o.path);
      if (unsafe) throw new KilnError(`cannot be written to ${JSON.stringify(o.path)}: ${unsafe}`, o.source);
    });
    refuseFileAsFolder(outputs);
  }
  const onDisk = remembered ? null : readManifest(destination);
  const warnings: string[] = recovered ? [recovered] : [];
  const previous: Manifest = onDisk?.manifest ?? new Map();
  if (onDisk) warnings.push(...onDisk.warnings.map((w) => `${MANIFEST_NAME}: ${w}`));
  const hashes: string[] = [];
  // Counted as they go, for a terminal: pages (outputs that are rendered, not copied) and files on the disk.
  const counting = progress !== noProgress;
  const pages = counting ? outputs.filter((o) => !Buffer.isBuffer(o.bytes)).length : 0;
  let rendered = counting
    ? outputs.filter((o) => !Buffer.isBuffer(o.bytes) && typeof o.bytes !== 'function').length
    : 0;
  let staged = 0;
  progress(rendered, pages, 'pages rendered');
  progress(0, outputs.length, 'files written');
  const staging = prepared ?? new Staging(destination, undefined, undefined, memory?.thread);
  staging.onStep = (step) => {
    if (step === 'stage') progress(++staged, outputs.length, 'files written');
    onStep?.(step);
  };
  const sharedBuffers = new Map<string, Buffer>();
  const sharedLengths = new Map<string, number>();
  const written: string[] = [];
  const errors: KilnError[] = [];
  let unchanged = 0;
  // Pages render, and files are written or handed to the writing thread, synchronously
  // (staging.ts), so the stage lets the event loop run at its start and then every TURN_MS: a
  // signal, the terminal's ticker, a test runner's messages wait no longer than that.
  try {
    let turnAt = 0;
    for (let i = 0; i < outputs.length; i++) {
      if (performance.now() >= turnAt) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        turnAt = performance.now() + TURN_MS;
      }
      const file = outputs[i]!;
      let bytes: Buffer | Pieces;
      try {
        if (typeof file.bytes === 'function') {
          bytes = file.bytes();
          progress(++rendered, pages, 'pages rendered');
        } else bytes = file.bytes;
      } catch (e) {
        errors.push(...buildErrorsIn(e));
        continue;
      }
      // A rendered page is encoded once, and hashed as encoded (hashing text would encode it again).
      const encoded = file.hash || Buffer.isBuffer(bytes) ? null : encode(bytes, sharedBuffers);
      const hash = file.hash ?? (Buffer.isBuffer(bytes) ? hashBytes(bytes) : hashPieces(bytes, encoded!));
      hashes[i] = hash;
      // In watch, files this process wrote are trusted to be there (a stat per output was 15 ms of
      // a 4,000-post rebuild); a fresh process checks that each is there with its length, which also
      // catches what a power cut leaves (files that came back empty, while the manifest vouches for them).
      const at = aligned ? aligned.before[i]! : -1;
      const before = aligned ? (at >= 0 ? remembered!.hashes[at] : undefined) : previous.get(file.path);
      if (before === hash && (remembered || sizeOf(join(destination, file.path)) === lengthOf(bytes, sharedLengths))) {
        progress(++unchanged, 0, 'unchanged');
        continue;
      }
      written.push(file.path);
      const data = Buffer.isBuffer(bytes) ? [bytes] : (encoded ?? encode(bytes, sharedBuffers)).flat();
      const wait = staging.stage(file.path, data);
      if (wait) await wait;
    }
  } catch (e) {
    // Not a page's error (those are collected): nothing more is written, and nothing is left.
    await staging.abandon();
    throw e;
  }
  await staging.settle();
  if (errors.length) {
    staging.discard();
    collectErrors(errors, (e) => {
      throw e;
    });
  }
  const removed = aligned ? aligned.gone : staleFiles(previous, new Set(paths));
  const manifest = aligned
    ? nextManifest(remembered!.manifest, remembered!.hashes, paths, hashes, aligned.before)
    : manifestText(paths, hashes);
  if (memory) memory.last = undefined;
  // The remembered manifest is the one on disk: with the same list, it changed where a hash did.
  const manifestChanged = sameList
    ? hashes.some((hash, i) => hash !== remembered.hashes[i])
    : remembered !== undefined || onDisk?.text !== manifestString(manifest);
  timeCommit(() => {
    if (written.length || removed.length || manifestChanged) staging.commit(removed, manifest.chunks);
    else staging.discard();
  });
  if (memory) memory.last = { destination, paths, hashes, manifest };
  return {
    written: written.length,
    unchanged,
    removed: removed.length,
    writtenPaths: written,
    removedPaths: removed,
    warnings,
  };
}

// How long the stage goes on without letting the event loop run.
const TURN_MS = 50;

/** A file's length, or -1 when it is not there (or not a file). */
/**
 * An output whose path holds another output's path as a folder (`work` and `work/salt/index.html`):
 * refused before anything is staged, naming both sources (found only as the site was replaced, it
 * left the site half replaced). Each folder is looked up once, however many outputs it holds.
 */
function refuseFileAsFolder(outputs: readonly OutputFile[]): void {
  const byOutputPath = new Map(outputs.map((o) => [o.path, o]));
  const folders = new Set<string>();
  collectErrors(outputs, (o) => {
    for (let end = o.path.lastIndexOf('/'); end > 0; end = o.path.lastIndexOf('/', end - 1)) {
      const folder = o.path.slice(0, end);
      if (folders.has(folder)) return;
      folders.add(folder);
      const file = byOutputPath.get(folder);
      if (file)
        throw new KilnError(
          `cannot be written to ${JSON.stringify(o.path)}: ${JSON.stringify(folder)} is a file, written from ${file.source} (give one of them another permalink)`,
          o.source,
        );
    }
  });
}

function sizeOf(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat?.isFile() ? stat.size : -1;
}

/** An output's length in bytes; each shared piece is measured once per build. */
function lengthOf(bytes: Buffer | Pieces, shared: Map<string, number>): number {
  if (Buffer.isBuffer(bytes)) return bytes.length;
  let n = 0;
  bytes.forEach((piece, i) => {
    if (typeof piece !== 'string') {
      for (const part of piece) n += Buffer.byteLength(part);
      return;
    }
    let length = i % 2 === 1 ? shared.get(piece) : undefined;
    if (length === undefined) {
      length = Buffer.byteLength(piece);
      if (i % 2 === 1) shared.set(piece, length);
    }
    n += length;
  });
  return n;
}

function isInPathOrder(outputs: readonly OutputFile[]): boolean {
  return outputs.every((o, i) => i === 0 || rubyTextCompare(outputs[i - 1]!.path, o.path) < 0);
}

/**
 * A shared piece's UTF-8, in shared memory: the writing thread (staging.ts) writes it into each
 * file from there, without a copy per page (at 4,000 posts the archive is 160 MB of the index pages).
 */
function sharedBytes(text: string): Buffer {
  const bytes = Buffer.from(new SharedArrayBuffer(Buffer.byteLength(text)));
  bytes.write(text);
  return bytes;
}

/**
 * A page's bytes by piece; each shared piece (own, shared, own, …) is encoded once per build and
 * not copied, and bodies' bytes in an own piece are used as they are.
 */
function encode(pieces: Pieces, shared: Map<string, Buffer>): EncodedOwn[] {
  return pieces.map((piece, i) => {
    if (typeof piece !== 'string') return piece.map((part) => (typeof part === 'string' ? Buffer.from(part) : part));
    if (i % 2 === 0) return Buffer.from(piece);
    let buffer = shared.get(piece);
    if (!buffer) shared.set(piece, (buffer = sharedBytes(piece)));
    return buffer;
  });
}
