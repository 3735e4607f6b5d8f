import { join } from 'node:path';
import { unknownPlaceholder, unknownPlaceholderMessage } from '../config/permalink-placeholders.js';
import type { CollectionConfig, Config } from '../config/types.js';
import { KilnError, KilnWarning } from '../shared/errors.js';
import { rubySpaceship } from '../shared/ruby-compare.js';
import { rubyExtname } from '../shared/ruby-extname.js';
import { rubySort } from '../shared/ruby-sort.js';
import { rubyDowncase, rubyTextCompare } from '../shared/ruby-text.js';
import { slugify } from '../shared/slugify.js';
import { collectionFolder } from '../source/classify.js';
import { lineOfKey } from '../source/front-matter.js';
import type { Document, SourceFile } from '../source/types.js';
import { excerptOf, isSet } from './excerpt.js';
import {
  applyDefaults,
  categoryList,
  defaultsOf,
  layoutName,
  nameText,
  staticFileDefaults,
  staticFilePublished,
  tagList,
  withoutLanguage,
} from './front-matter-defaults.js';
import { withLastModified } from './last-modified.js';
import { compareFolderWalk } from './page-order.js';
import {
  type DocumentKey,
  documentOutputPath,
  documentPermalink,
  escapePath,
  expandPermalink,
  isMarkdownPath,
  outputExtension,
  outputPathFor,
  permalinkSuffix,
  withPlacedPermalink,
} from './permalink.js';
import { fileNameDate, frontMatterDate, titleize } from './post.js';
import { writtenPermalink } from './redirect-to.js';
import { asRendered } from './render-with-liquid.js';
import { staticBasename } from './static-name.js';
import type { Collection, CollectionDoc, StaticFile } from './types.js';

// Jekyll's file names of documents: `[folders/]YYYY-MM-DD-slug.ext` gives a date, else `name.ext`.
const DATED_NAME = /^(?:.+\/)*?(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)(\.[^./]+)$/;
const NAME = /^(?:.+\/)*(.*)(\.[^./]+)$/;

/**
 * The collections of the config, each with its documents in Jekyll's order (`order:`, `sort_by:`,
 * else date then path) and its files without front matter. Pure.
 */
export function buildCollections(
  config: Config,
  docs: readonly Document[],
  statics: readonly SourceFile[],
  warnings: KilnWarning[],
): Collection[] {
  return config.collections.map((cc) => {
    const folder = collectionFolder(config, cc.label);
    const inside = (path: string) => path.startsWith(`${folder}/`);
    const built = docs
      .filter((d) => inside(d.file.path))
      .map((d) => buildDoc(d, config, cc))
      .filter((d): d is CollectionDoc => d !== null);
    // Jekyll reads a collection's folder as a walk, each folder's entries by name: a folder
    // `lofoten/` comes before `lofoten-cover.jpg` beside it.
    const files = statics
      .filter((f) => inside(f.path))
      .sort((a, b) => compareFolderWalk(a.path, b.path))
      .map((f) => staticFile(f, config, cc));
    return {
      label: cc.label,
      config: cc,
      relativeDirectory: `_${cc.label}`,
      directory: join(config.source, folder),
      docs: sortDocs(built, cc, warnings),
      files,
    };
  });
}

function buildDoc(doc: Document, config: Config, cc: CollectionConfig): CollectionDoc | null {
  const path = doc.file.path;
  const relativePath = config.collectionsDir ? path.slice(config.collectionsDir.length + 1) : path;
  const own = withLastModified(config, path, applyDefaults(config, path, cc.label, doc.data), false);
  if (own.published === false && !config.unpublished) return null;
  const data: Record<string, unknown> = { ...own };
  const dated = DATED_NAME.exec(relativePath);
  const named = dated ? null : NAME.exec(relativePath);
  const baseName = path.slice(path.lastIndexOf('/') + 1);
  const dot = baseName.lastIndexOf('.');
  const bare = dot > 0 ? baseName.slice(0, dot) : baseName;
  // Jekyll: a slug never ends with a period.
  const slug = (dated ? dated[2]! : named ? named[1]! : bare).replace(/\.+$/, '');
  const date = docDate(doc, data, config, dated);
  // Ruby's `||=`: `false` is replaced too.
  if (!isSet(data.title)) data.title = titleize(slug);
  if (!isSet(data.slug)) data.slug = slug;
  if ((dated || named) && !isSet(data.ext)) data.ext = dated ? dated[3] : named![2];
  data.categories = withoutLanguage(
    config,
    categoryList(own, doc.data, defaultsOf(config, path, cc.label, 'categories')),
  );
  data.tags = tagList(own);

  const ext = outputExtension(path);
  const placed = withPlacedPermalink(config, data);
  const ownPermalink = placed.permalink !== undefined && placed.permalink !== null;
  const template = ownPermalink
    ? String(placed.permalink)
    : (cc.permalink ?? permalinkSuffix(`/:collection/:path`, config.permalink));
  // The collection's permalink was checked with the config.
  const unknown = ownPermalink ? unknownPlaceholder(template) : null;
  if (unknown) throw new KilnError(unknownPlaceholderMessage(unknown), path, lineOfKey(doc, 'permalink'));
  const permalink = documentPermalink(template);
  const reads = permalink.reads;
  // Their text, as Jekyll's URL puts them (`2023` and `"2023"` are one folder).
  const categories = (data.categories as unknown[]).map(nameText);
  const values: Partial<Record<DocumentKey, string>> = { collection: cc.label, output_ext: ext };
  if (reads.has('path')) values.path = cleanedPath(relativePath, cc.label, true);
  if (reads.has('name')) values.name = slugify(bare, 'default');
  // `slug` is set by now: one that slugifies to nothing (`!!!`) leaves the placeholder empty, as in
  // Jekyll, whose fallback to the file name is for a nil slug only.
  if (reads.has('title')) values.title = slugify(String(data.slug), 'pretty', true);
  if (reads.has('slug')) values.slug = slugify(String(data.slug), 'default');
  if (reads.has('categories')) values.categories = unique(categories.map(rubyDowncase)).join('/');
  if (reads.has('slugified_categories'))
    values.slugified_categories = unique(categories.map((c) => slugify(c, 'default'))).join('/');
  const url = permalink.expand(values, date, config.timezone);
  const future = date > config.time && !config.future;
  return {
    doc: asRendered(doc, data),
    path,
    relativePath,
    collection: cc.label,
    url,
    outputPath: documentOutputPath(url, writtenPermalink(config, placed, url), ext),
    written: cc.output && !future,
    date,
    dated: dated !== null || (own.date !== undefined && own.date !== null),
    data,
    layout: layoutName(data),
    isMarkdown: isMarkdownPath(path),
    excerptSource: excerptOf(doc, data, config),
  };
}

/** The date: front matter, else the file name's, else the build time (as Jekyll's site.time). */
function docDate(doc: Document, data: Record<string, unknown>, config: Config, dated: RegExpExecArray | null): number {
  const own = frontMatterDate(doc, data, config);
  if (own !== null) return own;
  return dated ? fileNameDate(dated[1]!, doc.file.path, config) : config.time;
}

/**
 * Jekyll's `:path` of a document (`/sub/bread` for `_recipes/sub/bread.html`): the path inside
 * the collections folder without its extension and trailing periods, the collection's folder
 * taken out.
 */
function cleanedPath(relativePath: string, label: string, isDoc: boolean): string {
  // Ruby's File.extname: `_galleries/.htaccess` has none.
  const ext = rubyExtname(relativePath.slice(relativePath.lastIndexOf('/') + 1));
  let p = relativePath.slice(0, relativePath.length - ext.length);
  if (isDoc) p = p.replace(`_${label}`, '');
  p = p.replace(/\.+$/, '');
  if (!isDoc) p = p.replace(`_${label}`, '');
  return p;
}

/**
 * A collection's file without front matter. Its URL fills the collection's permalink with only
 * `:collection`, `:path`, `:name` and empty `:title`/`:output_ext` (other placeholders stay as
 * written, as in Jekyll), and ends with the file's extension.
 */
function staticFile(file: SourceFile, config: Config, cc: CollectionConfig): StaticFile {
  const relativePath = config.collectionsDir ? file.path.slice(config.collectionsDir.length + 1) : file.path;
  const name = file.path.slice(file.path.lastIndexOf('/') + 1);
  const extname = rubyExtname(name);
  const basename = staticBasename(name);
  const template = cc.permalink ?? permalinkSuffix('/:collection/:path', config.permalink);
  let url = template;
  for (const [key, value] of [
    ['collection', cc.label],
    ['path', cleanedPath(relativePath, cc.label, false)],
    ['output_ext', ''],
    ['name', basename],
    ['title', ''],
  ] as const) {
    if (!url.includes(':')) break;
    url = url.split(`:${key}`).join(escapePath(value));
  }
  url = expandPermalink(url, {}).replace(/\/$/, '') + extname;
  const data = staticFileDefaults(config, file.path, cc.label);
  // Jekyll asks whether to write the file with the defaults of its URL, not of its path:
  // `path: galleries/raw` holds `_galleries/raw/a.jpg` there, `_galleries/raw` does not.
  const written = cc.output && staticFilePublished(staticFileDefaults(config, url.slice(1), cc.label));
  return { file, url, outputPath: outputPathFor(url, extname), collection: cc.label, written, data };
}

function sortDocs(docs: CollectionDoc[], cc: CollectionConfig, warnings: KilnWarning[]): CollectionDoc[] {
  // Jekyll compares dates only where both documents have one of their own (the build time is
  // filled in later), else their paths.
  const byDate = (a: CollectionDoc, b: CollectionDoc) =>
    (a.dated && b.dated ? a.date - b.date : 0) || rubyTextCompare(a.path, b.path);
  // That is no order where only some have a date (a before c by date, c before b by path, b
  // before a by path): Jekyll's is what Ruby's sort makes of the documents as read.
  const read = [...docs].sort((a, b) => compareFolderWalk(a.path, b.path));
  const sorted = rubySort([...read], byDate);
  if (cc.order) {
    // The listed files first, in the listed order; the others after them, in the usual order.
    const at = new Map(cc.order.map((name, i) => [`_${cc.label}/${name}`, i]));
    const listed = sorted.filter((d) => at.has(d.relativePath));
    listed.sort((a, b) => at.get(a.relativePath)! - at.get(b.relativePath)!);
    return [...listed, ...sorted.filter((d) => !at.has(d.relativePath))];
  }
  const key = cc.sortBy;
  if (key === null) return sorted;
  // Jekyll keeps a file name's date as the document's `date` (a time, as any date it reads).
  const sortValue = (d: CollectionDoc) => (key === 'date' && d.dated ? d.date : d.data[key]);
  for (const d of sorted)
    if (sortValue(d) === undefined || sortValue(d) === null)
      warnings.push(
        new KilnWarning(
          `"${key}" is not set (the collection "${cc.label}" is sorted by it)`,
          d.path,
          undefined,
          'it is listed after those that set it',
        ),
      );
  // Ruby's `<=>` of the two values; where it gives 0 or nil (a Date and a Time), Document#<=>.
  // Jekyll sorts the documents as read (a walk of the folder, `a/x.md` before `a-b.md`), with
  // Ruby's sort: where values do not compare one way (10 and 9 as numbers, 10 and "8.0.1" by
  // path), the order is the one that sort makes.
  return rubySort(read, (a, b) => byValue(sortValue(a), sortValue(b)) || byDate(a, b));
}

/** Unset values after set ones, as Jekyll's sort_by orders them (with a warning). */
function byValue(a: unknown, b: unknown): number {
  const unset = (v: unknown) => v === undefined || v === null;
  if (unset(a) !== unset(b)) return unset(a) ? 1 : -1;
  return rubySpaceship(a, b) ?? 0;
}

function unique(list: string[]): string[] {
  return list.filter((x, i) => list.indexOf(x) === i);
}
