import type { MarkdownIt, StateInline, Token } from 'markdown-it';
import { rubyDowncase } from '../../shared/ruby-text.js';
import { attributesOf } from './attribute-specs.js';
import { insideElement } from './emphasis.js';
import { type DefinitionIal, definitionIals } from './ial-lines.js';
import { waitingIals } from './ial-targets.js';
import { linkDefinition } from './link-definition.js';
import type { SpanElement } from './span-html.js';
import { parseSpansUntil, restore, snapshot } from './span-parse.js';
import { kilnEnv, type WrittenDefinition } from './types.js';

// Ruby's \s, which kramdown's patterns use (JavaScript's also takes Unicode spaces).
const S = '[ \\t\\n\\r\\f\\v]';

// After a link's text: a reference (`[id]`, `[]`, white space or a line break before it allowed).
const REFERENCE = new RegExp(`${S}*?\\[([^\\]]+)?\\]`, 'y');
const ANGLE_URL = /\(<(.*?)>/y;
// Where a destination stops: a parenthesis, or white space before a quote (a title follows).
const PAREN_STOP = new RegExp(`(\\()|(\\))|${S}(?=['"])`, 'g');
const TITLE = new RegExp(`${S}*?(["'])([\\s\\S]+?)\\1${S}*?\\)`, 'y');
// The white space (and NUL) kramdown strips from a destination's ends.
const BLANK_ENDS = /^[ \t\n\v\f\r\0]+|[ \t\n\v\f\r\0]+$/g;
const isBlank = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0;
// `[^name]`: a footnote marker.
const FOOTNOTE_MARKER = /\[\^(\w[\w-]*)\]/y;
// kramdown's escapes, removed from an image's alt text and from a link's text used as its id.
const ESCAPED = /\\([\\.*_+`<>()[\]{}#!:|"'$=-])/g;

interface Definition {
  href: string;
  title: string | undefined;
  /** The block IALs right after the definition, which its links take (see DefinitionIal). */
  ial?: DefinitionIal;
}

/** kramdown's link ids: runs of white space as one space, lower case as Ruby's (nothing trimmed). */
function normalizeId(id: string): string {
  return rubyDowncase(id.replace(/[ \t\n\r\f\v]+/g, ' '));
}

function definitions(env: unknown): Map<string, Definition> {
  const kiln = kilnEnv(env);
  kiln.linkDefinitions ??= new Map();
  return kiln.linkDefinitions;
}

/**
 * How deep the scan is inside link or image text, where kramdown allows no link, per document
 * (its inline parses run one at a time; a key per document, not per parse, keeps this cheap).
 */
const linkDepths = new WeakMap<object, number>();

/** Runs `inner` outside any link text, as kramdown parses a strikethrough's content (`[~~[a](b)~~](c)` nests links). */
export function outsideLinks(state: StateInline, inner: () => void): void {
  const depth = linkDepths.get(state.env) ?? 0;
  linkDepths.set(state.env, 0);
  try {
    inner();
  } finally {
    linkDepths.set(state.env, depth);
  }
}

/**
 * kramdown's links and images, which are not CommonMark's. Destinations and titles are taken as
 * written: backslashes stay, spaces are allowed (`[a](/x, /y)`), the title is what lies between
 * quotes right before the closing parenthesis (`"say "hi" now"`). `[text]`, `[text][]`,
 * `[text][id]` and `[text] [id]` (white space between) are references; an undefined one is text.
 * No link inside a link's or image's text (a `[` there is text); the text ends at the `]` that
 * balances the brackets seen outside other elements. An image's alt is its text as written,
 * without escapes. Definitions: `[id]: url "title"`, the last of an id winning, and the block
 * IALs waiting for one or on the lines right after it give its links their attributes.
 */
export function links(md: MarkdownIt): void {
  md.block.ruler.at('reference', (state, startLine, _endLine, silent) => {
    if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
    if (state.src.charCodeAt(state.bMarks[startLine]! + state.tShift[startLine]!) !== 0x5b /* [ */) return false;
    const line = (n: number) => state.src.slice(state.bMarks[n]! + state.tShift[n]!, state.eMarks[n]);
    const first = line(startLine);
    const next = startLine + 1 < state.lineMax ? `\n${line(startLine + 1)}` : '';
    const m = linkDefinition(first + next);
    if (!m) return false;
    if (silent) return true;
    const twoLines = m[0].replace(/\n$/, '').length > first.length;
    const end = startLine + (twoLines ? 2 : 1);
    const ials = definitionIals(state, end);
    const spec = [waitingIals(state, startLine, end), ials.spec].filter((s) => s !== '').join(' ');
    definitions(state.env).set(normalizeId(m[1]!), {
      href: m[2] ?? m[3]!,
      title: m[5],
      ial: spec === '' ? undefined : { spec },
    });
    state.line = ials.end;
    const written = kilnEnv(state.env).written;
    if (written)
      written.definitions.push(writtenDefinition(state.bMarks[startLine]! + state.tShift[startLine]!, m, twoLines));
    return true;
  });

  // A footnote marker whose footnote is not defined is text, read whole: its `]` closes no link
  // (`[[^1]]()` is text) and a quote after it has no character before it (`[^2]'s` opens one).
  md.inline.ruler.before('link', 'kramdown_footnote_marker_text', (state, silent) => {
    const { src, pos } = state;
    if (src.charCodeAt(pos) !== 0x5b || src.charCodeAt(pos + 1) !== 0x5e) return false;
    FOOTNOTE_MARKER.lastIndex = pos;
    const m = FOOTNOTE_MARKER.exec(src);
    if (!m || FOOTNOTE_MARKER.lastIndex > state.posMax) return false;
    const refs = (state.env as { footnotes?: { refs?: Record<string, number> } }).footnotes?.refs;
    if (refs?.[`:${m[1]}`] !== undefined) return false;
    if (!silent) state.push('text_special', '', 0).content = m[0];
    state.pos = FOOTNOTE_MARKER.lastIndex;
    return true;
  });

  md.inline.ruler.at('link', (state, silent) => {
    const { src, pos, posMax } = state;
    const image = src.charCodeAt(pos) === 0x21;
    const start = pos + (image ? 2 : 1);
    // `[^…` is a footnote reference; a `[` must be followed by something.
    if (src.charCodeAt(start - 1) !== 0x5b || start >= posMax || src.charCodeAt(start) === 0x5e) return false;
    const marker = image ? '![' : '[';
    const asText = () => {
      if (!silent) state.pending += marker;
      state.pos = start;
      return true;
    };
    const depth = linkDepths.get(state.env) ?? 0;
    if ((!image && depth > 0) || src.indexOf(']', start) < 0) return asText();
    if (silent) return false;

    state.pushPending();
    const saved = snapshot(state);
    const open = new state.Token(image ? 'image' : 'link_open', image ? 'img' : 'a', image ? 0 : 1);
    state.tokens.push(open);
    state.tokens_meta.push(null);
    const first = state.tokens.length;
    // kramdown counts each `[` and `![` it meets, and each `]`; images in the text bring their own `]`.
    let brackets = 1;
    linkDepths.set(state.env, depth + 1);
    let close: number;
    try {
      close = insideElement(state, () =>
        parseSpansUntil(state, start, (p) => {
          const c = src.charCodeAt(p);
          if (c === 0x5d) return --brackets - imagesIn(state.tokens, first) === 0;
          if (c === 0x5b || (c === 0x21 && src.charCodeAt(p + 1) === 0x5b)) brackets++;
          return false;
        }),
      );
    } finally {
      linkDepths.set(state.env, depth);
    }
    if (close < 0) {
      restore(state, saved);
      return asText();
    }
    const text = src.slice(start, close);
    const target = destination(state, close + 1, text);
    if (!target) {
      restore(state, saved);
      return asText();
    }
    state.pushPending();
    // A definition's IAL comes first, then what the link itself says.
    open.attrs = target.ial ? attributesOf(target.ial.spec, state.env) : [];
    open.meta = target.ial;
    if (image) {
      // The alt text is the source; the parsed text goes.
      state.tokens.length = first;
      state.tokens_meta.length = first;
      open.content = text.replace(ESCAPED, '$1');
      open.attrSet('src', target.href);
      // (Set here, not when written: an IAL after the image may give its own alt.)
      open.attrSet('alt', open.content);
      open.children = [];
    } else {
      open.attrSet('href', target.href);
      const closeToken = new state.Token('link_close', 'a', -1);
      // What follows the text as written, for typography's look-ahead (`[']()` closes its quote).
      closeToken.info = src.slice(close, target.end);
      state.tokens.push(closeToken);
      state.tokens_meta.push(null);
    }
    if (target.title !== undefined) open.attrSet('title', target.title);
    state.pos = target.end;
    kilnEnv(state.env).written?.links.set(open, {
      src,
      text: [start, close],
      destination: target.written ?? null,
      angle: target.angle === true,
      title: target.quote ? { quote: target.quote, text: target.title!, tight: target.tight === true } : null,
    });
    return true;
  });
  md.inline.ruler.disable('image');
}

/** The images among a link's own children (not inside its other elements, span HTML included). */
function imagesIn(tokens: Token[], first: number): number {
  let depth = 0;
  let images = 0;
  for (let i = first; i < tokens.length; i++) {
    const t = tokens[i]!;
    depth += t.nesting;
    // Span HTML parsed as Markdown (`<a>![i](x)</a>`) is an element too.
    const part = t.type === 'html_inline' ? (t.meta as SpanElement | null)?.part : undefined;
    if (part === 'start') depth++;
    else if (part === 'end') depth--;
    if (t.type === 'image' && depth === 0) images++;
  }
  return images;
}

/** How an inline destination was written (WrittenLink). */
interface Written {
  written?: readonly [number, number];
  angle?: boolean;
  quote?: string;
  tight?: boolean;
}

/** A definition as written, from its lines' linkDefinition match (`at`: where its `[` is). */
function writtenDefinition(at: number, m: RegExpExecArray, twoLines: boolean): WrittenDefinition {
  const afterColon = m[1]!.length + 3;
  const line = m[0];
  let gapEnd = afterColon;
  while (line[gapEnd] === ' ' || line[gapEnd] === '\t') gapEnd++;
  return {
    at,
    destination: m[2] === undefined ? m[3]! : null,
    destinationAt: at + gapEnd,
    gap: line.slice(afterColon, gapEnd),
    title: m[5] !== undefined && !twoLines ? { quote: m[4]!, text: m[5] } : null,
  };
}

/** What follows a link's text at `at`: a reference or a destination in parentheses, or null (the link is text). */
function destination(state: StateInline, at: number, text: string): (Definition & Written & { end: number }) | null {
  const { src, posMax } = state;
  const within = (end: number) => end <= posMax;
  REFERENCE.lastIndex = at;
  const ref = REFERENCE.exec(src);
  if ((ref && within(REFERENCE.lastIndex)) || src.charCodeAt(at) !== 0x28) {
    const id =
      ref && within(REFERENCE.lastIndex) ? (ref[1] ?? text.replace(ESCAPED, '$1')) : text.replace(ESCAPED, '$1');
    const found = definitions(state.env).get(normalizeId(id));
    if (!found) return null;
    return { ...found, end: ref && within(REFERENCE.lastIndex) ? REFERENCE.lastIndex : at };
  }
  let href: string;
  let cur: number;
  ANGLE_URL.lastIndex = at;
  const angle = ANGLE_URL.exec(src);
  if (angle && within(ANGLE_URL.lastIndex)) {
    href = angle[1]!;
    cur = ANGLE_URL.lastIndex;
    if (src.charCodeAt(cur) === 0x29 && within(cur + 1)) return { href, title: undefined, end: cur + 1, angle: true };
  } else {
    let parens = 0;
    let url = '';
    cur = at;
    PAREN_STOP.lastIndex = at;
    for (let m = PAREN_STOP.exec(src); m && within(PAREN_STOP.lastIndex); m = PAREN_STOP.exec(src)) {
      url += src.slice(cur, PAREN_STOP.lastIndex);
      cur = PAREN_STOP.lastIndex;
      if (m[2]) {
        if (--parens === 0) break;
      } else if (m[1]) parens++;
      else break;
    }
    href = url.slice(1, -1);
    if (isBlank(href.charCodeAt(0)) || isBlank(href.charCodeAt(href.length - 1))) href = href.replace(BLANK_ENDS, '');
    if (parens === 0) return { href, title: undefined, end: cur, written: [at + 1, cur - 1] };
  }
  const written: Written = angle && within(ANGLE_URL.lastIndex) ? { angle: true } : { written: [at + 1, cur - 1] };
  TITLE.lastIndex = cur;
  const title = TITLE.exec(src);
  if (!title || !within(TITLE.lastIndex)) return null;
  const end = TITLE.lastIndex;
  return {
    href,
    title: title[2]!,
    end,
    ...written,
    quote: title[1]!,
    tight: src.charCodeAt(end - 2) === title[1]!.charCodeAt(0),
  };
}
