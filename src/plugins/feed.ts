import { escapePath } from '../model/permalink.js';
import type { PluginPage, Site } from '../model/types.js';
import type { PostView } from '../render/context.js';
import { rubyContains } from '../render/templates/liquid/equals.js';
import { printedText } from '../render/templates/liquid/printed.js';
import { KilnError } from '../shared/errors.js';
import { eqlKey } from '../shared/yaml-keys.js';
import { lineOfKey } from '../source/front-matter.js';
import type { Document } from '../source/types.js';
import { JEKYLL_VERSION, type PluginFilters } from './filters.js';
import {
  type Generated,
  liquidTruthy,
  type Obj,
  obj,
  pluginPage,
  present,
  printedTime,
  rubyOr,
  sourceFolderHas,
  xmlAttribute,
} from './values.js';

/** A post or document: its file, which holds its front matter. */
type Source = { readonly path: string; readonly doc: Document };

/** One feed jekyll-feed makes: where it goes, its collection's documents, and what its title adds. */
interface FeedSpec {
  /** The path as jekyll-feed has it (`/feed.xml`, or `feed.path` as written): the page's `name`. */
  readonly name: string;
  /** With one leading slash. */
  readonly path: string;
  readonly collection: string;
  readonly category: string | null;
  readonly tag: string | null;
}

/** A collection jekyll-feed makes feeds for: its feed's own path, if set, and its category feeds. */
interface FeedCollection {
  readonly path: string | null;
  readonly categories: readonly string[];
}

const text = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
// Each item's text (Ruby's to_s: nil is empty).
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map((x) => (x === null ? '' : String(x))) : []);

/**
 * `feed.collections` (a list of labels, or labels with `path` and `categories`), posts always
 * among them: the top-level `feed.path` and `feed.categories` are the posts' unless the posts'
 * entry sets its own, as jekyll-feed reads them.
 */
function feedCollections(feed: Obj): Map<string, FeedCollection> {
  const raw = feed.collections;
  const entries: [string, Obj][] = Array.isArray(raw)
    ? raw.map((label) => [String(label), {}])
    : Object.entries(obj(raw)).map(([label, meta]) => [label, obj(meta)]);
  const map = new Map<string, FeedCollection>();
  for (const [label, meta] of entries)
    map.set(label, { path: text(meta.path), categories: [...new Set(strings(meta.categories))] });
  const posts = obj(Object.fromEntries(entries).posts);
  map.set('posts', {
    path: text(posts.path) ?? text(feed.path),
    categories: [...new Set(posts.categories !== undefined ? strings(posts.categories) : strings(feed.categories))],
  });
  return map;
}

/** The posts' feed path: `feed.path`, else the posts' entry of `feed.collections`, else feed.xml. */
function feedPath(site: Site): string {
  return feedCollections(obj(site.config.siteData.feed)).get('posts')!.path ?? 'feed.xml';
}

/**
 * jekyll-feed's feeds, in the order it adds them to site.pages: for each collection in
 * `feed.collections` (posts first, from the top-level keys, unless listed) one per category it
 * lists (`/feed/CATEGORY.xml`, `/feed/LABEL/CATEGORY.xml`), then its own (`/feed.xml` or
 * `feed.path`, `/feed/LABEL.xml` or its `path`); with `feed.tags` and a site with tags, one per
 * tag (`feed.tags.only`, else every tag in site.tags' order, less `except`) of letters, digits
 * and `_` at /feed/by_tag/TAG.xml. None in development with `disable_in_development`, and none
 * where the source folder has a file (read or not), as in Jekyll; a page of the site with that
 * URL does not stop it (the feed is written after it).
 */
export function feedSpecs(site: Site): FeedSpec[] {
  const feed = obj(site.config.siteData.feed);
  // As jekyll-feed: no feed files in development (`{% feed_meta %}` still links them).
  if (liquidTruthy(feed.disable_in_development) && site.config.environment === 'development') return [];
  const specs: FeedSpec[] = [];
  const add = (name: string, collection: string, category: string | null, tag: string | null) => {
    const path = `/${name.replace(/^\/+/, '')}`;
    if (!sourceFolderHas(site, path)) specs.push({ name, path, collection, category, tag });
  };
  for (const [collection, meta] of feedCollections(feed)) {
    const prefix = collection === 'posts' ? '/feed' : `/feed/${collection}`;
    for (const category of meta.categories) add(`${prefix}/${category}.xml`, collection, category, null);
    add(meta.path ?? `${prefix}.xml`, collection, null, null);
  }
  if (liquidTruthy(feed.tags) && site.posts.some((p) => p.tags.length > 0)) {
    const tags = obj(feed.tags);
    // site.tags' names (in the order the oldest post to have each gives them), or `only`, less
    // `except`: as Ruby's Hash keys, `2024` and `"2024"` are two.
    const only = Array.isArray(tags.only) ? tags.only : tagNames(site);
    const except = new Set((Array.isArray(tags.except) ? tags.except : []).map(eqlKey));
    const dir = typeof tags.path === 'string' ? tags.path : '/feed/by_tag/';
    for (const tag of only) {
      if (except.has(eqlKey(tag))) continue;
      if (typeof tag !== 'string') throw numberTag(site, tag);
      if (/^[a-zA-Z0-9_]+$/.test(tag)) add(`${dir}${tag}.xml`, 'posts', null, tag);
    }
  }
  return specs;
}

/** site.tags' names, each once (as Hash keys), in the order the oldest post to have each gives them. */
function tagNames(site: Site): unknown[] {
  const seen = new Map<unknown, unknown>();
  for (const post of [...site.posts].reverse())
    for (const t of post.tags) if (!seen.has(eqlKey(t))) seen.set(eqlKey(t), t);
  return [...seen.values()];
}

/**
 * A tag feed of a tag that is no text (`tags: [2024]`): jekyll-feed matches the name against a
 * pattern, which fails on a number (Jekyll stops with a TypeError); kiln says where it is.
 */
function numberTag(site: Site, tag: unknown): KilnError {
  const post = [...site.posts].reverse().find((p) => p.tags.some((t) => eqlKey(t) === eqlKey(tag)));
  const what = `jekyll-feed's tag feeds take tags written as text, and ${printedText(tag)} is not (Jekyll 4.3.1 fails on it)`;
  const fix = `quote it ("${printedText(tag)}"), or list it in feed.tags.except`;
  if (!post) return new KilnError(`${what}: ${fix}`, '_config.yml');
  const line = lineOfKey(post.doc, post.doc.data.tag === undefined ? 'tags' : 'tag');
  return new KilnError(`${what}: ${fix}`, post.path, line);
}

/**
 * jekyll-feed's Atom feeds (feedSpecs), each with the newest `feed.posts_limit` (10) posts or
 * documents of its collection, category or tag. `docs` are the documents of each collection by label.
 */
export function feedOutputs(
  site: Site,
  posts: readonly PostView[],
  docs: ReadonlyMap<string, readonly PostView[]>,
  f: PluginFilters,
): Generated[] {
  // Each post's and document's file by its relative_path, to name the one whose time is bad.
  const files = new Map<string, Source>();
  for (const p of site.posts) files.set(p.relativePath, p);
  for (const c of site.collections) for (const d of c.docs) files.set(d.relativePath, d);
  return feedSpecs(site).map((s) => ({
    path: s.path.replace(/^\/+/, ''),
    text: renderFeed(site, s.collection === 'posts' ? posts : (docs.get(s.collection) ?? []), s, f, files),
  }));
}

/** The pages jekyll-feed adds to site.pages, as templates see them. */
export function feedPages(site: Site): PluginPage[] {
  const xsl = sourceFolderHas(site, '/feed.xslt.xml');
  return feedSpecs(site).map((s) =>
    // Its URL escaped as Jekyll's URL makes it (`/feed/Web%20Dev.xml`).
    pluginPage(site, s.path.slice(1), escapePath(s.path), s.name, {
      layout: null,
      sitemap: false,
      xsl,
      collection: s.collection,
      category: s.category,
      tags: s.tag,
    }),
  );
}

/**
 * The plugin's feed.xml: its `{% if %}`s are Liquid's (an empty `lang: ""`, `description: ""` or
 * `author: ""` is there: `xml:lang=""`, `<subtitle></subtitle>`), its `default`s Liquid's too
 * (an empty text, list or hash is absent: present).
 */
function renderFeed(
  site: Site,
  all: readonly PostView[],
  spec: FeedSpec,
  f: PluginFilters,
  files: ReadonlyMap<string, Source>,
): string {
  const cfg = site.config.siteData;
  const feed = obj(cfg.feed);
  const lang = liquidTruthy(cfg.lang) ? printedText(cfg.lang) : null;
  let out = '<?xml version="1.0" encoding="utf-8"?>';
  if (sourceFolderHas(site, '/feed.xslt.xml'))
    out += `<?xml-stylesheet type="text/xml" href="${xmlAttribute(f.absoluteUrl('/feed.xslt.xml'))}"?>`;
  out += `<feed xmlns="http://www.w3.org/2005/Atom" ${lang !== null ? `xml:lang="${xmlAttribute(lang)}"` : ''}>`;
  out += `<generator uri="https://jekyllrb.com/" version="${JEKYLL_VERSION}">Jekyll</generator>`;
  // The feed page's URL (`page.url`), escaped as Jekyll's URL makes it: `feed/a%2Fb.xml` is `a%252Fb`.
  const self = f.absoluteUrl(escapePath(spec.path));
  out += `<link href="${xmlAttribute(self)}" rel="self" type="application/atom+xml" />`;
  const home = xmlAttribute(f.absoluteUrl('/'));
  out += `<link href="${home}" rel="alternate" type="text/html" ${lang !== null ? `hreflang="${xmlAttribute(lang)}" ` : ''}/>`;
  out += `<updated>${f.xmlschema(new Date(site.config.time))}</updated>`;
  out += `<id>${f.xmlEscape(self)}</id>`;
  // `site.title | default: site.name`, then `{% if title %}`: an empty name still makes an empty <title>.
  const named = present(cfg.title) ? cfg.title : cfg.name;
  let title = liquidTruthy(named) ? String(named) : null;
  // `append` prints nil as nothing and false as `false`.
  const printed = () => title ?? (named === false ? 'false' : '');
  if (spec.collection !== 'posts') title = `${printed()} | ${capitalize(spec.collection)}`;
  if (spec.category) title = `${printed()} | ${capitalize(spec.category)}`;
  if (title !== null) out += `<title type="html">${f.xmlEscape(f.smartify(title))}</title>`;
  if (liquidTruthy(cfg.description)) out += `<subtitle>${f.xmlEscape(cfg.description)}</subtitle>`;
  if (liquidTruthy(cfg.author)) {
    const a = obj(cfg.author);
    out += `<author><name>${f.xmlEscape(present(a.name) ? a.name : cfg.author)}</name>`;
    if (liquidTruthy(a.email)) out += `<email>${f.xmlEscape(a.email)}</email>`;
    if (liquidTruthy(a.uri)) out += `<uri>${f.xmlEscape(a.uri)}</uri>`;
    out += '</author>';
  }
  let posts = spec.tag ? all.filter((p) => (p.tags as unknown[]).includes(spec.tag)) : [...all];
  if (spec.category) posts = posts.filter((p) => strings(p.categories).includes(spec.category!));
  if (!site.config.drafts) posts = posts.filter((p) => p.draft !== true);
  // `sort: "date" | reverse` over the newest-first list.
  posts = posts
    .map((p, i) => ({ p, i }))
    .sort((a, b) => dateOf(a.p) - dateOf(b.p) || a.i - b.i)
    .reverse()
    .map((x) => x.p);
  const limit = present(feed.posts_limit) ? Number(feed.posts_limit) : 10;
  for (const post of posts.slice(0, Math.max(0, limit)))
    out += entry(site, post, f, files.get(String(post.relative_path)));
  return `${out}</feed>`;
}

function entry(site: Site, post: PostView, f: PluginFilters, file: Source | undefined): string {
  const cfg = site.config.siteData;
  const title = f.xmlEscape(f.normalizeWhitespace(f.stripHtml(f.smartify(post.title))));
  const url = f.absoluteUrl(post.url);
  let out = `<entry${liquidTruthy(post.lang) ? ` xml:lang="${xmlAttribute(printedText(post.lang))}"` : ''}>`;
  out += `<title type="html">${title}</title>`;
  out += `<link href="${xmlAttribute(url)}" rel="alternate" type="text/html" title="${title}" />`;
  out += `<published>${f.xmlschema(post.date)}</published>`;
  const updated = present(post.last_modified_at) ? post.last_modified_at : post.date;
  out += `<updated>${printedTime(f.xmlschema, updated, file, 'last_modified_at')}</updated>`;
  out += `<id>${f.xmlEscape(f.absoluteUrl(post.id))}</id>`;
  const own = obj(post.feed).excerpt_only;
  const excerptOnly = present(own) ? own : obj(cfg.feed).excerpt_only;
  if (!liquidTruthy(excerptOnly))
    out += `<content type="html" xml:base="${f.xmlEscape(url)}"><![CDATA[${post.content.trim()}]]></content>`;
  out += author(site, post, f);
  // `{% if post.category %}`: any value but nil and false, an empty one (`category: []`) too.
  if (liquidTruthy(post.category)) out += `<category term="${f.xmlEscape(post.category)}" />`;
  else for (const c of strings(post.categories)) out += `<category term="${f.xmlEscape(c)}" />`;
  for (const t of strings(post.tags)) out += `<category term="${f.xmlEscape(t)}" />`;
  const summary = present(post.description) ? post.description : post.excerpt;
  if (present(summary))
    out += `<summary type="html"><![CDATA[${f.normalizeWhitespace(f.stripHtml(summary))}]]></summary>`;
  // `post.image.path | default: post.image`, then `{% if %}`: `image: ""`, `{}` or `[]` is an image
  // (its text, Ruby's to_s, made an absolute URL).
  let img = present(obj(post.image).path) ? obj(post.image).path : post.image;
  if (liquidTruthy(img)) {
    if (!rubyContains(img, '://')) img = f.absoluteUrl(img);
    const u = f.xmlEscape(img);
    out += `<media:thumbnail xmlns:media="http://search.yahoo.com/mrss/" url="${u}" />`;
    out += `<media:content medium="image" url="${u}" xmlns:media="http://search.yahoo.com/mrss/" />`;
  }
  return `${out}</entry>`;
}

/** `post.author`, else the first of `post.authors`, else `site.author`; a name in `_data/authors` is looked up. */
function author(site: Site, post: PostView, f: PluginFilters): string {
  const authors = Array.isArray(post.authors) ? post.authors : [];
  let a: unknown = [post.author, authors[0]].find(present) ?? site.config.siteData.author;
  const known = typeof a === 'string' ? obj(site.data.authors)[a] : undefined;
  if (present(known)) a = known;
  const fields = obj(a);
  // The plugin's `post_author.name | default: post_author | default: ""`: a list or number is
  // written as Ruby prints it.
  const name = [fields.name, a].find(present) ?? '';
  let out = `<author><name>${f.xmlEscape(name)}</name>`;
  if (present(fields.email)) out += `<email>${f.xmlEscape(fields.email)}</email>`;
  if (present(fields.uri)) out += `<uri>${f.xmlEscape(fields.uri)}</uri>`;
  return `${out}</author>`;
}

/** `{% feed_meta %}`: the link to the site's feed, for a page's head. */
export function feedMeta(site: Site, f: PluginFilters): string {
  const cfg = site.config.siteData;
  // Ruby's `title || name`: an empty title is kept (`title=""`), only nil and false fall through.
  const title = rubyOr(cfg.title, cfg.name);
  const attr = (v: unknown) => `"${f.xmlEscape(v)}"`;
  let out = `<link type="application/atom+xml" rel="alternate" href=${attr(f.absoluteUrl(feedPath(site)))}`;
  if (liquidTruthy(title)) out += ` title=${attr(title)}`;
  return `${out} />`;
}

function dateOf(p: PostView): number {
  return p.date instanceof Date ? p.date.getTime() : 0;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}
