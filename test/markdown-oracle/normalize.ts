import { readMarkdown } from '../../src/config/load-config.js';
import { createMarkdown, type MarkdownRenderer } from '../../src/render/markdown/renderer.js';
import type { MarkdownOptions } from '../../src/render/markdown/types.js';
import type { KramdownOptions } from './oracle.js';

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
