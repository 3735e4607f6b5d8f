import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { BuildOutcome } from './watch.js';

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

const EVENTS_PATH = '/__kiln/events';

// Injected into HTML only while serving (never written to the destination): reload after a
// rebuild, and show a failed build's errors over the page until the next good build.
const CLIENT = `<script>(() => {
  const events = new EventSource(${JSON.stringify(EVENTS_PATH)});
  events.addEventListener('reload', () => location.reload());
  events.addEventListener('failed', (e) => {
    let box = document.getElementById('kiln-error');
    if (!box) {
      box = document.createElement('pre');
      box.id = 'kiln-error';
      box.style.cssText = 'position:fixed;inset:0;margin:0;padding:2em;background:rgba(20,0,0,.92);color:#fdd;font:14px/1.5 monospace;white-space:pre-wrap;z-index:2147483647;overflow:auto';
      document.body.appendChild(box);
    }
    box.textContent = 'kiln: the build failed\\n\\n' + JSON.parse(e.data).join('\\n');
  });
})();</script>`;

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
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? '';
}

/** A local HTTP server over the destination with live reload, fed by watch's build outcomes. */
export function createSiteServer(root: () => string) {
  const clients = new Set<ServerResponse>();
  let lastErrors: string[] | null = null;
  const send = (event: string, data: unknown) => {
    for (const c of clients) c.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  const server: Server = createServer((req, res) => {
    if (req.url === EVENTS_PATH) {
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      if (lastErrors) res.write(`event: failed\ndata: ${JSON.stringify(lastErrors)}\n\n`);
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const dest = root();
    const file = resolveRequest(dest, req.url ?? '/');
    if (file === null) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('forbidden\n');
      return;
    }
    if (!file) {
      const custom = join(dest, '404.html');
      const body = existsSync(custom)
        ? readFileSync(custom, 'utf8')
        : '<!DOCTYPE html><title>Not found</title><h1>404: not found</h1>';
      res.writeHead(404, { 'content-type': TYPES['.html']! }).end(withClient(body));
      return;
    }
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    if (type.startsWith('text/html')) {
      res
        .writeHead(200, { 'content-type': type, 'cache-control': 'no-store' })
        .end(req.method === 'HEAD' ? undefined : withClient(readFileSync(file, 'utf8')));
      return;
    }
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return {
    server,
    /** Tells open pages about a build: reload on success, show the errors on failure. */
    notify(outcome: BuildOutcome) {
      if (outcome.ok) {
        const hadErrors = lastErrors !== null;
        lastErrors = null;
        if (outcome.trigger.length > 0 || hadErrors) send('reload', outcome.result.report.written);
      } else {
        lastErrors = outcome.errors;
        send('failed', outcome.errors);
      }
    },
    close() {
      for (const c of clients) c.end();
      server.close();
    },
  };
}

function withClient(html: string): string {
  const at = html.lastIndexOf('</body>');
  return at < 0 ? html + CLIENT : html.slice(0, at) + CLIENT + html.slice(at);
}
