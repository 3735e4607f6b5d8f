import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pieces } from '../render/types.js';
import { hashBytes, hashPieces } from '../shared/hash.js';
import { MANIFEST_NAME, unsafeOutputPath } from '../shared/output-path.js';

/** What kiln wrote last time: output path → content hash. Kept in the destination. */
export type Manifest = ReadonlyMap<string, string>;

/** The files kiln made last time and makes no more: they are removed (files it never made are not). */
export function staleFiles(previous: Manifest, current: { has(path: string): boolean }): string[] {
  return [...previous.keys()].filter((path) => !current.has(path)).sort();
}

/**
 * The manifest's text (stable JSON, one entry a line, so it diffs well in git) as the bytes of runs
 * of whole lines: a watch save that changes, adds or removes a few entries makes their runs again,
 * not the whole text (at 4,000 posts 440 KB, whose every copy cost milliseconds of fresh memory).
 */
export interface ManifestText {
  /** Runs of lines: chunk k holds the entries from `starts[k]` up to `starts[k + 1]` (or the last). */
  readonly chunks: readonly Buffer[];
  readonly starts: readonly number[];
}

// Entries per chunk: at least this many, and at most this many chunks (one `writev`).
const CHUNK_ENTRIES = 64;
const MAX_CHUNKS = 512;

/** The manifest of outputs in path order (`hashes[i]` is the hash of `paths[i]`). */
export function manifestText(paths: readonly string[], hashes: readonly string[]): ManifestText {
  const chunks: Buffer[] = [];
  const starts: number[] = [];
  addChunks(chunks, starts, paths, hashes, 0, paths.length);
  return { chunks, starts };
}

/**
 * How a list of paths lines up with the last build's (both in path order): for each path, its
 * place in the last list or -1 (a new output), and the last list's paths it no longer has.
 */
export function alignPaths(last: readonly string[], paths: readonly string[]): { before: Int32Array; gone: string[] } {
  const before = new Int32Array(paths.length).fill(-1);
  const gone: string[] = [];
  let j = 0;
  for (let i = 0; i < paths.length; i++) {
    const path = paths[i]!;
    while (j < last.length && last[j]! < path) gone.push(last[j++]!);
    if (j < last.length && last[j] === path) before[i] = j++;
  }
  while (j < last.length) gone.push(last[j++]!);
  return { before, gone };
}

/**
 * The manifest after the last one (`last`, of the last build's hashes `lastHashes`), for `paths`
 * and `hashes` lined up with it by `before` (alignPaths). Each new entry joins the run of the
 * entry before it; a run whose entries, hashes and place (first, last) are all as they were is
 * reused as it is, the others are made again. The text is the same as manifestText's.
 */
export function nextManifest(
  last: ManifestText,
  lastHashes: readonly string[],
  paths: readonly string[],
  hashes: readonly string[],
  before: Int32Array,
): ManifestText {
  const chunks: Buffer[] = [];
  const starts: number[] = [];
  const lastEnd = (k: number) => last.starts[k + 1] ?? lastHashes.length;
  let k = 0;
  let from = 0;
  let same = true;
  const close = (to: number) => {
    if (to === from) return;
    const kept =
      same &&
      to - from === lastEnd(k) - last.starts[k]! &&
      (from === 0) === (last.starts[k] === 0) &&
      (to === paths.length) === (lastEnd(k) === lastHashes.length);
    if (kept) {
      starts.push(from);
      chunks.push(last.chunks[k]!);
    } else addChunks(chunks, starts, paths, hashes, from, to);
  };
  for (let i = 0; i < paths.length; i++) {
    const j = before[i]!;
    if (j >= 0 && j >= lastEnd(k)) {
      // The entry is in a later run of the last manifest: the run so far ends here.
      close(i);
      while (j >= lastEnd(k)) k++;
      from = i;
      same = true;
    }
    if (j < 0 || lastHashes[j] !== hashes[i]) same = false;
  }
  close(paths.length);
  if (chunks.length === 0) addChunks(chunks, starts, paths, hashes, 0, 0);
  // Runs made again one at a time get shorter over a long watch: past a bound, all are made afresh.
  return chunks.length > 2 * MAX_CHUNKS ? manifestText(paths, hashes) : { chunks, starts };
}

/** The manifest's whole text. */
export function manifestString(manifest: ManifestText): string {
  return Buffer.concat(manifest.chunks).toString('utf8');
}

/** Runs of the lines of entries [from, to) (one run when there are none). */
function addChunks(
  chunks: Buffer[],
  starts: number[],
  paths: readonly string[],
  hashes: readonly string[],
  from: number,
  to: number,
): void {
  const size = Math.max(CHUNK_ENTRIES, Math.ceil(paths.length / MAX_CHUNKS));
  for (let at = from; at === from || at < to; at += size) {
    starts.push(at);
    chunks.push(chunkText(paths, hashes, at, Math.min(to, at + size)));
  }
}

function chunkText(paths: readonly string[], hashes: readonly string[], from: number, to: number): Buffer {
  let text = from === 0 ? '{\n' : '';
  for (let i = from; i < to; i++) text += `${i > 0 ? ',\n' : ''}${manifestLine(paths[i]!, hashes[i]!)}`;
  if (to === paths.length) text += '\n}\n';
  return Buffer.from(text);
}

function manifestLine(path: string, hash: string): string {
  return `  ${JSON.stringify(path)}: "${hash}"`;
}

/**
 * The manifest's entries, and warnings for those never acted on: a path that would lead outside
 * the destination (or onto kiln's own files), or a hash that is not a string. An unreadable
 * manifest is an empty one: every output is written again and nothing is removed.
 */
export function parseManifest(text: string): { manifest: Manifest; warnings: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { manifest: new Map(), warnings: ['the manifest is not valid JSON: every file is written again'] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { manifest: new Map(), warnings: ['the manifest is not a JSON object: every file is written again'] };
  const manifest = new Map<string, string>();
  const warnings: string[] = [];
  for (const [path, hash] of Object.entries(data)) {
    const unsafe = unsafeOutputPath(path);
    if (unsafe) warnings.push(`ignored the manifest entry ${JSON.stringify(path)}: ${unsafe}`);
    else if (typeof hash !== 'string') warnings.push(`ignored the manifest entry ${JSON.stringify(path)}: no hash`);
    else manifest.set(path, hash);
  }
  return { manifest, warnings };
}

/** The manifest in `destination`: its text, and what `parseManifest` reads in it; null when there is none. */
export function readManifest(destination: string): { text: string; manifest: Manifest; warnings: string[] } | null {
  const path = join(destination, MANIFEST_NAME);
  if (!existsSync(path)) return null;
  const text = readFileSync(path, 'utf8');
  return { text, ...parseManifest(text) };
}

/**
 * Whether the manifest in `destination` records exactly `bytes` for `path` (the manifest is read
 * at the first question; none, or one that cannot be read, records nothing).
 */
export function recordedIn(destination: string): (path: string, bytes: Buffer | Pieces) => boolean {
  let manifest: Manifest | undefined;
  return (path, bytes) => {
    if (!manifest) {
      try {
        manifest = readManifest(destination)?.manifest;
      } catch {
        // Unreadable: the stage reports it.
      }
      manifest ??= new Map();
    }
    const hash = manifest.get(path);
    return hash !== undefined && hash === (Buffer.isBuffer(bytes) ? hashBytes(bytes) : hashPieces(bytes));
  };
}
