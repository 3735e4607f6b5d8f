import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSiteServer, resolveRequest } from '../../src/watch/serve.js';

const ROOT = join(import.meta.dirname, '..', 'fixtures', 'project-blog', 'expected');

function get(port: number, path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    // A raw path, so that `..` reaches the server as sent.
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, type: String(res.headers['content-type']), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('kiln serve', () => {
  const site = createSiteServer(() => ROOT);
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((r) => site.server.listen(0, '127.0.0.1', () => r()));
    port = (site.server.address() as AddressInfo).port;
  });
  afterAll(() => site.close());

  it('serves / as index.html, with the live-reload script injected', async () => {
    const r = await get(port, '/');
    expect(r.status).toBe(200);
    expect(r.type).toBe('text/html; charset=utf-8');
    expect(r.body).toContain('<h1>Project Blog</h1>');
    expect(r.body).toContain('new EventSource("/__kiln/events")');
  });

  it('serves /blog/page2 from blog/page2/index.html and files with their types', async () => {
    expect((await get(port, '/blog/page2')).body).toContain('Page 2 of 6');
    expect((await get(port, '/blog/feed.xml')).type).toBe('application/xml');
    expect((await get(port, '/img/pixel.gif')).type).toBe('image/gif');
  });

  it('answers 404 for what does not exist', async () => {
    expect((await get(port, '/no/such/page.html')).status).toBe(404);
  });

  it.each([
    '/../../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/blog/%2E%2E%2F%2E%2E%2Fetc/passwd',
    '/..%5c..%5cetc/passwd',
    '/%00',
  ])('never serves outside the destination: %s', async (path) => {
    const r = await get(port, path);
    expect([403, 404]).toContain(r.status);
    expect(r.body).not.toContain('root:');
  });

  it('resolveRequest refuses encoded traversal outright', () => {
    expect(resolveRequest(ROOT, '/%2e%2e/x')).toBeNull();
    expect(resolveRequest(ROOT, '/a/../../x')).toBeNull();
  });
});
