import type { PolyglotConfig, PolyglotPass } from '../config/types.js';
import { KilnError } from '../shared/errors.js';
import { lineOfKey } from '../source/front-matter.js';
import type { Document } from '../source/types.js';
import type { FrontMatter } from './types.js';

/** What jekyll-polyglot reads of a page or document to place it in a language's build. */
export interface Localizable {
  readonly url: string;
  readonly data: FrontMatter;
  /** Jekyll's `relative_path`: a page's from the source, a document's from the collections' folder. */
  readonly relativePath: string;
  readonly doc: Document;
}

/**
 * jekyll-polyglot's coordination, after Jekyll read the site: each item's URL without its
 * language marker (`/es/`, `.es.`) is its `permalink`, and of the items sharing one, the active
 * language's is built, else the default's (another language's only when neither has it). The
 * items are taken in their order and `pass.fileLangs` is shared by every list of the pass: a
 * later item of a URL replaces an earlier one in its place, unless the earlier one's language
 * already settled it. `lang-exclusive` leaves an item out of the other languages.
 */
export function coordinate<T extends Localizable>(
  items: readonly T[],
  pass: PolyglotPass,
): Array<{ item: T; permalink: string }> {
  const { settings, lang: active, fileLangs } = pass;
  const marker = markerOf(settings);
  const approved = new Map<string, { item: T; permalink: string }>();
  for (const item of items) {
    const own = item.data.lang;
    const lang =
      own !== undefined && own !== null && own !== false ? own : (langOfPath(item, settings) ?? settings.defaultLang);
    const url = item.url.replace(marker, '/');
    const taken = fileLangs.get(url);
    if (taken === active) continue;
    if (taken === settings.defaultLang && lang !== active) continue;
    if (!exclusiveTo(item, active)) continue;
    approved.set(url, { item, permalink: url });
    fileLangs.set(url, lang);
  }
  return [...approved.values()];
}

/** `([/.]en[/.])|([/.]es[/.])…`: the languages' names as the plugin puts them in its pattern, unescaped. */
function markerOf(settings: PolyglotConfig): RegExp {
  return new RegExp(settings.languages.map((l) => `([\\/\\.]${l}[\\/\\.])`).join('|'), 'g');
}

// The plugin's pattern of a language folder's name (`(:?` is its own: an optional colon).
const LANGUAGE_FOLDER = /^[a-z]{2,3}(:?[_-](:?[A-Za-z]{2}){1,2}){0,2}$/;

/** `lang_from_path`: the first folder (or the second, under an `_` folder) when it is a language's name. */
function langOfPath(item: Localizable, settings: PolyglotConfig): string | null {
  if (!settings.langFromPath) return null;
  const segments = item.relativePath.split('/');
  while (segments.length > 0 && segments[segments.length - 1] === '') segments.pop();
  if (item.relativePath.startsWith('_') && segments.length > 2 && LANGUAGE_FOLDER.test(segments[1]!))
    return segments[1]!;
  if (segments.length > 1 && LANGUAGE_FOLDER.test(segments[0]!)) return segments[0]!;
  return null;
}

/** Whether `lang-exclusive` lets the active language build the item (an empty or missing list: every language). */
function exclusiveTo(item: Localizable, active: string): boolean {
  const v = item.data['lang-exclusive'];
  if (v === undefined || v === null || v === false) return true;
  // A text is searched as Ruby's String#include? does: `es` is in "es, fr".
  if (typeof v === 'string') return v === '' || v.includes(active);
  if (Array.isArray(v)) return v.length === 0 || v.some((l) => l === active);
  throw new KilnError(
    `lang-exclusive must be a list of languages, such as [es] (jekyll-polyglot), not ${Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'a mapping' : JSON.stringify(String(v))}`,
    item.doc.file.path,
    lineOfKey(item.doc, 'lang-exclusive'),
  );
}
