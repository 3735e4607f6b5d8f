// Words that are not variables inside a template expression.
const NOT_VARIABLES = new Set([
  'in',
  'not',
  'and',
  'or',
  'if',
  'else',
  'elif',
  'endif',
  'for',
  'endfor',
  'set',
  'endset',
  'true',
  'false',
  'none',
  'null',
  'loop',
  'is',
  'include',
  'raw',
  'endraw',
  'import',
  'from',
  'as',
  'with',
  'without',
  'context',
  'macro',
  'endmacro',
  'call',
  'endcall',
  'filter',
  'endfilter',
  'block',
  'endblock',
  'extends',
  'super',
]);

/**
 * True when a template reads no variable but `site` (and the names it binds itself), so its
 * output is the same on every page of a build and can be rendered once. The blog archive
 * sidebar is the case that matters: without this it is rendered once per index page.
 */
export function readsOnlySite(src: string): boolean {
  const bound = new Set<string>();
  const roots = new Set<string>();
  for (const m of src.matchAll(/\{%-?([\s\S]*?)-?%\}|\{\{-?([\s\S]*?)-?\}\}/g)) {
    const code = (m[1] ?? m[2] ?? '').replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
    const binding = /^\s*(?:for\s+([\w\s,]+?)\s+in\b|set\s+([\w\s,]+?)\s*=)/.exec(code);
    if (binding) for (const name of (binding[1] ?? binding[2] ?? '').split(',')) bound.add(name.trim());
    if (/^\s*(?:include|import|from|extends|macro|call|block)\b/.test(code)) return false;
    // Root identifiers: not after `.`, not a filter name after `|`, not a call's keyword argument.
    for (const id of code.matchAll(/(?<![.\w|])\s*([A-Za-z_]\w*)/g)) {
      const name = id[1]!;
      const before = code.slice(0, id.index).trimEnd();
      if (before.endsWith('|')) continue;
      if (/^\s*(for|set)\b/.test(code) && code.slice(0, id.index).trim() === '') continue;
      roots.add(name);
    }
  }
  for (const name of roots) if (!NOT_VARIABLES.has(name) && !bound.has(name) && name !== 'site') return false;
  return true;
}

/**
 * True when a page's templates put every include's output into the page as it is, so that a
 * fragment may stand in the text as a marker and be spliced in when written: nothing in `all`
 * (the page, its layouts, their includes) captures output (`capture`, a `set` block, `filter`,
 * `macro`/`call`), and `layouts` (with their includes) output `content` bare, and only so.
 */
export function keepsIncludesAsIs(all: readonly string[], layouts: readonly string[]): boolean {
  const tags = (src: string) => src.matchAll(/\{%-?([\s\S]*?)-?%\}|\{\{-?([\s\S]*?)-?\}\}/g);
  for (const src of all) {
    for (const m of tags(src)) {
      if (m[1] !== undefined && /^\s*(?:capture|filter|macro|call)\b|^\s*set\s+[\w\s,]+$/.test(m[1])) return false;
    }
  }
  for (const src of layouts) {
    for (const m of tags(src)) {
      if (m[2] !== undefined && /^\s*content\s*$/.test(m[2])) continue;
      const code = (m[1] ?? m[2]!).replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
      if (/(?<![.\w])content\b/.test(code)) return false;
    }
  }
  return true;
}
