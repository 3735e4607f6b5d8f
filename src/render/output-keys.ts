import type { BuildCache } from '../build-cache.js';
import type { Page, Site } from '../model/types.js';
import type { Document } from '../source/types.js';
import {
  type Dependencies,
  fingerprint,
  includesUsedBy,
  layoutChain,
  mergeDependencies,
  templateDependencies,
} from './dependencies.js';

/**
 * An output's key: the fingerprints of what it is made from, in a fixed order. Kept as a list
 * and compared item by item: the items are mostly the very strings of the last build.
 */
export type OutputKey = readonly string[];

/**
 * The fingerprint of everything an output's templates can read (found by reading the templates,
 * conservatively). Two builds that give an output the same key give it the same bytes, so a
 * watch rebuild may reuse the bytes instead of rendering them again.
 */
export class OutputKeys {
  private readonly templatesKey: string;
  private readonly chainDeps = new Map<string, Dependencies>();
  // By kind (kind() below makes one object per kind).
  private readonly sharedKeys = new Map<Dependencies, string>();
  private readonly documentKeys = new WeakMap<Document, string>();
  private listKey?: string;
  private allKey?: string;
  private pagesKey?: string;
  private readonly postKeys: string[];
  private contentKeysMade?: string[];

  constructor(
    private readonly site: Site,
    private readonly cache: BuildCache,
  ) {
    const layouts = [...site.layouts.values()].map((l) => [l.name, l.doc.body, l.doc.data]);
    this.templatesKey = fingerprint(cache.optionsKey, layouts, [...site.includes]);
    this.postKeys = site.posts.map((p) => {
      let key = cache.postKeys.get(p);
      if (key === undefined) cache.postKeys.set(p, (key = fingerprint(p.url, p.date, p.data, p.isDraft)));
      return key;
    });
  }

  /** Fingerprints of every post's finished body and excerpt: asked for only once bodies are rendered. */
  private get contentKeys(): string[] {
    // Made once per finished body (post-bodies.ts keeps an unchanged body's entry).
    this.contentKeysMade ??= this.site.posts.map((p) => {
      const body = this.cache.bodies.get(p)!;
      return (body.key ??= `${fingerprint(body.content)} ${fingerprint(body.excerpt)}`); // base64 has no space
    });
    return this.contentKeysMade;
  }

  /**
   * The key of post `i`'s body as a template: what it reads besides the post itself. While bodies
   * render, every post's content is still empty, so the content of posts is no input.
   */
  body(i: number): OutputKey {
    const post = this.site.posts[i]!;
    const deps = this.bodyDependencies(post.doc).whileRendering;
    const key = ['body', this.sharedKey(deps)];
    if (deps.neighbours) key.push(this.postKeys[i - 1] ?? '', this.postKeys[i + 1] ?? '');
    return key;
  }

  /** What post `i`'s body reads as a template, other posts' content included. */
  bodyReads(i: number): Dependencies {
    return this.bodyDependencies(this.site.posts[i]!.doc).all;
  }

  /** The key of post `i`'s page. */
  post(i: number): OutputKey {
    const post = this.site.posts[i]!;
    const deps = this.dependencies(post.doc, post.layout);
    const key = ['post', post.path, this.postKeys[i]!, this.contentKeys[i]!, this.sharedKey(deps)];
    if (deps.neighbours) for (const j of [i - 1, i + 1]) key.push(this.postKeys[j] ?? '', this.contentKeys[j] ?? '');
    return key;
  }

  /** The key of an include rendered once per build (it reads only `site`). */
  fragment(source: string): string {
    return fingerprint(source, this.sharedKey(kind(templateDependencies([source]))));
  }

  /** The key of a page (one paginator page of it, for the blog index). */
  page(page: Page): OutputKey {
    const deps = this.dependencies(page.doc, page.layout);
    const key = ['page', page.path, page.url, this.documentKey(page), this.sharedKey(deps)];
    const p = page.paginator;
    if (deps.paginator && p) {
      key.push(
        String(p.page),
        String(p.totalPages),
        String(p.totalPosts),
        p.previousPagePath ?? '',
        p.nextPagePath ?? '',
      );
      for (const i of p.postIndexes) key.push(this.postKeys[i]!, this.contentKeys[i]!);
    }
    return key;
  }

  private documentKey(page: Page): string {
    let key = this.documentKeys.get(page.doc);
    if (key === undefined) this.documentKeys.set(page.doc, (key = fingerprint(page.doc.body, page.data)));
    return key;
  }

  /** The part of a key that depends on the kinds of shared data a template reads: once per kind. */
  private sharedKey(deps: Dependencies): string {
    let key = this.sharedKeys.get(deps);
    if (key === undefined) {
      key = fingerprint(
        this.templatesKey,
        deps.postList ? (deps.postContent ? this.newest(deps.postContentLimit) : this.list()) : '',
        deps.data ? this.site.data : '',
        deps.time ? this.site.config.time : '',
        deps.pages ? this.pages() : '',
      );
      this.sharedKeys.set(deps, key);
    }
    return key;
  }

  private dependencies(doc: Document, layout: string | null): Dependencies {
    const chain = this.chain(layout);
    // A body without tags or expressions is no template and reads nothing.
    if (!doc.hasTemplate) return chain;
    const read = this.bodyDependencies(doc);
    let deps = read.withLayout.get(layout ?? '');
    if (!deps) {
      deps = kind(mergeDependencies(chain, read.all));
      read.withLayout.set(layout ?? '', deps);
    }
    return deps;
  }

  /**
   * What a document's body reads, with the includes it uses (`all`; `whileRendering`: as its body
   * renders, when no post has content yet), and with each layout chain it is put in. Kept between
   * rebuilds while the templates are the same.
   */
  private bodyDependencies(doc: Document) {
    let known = this.cache.bodyDependencies.get(doc);
    if (known?.templatesKey !== this.templatesKey) {
      const all = kind(templateDependencies([doc.body, ...includesUsedBy(this.site.includes, [doc.body])]));
      known = {
        templatesKey: this.templatesKey,
        all,
        whileRendering: kind({ ...all, postContent: false, postContentLimit: 0 }),
        withLayout: new Map(),
      };
      this.cache.bodyDependencies.set(doc, known);
    }
    return known;
  }

  /** Dependencies of a layout chain, read together with the includes it uses. */
  private chain(layout: string | null): Dependencies {
    const name = layout ?? '';
    let deps = this.chainDeps.get(name);
    if (!deps) {
      const sources = layoutChain(this.site, layout);
      deps = kind(templateDependencies([...sources, ...includesUsedBy(this.site.includes, sources)]));
      this.chainDeps.set(name, deps);
    }
    return deps;
  }

  private list(): string {
    this.listKey ??= fingerprint(
      this.postKeys,
      this.site.staticFiles.map((s) => [s.file.path, s.file.mtimeMs]),
    );
    return this.listKey;
  }

  /** The post list, and the content of the newest `limit` posts (all of them for Infinity). */
  private newest(limit: number): string {
    if (!Number.isFinite(limit) || limit >= this.contentKeys.length) {
      this.allKey ??= fingerprint(this.list(), this.contentKeys);
      return this.allKey;
    }
    return fingerprint(this.list(), this.contentKeys.slice(0, limit));
  }

  private pages(): string {
    this.pagesKey ??= fingerprint(this.site.pages.map((p) => [p.path, p.url, p.data, p.doc.body]));
    return this.pagesKey;
  }
}

// One object per kind of dependencies, so keys made per kind are found by object, without JSON.
const KINDS = new Map<string, Dependencies>();
function kind(deps: Dependencies): Dependencies {
  const what = JSON.stringify(deps);
  const known = KINDS.get(what);
  if (known) return known;
  KINDS.set(what, deps);
  return deps;
}
