// Ruby's file-name patterns as regular expressions, for the Jekyll settings that take them.

import { type Dirent, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * `pattern` as Ruby reads it: with `glob`, as Dir.glob (Jekyll's `defaults:` scope paths):
 * `*` and `?` within one name and never at a name's leading dot, `**` then `/` any folders
 * (none too), `{a,b}` either; without, as File.fnmatch with no flags (jekyll-relative-links'
 * `exclude`): `*` and `?` cross folders. Both: `[...]` a class (`[!...]` its complement), `\`
 * escapes.
 */
export function rubyPattern(pattern: string, glob: boolean): RegExp {
  return new RegExp(`^${source(pattern, glob)}$`);
}

function source(pattern: string, glob: boolean): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    // A name's start, where Dir.glob's wildcards take no dot.
    const dot = glob && (i === 0 || pattern[i - 1] === '/') ? '(?!\\.)' : '';
    if (c === '*') {
      if (glob && pattern[i + 1] === '*' && dot && pattern[i + 2] === '/') {
        out += '(?:(?!\\.)[^/]*/)*';
        i += 2;
        continue;
      }
      while (pattern[i + 1] === '*') i++;
      out += glob ? `${dot}[^/]*` : '[\\s\\S]*';
    } else if (c === '?') out += glob ? `${dot}[^/]` : '[\\s\\S]';
    else if (c === '\\' && i + 1 < pattern.length) out += literal(pattern[++i]!);
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) out += '\\[';
      else {
        let body = pattern.slice(i + 1, close);
        const negated = body.startsWith('!') || body.startsWith('^');
        if (negated) body = body.slice(1);
        out += `[${negated ? (glob ? '^/' : '^') : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
        i = close;
      }
    } else if (c === '{' && glob && closingBrace(pattern, i) > 0) {
      const close = closingBrace(pattern, i);
      out += `(?:${alternatives(pattern.slice(i + 1, close))
        .map((a) => source(a, glob))
        .join('|')})`;
      i = close;
    } else out += literal(c);
  }
  return out;
}

function closingBrace(pattern: string, open: number): number {
  let depth = 0;
  for (let i = open; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === '{') depth++;
    else if (pattern[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** A brace's alternatives: its body split at its own commas. */
function alternatives(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\') i++;
    else if (body[i] === '{') depth++;
    else if (body[i] === '}') depth--;
    else if (body[i] === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

const literal = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The paths Ruby's Dir.glob finds for `pattern` (run in `cwd`), in its order: braces are expanded
 * first (each alternative's finds in turn), then each name is matched in its folder, the names of
 * a folder sorted (Ruby 3's `sort: true`); `**` is any folders but dotted ones. A name without
 * wildcards is taken as it is, so a plain path is found when it exists. A pattern ending in `/`
 * finds folders only (given without that `/`).
 */
export function globPaths(pattern: string, cwd: string): string[] {
  const found: string[] = [];
  for (const one of expandBraces(pattern)) {
    const names = one.split('/').filter((n) => n !== '');
    walk(one.startsWith('/') ? '/' : '', names, 0, { cwd, found, folders: one.endsWith('/') });
  }
  return found.filter((p, i) => found.indexOf(p) === i);
}

interface Walk {
  readonly cwd: string;
  readonly found: string[];
  /** Whether only folders are found (the pattern ends in `/`). */
  readonly folders: boolean;
}

/** Matches names[i…] below `path` (as the pattern writes it; `cwd` makes it a real path). */
function walk(path: string, names: readonly string[], i: number, w: Walk): void {
  const { cwd } = w;
  if (i === names.length) {
    if (path && exists(resolve(cwd, path), w.folders)) w.found.push(path);
    return;
  }
  const name = names[i]!;
  const join = (child: string) => (path === '' ? child : path === '/' ? `/${child}` : `${path}/${child}`);
  // `**` is any folders when a name or the closing `/` follows it, else a name as `*` is.
  if (name === '**' && (i < names.length - 1 || w.folders)) {
    walk(path, names, i + 1, w);
    for (const child of childNames(resolve(cwd, path || '.'), true)) walk(join(child), names, i, w);
  } else if (/[*?[\\]/.test(name)) {
    const match = rubyPattern(name, true);
    for (const child of childNames(resolve(cwd, path || '.'), false))
      if (match.test(child)) walk(join(child), names, i + 1, w);
  } else walk(join(name), names, i + 1, w);
}

/** A folder's entries, sorted as Ruby compares names (by bytes); `folders`: only folders not starting with a dot. */
function childNames(dir: string, folders: boolean): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => !folders || (e.isDirectory() && !e.name.startsWith('.')))
    .map((e) => e.name)
    .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}

function exists(path: string, folder: boolean): boolean {
  try {
    const stat = statSync(path);
    return !folder || stat.isDirectory();
  } catch {
    return false;
  }
}

/** `{a,b}c` as `ac`, `bc`: every alternative of every brace, leftmost first. */
function expandBraces(pattern: string): string[] {
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === '{') {
      const close = closingBrace(pattern, i);
      if (close < 0) return [pattern];
      const [head, tail] = [pattern.slice(0, i), pattern.slice(close + 1)];
      return alternatives(pattern.slice(i + 1, close)).flatMap((a) => expandBraces(`${head}${a}${tail}`));
    }
  }
  return [pattern];
}
