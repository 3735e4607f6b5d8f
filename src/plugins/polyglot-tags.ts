import type { Site } from '../model/types.js';
import { rubyToS } from '../render/templates/filters/ruby.js';
import type { SimpleTag } from '../render/templates/tags.js';

/**
 * jekyll-polyglot's Liquid tags: `{% I18n_Headers [URL] %}` (also `i18n_headers`) and
 * `{% static_href %}href="…"{% endstatic_href %}` (also `Static_Href`). In Nunjucks they fail.
 */
export function polyglotTags(site: Site): Map<string, SimpleTag> {
  const pass = site.config.polyglotPass;
  const tags = new Map<string, SimpleTag>();
  if (!pass) return tags;
  const liquidOnly = (name: string) => () => {
    throw new Error(`{% ${name} %} (jekyll-polyglot) is built for Liquid templates only`);
  };
  const { settings, lang } = pass;
  const headers = (markup: string, permalink: unknown) => {
    let url = markup.trim();
    if (url.endsWith('/')) url = url.slice(0, -1);
    const siteUrl = url === '' ? written(site.config.siteData.url) : url;
    const path = written(permalink);
    let out = `<meta http-equiv="Content-Language" content="${lang}">\n`;
    out += `<link rel="alternate" hreflang="${settings.defaultLang}" href="${siteUrl}${path}"/>\n`;
    for (const l of settings.languages)
      if (l !== settings.defaultLang) out += `<link rel="alternate" hreflang="${l}" href="${siteUrl}/${l}${path}"/>\n`;
    return out;
  };
  for (const name of ['I18n_Headers', 'i18n_headers'])
    tags.set(
      name,
      Object.assign(liquidOnly(name), {
        liquid: (markup: string, context: { value(m: string): unknown }) =>
          headers(markup, context.value('page.permalink')),
      }),
    );
  for (const name of ['static_href', 'Static_Href'])
    tags.set(name, Object.assign(liquidOnly(name), { liquidBlock: staticHref }));
  return tags;
}

/** The block's `href="…"` as `ferh="…"`, which the plugin turns back into `href` after its links are localized. */
function staticHref(body: string): string {
  const parts = body.trim().split('=');
  const value = parts[1] ?? '';
  if (parts.length !== 2 || parts[0] !== 'href' || !value.startsWith('"') || !value.endsWith('"'))
    throw new Error(`{% static_href %} must hold one href="…" attribute, such as href="/about/", not: ${body.trim()}`);
  return `ferh=${value}`;
}

function written(v: unknown): string {
  return v === undefined || v === null ? '' : rubyToS(v);
}
