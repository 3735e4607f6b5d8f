import type { Config } from '../config/types.js';
import { isMarkdownPath } from '../model/permalink.js';
import type { ExcerptSource } from '../model/types.js';
import type { RelativeLinks } from '../plugins/relative-links.js';
import { hasTemplate } from '../source/front-matter.js';
import type { Document } from '../source/types.js';
import type { Counters } from './counters.js';
import type { MarkdownRenderer } from './markdown/renderer.js';
import type { CompiledTemplate, TemplateLanguage, Templates } from './templates/create-environment.js';
import { fillPlaceholders, RENDER_STATE_KEY, type RenderState, shieldHighlights } from './templates/tags.js';

/** Renders bodies: the content as a template (only when it has tags), then Markdown. */
export class BodyRenderer {
  // A paginated page renders its body once per page: compile it once.
  private readonly compiled = new Map<Document, CompiledTemplate>();
  private readonly excerpts = new Map<Document, CompiledTemplate>();

  constructor(
    private readonly config: Config,
    private readonly templates: Templates,
    readonly markdown: MarkdownRenderer,
    private readonly site: Record<string, unknown>,
    /** jekyll-relative-links' rewriting of the documents it reads, when the plugin is on. */
    private readonly links: RelativeLinks | null = null,
    /** The documents whose content jekyll-redirect-from emptied (`redirect_to`), by source path. */
    readonly emptied: ReadonlyMap<string, unknown> | null = null,
    /** The build's `{% increment %}` counters: an excerpt renders with none of them (counters.ts). */
    private readonly counters: Counters | null = null,
  ) {}

  /** A document's body as Jekyll holds it before rendering it (what `content` reads until then). */
  unrendered(doc: Document, body: string): string {
    if (this.emptied?.has(doc.file.path)) return '';
    return this.links ? this.links.rewrite(doc, body) : body;
  }

  /**
   * The language of a body: Liquid for posts, collection documents and Markdown pages (in every
   * site, as in Jekyll; also a jekyll-paginate-v2 page of a Markdown one, which is not converted),
   * the site's `template_engine` for HTML pages.
   */
  languageOf(doc: Document, isMarkdown: boolean): TemplateLanguage {
    const kind = doc.file.kind;
    return isMarkdown || isMarkdownPath(doc.file.path) || kind === 'post' || kind === 'draft' || kind === 'collection'
      ? 'liquid'
      : this.config.templateEngine;
  }

  /**
   * The body rendered as a template (only when it has tags); placeholders wait in `state`. A body
   * jekyll-redirect-from emptied is empty.
   */
  template(doc: Document, isMarkdown: boolean, vars: Record<string, unknown>): { text: string; state: RenderState } {
    if (this.emptied?.has(doc.file.path))
      return { text: '', state: { placeholders: [], jekyllVersion: this.config.jekyllVersion, markdown: isMarkdown } };
    return this.own(doc, isMarkdown, vars);
  }

  /** The document's own body rendered as a template. */
  private own(doc: Document, isMarkdown: boolean, vars: Record<string, unknown>): { text: string; state: RenderState } {
    const state: RenderState = { placeholders: [], jekyllVersion: this.config.jekyllVersion, markdown: isMarkdown };
    // The plugin rewrites the content before anything renders it, Liquid included.
    const body = this.links ? this.links.rewrite(doc, doc.body) : doc.body;
    if (!doc.hasTemplate) return { text: body, state };
    const text = this.compiledOf(doc, isMarkdown, body).render({ site: this.site, ...vars, [RENDER_STATE_KEY]: state });
    return { text: shieldHighlights(text, state), state };
  }

  /** Compiles a body ahead of its render (one that does not compile is reported when it renders). */
  prepare(doc: Document, isMarkdown: boolean): void {
    if (!doc.hasTemplate || this.emptied?.has(doc.file.path) || this.compiled.has(doc)) return;
    try {
      this.compiledOf(doc, isMarkdown, this.links ? this.links.rewrite(doc, doc.body) : doc.body);
    } catch {}
  }

  private compiledOf(doc: Document, isMarkdown: boolean, body: string): CompiledTemplate {
    let compiled = this.compiled.get(doc);
    if (!compiled) {
      compiled = this.templates.compile(body, doc.file.path, doc.bodyLine, this.languageOf(doc, isMarkdown));
      this.compiled.set(doc, compiled);
    }
    return compiled;
  }

  /** Forgets a document's compiled body and excerpt (a clean build's post, rendered). */
  forget(doc: Document): void {
    this.compiled.delete(doc);
    this.excerpts.delete(doc);
  }

  /** A page's whole body: template, then Markdown, then the placeholders filled. */
  body(doc: Document, isMarkdown: boolean, vars: Record<string, unknown>) {
    const { text, state } = this.template(doc, isMarkdown, vars);
    const html = isMarkdown ? this.markdown.render(text).html : text;
    return { html: fillPlaceholders(html, state) };
  }

  /**
   * A generated excerpt before Markdown, rendered on its own from the body's text up to the
   * separator, as Jekyll renders it (`excerpt.ts`; the model cut `source` from the body);
   * `body`: the body's own render, which it is when the separator is not in the body. Null when
   * the document has none. A page's excerpt (`ofPage`) sees its page as it is but for `excerpt`.
   */
  excerpt(
    doc: Document,
    isMarkdown: boolean,
    source: ExcerptSource | 'body' | null,
    vars: Record<string, unknown>,
    body: { text: string; state: RenderState },
    ofPage = false,
  ): { text: string; state: RenderState } | null {
    if (source === null) return null;
    // (Made only for an excerpt that renders tags.) An excerpt has no layout (Jekyll's drops its document's): no `layout`.
    // Nor its document's `site.related_posts`: Jekyll gives that only to a document, nil to its excerpt.
    const excerptVars = (content?: string) => {
      const { layout: _, ...own } = vars;
      return { ...own, site: this.site, page: ofPage ? pageExcerptPage(vars.page) : excerptPage(vars.page, content) };
    };
    // The excerpt was made from the body before jekyll-redirect-from emptied it.
    if (source === 'body') {
      if (this.emptied?.has(doc.file.path)) return this.own(doc, isMarkdown, excerptVars());
      if (!doc.hasTemplate) return body;
      // Jekyll renders it apart, with the excerpt as `page` and its counters from nothing.
      const own = () => this.own(doc, isMarkdown, excerptVars());
      return this.counters ? this.counters.during(null, own) : own();
    }
    const state: RenderState = { placeholders: [], jekyllVersion: this.config.jekyllVersion, markdown: isMarkdown };
    // The plugin makes a rewritten document's excerpt again, from its rewritten content.
    const text = this.links ? this.links.rewrite(doc, source.text) : source.text;
    if (!doc.hasTemplate || !hasTemplate(text)) return { text, state };
    let compiled = this.excerpts.get(doc);
    if (!compiled) {
      compiled = this.templates.compile(text, doc.file.path, doc.bodyLine, this.languageOf(doc, isMarkdown));
      this.excerpts.set(doc, compiled);
    }
    const render = () => compiled.render({ ...excerptVars(text), [RENDER_STATE_KEY]: state });
    return { text: shieldHighlights(this.counters ? this.counters.during(null, render) : render(), state), state };
  }
}

/**
 * `page` while a page's excerpt renders (`page_excerpts`): the page's own hash without its
 * excerpt, `content` its body as it is then (not rendered yet).
 */
function pageExcerptPage(page: unknown): unknown {
  if (typeof page !== 'object' || page === null) return page;
  return new Proxy(page, {
    get: (target, key, receiver) => (key === 'excerpt' ? null : Reflect.get(target, key, receiver)),
  });
}

/**
 * `page` while an excerpt renders: Jekyll's excerpt drop, its document's view but for `path` and
 * `relative_path` (`_posts/…md/#excerpt`), `id` (`/2024/01/01/a#excerpt`), `excerpt` (nil) and
 * `content`, the excerpt's own text where it is cut from the body. Read through the view, so that
 * watch records what it read.
 */
function excerptPage(page: unknown, content: string | undefined): unknown {
  if (typeof page !== 'object' || page === null) return page;
  return new Proxy(page, {
    get(target, key, receiver) {
      if (key === 'excerpt') return null;
      if (key === 'content' && content !== undefined) return content;
      const value = Reflect.get(target, key, receiver);
      if (value === undefined || value === null) return value;
      if (key === 'path' || key === 'relative_path') return `${String(value)}/#excerpt`;
      if (key === 'id') return `${String(value)}#excerpt`;
      return value;
    },
  });
}

/** No HTML (a body that failed to render reads as empty). */
export const EMPTY = Buffer.alloc(0);

/** Finished HTML as UTF-8 (context.ts keeps it so): the placeholders filled, when there are any. */
export function filled(html: Buffer | string, state: RenderState): Buffer {
  if (Buffer.isBuffer(html) && state.placeholders.length === 0) return html;
  return Buffer.from(fillPlaceholders(html.toString(), state));
}
