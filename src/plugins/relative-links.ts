import { filtersBaseurl } from '../config/baseurl.js';
import type { MarkdownConfig } from '../config/types.js';
import type { Site } from '../model/types.js';
import { type LinkCandidate, linkCandidates } from '../render/markdown/link-edits.js';
import { urlFilters } from '../render/templates/filters/urls.js';
import { rubyPattern } from '../shared/ruby-glob.js';
import type { Document } from '../source/types.js';

/** A file a link may name: its URL, and what to record as read when a link takes it (watch). */
interface Target {
  readonly url: string;
  readonly read?: () => void;
}

/**
 * jekyll-relative-links: the text of a Markdown page's body (and, with `collections: true`, a
 * post's or written collection document's body and excerpt) with its links to the site's files
 * (`[a](other.md)`, `![b](img/b.png)`, `[c]: ../docs/c.md#part`) pointing to their URLs
 * (`relative_url`, so with `baseurl`), as the plugin rewrites a document's content before
 * anything renders. A path is read from the document's folder (from the source for `/…`), decoded
 * as CGI.unescape decodes it, and names a page, a static file, a post or a written collection
 * document by its path from the source (a document's from `collections_dir`).
 */
export interface RelativeLinks {
  /** `text` (the document's body or excerpt source) with its links rewritten; as it is for other documents. */
  rewrite(doc: Document, text: string): string;
}

/**
 * The rewriting of this site's documents, or null when the plugin is off. `reads` is told what a
 * rewritten text depends on (the lists of files and the URL of each file a link names).
 */
export function relativeLinks(
  site: Site,
  reads: { lists: () => void; post: (i: number) => void; doc: (c: number, i: number) => void },
): RelativeLinks | null {
  const config = site.config.relativeLinks;
  if (!config?.enabled) return null;
  // Each document the plugin rewrites, with the folder of its path (Jekyll's relative_path).
  const folders = new Map<Document, string>();
  const add = (doc: Document, isMarkdown: boolean, path: string) => {
    if (isMarkdown && !excluded(config.exclude, path)) folders.set(doc, folderOf(path));
  };
  for (const page of site.pages) if (!page.archive) add(page.doc, page.isMarkdown, page.path);
  if (config.collections) {
    for (const post of site.posts) add(post.doc, post.isMarkdown, post.relativePath);
    for (const c of site.collections) for (const d of c.docs) if (d.written) add(d.doc, d.isMarkdown, d.relativePath);
  }
  if (folders.size === 0) return null;
  // Jekyll's relative_url, which the plugin calls, with `baseurl` as the filter reads it.
  const relativeUrl = urlFilters(site.config.url, filtersBaseurl(site.config), site.config.languagePass?.urlCache)
    .relative_url!;
  let targets: ReadonlyMap<string, Target> | undefined;
  // The plugin keeps what it found from one jekyll-polyglot pass to the next, when they run in turn.
  const kept = site.config.polyglotPass?.linkTargets;
  const targetsNow = () => {
    if (targets) return targets;
    if (kept?.targets) {
      targets = new Map([...kept.targets].map(([path, url]) => [path, { url }]));
      return targets;
    }
    targets = targetsOf();
    if (kept) kept.targets = new Map([...targets].map(([path, t]) => [path, t.url]));
    return targets;
  };
  // As the plugin looks for them: pages, then static files, then the documents written.
  const targetsOf = () => {
    const map = new Map<string, Target>();
    const put = (path: string, target: Target) => {
      if (!map.has(path)) map.set(path, target);
    };
    for (const p of site.pages) if (!p.archive && (!p.paginator || p.paginator.page === 1)) put(p.path, { url: p.url });
    for (const s of site.staticFiles) put(s.file.path, { url: s.url });
    site.posts.forEach((p, i) => {
      put(p.relativePath, { url: p.url, read: () => reads.post(i) });
    });
    site.collections.forEach((c, ci) => {
      c.docs.forEach((d, i) => {
        if (d.written) put(d.relativePath, { url: d.url, read: () => reads.doc(ci, i) });
      });
    });
    return map;
  };
  const options = site.config.markdown;
  return {
    rewrite(doc, text) {
      const folder = folders.get(doc);
      if (folder === undefined) return text;
      const base = normalized(text);
      const candidates = candidatesOf(options, doc, base);
      if (candidates.length === 0) return text;
      reads.lists();
      // (Every candidate is a link the plugin looks up, so its list is made now.)
      const found = targetsNow();
      let out = '';
      let last = 0;
      for (const c of candidates) {
        const path = siteRelative(c.path, folder);
        const target = path === null ? undefined : found.get(path);
        if (!target) continue;
        target.read?.();
        const [breakFrom, breakTo] = c.lineBreak ?? [c.from, c.from];
        out += `${base.slice(last, breakFrom)}${c.lineBreak ? '\n' : ''}${base.slice(breakTo, c.from)}${String(relativeUrl(target.url))}`;
        last = c.to;
      }
      return last === 0 ? text : out + base.slice(last);
    },
  };
}

/** The folder of a path from the source (`.` at its root), as Ruby's File.dirname gives it. */
function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '.' : path.slice(0, slash);
}

/**
 * A link's path as a path from the source, as the plugin finds it: from the document's folder
 * (from the source when it starts with `/`), `.` and `..` resolved (none above the source), then
 * decoded as CGI.unescape decodes it (`+` is a space). Null when it leaves the source.
 */
export function siteRelative(path: string, folder: string): string | null {
  const parts: string[] = [];
  const rooted = path.startsWith('/');
  for (const part of `${rooted || folder === '.' ? '' : `${folder}/`}${rooted ? path.slice(1) : path}`.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return cgiUnescape(parts.join('/'));
}

/** Ruby's CGI.unescape: `+` is a space, `%XX` a byte; the bytes read as UTF-8. */
function cgiUnescape(s: string): string {
  if (!/[+%]/.test(s)) return s;
  const spaced = s.replace(/\+/g, ' ');
  // (The text between escapes is encoded whole: a character past U+FFFF is two UTF-16 units.)
  const bytes: Buffer[] = [];
  let last = 0;
  for (const m of spaced.matchAll(/%[0-9A-Fa-f]{2}/g)) {
    bytes.push(Buffer.from(spaced.slice(last, m.index)), Buffer.of(Number.parseInt(m[0].slice(1), 16)));
    last = m.index + 3;
  }
  bytes.push(Buffer.from(spaced.slice(last)));
  return Buffer.concat(bytes).toString('utf8');
}

/**
 * Whether `relative_links: exclude` leaves a document out: a pattern matches its path as Ruby's
 * File.fnmatch does without flags (`*` crosses folders), or is the start of its path.
 */
export function excluded(patterns: readonly string[], path: string): boolean {
  return patterns.some((p) => p !== '' && (path.startsWith(p) || rubyPattern(p, false).test(path)));
}

/** The candidates of each document's texts (body, excerpt), per configuration: a watch rebuild finds them again. */
const found = new WeakMap<MarkdownConfig, WeakMap<Document, Array<{ text: string; candidates: LinkCandidate[] }>>>();

/** The candidates of a document's text (the text markdown-it reads: without `\r\n`, `\r` or NUL). */
function candidatesOf(options: MarkdownConfig, doc: Document, text: string): LinkCandidate[] {
  let byDoc = found.get(options);
  if (!byDoc) found.set(options, (byDoc = new WeakMap()));
  let known = byDoc.get(doc);
  if (!known) byDoc.set(doc, (known = []));
  let entry = known.find((k) => k.text === text);
  if (!entry) {
    entry = { text, candidates: linkCandidates(options, text) };
    known.push(entry);
    if (known.length > 2) known.shift();
  }
  return entry.candidates;
}

/** markdown-it's normalize: Markdown reads `\r\n` and `\r` as `\n`, NUL as U+FFFD. */
function normalized(text: string): string {
  return text.includes('\r') || text.includes('\0') ? text.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD') : text;
}
