import { relative, sep } from 'node:path';
import { ALWAYS_EXCLUDED } from '../config/defaults.js';
import type { Config } from '../config/types.js';
import type { SourceKind } from './types.js';

const SPECIAL_FOLDERS = new Map<string, SourceKind>([
  ['_posts', 'post'],
  ['_drafts', 'draft'],
  ['_layouts', 'layout'],
  ['_includes', 'include'],
  ['_data', 'data'],
  ['_plugins', 'plugin'],
]);

/** Decides which paths under the source are site input and what kind they are. */
export class Classifier {
  private readonly never: Set<string>;

  constructor(private readonly config: Config) {
    this.never = new Set(ALWAYS_EXCLUDED);
    const dest = relative(config.source, config.destination).split(sep).join('/');
    if (dest && !dest.startsWith('..')) this.never.add(dest);
    for (const file of config.configFiles) {
      const cfg = relative(config.source, file).split(sep).join('/');
      if (cfg && !cfg.startsWith('..')) this.never.add(cfg);
    }
  }

  /** False for a folder kiln must not descend into. */
  walksInto(path: string): boolean {
    if (this.isNever(path) || this.excluded(path)) return false;
    // Inside _posts, _layouts, … every folder is read; elsewhere `_` and `.` folders are not,
    // except `_posts` and `_drafts` in any folder (`news/_posts/`), as in Jekyll.
    if (SPECIAL_FOLDERS.has(path.split('/')[0]!) || postFolderAt(path) >= 0) return true;
    const name = path.slice(path.lastIndexOf('/') + 1);
    return !hidden(name) || this.included(path);
  }

  /** The kind of a file, or null when it is not site input. */
  kindOf(path: string): SourceKind | 'document' | null {
    if (this.isNever(path) || this.excluded(path)) return null;
    const top = path.split('/')[0]!;
    const special = path.includes('/') ? SPECIAL_FOLDERS.get(top) : undefined;
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (special) return hidden(name) && name !== '.htaccess' ? null : special;
    const postFolder = postFolderAt(path);
    if (postFolder > 0) {
      const kind = SPECIAL_FOLDERS.get(path.split('/')[postFolder]!)!;
      return hidden(name) ? null : kind;
    }
    if (path.split('/').some((part) => hidden(part) && part !== '.htaccess') && !this.included(path)) return null;
    return 'document';
  }

  private isNever(path: string): boolean {
    for (const n of this.never) if (path === n || path.startsWith(`${n}/`)) return true;
    return false;
  }

  private excluded(path: string): boolean {
    return this.config.exclude.some((pattern) => matches(pattern, path));
  }

  private included(path: string): boolean {
    return this.config.include.some((pattern) => matches(pattern, path));
  }
}

/**
 * The index of the path segment that is a nested `_posts` or `_drafts` folder (`news/_posts/…`
 * → 1), or -1. The folders above it give the posts their first categories.
 */
export function postFolderAt(path: string): number {
  const parts = path.split('/');
  if (hidden(parts[0]!)) return -1;
  for (let i = 1; i < parts.length; i++) {
    if (parts[i] === '_posts' || parts[i] === '_drafts') return i;
    if (hidden(parts[i]!)) return -1;
  }
  return -1;
}

// Jekyll leaves out names starting with `_`, `.` or `#`, and editor backups ending in `~`.
function hidden(name: string): boolean {
  return /^[_.#]/.test(name) || name.endsWith('~');
}

/** Jekyll's exclude/include entries: a path, a folder prefix, or a glob with `*` and `?`. */
function matches(pattern: string, path: string): boolean {
  const p = pattern.replace(/^\.?\/+/, '').replace(/\/+$/, '');
  if (!p) return false;
  if (path === p || path.startsWith(`${p}/`)) return true;
  if (!/[*?]/.test(p)) return false;
  const re = new RegExp(
    '^' +
      p
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]') +
      '(/.*)?$',
  );
  return re.test(path) || (!p.includes('/') && re.test(path.slice(path.lastIndexOf('/') + 1)));
}
