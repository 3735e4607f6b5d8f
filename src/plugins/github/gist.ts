import { rubyToS } from '../../render/templates/filters/ruby.js';
import type { LiquidTagContext, SimpleTag } from '../../render/templates/tags.js';

/**
 * jekyll-gist's `{% gist ID %}` and `{% gist ID FILE %}`: the gist's `<script>` embed. The plugin
 * also fetches the gist's code for a `<noscript>` copy; kiln never fetches, so it writes what
 * Jekyll writes with `gist: { noscript: false }` (README: Plugins). In Nunjucks the arguments are
 * expressions: `{% gist "parkr/c08ee0f2726fd0e3909d", "test.md" %}`.
 */
export const gistTag: SimpleTag = Object.assign(
  (_vars: Readonly<Record<string, unknown>>, args: readonly unknown[]) => {
    const [id, file] = args.map(rubyToS);
    if (!id) throw new Error('gist: give the gist, such as {% gist "parkr/c08ee0f2726fd0e3909d" %}');
    return gistScript(id, file ?? '');
  },
  { liquid: gistLiquid },
);

/** The Liquid form: the markup's two words, each a variable's value when it names one, as in the plugin. */
function gistLiquid(markup: string, context: LiquidTagContext): string {
  // The plugin's reading: one word (or, with a slash, the text up to its last word) and a file name.
  const m = /^([^ \t\n\v\f\r]+|[^\n]*(?=\/)[^\n]+)[ \t\n\v\f\r]?([^ \t\n\v\f\r]*)$/.exec(markup);
  if (!m)
    throw new Error(
      `gist: "${markup}" is not a gist and a file name (such as {% gist parkr/c08ee0f2726fd0e3909d test.md %} or {% gist 28949e1d5ee2273f9fd3 %})`,
    );
  const word = (w: string) => {
    const text = w.trim();
    const value = context.value(text);
    return value === undefined ? text : rubyToS(value);
  };
  return gistScript(word(m[1]!), word(m[2]!));
}

/** The embed: the gist's script, with `?file=` when one file of it is meant. */
function gistScript(id: string, file: string): string {
  return `<script src="https://gist.github.com/${id}.js${file === '' ? '' : `?file=${file}`}"> </script>`;
}
