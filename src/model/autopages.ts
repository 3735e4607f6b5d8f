import { autopageTexts } from '../config/autopages.js';
import { keyLine } from '../config/key-line.js';
import type { AutopageKind, Config } from '../config/types.js';
import { deepMergeHashes, isMapping } from '../shared/deep-merge.js';
import { KilnError, KilnWarning } from '../shared/errors.js';
import { rubyJoin, rubySplit, rubyStrip, rubySub } from '../shared/ruby-text.js';
import { slugify } from '../shared/slugify.js';
import { lineOfKey } from '../source/front-matter.js';
import type { Document } from '../source/types.js';
import { ParsedDocument } from '../source/types.js';
import { layoutName, nameText } from './front-matter-defaults.js';
import { outputPathFor } from './permalink.js';
import { type Collection, inPostsOrder, type Layout, type Page, type Post } from './types.js';

/**
 * jekyll-paginate-v2's autopages: for each tag, category and collection the site's documents
 * have (posts first, then each collection's; not those with `pagination`), one page per layout
 * the kind names, made of that layout (its front matter; its own `pagination:` and `autopages:`
 * merged over the site's), at the kind's `permalink`, titled by its `title`, paginating by that
 * value. They are templates of model/paginate-v2.ts: each is replaced by its pages, whose
 * content is empty (the layout renders them). `docs`: each page's document of the last build,
 * kept so that a watch hands the render stage the same one.
 */
export function buildAutopages(
  config: Config,
  posts: readonly Post[],
  postsOrder: readonly number[] | undefined,
  collections: readonly Collection[],
  layouts: ReadonlyMap<string, Layout>,
  docs?: Map<string, Document>,
): { pages: Page[]; warnings: KilnWarning[] } {
  const autopages = config.autopages;
  const site = config.pagination;
  if (!autopages || !site) return { pages: [], warnings: [] };
  const pages: Page[] = [];
  const warnings: KilnWarning[] = [];
  const kept = new Map<string, Document>();
  const byFile = new Map([...layouts.values()].map((l) => [l.doc.file.path, l]));
  const warned = new Set<string>();
  const warn = (key: string, warning: KilnWarning) => {
    if (!warned.has(key)) warnings.push(warning);
    warned.add(key);
  };
  for (const kind of autopages.kinds) {
    for (const [value, display] of indexValues(kind, inPostsOrder({ postsOrder }, posts), collections)) {
      for (const file of kind.layouts) {
        const layout = byFile.get(`_layouts/${file}`);
        if (!layout)
          warn(
            file,
            new KilnWarning(
              `jekyll-paginate-v2: the autopage layout _layouts/${file} does not exist`,
              '_config.yml',
              undefined,
              'its pages are written empty, as Jekyll writes them',
            ),
          );
        const page = autopage(site, kind, value, display, file, layout, { kept, last: docs });
        if (page) pages.push(page);
        else
          warn(
            `${kind.kind} ${file}`,
            new KilnWarning(
              `jekyll-paginate-v2: the ${kind.kind} autopages of _layouts/${file} are not paginated (pagination is not enabled for them)`,
              layout ? layout.doc.file.path : '_config.yml',
              undefined,
              'kiln does not make them (Jekyll writes each with the content of the page it rendered before)',
            ),
          );
      }
    }
  }
  if (docs) {
    docs.clear();
    for (const [k, d] of kept) docs.set(k, d);
  }
  return { pages, warnings };
}

/**
 * The values of a kind the documents have, each in lower case with the first spelling met (its
 * `display_name`), in the order met: posts in the collection's order (oldest first, a
 * jekyll-polyglot translation in its original's place), then each collection's documents.
 */
function indexValues(
  kind: AutopageKind,
  oldestFirst: readonly Post[],
  collections: readonly Collection[],
): Map<string, string> {
  const index = new Map<string, string>();
  const add = (v: unknown, doc: Document) => {
    if (v === undefined || v === null) return;
    let keys: unknown[];
    if (typeof v === 'string') {
      if (rubyStrip(v) === '') return;
      keys = rubySplit(v, /;|,|\s/);
    } else if (Array.isArray(v)) keys = v;
    else return;
    for (const key of keys) {
      // The plugin strips each name as text: one YAML read as a number (or nil) fails Jekyll's build.
      if (typeof key !== 'string')
        throw new KilnError(
          `jekyll-paginate-v2's ${kind.kind} autopages take names written as text, and ${key === null ? 'null' : nameText(key)} is not (Jekyll 4.3.1 fails on it): quote it`,
          doc.file.path,
          lineOfKey(doc, kind.kind),
        );
      for (const raw of rubySplit(rubyStrip(key), /;|,/)) {
        const k = rubyStrip(raw.toLowerCase());
        if (!index.has(k)) index.set(k, raw);
      }
    }
  };
  const field = (data: Readonly<Record<string, unknown>>, own: unknown) =>
    Object.hasOwn(data, 'pagination') ? undefined : own;
  for (const p of oldestFirst) {
    add(field(p.data, kind.kind === 'tags' ? p.tags : kind.kind === 'categories' ? p.categories : 'posts'), p.doc);
  }
  for (const c of collections)
    for (const d of c.docs) add(field(d.data, kind.kind === 'collections' ? c.label : d.data[kind.kind]), d.doc);
  return index;
}

/** One autopage: a template page of its layout (null when pagination is not enabled for it). */
function autopage(
  site: Readonly<Record<string, unknown>>,
  kind: AutopageKind,
  value: string,
  display: string,
  file: string,
  layout: Layout | undefined,
  docs: { readonly kept: Map<string, Document>; readonly last: Map<string, Document> | undefined },
): Page | null {
  const path = `_layouts/${file}`;
  const own = layout ? layout.doc.data : {};
  const fail = (message: string, key: string) =>
    new KilnError(message, path, layout && keyLine(layout.doc.frontMatter, key.split('.')));
  for (const key of ['pagination', 'autopages'])
    if (own[key] !== undefined && own[key] !== null && !isMapping(own[key]))
      throw fail(`${key} must be a mapping (jekyll-paginate-v2 merges it over the site's)`, key);
  const pagination = deepMergeHashes(site, (own.pagination as Record<string, unknown>) ?? {});
  pagination[kind.setting] = value;
  const settings = deepMergeHashes(kind.raw, (own.autopages as Record<string, unknown>) ?? {});
  const { permalink: pattern, title: titled } = autopageTexts(settings, (m, k) =>
    fail(`autopages.${m}`, `autopages.${k}`),
  );
  const slug = slugify(value, kind.slugify.mode, kind.slugify.cased);
  const permalink = rubySub(pattern, kind.placeholder, slug);
  const dot = file.lastIndexOf('.');
  const data: Record<string, unknown> = { ...own };
  data.permalink = permalink;
  data.layout = dot > 0 ? file.slice(0, dot) : file;
  data.title = rubySub(titled, kind.placeholder, slug);
  data.pagination = pagination;
  data.autopage = { layout_path: path, display_name: display };
  const enabled = pagination.enabled;
  if (enabled === undefined || enabled === null || enabled === false) return null;
  // The page is read from its layout, whose body it does not keep (the plugin's pages have none).
  const key = JSON.stringify([path, data]);
  const doc =
    docs.last?.get(key) ??
    new ParsedDocument(
      layout?.doc.file ?? { path, kind: 'layout', bytes: Buffer.alloc(0), text: '', mtimeMs: 0 },
      data,
      layout?.doc.frontMatter ?? '',
      '',
      1,
      false,
    );
  docs.kept.set(key, doc);
  const url = rubyJoin(permalink, 'index.html');
  return {
    doc,
    path,
    url,
    outputPath: outputPathFor(url, '.html'),
    data,
    layout: layoutName(data),
    isMarkdown: false,
    paginator: null,
  };
}
