import type { ConfigFail } from './types.js';

// `markdown:` names the converter. Jekyll takes `kramdown` in any case; any other name must be a
// converter class a plugin defines, spelled as the class is, and the build fails without one.
// kiln has kramdown's rules only: another converter would give other HTML, so it is an error.

/** Converters Jekyll plugins define that kiln does not have, and the plugin each needs. */
const PLUGIN_CONVERTERS: Readonly<Record<string, string>> = {
  CommonMark: 'jekyll-commonmark',
  CommonMarkGhPages: 'jekyll-commonmark-ghpages',
};

/**
 * Checks `markdown:`: kramdown (also when not given), or `KramdownPygments` (kramdown with a
 * Jekyll 2/3 Pygments plugin's code markup, which kiln writes for such sites); anything else is
 * an error at its line.
 */
export function checkMarkdownProcessor(raw: Readonly<Record<string, unknown>>, fail: ConfigFail): void {
  const v = raw.markdown;
  if (v === undefined || v === null) return;
  const name = String(v);
  if (name.toLowerCase() === 'kramdown' || name === 'KramdownPygments') return;
  const plugin = PLUGIN_CONVERTERS[name];
  if (plugin)
    throw fail(
      `markdown: ${name} (${plugin}) is not built into kiln, which converts Markdown as kramdown does: remove the line to build with kramdown`,
      'markdown',
    );
  throw fail(`markdown: "${name}" is not a Markdown converter kiln has (it has kramdown)`, 'markdown');
}
