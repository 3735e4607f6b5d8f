import { unsafeOutputPath } from '../shared/output-path.js';

/** What kiln wrote last time: output path → content hash. Kept in the destination. */
export type Manifest = ReadonlyMap<string, string>;

/** The files kiln made last time and makes no more: they are removed (files it never made are not). */
export function staleFiles(previous: Manifest, current: { has(path: string): boolean }): string[] {
  return [...previous.keys()].filter((path) => !current.has(path)).sort();
}

/** The manifest's text (stable JSON, one entry a line, so it diffs well in git) and where each line starts. */
export interface ManifestText {
  readonly text: string;
  readonly starts: readonly number[];
}

/** The manifest of outputs in path order (`hashes[i]` is the hash of `paths[i]`). */
export function manifestText(paths: readonly string[], hashes: readonly string[]): ManifestText {
  const starts: number[] = [];
  let at = 2;
  const lines = paths.map((path, i) => {
    const line = manifestLine(path, hashes[i]!);
    starts.push(at);
    at += line.length + 2;
    return line;
  });
  return { text: `{\n${lines.join(',\n')}\n}\n`, starts };
}

/**
 * The same manifest with the entries at `changed` (in increasing order) given new hashes: patched
 * in one pass, since a hash's length is fixed and so is every line's; made afresh should a line's
 * length differ.
 */
export function patchManifest(
  last: ManifestText,
  paths: readonly string[],
  hashes: readonly string[],
  changed: readonly number[],
): ManifestText {
  const parts: string[] = [];
  let at = 0;
  for (const i of changed) {
    const start = last.starts[i]!;
    const end = i + 1 < last.starts.length ? last.starts[i + 1]! - 2 : last.text.length - 3;
    const line = manifestLine(paths[i]!, hashes[i]!);
    if (line.length !== end - start) return manifestText(paths, hashes);
    parts.push(last.text.slice(at, start), line);
    at = end;
  }
  parts.push(last.text.slice(at));
  return { text: parts.join(''), starts: last.starts };
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
