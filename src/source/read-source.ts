import { type Dirent, lstatSync, readdirSync, readFileSync, realpathSync, type Stats, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Config } from '../config/types.js';
import { collectErrors, type KilnError, KilnWarning } from '../shared/errors.js';
import { hasFrontMatter } from '../shared/front-matter-line.js';
import { fileSystemError } from '../shared/fs-errors.js';
import { byPath } from '../shared/paths.js';
import { rubyTextCompare } from '../shared/ruby-text.js';
import { checkUtf8 } from '../shared/utf8.js';
import { Classifier } from './classify.js';
import { TextReader } from './read-texts.js';
import { hasDocumentKind, type SourceFile, type SourceKind, textFile } from './types.js';

/**
 * What reading keeps between the builds of one watch: files by path (reused while their size and
 * modification time are unchanged), and what the file watcher reported.
 */
export interface SourceMemory {
  readonly files: Map<string, { size: number; mtimeMs: number; file: SourceFile }>;
  /** Paths (relative to the source) the watcher saw change: read again whatever their stat says. */
  readonly dirty: Set<string>;
  /** The watcher is ready and reports every change from now on… */
  eventsComplete: boolean;
  /** …and `files` was listed by a full walk since then, so only reported paths need a look. */
  listed: boolean;
  /** What the last read found, in path order. */
  list?: readonly SourceFile[];
}

/** A file the walk found, to be read (unless the watch cache shows it unchanged). */
export interface ListedFile {
  readonly path: string;
  readonly kind: SourceKind | 'document';
  /** Whether the watch cache has no copy of it that may still hold (it has none, or the watcher reported it). */
  readonly anew: boolean;
}

/**
 * What a caller hears while the source is read: the files found, before any is read (so that work
 * on them can start at once), and then each file read anew, as it is read.
 */
export interface ReadHooks {
  listed(files: readonly ListedFile[]): void;
  read(file: SourceFile): void;
}

/**
 * Kinds Jekyll leaves out when it cannot read one, logging it and going on: its post reader skips
 * a file it read no content from (a page, layout or collection document fails its build).
 */
const LEFT_OUT_UNREADABLE: ReadonlySet<SourceKind | 'document'> = new Set(['post', 'draft']);

/**
 * Walks the source tree and reads every input file, in sorted path order. With a watch cache,
 * unchanged files come from the cache; once the watcher reports every change, only the paths it
 * reported are looked at instead of the whole tree. The tree is walked first, then the files are
 * read (`hooks` hears of both).
 */
export function readSource(config: Config, cache?: SourceMemory, hooks?: ReadHooks): SourceFile[] {
  const classifier = new Classifier(config);
  const found = new Map<string, SourceFile>();
  const errors: KilnError[] = [];
  const links = new Links(config);
  const texts = new TextReader();
  const listed: Array<ListedFile & { readonly abs: string }> = [];
  const add = (path: string, abs: string) => {
    const kind = classifier.kindOf(path);
    if (kind) listed.push({ path, abs, kind, anew: !cache?.files.has(path) || cache.dirty.has(path) });
  };
  const readListed = ({ path, abs, kind }: (typeof listed)[number]) => {
    const cached = cache?.files.get(path);
    const unchanged = (stat: Stats) => {
      if (!cached || cache!.dirty.has(path) || cached.size !== stat.size || cached.mtimeMs !== stat.mtimeMs)
        return false;
      found.set(path, cached.file);
      return true;
    };
    try {
      // A post, draft or layout is text whatever it holds: read as text, with no Buffer to make and
      // collect; only a file that is not UTF-8 keeps its bytes, to be reported.
      if (kind === 'post' || kind === 'draft' || kind === 'layout') {
        const read = texts.read(abs, unchanged);
        if (read) take(path, kind, read.stat, read.text, read.bytes);
      } else {
        const stat = statSync(abs);
        if (!unchanged(stat)) take(path, kind, stat, undefined, readFileSync(abs));
      }
    } catch (e) {
      errors.push(fileSystemError(e, path, 'cannot read'));
    }
  };
  /** A file read: made a source file, kept in the watch cache. */
  const take = (
    path: string,
    kind: SourceKind | 'document',
    stat: Stats,
    text: string | undefined,
    bytes: Buffer | undefined,
  ) => {
    let read: SourceFile;
    if (text !== undefined) read = textFile(path, kind as SourceKind, text, stat.mtimeMs);
    else {
      const resolved =
        kind === 'document' || kind === 'collection'
          ? hasFrontMatter(bytes!)
            ? kind === 'document'
              ? 'page'
              : 'collection'
            : 'static'
          : kind;
      let unreadable: KilnWarning | undefined;
      if (resolved !== 'static') {
        try {
          checkUtf8(bytes!, path);
        } catch (e) {
          const error = e as KilnError;
          if (!LEFT_OUT_UNREADABLE.has(resolved)) {
            errors.push(error);
            return;
          }
          unreadable = new KilnWarning(
            error.message,
            error.file,
            error.line,
            'left out of the site, as Jekyll leaves it',
          );
        }
      }
      read = unreadable
        ? { path, kind: resolved, bytes: bytes!, mtimeMs: stat.mtimeMs, unreadable }
        : hasDocumentKind(resolved)
          ? textFile(path, resolved, bytes!.toString('utf8'), stat.mtimeMs)
          : { path, kind: resolved, bytes: bytes!, mtimeMs: stat.mtimeMs };
    }
    // Saved again as it was: the same input, so everything made from it still holds.
    const before = cache?.files.get(path)?.file;
    const file = before && sameInput(before, read) ? before : read;
    cache?.files.set(path, { size: stat.size, mtimeMs: stat.mtimeMs, file });
    found.set(path, file);
    if (file === read) hooks?.read(file);
  };
  const visit = (path: string, abs: string, entry: Dirent | Stats) => {
    const what = entry.isSymbolicLink()
      ? links.follow(abs)
      : entry.isDirectory()
        ? 'folder'
        : entry.isFile()
          ? 'file'
          : null;
    if (what === 'folder') {
      if (classifier.walksInto(path)) walk(abs, path);
    } else if (what === 'file') add(path, abs);
  };
  const walk = (dir: string, prefix: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      errors.push(fileSystemError(e, prefix || '.', 'cannot read the folder'));
      return;
    }
    // The folder's path then the name: what join gives for a name from the folder's listing, without its normalizing.
    const base = dir.endsWith(sep) ? dir : dir + sep;
    for (const entry of entries) visit(prefix ? `${prefix}/${entry.name}` : entry.name, base + entry.name, entry);
  };
  const fromEvents = cache?.eventsComplete && cache.listed;
  if (fromEvents) for (const path of cache.dirty) revisit(path, config.source, classifier, visit);
  else {
    walk(config.source, '');
    if (cache) cache.listed = cache.eventsComplete;
  }
  hooks?.listed(listed);
  for (const file of listed) readListed(file);
  let list: SourceFile[] | null = null;
  if (fromEvents) {
    list = cache.list ? patched(cache.list, cache.dirty, found) : null;
    if (list) {
      for (const path of cache.dirty) if (!found.has(path)) cache.files.delete(path);
    } else {
      for (const [path, entry] of cache.files) if (!isUnder(path, cache.dirty)) found.set(path, entry.file);
    }
  }
  if (cache) {
    if (!list) for (const path of cache.files.keys()) if (!found.has(path)) cache.files.delete(path);
    cache.dirty.clear();
    cache.list = undefined;
  }
  collectErrors(errors, (e) => {
    throw e;
  });
  list ??= [...found.values()].sort(byPath);
  if (cache) cache.list = list;
  return list;
}

/**
 * The last read's list with the reported paths read again, each put in place by a binary search
 * rather than a pass over every file; null (read the long way) when a reported path is a folder.
 */
function patched(
  last: readonly SourceFile[],
  dirty: ReadonlySet<string>,
  found: ReadonlyMap<string, SourceFile>,
): SourceFile[] | null {
  for (const path of found.keys()) if (!dirty.has(path)) return null;
  const list = [...last];
  for (const path of dirty) {
    if (list[firstAtOrAfter(list, `${path}/`)]?.path.startsWith(`${path}/`)) return null;
    const at = firstAtOrAfter(list, path);
    const file = found.get(path);
    if (list[at]?.path === path) {
      if (file) list[at] = file;
      else list.splice(at, 1);
    } else if (file) list.splice(at, 0, file);
  }
  return list;
}

/** The index of the first file whose path is not before `path` (in byPath's order). */
function firstAtOrAfter(list: readonly SourceFile[], path: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rubyTextCompare(list[mid]!.path, path) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Symbolic links, the same in build and watch: a link to a file inside the source is read as
 * that file; a link to a folder is never walked (`ln -s . loop` would never end), and a link
 * out of the source, or into the destination, is not read at all.
 */
class Links {
  private readonly source: string;
  private readonly destination: string;

  constructor(config: Config) {
    this.source = realpathSync(config.source);
    this.destination = config.destination;
  }

  follow(abs: string): 'file' | null {
    let target: string;
    try {
      target = realpathSync(abs);
    } catch {
      return null; // a broken link
    }
    if (!inside(target, this.source) || inside(target, this.destination)) return null;
    try {
      return statSync(target).isFile() ? 'file' : null;
    } catch {
      return null;
    }
  }
}

function inside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel));
}

/**
 * Whether a file read again gives what it gave before: the same kind and content, and a kind
 * whose modification time nothing sees (a static file's is `modified_time`, a draft's its date).
 */
function sameInput(before: SourceFile, now: SourceFile): boolean {
  if (before.kind !== now.kind || now.kind === 'static' || now.kind === 'draft') return false;
  return now.text !== undefined ? before.text === now.text : before.bytes.equals(now.bytes);
}

function isUnder(path: string, dirty: ReadonlySet<string>): boolean {
  if (dirty.has(path)) return true;
  for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) if (dirty.has(path.slice(0, i))) return true;
  return false;
}

/**
 * A path the watcher reported: looked at as the walk would (its folders walkable, none of them a
 * link); gone, it stays out.
 */
function revisit(
  path: string,
  source: string,
  classifier: Classifier,
  visit: (path: string, abs: string, entry: Stats) => void,
): void {
  const parts = path.split('/');
  for (let i = 1; i < parts.length; i++) {
    const folder = parts.slice(0, i).join('/');
    if (!classifier.walksInto(folder)) return;
    try {
      if (!lstatSync(join(source, folder)).isDirectory()) return;
    } catch {
      return;
    }
  }
  const abs = join(source, path);
  let stat: Stats;
  try {
    stat = lstatSync(abs);
  } catch {
    return;
  }
  visit(path, abs, stat);
}
