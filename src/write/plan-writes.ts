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
 * of whole lines: a watch save that changes a few entries makes their runs again, not the whole
 * text (at 4,000 posts 440 KB, whose every copy cost milliseconds of fresh memory).
 */
export interface ManifestText {
  /** Chunk k: the lines of entries [k × size, (k + 1) × size), with the text between and around them. */
  readonly chunks: readonly Buffer[];
  readonly size: number;
}

// Entries per chunk: at least this many, and at most this many chunks (one `writev`).
const CHUNK_ENTRIES = 64;
const MAX_CHUNKS = 512;

/** The manifest of outputs in path order (`hashes[i]` is the hash of `paths[i]`). */
export function manifestText(paths: readonly string[], hashes: readonly string[]): ManifestText {
  const size = Math.max(CHUNK_ENTRIES, Math.ceil(paths.length / MAX_CHUNKS));
  const chunks: Buffer[] = [];
  for (let k = 0; k === 0 || k * size < paths.length; k++) chunks.push(chunkText(paths, hashes, k, size));
  return { chunks, size };
}

/** The same manifest with the entries at `changed` given new hashes: only their chunks are made again. */
export function patchManifest(
  last: ManifestText,
  paths: readonly string[],
  hashes: readonly string[],
  changed: readonly number[],
): ManifestText {
  const chunks = [...last.chunks];
  let made = -1;
  for (const i of changed) {
    const k = Math.floor(i / last.size);
    if (k !== made) chunks[k] = chunkText(paths, hashes, (made = k), last.size);
  }
  return { chunks, size: last.size };
}

/** The manifest's whole text. */
export function manifestString(manifest: ManifestText): string {
  return Buffer.concat(manifest.chunks).toString('utf8');
}

function chunkText(paths: readonly string[], hashes: readonly string[], k: number, size: number): Buffer {
  const from = k * size;
  const to = Math.min(paths.length, from + size);
  let text = k === 0 ? '{\n' : '';
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
