import type { MarkdownIt, StateBlock, StateCore, Token } from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { blockRule } from './block-rules.js';
import { entityText } from './entities.js';
import { escapeAttribute, escapeKeepingReferences } from './escaping.js';
import { SPAN_ELEMENTS } from './html-syntax.js';
import { BLANK_BEFORE } from './layout.js';
import { keepIndent } from './lazy-lines.js';
import { isBlankText } from './line-text.js';
import { keepBlanks, looseIndent } from './loose-text.js';
import { kilnEnv, type MarkdownOptions, optionsFor, sourceLines } from './types.js';

interface FootnoteMeta {
  id: number;
  subId: number;
  label?: string;
}

function metaOf(token: Token): FootnoteMeta {
  return token.meta as unknown as FootnoteMeta;
}

function label(token: Token): string {
  const meta = metaOf(token);
  return encodeURIComponent(String(meta.label ?? meta.id + 1)).replace(/%20/g, '-');
}

// A line that is never a lazy line of a definition: a block IAL, `^`, or block HTML (a span
// element's tag or `<script>` is a lazy line).
const LAZY_STOP = /^(?:\{:(?![:/])(?:\\\}|[^}])+\}[ \t\v\f\r]*$|\^[ \t\v\f\r]*$|<\/?([A-Za-z][\w:.-]*))/;

function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line]!, state.eMarks[line]);
}

/**
 * Where kramdown ends the footnote definition starting at `startLine`: its first line, then, after
 * any blank lines, lines indented four spaces, each run followed by lazy lines (not a blank
 * line, a block IAL, `^` or block HTML); an unindented line right after the first is not its.
 */
function definitionEnd(state: StateBlock, startLine: number, endLine: number, lazy: Set<number>): number {
  let end = startLine + 1;
  for (;;) {
    let line = end;
    while (line < endLine && state.isEmpty(line)) line++;
    // (Not a loose line, `  \tx`: no indentation kramdown takes off.)
    if (line >= endLine || state.sCount[line]! - state.blkIndent < 4 || looseIndent(state, line) !== undefined)
      return end;
    while (line < endLine && !state.isEmpty(line)) {
      const left = looseIndent(state, line);
      if (left !== undefined) {
        // A lazy line kramdown keeps as it is, its white space too: loose in the definition's text.
        keepBlanks(state, line, left);
        state.sCount[line] = state.sCount[line]! + 4;
      } else if (state.sCount[line]! - state.blkIndent < 4) {
        const stop = LAZY_STOP.exec(state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]));
        if (stop && !(stop[1] && (SPAN_ELEMENTS.has(stop[1].toLowerCase()) || stop[1] === 'script'))) break;
        keepIndent(state, line, state.sCount[line]! - state.blkIndent);
        lazy.add(line);
        // (Given to the definition's blocks as indented to its text.)
        state.sCount[line] = state.sCount[line]! + 4;
      }
      line++;
    }
    end = line;
  }
}

/**
 * A definition inside a quote has blank lines that are not blank in the source (`>` alone): they
 * go on its token's meta, for the layout's empty lines between its blocks.
 */
function quotedBlanks(state: StateBlock, open: Token, start: number, end: number): void {
  let blank: Set<number> | undefined;
  for (let line = start; line < end; line++) {
    if (!state.isEmpty(line)) continue;
    const lineStart = state.src.lastIndexOf('\n', state.bMarks[line]! - 1) + 1;
    if (!isBlankText(state.src.slice(lineStart, state.eMarks[line]))) (blank ??= new Set()).add(line);
  }
  if (blank) for (let line = start; line < end; line++) if (state.isEmpty(line)) blank.add(line);
  if (blank) open.meta = { ...(open.meta as object), blank };
}

/**
 * Footnotes in kramdown's markup: ids from the footnote's name (`fnref:name`, `fn:name`),
 * numbers in the order kramdown writes the references: the text's first, then those inside the
 * footnotes listed so far; a footnote no reference reaches (one only its own text refers to) is
 * left out. A later reference to the same note is `fnref:name:N`, with its own back link.
 * kramdown 2 adds role/rel attributes.
 */
export function footnotes(md: MarkdownIt, options: MarkdownOptions): void {
  md.use(footnote);
  // A footnote definition interrupts no paragraph in kramdown (there it is text), except the
  // last one of the definition before it.
  const definition = blockRule(md, 'footnote_def')!;
  const fn = definition.fn;
  // How deep the parse is inside definitions (the rule is tried again on a definition's own first line).
  const depth = new WeakMap<object, number>();
  // The lazy lines of definitions, per document: text, even when one looks like a definition.
  const lazyLines = new WeakMap<object, Set<number>>();
  md.block.ruler.at(
    'footnote_def',
    (state, startLine, endLine, silent) => {
      // (This file's lineText starts at the line's start, before its indentation.)
      const start = state.bMarks[startLine]! + state.tShift[startLine]!;
      if (state.src.charCodeAt(start) !== 0x5b /* [ */ || state.src.charCodeAt(start + 1) !== 0x5e /* ^ */)
        return false;
      if (!NAME.test(lineText(state, startLine).slice(state.tShift[startLine]!))) return false;
      const inside = depth.get(state.env) ?? 0;
      if (silent)
        return inside > 0 && !lazyLines.get(state.env)?.has(startLine) && fn(state, startLine, endLine, silent);
      depth.set(state.env, inside + 1);
      const at = state.tokens.length;
      try {
        let lazy = lazyLines.get(state.env);
        if (!lazy) lazyLines.set(state.env, (lazy = new Set()));
        const end = definitionEnd(state, startLine, endLine, lazy);
        const ok = fn(state, startLine, end, silent);
        // (Its blank lines are no blank lines between the blocks around it: it writes nothing there.)
        if (ok && end > startLine + 1) {
          const covered = (kilnEnv(state.env).definitionLines ??= new Set());
          for (let line = startLine; line < end; line++) covered.add(line);
        }
        // kramdown writes an empty line for a definition whose first line is empty.
        const open = state.tokens[at];
        if (ok && open?.type === 'footnote_reference_open') {
          open.info = /^[^:]*:[ \t\v\f\r]*$/.test(lineText(state, startLine)) ? 'blank' : '';
          open.map = [startLine, end];
          quotedBlanks(state, open, startLine, end);
        }
        return ok;
      } finally {
        depth.set(state.env, inside);
      }
    },
    { alt: definition.alt },
  );
  md.core.ruler.at('footnote_tail', (state) =>
    footnoteSection(state, options.compat === 2 && optionsFor(options, state.env).footnoteBacklinkInline === true),
  );
  md.inline.ruler.disable('footnote_inline'); // `^[inline]` is not kramdown syntax
  const rules = md.renderer.rules;
  const v2 = options.compat === 2;
  // kramdown's `footnote_nr`: the number of the first footnote.
  const first = (env: unknown) => optionsFor(options, env).footnoteNr ?? 1;
  // kramdown 2's `footnote_prefix`, written as it is (but in the `<li>`'s id, escaped).
  const prefix = (env: unknown) => (v2 ? (optionsFor(options, env).footnotePrefix ?? '') : '');
  rules.footnote_ref = (tokens, idx, _options, env) => {
    const t = tokens[idx]!;
    const meta = metaOf(t);
    const name = prefix(env) + label(t);
    const ref = meta.subId > 0 ? `fnref:${name}:${meta.subId}` : `fnref:${name}`;
    const n = meta.id + first(env);
    return v2
      ? `<sup id="${ref}" role="doc-noteref"><a href="#fn:${name}" class="footnote" rel="footnote">${n}</a></sup>`
      : `<sup id="${ref}"><a href="#fn:${name}" class="footnote">${n}</a></sup>`;
  };
  rules.footnote_block_open = (_tokens, _idx, _options, env) => {
    const ol = first(env) === 1 ? '<ol>' : `<ol start="${first(env)}">`;
    return v2 ? `<div class="footnotes" role="doc-endnotes">\n  ${ol}\n` : `<div class="footnotes">\n  ${ol}\n`;
  };
  rules.footnote_block_close = () => '  </ol>\n</div>\n';
  rules.footnote_open = (tokens, idx, _options, env) =>
    `    <li id="fn:${escapeAttribute(prefix(env) + label(tokens[idx]!))}"${v2 ? ' role="doc-endnote"' : ''}>\n`;
  rules.footnote_close = () => '    </li>\n';
  rules.footnote_anchor = (tokens, idx, _options, env) => {
    const t = tokens[idx]!;
    const meta = metaOf(t);
    const name = prefix(env) + label(t);
    const ref = meta.subId > 0 ? `${name}:${meta.subId}` : name;
    // kramdown's `footnote_backlink`: text, its character references kept; empty, no back links.
    const backlink = escapeKeepingReferences(optionsFor(options, env).footnoteBacklink ?? '&#8617;');
    if (backlink === '') return '';
    const text = meta.subId > 0 ? `${backlink}<sup>${meta.subId + 1}</sup>` : backlink;
    // A back link per reference, after a space (kramdown 2: a non-breaking one), but the first
    // one in a paragraph of its own.
    const space = t.info === 'alone' ? '' : v2 ? entityText(0xa0, optionsFor(options, env).entityOutput) : ' ';
    if (!v2) return `${space}<a href="#fnref:${ref}" class="reversefootnote">${text}</a>`;
    return `${space}<a href="#fnref:${ref}" class="reversefootnote" role="doc-backlink">${text}</a>`;
  };
}

// kramdown's footnote names: a word character, then word characters and `-`.
const NAME = /^\[\^\w[\w-]*\]:/;

/**
 * The footnotes section, replacing markdown-it-footnote's: each definition (the last of a name)
 * taken out of the text, then listed in the order kramdown numbers them, reference by reference.
 */
function footnoteSection(state: StateCore, inline: boolean): void {
  if (!(state.env as { footnotes?: unknown }).footnotes) return;
  const definitions = new Map<string, Token[]>();
  const startsBlank = new Set<string>();
  // The line of what writes nothing (`^`, `{::options /}`, a link definition) ending a definition
  // after a blank line: kramdown's last element there is no paragraph.
  const endsApart = new Map<string, number>();
  const lines = sourceLines(state);
  // (A definition may hold another: the innermost open one takes the tokens.)
  const stack: Array<{ token: Token; body: Token[]; nested: Array<[number, number]> }> = [];
  // The blank lines of definitions inside quotes (see quotedBlanks).
  const quoted = new Map<string, Set<number>>();
  state.tokens = state.tokens.filter((t) => {
    if (t.type === 'footnote_reference_open') {
      const body: Token[] = [];
      stack.push({ token: t, body, nested: [] });
      const name = (t.meta as { label: string }).label;
      definitions.set(name, body);
      if (t.info === 'blank') startsBlank.add(name);
      else startsBlank.delete(name);
      const blank = (t.meta as { blank?: Set<number> }).blank;
      if (blank) quoted.set(name, blank);
      else quoted.delete(name);
      return false;
    }
    if (t.type === 'footnote_reference_close') {
      const closed = stack.pop();
      if (closed) {
        const name = (closed.token.meta as { label: string }).label;
        const apart = lastLineApart(closed.body, closed.token.map, lines, closed.nested);
        // (Its lines, blank ones too, are its own, not the definition's holding it.)
        if (closed.token.map) stack[stack.length - 1]?.nested.push(closed.token.map);
        if (apart === undefined) endsApart.delete(name);
        else endsApart.set(name, apart);
      }
      return false;
    }
    const inner = stack[stack.length - 1];
    if (inner) inner.body.push(t);
    return inner === undefined;
  });
  const order: string[] = [];
  const counts = new Map<string, number>();
  const number = (tokens: Token[]) => {
    for (const t of tokens) {
      if (t.children) number(t.children);
      if (t.type !== 'footnote_ref') continue;
      const meta = metaOf(t);
      const name = meta.label!;
      if (!counts.has(name)) {
        counts.set(name, 0);
        order.push(name);
        meta.subId = 0;
      } else {
        meta.subId = counts.get(name)! + 1;
        counts.set(name, meta.subId);
      }
      meta.id = order.indexOf(name);
    }
  };
  number(state.tokens);
  // A footnote gets a back link per reference counted when kramdown reaches it in the list, before
  // its own text (whose references may add footnotes to the list, or repeats to earlier ones).
  const backLinks: number[] = [];
  for (let i = 0; i < order.length; i++) {
    backLinks.push(counts.get(order[i]!)! + 1);
    number(definitions.get(order[i]!) ?? []);
  }
  if (order.length === 0) return;
  const section: Token[] = [new state.Token('footnote_block_open', '', 1)];
  order.forEach((name, id) => {
    const open = new state.Token('footnote_open', '', 1);
    open.meta = { id, label: name };
    section.push(open);
    const body = [...(definitions.get(name) ?? [])];
    const anchors: Token[] = [];
    if (startsBlank.has(name)) open.info = 'blank';
    const blank = quoted.get(name);
    if (blank) open.meta = { id, label: name, blank };
    for (let subId = 0; subId < backLinks[id]!; subId++) {
      const anchor = new state.Token('footnote_anchor', '', 0);
      anchor.meta = { id, subId, label: name };
      anchors.push(anchor);
    }
    const apart = endsApart.get(name);
    // (A `^` right after the last block is no element after it.)
    let last = body.length - 1;
    while (body[last]?.type === 'kramdown_eob') last--;
    const at =
      apart !== undefined ? -1 : inline ? lastParagraphEnd(body) : body[last]?.type === 'paragraph_close' ? last : -1;
    if (at >= 0) body.splice(at, 0, ...anchors);
    else {
      // The back links in a paragraph of their own (after an empty line where a blank one went before what writes nothing).
      anchors[0]!.info = 'alone';
      const p = new state.Token('paragraph_open', 'p', 1);
      // (After a block: an empty definition's blank line is written already.)
      if (apart !== undefined && body.some((t) => t.map)) p.meta = BLANK_BEFORE;
      p.block = true;
      const close = new state.Token('paragraph_close', 'p', -1);
      close.block = true;
      body.push(p, ...anchors, close);
    }
    section.push(...body, new state.Token('footnote_close', '', -1));
  });
  section.push(new state.Token('footnote_block_close', '', -1));
  state.tokens.push(...section);
}

// The blocks whose last block the back link may go into with `footnote_backlink_inline`.
const CONTAINERS = new Set([
  'bullet_list_close',
  'ordered_list_close',
  'list_item_close',
  'blockquote_close',
  'dl_close',
  'dd_close',
  'kramdown_html_close',
]);

/**
 * kramdown 2's `footnote_backlink_inline`: the back link goes at the end of the definition's last
 * block, and of that block's last block while it is a list, quote or element holding blocks,
 * when that is a paragraph or header (the index of its close token); else -1 (its own paragraph).
 */
function lastParagraphEnd(body: Token[]): number {
  let at = body.length - 1;
  // (An end-of-block marker `^` is no element.)
  while (at >= 0 && (CONTAINERS.has(body[at]!.type) || body[at]!.type === 'kramdown_eob')) at--;
  const t = body[at];
  return t?.type === 'paragraph_close' || t?.type === 'heading_close' ? at : -1;
}

/**
 * The last line of a definition (lines `map`) when it holds what writes nothing, a blank line after
 * the blocks the definition wrote (`^`, `{::options /}`, a link or abbreviation definition).
 */
function lastLineApart(
  body: Token[],
  map: [number, number] | null | undefined,
  lines: string[],
  nested: ReadonlyArray<[number, number]>,
): number | undefined {
  if (!map) return undefined;
  // (Blank in its container: a quote's `>` alone too; not inside a definition it holds.)
  const blank = (line: number) =>
    /^[ \t\v\f\r>]*$/.test(lines[line] ?? '') && !nested.some(([from, to]) => line >= from && line < to);
  let last = map[1] - 1;
  while (last > map[0] && blank(last)) last--;
  let covered = map[0] + 1;
  for (const t of body) if (t.map && t.map[1] > covered) covered = t.map[1];
  if (last < covered) return undefined;
  for (let line = covered; line < last; line++) if (blank(line)) return last;
  return undefined;
}
