import { type Liquid, type TagToken, Tokenizer, TokenKind } from 'liquidjs';

type OutputToken = { contentRange: [number, number] };

// Ruby Liquid's lax grammar (Liquid 5, error_mode lax/warn, as Jekyll runs it): these patterns are
// how Ruby Liquid itself reads a variable's markup when it does not parse strictly.
const QUOTED_STRING = /"[^"]*"|'[^']*'/.source;
const QUOTED_FRAGMENT = `${QUOTED_STRING}|(?:[^\\s,|'"]|${QUOTED_STRING})+`;
const MARKUP_WITH_NAME = new RegExp(`(${QUOTED_FRAGMENT})([\\s\\S]*)`);
const FILTER_PARSER = new RegExp(`(?:\\s+|${QUOTED_FRAGMENT}|,)+`, 'g');
const FILTER_ARGS = new RegExp(`(?::|,)\\s*((?:\\w+\\s*:\\s*)?(?:${QUOTED_FRAGMENT}))`, 'g');
// What Ruby Liquid reads as a literal or a variable path; anything else is a lookup that finds nil.
const EXPRESSION =
  /^(?:nil|null|true|false|empty|blank|"[^"]*"|'[^']*'|-?\d+(?:\.\d+)?|\(\S+\.\.\S+\)|[\w-]+\??(?:\.[\w-]+\??|\[[^\]]+\])*)$/;
// Tags whose markup is `NAME = VARIABLE` or a variable.
const VARIABLE_TAGS = new Set(['echo']);

/**
 * The template with each output (`{{ … }}`) and `assign`/`echo` that liquidjs cannot parse
 * rewritten to what Ruby Liquid's lax parser makes of it: the first fragment as the value (a
 * lookup of nothing when it is no expression) and the well-formed filters after the first `|`.
 * So `{{< version >}}` prints nothing and `x | | sort` sorts, as in Jekyll. Markup liquidjs
 * parses is left alone, and every line stays on its line.
 */
export function laxSource(liquid: Liquid, src: string, file: string): string {
  if (!src.includes('{{') && !src.includes('{%')) return src;
  let tokens: ReturnType<Tokenizer['readTopLevelTokens']>;
  try {
    tokens = new Tokenizer(src, liquid.options.operators, file).readTopLevelTokens(liquid.options);
  } catch {
    return src; // the parser reports it, with its line
  }
  let out = '';
  let at = 0;
  for (const token of tokens) {
    let markup: string | undefined;
    let begin = 0;
    if (token.kind === TokenKind.Output) {
      const range = (token as unknown as OutputToken).contentRange;
      begin = range[0];
      markup = src.slice(begin, range[1]);
    } else if (token.kind === TokenKind.Tag) {
      const tag = token as TagToken;
      const argsAt = tag.contentRange[1] - tag.args.length;
      if (tag.name === 'assign') {
        const m = /^(\s*[^\s=]+\s*=\s*)([\s\S]*)$/.exec(tag.args);
        if (m) {
          begin = argsAt + m[1]!.length;
          markup = m[2]!;
        }
      } else if (VARIABLE_TAGS.has(tag.name)) {
        begin = argsAt;
        markup = tag.args;
      }
    }
    if (markup === undefined || parses(liquid, markup)) continue;
    const fixed = [laxVariable(markup), laxVariable(markup.split('|')[0]!), 'nil'].find((m) => parses(liquid, m))!;
    const lines = markup.split('\n').length - fixed.split('\n').length;
    out += `${src.slice(at, begin)}${fixed} ${'\n'.repeat(Math.max(0, lines))}`;
    at = begin + markup.length;
  }
  return at === 0 ? src : out + src.slice(at);
}

/** Whether liquidjs reads the markup whole as one value with filters (what Ruby Liquid's strict parser accepts). */
function parses(liquid: Liquid, markup: string): boolean {
  try {
    const t = new Tokenizer(markup, liquid.options.operators);
    const value = t.readFilteredValue();
    t.skipBlank();
    return t.end() && (value.initial as unknown as { postfix: unknown[] }).postfix.length === 1;
  } catch {
    return false;
  }
}

/** A variable's markup as Ruby Liquid's lax parser reads it, written so that liquidjs reads the same. */
export function laxVariable(markup: string): string {
  const m = MARKUP_WITH_NAME.exec(markup);
  if (!m) return 'nil';
  const name = EXPRESSION.test(m[1]!) ? m[1]! : 'nil';
  const pipe = m[2]!.indexOf('|');
  if (pipe < 0) return name;
  const filters: string[] = [];
  for (const f of m[2]!.slice(pipe + 1).matchAll(FILTER_PARSER)) {
    const filterName = /\w+/.exec(f[0]);
    if (!filterName) continue;
    const args = [...f[0].matchAll(FILTER_ARGS)].map((a) => a[1]!);
    filters.push(args.length ? `${filterName[0]}: ${args.join(', ')}` : filterName[0]);
  }
  return [name, ...filters].join(' | ');
}
