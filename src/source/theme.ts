import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { hasFrontMatter } from '../shared/front-matter-line.js';
import type { SourceFile, SourceKind } from './types.js';

/** The theme folders that become part of the site, as Jekyll's theme gems have them. */
const THEME_FOLDERS: ReadonlyMap<string, SourceKind | 'document'> = new Map([
  ['_layouts', 'layout'],
  ['_includes', 'include'],
  ['assets', 'document'],
]);

const DATA_EXTENSIONS = ['.yaml', '.yml', '.json', '.csv', '.tsv'];

/** Theme files kept between the builds of a watch, by absolute path, while their stat holds. */
export type ThemeMemory = Map<string, { size: number; mtimeMs: number; file: SourceFile }>;

/**
 * The theme's layouts, includes and assets as files of the site (`_layouts/default.html`, …),
 * except where the site has a file of that path: the site's own files win, as in Jekyll. Its
 * layouts are the files `isLayout` takes (their path in `_layouts/`), as for the site's; any file
 * of its `_includes/` can be included; dot names in `assets/` are left out.
 */
export function readTheme(
  themeDir: string,
  siteHas: (path: string) => boolean,
  isLayout: (inside: string) => boolean,
  memory?: ThemeMemory,
): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (abs: string, path: string, kind: SourceKind | 'document') => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      if (entry.name.startsWith('.') && kind !== 'include') continue;
      const childAbs = join(abs, entry.name);
      const childPath = `${path}/${entry.name}`;
      if (entry.isDirectory()) walk(childAbs, childPath, kind);
      else if (!entry.isFile() || siteHas(childPath)) continue;
      else if (kind !== 'layout' || isLayout(childPath.slice('_layouts/'.length)))
        out.push(readOne(childAbs, childPath, kind, memory));
    }
  };
  for (const [folder, kind] of THEME_FOLDERS)
    if (isDir(join(themeDir, folder))) walk(join(themeDir, folder), folder, kind);
  return out;
}

/**
 * jekyll-data: the data files of the theme's `_data/` (YAML, JSON, CSV, TSV, in subfolders too),
 * as `_data/…` files; the build merges the site's data over them.
 */
export function readThemeData(themeDir: string, memory?: ThemeMemory): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (abs: string, path: string) => {
    const entries = readdirSync(abs, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1));
    // The plugin's order, which the keys of the data keep: each extension's files in turn, then
    // the folders (links skipped, as Jekyll's data reader skips them).
    for (const ext of DATA_EXTENSIONS)
      for (const e of entries)
        if (e.isFile() && e.name.endsWith(ext) && e.name.length > ext.length)
          out.push(readOne(join(abs, e.name), `${path}/${e.name}`, 'data', memory));
    for (const e of entries) if (e.isDirectory()) walk(join(abs, e.name), `${path}/${e.name}`);
  };
  if (isDir(join(themeDir, '_data'))) walk(join(themeDir, '_data'), '_data');
  return out;
}

/**
 * How errors and warnings name the site's files: a theme's (`_layouts/post.html`, which the site
 * does not have) by where it is, the file a user can open: under the source as it shows there
 * (`_themes/t/_layouts/post.html`), elsewhere in full (a gem's folder, as Jekyll names it).
 */
export function shownPaths(
  themeDir: string | undefined,
  source: string,
  files: readonly SourceFile[],
  themeData: readonly SourceFile[] = [],
): (path: string) => string {
  if (themeDir === undefined) return (path) => path;
  // The theme's data merges under the site's: a path both have is the site's file.
  const own = new Set(files.filter((f) => !f.fromTheme).map((f) => f.path));
  const fromTheme = new Set([...files, ...themeData].filter((f) => f.fromTheme && !own.has(f.path)).map((f) => f.path));
  return (path) => {
    if (!fromTheme.has(path)) return path;
    const abs = join(themeDir, path);
    const rel = relative(source, abs);
    return rel.startsWith('..') || rel === abs ? abs : rel.split(sep).join('/');
  };
}

function readOne(abs: string, path: string, kind: SourceKind | 'document', memory?: ThemeMemory): SourceFile {
  const stat = statSync(abs);
  const hit = memory?.get(abs);
  if (hit && hit.size === stat.size && hit.mtimeMs === stat.mtimeMs && hit.file.path === path) return hit.file;
  const bytes = readFileSync(abs);
  const resolved = kind === 'document' ? (hasFrontMatter(bytes) ? 'page' : 'static') : kind;
  const file: SourceFile = { path, kind: resolved, bytes, mtimeMs: stat.mtimeMs, fromTheme: true };
  memory?.set(abs, { size: stat.size, mtimeMs: stat.mtimeMs, file });
  return file;
}

function isDir(p: string): boolean {
  return existsSync(p) && statSync(p).isDirectory();
}
