import { mentionBase } from '../../config/github.js';
import { isMarkdownPath, outputExtension, permalinkExtension } from '../../model/permalink.js';
import type { CollectionDoc, Page, Post, Site } from '../../model/types.js';
import { KilnError } from '../../shared/errors.js';
import { lineOfKey } from '../../source/front-matter.js';
import { dumpHtml, escapeText } from './html-dump.js';
import { bodyRange, type HtmlNode, parseBody } from './html-tree.js';

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
 * anywhere (its attributes and scripts too), the plugin's HTML library writes the whole body
 * anew, and so does kiln (html-dump.ts); otherwise the page is left as it is.
 */
export function mentionify(html: string, base: string): string {
  if (!html.includes('@')) return html;
  const range = html.includes('<body') ? bodyRange(html) : null;
  const start = range?.start ?? 0;
  const end = range?.end ?? html.length;
  const body = html.slice(start, end);
  if (!MENTION.test(body)) return html;
  const nodes = parseBody(body);
  link(nodes, base.endsWith('/') || base.endsWith('~') ? base : `${base}/`);
  return html.slice(0, start) + dumpHtml(nodes) + html.slice(end);
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
    // The filter matches the text as it is written in HTML (escaped).
    const escaped = escapeText(node.text);
    if (!escaped.includes('@')) continue;
    const made: HtmlNode[] = [];
    let from = 0;
    for (const m of escaped.matchAll(MENTIONS)) {
      const login = m[1]!;
      if (NOT_USERS.has(login.toLowerCase())) continue;
      const at = m.index + m[0].length - login.length - 1;
      if (at > from) made.push({ kind: 'text', text: unescapeText(escaped.slice(from, at)) });
      made.push({
        kind: 'element',
        name: 'a',
        attrs: [
          { name: 'href', value: base + login },
          { name: 'class', value: 'user-mention' },
        ],
        children: [{ kind: 'text', text: `@${login}` }],
      });
      from = at + 1 + login.length;
    }
    if (made.length === 0) continue;
    if (from < escaped.length) made.push({ kind: 'text', text: unescapeText(escaped.slice(from)) });
    nodes.splice(i, 1, ...made);
    i += made.length - 1;
  }
}

/** Text written by escapeText, read back. */
function unescapeText(text: string): string {
  return text.replace(/&(amp|lt|gt|#13);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', '#13': '\r' })[e]!);
}
