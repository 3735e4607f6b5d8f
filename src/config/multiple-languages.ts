import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ConfigFail, MultipleLanguagesConfig } from './types.js';
import { describe } from './values.js';

/**
 * jekyll-multiple-languages' keys, checked where the plugin would fail or build another site
 * than kiln builds: `languages:` a list of at least one language, each with its `_i18n/LANG.yml`
 * (the plugin stops on a missing one), `exclude_from_localizations:` a list. Its
 * `default_locale_in_subfolder: true` and a `collections_dir` are not built (README: Plugins).
 */
export function readMultipleLanguages(
  raw: Readonly<Record<string, unknown>>,
  source: string,
  fail: ConfigFail,
): MultipleLanguagesConfig {
  const v = raw.languages;
  if (v === undefined || v === null)
    throw fail('jekyll-multiple-languages needs languages: a list such as [en, es], the default first', 'languages');
  if (!Array.isArray(v))
    throw fail(
      `languages must be a list such as [en, es] (jekyll-multiple-languages), not ${describe(v)}`,
      'languages',
    );
  if (v.length === 0) throw fail('languages must list at least one language (jekyll-multiple-languages)', 'languages');
  const languages = v.map((l) => {
    if (typeof l === 'object' || l === false || l === '' || /[/\\]|^\.\.?$/.test(String(l)))
      throw fail(`languages: ${describe(l)} is not a language name such as en`, 'languages');
    return String(l);
  });
  // The plugin builds a language listed twice twice (the default the second time over the language before it).
  const twice = languages.find((l, i) => languages.indexOf(l) !== i);
  if (twice !== undefined) throw fail(`languages: "${twice}" is listed twice`, 'languages');
  for (const lang of languages)
    if (!existsSync(join(source, '_i18n', `${lang}.yml`)))
      throw fail(`languages: no _i18n/${lang}.yml, which holds the translations of "${lang}"`, 'languages');
  const subfolder = raw.default_locale_in_subfolder;
  if (subfolder !== undefined && subfolder !== null && subfolder !== false)
    throw fail(
      'default_locale_in_subfolder is not built into kiln: the default language is written at the root',
      'default_locale_in_subfolder',
    );
  if (raw.collections_dir !== undefined && raw.collections_dir !== null && raw.collections_dir !== '')
    throw fail('collections_dir is not built into kiln together with jekyll-multiple-languages', 'collections_dir');
  const excluded = raw.exclude_from_localizations;
  if (excluded !== undefined && excluded !== null && !Array.isArray(excluded))
    throw fail(
      `exclude_from_localizations must be a list of paths, such as [css, images], not ${describe(excluded)}`,
      'exclude_from_localizations',
    );
  return { languages, excludeFromLocalizations: (excluded ?? []).map(String) };
}
