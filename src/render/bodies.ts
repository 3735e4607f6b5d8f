import type { Config } from '../config/types.js';
import type { Document } from '../source/types.js';
import type { MarkdownRenderer } from './markdown/create-markdown.js';
import type { CompiledTemplate, TemplateLanguage, Templates } from './templates/create-environment.js';
import { fillPlaceholders, RENDER_STATE_KEY, type RenderState } from './templates/tags.js';

// Link definitions are appended to an excerpt so its links still resolve (as Jekyll does).
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:.+$/gm;

/** Renders bodies: the content as a template (only when it has tags), then Markdown. */
export class BodyRenderer {
  // A paginated page renders its body once per page: compile it once.
  private readonly compiled = new Map<Document, CompiledTemplate>();

  constructor(
    private readonly config: Config,
    private readonly templates: Templates,
    readonly markdown: MarkdownRenderer,
    private readonly site: Record<string, unknown>,
  ) {}

  /**
   * The language of a body: Liquid for posts, collection documents and Markdown pages (in every
   * site, as in Jekyll), the site's `template_engine` for HTML pages.
   */
  languageOf(doc: Document, isMarkdown: boolean): TemplateLanguage {
    const kind = doc.file.kind;
    return isMarkdown || kind === 'post' || kind === 'draft' || kind === 'collection'
      ? 'liquid'
      : this.config.templateEngine;
  }

  /** The body rendered as a template (only when it has tags); placeholders wait in `state`. */
  template(doc: Document, isMarkdown: boolean, vars: Record<string, unknown>): { text: string; state: RenderState } {
    const state: RenderState = { placeholders: [], jekyllVersion: this.config.jekyllVersion };
    if (!doc.hasTemplate) return { text: doc.body, state };
    let compiled = this.compiled.get(doc);
    if (!compiled) {
      compiled = this.templates.compile(doc.body, doc.file.path, doc.bodyLine, this.languageOf(doc, isMarkdown));
      this.compiled.set(doc, compiled);
    }
    const text = compiled.render({ site: this.site, ...vars, [RENDER_STATE_KEY]: state });
    return { text, state };
  }

  /** A page's whole body: template, then Markdown, then the placeholders filled. */
  body(doc: Document, isMarkdown: boolean, vars: Record<string, unknown>) {
    const { text, state } = this.template(doc, isMarkdown, vars);
    const html = isMarkdown ? this.markdown.render(text).html : text;
    return { html: fillPlaceholders(html, state) };
  }

  /** The source of a generated excerpt: the content up to the first separator, with the link definitions. */
  excerptSource(templated: string, isMarkdown: boolean, data: Record<string, unknown>): string {
    const separator =
      data.excerpt_separator !== undefined ? String(data.excerpt_separator) : this.config.excerptSeparator;
    const at = templated.indexOf(separator);
    if (at < 0) return templated;
    let head = templated.slice(0, at);
    if (!isMarkdown) return head;
    const definitions = templated.slice(at).match(LINK_DEFINITION);
    if (definitions) head += `\n\n${definitions.join('\n')}`;
    return head;
  }
}
