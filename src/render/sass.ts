import { statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Config } from '../config/types.js';
import { KilnError } from '../shared/errors.js';
import { importModule } from '../shared/import-module.js';

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
 * map is written. Loaded only for sites that have stylesheets.
 */
export async function createSassCompiler(config: Config, themeSass: string | null, memory?: SassMemory) {
  const sass: SassModule = await importModule<SassModule>('sass');
  const loadPaths = [...config.sass.loadPaths, config.sass.sassDir]
    .map((p) => (isAbsolute(p) ? p : join(config.source, p)))
    .concat(themeSass ? [themeSass] : [])
    .filter((p, i, all) => all.indexOf(p) === i && isDir(p));
  const sourceUrl = pathToFileURL(`${config.source}${sep}`);
  return {
    /** Compiles a page's body (after its template ran); errors are `FILE:LINE` of the file at fault. */
    compile(path: string, text: string, bodyLine: number): CompiledCss {
      const hit = memory?.get(path);
      if (hit && hit.text === text && [...hit.stamps].every(([file, stamp]) => stampOf(file) === stamp))
        return hit.result;
      const url = pathToFileURL(join(config.source, path));
      let out;
      try {
        out = sass.compileString(text, {
          syntax: path.toLowerCase().endsWith('.sass') ? 'indented' : 'scss',
          style: config.sass.style,
          loadPaths,
          url,
          sourceMap: config.sass.sourcemap,
          sourceMapIncludeSources: true,
          logger: sass.Logger.silent,
        });
      } catch (e) {
        if (!(e instanceof sass.Exception)) throw e;
        const at = e.span.url ? String(e.span.url) : url.href;
        const own = at === url.href;
        const file = own ? path : displayPath(fileURLToPath(at), config.source);
        const line = e.span.start.line + (own ? bodyLine : 1);
        throw new KilnError(`Sass: ${e.sassMessage}`, file, line, { cause: e });
      }
      const name = basename(path).replace(/\.s[ac]ss$/i, '.css');
      let result: CompiledCss;
      if (out.sourceMap) {
        const map = {
          ...out.sourceMap,
          file: encodeURI(name),
          sources: out.sourceMap.sources.map((s) => (s.startsWith('file:') ? relativeUrl(sourceUrl, s) : s)),
        };
        result = { css: `${out.css}\n\n/*# sourceMappingURL=${encodeURI(`${name}.map`)} */`, map: JSON.stringify(map) };
      } else result = { css: `${out.css}\n`, map: null };
      if (memory) {
        const stamps = new Map<string, string>();
        for (const u of out.loadedUrls)
          if (u.protocol === 'file:' && u.href !== url.href) stamps.set(fileURLToPath(u), stampOf(fileURLToPath(u)));
        memory.set(path, { text, stamps, result });
      }
      return result;
    },
  };
}

export type SassCompiler = Awaited<ReturnType<typeof createSassCompiler>>;

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
