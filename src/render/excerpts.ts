import { hasOwnExcerpt } from '../model/excerpt.js';
import type { CollectionDoc, Post, Site } from '../model/types.js';
import { type BodyRenderer, EMPTY, filled } from './bodies.js';
import type { PageEntry, PostEntry, SiteContext } from './context.js';
import type { Reads, Recording } from './reads.js';
import { rubyToS } from './templates/filters/ruby.js';

/**
 * Excerpts of posts and collection documents read before their own turn (`page.previous.excerpt`,
 * a post listing `site.sessions`' excerpts, a document reading a later one's): as Jekyll renders an
 * excerpt the first time it is read, finished or not, each is rendered then, once (its own turn
 * takes it as it is: `of`), and whatever read it counts as having read what it read and its
 * document. An excerpt's own `page.excerpt` is nil (bodies.ts); one that reads itself otherwise
 * (`site.posts.first.excerpt`) is an error, as in Jekyll (there Ruby's stack runs out). With
 * `page_excerpts`, a page's generated excerpt is rendered so too: at its first read, at the latest
 * when its own body starts (`page`).
 */
export class EarlyExcerpts {
  private readonly done = new Map<PostEntry | PageEntry, { html: Buffer; recording: Recording | null }>();
  private readonly rendering = new Set<PostEntry | PageEntry>();
  private owners: Map<PostEntry, Post | CollectionDoc> | undefined;

  constructor(
    private readonly site: Site,
    private readonly context: SiteContext,
    private readonly bodies: BodyRenderer,
    private readonly reads: Reads,
  ) {
    context.renderExcerpt(
      (entry) => this.read(entry),
      (entry) => this.page(entry),
    );
  }

  /**
   * The excerpt rendered early for this post or document, if something read it before its turn;
   * the recording open (its own body's) counts as having read what it read.
   */
  of(entry: PostEntry): Buffer | undefined {
    const known = this.done.get(entry);
    if (known?.recording) this.reads.include(known.recording);
    return known?.html;
  }

  /** A page's generated excerpt (`page_excerpts`); empty for a page without one. */
  page(entry: PageEntry): string {
    const page = entry.excerptOf?.page;
    const source = entry.excerptOf?.source ?? null;
    if (!page || source === null) return '';
    return this.once(entry, page.path, () => {
      const { doc, isMarkdown } = page;
      if (doc.hasTemplate) this.reads.record(this.context.includes);
      const vars = { site: this.context.site, page: entry.ownProxy };
      const body = source === 'body' && !doc.hasTemplate ? this.bodies.template(doc, isMarkdown, vars) : NO_BODY;
      return this.html(isMarkdown, this.bodies.excerpt(doc, isMarkdown, source, vars, body, true));
    });
  }

  private read(entry: PostEntry): string {
    const owner = this.ownerOf(entry);
    if (!owner) return '';
    return this.once(entry, owner.path, () => this.render(entry, owner));
  }

  /** Renders an excerpt the first time it is read; whatever reads it counts as having read what it read. */
  private once(entry: PostEntry | PageEntry, path: string, render: () => Buffer): string {
    let known = this.done.get(entry);
    if (!known) {
      if (this.rendering.has(entry)) throw new Error(`the excerpt of ${path} reads itself`);
      this.rendering.add(entry);
      try {
        const { value, recording } = this.reads.track(render);
        this.done.set(entry, (known = { html: value, recording }));
      } finally {
        this.rendering.delete(entry);
      }
    }
    if (known.recording) this.reads.include(known.recording);
    this.reads.record(entry.source);
    return known.html.toString('utf8');
  }

  private render(entry: PostEntry, owner: Post | CollectionDoc): Buffer {
    const { doc, isMarkdown, data, excerptSource } = owner;
    if (hasOwnExcerpt(data)) return Buffer.from(rubyToS(data.excerpt));
    const { bodies, context } = this;
    if (doc.hasTemplate) this.reads.record(context.includes);
    const vars = { site: entry.site, page: entry.proxy };
    // A body with tags renders its excerpt apart (bodies.ts), not reading itself through `page`.
    const body = excerptSource === 'body' && !doc.hasTemplate ? bodies.template(doc, isMarkdown, vars) : NO_BODY;
    return this.html(isMarkdown, bodies.excerpt(doc, isMarkdown, excerptSource, vars, body));
  }

  private html(isMarkdown: boolean, excerpt: ReturnType<BodyRenderer['excerpt']>): Buffer {
    if (excerpt === null) return EMPTY;
    return filled(isMarkdown ? this.bodies.markdown.render(excerpt.text).html : excerpt.text, excerpt.state);
  }

  private ownerOf(entry: PostEntry): Post | CollectionDoc | undefined {
    if (!this.owners) {
      const { site, context } = this;
      this.owners = new Map<PostEntry, Post | CollectionDoc>(context.posts.map((e, i) => [e, site.posts[i]!]));
      site.collections.forEach((c, ci) => {
        c.docs.forEach((d, i) => {
          this.owners!.set(context.docs[ci]![i]!, d);
        });
      });
    }
    return this.owners.get(entry);
  }
}

const NO_BODY = { text: '', state: { placeholders: [] } };
