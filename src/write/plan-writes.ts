/** What kiln wrote last time: output path → content hash. Kept in the destination. */
export type Manifest = ReadonlyMap<string, string>;

export const MANIFEST_NAME = '.kiln-manifest.json';

/** The files kiln made last time and makes no more: they are removed (files it never made are not). */
export function staleFiles(previous: Manifest, current: Manifest): string[] {
  return [...previous.keys()].filter((path) => !current.has(path)).sort();
}

/** The manifest as stable JSON: sorted keys, one entry a line, so it diffs well in git. */
export function serializeManifest(manifest: Manifest): string {
  const entries = [...manifest];
  // The write stage hands the outputs over in path order already: no sort then.
  if (!entries.every(([path], i) => i === 0 || entries[i - 1]![0] < path)) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
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
