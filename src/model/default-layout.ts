import type { Layout, Page, Post } from './types.js';

// Each page or post as given a layout, by the layout it was given: a watch's unchanged page is
// the same object from build to build, and so is what it becomes here.
const given = new WeakMap<Page | Post, { readonly layout: string | null; readonly made: Page | Post }>();
// What the plugin made: a page whose data has the layout it set.
const made = new WeakSet<Page | Post>();

/** Whether jekyll-default-layout set this page's `layout` (in its data, as the plugin sets it: no `defaults:`). */
export function gaveLayout(item: Page | Post): boolean {
  return made.has(item);
}

/**
 * jekyll-default-layout: a Markdown page or post whose front matter (with `defaults:`) has no
 * `layout` key gets the first of these layouts that exists: `home` for the page at `/`, `page`
 * for a page, `post` for a post, then `default`; none (nil, as the plugin sets it) when none does.
 * Collection documents are left as they are.
 */
export function withDefaultLayouts<T extends Page | Post>(
  items: readonly T[],
  kind: 'page' | 'post',
  layouts: ReadonlyMap<string, Layout>,
): T[] {
  return items.map((item) => {
    if (!item.isMarkdown || Object.hasOwn(item.data, 'layout')) return item;
    const name =
      (item.url === '/' && layouts.has('home') && 'home') ||
      (layouts.has(kind) && kind) ||
      (layouts.has('default') && 'default') ||
      null;
    const known = given.get(item);
    if (known?.layout === name) return known.made as T;
    const page = { ...item, data: { ...item.data, layout: name }, layout: name };
    given.set(item, { layout: name, made: page });
    made.add(page);
    return page;
  });
}
