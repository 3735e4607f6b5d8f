import type { Config } from '../config/types.js';
import type { Paginator } from './types.js';

/** The folder whose index.html jekyll-paginate paginates: `blog/page:num` → `blog`. */
export function paginatedFolder(paginatePath: string): string {
  const parts = paginatePath.replace(/^\/+|\/+$/g, '').split('/');
  return parts.slice(0, -1).join('/');
}

/**
 * The page jekyll-paginate paginates: an `index.html` in the folder of `paginate_path` or in any
 * folder above it, the deepest there is (`blog/page:num` with no blog/index.html paginates the
 * site's own index.html); null when there is none.
 */
export function paginationTemplate(paginatePath: string, pagePaths: Iterable<string>): string | null {
  const folder = paginatedFolder(paginatePath);
  let best: string | null = null;
  for (const path of pagePaths) {
    if (path !== 'index.html' && !path.endsWith('/index.html')) continue;
    const dir = path.slice(0, -'/index.html'.length);
    const above = path === 'index.html' || folder === dir || folder.startsWith(`${dir}/`);
    if (above && (best === null || path.length > best.length)) best = path;
  }
  return best;
}

/** The URL of paginator page `n` (page 1 is the index page's own URL). */
/**
 * Whether a page is one of jekyll-paginate's pages 2…, which its generator, the last to run, adds
 * after every other page: written over a page or redirect at the same URL.
 */
export function isLaterPaginatorPage(page: { readonly paginator: Paginator | null }): boolean {
  return page.paginator !== null && !page.paginator.v2 && page.paginator.page > 1;
}

export function paginatorPath(config: Config, firstPageUrl: string, n: number): string {
  if (n <= 1) return firstPageUrl;
  const path = config.paginatePath.replace(':num', String(n));
  return path.startsWith('/') ? path : `/${path}`;
}

/**
 * The posts jekyll-paginate pages, as indexes into site.posts: all but those whose `hidden` is
 * true in Ruby's sense (any value but nil or false), which the plugin leaves out.
 */
export function paginatedPosts(posts: readonly { readonly data: Readonly<Record<string, unknown>> }[]): number[] {
  const shown: number[] = [];
  posts.forEach((post, i) => {
    const hidden = post.data.hidden;
    if (hidden === undefined || hidden === null || hidden === false) shown.push(i);
  });
  return shown;
}

/** One Paginator per index page for the posts `postIndexes` (into site.posts), `perPage` to a page. */
export function paginate(
  config: Config,
  firstPageUrl: string,
  postIndexes: readonly number[],
  perPage: number,
): Paginator[] {
  const totalPages = Math.max(1, Math.ceil(postIndexes.length / perPage));
  const pages: Paginator[] = [];
  for (let n = 1; n <= totalPages; n++) {
    pages.push({
      page: n,
      perPage,
      postIndexes: postIndexes.slice((n - 1) * perPage, n * perPage),
      totalPosts: postIndexes.length,
      totalPages,
      previousPage: n > 1 ? n - 1 : null,
      previousPagePath: n > 1 ? paginatorPath(config, firstPageUrl, n - 1) : null,
      nextPage: n < totalPages ? n + 1 : null,
      nextPagePath: n < totalPages ? paginatorPath(config, firstPageUrl, n + 1) : null,
    });
  }
  return pages;
}
