/** What kiln wrote last time: output path → content hash. Kept in the destination. */
export type Manifest = ReadonlyMap<string, string>;

export const MANIFEST_NAME = '.kiln-manifest.json';

/** The files kiln made last time and makes no more: they are removed (files it never made are not). */
export function staleFiles(previous: Manifest, current: { has(path: string): boolean }): string[] {
  return [...previous.keys()].filter((path) => !current.has(path)).sort();
}

/**
 * One entry of the manifest. The lines of the entries in path order make its text (manifestText):
 * stable JSON, one entry a line, so it diffs well in git.
 */
export function manifestLine(path: string, hash: string): string {
  return `  ${JSON.stringify(path)}: "${hash}"`;
}

export function manifestText(lines: readonly string[]): string {
  return '{\n' + lines.join(',\n') + '\n}\n';
}

export function parseManifest(text: string): Manifest {
  try {
    const data = JSON.parse(text) as Record<string, string>;
    return new Map(Object.entries(data));
  } catch {
    return new Map();
  }
}
