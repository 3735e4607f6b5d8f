import { createReadStream, existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { isIP } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { CLIENT, EVENTS_PATH } from './serve-client.js';
import type { BuildOutcome } from './watch.js';

// CommonJS, required: an import would first have Node scan its source for export names.
const { distance } = createRequire(import.meta.url)('fastest-levenshtein') as typeof import('fastest-levenshtein');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
};

/** The file a request path names under the destination, or null when it lies outside it. */
export function resolveRequest(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  const full = resolve(root, `.${normalize(`/${path}`)}`);
  if (full !== root && !full.startsWith(root + sep)) return null;
  if (path.split('/').includes('..')) return null;
  const candidates = path.endsWith('/') ? [join(full, 'index.html')] : [full, join(full, 'index.html'), `${full}.html`];
  const file = candidates.find((c) => existsSync(c) && statSync(c).isFile());
  if (!file) return '';
  // A link in the built site that leads out of it (a symlinked static file) is never followed.
  const real = realpathSync(file);
  const realRoot = realpathSync(root);
  return real.startsWith(realRoot + sep) ? file : null;
}

/** Host names that mean this machine: a page of another site cannot be made to name them (DNS rebinding). */
function isLocalName(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Whether an address is this machine only (a listening address that needs no warning). */
export function isLoopback(host: string): boolean {
  return isLocalName(host.replace(/^\[|\]$/g, ''));
}

/** The host name of a Host header, without its port or an IPv6 address's brackets. */
function hostName(header: string | undefined): string {
  if (!header) return '';
  const h = header.toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']'));
  return isIP(h) === 6 ? h : h.replace(/:\d*$/, '');
}

export interface SiteServerOptions {
  /** The site's source folder, whose lines the error view shows. */
  readonly source: string;
  /** Host names a request may name besides this machine's loopback names (the --host value). */
  readonly hosts: readonly string[];
}

interface Served {
  readonly root: string;
  /** `/proj`, or '' at the root. */
  readonly baseurl: string;
  /** Output paths of the HTML pages, for the 404 page's suggestions (listed when first needed). */
  pages?: string[];
}

/** One error of a failed build, with the source lines around it for the error view. */
interface ErrorView {
  readonly text: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
  readonly lines?: { n: number; text: string }[];
}

/**
 * A local HTTP server over the last good build, fed by watch's build outcomes. It answers only
 * requests that name this machine, serves the site under its baseurl, waits while a build is
 * writing (so a page never mixes two builds), and tells open pages what changed.
 */
export function createSiteServer(options: SiteServerOptions) {
  const clients = new Set<ServerResponse>();
  let served: Served | null = null;
  let lastErrors: ErrorView[] | null = null;
  let writing: Promise<void> | null = null;
  let doneWriting = () => {};
  const allowed = new Set(options.hosts.map((h) => hostName(h)));
  const send = (res: ServerResponse, event: string, data: unknown) =>
    res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  const broadcast = (event: string, data: unknown) => {
    for (const c of clients) send(c, event, data);
  };

  const answer = async (req: IncomingMessage, res: ServerResponse) => {
    const host = hostName(req.headers.host);
    if (!isLocalName(host) && !allowed.has(host)) {
      res
        .writeHead(403, { 'content-type': 'text/plain; charset=utf-8' })
        .end(`kiln serve answers requests for this machine only, not for "${host}"\n`);
      return;
    }
    const url = req.url ?? '/';
    if (url === EVENTS_PATH) {
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      if (lastErrors) send(res, 'failed', lastErrors);
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    await writing;
    if (!served) {
      res
        .writeHead(503, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store', 'retry-after': '1' })
        .end(withClient(page('Building…', '<h1>Building the site…</h1><p>This page reloads when it is ready.</p>')));
      return;
    }
    const { root, baseurl } = served;
    const path = url.split('?')[0]!;
    if (baseurl && (path === '/' || path === baseurl)) {
      res.writeHead(302, { location: `${baseurl}/` }).end();
      return;
    }
    if (baseurl && !path.startsWith(`${baseurl}/`)) return notFound(res, path);
    const file = resolveRequest(root, url.slice(baseurl.length));
    if (file === null) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('forbidden\n');
      return;
    }
    if (!file) return notFound(res, path);
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const headers = { 'content-type': type, 'cache-control': 'no-store' };
    if (type.startsWith('text/html')) {
      res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : withClient(readFileSync(file, 'utf8')));
      return;
    }
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  };

  /** The site's own 404.html, or kiln's, with links to the pages whose paths are closest to the one asked for. */
  const notFound = (res: ServerResponse, path: string) => {
    const { root, baseurl } = served!;
    served!.pages ??= htmlFiles(root);
    const wanted = safeDecode(path.slice(baseurl.length)).replace(/^\//, '');
    const near = served!.pages
      .map((p) => ({ p, d: distance(wanted, p) - (dirOf(p) === dirOf(wanted) ? 4 : 0) }))
      .sort((a, b) => a.d - b.d || (a.p < b.p ? -1 : 1))
      .slice(0, 8)
      .map(({ p }) => {
        const href = `${baseurl}/${p.replace(/(^|\/)index\.html$/, '$1')}`;
        return `<li><a href="${escapeHtml(encodeURI(href))}">${escapeHtml(href)}</a></li>`;
      });
    const list = `<section id="kiln-nearby" style="${BOX}"><h2 style="margin:0 0 .5em;font-size:1.1em">kiln serve: no page at ${escapeHtml(path)}</h2>${near.length ? `<p style="margin:.5em 0">Pages with a similar address:</p><ul>${near.join('')}</ul>` : '<p>The site has no pages yet.</p>'}</section>`;
    const custom = join(root, '404.html');
    const body = existsSync(custom)
      ? insertBeforeBodyEnd(readFileSync(custom, 'utf8'), list)
      : page('Not found', `<h1>404: not found</h1>${list}`);
    res.writeHead(404, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' }).end(withClient(body));
  };

  const server: Server = createServer((req, res) => {
    answer(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  return {
    server,
    /** A build has started writing: requests wait for it, so they see one build, never a mix. */
    building() {
      writing ??= new Promise<void>((r) => {
        doneWriting = r;
      });
    },
    /** A build has ended: serve it if it succeeded, and tell open pages what changed or what failed. */
    notify(outcome: BuildOutcome) {
      if (outcome.ok) {
        const { config, report } = outcome.result;
        const baseurl = config.baseurl.replace(/\/+$/, '');
        const first = served === null;
        served = { root: config.destination, baseurl };
        const url = (p: string) => `${baseurl}/${p}`;
        lastErrors = null;
        broadcast('built', {
          first,
          changed: report.writtenPaths.map(url),
          removed: report.removedPaths.map(url),
        });
      } else {
        lastErrors = outcome.errors.map((e) => errorView(options.source, e));
        broadcast('failed', lastErrors);
      }
      writing = null;
      doneWriting();
    },
    close() {
      for (const c of clients) c.end();
      server.close();
      server.closeAllConnections();
    },
  };
}

const BOX =
  'font:15px/1.5 system-ui,sans-serif;max-width:46em;margin:2em auto;padding:1em 1.5em;border:1px solid #d0d4dc;border-radius:8px;background:#f8f9fb;color:#1d2330';

function page(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title></head><body style="${BOX};border:0;background:none">${body}</body></html>`;
}

/** `_posts/x.md:12:5: message` → its parts, and the numbered source lines around line 12. */
export function errorView(source: string, text: string): ErrorView {
  const m = /^([^:\n]+?):(\d+)(?::(\d+))?: ([\s\S]*)$/.exec(text);
  if (!m) {
    const f = /^([^:\n]+?): ([\s\S]*)$/.exec(text);
    return f && existsSync(join(source, f[1]!)) ? { text, file: f[1]!, message: f[2]! } : { text, message: text };
  }
  const file = m[1]!;
  const line = Number(m[2]);
  const column = m[3] ? Number(m[3]) : /\bcolumn (\d+)/.exec(m[4]!)?.[1];
  const view = { text, file, line, column: column === undefined ? undefined : Number(column), message: m[4]! };
  const full = resolve(source, file);
  if (!full.startsWith(resolve(source) + sep) || !existsSync(full)) return view;
  const all = readFileSync(full, 'utf8').split('\n');
  const from = Math.max(1, line - 3);
  const to = Math.min(all.length, line + 3);
  const lines = [];
  for (let n = from; n <= to; n++) lines.push({ n, text: all[n - 1]! });
  return { ...view, lines };
}

function htmlFiles(root: string, prefix = ''): string[] {
  let entries;
  try {
    entries = readdirSync(join(root, prefix), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const path = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) return htmlFiles(root, path);
    return e.isFile() && e.name.endsWith('.html') && e.name !== '404.html' ? [path] : [];
  });
}

const dirOf = (p: string) => p.slice(0, p.lastIndexOf('/') + 1);

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function insertBeforeBodyEnd(html: string, text: string): string {
  const at = html.lastIndexOf('</body>');
  return at < 0 ? html + text : html.slice(0, at) + text + html.slice(at);
}

function withClient(html: string): string {
  return insertBeforeBodyEnd(html, CLIENT);
}
