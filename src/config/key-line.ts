/**
 * The line of a key in the config's YAML text (`['kramdown', 'compat']` for a nested one), for
 * messages about its value; the parent's line when the key itself is not written out; undefined
 * when neither is. Block-style mappings only, which is how _config.yml files are written.
 */
export function keyLine(text: string, path: readonly string[]): number | undefined {
  const lines = text.split('\n');
  let found: number | undefined;
  let from = 0;
  let indent = -1;
  for (const key of path) {
    let hit = -1;
    for (let i = from; i < lines.length; i++) {
      const line = lines[i]!;
      const own = line.length - line.trimStart().length;
      if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
      if (i > from && own <= indent) break;
      const m = /^(\s*)(["']?)([^"':]+)\2\s*:(?:\s|$)/.exec(line);
      if (m && m[3] === key && m[1]!.length > indent) {
        hit = i;
        indent = m[1]!.length;
        break;
      }
    }
    if (hit < 0) return found;
    found = hit + 1;
    from = hit + 1;
  }
  return found;
}
