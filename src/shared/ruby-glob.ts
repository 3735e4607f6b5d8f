// Ruby's file-name patterns as regular expressions, for the Jekyll settings that take them.

/**
 * `pattern` as Ruby reads it: with `glob`, as Dir.glob (Jekyll's `defaults:` scope paths):
 * `*` and `?` within one name and never at a name's leading dot, `**` then `/` any folders
 * (none too), `{a,b}` either; without, as File.fnmatch with no flags (jekyll-relative-links'
 * `exclude`): `*` and `?` cross folders. Both: `[...]` a class (`[!...]` its complement), `\`
 * escapes.
 */
export function rubyPattern(pattern: string, glob: boolean): RegExp {
  return new RegExp(`^${source(pattern, glob)}$`);
}

function source(pattern: string, glob: boolean): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    // A name's start, where Dir.glob's wildcards take no dot.
    const dot = glob && (i === 0 || pattern[i - 1] === '/') ? '(?!\\.)' : '';
    if (c === '*') {
      if (glob && pattern[i + 1] === '*' && dot && pattern[i + 2] === '/') {
        out += '(?:(?!\\.)[^/]*/)*';
        i += 2;
        continue;
      }
      while (pattern[i + 1] === '*') i++;
      out += glob ? `${dot}[^/]*` : '[\\s\\S]*';
    } else if (c === '?') out += glob ? `${dot}[^/]` : '[\\s\\S]';
    else if (c === '\\' && i + 1 < pattern.length) out += literal(pattern[++i]!);
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) out += '\\[';
      else {
        let body = pattern.slice(i + 1, close);
        const negated = body.startsWith('!') || body.startsWith('^');
        if (negated) body = body.slice(1);
        out += `[${negated ? (glob ? '^/' : '^') : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
        i = close;
      }
    } else if (c === '{' && glob && closingBrace(pattern, i) > 0) {
      const close = closingBrace(pattern, i);
      out += `(?:${alternatives(pattern.slice(i + 1, close))
        .map((a) => source(a, glob))
        .join('|')})`;
      i = close;
    } else out += literal(c);
  }
  return out;
}

function closingBrace(pattern: string, open: number): number {
  let depth = 0;
  for (let i = open; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === '{') depth++;
    else if (pattern[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** A brace's alternatives: its body split at its own commas. */
function alternatives(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\') i++;
    else if (body[i] === '{') depth++;
    else if (body[i] === '}') depth--;
    else if (body[i] === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

const literal = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
