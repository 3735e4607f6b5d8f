import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { ConfigFail, PolyglotConfig } from './types.js';
import { describe } from './values.js';

/**
 * jekyll-polyglot's keys, checked where the plugin would fail or build another site than kiln
 * builds. `languages:` defaults to [en] and `default_lang:` to en; a language is a word that can
 * name a folder of the destination.
 */
export function readPolyglot(raw: Readonly<Record<string, unknown>>, source: string, fail: ConfigFail): PolyglotConfig {
  const language = (v: unknown, key: string): string => {
    // A name goes into the plugin's patterns as it is, and names a folder of the destination.
    if (
      typeof v === 'object' ||
      typeof v === 'boolean' ||
      !/^[A-Za-z0-9_.-]+$/.test(String(v)) ||
      /^\.\.?$/.test(String(v))
    )
      throw fail(`${key}: ${describe(v)} is not a language name such as en`, key);
    return String(v);
  };
  const words = (key: string, example: string): string[] => {
    const v = raw[key];
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.some((x) => typeof x === 'object' || x === ''))
      throw fail(`${key} must be a list, such as ${example} (jekyll-polyglot), not ${describe(v)}`, key);
    return v.map(String);
  };
  const langs = raw.languages === undefined ? ['en'] : raw.languages;
  if (!Array.isArray(langs))
    throw fail(`languages must be a list such as [en, es] (jekyll-polyglot), not ${describe(langs)}`, 'languages');
  if (langs.length === 0) throw fail('languages must list at least one language (jekyll-polyglot)', 'languages');
  const languages = [...new Set(langs.map((l) => language(l, 'languages')))];
  const defaultLang = raw.default_lang === undefined ? 'en' : language(raw.default_lang, 'default_lang');
  // The plugin adds a `/` to a folder's name (as it finds it from where Jekyll runs: the source, usually).
  const excludeFromLocalization = words('exclude_from_localization', '[css, assets]').map((e) =>
    !e.endsWith('/') && isFolder(join(source, e)) ? `${e}/` : e,
  );
  const langVars = words('lang_vars', '[locale]');
  // The plugin puts these into its link patterns as they are written: Jekyll fails on one that is no pattern.
  for (const [key, entries] of [
    ['exclude', Array.isArray(raw.exclude) ? raw.exclude : []],
    ['exclude_from_localization', excludeFromLocalization],
    ['baseurl', [raw.baseurl ?? '']],
    ['url', [raw.url ?? '']],
  ] as const)
    for (const entry of entries)
      if (!isPattern(String(entry)))
        throw fail(
          `${key}: ${describe(entry)} cannot be matched with jekyll-polyglot, which reads it as a pattern (Jekyll fails on it too)`,
          key,
        );
  return {
    languages,
    defaultLang,
    excludeFromLocalization,
    langVars,
    parallel: onOff(raw, 'parallel_localization', true, fail),
    langFromPath: onOff(raw, 'lang_from_path', false, fail),
  };
}

/** A switch the plugin reads as Ruby's truth: unset is its default, an empty value (nil) is off. */
function onOff(raw: Readonly<Record<string, unknown>>, key: string, unset: boolean, fail: ConfigFail): boolean {
  const v = raw[key];
  if (v === undefined) return unset;
  if (v === null || typeof v === 'boolean') return v === true;
  throw fail(`${key} must be true or false (jekyll-polyglot), not ${describe(v)}`, key);
}

function isPattern(text: string): boolean {
  try {
    new RegExp(`(?!${text})`);
    return true;
  } catch {
    return false;
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
