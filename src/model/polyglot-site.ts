import type { PolyglotPass } from '../config/types.js';
import { KilnError } from '../shared/errors.js';
import { coordinate, type Localizable } from './coordinate.js';

/** Posts or documents of one language's build (coordinate.ts), each with its `permalink` set as the plugin sets it. */
export function coordinated<T extends Localizable>(items: readonly T[], pass: PolyglotPass): T[] {
  return coordinate(items, pass).map(({ item, permalink }) => ({ ...item, data: { ...item.data, permalink } }));
}

/**
 * `site.data` of a language's build: the default language's data (`_data/en/…`), then the active
 * one's, merged over the rest, mappings key by key at every depth.
 */
export function languageData(data: Record<string, unknown>, pass: PolyglotPass): Record<string, unknown> {
  let out = data;
  for (const lang of [pass.settings.defaultLang, pass.lang]) {
    if (!Object.hasOwn(out, lang)) continue;
    const own = out[lang];
    if (!isMapping(own))
      throw new KilnError(
        `site.data.${lang} must be a mapping (jekyll-polyglot merges it into site.data), not ${Array.isArray(own) ? 'a list' : 'a value'}`,
        `_data/${lang}`,
      );
    out = merged(out, own);
  }
  return out;
}

function merged(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const was = out[k];
    out[k] = isMapping(was) && isMapping(v) ? merged(was, v) : v;
  }
  return out;
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
