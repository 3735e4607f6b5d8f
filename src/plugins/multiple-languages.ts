import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeBaseurl } from '../config/baseurl.js';
import type { Config, LanguagePass, SourceFileLike, UrlCache } from '../config/types.js';
import { isMarkdownPath } from '../model/permalink.js';
import type { Site } from '../model/types.js';
import { rubyToS } from '../render/templates/filters/ruby.js';
import type { LiquidTagContext, SimpleTag } from '../render/templates/tags.js';
import { KilnError } from '../shared/errors.js';
import { isJekyllFileName } from '../shared/jekyll-file-name.js';
import { parseYaml } from '../shared/yaml.js';
import { rubyKey } from '../shared/yaml-keys.js';
import { Classifier, I18N } from '../source/classify.js';
import type { Document, SourceFile } from '../source/types.js';
import type { PluginFilters } from './filters.js';

/**
 * jekyll-multiple-languages-plugin 1.7.0: the site is built once per language of `languages:`, in
 * their order, the first into the destination and each other into `LANG/` with `baseurl` +
 * `/LANG`. What each build reads: its posts from `_i18n/LANG/_posts/` instead of `_posts/`, its
 * translations from `_i18n/LANG.yml` (`{% t %}`), its files from `_i18n/LANG/` (`{% tf %}`).
 */
export interface LanguageBuild {
  readonly config: Config;
  readonly files: readonly SourceFile[];
  readonly docs: readonly Document[];
  /** Where its outputs go in the destination: '' or `LANG/`. */
  readonly prefix: string;
}

/** The builds of a site, one per language; the site itself when the plugin is off. */
export function languageBuilds(
  config: Config,
  files: readonly SourceFile[],
  docs: readonly Document[],
): LanguageBuild[] {
  const ml = config.multipleLanguages;
  if (!ml) return [{ config, files, docs, prefix: '' }];
  const i18n = new Map<string, SourceFile>();
  for (const f of files) if (f.path.startsWith(`${I18N}/`)) i18n.set(f.path, f);
  const classifier = new Classifier(config);
  const [defaultLang] = ml.languages as [string];
  // The plugin's baseurl_org: the config's, as text (nothing when unset).
  const written = config.siteData.baseurl;
  const root = written === undefined || written === null ? '' : rubyToS(written);
  const translatePosts = !ml.excludeFromLocalizations.includes('_posts');
  // Jekyll's site.filter_cache: made once, read by every language's build.
  const urlCache: UrlCache = { relative: new Map(), absolute: new Map() };
  const translations: Record<string, unknown> = {};
  return ml.languages.map((lang, i) => {
    translations[lang] = readTranslations(config, i18n, lang);
    const isDefault = i === 0;
    const baseurl = isDefault ? written : `${root}/${lang}`;
    // A static file under a path of exclude_from_localizations is written at the root only; the
    // plugin takes it out of site.static_files after rendering, so the language's pages list it.
    const rootOnly = (path: string) =>
      !isDefault &&
      !classifier.collectionOf(path) &&
      ml.excludeFromLocalizations.some((p) => path === p || path.startsWith(`${p}/`));
    const pass: LanguagePass = {
      lang,
      defaultLang,
      writtenBaseurl: written,
      translations: { ...translations },
      files: i18n,
      urlCache,
      rootOnly,
    };
    const own = (f: SourceFile) => {
      if (f.path.startsWith(`${I18N}/`))
        return translatePosts && f.kind === 'post' && f.path.startsWith(`${I18N}/${lang}/_posts/`);
      // The root _posts/ is not read when the posts are translated; `blog/_posts/` is, in every language.
      if (translatePosts && f.kind === 'post' && f.path.startsWith('_posts/')) return false;
      return true;
    };
    const passConfig: Config = Object.freeze({
      ...config,
      baseurl: normalizeBaseurl(baseurl === undefined || baseurl === null ? '' : rubyToS(baseurl)),
      languagePass: pass,
      siteData: {
        ...config.siteData,
        baseurl,
        lang,
        default_lang: defaultLang,
        baseurl_root: root,
        translations: pass.translations,
        exclude_from_localizations: config.siteData.exclude_from_localizations ?? [],
        default_locale_in_subfolder: config.siteData.default_locale_in_subfolder ?? false,
      },
    });
    return {
      config: passConfig,
      files: files.filter(own),
      docs: docs.filter((d) => own(d.file)),
      prefix: isDefault ? '' : `${lang}/`,
    };
  });
}

/** `_i18n/LANG.yml`, which the plugin loads before each language renders (config/multiple-languages.ts checked it is there). */
function readTranslations(config: Config, i18n: ReadonlyMap<string, SourceFile>, lang: string): unknown {
  const path = `${I18N}/${lang}.yml`;
  let text: string;
  try {
    text = (i18n.get(path)?.bytes ?? readFileSync(join(config.source, path))).toString('utf8');
  } catch {
    throw new KilnError(`no such file: the translations of "${lang}" (jekyll-multiple-languages)`, path);
  }
  const value = parseYaml(text, path, 1, config.templateEngine === 'liquid');
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new KilnError('translations must be a mapping of keys to texts, such as "title: Hello"', path);
  return value;
}

/**
 * `{% t %}` / `{% translate %}`, `{% tf %}` / `{% translate_file %}` and `{% tl %}` /
 * `{% translate_link %}`, in Liquid templates (the plugin's are Liquid tags; in Nunjucks they fail).
 */
export function languageTags(site: Site, f: PluginFilters): Map<string, SimpleTag> {
  const pass = site.config.languagePass;
  const tags = new Map<string, SimpleTag>();
  if (!pass) return tags;
  const tag = (name: string, liquid: NonNullable<SimpleTag['liquid']>): SimpleTag =>
    Object.assign(
      () => {
        throw new Error(`{% ${name} %} (jekyll-multiple-languages) is built for Liquid templates only`);
      },
      { liquid },
    );
  // Found once a language, when a tag first asks.
  let folders: Set<string> | undefined;
  let namespaces: Map<unknown, Namespaced[]> | undefined;
  const t = tag('t', (markup, context) => translate(pass, keyOf(markup.trim(), context)));
  const tf = tag('tf', (markup, context) =>
    translateFile(pass, (folders ??= languageFolders(pass)), markup, context, f),
  );
  const tl = tag('tl', (markup, context) =>
    translateLink(pass, (namespaces ??= byNamespace(site)), keyOf(markup, context)),
  );
  for (const [names, fn] of [
    [['t', 'translate'], t],
    [['tf', 'translate_file'], tf],
    [['tl', 'translate_link'], tl],
  ] as const)
    for (const name of names) tags.set(name, fn);
  return tags;
}

/** The plugin's reading of a tag's markup: a variable's value when it names one that is not empty, then rendered as Liquid. */
function keyOf(markup: string, context: LiquidTagContext): string {
  let value: unknown;
  try {
    value = context.value(markup);
  } catch {
    value = undefined;
  }
  const text = rubyToS(value);
  const key = text !== '' ? text : markup;
  return key.includes('{') ? context.render(key) : key;
}

/**
 * A key's translation in this language, else (nothing, or empty) the default language's. What the
 * plugin would fail on, or print as no text, is an error: no translation in either, a list or a
 * mapping, a number.
 */
function translate(pass: LanguagePass, key: string): string {
  let found = access(pass.translations[pass.lang], key);
  if (found !== undefined && typeof found !== 'string' && (typeof found !== 'object' || found === null))
    notText(key, found);
  if (found === undefined || isEmpty(found)) found = access(pass.translations[pass.defaultLang], key);
  if (found === undefined)
    throw new Error(
      `{% t ${key} %}: no translation "${key}" in _i18n/${pass.lang}.yml${pass.lang === pass.defaultLang ? '' : ` nor _i18n/${pass.defaultLang}.yml`}`,
    );
  if (typeof found !== 'string') notText(key, found);
  return found;
}

function isEmpty(v: unknown): boolean {
  return (
    v === '' || (Array.isArray(v) ? v.length === 0 : typeof v === 'object' && v !== null && Object.keys(v).length === 0)
  );
}

function notText(key: string, v: unknown): never {
  const what = Array.isArray(v) ? 'a list' : typeof v === 'object' && v !== null ? 'a mapping' : rubyToS(v);
  throw new Error(`{% t ${key} %}: the translation is ${what}, not a text (quote it in the YAML)`);
}

/** The plugin's Hash#access: dotted keys, a whole number indexing a list. */
function access(root: unknown, key: string): unknown {
  let v = root;
  for (const part of key.split('.')) {
    if (/^-?\d+$/.test(part) && String(Number.parseInt(part, 10)) === part) {
      const i = Number.parseInt(part, 10);
      if (Array.isArray(v)) v = v[i < 0 ? v.length + i : i];
      else if (typeof v === 'string') v = v[i < 0 ? v.length + i : i];
      // A hash by the Integer key (`404:`, not `"404":`), as Ruby's `ret[p.to_i]`.
      else if (typeof v === 'object' && v !== null && rubyKey(v, part) === i) v = (v as Record<string, unknown>)[part];
      else v = undefined;
    } else if (typeof v === 'object' && v !== null && !Array.isArray(v)) v = (v as Record<string, unknown>)[part];
    // Ruby's String#[] with a text: that text when it is in it.
    else if (typeof v === 'string') v = v.includes(part) ? part : undefined;
    else v = undefined;
    // Ruby's `ret[p] || ret[p.to_sym]`: false is nothing.
    if (v === undefined || v === null || v === false) return undefined;
  }
  return v;
}

/** `{% tf FILE %}`: `_i18n/LANG/FILE` (else the default language's), rendered here and converted by its extension. */
function translateFile(
  pass: LanguagePass,
  folders: ReadonlySet<string>,
  markup: string,
  context: LiquidTagContext,
  f: PluginFilters,
): string {
  const [word = '', ...params] = markup.trim().split(/\s+/);
  if (params.length > 0) throw new Error(`{% tf ${markup.trim()} %}: parameters of {% tf %} are not built into kiln`);
  const file = keyOf(word, context);
  if (!isJekyllFileName(file))
    throw new Error(
      `{% tf ${file} %}: invalid file name: a name may hold letters, digits and / . - ( ) + ~ # @, and no .. or //`,
    );
  const inFolder = (lang: string) => pass.files.get(`${I18N}/${lang}/${file}`);
  // The plugin looks in the default language's folder when this one has no such folder or file.
  const found: SourceFileLike | undefined =
    (folders.has(pass.lang) ? inFolder(pass.lang) : undefined) ?? inFolder(pass.defaultLang);
  if (!found)
    throw new Error(
      `{% tf ${file} %}: no file _i18n/${pass.lang}/${file}${pass.lang === pass.defaultLang ? '' : ` nor _i18n/${pass.defaultLang}/${file}`}`,
    );
  const ext = file.slice(file.lastIndexOf('.'));
  if (/^\.(?:scss|sass)$/i.test(ext))
    throw new Error(`{% tf ${file} %}: Sass files in {% tf %} are not built into kiln`);
  const rendered = context.render(found.bytes.toString('utf8'));
  return file.includes('.') && isMarkdownPath(file) ? f.markdownify(rendered) : rendered;
}

/** The languages with a folder under `_i18n/`. */
function languageFolders(pass: LanguagePass): Set<string> {
  const out = new Set<string>();
  for (const path of pass.files.keys()) {
    const parts = path.split('/');
    if (parts.length > 2) out.add(parts[1]!);
  }
  return out;
}

/** A page or document with a `namespace`. */
interface Namespaced {
  readonly data: Readonly<Record<string, unknown>>;
  readonly path: string;
}

/** The pages and documents by `namespace`, in the order the plugin goes through them (the last one's URL is printed). */
function byNamespace(site: Site): Map<unknown, Namespaced[]> {
  const out = new Map<unknown, Namespaced[]>();
  const add = (p: Namespaced) => {
    const ns = p.data.namespace;
    if (ns === undefined || ns === null) return;
    const list = out.get(ns);
    if (list) list.push(p);
    else out.set(ns, [p]);
  };
  site.pages.forEach(add);
  // Jekyll's posts collection holds them oldest first; then the other collections.
  for (let i = site.posts.length - 1; i >= 0; i--) add(site.posts[i]!);
  for (const c of site.collections) c.docs.forEach(add);
  return out;
}

/** `{% tl NAMESPACE [LANG] %}`: the URL of the page or document whose `namespace` is NAMESPACE. */
function translateLink(pass: LanguagePass, namespaces: ReadonlyMap<unknown, Namespaced[]>, key: string): string {
  const [namespace, lang = pass.lang] = key.split(/[ \t\n\v\f\r]+/).filter(Boolean);
  // The plugin's site.baseurl: the config's as written, in every language.
  const written = pass.writtenBaseurl;
  const baseurl = () => {
    if (written === undefined || written === null)
      throw new Error(`{% tl ${key.trim()} %}: the plugin needs baseurl set in _config.yml (such as baseurl: "")`);
    return rubyToS(written);
  };
  let base = lang !== pass.defaultLang ? `${baseurl()}/${lang}` : undefined;
  let url = '';
  // A text namespace only: the plugin compares with ==, and "1" is not 1.
  for (const p of namespace === undefined ? [] : (namespaces.get(namespace) ?? [])) {
    const translated = p.data[`permalink_${lang}`];
    const permalink =
      translated === undefined || translated === null || translated === false ? p.data.permalink : translated;
    if (typeof permalink !== 'string')
      throw new Error(`{% tl ${key.trim()} %}: ${p.path} has namespace "${namespace}" but no permalink`);
    base ??= baseurl();
    url = base + permalink;
  }
  return url;
}
