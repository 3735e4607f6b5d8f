import type { Site } from '../model/types.js';
import type { PostView } from '../render/context.js';
import type { Filter } from '../render/templates/filters/types.js';
import type { SimpleTag } from '../render/templates/tags.js';
import { feedMeta, feedOutputs } from './feed.js';
import type { PluginFilters } from './filters.js';
import { avatarTag } from './github/avatar.js';
import { gistTag } from './github/gist.js';
import { lastModifiedTag } from './last-modified/tag.js';
import { languageTags } from './multiple-languages.js';
import { polyglotTags } from './polyglot-tags.js';
import { redirectOutputs } from './redirects.js';
import { seoTag } from './seo.js';
import { sitemapOutputs } from './sitemap.js';
import { tocFilters, tocTag } from './toc/template.js';
import type { Generated } from './values.js';

/** The tags the site's plugins add to its templates. */
export function pluginTags(site: Site, f: PluginFilters): Map<string, SimpleTag> {
  const tags = new Map<string, SimpleTag>();
  const on = site.config.plugins;
  if (on.has('jekyll-feed')) tags.set('feed_meta', () => feedMeta(site, f));
  if (on.has('jekyll-seo-tag')) tags.set('seo', (vars, args) => seoTag(site, f, vars, args));
  if (on.has('jekyll-gist')) tags.set('gist', gistTag);
  if (on.has('jekyll-avatar')) tags.set('avatar', avatarTag(site.config.github?.avatarsUrl ?? ''));
  if (site.config.toc) tags.set('toc', tocTag(site, site.config.toc));
  if (on.has('jekyll-last-modified-at')) tags.set('last_modified_at', lastModifiedTag(site));
  for (const [name, tag] of languageTags(site, f)) tags.set(name, tag);
  for (const [name, tag] of polyglotTags(site)) tags.set(name, tag);
  return tags;
}

/** The filters the site's plugins add to its templates. */
export function pluginTemplateFilters(site: Site): Map<string, Filter> {
  return site.config.toc ? tocFilters(site.config.toc) : new Map();
}

/**
 * The files the site's plugins generate, once every post and document is rendered (`docs`: each
 * collection's documents by label). None without plugins.
 */
export function pluginOutputs(
  site: Site,
  posts: readonly PostView[],
  docs: ReadonlyMap<string, readonly PostView[]>,
  f: PluginFilters,
): Generated[] {
  const on = site.config.plugins;
  const out: Generated[] = [];
  if (on.has('jekyll-feed')) out.push(...feedOutputs(site, posts, docs, f));
  if (on.has('jekyll-sitemap')) out.push(...sitemapOutputs(site, f));
  if (on.has('jekyll-redirect-from')) out.push(...redirectOutputs(site, f));
  return out;
}
