// Ruby Liquid 5.4 reads a variable's path by scanning its text (VariableLookup's VariableParser):
// a bracket runs to the first `]`, so a bracket inside a bracket is cut short. `a[b[0].c]` is
// a[b["0"]] then `.c`, nil where liquidjs reads a[b[0].c]. Jekyll's strict parser hands the same
// text (its tokens, blanks left out) to that scan. Only paths with a bracket inside a bracket
// read differently: those are rewritten as Ruby reads them.

const VARIABLE_PARSER = /\[[^\]]+\]|[\w-]+\??/g;
const NESTED = /\[[^\]]*\[/;
const IDENTIFIER = /^[A-Za-z_][\w-]*$/;
// What Ruby's Expression.parse reads as a literal (texts, numbers, ranges, nil, true, false, empty, blank).
const LITERAL = /^(?:nil|null|true|false|empty|blank|"[^"]*"|'[^']*'|-?\d+|-?\d+\.\d+|\(.+\.\..+\))$/;

/** A path's text as Ruby reads it, in liquidjs's syntax; undefined where both read it alike. */
export function rubyLookupText(text: string): string | undefined {
  const bare = withoutBlanks(text);
  return NESTED.test(bare) ? path(bare) : undefined;
}

function path(text: string): string {
  const [name, ...lookups] = text.match(VARIABLE_PARSER) ?? [];
  if (name === undefined || !IDENTIFIER.test(name)) return 'nil';
  // A segment after a dot that is no name (`0`, `a?`) is a text key, as Ruby looks it up.
  const keys = lookups.map((l) =>
    l.startsWith('[') ? `[${expression(l.slice(1, -1))}]` : IDENTIFIER.test(l) ? `.${l}` : `[${JSON.stringify(l)}]`,
  );
  return name + keys.join('');
}

function expression(text: string): string {
  return LITERAL.test(text) ? text : path(text);
}

/** The text with its blanks left out, but inside quotes (Ruby's strict lexer skips them between tokens). */
function withoutBlanks(text: string): string {
  let out = '';
  let quote = '';
  for (const c of text) {
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (/\s/.test(c)) continue;
    out += c;
  }
  return out;
}
