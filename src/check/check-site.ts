import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { xmlError } from '../verify/well-formed.js';

// fast-xml-parser's one-file CommonJS build loads in a sixth of the CPU its ES modules take.
const { XMLParser } = createRequire(import.meta.url)('fast-xml-parser') as typeof import('fast-xml-parser');

/** What `kiln check` found. */
export interface CheckReport {
  readonly problems: string[];
  readonly pages: number;
  readonly links: number;
  readonly external: Map<string, string[]>;
}

const LINKING = /<(a|img|link|script|source|iframe|area)\b([^>]*)>/gi;
const ATTR = (name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i');
const ID = /<[a-zA-Z][^>]*?\sid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
const A_NAME = /<a\b[^>]*?\sname\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
const value = (m: RegExpMatchArray) => decode(m[1] ?? m[2] ?? m[3] ?? '');

function attr(tag: string, name: string): string | undefined {
  const m = ATTR(name).exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

function decode(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** A link's `#fragment` as an id; one that is no valid escape is compared as written. */
function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

function listFiles(root: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(root, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listFiles(root, rel));
    else out.push(rel);
  }
  return out;
}

/**
 * Checks a built site as a reader would meet it: every internal link and image resolves to a
 * file, every `#fragment` exists as an id on its page, no page repeats an id, and every RSS feed
 * is well-formed with absolute links and dates that parse. Reads only the destination.
 */
export function checkSite(root: string, baseurl: string): CheckReport {
  const files = new Set(listFiles(root));
  const problems: string[] = [];
  const external = new Map<string, string[]>();
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) {
      const html = readFileSync(join(root, file), 'utf8');
      ids = new Set([...html.matchAll(ID), ...html.matchAll(A_NAME)].map(value));
      idCache.set(file, ids);
    }
    return ids;
  };
  const fileFor = (path: string): string | null => {
    let p = path.replace(/^\/+/, '');
    if (baseurl) {
      const b = baseurl.replace(/^\/+/, '');
      if (p === b) p = '';
      else if (p.startsWith(`${b}/`)) p = p.slice(b.length + 1);
      else return null;
    }
    const candidates = p === '' || p.endsWith('/') ? [`${p}index.html`] : [p, `${p}.html`, `${p}/index.html`];
    return candidates.find((c) => files.has(c)) ?? null;
  };
  let links = 0;
  const htmlFiles = [...files].filter((f) => f.endsWith('.html')).sort();
  for (const page of htmlFiles) {
    const html = readFileSync(join(root, page), 'utf8');
    const seen = new Map<string, number>();
    for (const m of html.matchAll(ID)) seen.set(value(m), (seen.get(value(m)) ?? 0) + 1);
    for (const [id, n] of seen) if (n > 1) problems.push(`${page}: id "${id}" appears ${n} times`);
    const pageUrl = `/${page}`;
    for (const m of html.matchAll(LINKING)) {
      const tag = m[0];
      const raw = attr(
        tag,
        tag.toLowerCase().startsWith('<a') ||
          tag.toLowerCase().startsWith('<link') ||
          tag.toLowerCase().startsWith('<area')
          ? 'href'
          : 'src',
      );
      if (raw === undefined || raw === '') continue;
      const target = decode(raw.trim());
      if (/^(?:mailto|tel|javascript|data):/i.test(target)) continue;
      links++;
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(target)) {
        const pagesLinking = external.get(target) ?? [];
        pagesLinking.push(page);
        external.set(target, pagesLinking);
        continue;
      }
      const [beforeHash, fragment] = target.split('#', 2) as [string, string | undefined];
      const pathPart = beforeHash.split('?')[0]!;
      let file: string | null = page;
      if (pathPart !== '') {
        let resolved: string;
        try {
          resolved = decodeURI(new URL(pathPart, `http://site${pageUrl}`).pathname);
        } catch {
          problems.push(`${page}: link ${target}: not a valid URL`);
          continue;
        }
        file = fileFor(resolved);
        if (!file) {
          problems.push(`${page}: ${m[1]!.toLowerCase() === 'img' ? 'image' : 'link'} ${target}: no such file`);
          continue;
        }
      }
      if (fragment && file.endsWith('.html') && !idsOf(file).has(decodeFragment(fragment))) {
        problems.push(`${page}: link ${target}: no such anchor`);
      }
    }
  }
  for (const feed of [...files].filter((f) => f.endsWith('.xml')).sort()) checkFeed(root, feed, problems);
  return { problems, pages: htmlFiles.length, links, external };
}

const RFC822 =
  /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d(?::\d\d)? (?:[+-]\d{4}|GMT|UT|[A-Z]{3})$/;

function checkFeed(root: string, feed: string, problems: string[]): void {
  const xml = readFileSync(join(root, feed), 'utf8');
  const error = xmlError(xml);
  if (error) {
    problems.push(`${feed}: not well-formed XML (line ${error.line}): ${error.message}`);
    return;
  }
  if (/<feed[\s>]/.test(xml) && xml.includes('http://www.w3.org/2005/Atom')) {
    checkAtom(xml, feed, problems);
    return;
  }
  if (!/<rss[\s>]/.test(xml)) return;
  const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
  const rss = doc.rss;
  if (rss?.['@_version'] !== '2.0') problems.push(`${feed}: not RSS 2.0 (no <rss version="2.0">)`);
  const channel = rss?.channel;
  if (!channel) return void problems.push(`${feed}: no <channel>`);
  for (const field of ['title', 'link', 'description'])
    if (channel[field] === undefined) problems.push(`${feed}: the channel has no <${field}>`);
  const items = channel.item === undefined ? [] : [channel.item].flat();
  items.forEach((item: Record<string, unknown>, i: number) => {
    const where = `${feed}: item ${i + 1}`;
    if (item.title === undefined && item.description === undefined)
      problems.push(`${where}: neither <title> nor <description>`);
    const link = String(item.link ?? '');
    if (!/^https?:\/\//.test(link)) problems.push(`${where}: link "${link}" is not absolute`);
    const date = item.pubDate === undefined ? '' : String(item.pubDate);
    if (date && (!RFC822.test(date) || Number.isNaN(Date.parse(date))))
      problems.push(`${where}: pubDate "${date}" is not an RFC-822 date`);
  });
}

const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/;

/** An Atom feed (jekyll-feed's): what RFC 4287 requires of the feed and of each entry. */
function checkAtom(xml: string, feed: string, problems: string[]): void {
  const doc = new XMLParser({ ignoreAttributes: false }).parse(xml).feed ?? {};
  const date = (where: string, v: unknown) => {
    const s = v === undefined ? '' : String(v);
    if (!RFC3339.test(s) || Number.isNaN(Date.parse(s)))
      problems.push(`${where}: <updated> "${s}" is not an RFC 3339 date`);
  };
  for (const field of ['id', 'title'])
    if (doc[field] === undefined) problems.push(`${feed}: the feed has no <${field}>`);
  date(feed, doc.updated);
  const entries = doc.entry === undefined ? [] : [doc.entry].flat();
  entries.forEach((entry: Record<string, unknown>, i: number) => {
    const where = `${feed}: entry ${i + 1}`;
    for (const field of ['id', 'title']) if (entry[field] === undefined) problems.push(`${where}: no <${field}>`);
    date(where, entry.updated);
    const links = entry.link === undefined ? [] : [entry.link].flat();
    if (!links.some((l) => typeof l === 'object' && l !== null && '@_href' in l))
      problems.push(`${where}: no <link href>`);
  });
}

/** The destination exists and is a folder. */
export function isBuilt(root: string): boolean {
  return existsSync(root) && statSync(root).isDirectory();
}
