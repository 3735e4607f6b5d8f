import { markdownToHtml } from './create-markdown.js';
import type { MarkdownOptions } from './types.js';

/** The Markdown stage: kramdown-compatible HTML for a document. */
export interface MarkdownRenderer {
  render(src: string): { html: string };
  /** The HTML as UTF-8. */
  bytes(src: string): Buffer;
  /** The renderer that renders every source anew, when this one answers from kept HTML (kept.ts). */
  readonly plain?: MarkdownRenderer;
}

/**
 * The Markdown renderer of a configuration (kept between the builds of a watch). Its markdown-it
 * and kiln's rules are made when it first renders, so a build whose Markdown is all kept
 * (kept.ts) makes none; in the installed command it does not even load them
 * (scripts/bundle-cli.mjs: create-markdown.ts is loaded at its first call).
 */
export function createMarkdown(options: MarkdownOptions): MarkdownRenderer {
  let html: ((src: string) => string) | undefined;
  const render = (src: string) => ({ html: (html ??= markdownToHtml(options))(src) });
  return { render, bytes: (src) => Buffer.from(render(src).html) };
}
