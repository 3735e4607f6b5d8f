import { existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { applyDefaults } from '../model/front-matter-defaults.js';
import { isHtmlPage } from '../model/page.js';
import { comparePages } from '../model/page-order.js';
import type { PluginPage, Site } from '../model/types.js';
import { isPlainObject } from '../render/templates/liquid/equals.js';
import { KilnError } from '../shared/errors.js';
import { lineOfKey } from '../source/front-matter.js';
import type { Document } from '../source/types.js';
import { isXmlChar } from './html/references.js';

export type Obj = Readonly<Record<string, unknown>>;

/** A file a plugin generates: its path under the destination and its text. */
export interface Generated {
  readonly path: string;
  readonly text: string;
}

/** A mapping's fields, or none for anything else (Liquid's `x.key` on a non-hash is nil). */
export function obj(v: unknown): Obj {
  return v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) ? (v as Obj) : {};
}

/** Liquid's truth: everything but nil and false. */
export function liquidTruthy(v: unknown): boolean {
  return v !== undefined && v !== null && v !== false;
}

/**
 * What Liquid's `default` filter keeps: not nil, false, or empty (`empty?`: a text, list or hash).
 * The plugins' Ruby (`a || b`) and Liquid `if` keep an empty one: liquidTruthy, rubyOr.
 */
export function present(v: unknown): boolean {
  if (!liquidTruthy(v)) return false;
  if (typeof v === 'string' || Array.isArray(v)) return v.length > 0;
  return !isPlainObject(v) || Object.keys(v).length > 0;
}

/** Ruby's `a || b || …`: the first value that is not nil or false, else the last. */
export function rubyOr(...values: readonly unknown[]): unknown {
  return values.find(liquidTruthy) ?? values.at(-1);
}

/**
 * Whether site.pages or site.static_files has a file at this URL: jekyll-sitemap leaves its
 * sitemap.xml and robots.txt to such a file (a sitemap.xml with another permalink does not count).
 */
export function siteHasUrl(site: Site, url: string): boolean {
  return site.pages.some((p) => p.url === url) || site.staticFiles.some((s) => !s.unlisted && s.url === url);
}

/**
 * Whether the source folder holds a file or folder at this path, whether the site reads it or not
 * (`exclude:`, `published: false`, polyglot's `exclude_from_localization`): jekyll-feed and
 * jekyll-redirect-from look on disk, not at the pages (a page elsewhere with this permalink does
 * not count). The path is joined as Jekyll's `in_source_dir` joins it: `..` stays in the source.
 */
export function sourceFolderHas(site: Site, path: string): boolean {
  return existsSync(join(site.config.source, posix.resolve('/', path)));
}

/** Pages in the order Jekyll sorts site.pages: by file name, pages of one name in the order their folders are read. */
export function byName<T extends { readonly path: string }>(pages: readonly T[]): T[] {
  return [...pages].sort((a, b) => comparePages({ path: a.path }, { path: b.path }));
}

/**
 * The site's own pages in site.pages' order: by file name, unless jekyll-polyglot placed them
 * (a translation takes the place of the page it replaces: model/coordinate.ts).
 */
export function inSiteOrder<T extends { readonly path: string }>(polyglot: boolean, pages: readonly T[]): T[] {
  return polyglot ? [...pages] : byName(pages);
}

/**
 * A page a plugin adds to site.pages: its data with the `defaults:` for its path and type `pages`
 * under it, as Jekyll's page hash merges them (a nil of the plugin's leaves a default's value).
 * In site.html_pages as a page of the site would be, by its name (its source's) and `permalink`.
 */
export function pluginPage(
  site: Site,
  path: string,
  url: string,
  name: string,
  data: Readonly<Record<string, unknown>>,
  staticFiles = false,
): PluginPage {
  const merged: Record<string, unknown> = { ...applyDefaults(site.config, path, 'pages', {}) };
  for (const [key, value] of Object.entries(data))
    if ((value !== null && value !== undefined) || !(key in merged)) merged[key] = value;
  const html = isHtmlPage({ path: name, url, isMarkdown: false, data: merged });
  return { path, url, name, data: merged, html, ...(staticFiles && { staticFiles }) };
}

/**
 * A front-matter time a plugin prints with `date_to_xmlschema` (`last_modified_at`): one it cannot
 * read (`yesterday`, `2020-13-45`) fails the build, as in Jekyll, but at the key's line of the
 * file that holds it (Jekyll names only the feed or sitemap).
 */
export function printedTime<T>(
  print: (value: unknown) => T,
  value: unknown,
  from: { readonly path: string; readonly doc: Document } | undefined,
  key: string,
): T {
  try {
    return print(value);
  } catch (error) {
    if (!from || error instanceof KilnError || !(error instanceof Error)) throw error;
    throw new KilnError(`${key}: ${error.message}`, from.path, lineOfKey(from.doc, key));
  }
}

/**
 * A value jekyll-feed's or jekyll-sitemap's template writes into an attribute (or a stylesheet
 * line's `href`) unescaped, a URL or a `lang`, made well-formed: an `&` that starts no reference
 * XML knows (a category "Food & Drink" in a post's URL, Jekyll's default permalink) is `&amp;`,
 * `<` is `&lt;` and `"` is `&quot;`. Where Jekyll's bytes are well-formed this changes nothing;
 * where they are not, kiln writes XML a reader can parse instead of failing the build.
 */
export function xmlAttribute(value: string): string {
  return value.replace(/&(?:(?:amp|lt|gt|quot|apos);|#(\d+);|#x([\da-fA-F]+);)?|[<"]/g, (m, dec, hex) => {
    if (m === '<') return '&lt;';
    if (m === '"') return '&quot;';
    if (m.length === 1) return '&amp;';
    if (dec === undefined && hex === undefined) return m;
    return isXmlChar(dec !== undefined ? Number(dec) : Number.parseInt(hex, 16)) ? m : `&amp;${m.slice(1)}`;
  });
}
