import type { Config } from '../config/types.js';
import { collectErrors, KilnError } from '../shared/errors.js';
import { unsafeOutputPath } from '../shared/output-path.js';
import { parseYaml } from '../shared/yaml.js';
import { lineOfKey } from '../source/front-matter.js';
import type { Document, SourceFile } from '../source/types.js';
import { layoutName } from './front-matter-defaults.js';
import { pagePlacement } from './page.js';
import { paginate, paginatedFolder, paginatorPath } from './paginate.js';
import { outputPathFor } from './permalink.js';
import { buildPost, isFuture } from './post.js';
import type { Layout, Page, Post, Site, StaticFile } from './types.js';

/** Pure: the parsed source → the Site (posts newest first, pages, static files, layouts, data). */
export function buildSite(
  config: Config,
  docs: readonly Document[],
  files: readonly SourceFile[],
  postCache?: WeakMap<Document, Post | null>,
): Site {
  const posts: Post[] = [];
  const layouts = new Map<string, Layout>();
  const pageDocs: Document[] = [];
  collectErrors(docs, (doc) => {
    const kind = doc.file.kind;
    if (kind === 'post' || (kind === 'draft' && config.drafts)) {
      let post = postCache?.get(doc);
      if (post === undefined) {
        post = buildPost(doc, config);
        postCache?.set(doc, post);
      }
      if (post && !isFuture(post, config)) posts.push(post);
    } else if (kind === 'layout') {
      const name = doc.file.path.slice('_layouts/'.length).replace(/\.(html|njk|htm|xml)$/, '');
      layouts.set(name, { name, doc, layout: layoutName(doc.data) });
    } else if (kind === 'page') {
      pageDocs.push(doc);
    }
  });
  // Jekyll sorts by date then path, and lists site.posts in reverse: newest first.
  posts.sort((a, b) => b.date - a.date || (a.path < b.path ? 1 : a.path > b.path ? -1 : 0));

  const pages = pageDocs.flatMap((doc) => placePage(doc, config, posts.length));
  const staticFiles: StaticFile[] = files
    .filter((f) => f.kind === 'static')
    .map((file) => ({ file, url: `/${file.path}`, outputPath: file.path }));
  const includes = new Map<string, string>();
  for (const f of files)
    if (f.kind === 'include') includes.set(f.path.slice('_includes/'.length), f.bytes.toString('utf8'));
  const data = readData(files);

  checkUniqueOutputs(posts, pages, staticFiles);
  return { config, posts, pages, staticFiles, layouts, includes, data };
}

function placePage(doc: Document, config: Config, postCount: number): Page[] {
  const { url, outputPath, data, layout } = pagePlacement(doc, config);
  const isMarkdown = /\.(md|markdown)$/.test(doc.file.path);
  const base = { doc, path: doc.file.path, url, outputPath, data, layout, isMarkdown, paginator: null };
  const folder = paginatedFolder(config.paginatePath);
  const indexPath = folder ? `${folder}/index.html` : 'index.html';
  if (!config.paginate || doc.file.path !== indexPath) return [base];
  return paginate(config, url, postCount, config.paginate).map((paginator) => {
    const pageUrl = paginatorPath(config, url, paginator.page);
    return paginator.page === 1
      ? { ...base, paginator }
      : {
          ...base,
          paginator,
          url: pageUrl,
          outputPath: outputPathFor(pageUrl.endsWith('/') ? pageUrl : `${pageUrl}/`, '.html'),
        };
  });
}

/** `_data/NAME.yml|yaml|json` → data.NAME; subfolders nest (`_data/a/b.yml` → data.a.b). */
function readData(files: readonly SourceFile[]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  collectErrors(
    files.filter((f) => f.kind === 'data'),
    (f) => {
      const m = /^_data\/(.+)\.(ya?ml|json)$/.exec(f.path);
      if (!m) return;
      const text = f.bytes.toString('utf8');
      let value: unknown;
      if (m[2] === 'json') {
        try {
          value = JSON.parse(text);
        } catch (e) {
          throw new KilnError(`invalid JSON: ${(e as Error).message}`, f.path);
        }
      } else value = parseYaml(text, f.path);
      const keys = m[1]!.split('/');
      let target = data;
      for (const k of keys.slice(0, -1)) target = (target[k] ??= {}) as Record<string, unknown>;
      target[keys[keys.length - 1]!] = value;
    },
  );
  return data;
}

function checkUniqueOutputs(posts: readonly Post[], pages: readonly Page[], staticFiles: readonly StaticFile[]): void {
  const seen = new Map<string, string>();
  const errors: KilnError[] = [];
  const claim = (outputPath: string, path: string, url: string, doc?: Document) => {
    const unsafe = unsafeOutputPath(outputPath);
    if (unsafe) {
      errors.push(new KilnError(`its URL ${url} cannot be written (${unsafe})`, path, doc && lineOfCause(doc)));
      return;
    }
    const first = seen.get(outputPath);
    if (first !== undefined && first !== path)
      errors.push(new KilnError(`claims the URL ${url}, which ${first} already has`, path));
    else seen.set(outputPath, path);
  };
  for (const p of posts) claim(p.outputPath, p.path, p.url, p.doc);
  for (const p of pages) claim(p.outputPath, p.path, p.url, p.doc);
  for (const s of staticFiles) claim(s.outputPath, s.file.path, s.url);
  collectErrors(errors, (e) => {
    throw e;
  });
}

/** The front-matter line that made a URL leave the destination: a key that can put `..` in it. */
function lineOfCause(doc: Document): number | undefined {
  const keys = ['permalink', 'slug', 'categories', 'category'].filter((k) => doc.data[k] !== undefined);
  const guilty = keys.find((k) => /\.\.|%|\\/.test(JSON.stringify(doc.data[k]))) ?? keys[0];
  return guilty === undefined ? undefined : lineOfKey(doc, guilty);
}
