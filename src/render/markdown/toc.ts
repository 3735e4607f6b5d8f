import type { MarkdownIt, Token } from 'markdown-it';
import { attributeRefs } from './attribute-lists.js';
import { type Attributes, applyAttributes } from './attribute-specs.js';
import { closeOf, LIST_EOB } from './block-tokens.js';
import { escapeHtml } from './html-syntax.js';
import { ialTarget, isComment } from './ial-targets.js';
import { isBlankText } from './line-text.js';
import {
  type Heading,
  kilnEnv,
  type MarkdownEnv,
  type MarkdownOptions,
  optionsFor,
  sourceLines,
  TOC_MARKER,
} from './types.js';

/** Where kramdown's own `{:toc}` list stands: the same list, without the tag's wrapper. */
const KRAMDOWN_TOC_MARKER = '<!--kiln-kramdown-toc ';
const KRAMDOWN_TOC_LINE = /^ *<!--kiln-kramdown-toc ([^\s>]*)-->\n/gm;

/** Whether a token is where kramdown's own TOC goes. */
export const isKramdownToc = (token: Token) =>
  token.type === 'html_block' && token.content.startsWith(KRAMDOWN_TOC_MARKER);

/** The list a TOC is written as: kramdown keeps the list's kind (`<ol>` too) and the attributes its IAL gives it. */
interface TocList {
  tag: 'ul' | 'ol';
  attrs: Array<[string, string]>;
}
const PLAIN_TOC: TocList = { tag: 'ul', attrs: [] };

/** Records every header (level, id, inline HTML) so the TOC can be built after rendering. */
export function collectHeadings(md: MarkdownIt, options: MarkdownOptions): void {
  md.core.ruler.push('kiln_collect_headings', (state) => {
    const env = kilnEnv(state.env);
    const { tocLevels } = optionsFor(options, state.env);
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const open = tokens[i]!;
      if (open.type !== 'heading_open') continue;
      const attr = open.attrGet('id');
      // (kramdown 2's GFM id of a header without letters is empty, and it is listed all the same.)
      if (attr === null && !(options.compat === 2 && optionsFor(options, state.env).autoIds)) continue;
      const id = String(attr ?? '');
      const level = Number(open.tag.slice(1));
      const noToc = String(open.attrGet('class') ?? '')
        .split(/\s+/)
        .includes('no_toc');
      const inline = tokens[i + 1]!.children ?? [];
      const children = inline.filter((t) => t.type !== 'link_open' && t.type !== 'link_close');
      const html = md.renderer.renderInline(children, md.options, state.env);
      // kramdown's own TOC drops footnote references; kramdown 1's keeps a header's links.
      const own = (options.compat === 1 ? inline : children).filter((t) => t.type !== 'footnote_ref');
      // kramdown 2's TOC entry copies the header's content, with `footnote_backlink_inline`'s back
      // links (put before the header's close in footnotes.ts) too.
      let end = i + 2;
      while (tokens[end]?.type === 'footnote_anchor') end++;
      // (Mostly the same tokens as the entry's: then the same HTML, not rendered twice.)
      const same = end === i + 2 && own.length === children.length && own.every((t, k) => t === children[k]);
      const kramdownHtml = same
        ? html
        : md.renderer.renderInline([...own, ...tokens.slice(i + 2, end)], md.options, state.env);
      env.headings.push({ level, id, html, kramdownHtml, inToc: !noToc && tocLevels.includes(level) });
    }
  });
}

/**
 * kramdown's TOC markup: nested `<ul>`s, each entry linking to its header. kramdown itself
 * (`inline`) starts a sublist on the entry's line; `{% toc %}` puts it on a line of its own.
 */
export function renderToc(headings: readonly Heading[], inline = false, top: TocList = PLAIN_TOC): string {
  // (`inline`: kramdown's own TOC, which writes each entry as kramdown does.)
  const entries = headings.filter((h) => h.inToc);
  if (entries.length === 0) return '';
  type Node = { heading: Heading | null; children: Node[] };
  const root: Node = { heading: null, children: [] };
  const stack: Array<{ level: number; node: Node }> = [{ level: 0, node: root }];
  for (const h of entries) {
    while (stack.length > 1 && stack[stack.length - 1]!.level >= h.level) stack.pop();
    const node: Node = { heading: h, children: [] };
    stack[stack.length - 1]!.node.children.push(node);
    stack.push({ level: h.level, node });
  }
  // The list's id (`markdown-toc` unless its IAL gives one) prefixes each entry's.
  const attrs: Array<[string, string]> = top.attrs.some(([k]) => k === 'id')
    ? top.attrs
    : [...top.attrs, ['id', 'markdown-toc']];
  const prefix = attrs.find(([k]) => k === 'id')![1];
  const start = `<${top.tag}${attrs.map(([k, v]) => ` ${k}="${escapeHtml(v, true)}"`).join('')}>`;
  const list = (nodes: Node[], depth: number, outer: boolean): string => {
    const indent = '  '.repeat(depth);
    let out = outer ? `${start}\n` : `${indent}<${top.tag}>\n`;
    for (const n of nodes) {
      const h = n.heading!;
      const link = `<a href="#${h.id}" id="${escapeHtml(prefix, true)}-${h.id}">${inline ? h.kramdownHtml : h.html}</a>`;
      if (n.children.length === 0) out += `${indent}  <li>${link}</li>\n`;
      else out += `${indent}  <li>${link}${inline ? '' : '\n'}${list(n.children, depth + 2, false)}${indent}  </li>\n`;
    }
    return out + (outer ? `</${top.tag}>\n` : `${indent}</${top.tag}>\n`);
  };
  return list(root.children, 0, true);
}

/**
 * Whether a document's HTML may hold a TOC marker: only raw HTML from its source (`{% toc %}`'s
 * output among it) or kramdown's `{:toc}` list writes `<` unescaped. Asked of the source, the
 * HTML (a string built in pieces) is not flattened for nothing.
 */
export const mayHoldToc = (src: string, env: MarkdownEnv) => env.tocMarker === true || src.includes('<!--kiln-');

/** Puts the TOC where its markers stand: `{% toc %}` wrapped in `<div class="page-toc">`, kramdown's bare. */
export function insertToc(html: string, headings: readonly Heading[]): string {
  if (!html.includes('<!--kiln-')) return html;
  if (html.includes(KRAMDOWN_TOC_MARKER))
    // (kramdown writes it unindented, wherever the list stood.)
    html = html.replace(KRAMDOWN_TOC_LINE, (_, list: string) =>
      renderToc(headings, true, JSON.parse(decodeURIComponent(list)) as TocList),
    );
  if (!html.includes(TOC_MARKER)) return html;
  const toc = `<div class="page-toc">\n${renderToc(headings)}\n</div>\n`;
  return html.replace(/<p>\s*<!--kiln-toc-->\s*<\/p>\n?|<!--kiln-toc-->\n?/g, () => toc);
}

/** Whether an IAL makes its list the TOC: it refers to `toc` (`{:toc}`, `{:.c toc}`). */
const isTocIal = (spec: string) => attributeRefs(spec).includes('toc');

/**
 * kramdown's own TOC syntax: the first list given `{:toc}` becomes the TOC marker, whatever its
 * items: a list followed by the IAL (`* TOC` then `{:toc}`), or one an IAL before it goes to (as
 * any block IAL goes: see ial-targets.ts, so also after `<hr>`); a later one stays a list.
 */
export function tocList(md: MarkdownIt): void {
  md.core.ruler.before('kramdown_attribute_lists', 'kramdown_toc_list', (state) => {
    const tokens = state.tokens;
    let source: string[] | undefined;
    let quoted: Set<number> | undefined;
    // Whether a line is blank in its container's text: in the source, or once a quote's `>` is off.
    const blank = (line: number) => {
      source ??= sourceLines(state);
      if (isBlankText(source[line] ?? '')) return true;
      if (!quoted) {
        quoted = new Set();
        for (const q of tokens)
          if (q.type === 'blockquote_open')
            for (const b of (q.meta as { blank?: Set<number> } | null)?.blank ?? []) quoted.add(b);
      }
      return quoted.has(line);
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.type !== 'bullet_list_open' && t.type !== 'ordered_list_open') continue;
      let start = i;
      let end = -1;
      // Before it: the IALs kramdown gives the list, also past comments, which stay.
      let first = i;
      while (tokens[first - 1]?.type === 'kramdown_ial' || (tokens[first - 1] && isComment(tokens[first - 1]!)))
        first--;
      const close = closeOf(tokens, i);
      const before = tokens
        .slice(first, i)
        .filter((x, k) => x.type === 'kramdown_ial' && ialTarget(tokens, first + k) === t);
      if (before.length > 0) start = first;
      if (before.some((ial) => isTocIal(ial.content))) end = close;
      // After it (or its `^`): the IALs the list takes, as any block takes them (so also past a
      // blank line an unclosed HTML element in its last item holds).
      let at = close + 1;
      if (tokens[at]?.meta === LIST_EOB) at++;
      const run: Token[] = [];
      for (; tokens[at]?.type === 'kramdown_ial' && ialTarget(tokens, at) === t; at++) run.push(tokens[at]!);
      if (end < 0 && !run.some((ial) => isTocIal(ial.content))) continue;
      if (run.length > 0) end = at - 1;
      const specs = [...before, ...run].map((ial) => ial.content);
      const kept = tokens.slice(start, i).filter((x) => !before.includes(x));
      const marker = new state.Token('html_block', '', 0);
      marker.block = true;
      // (The IALs may name the document's ALDs: `{:toc ref}`.)
      const attrs: Attributes = [];
      applyAttributes(attrs, specs.join(' '), kilnEnv(state.env).alds ?? new Map());
      // (The class the list has already, kramdown 2's `task-list`, comes first, whatever the IALs say.)
      const own = t.attrGet('class');
      if (own) {
        const at = attrs.findIndex(([k]) => k === 'class');
        const added = at < 0 ? '' : ` ${attrs.splice(at, 1)[0]![1]}`;
        attrs.unshift(['class', own + added]);
      }
      const list: TocList = { tag: t.type === 'ordered_list_open' ? 'ol' : 'ul', attrs };
      marker.content = `${KRAMDOWN_TOC_MARKER}${encodeURIComponent(JSON.stringify(list))}-->\n`;
      kilnEnv(state.env).tocMarker = true;
      let last = tokens[end]!.map?.[1] ?? t.map?.[1] ?? 0;
      // (A list's trailing blank lines come after the marker, and so do blank lines that only IALs
      // ending its last item follow: kramdown takes those blank lines out of the list.)
      const ialLines = new Set<number>();
      for (const x of tokens.slice(i, close + 1))
        if (x.type === 'kramdown_ial' && x.map) for (let l = x.map[0]; l < x.map[1]; l++) ialLines.add(l);
      for (let l = last, floor = (t.map?.[0] ?? 0) + 1; l > floor; l--) {
        if (blank(l - 1)) last = l - 1;
        else if (!ialLines.has(l - 1)) break;
      }
      // (From the list's own line: blank lines between an IAL and it are blank lines before it.)
      marker.map = [t.map?.[0] ?? 0, last];
      // Footnote definitions in the list still define their footnotes.
      tokens.splice(start, end - start + 1, ...kept, marker, ...footnoteDefinitions(tokens.slice(i, end + 1)));
      return;
    }
  });
}

/** The footnote definitions among tokens (each from its open to its close token), for the footnotes section. */
function footnoteDefinitions(tokens: readonly Token[]): Token[] {
  const kept: Token[] = [];
  let depth = 0;
  for (const t of tokens) {
    if (t.type === 'footnote_reference_open') depth++;
    if (depth > 0) kept.push(t);
    if (t.type === 'footnote_reference_close') depth--;
  }
  return kept;
}
