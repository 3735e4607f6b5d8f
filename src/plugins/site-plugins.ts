import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Config } from '../config/types.js';
import type { SimpleTag } from '../render/templates/tags.js';
import { KilnError } from '../shared/errors.js';
import { hashBytes } from '../shared/hash.js';
import { importModule } from '../shared/import-module.js';
import { unsafeOutputPath } from '../shared/output-path.js';
import type { SourceFile } from '../source/types.js';

/** A tag a site's plugin adds: its markup (the text after the tag's name) and the template's variables → HTML. */
export type PluginTagFunction = (markup: string, vars: Readonly<Record<string, unknown>>) => unknown;
/** A filter a site's plugin adds: `{{ input | name: a, b }}` → fn(input, a, b). */
export type PluginFilterFunction = (input: unknown, ...args: unknown[]) => unknown;
/** A generator: the `site` templates see (every page rendered) → files to write beside them. */
export type PluginGenerator = (
  site: Readonly<Record<string, unknown>>,
) => ReadonlyArray<{ readonly path: string; readonly text: string }>;

/** What a plugin module's default export is handed. */
export interface PluginApi {
  tag(name: string, render: PluginTagFunction): void;
  filter(name: string, fn: PluginFilterFunction): void;
  generator(fn: PluginGenerator): void;
}

/** Everything the site's JavaScript plugins registered. */
export interface SitePlugins {
  readonly tags: ReadonlyMap<string, SimpleTag>;
  readonly filters: ReadonlyMap<string, PluginFilterFunction>;
  readonly generators: ReadonlyArray<{ readonly file: string; readonly run: PluginGenerator }>;
  /** Which plugin files (by content) these came from: rendered pages hold while it is the same. */
  readonly key: string;
}

export const NO_PLUGINS: SitePlugins = { tags: new Map(), filters: new Map(), generators: [], key: '' };

const NAME = /^[A-Za-z_][\w-]*$/;

/**
 * Loads `_plugins/*.js` and `_plugins/*.mjs` (ES modules), in path order. Each default-exports a
 * function that is handed a PluginApi. A module is imported again only when its bytes change.
 */
export async function loadSitePlugins(config: Config, files: readonly SourceFile[]): Promise<SitePlugins> {
  const modules = files.filter((f) => f.kind === 'plugin' && /^_plugins\/[^/]+\.m?js$/.test(f.path));
  if (modules.length === 0) return NO_PLUGINS;
  const tags = new Map<string, SimpleTag>();
  const filters = new Map<string, PluginFilterFunction>();
  const generators: Array<{ file: string; run: PluginGenerator }> = [];
  const owner = new Map<string, string>();
  const hashes: string[] = [];
  for (const file of modules) {
    const hash = hashBytes(file.bytes);
    hashes.push(`${file.path}:${hash}`);
    const url = `${pathToFileURL(join(config.source, file.path)).href}?v=${hash}`;
    let register: unknown;
    try {
      register = (await importModule<{ default?: unknown }>(url)).default;
    } catch (e) {
      throw pluginError(e, file.path, url);
    }
    if (typeof register !== 'function')
      throw new KilnError(
        'a plugin must export a default function, e.g. export default function (kiln) { kiln.tag(…) }',
        file.path,
      );
    const claim = (kind: string, name: string) => {
      if (!NAME.test(name))
        throw new KilnError(`${kind} name "${name}" is not a name (letters, digits, _ and -)`, file.path);
      const before = owner.get(`${kind} ${name}`);
      if (before) throw new KilnError(`${kind} "${name}" is already added by ${before}`, file.path);
      owner.set(`${kind} ${name}`, file.path);
    };
    const api: PluginApi = {
      tag(name, render) {
        claim('tag', name);
        // Liquid hands the markup as written; Nunjucks its arguments' values, joined by spaces.
        tags.set(name, (vars, args) => {
          let out: unknown;
          try {
            out = render(args.map((a) => String(a ?? '')).join(' '), vars);
          } catch (e) {
            throw thrownBy(e, `tag ${name}`, file.path, url);
          }
          return out === undefined || out === null ? '' : String(out);
        });
      },
      filter(name, fn) {
        claim('filter', name);
        filters.set(name, (input, ...args) => {
          try {
            return fn(input, ...args);
          } catch (e) {
            throw thrownBy(e, `filter ${name}`, file.path, url);
          }
        });
      },
      generator(fn) {
        generators.push({ file: file.path, run: fn });
      },
    };
    try {
      (register as (api: PluginApi) => void)(api);
    } catch (e) {
      throw pluginError(e, file.path, url);
    }
  }
  return { tags, filters, generators, key: hashes.join('\n') };
}

/** The files the generators make: each path checked as any output's. */
export function runGenerators(
  plugins: SitePlugins,
  site: Readonly<Record<string, unknown>>,
): Array<{ path: string; source: string; text: string }> {
  const out: Array<{ path: string; source: string; text: string }> = [];
  for (const g of plugins.generators) {
    let made: ReturnType<PluginGenerator>;
    try {
      made = g.run(site);
    } catch (e) {
      throw pluginError(e, g.file);
    }
    for (const m of made ?? []) {
      const path = String(m.path).replace(/^\/+/, '');
      const unsafe = unsafeOutputPath(path);
      if (unsafe) throw new KilnError(`a generator's file ${m.path} cannot be written (${unsafe})`, g.file);
      out.push({ path, source: g.file, text: String(m.text) });
    }
  }
  return out;
}

/** A plugin's error as `FILE:LINE: message`, the line taken from where it was thrown in that file. */
function pluginError(e: unknown, file: string, url?: string): KilnError {
  if (e instanceof KilnError) return e;
  const err = e instanceof Error ? e : new Error(String(e));
  return new KilnError(`plugin: ${described(err)}`, file, lineIn(err, url), { cause: e });
}

/**
 * What a plugin's tag or filter threw while a template ran: a plain error, so that the template
 * layer puts the template's `FILE:LINE` in front; its message names the tag or filter and the
 * plugin's file and line (no stack trace).
 */
function thrownBy(e: unknown, what: string, file: string, url: string): Error {
  if (e instanceof KilnError) return e;
  const err = e instanceof Error ? e : new Error(String(e));
  const line = lineIn(err, url);
  return new Error(`${what} (${file}${line ? `:${line}` : ''}): ${described(err)}`, { cause: e });
}

/** The line of the plugin's file (by its URL; any file's without one) where an error was thrown. */
function lineIn(err: Error, url?: string): number | undefined {
  const base = url ? url.replace(/\?.*$/, '') : undefined;
  for (const m of (err.stack ?? '').matchAll(/(file:\/\/[^\s)]+?)(?:\?v=\w+)?:(\d+):\d+/g))
    if (!base || m[1] === base) return Number(m[2]);
  return undefined;
}

/** An error's message, after its kind when that says something (`TypeError: …`). */
function described(err: Error): string {
  // Node gives no line for a syntax error in a module: its name at least says what kind it is.
  return `${err.name && err.name !== 'Error' ? `${err.name}: ` : ''}${err.message}`;
}
