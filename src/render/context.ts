import { groupByYear } from '../model/archive.js';
import type { Page, Post, Site, StaticFile } from '../model/types.js';
import { SiteDate } from '../shared/dates.js';
import { sameItems } from '../shared/paths.js';

/** A post as templates see it (`post.title`, `post.url`, `post.content`, …). */
export type PostView = Record<string, unknown> & { content: string; excerpt: string };
/** A page as templates see it. */
export type PageView = Record<string, unknown> & { content: string };

/** The `site` object of the template context, and the views render-site fills in. */
export interface SiteContext {
  readonly site: Record<string, unknown>;
  readonly postViews: readonly PostView[];
}

/**
 * What createSiteContext keeps between the builds of one watch: each post's view, and the lists
 * made from the views, reused while the posts' views are the same objects in the same order.
 */
export interface ContextMemory {
  readonly views: WeakMap<Post, PostView>;
  /** The last build's posts: a changed post file whose entry is unchanged takes over its view. */
  posts?: readonly Post[];
  lists?: PostLists;
  statics?: { readonly files: readonly StaticFile[]; readonly list: ReadonlyArray<Record<string, unknown>> };
  /** Every view holds its post's finished content and excerpt (render/post-bodies.ts sets them). */
  filled?: boolean;
}

export function createContextMemory(): ContextMemory {
  return { views: new WeakMap() };
}

interface PostLists {
  readonly views: readonly PostView[];
  readonly categories: Record<string, PostView[]>;
  readonly tags: Record<string, PostView[]>;
  readonly archive: ReadonlyArray<{ year: number; posts: PostView[] }>;
}

/** Builds `site` with Jekyll's names: config keys, posts, pages, data, categories, tags, archive. */
export function createSiteContext(site: Site, pageViews: readonly PageView[], memory?: ContextMemory): SiteContext {
  const tz = site.config.timezone;
  const postViews = memory ? viewsOf(site.posts, tz, memory) : site.posts.map((post) => postView(post, tz));
  const last = memory?.lists;
  const lists = last && sameItems(last.views, postViews) ? last : postLists(site, postViews, tz);
  if (memory) memory.lists = lists;
  return {
    postViews: lists.views,
    site: {
      ...site.config.siteData,
      url: site.config.url,
      baseurl: site.config.baseurl,
      time: new SiteDate(site.config.time, tz),
      posts: lists.views,
      pages: pageViews,
      data: site.data,
      categories: lists.categories,
      tags: lists.tags,
      archive: lists.archive,
      static_files: staticList(site, tz, memory),
    },
  };
}

function postLists(site: Site, postViews: PostView[], tz: string): PostLists {
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
  const archive = groupByYear(
    site.posts.map((p, i) => ({ date: p.date, view: postViews[i]! })),
    tz,
  ).map((g) => ({ year: g.year, posts: g.items.map((x) => x.view) }));
  return { views: postViews, categories: byName('categories'), tags: byName('tags'), archive };
}

/** Each post's view: kept per post, and taken over by a re-read post whose view would be the same. */
function viewsOf(posts: readonly Post[], tz: string, memory: ContextMemory): PostView[] {
  let lastByPath: Map<string, Post> | undefined;
  const views = posts.map((post) => {
    let view = memory.views.get(post);
    if (!view) {
      lastByPath ??= new Map(memory.posts?.map((p) => [p.path, p]));
      const before = lastByPath.get(post.path);
      view = before && sameEntry(before, post) ? memory.views.get(before) : undefined;
      view ??= postView(post, tz);
      memory.views.set(post, view);
    }
    return view;
  });
  memory.posts = posts;
  return views;
}

/** Whether two posts give the same view: everything postView reads is equal. */
function sameEntry(a: Post, b: Post): boolean {
  return (
    a.url === b.url &&
    a.date === b.date &&
    a.id === b.id &&
    a.path === b.path &&
    a.slug === b.slug &&
    a.title === b.title &&
    a.isDraft === b.isDraft &&
    sameItems(a.categories, b.categories) &&
    sameItems(a.tags, b.tags) &&
    JSON.stringify(a.data) === JSON.stringify(b.data)
  );
}

function staticList(site: Site, tz: string, memory?: ContextMemory): ReadonlyArray<Record<string, unknown>> {
  const last = memory?.statics;
  if (
    last &&
    last.files.length === site.staticFiles.length &&
    last.files.every((s, i) => s.file === site.staticFiles[i]!.file)
  )
    return last.list;
  const list = site.staticFiles.map((s) => ({
    path: `/${s.file.path}`,
    url: s.url,
    name: s.file.path.slice(s.file.path.lastIndexOf('/') + 1),
    extname: s.file.path.includes('.') ? s.file.path.slice(s.file.path.lastIndexOf('.')) : '',
    modified_time: new SiteDate(s.file.mtimeMs, tz),
  }));
  if (memory) memory.statics = { files: site.staticFiles, list };
  return list;
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
