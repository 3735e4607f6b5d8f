import type { BuildCache } from '../build-cache.js';
import type { Site } from '../model/types.js';
import { collectErrors } from '../shared/errors.js';
import { sameItems } from '../shared/paths.js';
import type { BodyRenderer } from './bodies.js';
import type { PostView } from './context.js';
import { renderMarkdown } from './markdown/render-many.js';
import type { OutputKey, OutputKeys } from './output-keys.js';
import { fillPlaceholders, type RenderState } from './templates/tags.js';

/**
 * Renders every post's body and excerpt into its view: templates in order, then all the Markdown
 * at once. While templates render, the content and excerpt of every post they can read are empty,
 * as in a clean build where none is finished yet. In watch, a post keeps its finished body while
 * what its body reads is unchanged (a body that is no template reads nothing but the post), and
 * views no rendering template can read keep theirs.
 */
export async function renderPostBodies(
  site: Site,
  postViews: readonly PostView[],
  bodies: BodyRenderer,
  watch?: { cache: BuildCache; keys: OutputKeys },
): Promise<void> {
  const cache = watch?.cache;
  const inputs = new Map<number, OutputKey>();
  const toRender = [...site.posts.keys()].filter((i) => {
    if (!watch) return true;
    const post = site.posts[i]!;
    const known = watch.cache.bodies.get(post);
    if (!post.doc.hasTemplate) return !known;
    const key = watch.keys.body(i);
    inputs.set(i, key);
    return !known?.inputs || !sameItems(known.inputs, key);
  });
  const emptied = viewsToEmpty(site, toRender, watch);
  if (emptied.size) {
    if (cache) cache.context.filled = false;
    for (const i of emptied) {
      postViews[i]!.content = '';
      postViews[i]!.excerpt = '';
    }
  }
  const fresh: Array<{ i: number; text: string; state: RenderState; excerpt: string | null }> = [];
  collectErrors(toRender, (i) => {
    const post = site.posts[i]!;
    const { text, state } = bodies.template(post.doc, post.isMarkdown, { page: postViews[i]! });
    const excerpt =
      post.data.excerpt === undefined || post.data.excerpt === null
        ? bodies.excerptSource(text, post.isMarkdown, post.data)
        : null;
    fresh.push({ i, text, state, excerpt });
  });
  const sources: string[] = [];
  for (const { i, text, excerpt } of fresh) {
    if (!site.posts[i]!.isMarkdown) continue;
    sources.push(text);
    if (excerpt !== null) sources.push(excerpt);
  }
  const rendered = await renderMarkdown(sources, site.config.markdown, bodies.markdown, cache);
  let k = 0;
  const done: Array<{ i: number; content: string; excerpt: string }> = [];
  for (const { i, text, state, excerpt } of fresh) {
    const post = site.posts[i]!;
    const content = fillPlaceholders(post.isMarkdown ? rendered[k++]! : text, state);
    const excerptHtml =
      excerpt === null
        ? String(post.data.excerpt)
        : fillPlaceholders(post.isMarkdown ? rendered[k++]! : excerpt, state);
    const known = cache?.bodies.get(post);
    // An unchanged body keeps its entry, and with it the fingerprint output-keys made.
    if (cache && known?.content === content && known.excerpt === excerptHtml)
      cache.bodies.set(post, { ...known, inputs: inputs.get(i) });
    else if (cache) cache.bodies.set(post, { content, excerpt: excerptHtml, inputs: inputs.get(i) });
    done.push({ i, content, excerpt: excerptHtml });
  }
  if (cache) {
    for (const i of emptied) {
      const body = cache.bodies.get(site.posts[i]!)!;
      postViews[i]!.content = body.content;
      postViews[i]!.excerpt = body.excerpt;
    }
  }
  for (const { i, content, excerpt } of done) {
    postViews[i]!.content = content;
    postViews[i]!.excerpt = excerpt;
  }
  if (cache) cache.context.filled = true;
}

/**
 * The posts whose views must read as empty while the bodies in `toRender` render: every post when
 * one of those templates reads other posts' content (or after a failed rebuild, which may have
 * left views emptied), else each rendering post and the neighbours it reads.
 */
function viewsToEmpty(
  site: Site,
  toRender: readonly number[],
  watch?: { cache: BuildCache; keys: OutputKeys },
): Set<number> {
  const templated = toRender.filter((i) => site.posts[i]!.doc.hasTemplate);
  if (!watch?.cache.context.filled || templated.some((i) => watch.keys.bodyReads(i).postContent))
    return new Set(site.posts.keys());
  const views = new Set<number>();
  for (const i of templated) {
    views.add(i);
    if (!watch.keys.bodyReads(i).neighbours) continue;
    if (i > 0) views.add(i - 1);
    if (i + 1 < site.posts.length) views.add(i + 1);
  }
  return views;
}
