import type { ConfigFail, KnownPlugin } from './types.js';

// `markdown:` names the converter. Jekyll takes `kramdown` in any case; any other name must be a
// converter class a plugin defines, spelled as the class is, and the build fails without one
// (`Invalid Markdown processor given`). kiln has kramdown's rules and jekyll-commonmark's.

/**
 * Which converter `markdown:` names: kramdown (also when not given, and `KramdownPygments`:
 * kramdown with a Jekyll 2/3 Pygments plugin's code markup, which kiln writes for such sites),
 * or jekyll-commonmark's `CommonMark` with that plugin on; anything else is an error at its line.
 */
export function checkMarkdownProcessor(
  raw: Readonly<Record<string, unknown>>,
  plugins: ReadonlySet<KnownPlugin>,
  fail: ConfigFail,
): 'kramdown' | 'commonmark' {
  const v = raw.markdown;
  if (v === undefined || v === null) return 'kramdown';
  const name = String(v);
  if (name.toLowerCase() === 'kramdown' || name === 'KramdownPygments') return 'kramdown';
  if (name === 'CommonMark') {
    if (plugins.has('jekyll-commonmark')) return 'commonmark';
    throw fail('markdown: CommonMark needs the jekyll-commonmark plugin: add it to plugins:', 'markdown');
  }
  if (name === 'CommonMarkGhPages')
    throw fail(
      'markdown: CommonMarkGhPages (jekyll-commonmark-ghpages) is not built into kiln: use CommonMark with jekyll-commonmark, or kramdown',
      'markdown',
    );
  throw fail(
    `markdown: "${name}" is not a Markdown converter kiln has (kramdown, or CommonMark with jekyll-commonmark)`,
    'markdown',
  );
}
