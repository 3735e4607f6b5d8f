import type { MarkdownIt, Token } from 'markdown-it';
import { kilnMarkdownIt } from './create-markdown.js';
import type { MarkdownEnv, MarkdownOptions, WrittenDefinition, WrittenLink, WrittenSources } from './types.js';

/**
 * A link jekyll-relative-links would rewrite if its path names a file of the site: where its path
 * (the destination before any `#`) stands in the text, and the path as written.
 */
export interface LinkCandidate {
  readonly from: number;
  readonly to: number;
  readonly path: string;
  /**
   * A definition's line: the plugin writes it anew after one line break, in place of the blank
   * lines and indentation before it (`[from, to)`, `to` its `[`).
   */
  readonly lineBreak?: readonly [number, number];
  /** Where the plugin's pattern for it ends (`a.md#` reads on to a later `)`): a link it ran over stays. */
  readonly reach?: number;
}

// Ruby's \s, which the plugin's patterns use.
const isRubySpace = (c: string | undefined) =>
  c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v';

// Code inside code inside code: deeper than any page writes it.
const MAX_DEPTH = 4;

/** One parser per Markdown configuration (a watch keeps its configuration while it is unchanged). */
const parsers = new WeakMap<MarkdownOptions, MarkdownIt>();

/**
 * The links, images and link definitions of a Markdown text that jekyll-relative-links rewrites
 * when their path is a file of the site, found from kiln's parse of it. The plugin rewrites
 * the text before Liquid and Markdown, by patterns: so kiln takes only what its patterns take (a
 * link's text on one line, a title in double quotes right before `)` or after a fragment, a definition starting its
 * line with `]: ` and one space, no `<url>`), and also what they take inside code spans and code
 * blocks, read as Markdown there too (the plugin rewrites `` `[a](b.md)` `` as well). The text
 * has no `\r` or NUL (markdown-it's normalize would move the offsets), and is read with kiln's
 * Markdown for `options`.
 */
export function linkCandidates(options: MarkdownOptions, text: string): LinkCandidate[] {
  let md = parsers.get(options);
  if (!md) parsers.set(options, (md = kilnMarkdownIt(options)));
  const found = candidatesIn(md, text, 0);
  // The plugin's patterns know no escapes and no HTML: `\[a](b.md)`, `[a\](b.md)` and
  // `<!-- [a](b.md) -->` are links to them. Read again with each backslash before a bracket and
  // each `<` made a letter (the offsets stay), kiln finds those too.
  if ((text.includes('<') || text.includes('\\[') || text.includes('\\]')) && leftOver(text, found))
    found.push(...candidatesIn(md, text.replace(/\\(?=[[\]])|</g, 'x'), 0));
  const out: LinkCandidate[] = [];
  for (const c of found) {
    if (text.slice(c.from, c.to) !== c.path) continue;
    if (c.lineBreak) {
      const lineBreak = definitionStart(text, c.lineBreak[1]);
      if (!lineBreak) continue;
      out.push({ ...c, lineBreak });
    } else if (!inDefinitionLine(text, c.from)) out.push(c);
  }
  out.sort((a, b) => a.from - b.from);
  let reach = 0;
  return out.filter((c, i) => {
    if ((i > 0 && c.from === out[i - 1]!.from) || c.from < reach) return false;
    reach = Math.max(reach, c.reach ?? 0);
    return true;
  });
}

/**
 * Whether a `](` or `]: ` of the text is followed by a path no candidate begins at: only then can
 * a second reading find more (a page's links to other sites are no paths: hasScheme).
 */
function leftOver(text: string, found: readonly LinkCandidate[]): boolean {
  const starts = new Set(found.map((c) => c.from));
  for (let i = text.indexOf(']'); i >= 0; i = text.indexOf(']', i + 1)) {
    const from = text[i + 1] === '(' ? i + 2 : text[i + 1] === ':' && text[i + 2] === ' ' ? i + 3 : -1;
    if (from < 0 || starts.has(from) || text[from] === '#') continue;
    if (!hasScheme(text.slice(from, from + 40))) return true;
  }
  return false;
}

/** Candidates in `text`, their offsets in it (a definition's `lineBreak` as [its `[`, its `[`]). */
function candidatesIn(md: MarkdownIt, text: string, depth: number): LinkCandidate[] {
  const written: WrittenSources = { links: new Map(), code: new Map(), definitions: [] };
  const env: MarkdownEnv = { headings: [], usedIds: new Map(), written };
  const tokens = md.parse(text, env);
  const starts = lineStarts(text);
  const cursors = new Map<number, number>();
  const out: LinkCandidate[] = [];
  const seen = new Set<number>();
  for (const d of written.definitions) {
    if (seen.has(d.at)) continue;
    seen.add(d.at);
    const c = definitionCandidate(d);
    if (c) out.push(c);
  }
  /** Adds candidates found in a piece of the text, through where each of its offsets stands in it. */
  const take = (found: readonly LinkCandidate[], at: (offset: number) => number | null) => {
    for (const c of found) {
      const from = at(c.from);
      const to = at(c.to);
      if (from === null || to === null) continue;
      if (!c.lineBreak) {
        const reach = c.reach === undefined ? null : at(c.reach);
        out.push(reach === null ? { from, to, path: c.path } : { from, to, path: c.path, reach });
        continue;
      }
      const bracket = at(c.lineBreak[1]);
      if (bracket !== null) out.push({ from, to, path: c.path, lineBreak: [bracket, bracket] });
    }
  };
  /** The links and code spans among an inline parse's tokens of `content`, placed by `at`. */
  const spans = (children: readonly Token[], content: string, at: (offset: number) => number | null) => {
    for (const child of children) {
      const link = written.links.get(child);
      if (link && link.src === content) {
        const c = inlineCandidate(link);
        if (c) take([c], at);
      }
      const code = written.code.get(child);
      if (code && code.src === content && depth < MAX_DEPTH)
        take(candidatesIn(md, child.content, depth + 1), (o) => at(code.from + o));
    }
  };
  tokens.forEach((token, t) => {
    if (token.type === 'inline' && token.map && token.children) {
      const at = lineMapper(text, starts, token.map[0], token.content, cursors);
      if (tokens[t - 1]?.type === 'paragraph_open') take(definitionsInParagraph(md, token.content), at);
      spans(token.children, token.content, at);
    } else if ((token.type === 'fence' || token.type === 'code_block') && token.map && depth < MAX_DEPTH) {
      const first = token.map[0] + (token.type === 'fence' ? 1 : 0);
      take(candidatesIn(md, token.content, depth + 1), lineMapper(text, starts, first, token.content, new Map()));
    } else if (token.type === 'html_block' && token.map) {
      // The plugin rewrites the text of HTML too (`<div>[a](b.md)</div>`): its spans, read as Markdown's.
      const inline = md.parseInline(token.content, env)[0];
      const at = lineMapper(text, starts, token.map[0], token.content, new Map());
      if (inline?.children) spans(inline.children, token.content, at);
    }
  });
  return out;
}

/**
 * The definitions among a paragraph's later lines. kramdown reads `[id]: url` right after a line
 * of text as more text, but the plugin writes a definition it rewrites after a line break of its
 * own, which makes it one: each such line is read as it would be on its own.
 */
function definitionsInParagraph(md: MarkdownIt, content: string): LinkCandidate[] {
  const out: LinkCandidate[] = [];
  let at = content.indexOf('\n');
  while (at >= 0) {
    const next = content.indexOf('\n', at + 1);
    const line = content.slice(at + 1, next < 0 ? content.length : next);
    const lead = line.length - line.trimStart().length;
    if (line[lead] === '[') {
      const written: WrittenSources = { links: new Map(), code: new Map(), definitions: [] };
      md.parse(line.slice(lead), { headings: [], usedIds: new Map(), written } satisfies MarkdownEnv);
      const d = written.definitions.find((w) => w.at === 0);
      const c = d && definitionCandidate(d);
      const shift = at + 1 + lead;
      if (c) out.push({ from: c.from + shift, to: c.to + shift, path: c.path, lineBreak: [shift, shift] });
    }
    at = next;
  }
  return out;
}

/** An inline link or image the plugin's pattern takes whole: its path, offsets in the inline text. */
function inlineCandidate(link: WrittenLink): LinkCandidate | null {
  const { src } = link;
  const text = src.slice(link.text[0], link.text[1]);
  // The pattern's text is one line and ends at the first `](` (`[![a](b.png)](c.md)`: only the image).
  if (text.includes('\n') || text.includes('](')) return null;
  if (link.angle || !link.destination) return null;
  let [from, to] = link.destination;
  // A fragment is `#` and anything up to a `)` later on the line: it takes any title, and
  // `a.md#` the text up to the next `)` (the path before the `#` is still the path).
  const hash = src.indexOf('#', from + 1);
  if (hash >= 0 && hash < to) {
    const close = src.indexOf(')', hash + 2);
    if (close >= 0 && !src.slice(hash, close).includes('\n')) {
      const c = pathOf(src, from, hash);
      return c && { ...c, reach: close };
    }
  }
  if (link.title) {
    // Only `"…"` right before `)` with no bare `"` inside is a title to the pattern; white
    // space before it goes with it.
    if (link.title.quote !== '"' || !link.title.tight || !patternTitle(link.title.text)) return null;
    while (to > from && isRubySpace(src[to - 1])) to--;
  }
  return pathOf(src, from, to);
}

/** A definition the plugin's pattern takes: `[id]: ` and one space, a path, a `"…"` title at most (or a fragment). */
function definitionCandidate(d: WrittenDefinition): LinkCandidate | null {
  if (d.destination === null || d.gap !== ' ') return null;
  // A fragment (`#` and anything after it on the line) takes any title.
  const hash = d.destination.indexOf('#', 1);
  const fragment = hash >= 0 && (hash < d.destination.length - 1 || d.title !== null);
  if (d.title && !fragment && (d.title.quote !== '"' || !patternTitle(d.title.text))) return null;
  const c = pathOf(d.destination, 0, fragment ? hash : d.destination.length);
  if (!c) return null;
  return { from: d.destinationAt + c.from, to: d.destinationAt + c.to, path: c.path, lineBreak: [d.at, d.at] };
}

/**
 * The path of a destination written at `[from, to)` of `src`: up to its first `#` (the fragment
 * stays as written). None when it is empty, has white space at either end or a `)`, is a
 * fragment alone or a URL with a scheme.
 */
function pathOf(src: string, from: number, to: number): LinkCandidate | null {
  const written = src.slice(from, to);
  if (!written || isRubySpace(written[0]) || isRubySpace(written[written.length - 1]) || written.includes(')'))
    return null;
  if (written.startsWith('#')) return null;
  const hash = written.indexOf('#');
  // `a.md#` keeps its `#`: the pattern's fragment is `#` and at least one character.
  const path = hash > 0 && hash < written.length - 1 ? written.slice(0, hash) : written;
  if (hasScheme(path)) return null;
  return { from, to: from + path.length, path };
}

/** Addressable's absolute? for the plugin: a scheme before the first `:` (none before `/`, `?`, `#`). */
function hasScheme(path: string): boolean {
  const colon = path.indexOf(':');
  if (colon <= 0) return false;
  const scheme = path.slice(0, colon);
  if (/[/?#]/.test(scheme)) return false;
  return /^[A-Za-z][A-Za-z0-9+.-]*$/.test(scheme);
}

/** A title the plugin's pattern reads: no `"` inside but after a backslash, and no backslash last. */
function patternTitle(title: string): boolean {
  for (let i = 0; i < title.length; i++) if (title[i] === '"' && title[i - 1] !== '\\') return false;
  return !title.endsWith('\\');
}

/**
 * Where the plugin's pattern for a definition begins (`^\s*?\[`): at the first line start
 * after the last character before the `[` that is no white space (blank lines included), or
 * at the text's start; null when something else stands before it on its line (`> [a]: b.md`).
 */
function definitionStart(text: string, bracket: number): readonly [number, number] | null {
  let k = bracket - 1;
  while (k >= 0 && isRubySpace(text[k])) k--;
  if (k < 0) return [0, bracket];
  const newline = text.indexOf('\n', k);
  if (newline < 0 || newline >= bracket) return null;
  return [newline + 1, bracket];
}

/**
 * Whether the plugin's pattern for definitions takes the whole line `at` is on, links in it
 * included: a line that reads `[…]: ` and more after its blanks, when blank lines or its own
 * indentation come before its `[` (the pattern then starts before any link's). A footnote's
 * first line after a blank line is one: `[^1]: see [a](b.md)` keeps its link as written.
 */
function inDefinitionLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  let bracket = start;
  while (text[bracket] === ' ' || text[bracket] === '\t') bracket++;
  if (text[bracket] !== '[') return false;
  const end = text.indexOf('\n', bracket);
  const colon = text.slice(bracket, end < 0 ? text.length : end).indexOf(']: ');
  if (colon < 0 || bracket + colon + 3 >= (end < 0 ? text.length : end)) return false;
  const region = definitionStart(text, bracket);
  return region !== null && region[0] < bracket;
}

/** Where each line of a text begins. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * Maps offsets in a block's content to the text it was parsed from. Each line of the content is
 * the end of a line of the text from line `first` on (its container's indentation and markers
 * taken off, the ends trimmed), found on that line after what earlier blocks of the line took
 * (`cursors`: table cells). An offset in a line's leading blanks, or on a line not found, is null.
 */
function lineMapper(
  text: string,
  starts: readonly number[],
  first: number,
  content: string,
  cursors: Map<number, number>,
): (offset: number) => number | null {
  const pieces: Array<{ at: number; lead: number; found: number | null }> = [];
  let at = 0;
  content.split('\n').forEach((line, j) => {
    const trimmed = line.trimStart();
    const lead = line.length - trimmed.length;
    const n = first + j;
    let found: number | null = null;
    if (trimmed && n < starts.length) {
      const start = starts[n]!;
      const end = n + 1 < starts.length ? starts[n + 1]! - 1 : text.length;
      const i = text.slice(start, end).indexOf(trimmed, cursors.get(n) ?? 0);
      if (i >= 0) {
        found = start + i;
        cursors.set(n, i + trimmed.length);
      }
    }
    pieces.push({ at, lead, found });
    at += line.length + 1;
  });
  return (offset) => {
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pieces[mid]!.at <= offset) lo = mid;
      else hi = mid - 1;
    }
    const piece = pieces[lo]!;
    const column = offset - piece.at;
    if (piece.found === null || column < piece.lead) return null;
    return piece.found + column - piece.lead;
  };
}
