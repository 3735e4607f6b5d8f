import { unknownPlaceholder, unknownPlaceholderMessage } from '../config/permalink-placeholders.js';
import type { Config } from '../config/types.js';
import { guessTime } from '../shared/date-guess.js';
import { DATE_ONLY, parseDate } from '../shared/dates.js';
import { KilnError } from '../shared/errors.js';
import { rubyDowncase } from '../shared/ruby-text.js';
import { SiteDate } from '../shared/site-date.js';
import { slugify } from '../shared/slugify.js';
import { postFolderAt } from '../source/classify.js';
import { lineOfKey } from '../source/front-matter.js';
import type { Document } from '../source/types.js';
import { excerptOf, isSet } from './excerpt.js';
import {
  applyDefaults,
  categoryList,
  defaultsOf,
  layoutName,
  nameText,
  tagList,
  withoutLanguage,
} from './front-matter-defaults.js';
import { withLastModified } from './last-modified.js';
import {
  type DocumentKey,
  documentId,
  documentOutputPath,
  documentPermalink,
  isMarkdownPath,
  outputExtension,
  permalinkTemplate,
  withPlacedPermalink,
} from './permalink.js';
import { writtenPermalink } from './redirect-to.js';
import { asRendered } from './render-with-liquid.js';
import type { Post } from './types.js';

// As Jekyll names posts: a date (a year of two to four digits, month and day of one or two), a
// title, which may be empty (`2012-01-09-.md` is a post, its slug empty), and any extension
// (Markdown's in any case convert; `.txt` and `.HTM` keep theirs, as Jekyll writes them).
const POST_NAME = /^(\d{2,4}-\d{1,2}-\d{1,2})-(.*)\.[^.]+$/;
const DRAFT_NAME = /^(.+)\.[^.]+$/;

/** Whether a file in `_posts/` is named as a post must be: `YYYY-MM-DD-title.md`. */
export function isPostFileName(path: string): boolean {
  return POST_NAME.test(path.slice(path.lastIndexOf('/') + 1));
}

/** Whether a post is left out for being dated after the build time (SPEC §3); a draft too, as in Jekyll. */
export function isFuture(post: Post, config: Config): boolean {
  return post.date > config.time && !config.future;
}

/**
 * Builds one post from its file name and front matter, or null when the file is no post
 * (a name without a date, or `published: false`). Pure in (doc, config minus the time).
 */
export function buildPost(doc: Document, config: Config): Post | null {
  const isDraft = doc.file.kind === 'draft';
  const name = doc.file.path.slice(doc.file.path.lastIndexOf('/') + 1);
  // A draft named as a post (`2018-03-03-slug.md`) takes its date and slug from the name as a
  // post does, as Jekyll reads every document's name; only an undated draft goes by its mtime.
  const dated = POST_NAME.exec(name);
  const m = dated ?? (isDraft ? DRAFT_NAME.exec(name) : null);
  if (!m) return null;
  // Posts are in the site's default language.
  const own = config.languages.length
    ? { language: config.languages[0], is_default_language: true, ...doc.data }
    : doc.data;
  // A draft is a document of the posts collection: `type: posts` defaults apply to it, and
  // Jekyll 4 applies no `type: drafts` scope to anything.
  const data = withLastModified(config, doc.file.path, applyDefaults(config, doc.file.path, 'posts', own), false);
  if (data.published === false && !config.unpublished) return null;

  // Jekyll's populate_title drops the dots that end it (`2024-01-02-Wait....md` is `Wait`).
  const fileSlug = (dated ? m[2]! : m[1]!).replace(/\.+$/, '');
  // Jekyll's `slug`: the front matter's, else the file name's (which gives the title).
  const slug = isSet(data.slug) ? String(data.slug) : fileSlug;
  const date = postDate(doc, data, config, dated);

  const folders = folderCategories(doc.file.path, config.collectionsDir);
  const listed = categoryList(data, own, defaultsOf(config, doc.file.path, 'posts', 'categories'), folders);
  const categories = withoutLanguage(config, listed);
  const tags = tagList(data);
  const ext = outputExtension(name);
  const relativePath = config.collectionsDir ? doc.file.path.slice(config.collectionsDir.length + 1) : doc.file.path;
  const placed = withPlacedPermalink(config, data);
  const url = postUrl(doc, config, placed, date, slug, categories, ext, relativePath);
  // The front matter's as YAML read it (`title: 1984` is a number), else the file name's.
  const title = isSet(data.title) ? data.title : titleize(fileSlug);
  return {
    doc: asRendered(doc, data),
    path: doc.file.path,
    relativePath,
    slug,
    date,
    title,
    categories,
    tags,
    url,
    id: documentId(url, slug),
    outputPath: documentOutputPath(url, writtenPermalink(config, placed, url), ext),
    data,
    layout: layoutName(data),
    isMarkdown: isMarkdownPath(name),
    isDraft,
    excerptSource: excerptOf(doc, data, config),
  };
}

/**
 * The front matter's `date` (ms), null when it has none; a date that does not parse fails at its
 * line, as does `date:` left empty (Jekyll reads any `date` key it finds, nil as the text "").
 */
export function frontMatterDate(doc: Document, data: Record<string, unknown>, config: Config): number | null {
  if (data.date === null && Object.hasOwn(data, 'date'))
    throw new KilnError(
      'bad date: it is empty (give one, or leave the key out)',
      doc.file.path,
      lineOfKey(doc, 'date'),
    );
  if (data.date === undefined) return null;
  // Jekyll reads the date's text: a YAML time loses its fraction of a second.
  if (data.date instanceof SiteDate) return Math.floor(data.date.getTime() / 1000) * 1000;
  const text = String(data.date);
  // Jekyll reads any other text with Ruby's Time.parse (`Fri, 07 May 2021 10:00:00 +0000`,
  // `May 7, 2021`), what it leaves out taken from the clock (not `time:`).
  // In a Liquid site an unquoted timestamp is a time already: text was quoted, and Time.parse
  // reads it in the site's zone (a Nunjucks site's unquoted timestamps are text, YAML's UTC).
  const quoted = config.templateEngine === 'liquid' && typeof data.date === 'string';
  const parsed =
    parseDate(text, config.timezone, quoted) ?? guessTime(text, config.timezone, () => config.clock)?.ms ?? null;
  if (parsed === null)
    throw new KilnError(
      `bad date "${String(data.date)}" (expected YYYY-MM-DD or YYYY-MM-DD HH:MM:SS [+ZONE])`,
      doc.file.path,
      lineOfKey(doc, 'date'),
    );
  return parsed;
}

function postDate(doc: Document, data: Record<string, unknown>, config: Config, dated: RegExpExecArray | null): number {
  const own = frontMatterDate(doc, data, config);
  if (own !== null) return own;
  if (!dated) return Math.floor(doc.file.mtimeMs / 1000) * 1000;
  return fileNameDate(dated[1]!, doc.file.path, config);
}

/**
 * The date of a post's or document's file name (`2021-01-15`), midnight in the site's zone, read
 * as Jekyll reads it, with Ruby's Time.parse: a two-digit year is this century's or the last's
 * (`21-01-15`, `99-01-15`), a 29th to 31st past the month's end rolls over (`2021-02-30` is
 * March 2nd); a month 13 or a 32nd fails the build, as it fails Jekyll's.
 */
export function fileNameDate(text: string, path: string, config: Config): number {
  // A plain valid `YYYY-MM-DD` (nearly every file) is read as Time.parse reads it, without
  // building its patterns: 23 ms of a small site's build.
  const plain = DATE_ONLY.test(text) ? parseDate(text, config.timezone) : null;
  if (plain !== null) return plain;
  const time = guessTime(text, config.timezone, () => config.clock);
  if (!time) throw new KilnError(`bad date in file name: ${text} is no date`, path);
  return time.ms;
}

function postUrl(
  doc: Document,
  config: Config,
  data: Record<string, unknown>,
  date: number,
  slug: string,
  categories: readonly unknown[],
  ext: string,
  relativePath: string,
): string {
  const own = data.permalink !== undefined && data.permalink !== null;
  // A post's own permalink is a pattern as written (`pretty` is no style there), as in Jekyll.
  const template = own ? String(data.permalink) : (config.posts.permalink ?? permalinkTemplate(config.permalink));
  // The site's permalink was checked with the config.
  const unknown = own ? unknownPlaceholder(template) : null;
  if (unknown) throw new KilnError(unknownPlaceholderMessage(unknown), doc.file.path, lineOfKey(doc, 'permalink'));
  const permalink = documentPermalink(template);
  const reads = permalink.reads;
  const values: Partial<Record<DocumentKey, string>> = { collection: 'posts', output_ext: ext };
  const name = relativePath.slice(relativePath.lastIndexOf('/') + 1);
  // Jekyll's cleaned_relative_path: without its extension, the first `_posts` taken out.
  if (reads.has('path'))
    values.path = relativePath
      .slice(0, relativePath.length - (name.length - name.lastIndexOf('.')))
      .replace('_posts', '')
      .replace(/\.+$/, '');
  if (reads.has('name')) values.name = slugify(name.slice(0, name.lastIndexOf('.')), 'default');
  if (reads.has('slugified_categories'))
    values.slugified_categories = unique(categories.map((c) => slugify(nameText(c), 'default'))).join('/');
  if (reads.has('title') || reads.has('slug')) {
    // Jekyll 3 and 4 slugify it as a collection document's (`hello world` → `hello-world`); 2 did not.
    const raw = config.jekyllVersion === 2;
    values.title = raw ? slug : slugify(slug, 'pretty', true);
    values.slug = raw ? slug : slugify(slug, 'default');
  }
  if (reads.has('categories')) values.categories = unique(categories.map((c) => rubyDowncase(nameText(c)))).join('/');
  return permalink.expand(values, date, config.timezone);
}

/** Jekyll's title for a post or document without one: the slug's words, capitalised as Ruby does (`API-docs` → `Api Docs`). */
export function titleize(slug: string): string {
  // Ruby's split drops the empty pieces at the end (`a-b-` is `A B`).
  return slug
    .replace(/-+$/, '')
    .split('-')
    .map((w) => {
      const first = String.fromCodePoint(w.codePointAt(0) ?? 0);
      return w ? first.toUpperCase() + w.slice(first.length).toLowerCase() : w;
    })
    .join(' ');
}

/**
 * `news/_posts/x.md` is in category `news`: the folders above `_posts` (or `_drafts`) come first,
 * those of `collections_dir` (`dir`) left out.
 */
function folderCategories(path: string, dir: string): string[] {
  const at = postFolderAt(path, dir);
  return at > 0 ? path.split('/').slice(dir ? dir.split('/').length : 0, at) : [];
}

function unique(list: string[]): string[] {
  return list.filter((x, i) => list.indexOf(x) === i);
}
