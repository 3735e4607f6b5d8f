/**
 * Rewrites the Liquid-isms of Jekyll content into Nunjucks (SPEC §4): `{% comment %}` blocks,
 * a literal `{#` (kramdown's `{#id}`), bare include names, `{% highlight java %}`, and
 * hyphenated keys (`site.docs-stable`). `{% raw %}` blocks pass through untouched.
 * Line numbers are kept, so template errors still point at the right line.
 */
export function liquidToNunjucks(src: string, isContent: boolean): string {
  const parts = src.split(/(\{%-?\s*raw\s*-?%\}[\s\S]*?\{%-?\s*endraw\s*-?%\})/);
  return parts.map((part, i) => (i % 2 === 1 ? part : convert(part, isContent))).join('');
}

function convert(text: string, isContent: boolean): string {
  let out = text;
  if (isContent) {
    out = out.replace(/\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}/g, (m) => '\n'.repeat(lineCount(m)));
    out = out.replace(/\{#/g, '{{ "{#" }}');
  }
  const exprOf = (e: string) => (isContent ? liquidExpression(filterArguments(hyphenKeys(e))) : hyphenKeys(e));
  return out.replace(/\{%(-?)([\s\S]*?)(-?)%\}|\{\{(-?)([\s\S]*?)(-?)\}\}/g, (_whole, l1, tag, r1, l2, expr, r2) => {
    if (tag !== undefined) return `{%${l1}${convertTag(tag, isContent)}${r1}%}`;
    return `{{${l2}${exprOf(expr)}${r2}}}`;
  });
}

function convertTag(tag: string, isContent: boolean): string {
  const m = /^(\s*)(\w+)([\s\S]*)$/.exec(tag);
  if (!m) return tag;
  const [, lead, name, rest] = m as unknown as [string, string, string, string];
  const space = lead || ' ';
  // `{% include x.html %}` → `{% include "x.html" %}`
  if (name === 'include' && /^\s+[^\s"'][^\s]*\s*$/.test(rest)) return `${space}include "${rest.trim()}" `;
  // Liquid include parameters, `{% include figure.html src="a.png" alt=page.title %}`, read in the
  // include as `include.src`: set `include` just before the include.
  const withParams =
    /^\s+("[^"]+"|'[^']+'|[^\s"'=]+)((?:\s+\w+\s*=\s*(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^\s"']+))+)\s*$/.exec(
      rest,
    );
  if (name === 'include' && withParams) {
    const file = /^["']/.test(withParams[1]!) ? withParams[1]! : `"${withParams[1]}"`;
    const params = [...withParams[2]!.matchAll(/(\w+)\s*=\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^\s"']+)/g)].map(
      (m) => `${m[1]}: ${hyphenKeys(m[2]!)}`,
    );
    return `${space}set include = { ${params.join(', ')} } %}{% include ${file} `;
  }
  // `{% post_url 2021-07-07-slug %}`, `{% link _posts/x.md %}` → quoted targets
  if ((name === 'post_url' || name === 'link') && /^\s+[^\s"'][^\s]*\s*$/.test(rest))
    return `${space}${name} "${rest.trim()}" `;
  // `{% highlight java linenos %}` → `{% highlight "java", "linenos" %}`
  if (name === 'highlight') {
    const args = rest
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((a) => JSON.stringify(a));
    return `${space}highlight ${args.join(', ')} `;
  }
  const converted = isContent ? liquidExpression(filterArguments(hyphenKeys(rest))) : hyphenKeys(rest);
  if (isContent) {
    const liquid = liquidTag(name, converted);
    if (liquid !== null) return `${space}${liquid.trimEnd()} `;
  }
  return `${space}${name}${converted}${rest.endsWith(' ') ? '' : ' '}`;
}

/** Liquid's tag names and `for` options in Nunjucks' words; null when the tag needs no change. */
function liquidTag(name: string, rest: string): string | null {
  switch (name) {
    case 'assign':
      return `set${rest}`;
    case 'capture':
      return `set${rest}`;
    case 'endcapture':
      return 'endset';
    case 'unless':
      return `if not (${rest.trim()})`;
    case 'endunless':
      return 'endif';
    case 'elsif':
      return `elif${rest}`;
    case 'for': {
      const m = /^(\s+[\w\s,]+?\s+in\s+)([\s\S]*?)((?:\s+(?:limit|offset)\s*:\s*\d+|\s+reversed)+)\s*$/.exec(rest);
      if (!m) return null;
      let list = `(${m[2]!.trim()})`;
      if (/\breversed\b/.test(m[3]!)) list = `(${list} | reverse)`;
      const offset = Number(/offset\s*:\s*(\d+)/.exec(m[3]!)?.[1] ?? 0);
      const limit = /limit\s*:\s*(\d+)/.exec(m[3]!)?.[1];
      if (offset || limit !== undefined)
        list += `.slice(${offset}${limit !== undefined ? `, ${offset + Number(limit)}` : ''})`;
      return `for${m[1]}${list}`;
    }
    default:
      return null;
  }
}

/** Liquid's names inside expressions: `forloop` is `loop`, `nil` is `none` (outside strings). */
function liquidExpression(expr: string): string {
  return outsideStrings(expr, (code) => code.replace(/\bforloop\./g, 'loop.').replace(/(?<![.\w])nil\b/g, 'none'));
}

/**
 * Liquid's filter arguments, `| date: "%Y"` or `| prepend: site.baseurl, "x"`, as Nunjucks
 * calls: `| date("%Y")`. String literals are left alone.
 */
export function filterArguments(expr: string): string {
  return outsideStrings(expr, (code) =>
    code.replace(/\|\s*(\w+)\s*:\s*([^|]+?)\s*(?=\||$)/g, (_m, name: string, args: string) => `| ${name}(${args}) `),
  );
}

/** Applies `fn` to the code of an expression, leaving its string literals as they are. */
function outsideStrings(expr: string, fn: (code: string) => string): string {
  const pieces = expr.split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/);
  // The code is handled as one text with the strings masked, so that a pattern may span them.
  const masked = pieces.map((p, i) => (i % 2 === 1 ? `\u0000${(i - 1) / 2}\u0000` : p)).join('');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL marks the masked strings
  return fn(masked).replace(/\u0000(\d+)\u0000/g, (_m, n: string) => pieces[Number(n) * 2 + 1]!);
}

/** `a.b-c` → `a["b-c"]`, outside string literals (Liquid has no minus operator there). */
export function hyphenKeys(expr: string): string {
  return outsideStrings(expr, (code) => code.replace(/\.([A-Za-z_]\w*(?:-\w+)+)/g, '["$1"]'));
}

function lineCount(s: string): number {
  let n = 0;
  for (const c of s) if (c === '\n') n++;
  return n;
}
