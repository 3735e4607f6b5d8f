import { KilnError } from '../shared/errors.js';
import type { ConfigFail, KnownPlugin, SassConfig } from './types.js';

/** The plugins kiln builds in (README: Plugins, Sass and themes). */
export const KNOWN_PLUGINS: readonly KnownPlugin[] = [
  'jekyll-feed',
  'jekyll-seo-tag',
  'jekyll-sitemap',
  'jekyll-paginate',
  'jekyll-redirect-from',
  'jekyll-multiple-languages',
  'jekyll-include-cache',
  'jekyll-archives',
  'jekyll-gist',
  'jekyll-avatar',
  'jekyll-mentions',
  'jekyll-optional-front-matter',
  'jekyll-titles-from-headings',
  'jekyll-default-layout',
  'jekyll-readme-index',
  'jekyll-paginate-v2',
  'jekyll-relative-links',
  'jekyll-toc',
  'jekyll-last-modified-at',
  'jekyll-data',
  'jekyll-polyglot',
  'jekyll-commonmark',
];

// Names some sites use for the same plugin.
const ALIASES: Readonly<Record<string, KnownPlugin>> = {
  'jekyll-multiple-languages-plugin': 'jekyll-multiple-languages',
};

/** `plugins:` and the older `gems:` together: the built-in plugins named, and the names kiln does not know. */
export function readPlugins(
  raw: Readonly<Record<string, unknown>>,
  at: ConfigFail | string,
): { plugins: Set<KnownPlugin>; unknown: string[] } {
  const fail = failAt(at);
  const plugins = new Set<KnownPlugin>();
  const unknown: string[] = [];
  for (const key of ['plugins', 'gems']) {
    const v = raw[key];
    if (v === undefined || v === null) continue;
    // Jekyll fails on a single name too.
    if (!Array.isArray(v) || v.some((item) => typeof item === 'object' && item !== null))
      throw fail(`${key} must be a list of plugin names, such as [jekyll-feed]`, key);
    for (const item of v) {
      const name = String(item).trim();
      const known = ALIASES[name] ?? KNOWN_PLUGINS.find((k) => k === name);
      if (known) plugins.add(known);
      else if (name && !unknown.includes(name)) unknown.push(name);
    }
  }
  return { plugins, unknown };
}

/**
 * `sass:` as Jekyll's sass converter reads it. Dart Sass has two styles: Jekyll's libsass-only
 * `nested` and `compact` come out `expanded`.
 */
export function readSass(v: unknown, at: ConfigFail | string): SassConfig {
  const fail = failAt(at);
  if (v !== undefined && v !== null && (typeof v !== 'object' || Array.isArray(v)))
    throw fail('sass must be a mapping such as { style: compressed }', 'sass');
  const s = (v ?? {}) as Record<string, unknown>;
  const style = String(s.style ?? 'expanded').replace(/^:/, '');
  if (!['nested', 'expanded', 'compact', 'compressed'].includes(style))
    throw fail(`sass.style must be expanded or compressed, not "${style}"`, 'sass.style');
  const sourcemap = String(s.sourcemap ?? 'always').replace(/^:/, '');
  const dir = s.sass_dir === undefined || s.sass_dir === null || s.sass_dir === '' ? '_sass' : String(s.sass_dir);
  const loadPaths = s.load_paths === undefined || s.load_paths === null ? [] : [s.load_paths].flat().map(String);
  return {
    style: style === 'compressed' ? 'compressed' : 'expanded',
    sassDir: dir.replace(/^\.?\/+|\/+$/g, ''),
    loadPaths,
    // `development` means on in `jekyll serve` and off in a production build; kiln builds for production.
    sourcemap: sourcemap === 'always',
    // Ruby's `!!`: any value but nil and false.
    addCharset: s.add_charset !== undefined && s.add_charset !== null && s.add_charset !== false,
  };
}

/** Errors at the key's line when the caller knows the config's text, else naming the file. */
function failAt(at: ConfigFail | string): ConfigFail {
  return typeof at === 'string' ? (message) => new KilnError(message, at) : at;
}
