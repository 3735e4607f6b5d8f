import type { Site } from '../model/types.js';
import { jsonify } from '../render/templates/filters/collections.js';
import { rubyToS } from '../render/templates/filters/ruby.js';
import { printedText } from '../render/templates/liquid/printed.js';
import { JEKYLL_VERSION, type PluginFilters } from './filters.js';
import { liquidTruthy, type Obj, obj, present, rubyOr } from './values.js';

const SEO_VERSION = '2.8.0';
const HOME_OR_ABOUT = /^\/(about\/)?(index\.html?)?$/;

/**
 * jekyll-seo-tag's `{% seo %}`: title, description, canonical URL, Open Graph and Twitter
 * meta tags and JSON-LD for the page being rendered, from the page's front matter and the
 * site's `title`, `tagline`, `description`, `author`, `logo`, `social`, `twitter`, `facebook`,
 * `webmaster_verifications`, `lang`/`locale`. `{% seo title=false %}` leaves out `<title>`.
 * Values are tested as the plugin tests them: Ruby's `||` and Liquid's `if` (an empty text, list
 * or hash is there: a CMS's `image: ""` is an image at the site's root), its template's `default`
 * only for the Twitter card; they print as Liquid prints them.
 */
export function seoTag(site: Site, f: PluginFilters, vars: Obj, args: readonly unknown[]): string {
  const cfg = site.config.siteData;
  const page = obj(vars.page);
  const paginator = obj(vars.paginator);
  const pageSeo = obj(page.seo);
  const social = obj(cfg.social);
  const fmt = (s: unknown): string | null => {
    const out = f.escapeOnce(f.normalizeWhitespace(f.stripHtml(f.markdownify(s ?? ''))));
    return out === '' ? null : out;
  };
  const siteTitle = fmt(rubyOr(cfg.title, cfg.name));
  const siteDescription = fmt(cfg.description);
  const pageTitle = fmt(page.title) ?? siteTitle;
  let title =
    siteTitle && pageTitle !== siteTitle
      ? `${pageTitle} | ${siteTitle}`
      : siteDescription && siteTitle
        ? `${siteTitle} | ${fmt(cfg.tagline) ?? siteDescription}`
        : (pageTitle ?? siteTitle);
  const current = Number(paginator.page);
  if (title && current > 1) {
    const message = rubyToS(rubyOr(cfg.seo_paginator_message, 'Page %<current>s of %<total>s for '));
    title = message.replace('%<current>s', String(current)).replace('%<total>s', String(paginator.total_pages)) + title;
  }
  const showTitle = title !== null && !args.some((a) => obj(a).title === false || /title=false/i.test(String(a)));
  const url = String(page.url ?? '');
  const homeOrAbout = HOME_OR_ABOUT.test(url);
  const description = fmt(rubyOr(page.description, page.excerpt)) ?? siteDescription;
  // The plugin's `to_s.empty?`: `canonical_url: false` is the text "false" (JSON-LD's false).
  const canonical =
    rubyToS(page.canonical_url) === '' ? f.absoluteUrl(url).replace(/\/index\.html$/, '/') : page.canonical_url;
  // `_data/authors` through the template's `site`, whose reads are recorded: in watch, a page's
  // tags render again when the author it names changes.
  const author = resolveAuthor(site, page, obj(obj(obj(vars.site).data).authors));
  const twitter = rubyOr(author.twitter, author.name);
  const authorTwitter = typeof twitter === 'string' ? twitter.replace(/^@/, '') : null;
  const image = imageOf(page, f);
  const lang = rubyOr(page.lang, cfg.lang, 'en_US');
  const locale = rubyToS(rubyOr(page.locale, cfg.locale, lang)).replace(/-/g, '_');
  const date = liquidTruthy(page.date) ? f.xmlschema(page.date) : null;

  const lines: string[] = [`<!-- Begin Jekyll SEO tag v${SEO_VERSION} -->`];
  // `{{ value }}`: a list joined with nothing (`fb:admins` [1001, 1002] is 10011002), a hash inspected.
  const meta = (kind: 'name' | 'property', key: string, value: unknown) =>
    lines.push(`<meta ${kind}="${key}" content="${printedText(value)}" />`);
  if (showTitle) lines.push(`<title>${title}</title>`);
  meta('name', 'generator', `Jekyll v${JEKYLL_VERSION}`);
  if (pageTitle) meta('property', 'og:title', pageTitle);
  if (liquidTruthy(author.name)) meta('name', 'author', author.name);
  meta('property', 'og:locale', locale);
  if (description) {
    meta('name', 'description', description);
    meta('property', 'og:description', description);
  }
  // Liquid's `if`: an empty string is true (a site with `url: ""` prints its canonical URL).
  if (liquidTruthy(cfg.url)) {
    lines.push(`<link rel="canonical" href="${printedText(canonical)}" />`);
    meta('property', 'og:url', canonical);
  }
  if (siteTitle) meta('property', 'og:site_name', siteTitle);
  if (image) {
    meta('property', 'og:image', image.path);
    for (const k of ['height', 'width', 'alt'])
      if (liquidTruthy(image.fields[k])) meta('property', `og:image:${k}`, image.fields[k]);
  }
  if (date !== null) {
    meta('property', 'og:type', 'article');
    meta('property', 'article:published_time', date);
  } else meta('property', 'og:type', 'website');
  if (liquidTruthy(paginator.previous_page))
    lines.push(`<link rel="prev" href="${f.absoluteUrl(paginator.previous_page_path)}" />`);
  if (liquidTruthy(paginator.next_page))
    lines.push(`<link rel="next" href="${f.absoluteUrl(paginator.next_page_path)}" />`);
  if (image) {
    const card = [obj(page.twitter).card, obj(cfg.twitter).card].find(present) ?? 'summary_large_image';
    meta('name', 'twitter:card', card);
    meta('property', 'twitter:image', image.path);
  } else meta('name', 'twitter:card', 'summary');
  if (image && liquidTruthy(image.fields.alt)) meta('name', 'twitter:image:alt', image.fields.alt);
  if (pageTitle) meta('property', 'twitter:title', pageTitle);
  if (liquidTruthy(cfg.twitter)) {
    meta('name', 'twitter:site', `@${rubyToS(obj(cfg.twitter).username).replace(/@/g, '')}`);
    if (authorTwitter !== null) meta('name', 'twitter:creator', `@${authorTwitter.replace(/@/g, '')}`);
  }
  if (liquidTruthy(cfg.facebook)) {
    const fb = obj(cfg.facebook);
    if (liquidTruthy(fb.admins)) meta('property', 'fb:admins', fb.admins);
    if (liquidTruthy(fb.publisher)) meta('property', 'article:publisher', fb.publisher);
    if (liquidTruthy(fb.app_id)) meta('property', 'fb:app_id', fb.app_id);
  }
  const verify = obj(cfg.webmaster_verifications);
  if (liquidTruthy(cfg.webmaster_verifications)) {
    const names: Array<[string, string]> = [
      ['google', 'google-site-verification'],
      ['bing', 'msvalidate.01'],
      ['alexa', 'alexaVerifyID'],
      ['yandex', 'yandex-verification'],
      ['baidu', 'baidu-site-verification'],
      ['facebook', 'facebook-domain-verification'],
    ];
    for (const [key, name] of names) if (liquidTruthy(verify[key])) meta('name', name, verify[key]);
  } else if (liquidTruthy(cfg.google_site_verification))
    meta('name', 'google-site-verification', cfg.google_site_verification);

  const type = rubyOr(pageSeo.type, homeOrAbout ? 'WebSite' : liquidTruthy(page.date) ? 'BlogPosting' : 'WebPage');
  const logo = liquidTruthy(cfg.logo)
    ? f.uriEscape(isAbsoluteUrl(String(cfg.logo)) ? cfg.logo : f.absoluteUrl(cfg.logo))
    : null;
  const modified = rubyOr(pageSeo.date_modified, page.last_modified_at, page.date);
  const authorType = author.type;
  const seoName = liquidTruthy(pageSeo.name) ? fmt(pageSeo.name) : null;
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': type,
    author:
      liquidTruthy(author.name) &&
      (!liquidTruthy(authorType) || authorType === 'Person' || authorType === 'Organization')
        ? {
            '@type': rubyOr(authorType, 'Person'),
            name: author.name,
            ...(liquidTruthy(author.url) && { url: author.url }),
          }
        : undefined,
    dateModified: liquidTruthy(modified) ? f.xmlschema(modified) : undefined,
    datePublished: date ?? undefined,
    description: description ?? undefined,
    headline: pageTitle ?? undefined,
    image: image
      ? image.keys === 1
        ? image.path
        : { ...withoutPath(image.fields), url: image.path, '@type': 'imageObject' }
      : undefined,
    mainEntityOfPage:
      type === 'BlogPosting' || type === 'CreativeWork' ? { '@type': 'WebPage', '@id': canonical } : undefined,
    name: seoName ?? (homeOrAbout ? (liquidTruthy(social.name) ? fmt(social.name) : siteTitle) : undefined),
    publisher:
      logo !== null
        ? {
            '@type': 'Organization',
            logo: { '@type': 'ImageObject', url: logo },
            ...(liquidTruthy(author.name) && { name: author.name }),
          }
        : undefined,
    sameAs: liquidTruthy(pageSeo.links)
      ? pageSeo.links
      : homeOrAbout && liquidTruthy(social.links)
        ? social.links
        : undefined,
    url: canonical,
  };
  // Ruby's to_json: a Float keeps its point (`"width":1200.0`).
  const json = jsonify(Object.fromEntries(Object.entries(ld).filter(([, v]) => v !== undefined && v !== null)));
  lines.push(`<script type="application/ld+json">\n${json}</script>`);
  lines.push('<!-- End Jekyll SEO tag -->');
  return `${lines.join('\n')}\n`;
}

/** The page's author: `author`, else the first of `authors`, else the site's; a name is looked up in `_data/authors`. */
function resolveAuthor(site: Site, page: Obj, authorsData: Obj): Obj {
  const authors = Array.isArray(page.authors) ? page.authors : [];
  // The first whose Ruby to_s is not empty: `author: []` ("[]") is found, and names no one.
  const found = [page.author, authors[0], site.config.siteData.author].find((s) => rubyToS(s) !== '');
  if (typeof found === 'string') return { name: found, ...obj(authorsData[found]) };
  return obj(found);
}

/** `image:` as a URL or `{ path, height, width, alt }` (or `facebook`/`twitter` in place of `path`). */
function imageOf(page: Obj, f: PluginFilters): { path: string; fields: Obj; keys: number } | null {
  const meta = page.image;
  const fields: Obj = typeof meta === 'string' ? { path: meta } : obj(meta);
  const raw = rubyOr(fields.path, fields.facebook, fields.twitter);
  if (!liquidTruthy(raw)) return null;
  const abs = typeof raw === 'string' && !isAbsoluteUrl(raw) ? f.absoluteUrl(raw) : raw;
  const keys = new Set(['path', ...Object.keys(fields)]).size;
  return { path: f.uriEscape(abs), fields, keys };
}

function withoutPath(fields: Obj): Obj {
  const { path: _path, ...rest } = fields;
  return rest;
}

function isAbsoluteUrl(s: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(s);
}
