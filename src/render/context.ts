import { SiteDate } from '../shared/dates.js';
import { groupByYear } from '../model/archive.js';
import type { Page, Post, Site } from '../model/types.js';

/** A post as templates see it (`post.title`, `post.url`, `post.content`, …). */
export type PostView = Record<string, unknown> & { content: string; excerpt: string };
/** A page as templates see it. */
export type PageView = Record<string, unknown> & { content: string };

/** The `site` object of the template context, and the views render-site fills in. */
export interface SiteContext {
  readonly site: Record<string, unknown>;
  readonly postViews: readonly PostView[];
}

/** Builds `site` with Jekyll's names: config keys, posts, pages, data, categories, tags, archive. */
export function createSiteContext(site: Site, pageViews: readonly PageView[], viewCache?: WeakMap<Post, PostView>): SiteContext {
  const tz = site.config.timezone;
  // In watch, an unchanged post keeps its view object; what a build sets on it is set afresh below
  // and in render-site (content, excerpt).
  const postViews = site.posts.map((post) => {
    let view = viewCache?.get(post);
    if (!view) {
      view = postView(post, tz);
      viewCache?.set(post, view);
    }
    view.content = '';
    view.excerpt = '';
    return view;
  });
  postViews.forEach((view, i) => {
    view.previous = postViews[i + 1] ?? null; // older
    view.next = postViews[i - 1] ?? null; // newer
  });
  const byName = (key: 'categories' | 'tags') => {
    const map: Record<string, PostView[]> = {};
    site.posts.forEach((post, i) => {
      for (const name of post[key]) (map[name] ??= []).push(postViews[i]!);
    });
    return map;
  };
  const archive = groupByYear(site.posts.map((p, i) => ({ date: p.date, view: postViews[i]! })), tz)
    .map((g) => ({ year: g.year, posts: g.items.map((x) => x.view) }));
  return {
    postViews,
    site: {
      ...site.config.siteData,
      url: site.config.url,
      baseurl: site.config.baseurl,
      time: new SiteDate(site.config.time, tz),
      posts: postViews,
      pages: pageViews,
      data: site.data,
      categories: byName('categories'),
      tags: byName('tags'),
      archive,
      static_files: site.staticFiles.map((s) => ({
        path: '/' + s.file.path, url: s.url, name: s.file.path.slice(s.file.path.lastIndexOf('/') + 1),
        extname: s.file.path.includes('.') ? s.file.path.slice(s.file.path.lastIndexOf('.')) : '',
        modified_time: new SiteDate(s.file.mtimeMs, tz),
      })),
    },
  };
}

function postView(post: Post, tz: string): PostView {
  return {
    ...post.data,
    title: post.title,
    url: post.url,
    date: new SiteDate(post.date, tz),
    id: post.id,
    path: post.path,
    slug: post.slug,
    categories: post.categories,
    tags: post.tags,
    draft: post.isDraft,
    content: '',
    excerpt: '',
  };
}

/** A page as templates see it; paginated copies differ only in `url`. */
export function pageView(page: Page): PageView {
  const name = page.path.slice(page.path.lastIndexOf('/') + 1);
  return { ...page.data, url: page.url, path: page.path, name, dir: page.url.replace(/[^/]*$/, ''), content: '' };
}
