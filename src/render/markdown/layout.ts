import type { MarkdownIt, Options, Renderer, Token } from 'markdown-it';
import { BLANK_WRITTEN, LIST_EOB } from './block-tokens.js';
import { BLANK_AFTER } from './ial-lines.js';
import { isBlankText } from './line-text.js';
import type { ItemMeta } from './list-items.js';
import { isKramdownToc } from './toc.js';
import { kilnEnv, sourceLines } from './types.js';

// Containers whose children kramdown writes on their own lines, two spaces further in.
const INDENTED = new Set(['blockquote', 'bullet_list', 'ordered_list', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'dl']);
// Blocks written on one line around their inline content.
const WITH_INLINE = new Set(['paragraph', 'heading', 'dt', 'th', 'td']);

/** How the `<div>` around a code block Rouge coloured ends. */
const ROUGE_END = '</div>\n';

/** Whether a block's HTML is a code block Rouge coloured, in its `<div class="… highlighter-rouge">`. */
const isRougeBlock = (html: string) =>
  html.startsWith('<div') && html.endsWith(ROUGE_END) && html.slice(0, html.indexOf('>')).includes('highlighter-rouge');

/** The meta of a block kiln made that kramdown writes after an empty line (see footnotes.ts). */
export const BLANK_BEFORE = Symbol('an empty line before it');

/** A block token with its children (an open token up to its close), or a token on its own. */
interface Node {
  token: Token;
  children: Node[];
}

// Each type's base, made once: a string cut anew for every block would be hashed anew by every lookup.
const BASE_TYPES = new Map<string, string>();

function baseType(token: Token): string {
  const { type } = token;
  let base = BASE_TYPES.get(type);
  if (base === undefined) BASE_TYPES.set(type, (base = type.endsWith('_open') ? type.slice(0, -5) : type));
  return base;
}

function tree(tokens: Token[]): Node[] {
  const root: Node[] = [];
  const stack: Node[][] = [root];
  for (const token of tokens) {
    if (token.nesting === -1) {
      if (stack.length > 1) stack.pop();
      continue;
    }
    const node: Node = { token, children: [] };
    stack[stack.length - 1]!.push(node);
    if (token.nesting === 1) stack.push(node.children);
  }
  return root;
}

/** Where the blank lines of a container are looked for: its source lines, inside how many `>`. */
interface Frame {
  lines: string[];
  quotes: number;
  /** Inside a quote: the lines blank in its text (see blockquotes.ts). */
  blank?: ReadonlySet<number>;
  /** Lines inside a block IAL or ALD going over lines (`{: .c`, blank, `}`): none is a blank line. */
  covered?: ReadonlySet<number>;
}

function isBlank(frame: Frame, line: number): boolean {
  if (frame.covered?.has(line)) return false;
  if (frame.blank) return frame.blank.has(line);
  let text = frame.lines[line] ?? '';
  for (let q = 0; q < frame.quotes; q++) text = text.replace(/^ {0,3}> ?/, '');
  return isBlankText(text);
}

/** Whether a list item's text ends with an ALD or `^` (see list-items.ts): its blank lines before it stay in it. */
function endsWithEob(item: Token): boolean {
  return (item.meta as ItemMeta | null)?.endsWithEob === true;
}

function blankBetween(frame: Frame, from: number, to: number): boolean {
  for (let line = from; line < to; line++) if (isBlank(frame, line)) return true;
  return false;
}

/**
 * The line after a block's content, as far as blank lines go: a list's trailing blank lines
 * belong after the list, so its end is that of its last item's last block.
 */
function contentEnd(node: Node): number | undefined {
  const type = baseType(node.token);
  if (type === 'bullet_list' || type === 'ordered_list' || type === 'dl') {
    // Empty last items leave the blank lines ending the last item with any text (blank lines
    // count) after the list.
    const items = type === 'dl' ? [] : node.children;
    for (let at = items.length - 1; at >= 0; at--) {
      const item = items[at]!;
      const next = items[at + 1]?.token.map?.[0];
      const start = item.token.map?.[0];
      if (endsWithEob(item.token)) return item.token.map?.[1];
      if (item.children.length === 0 && !(next !== undefined && start !== undefined && next > start + 1)) continue;
      if (at === items.length - 1) break;
      const inner = item.children[item.children.length - 1];
      return inner ? contentEnd(inner) : start === undefined ? undefined : start + 1;
    }
    const last = node.children[node.children.length - 1];
    if (last && endsWithEob(last.token)) return last.token.map?.[1];
    const inner = last?.children[last.children.length - 1];
    if (inner) return contentEnd(inner);
    if (last?.token.map) return last.token.map[0] + 1;
  }
  return node.token.map?.[1];
}

/**
 * kramdown's HTML layout: every block on its own line, indented two spaces per enclosing list,
 * quote, table or `markdown="1"` element, and one empty line wherever the source had blank lines
 * between blocks (also at the start and end of the document and of a quote, not between list
 * items: an item's trailing blank lines go after the list). A list item or definition whose
 * first block is a bare paragraph keeps it on the `<li>` line.
 */
export function kramdownLayout(md: MarkdownIt): void {
  md.core.ruler.push('kramdown_layout_source', (state) => {
    sourceLines(state);
  });
  const renderer = md.renderer;
  renderer.render = (tokens, options, env) => {
    const lines = kilnEnv(env).lines ?? [];
    const lineCount = lines.length > 0 && lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
    // An empty document is one blank line to kramdown: an empty post body still puts a line
    // break where its layout says {{ content }}.
    if (lines.length === 1 && lines[0] === '') return '\n';
    const layout = new Layout(renderer, options, env);
    const { ialLines, definitionLines } = kilnEnv(env);
    const covered = definitionLines ? new Set([...(ialLines ?? []), ...definitionLines]) : ialLines;
    return layout.blocks(tree(tokens), 0, { lines, quotes: 0, covered }, true, 0, lineCount);
  };
}

/**
 * The blocks of an element with block content, ending with a line break of their own when its last
 * block is kramdown's TOC (which kramdown writes as a placeholder without one, and then the TOC).
 */
function tocLineEnd(element: Node, inner: string): string {
  const last = element.children[element.children.length - 1];
  return last && isKramdownToc(last.token) && inner.endsWith('-->\n') ? `${inner}\n` : inner;
}

class Layout {
  constructor(
    private readonly r: Renderer,
    private readonly options: Options,
    private readonly env: unknown,
  ) {}

  /**
   * Sibling blocks at `depth`, with an empty line between two of them where `frame` has a blank
   * line between; `start`/`end` (when given) also look before the first and after the last.
   */
  blocks(nodes: Node[], depth: number, frame: Frame, blanks: boolean, start?: number, end?: number): string {
    let out = '';
    let previous = start;
    let trailingDone = false;
    // Whether the last block wrote a blank line of its own (an HTML element ending its line, with
    // no blank line right after): blank lines after `{::options /}` then join that one.
    let ownBlank = false;
    const blankUpTo = (line: number) =>
      !ownBlank && blanks && previous !== undefined && blankBetween(frame, previous, line);
    for (const node of nodes) {
      if (node.token.type === 'footnote_block_open' && !trailingDone) {
        if (end !== undefined && blankUpTo(end)) out += '\n';
        trailingDone = true;
      }
      const map = node.token.map;
      // (The blank lines before a list's `^` are the list's, and it drops them.)
      const listEob = node.token.meta === LIST_EOB;
      if ((map && !listEob && blankUpTo(map[0])) || node.token.meta === BLANK_BEFORE) out += '\n';
      const html = this.block(node, depth, frame);
      out += html;
      if (map) {
        previous = contentEnd(node) ?? previous;
        ownBlank = node.token.meta === BLANK_AFTER && html.endsWith('\n\n');
      }
    }
    if (!trailingDone && end !== undefined && blankUpTo(end)) out += '\n';
    return out;
  }

  /** A block's inline content, and the footnote back links markdown-it-footnote puts beside it. */
  private inline(node: Node): string {
    let out = '';
    for (const { token } of node.children) {
      if (token.type === 'inline') out += this.r.renderInline(token.children ?? [], this.options, this.env);
      else out += this.r.rules[token.type]?.([token], 0, this.options, this.env, this.r) ?? '';
    }
    return out;
  }

  private open(token: Token): string {
    return `<${token.tag}${this.r.renderAttrs(token)}>`;
  }

  private block(node: Node, depth: number, frame: Frame): string {
    const token = node.token;
    const indent = '  '.repeat(depth);
    const type = baseType(token);
    const rules = this.r.rules;
    if (WITH_INLINE.has(type)) {
      if (token.hidden) return this.inline(node);
      return `${indent}${this.open(token)}${this.inline(node)}</${token.tag}>\n`;
    }
    if (type === 'list_item' || type === 'dd') return this.item(node, depth, frame);
    if (INDENTED.has(type)) {
      const inner =
        type === 'blockquote' && token.map
          ? this.blocks(
              node.children,
              depth + 1,
              { ...frame, quotes: frame.quotes + 1, blank: (token.meta as { blank?: Set<number> } | null)?.blank },
              true,
              token.map[0],
              token.map[1],
            )
          : this.blocks(node.children, depth + 1, frame, false);
      // (A list's last item may end with a blank line kramdown moves after the list: see block-tokens.ts.)
      const blank = token.info === BLANK_WRITTEN ? '\n' : '';
      return `${indent}${this.open(token)}\n${inner}${indent}</${token.tag}>\n${blank}`;
    }
    if (type === 'kramdown_html') {
      // An element with block content (`markdown="1"`): its blocks inside (only blank lines: an
      // empty line), or nothing between the tags.
      const inner = tocLineEnd(
        node,
        this.blocks(node.children, depth + 1, frame, true, token.map?.[0], token.map?.[1]),
      );
      if (inner === '') return `${indent}${token.content}${token.info}\n`;
      return `${indent}${token.content}\n${inner}${indent}${token.info}\n`;
    }
    if (type === 'kramdown_html_raw') {
      // Raw HTML with spans parsed inside (`<p markdown="1">` in a `<div>`).
      let html = indent;
      for (const child of node.children) {
        const t = child.token;
        if (t.type === 'inline') html += this.inline({ token: t, children: [child] });
        else if (t.type === 'kramdown_html_open') {
          // An element with block content inside raw HTML: its blocks one level further in.
          const nesting = (t.meta as { nesting: number }).nesting;
          const inner = tocLineEnd(
            child,
            this.blocks(child.children, depth + nesting + 1, frame, true, t.map?.[0], t.map?.[1]),
          );
          const close = '  '.repeat(depth + nesting) + t.info;
          // (As at the top level: nothing between the tags when no block writes anything.)
          html += inner === '' ? `${t.content}${t.info}` : `${t.content}\n${inner}${close}`;
        } else html += t.content;
      }
      return `${html}\n${token.info}`;
    }
    if (type === 'footnote_block') {
      const close = rules.footnote_block_close!([], 0, this.options, this.env, this.r);
      const open = rules.footnote_block_open!([token], 0, this.options, this.env, this.r);
      // (Inside definitions their blank lines are blank lines again.)
      return open + this.blocks(node.children, 2, { ...frame, covered: kilnEnv(this.env).ialLines }, false) + close;
    }
    if (type === 'footnote') {
      const open = rules.footnote_open!([token], 0, this.options, this.env, this.r);
      const close = rules.footnote_close!([token], 0, this.options, this.env, this.r);
      // (An empty definition is an empty line before the back link's paragraph.)
      // (A definition inside a quote knows its blank lines: see footnotes.ts.)
      const blank = (token.meta as { blank?: Set<number> } | null)?.blank;
      const inner = this.blocks(node.children, 3, blank ? { ...frame, blank } : frame, true);
      return open + (token.info === 'blank' ? '\n' : '') + inner + close;
    }
    if (type === 'kramdown_text') return this.inline(node); // (no element, no indentation: see loose-text.ts)
    if (type === 'kramdown_eob') return ''; // (`^` writes nothing, not even indentation)
    if (type === 'hr') return `${indent}<hr${this.r.renderAttrs(token)} />\n`;
    if (type === 'html_block') return `${indent}${token.content}`;
    const rule = rules[token.type];
    // What kramdown 2's math engine writes is not indented.
    // (With attributes, kramdown 2's `<div>` around it starts at the block's indentation.)
    if (rule && (token.meta as { unindented?: boolean } | null)?.unindented)
      return (token.attrs?.length ? indent : '') + rule([token], 0, this.options, this.env, this.r);
    if (rule) {
      const html = rule([token], 0, this.options, this.env, this.r);
      // kramdown closes the <div> around Rouge's code at the block's indentation.
      if (!indent || !isRougeBlock(html)) return indent + html;
      return `${indent}${html.slice(0, -ROUGE_END.length)}${indent}</div>\n`;
    }
    return indent + this.r.renderToken([token], 0, this.options);
  }

  /** `<li>` / `<dd>`: a first bare paragraph stays on the tag's line; other blocks go below it. */
  private item(node: Node, depth: number, frame: Frame): string {
    const token = node.token;
    const indent = '  '.repeat(depth);
    const [first, ...rest] = node.children;
    let out = `${indent}${this.open(token)}`;
    // (An end-of-block marker writes nothing: `- ^` is an empty item.)
    if (!first || node.children.every((c) => c.token.type === 'kramdown_eob')) return `${out}</${token.tag}>\n`;
    if (WITH_INLINE.has(baseType(first.token)) && first.token.hidden) {
      out += this.inline(first);
      // (Blank lines before an ALD or `^` ending the item stay in it, as below. Text ending with a
      // line break, which an ALD or `^` after the paragraph leaves it (see lists.ts), puts the end
      // tag at the item's indentation.)
      const end = endsWithEob(token) ? token.map?.[1] : undefined;
      if (rest.every((c) => c.token.type === 'kramdown_eob')) {
        out += this.blocks(rest, depth + 1, frame, true, contentEnd(first), end);
        return `${out}${out.endsWith('\n') ? indent : ''}</${token.tag}>\n`;
      }
      // (The paragraph's text ends with its line break: see lists.ts.)
      const br = first.children.some((c) => c.token.type === 'inline' && c.token.content.endsWith('\n')) ? '' : '\n';
      // (kramdown's TOC is a placeholder when it writes the end tag: it puts no indentation after it.)
      const close = isKramdownToc(rest[rest.length - 1]!.token) ? '' : indent;
      return `${out}${br}${this.blocks(rest, depth + 1, frame, true, contentEnd(first), end)}${close}</${token.tag}>\n`;
    }
    // An item whose marker line has no text starts with the blank lines after it, if any; one whose
    // text ends with an ALD or `^` keeps the blank lines before it (they are not the item's last).
    const start = token.map && first.token.map && first.token.map[0] > token.map[0] ? token.map[0] + 1 : undefined;
    const end = endsWithEob(token) ? token.map?.[1] : undefined;
    return `${out}\n${this.blocks(node.children, depth + 1, frame, true, start, end)}${indent}</${token.tag}>\n`;
  }
}
