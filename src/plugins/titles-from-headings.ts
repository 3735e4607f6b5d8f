import type { Config, TitlesFromHeadingsConfig } from '../config/types.js';
import { gaveLayout } from '../model/default-layout.js';
import { excerptOf } from '../model/excerpt.js';
import type { CollectionDoc, FrontMatter, Page, Post, Site } from '../model/types.js';
import { hasTemplate } from '../source/front-matter.js';
import { type Document, ParsedDocument } from '../source/types.js';
import type { PluginFilters } from './filters.js';
import { firstHeading } from './first-heading.js';

/** What a document's heading gives, once per document read (a watch keeps unchanged ones). */
interface Heading {
  /** The title (null without a heading: the document keeps the title it has). */
  readonly title: string | null;
  /** Where the heading ends in the body (0 without one). */
  readonly end: number;
}

type Titled = Page | Post | CollectionDoc;

/** What the plugin made of each document and page, kept by a watch (render/memo.ts): the same object while its input is. */
export interface TitlesMemory {
  readonly headings: WeakMap<Document, Heading>;
  readonly made: WeakMap<Titled, Titled>;
}

export function createTitlesMemory(): TitlesMemory {
  return { headings: new WeakMap(), made: new WeakMap() };
}

/**
 * jekyll-titles-from-headings, as Jekyll runs it after the pages are all made and before anything
 * renders: a Markdown page without a `title` (front matter or `defaults:`) takes its first
 * heading's text (first-heading.ts) as Markdown turned into HTML and then into plain text
 * (markdownify, strip_html, normalize_whitespace, footnote references `[^…]` left out), or none;
 * with `collections: true`, so does every written post and collection document, whose own title
 * the heading replaces. With `strip_title` (a page's own `strip_title` front matter wins; a
 * document's may come from `defaults:`), the heading leaves the content, which is trimmed, and a
 * post's generated excerpt is made again from what is left, as the plugin makes it. The site
 * itself when the plugin is off.
 */
export function titlesFromHeadings(site: Site, f: PluginFilters, memory = createTitlesMemory()): Site {
  const settings = site.config.titlesFromHeadings;
  if (!settings) return site;
  const heading = (doc: Document): Heading => {
    let known = memory.headings.get(doc);
    if (!known) {
      const found = firstHeading(doc.body);
      known = { title: found && plainTitle(found.text, f), end: found?.end ?? 0 };
      memory.headings.set(doc, known);
    }
    return known;
  };
  const once = <T extends Titled>(item: T, make: (item: T) => T): T => {
    let made = memory.made.get(item) as T | undefined;
    if (!made) memory.made.set(item, (made = make(item)));
    return made;
  };
  // Listed before jekyll-default-layout, the plugin runs first: the title comes before the layout that one gives.
  const plugins = [...site.config.plugins];
  const first = plugins.indexOf('jekyll-titles-from-headings') < plugins.indexOf('jekyll-default-layout');
  const pages = site.pages.map((page) => {
    if (!page.isMarkdown || (page.data.title !== undefined && page.data.title !== null)) return page;
    return once(page, (p) => {
      const { title, end } = heading(p.doc);
      // A page's `strip_title` counts only in its own front matter (the plugin asks the page's data, which has no defaults).
      return {
        ...p,
        data: withTitle(p, title, first),
        doc: stripTitle(p.doc.data, settings) ? stripped(p.doc, end) : p.doc,
      };
    });
  });
  if (!settings.collections) return { ...site, pages };
  const posts = site.posts.map((post) =>
    post.isMarkdown ? once(post, (p) => titledPost(p, heading(p.doc), settings, site.config, first)) : post,
  );
  const collections = site.collections.map((c) => ({
    ...c,
    docs: c.docs.map((doc) => {
      if (!doc.isMarkdown || !doc.written) return doc;
      return once(doc, (d) => {
        const { title, end } = heading(d.doc);
        const made = title === null ? d : { ...d, data: { ...d.data, title } };
        // A document's excerpt was made when it was read, from its whole content: it stays.
        return stripTitle(d.data, settings) ? { ...made, doc: stripped(d.doc, end) } : made;
      });
    }),
  }));
  return { ...site, pages, posts, collections };
}

function titledPost(
  post: Post,
  { title, end }: Heading,
  settings: TitlesFromHeadingsConfig,
  config: Config,
  first: boolean,
): Post {
  const made = title === null ? post : { ...post, title, data: withTitle(post, title, first) };
  if (!stripTitle(post.data, settings)) return made;
  const doc = stripped(post.doc, end);
  // The excerpt is made again from the stripped content, over an `excerpt` of the front matter.
  const data: Record<string, unknown> = { ...made.data };
  delete data.excerpt;
  const excerptSource = excerptOf(doc, data, config);
  return excerptSource === null ? { ...made, doc } : { ...made, doc, excerptSource, data };
}

/** An item's data with its title added, after the layout jekyll-default-layout gave it unless this plugin ran `first`. */
function withTitle(item: Page | Post, title: string | null, first: boolean): FrontMatter {
  if (!first || !gaveLayout(item) || Object.hasOwn(item.data, 'title')) return { ...item.data, title };
  const { layout, ...rest } = item.data;
  return { ...rest, title, layout };
}

/** The heading's text as the title: its HTML's text, white space made single spaces, footnote references left out. */
function plainTitle(text: string, f: PluginFilters): string {
  return f.normalizeWhitespace(f.stripHtml(f.markdownify(text))).replace(/\[\^[^\]]*\]/g, '');
}

/** The document from `end` on (after its heading), trimmed as Ruby's strip trims. */
function stripped(doc: Document, end: number): Document {
  const body = doc.body;
  let from = end;
  while (from < body.length && isRubySpace(body, from)) from++;
  let to = body.length;
  while (to > from && isRubySpace(body, to - 1)) to--;
  const text = body.slice(from, to);
  let lines = 0;
  for (let i = body.indexOf('\n'); i >= 0 && i < from; i = body.indexOf('\n', i + 1)) lines++;
  return new ParsedDocument(
    doc.file,
    doc.data,
    doc.frontMatter,
    text,
    doc.bodyLine + lines,
    // A document that renders without Liquid (`render_with_liquid: false`) still does.
    doc.hasTemplate && hasTemplate(text),
    doc.warning,
  );
}

function stripTitle(data: FrontMatter, settings: TitlesFromHeadingsConfig): boolean {
  return Object.hasOwn(data, 'strip_title') ? data.strip_title === true : settings.stripTitle;
}

// Ruby's String#strip trims white space and NUL characters.
function isRubySpace(s: string, at: number): boolean {
  const c = s.charCodeAt(at);
  return c === 0 || c === 32 || (c >= 9 && c <= 13);
}
