import { mentionBase } from '../../config/github.js';
import { isMarkdownPath, outputExtension, permalinkExtension } from '../../model/permalink.js';
import type { CollectionDoc, Page, Post, Site } from '../../model/types.js';
import { KilnError } from '../../shared/errors.js';
import { lineOfKey } from '../../source/front-matter.js';
import type { HtmlNode } from '../html/nodes.js';
import { parseFragment } from '../html/parse.js';
import { escapeText, serialize } from '../html/serialize.js';

/**
 * An `@name` as GitHub's mention filter finds it, in a text as libxml2 writes it: after the start
 * of a line or a character other than a letter, digit or `_`; a name of letters, digits, `_` and
 * `-` taken whole, not followed by `/`, nor by a dot or a letter (a dot then the end of the line,
 * white space or punctuation ends it: `@bob.` is Bob, `@bob.smith` nobody).
 */
const MENTION = /(?:^|\W)@(?=(\w[\w-]*))\1(?!\/)(?=\.+[ \t\W]|\.+$|[^0-9a-zA-Z_.]|$)/m;
const MENTIONS = new RegExp(MENTION.source, 'gm');
// Names the filter leaves as they are (GitHub links them to a page about mentions).
const NOT_USERS = new Set(['mention', 'mentions', 'mentioned', 'mentioning']);
// The plugin's split of a page at its body's start tag (Ruby's `\s`: ASCII white space only).
const BODY_TAG = /<body.*?>[ \t\r\n\f\v]*/s;
// Text inside these stays as it is.
const IGNORED = new Set(['pre', 'code', 'a', 'style', 'script']);

/**
 * jekyll-mentions for one page, post or document: what turns its output's `@name`s into links,
 * or null when the plugin leaves it alone (not HTML by its output extension nor a folder
 * `permalink`, or `jekyll-mentions: false` in its front matter, which may also name its own base).
 */
export function mentionsOf(site: Site, item: Page | Post | CollectionDoc): ((html: string) => string) | null {
  const github = site.config.github;
  if (!site.config.plugins.has('jekyll-mentions') || !github) return null;
  const data = item.data;
  const own = data['jekyll-mentions'];
  if (own === false) return null;
  const permalink = data.permalink;
  const ext = permalinkExtension(permalink) || (isMarkdownPath(item.path) ? '.html' : outputExtension(item.path));
  if (ext !== '.html' && !(typeof permalink === 'string' && permalink.endsWith('/'))) return null;
  let base = github.mentionsBase;
  if ('jekyll-mentions' in data) {
    const read = mentionBase(own, github.defaultMentionsBase);
    if (typeof read !== 'string') throw new KilnError(read.problem, item.path, lineOfKey(item.doc, 'jekyll-mentions'));
    base = read;
  }
  return (html) => mentionify(html, base);
}

/**
 * A page's HTML with each `@name` in its body's text (not inside `pre`, `code`, `a`, `style` or
 * `script`) a link to `BASE/name`, as jekyll-mentions makes it: when the body has a mention
 * anywhere (its attributes and scripts too), the plugin reads the body as an HTML fragment and
 * writes it anew, as libxml2 does (src/plugins/html/); otherwise the page is left as it is.
 */
export function mentionify(html: string, base: string): string {
  if (!html.includes('@')) return html;
  const { start, end } = bodyRange(html);
  const body = html.slice(start, end);
  if (!MENTION.test(body)) return html;
  const doc = parseFragment(body);
  link(doc.children, base.endsWith('/') || base.endsWith('~') ? base : `${base}/`);
  return html.slice(0, start) + serialize(doc.children) + html.slice(end);
}

/**
 * Where the plugin reads a page's body, as it splits the page's text: after the first `<body…>`
 * and the white space after it, up to the first `</body>`; the whole page when it has no `<body`
 * (a page without a layout), nothing when that tag is never closed.
 */
function bodyRange(html: string): { start: number; end: number } {
  if (!html.includes('<body')) return { start: 0, end: html.length };
  const opener = BODY_TAG.exec(html);
  if (!opener) return { start: html.length, end: html.length };
  const start = opener.index + opener[0].length;
  const close = html.indexOf('</body>', start);
  return { start, end: close < 0 ? html.length : close };
}

/** Replaces each text node's mentions with links, in place. */
function link(nodes: HtmlNode[], base: string): void {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.kind === 'element') {
      if (!IGNORED.has(node.name)) link(node.children, base);
      continue;
    }
    if (node.kind !== 'text') continue;
    // The filter matches the text as libxml2 writes it (escaped) and reads back what it made.
    const escaped = escapeText(node.text);
    if (!escaped.includes('@')) continue;
    const linked = escaped.replace(MENTIONS, (match: string, login: string) =>
      NOT_USERS.has(login.toLowerCase())
        ? match
        : match.replace(`@${login}`, () => `<a href='${base}${login}' class='user-mention'>@${login}</a>`),
    );
    if (linked === escaped) continue;
    const made = parseFragment(linked).children;
    for (const n of made) n.parent = node.parent;
    nodes.splice(i, 1, ...made);
    i += made.length - 1;
  }
}
