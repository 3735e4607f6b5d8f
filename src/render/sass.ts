import { createHash } from 'node:crypto';
import { type Dirent, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Config } from '../config/types.js';
import { KilnError } from '../shared/errors.js';
import { globPaths } from '../shared/ruby-glob.js';
import type { KeptRenders } from './kept.js';
import { type Cell, type Clock, ValueCell } from './reads.js';

type SassModule = typeof import('sass');

/** A compiled stylesheet: the CSS file's text and its source map (null with `sourcemap: never`). */
export interface CompiledCss {
  readonly css: string;
  readonly map: string | null;
}

/** In watch: each stylesheet's last result, reused while its text and every file it loaded are unchanged. */
export type SassMemory = Map<string, { text: string; stamps: ReadonlyMap<string, string>; result: CompiledCss }>;

/** Whether a page is a stylesheet Jekyll's sass converter compiles. */
export function isSassPage(path: string): boolean {
  return /\.s[ac]ss$/i.test(path);
}

/**
 * Jekyll's sass converter with Dart Sass: `_sass/` (or `sass.sass_dir`), `sass.load_paths` and
 * the theme's `_sass/` on the load path; the CSS ends with a `sourceMappingURL` comment when a
 * map is written. With `kept`, a stylesheet compiled by an earlier build is taken from it while
 * its text, the files it loaded and the files on the load path are the same, and Dart Sass is not
 * even loaded (loading and compiling minima's stylesheet is about 0.75 s of a build).
 */
export function createSassCompiler(config: Config, themeSass: string | null, memory?: SassMemory, kept?: KeptRenders) {
  let sass: SassModule | undefined;
  const inlined = new Map<string, { css: string; loaded: readonly string[] }>();
  // Each entry is a Dir.glob pattern, run in the source (`node_modules/*/scss`).
  const loadPaths = [...config.sass.loadPaths, config.sass.sassDir]
    .flatMap((p) => globPaths(p, config.source).map((found) => resolve(config.source, found)))
    .concat(themeSass ? [themeSass] : [])
    .filter((p, i, all) => all.indexOf(p) === i && isDir(p));
  const sourceUrl = pathToFileURL(`${config.source}${sep}`);
  // What else decides a stylesheet's CSS: the options, where it is, and which files an import can
  // find (null: too many to list, as with the site's own folder on the load path; then none is kept).
  let setting: string | null | undefined;
  const settingOf = () => {
    if (setting !== undefined) return setting;
    const listed = loadPaths.map((dir) => filesUnder(dir));
    return (setting = listed.some((l) => l === null)
      ? null
      : JSON.stringify([config.source, config.sass, loadPaths, listed]));
  };
  return {
    /** Compiles a page's body (after its template ran); errors are `FILE:LINE` of the file at fault. */
    compile(path: string, text: string, bodyLine: number): CompiledCss {
      const hit = memory?.get(path);
      if (hit && hit.text === text && [...hit.stamps].every(([file, stamp]) => stampOf(file) === stamp))
        return hit.result;
      const settings = kept ? settingOf() : null;
      const keptKey = settings === null ? undefined : kept!.key(JSON.stringify([settings, path, text]), 'sass');
      const known = keptKey === undefined ? undefined : keptCss(kept!.get(keptKey));
      if (known) {
        remember(path, text, known.loaded, known.result);
        return known.result;
      }
      sass ??= loadSass();
      const url = entryUrl(config, path);
      let out;
      try {
        out = compile(text, path.toLowerCase().endsWith('.sass'), url, config.sass.sourcemap);
      } catch (e) {
        if (!(e instanceof sass.Exception)) throw e;
        const at = e.span.url ? String(e.span.url) : url.href;
        const own = at === url.href;
        const file = own ? path : displayPath(fileURLToPath(at), config.source);
        const line = e.span.start.line + (own ? bodyLine : 1);
        throw new KilnError(`Sass: ${e.sassMessage}`, file, line, { cause: e });
      }
      const name = basename(path).replace(/\.s[ac]ss$/i, '.css');
      const css = cssText(out.css, config.sass.addCharset);
      let result: CompiledCss;
      if (out.sourceMap) {
        const map = {
          ...out.sourceMap,
          file: encodeURI(name),
          sources: out.sourceMap.sources.map((s) => (s.startsWith('file:') ? relativeUrl(sourceUrl, s) : s)),
        };
        result = { css: `${css}\n/*# sourceMappingURL=${encodeURI(`${name}.map`)} */`, map: JSON.stringify(map) };
      } else result = { css, map: null };
      const loaded = loadedFiles(out.loadedUrls, url);
      remember(path, text, loaded, result);
      if (keptKey !== undefined) {
        const files = loaded.map((file) => [file, contentHash(file)]);
        kept!.replace(keptKey, Buffer.from(JSON.stringify({ files, result })));
      }
      return result;
    },

    /**
     * Jekyll's scssify and sassify: a text compiled with the site's settings and no source map. Its
     * imports are looked for from the site's folder (libsass's `stdin` is where Jekyll runs), then
     * the load path; the files it loaded come with the CSS. The same text compiles once a build.
     */
    inline(text: string, indented: boolean): { css: string; loaded: readonly string[] } {
      const key = `${indented ? 'sass' : 'scss'}\u0000${text}`;
      let done = inlined.get(key);
      if (!done) inlined.set(key, (done = compileInline(text, indented)));
      return done;
    },
  };

  /** Dart Sass on a text with the site's style and load path, as the stylesheet at `url`. */
  function compile(text: string, indented: boolean, url: URL, sourceMap: boolean) {
    sass ??= loadSass();
    return sass.compileString(text, {
      syntax: indented ? 'indented' : 'scss',
      style: config.sass.style,
      loadPaths,
      url,
      sourceMap,
      sourceMapIncludeSources: sourceMap,
      logger: sass.Logger.silent,
    });
  }

  function compileInline(text: string, indented: boolean): { css: string; loaded: readonly string[] } {
    sass ??= loadSass();
    const url = pathToFileURL(join(config.source, 'stdin'));
    let out;
    try {
      out = compile(text, indented, url, false);
    } catch (e) {
      if (!(e instanceof sass.Exception)) throw e;
      const line = e.span.start.line + 1;
      const partial = e.span.url && e.span.url.href !== url.href ? fileURLToPath(e.span.url) : null;
      const at = partial ? `${displayPath(partial, config.source)}:${line}` : `line ${line}`;
      throw new Error(`Sass: ${e.sassMessage} (${at})`, { cause: e });
    }
    return { css: cssText(out.css, config.sass.addCharset), loaded: loadedFiles(out.loadedUrls, url) };
  }

  /** In watch, the result and a stamp of each file it loaded, to be reused while they hold. */
  function remember(path: string, text: string, loaded: readonly string[], result: CompiledCss): void {
    if (!memory) return;
    memory.set(path, { text, stamps: new Map(loaded.map((file) => [file, stampOf(file)])), result });
  }
}

/**
 * The URL a stylesheet is compiled as: an import is first looked for from its folder. Jekyll's
 * converter gives libsass the stylesheet's name in the site's folder, so in a Liquid site an
 * import starts from the site's folder (`@import "node_modules/x/x"` from `assets/css/`), then the
 * load path; a Nunjucks site's looks beside the stylesheet, as Sass does.
 */
function entryUrl(config: Config, path: string): URL {
  return pathToFileURL(join(config.source, config.templateEngine === 'liquid' ? basename(path) : path));
}

const loadSass = () => createRequire(import.meta.url)('sass') as SassModule;

/**
 * Dart Sass's CSS as libsass ends it for Jekyll: with a newline, or nothing at all when there are
 * no rules. Its compressed CSS holding non-ASCII text starts with a byte-order mark; Jekyll's
 * converter takes it away, or writes `@charset "UTF-8";` in its place with `sass.add_charset`.
 */
function cssText(css: string, addCharset: boolean): string {
  const text = css.startsWith('\uFEFF') ? `${addCharset ? '@charset "UTF-8";' : ''}${css.slice(1)}` : css;
  return text === '' ? '' : `${text}\n`;
}

/** The files a compile loaded besides its own text. */
function loadedFiles(urls: readonly URL[], own: URL): string[] {
  return urls.filter((u) => u.protocol === 'file:' && u.href !== own.href).map((u) => fileURLToPath(u));
}

/**
 * In watch, a cell for each file scssify and sassify loaded, holding its stamp: a page whose
 * filter loaded a partial renders again when the partial changes.
 */
export class SassFileCells {
  private readonly cells = new Map<string, ValueCell>();

  /** A new build: each file's stamp as it is now. */
  refresh(clock: Clock): void {
    for (const [file, cell] of this.cells) cell.update(stampOf(file), clock);
  }

  of(file: string, clock: Clock): Cell {
    let cell = this.cells.get(file);
    if (!cell) {
      this.cells.set(file, (cell = new ValueCell()));
      cell.update(stampOf(file), clock);
    }
    return cell;
  }
}

/** A kept stylesheet whose loaded files all still hold what they held when it was compiled; undefined otherwise. */
function keptCss(bytes: Buffer | undefined): { loaded: string[]; result: CompiledCss } | undefined {
  if (!bytes) return undefined;
  const { files, result } = JSON.parse(bytes.toString()) as { files: Array<[string, string]>; result: CompiledCss };
  if (!files.every(([file, hash]) => contentHash(file) === hash)) return undefined;
  return { loaded: files.map(([file]) => file), result };
}

function contentHash(file: string): string {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    return 'gone';
  }
}

/** The files under a folder, as paths inside it, sorted (an import finds a file by name among them); null when there are very many. */
function filesUnder(dir: string): string[] | null {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  if (entries.length > MAX_LISTED) return null;
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

// A theme's or a site's Sass folders hold tens of files; a load path with more is not listed.
const MAX_LISTED = 2000;

export type SassCompiler = ReturnType<typeof createSassCompiler>;

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function stampOf(file: string): string {
  try {
    const s = statSync(file);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return 'gone';
  }
}

/** A path under the source as the user sees it; elsewhere (a theme in node_modules) in full. */
function displayPath(abs: string, source: string): string {
  const rel = relative(source, abs);
  return rel.startsWith('..') ? abs : rel.split(sep).join('/');
}

/** A file URL relative to the source folder's URL, as Jekyll writes a map's `sources`. */
function relativeUrl(from: URL, to: string): string {
  const a = from.pathname.split('/').slice(0, -1);
  const b = new URL(to).pathname.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...Array(a.length - i).fill('..'), ...b.slice(i)].join('/');
}
