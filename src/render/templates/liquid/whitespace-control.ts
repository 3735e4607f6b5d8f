import { type Tokenizer, type TopLevelToken, TypeGuards } from './liquidjs.js';

type HTMLToken = ReturnType<Tokenizer['readHTMLToken']>;

/**
 * Ruby Liquid's whitespace control: `{%-`/`{{-` take off the end of the text before them what
 * Ruby's `rstrip!` does, `-%}`/`-}}` the start of the text after them what `lstrip!` does: ASCII
 * white space and NUL, nothing else. liquidjs trims Unicode spaces too, and a French `:` after a
 * no-break space, or a line of ideographic spaces, lost them. As liquidjs, nothing inside a
 * `{% raw %}` block is trimmed.
 */
export function rubyWhitespaceControl(tokens: readonly TopLevelToken[]): void {
  let inRaw = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!TypeGuards.isDelimitedToken(token)) continue;
    if (!inRaw && token.trimLeft) trimEnd(tokens[i - 1]);
    if (TypeGuards.isTagToken(token)) {
      if (token.name === 'raw') inRaw = true;
      else if (token.name === 'endraw') inRaw = false;
    }
    if (!inRaw && token.trimRight) trimStart(tokens[i + 1]);
  }
}

/** Ruby's white space for strip: NUL, tab, line feed, vertical tab, form feed, carriage return, space. */
const isRubySpace = (code: number) => code === 32 || (code >= 9 && code <= 13) || code === 0;

// As liquidjs' own: a text of white space alone may be trimmed from both ends past each other
// (its content is then empty).
function trimEnd(token: TopLevelToken | undefined): void {
  if (!token || !TypeGuards.isHTMLToken(token)) return;
  const text: HTMLToken = token;
  while (isRubySpace(text.input.charCodeAt(text.end - 1 - text.trimRight))) text.trimRight++;
}

function trimStart(token: TopLevelToken | undefined): void {
  if (!token || !TypeGuards.isHTMLToken(token)) return;
  const text: HTMLToken = token;
  while (isRubySpace(text.input.charCodeAt(text.begin + text.trimLeft))) text.trimLeft++;
}
