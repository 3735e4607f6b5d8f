import type { Config, PolyglotPass } from '../config/types.js';
import type { Site } from '../model/types.js';
import { rubyToS } from '../render/templates/filters/ruby.js';
import { type OutputFile, piecesText } from '../render/types.js';
import { KilnError } from '../shared/errors.js';
import { Classifier } from '../source/classify.js';
import type { Document, SourceFile } from '../source/types.js';
import type { LanguageBuild } from './multiple-languages.js';

/**
 * jekyll-polyglot 1.5.1: the whole site is built once per language (`languages:` and
 * `default_lang:`), the default into the destination and each other into `LANG/`, with the same
 * baseurl. In another language's build, what `exclude_from_localization` lists is not read. Each
 * build starts from the same state (the plugin forks); with `parallel_localization: false` they
 * run in turn, and which language took each URL carries into the next (model/coordinate.ts), as
 * do jekyll-relative-links' targets (relative-links.ts) and jekyll-sitemap's list of the site's
 * files (sitemap.ts).
 */
export function polyglotBuilds(
  config: Config,
  files: readonly SourceFile[],
  docs: readonly Document[],
): LanguageBuild[] {
  const settings = config.polyglot!;
  const langs = [...new Set([...settings.languages, settings.defaultLang])];
  let last: Map<string, unknown> | undefined;
  // jekyll-relative-links and jekyll-sitemap keep the files they found in their first lookup for
  // the passes after (built in turn).
  const linkTargets = {};
  const sitemapLookup = {};
  return langs.map((lang) => {
    const isDefault = lang === settings.defaultLang;
    // The plugin empties what it knows of the URLs before another language's build, not before
    // the default's: built in turn, that one goes on with the map of the build before it.
    const fileLangs: Map<string, unknown> = (!settings.parallel && isDefault && last) || new Map();
    last = fileLangs;
    const exclude = isDefault ? config.exclude : [...config.exclude, ...settings.excludeFromLocalization];
    const pass: PolyglotPass = {
      lang,
      settings,
      fileLangs,
      exclude,
      linkTargets: settings.parallel ? {} : linkTargets,
      sitemapLookup: settings.parallel ? {} : sitemapLookup,
    };
    const siteData: Record<string, unknown> = {
      ...config.siteData,
      active_lang: lang,
      default_lang: settings.defaultLang,
      languages: settings.languages,
    };
    for (const v of settings.langVars) siteData[v] = lang;
    const passConfig: Config = Object.freeze({ ...config, exclude, polyglotPass: pass, siteData });
    const own = isDefault ? () => true : localized(config, passConfig, settings.excludeFromLocalization);
    return {
      config: passConfig,
      files: files.filter((f) => own(f.path)),
      docs: docs.filter((d) => own(d.file.path)),
      prefix: isDefault ? '' : `${lang}/`,
    };
  });
}

/**
 * Whether another language's build reads a file: Jekyll's exclude with the plugin's entries added
 * (a path, a glob, or any path starting with the entry's text, as Jekyll's filter compares them).
 */
function localized(config: Config, passConfig: Config, entries: readonly string[]): (path: string) => boolean {
  const classifier = new Classifier(passConfig);
  const read = new Classifier(config);
  const prefixes = entries.filter((e) => !/[*?[{]/.test(e)).map((e) => e.replace(/^\.?\//, ''));
  return (path) => {
    if (prefixes.some((p) => p !== '' && path.startsWith(p))) return false;
    // Theme files and what kiln's own reading decided stay as read; only the added entries leave.
    return classifier.kindOf(path) !== null || read.kindOf(path) === null;
  };
}

/**
 * What the plugin does to every page's and document's output once all are rendered (feeds,
 * sitemaps and redirect pages are pages too; static files are not): in another language's build,
 * links into the site (`href="BASEURL/…"`, and `href="URL BASEURL/…"` unless after
 * `hreflang="DEFAULT" `) get the language's folder, except links to what Jekyll excludes and to a
 * language's folder; in every build, `ferh="…"` ({% static_href %}) becomes `href="…"`. The
 * plugin's patterns are matched on the text, with the config's values in them as written.
 */
export function linkRewriter(config: Config): (text: string) => string {
  const pass = config.polyglotPass!;
  const baseurl = written(config.siteData.baseurl);
  const other = pass.lang !== pass.settings.defaultLang;
  const guard = [...pass.exclude.map((x) => `(?!${x})`), ...pass.settings.languages.map((l) => `(?!${l}\\/)`)].join('');
  // Ruby's truth: an empty url is one, nil (unset or empty in the YAML) and false are not.
  const raw = config.siteData.url;
  const url = raw === undefined || raw === null || raw === false ? null : written(raw);
  const notDefault = `(?<!hreflang="${pass.settings.defaultLang}" )`;
  const link = (before: string, start: string, site: string, guarded: boolean) => {
    const source = `${before}${start}="?${site}${baseurl}\\/((?:${guarded ? guard : ''}[^,'"\\t\\n\\v\\f\\r \\/?\\.]+\\.?)*(?:\\/[^\\]\\[\\)\\(\\"'\\t\\n\\v\\f\\r ]*)?)"`;
    try {
      return new RegExp(source, 'g');
    } catch {
      throw new KilnError(
        'jekyll-polyglot puts exclude, exclude_from_localization, languages, baseurl and url into its link patterns as written: one of them is not a valid pattern there (Jekyll fails on it too)',
        '_config.yml',
      );
    }
  };
  // In the plugin's order: the site's links, static_href's, then the same with the site's url.
  // Made in every language's build, as the plugin makes them (its default build fails on a bad one too).
  const site = link('', 'href', '', true);
  const steps: Array<[RegExp, string]> = [];
  if (other) steps.push([site, `${baseurl}/${pass.lang}/`]);
  steps.push([link('', 'ferh', '', false), `${baseurl}/`]);
  if (url !== null) {
    const absolute = link(notDefault, 'href', url, true);
    if (other) steps.push([absolute, `${url}${baseurl}/${pass.lang}/`]);
    steps.push([link(notDefault, 'ferh', url, false), `${url}${baseurl}/`]);
  }
  return (text) => {
    let out = text;
    for (const [pattern, prefix] of steps) out = out.replace(pattern, (_m, path: string) => `href="${prefix}${path}"`);
    return out;
  };
}

function written(v: unknown): string {
  return v === undefined || v === null ? '' : rubyToS(v);
}

/** A language's outputs after the plugin's rewrite of links (`localizeLinks`): every one but its static files. */
export function polyglotOutputs(outputs: readonly OutputFile[], site: Site): OutputFile[] {
  const statics = new Set<string>();
  for (const s of site.staticFiles) statics.add(s.outputPath);
  for (const c of site.collections) for (const f of c.files) statics.add(f.outputPath);
  const rewrite = linkRewriter(site.config);
  return outputs.map((o) => {
    if (statics.has(o.path)) return o;
    const bytes = typeof o.bytes === 'function' ? o.bytes() : o.bytes;
    const text = Buffer.isBuffer(bytes) ? bytes.toString('utf8') : piecesText(bytes);
    const out = rewrite(text);
    return out === text && Buffer.isBuffer(bytes) ? o : { ...o, bytes: Buffer.from(out), hash: undefined };
  });
}
