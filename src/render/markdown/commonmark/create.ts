import { createRequire } from 'node:module';
import type { MarkdownIt, Token } from 'markdown-it';
import type { CommonmarkOptions } from '../types.js';
import { autolink } from './autolink.js';
import { cmarkPairs } from './balance.js';
import { codeBlockHtml } from './code.js';
import { codeSpans } from './code-spans.js';
import { cmarkFlanking } from './flanking.js';
import { escapeHref } from './href.js';
import { linkLabels } from './labels.js';
import { lazyHtml } from './lazy-html.js';
import { trimmedLines } from './lines.js';
import { smart } from './smart.js';
import { strikethrough } from './strikethrough.js';
import { table } from './table.js';
import { tasklist } from './tasklist.js';
import { textStops } from './text.js';
import { tightLists } from './tight-lists.js';

const MarkdownItClass = createRequire(import.meta.url)('markdown-it') as typeof import('markdown-it').default;

// Tags cmark-gfm's tagfilter extension disarms in raw HTML (`<script` → `&lt;script`).
const FILTERED = /<(title|textarea|style|xmp|iframe|noembed|noframes|script|plaintext)(?=[ \t\n\f\r]|>|\/>)/gi;
const ENTITY = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/**
 * `markdown: CommonMark`: Markdown to HTML as jekyll-commonmark 1.4.0 converts it (commonmarker
 * 0.23.6, its Ruby renderer and Rouge), with markdown-it's CommonMark parser and cmark-gfm's
 * extensions and options as the site's `commonmark:` names them.
 */
export function commonmarkToHtml(options: CommonmarkOptions): (src: string) => string {
  const md = commonmarkIt(options);
  return (src) => md.render(src);
}

function commonmarkIt(options: CommonmarkOptions): MarkdownIt {
  const md = new MarkdownItClass('commonmark', { breaks: options.hardbreaks });
  // cmark keeps a URL as written (entities and escapes read) and never refuses a scheme.
  md.normalizeLink = (url) => url;
  md.normalizeLinkText = (url) => url;
  md.validateLink = () => true;
  textStops(md, `${options.smart ? '\'".' : ''}${options.autolink ? 'w' : ''}`);
  if (options.table) table(md);
  if (options.strikethrough) strikethrough(md, options.doubleTilde);
  codeSpans(md);
  linkLabels(md);
  cmarkFlanking(md, options.strikethrough);
  cmarkPairs(md);
  if (options.smart) smart(md, options.strikethrough);
  if (options.autolink) autolink(md);
  if (options.tasklist) tasklist(md);
  tightLists(md);
  lazyHtml(md);
  trimmedLines(md);
  const rules = md.renderer.rules;
  const escapeText = md.utils.escapeHtml;
  // A block starts on a line of its own, after a tight list item's text too (tables aside, below).
  const gap = (tokens: Token[], idx: number) => (idx > 0 && tokens[idx - 1]!.hidden ? '\n' : '');
  rules.fence = (tokens, idx) =>
    gap(tokens, idx) +
    codeBlockHtml(tokens[idx]!.content, md.utils.unescapeAll(tokens[idx]!.info), options.githubPreLang);
  rules.code_block = (tokens, idx) => gap(tokens, idx) + codeBlockHtml(tokens[idx]!.content, '', options.githubPreLang);
  const raw = (html: string) => (options.tagfilter ? html.replace(FILTERED, '&lt;$1') : html);
  // (cmark ends every line with a line feed, the document's last one too.)
  rules.html_block = (tokens, idx) =>
    gap(tokens, idx) +
    (options.unsafe ? raw(tokens[idx]!.content.replace(/(?<!\n)$/, '\n')) : '<!-- raw HTML omitted -->\n');
  rules.html_inline = (tokens, idx) => (options.unsafe ? raw(tokens[idx]!.content) : '<!-- raw HTML omitted -->');
  if (options.nobreaks && !options.hardbreaks) rules.softbreak = () => ' ';
  const title = (t: string | null) => (t ? ` title="${escapeText(t)}"` : '');
  rules.link_open = (tokens, idx) => {
    const token = tokens[idx]!;
    let href = token.attrGet('href') ?? '';
    // An autolink's URL is its text with entities read (markdown-it leaves them).
    if (token.markup === 'autolink') {
      href = href.replace(ENTITY, (e) => md.utils.unescapeAll(e));
      const text = tokens[idx + 1]!;
      text.content = text.content.replace(ENTITY, (e) => md.utils.unescapeAll(e));
    }
    return `<a href="${escapeHref(href)}"${title(token.attrGet('title'))}>`;
  };
  rules.image = (tokens, idx) => {
    const token = tokens[idx]!;
    const alt = plainText(token.children ?? [], options.hardbreaks, escapeText);
    return `<img src="${escapeHref(token.attrGet('src') ?? '')}" alt="${alt}"${title(token.attrGet('title'))} />`;
  };
  const cell = (tag: 'th' | 'td') => (tokens: Token[], idx: number) => {
    const style = tokens[idx]!.attrGet('style');
    const align = style ? /text-align:(\w+)/.exec(style)?.[1] : undefined;
    return `<${tag}${align ? ` align="${align}"` : ''}>`;
  };
  rules.th_open = cell('th');
  rules.td_open = cell('td');
  rules.blockquote_open = (tokens, idx) => `${gap(tokens, idx)}<blockquote>\n`;
  // commonmarker's Ruby renderer writes a table with no line break before it: `<li><table>`,
  // `<li>text<table>` in a tight list.
  rules.table_open = () => '<table>\n';
  rules.list_item_open = (tokens, idx, opts, _env, self) => {
    let html = self.renderToken(tokens, idx, opts);
    if (tokens[idx + 1]?.type === 'table_open') html = html.replace(/\n$/, '');
    const task = tokens[idx]!.meta?.task;
    if (!task) return html;
    return html.replace(
      /^<li>/,
      `<li><input type="checkbox" ${task === 'checked' ? 'checked="" ' : ''}disabled="" /> `,
    );
  };
  rules.s_open = () => '<del>';
  rules.s_close = () => '</del>';
  return md;
}

/**
 * An image's description as commonmarker's Ruby renderer writes it in `alt`: the text and line
 * breaks in it, no code spans, hard breaks nor HTML (it renders only text nodes there).
 */
function plainText(tokens: Token[], hardbreaks: boolean, escapeText: (s: string) => string): string {
  let out = '';
  for (const token of tokens) {
    if (token.type === 'text') out += escapeText(token.content);
    else if (token.type === 'softbreak') out += hardbreaks ? '<br />\n' : '\n';
    else if (token.type === 'image') out += plainText(token.children ?? [], hardbreaks, escapeText);
  }
  return out;
}
