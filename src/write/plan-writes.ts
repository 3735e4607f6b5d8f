import type { OutputFile } from '../render/types.js';
import { hashBytes } from '../shared/hash.js';

export { hashBytes };

/** What kiln wrote last time: output path → content hash. Kept in the destination. */
export type Manifest = ReadonlyMap<string, string>;

export const MANIFEST_NAME = '.kiln-manifest.json';

/** What a build changes in the destination. */
export interface WritePlan {
  readonly write: ReadonlyArray<{ file: OutputFile; hash: string }>;
  readonly unchanged: number;
  readonly remove: readonly string[];
  readonly manifest: Manifest;
}

/**
 * Pure: the new outputs against the last manifest. A file whose hash is unchanged (and which
 * still exists) is not rewritten; a file kiln made before and makes no more is removed; files
 * kiln never made are never touched.
 */
export function planWrites(outputs: readonly OutputFile[], previous: Manifest, exists: (path: string) => boolean): WritePlan {
  const write: Array<{ file: OutputFile; hash: string }> = [];
  const manifest = new Map<string, string>();
  let unchanged = 0;
  for (const file of outputs) {
    const hash = file.hash ?? hashBytes(file.bytes);
    manifest.set(file.path, hash);
    if (previous.get(file.path) === hash && exists(file.path)) unchanged++;
    else write.push({ file, hash });
  }
  const remove = [...previous.keys()].filter((path) => !manifest.has(path)).sort();
  return { write, unchanged, remove, manifest };
}

/** The manifest as stable JSON: sorted keys, one entry a line, so it diffs well in git. */
export function serializeManifest(manifest: Manifest): string {
  const entries = [...manifest].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return '{\n' + entries.map(([path, hash]) => `  ${JSON.stringify(path)}: "${hash}"`).join(',\n') + '\n}\n';
}

export function parseManifest(text: string): Manifest {
  try {
    const data = JSON.parse(text) as Record<string, string>;
    return new Map(Object.entries(data));
  } catch {
    return new Map();
  }
}
