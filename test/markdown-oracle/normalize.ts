import { readMarkdown } from '../../src/config/load-config.js';
import { createMarkdown, type MarkdownRenderer } from '../../src/render/markdown/create-markdown.js';
import type { MarkdownOptions } from '../../src/render/markdown/types.js';
import type { KramdownOptions } from './oracle.js';

// Block-level elements: whitespace next to their tags carries no meaning, and kramdown and kiln
// lay it out differently (kramdown indents nested blocks, puts blank lines between some).
const BLOCK =
  'address|article|aside|blockquote|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul';
const AROUND_BLOCK_TAG = new RegExp(`[ \\t\\n]*(<\\/?(?:${BLOCK})(?:\\s[^>]*)?\\/?>)[ \\t\\n]*`, 'g');

/** The HTML with the whitespace before and after each block tag, and at either end, made one newline. */
export function normalizeHtml(html: string): string {
  return html.replace(AROUND_BLOCK_TAG, '\0$1\0').replace(/\0+/g, '\n').trim();
}

/**
 * kiln's Markdown stage configured as a site with this `kramdown:` block and `compat: MODE`,
 * writing code as each oracle does: mode 2 is Jekyll 4's converter (Rouge markup); mode 1 is
 * kramdown 1.10 alone, without the highlighter plugin a Jekyll 2/3 site wrapped code with.
 */
export function kilnOptions(mode: 1 | 2, options: KramdownOptions = {}): MarkdownOptions {
  const config = readMarkdown({ ...options, compat: mode }, 4, '_config.yml');
  return mode === 1 ? { ...config, codeMarkup: 'kramdown' } : config;
}

export function kilnFor(mode: 1 | 2, options: KramdownOptions = {}): MarkdownRenderer {
  return createMarkdown(kilnOptions(mode, options));
}
