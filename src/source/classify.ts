import { relative, sep } from 'node:path';
import { ALWAYS_EXCLUDED } from '../config/defaults.js';
import type { Config } from '../config/types.js';
import { rubyPattern } from '../shared/ruby-glob.js';
import type { SourceKind } from './types.js';

const SPECIAL_FOLDERS = new Map<string, SourceKind>([
  ['_posts', 'post'],
  ['_drafts', 'draft'],
  ['_layouts', 'layout'],
  ['_includes', 'include'],
  ['_data', 'data'],
  ['_plugins', 'plugin'],
]);

// The folders Jekyll reads with readers of their own, not through the site's EntryFilter.
const INCLUDES = '_includes';
const LAYOUTS = '_layouts';
const DATA = '_data';

/** Decides which paths under the source are site input and what kind they are. */
export class Classifier {
  /** The paths that are never input, by their first segment. */
  private readonly never = new Map<string, string[]>();
  private readonly exclude: readonly Pattern[];
  private readonly include: readonly Pattern[];
  /** `include:` entries read as files after the walk, wherever they are (Jekyll's read_included_excludes). */
  private readonly includedFiles: ReadonlySet<string>;

  /** Each collection's folder (`_LABEL`, or `DIR/_LABEL` under `collections_dir`) → its label. */
  private readonly collections: Map<string, string>;
  private readonly dir: string;
  /** jekyll-multiple-languages' languages, whose `_i18n/` files are input; null when the plugin is off. */
  private readonly i18n: ReadonlySet<string> | null;

  constructor(config: Config) {
    this.dir = config.collectionsDir;
    this.i18n = config.multipleLanguages && new Set(config.multipleLanguages.languages);
    this.collections = new Map(config.collections.map((c) => [collectionFolder(config, c.label), c.label]));
    const never = new Set(ALWAYS_EXCLUDED);
    const dest = relative(config.source, config.destination).split(sep).join('/');
    if (dest && !dest.startsWith('..')) never.add(dest);
    for (const file of config.configFiles) {
      const cfg = relative(config.source, file).split(sep).join('/');
      if (cfg && !cfg.startsWith('..')) never.add(cfg);
    }
    for (const path of never) {
      const top = topOf(path);
      const list = this.never.get(top);
      if (list) list.push(path);
      else this.never.set(top, [path]);
    }
    // Compiled once a build, not once a file. As Jekyll's EntryFilter: what `include` lists word
    // for word is taken out of `exclude` (`include: [node_modules]` reads it all).
    this.exclude = patterns(config.exclude.filter((entry) => !config.include.includes(entry)));
    this.include = patterns(config.include);
    this.includedFiles = new Set(config.include.map((entry) => entry.replace(/^\/+/, '')));
  }

  /** False for a folder kiln must not descend into. */
  walksInto(path: string): boolean {
    if (this.isNever(path)) return false;
    // Jekyll's include tag reads `_includes/NAME` itself: no exclude or special name hides one.
    if (path === INCLUDES || isInside(path, INCLUDES)) return true;
    // Jekyll lists `_layouts/**/*.*` itself, a glob that skips dot folders.
    if (path === LAYOUTS || isInside(path, LAYOUTS)) return !path.includes('/.');
    if (this.holdsIncludedFile(path)) return true;
    if (path === DATA || isInside(path, DATA)) return dataKind(path) !== null;
    // A collection is read from its own folder, whatever `exclude:` says of the folders it is in:
    // its files are filtered one by one (walkedKind), every folder of it is listed.
    if (this.collectionOf(path) || this.holdsCollections(path)) return true;
    if (this.excluded(path, true)) return false;
    // Inside _layouts, _data, … every folder is read; inside _posts and _drafts, the folders
    // Jekyll's post reader lists; elsewhere `_` and `.` folders are not, except `_posts` and
    // `_drafts` in any folder (`news/_posts/`), as in Jekyll.
    const top = topOf(path);
    if (this.i18n && top === I18N) return !path.split('/').some((part) => part.startsWith('.'));
    const inside = this.listedFolder(path);
    if (inside !== null) return inside === '' || this.listedInside(inside, true);
    if ((SPECIAL_FOLDERS.has(top) && this.special(top)) || postFolderAt(path, this.dir) >= 0) return true;
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (dotEnded(name)) return false;
    return !hidden(name) || this.included(name, true);
  }

  /** The kind of a file, or null when it is not site input. */
  kindOf(path: string): SourceKind | 'document' | null {
    if (this.isNever(path)) return null;
    if (isInside(path, INCLUDES)) return 'include';
    if (isInside(path, LAYOUTS)) return this.isLayout(path.slice(LAYOUTS.length + 1)) ? 'layout' : null;
    const collection = this.collectionOf(path);
    const kind = isInside(path, DATA)
      ? dataKind(path)
      : collection
        ? this.collectionKind(path.slice(collection.folder.length + 1), collection.label)
        : this.excluded(path)
          ? null
          : this.walkedKind(path);
    // A file `include:` names is a page or static file even in an excluded or `_` folder, as
    // Jekyll 4 reads each after the walk.
    return kind === null && this.includedFiles.has(path) ? 'document' : kind;
  }

  /**
   * Whether a file at `inside` (its path in `_layouts/`) is a layout, as Jekyll's LayoutReader
   * judges it: its name has an extension (a `*.*` glob), and its EntryFilter sees the path inside
   * `_layouts/` as if it were from the source (`exclude: [ex.html]` takes `_layouts/ex.html`).
   * Also used for a theme's layouts.
   */
  isLayout(inside: string): boolean {
    const name = inside.slice(inside.lastIndexOf('/') + 1);
    if (name.lastIndexOf('.') <= 0 || name.endsWith('.') || inside.split('/').some((part) => part.startsWith('.')))
      return false;
    const included = this.included(inside) || this.included(name);
    if (!included && this.exclude.some((pattern) => matches(pattern, inside))) return false;
    return included || !(hidden(inside) || hidden(name));
  }

  /** Whether a folder holds a file `include:` names (the walk goes in to find it). */
  private holdsIncludedFile(folder: string): boolean {
    for (const file of this.includedFiles) if (isInside(file, folder)) return true;
    return false;
  }

  /** The kind of a file the walk reaches (not excluded). */
  private walkedKind(path: string): SourceKind | 'document' | null {
    const top = topOf(path);
    if (this.i18n && top === I18N) return this.i18nKind(path);
    const special = top.length < path.length && this.special(top) ? SPECIAL_FOLDERS.get(top) : undefined;
    const name = path.slice(path.lastIndexOf('/') + 1);
    const listed = this.listedFolder(path);
    if (listed) return this.listedInside(listed) ? (special ?? this.postKind(path)) : null;
    if (special) return hidden(name) ? null : special;
    const skipped = (part: string, i: number, all: string[]) =>
      dotEnded(part) || (hidden(part) && !this.included(part, i < all.length - 1));
    if (path.split('/').some(skipped)) return null;
    return 'document';
  }

  /**
   * Whether a file of a collection is read, as Jekyll's collection reader filters each path
   * `inside` its folder (never the folders on the way): `exclude:` is matched against
   * `_LABEL/inside`, without `collections_dir` (`exclude: [col]` keeps the collection), and what
   * `include:` names by that path or by name is read though it starts like a hidden name.
   */
  private collectionKind(inside: string, label: string): 'collection' | null {
    const name = inside.slice(inside.lastIndexOf('/') + 1);
    // A name ending with a period is left out first, even when `include:` names it.
    if (dotEnded(name)) return null;
    if (this.included(inside) || this.included(name)) return 'collection';
    if (this.exclude.some((pattern) => matches(pattern, `_${label}/${inside}`))) return null;
    return hidden(inside) || hidden(name) ? null : 'collection';
  }

  /**
   * The part of `path` inside a `_posts` or `_drafts` folder (`''` for the folder itself), or
   * null when it is not in one.
   */
  private listedFolder(path: string): string | null {
    const top = topOf(path);
    if (LISTED.has(top) && this.special(top)) return path.slice(top.length + 1);
    const at = postFolderAt(path, this.dir);
    if (at < 0) return null;
    const parts = path.split('/');
    return parts.slice(at + 1).join('/');
  }

  /** A post or a draft, by the nested `_posts` or `_drafts` folder it is in. */
  private postKind(path: string): SourceKind {
    return SPECIAL_FOLDERS.get(path.split('/')[postFolderAt(path, this.dir)]!)!;
  }

  /**
   * Whether Jekyll reads `inside`, a path in a `_posts` or `_drafts` folder: its reader lists the
   * folder with a `Dir` glob of every depth, which never enters a dot folder, and filters each
   * path by its first character and by its name, so `_posts/_unpublished/x.md` is left out and
   * `_posts/2019/_old/x.md` is not. What `include:` names, by that path or by name, is read.
   */
  private listedInside(inside: string, folder = false): boolean {
    if (inside.split('/').some((part) => part.startsWith('.'))) return false;
    const name = inside.slice(inside.lastIndexOf('/') + 1);
    if (this.included(inside, folder) || this.included(name, folder)) return true;
    return !SPECIAL_START.test(inside) && (folder || !hidden(name));
  }

  /**
   * A file under `_i18n/` (jekyll-multiple-languages): a post in `_i18n/LANG/_posts/`, anything
   * else (translations, `{% tf %}` files) static, which no language's build writes
   * (plugins/multiple-languages.ts). Dot names are left out, as the plugin's Dir glob leaves them.
   */
  private i18nKind(path: string): SourceKind | null {
    const parts = path.split('/');
    if (parts.some((part) => part.startsWith('.'))) return null;
    if (parts.length > 3 && parts[2] === '_posts' && this.i18n!.has(parts[1]!)) return 'post';
    return 'static';
  }

  /** The collection a path is inside of (its folder and label), or null. */
  collectionOf(path: string): { folder: string; label: string } | null {
    for (const [folder, label] of this.collections) if (path.startsWith(`${folder}/`)) return { folder, label };
    return null;
  }

  // `_posts` and `_drafts` count at the top only without a collections_dir (they live in it otherwise).
  private special(top: string): boolean {
    return !this.dir || (top !== '_posts' && top !== '_drafts');
  }

  // A folder on the way to a collection's (collections_dir, or the collection folder itself).
  private holdsCollections(path: string): boolean {
    for (const folder of this.collections.keys()) if (folder === path || folder.startsWith(`${path}/`)) return true;
    return false;
  }

  private isNever(path: string): boolean {
    const list = this.never.get(topOf(path));
    if (list) for (const n of list) if (path === n || isInside(path, n)) return true;
    return false;
  }

  // As Jekyll: an excluded entry whose own name `include` lists is read (`include: [keep.txt]` with `exclude: ["*.txt"]`).
  // Jekyll asks it of each folder on the way down, then of the file: `?` leaves out `x/y.md`.
  private excluded(path: string, folder = false): boolean {
    for (let end = path.indexOf('/'); ; end = path.indexOf('/', end + 1)) {
      const last = end < 0;
      const entry = last ? path : path.slice(0, end);
      const isFolder = last ? folder : true;
      if (
        this.exclude.some((pattern) => matches(pattern, entry, isFolder)) &&
        !this.included(entry.slice(entry.lastIndexOf('/') + 1), isFolder)
      )
        return true;
      if (last) return false;
    }
  }

  /**
   * Whether `include` lists an entry by its own name: Jekyll's EntryFilter asks it of each name in
   * a folder, so `include: [docs/_private]` never reads a `_private` folder (only `_private` does).
   */
  private included(name: string, folder = false): boolean {
    return this.include.some((pattern) => matches(pattern, name, folder));
  }
}

/**
 * Whether `include:` names a path or its file name, as Jekyll's EntryFilter asks when a plugin
 * wants to know if the site asked for a file (`include: [README.md]`).
 */
export function includeMatcher(include: readonly string[]): (path: string) => boolean {
  const list = patterns(include);
  return (path) => {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return list.some((pattern) => matches(pattern, path) || matches(pattern, name));
  };
}

/**
 * What a path in `_data` is. Jekyll's data reader lists each folder with its own globs
 * (`Dir["*.{yaml,yml,json,csv,tsv}"]`, `Dir["*"]`): `exclude`, `include` and the filter of `_`,
 * `#` and `~` names do not apply there (`_data/_defaults.yml` is `site.data._defaults`), and a
 * dot name is never listed.
 */
function dataKind(path: string): 'data' | null {
  return path.split('/').some((part) => part.startsWith('.')) ? null : 'data';
}

/** jekyll-multiple-languages' folder of translations and translated posts. */
export const I18N = '_i18n';

/** A path's first segment (the whole path when it has one). */
function topOf(path: string): string {
  const slash = path.indexOf('/');
  return slash < 0 ? path : path.slice(0, slash);
}

/** Whether `path` is inside the folder `folder` (`folder/…`). */
function isInside(path: string, folder: string): boolean {
  return path.length > folder.length && path.charCodeAt(folder.length) === 47 && path.startsWith(folder);
}

/**
 * The index of the path segment that is a nested `_posts` or `_drafts` folder (`news/_posts/…`
 * → 1), or -1. The folders above it give the posts their first categories. With a
 * `collections_dir` (`dir`), only the folders in it count (`my/_posts/…` → 1).
 */
export function postFolderAt(path: string, dir = ''): number {
  const parts = path.split('/');
  const first = dir ? dir.split('/').length : 0;
  if (dir && !path.startsWith(`${dir}/`)) return -1;
  if (first === 0 && hidden(parts[0]!)) return -1;
  for (let i = first; i < parts.length; i++) {
    if (i > 0 && (parts[i] === '_posts' || parts[i] === '_drafts')) return i;
    if (hidden(parts[i]!)) return -1;
  }
  return -1;
}

/** The folder a collection's files are in: `_LABEL`, under `collections_dir` when there is one. */
export function collectionFolder(config: Config, label: string): string {
  return config.collectionsDir ? `${config.collectionsDir}/_${label}` : `_${label}`;
}

/** The folders of posts, whose files Jekyll lists through its EntryFilter, path by path. */
const LISTED = new Set(['_posts', '_drafts']);

// Jekyll's EntryFilter: a leading `_`, `.`, `#` or `~` (`~$report.docx`, an Office lock file).
const SPECIAL_START = /^[_.#~]/;

// Jekyll leaves out special names and editor backups ending in `~`.
function hidden(name: string): boolean {
  return SPECIAL_START.test(name) || name.endsWith('~');
}

// Jekyll's EntryFilter takes a name ending with a period for `.` or `..` and leaves it out, even
// when `include:` names it (a file it names by its path is still read after the walk).
function dotEnded(name: string): boolean {
  return name.endsWith('.');
}

/**
 * A Jekyll exclude/include entry as its EntryFilter reads one, joined to the source folder: a
 * path matches when the entry is a prefix of it as text (`docs` takes `docs/`, `docs.html` and
 * `docs-old/`), when the entry is a `File.fnmatch` pattern without flags that matches it (`*` and
 * `?` go over `/`: `*.psd` takes `art/x.psd`), or when the entry is the folder's path and a `/`.
 */
interface Pattern {
  /** The entry as File.join puts it after the source folder: without its leading `/`s (`./` stays). */
  readonly text: string;
  /** The entry as a `File.fnmatch` pattern, where it has `*`, `?`, `[` or `\\`. */
  readonly glob: RegExp | null;
}

function patterns(entries: readonly string[]): Pattern[] {
  return entries.map((entry) => {
    const text = entry.replace(/^\/+/, '');
    return { text, glob: /[*?[\\]/.test(text) ? rubyPattern(text, false) : null };
  });
}

/** Whether `pattern` takes `path` (relative to the source; `folder` when it is a folder). */
function matches(pattern: Pattern, path: string, folder = false): boolean {
  return path.startsWith(pattern.text) || pattern.glob?.test(path) === true || (folder && pattern.text === `${path}/`);
}
