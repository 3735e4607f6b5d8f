import type { TocConfig } from '../../config/types.js';
import { rubyDowncase } from '../../shared/ruby-text.js';
import { attributeOf, elements, type HtmlElement, type HtmlFragment, type HtmlNode, textOf } from '../html/nodes.js';
import { parseFragment } from '../html/parse.js';
import { serialize } from '../html/serialize.js';

/** A header the table of contents lists. */
interface Entry {
  /** Its `id`, or one made from its text (`-1`, `-2`… after the first of a text). */
  readonly id: string;
  /** Its text, HTML-escaped as Ruby's CGI.escapeHTML does. */
  readonly text: string;
  readonly name: string;
  readonly level: number;
  readonly header: HtmlElement;
}

/**
 * jekyll-toc's reading of an HTML text: its headers from `min_level` to `max_level` in document
 * order, but those with the class `no_toc` and those inside an element of a
 * `no_toc_section_class` class.
 */
export class TableOfContents {
  private readonly doc: HtmlFragment;
  private readonly entries: Entry[];

  constructor(
    html: string,
    private readonly config: TocConfig,
  ) {
    this.doc = parseFragment(html);
    this.entries = entriesOf(this.doc, config);
  }

  /** The list (`toc_only`, `{% toc %}`): `<ul id="toc" class="section-nav">`, nested by level. */
  list(): string {
    const tag = this.config.orderedList ? 'ol' : 'ul';
    return `<${tag} id="${this.config.listId}" class="${this.config.listClass}">\n${this.items(this.entries)}</${tag}>`;
  }

  /**
   * The HTML with an anchor before each listed header's first child (`inject_anchors`), written
   * as Nokogiri writes a fragment. A header with nothing in it fails, as it does in the plugin.
   */
  withAnchors(): string {
    for (const entry of this.entries) {
      const first = entry.header.children[0];
      if (!first)
        throw new Error(
          `toc: the header <${entry.name}${entry.id ? ` id="${entry.id}"` : ''}> is empty: jekyll-toc has nothing to put its anchor before`,
        );
      const anchor = parseFragment(
        `<a class="anchor" href="#${entry.id}" aria-hidden="true"><span class="octicon octicon-link"></span></a>`,
      ).children;
      for (const node of anchor) node.parent = entry.header;
      entry.header.children.unshift(...anchor);
    }
    return serialize(this.doc.children);
  }

  /** The entries of one level and, nested in each, the deeper ones that follow it, as the plugin writes them. */
  private items(entries: readonly Entry[]): string {
    const top = Math.min(...entries.map((e) => e.level));
    const sub = this.config.sublistClass ? ` class="${this.config.sublistClass}"` : '';
    const tag = this.config.orderedList ? 'ol' : 'ul';
    let out = '';
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      if (entry.level === top) {
        out += `<li class="${this.config.itemClass} ${this.config.itemPrefix}${entry.name}"><a href="#${entry.id}">${entry.text}</a>`;
        const nested = deeper(entries, i + 1, top);
        if (nested.length > 0) {
          out += `\n<${tag}${sub}>\n${this.items(nested)}</${tag}>\n`;
          i += nested.length;
        }
        out += '</li>\n';
      } else if (entry.level > top) {
        // Headers deeper than the first level before any of it are listed at this level.
        const nested = deeper(entries, i, top);
        out += this.items(nested);
        i += nested.length - 1;
      }
    }
    return out;
  }
}

/** The entries from `from` on up to the next one of level `top`. */
function deeper(entries: readonly Entry[], from: number, top: number): Entry[] {
  const out: Entry[] = [];
  for (let i = from; i < entries.length && entries[i]!.level !== top; i++) out.push(entries[i]!);
  return out;
}

function entriesOf(doc: HtmlFragment, config: TocConfig): Entry[] {
  const levels = new Set<string>();
  for (let level = config.minLevel; level <= config.maxLevel; level++) levels.add(`h${level}`);
  const made = new Map<string, number>();
  const out: Entry[] = [];
  for (const header of elements(doc.children)) {
    if (!levels.has(header.name) || classesOf(header).includes('no_toc')) continue;
    if (inSection(header, config.noTocSectionClasses)) continue;
    const text = textOf(header);
    // An id of the header's own is taken as it is; one made from the text counts its repeats.
    let id = attributeOf(header, 'id');
    if (id === null) {
      const base = idFrom(text);
      const n = made.get(base) ?? 0;
      made.set(base, n + 1);
      id = n === 0 ? base : `${base}-${n}`;
    }
    out.push({ id, text: escapeHtml(text), name: header.name, level: Number(header.name.slice(1)), header });
  }
  return out;
}

function classesOf(element: HtmlElement): string[] {
  return (attributeOf(element, 'class') ?? '').split(/[ \t\r\n]+/).filter(Boolean);
}

/** Whether an element is inside one of one of these classes. */
function inSection(node: HtmlNode, classes: readonly string[]): boolean {
  for (let p = node.parent; p.kind === 'element'; p = p.parent) {
    const own = classesOf(p);
    if (classes.some((c) => own.includes(c))) return true;
  }
  return false;
}

/**
 * An id made from a header's text, as the plugin makes it: lower case, without what is not a
 * letter, mark, digit, connector, `-` or space, spaces as `-`, then CGI-escaped (`é` is `%C3%A9`).
 */
export function idFrom(text: string): string {
  const kept = rubyDowncase(text)
    .replace(/[^\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
  let out = '';
  for (const byte of Buffer.from(kept)) {
    const c = String.fromCharCode(byte);
    out += /[a-zA-Z0-9_.\-~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Ruby's CGI.escapeHTML. */
function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
