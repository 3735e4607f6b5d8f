import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSiteServer, errorView, resolveRequest } from '../../src/watch/serve.js';
import type { BuildOutcome } from '../../src/watch/watch.js';
import { runKiln } from '../helpers/run.js';
import { siteFromFiles, tempDir } from '../helpers/tree.js';

const ROOT = join(import.meta.dirname, '..', 'fixtures', 'project-blog', 'expected');

type Reply = { status: number; type: string; body: string; location?: string };

function get(port: number, path: string, host = `127.0.0.1:${port}`): Promise<Reply> {
  return new Promise((resolve, reject) => {
    // A raw path, so that `..` reaches the server as sent.
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () =>
        resolve({
          status: res.statusCode!,
          type: String(res.headers['content-type']),
          body,
          location: res.headers.location,
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/** What watch reports after a good build of `root`. */
function built(root: string, baseurl = '', written: string[] = []): BuildOutcome {
  return {
    ok: true,
    trigger: [],
    result: {
      config: { destination: root, baseurl },
      report: { written: written.length, unchanged: 0, removed: 0, writtenPaths: written, removedPaths: [] },
    },
  } as unknown as BuildOutcome;
}

async function listen(site: ReturnType<typeof createSiteServer>): Promise<number> {
  await new Promise<void>((r) => site.server.listen(0, '127.0.0.1', () => r()));
  return (site.server.address() as AddressInfo).port;
}

describe('kiln serve', () => {
  const site = createSiteServer({ source: ROOT, hosts: ['127.0.0.1'] });
  let port = 0;
  beforeAll(async () => {
    port = await listen(site);
  });
  afterAll(() => site.close());

  it('before the first good build: a "building" page for every path, never a file from disk', async () => {
    for (const path of ['/', '/index.html', '/blog/feed.xml', '/../../etc/passwd']) {
      const r = await get(port, path);
      expect(r.status).toBe(503);
      expect(r.body).toContain('Building the site');
      expect(r.body).not.toContain('Project Blog');
    }
    site.notify(built(ROOT));
  });

  it('serves / as index.html, with the live-reload script injected', async () => {
    const r = await get(port, '/');
    expect(r.status).toBe(200);
    expect(r.type).toBe('text/html; charset=utf-8');
    expect(r.body).toContain('<h1>Project Blog</h1>');
    expect(r.body).toContain('new EventSource(eventsPath)');
  });

  it('serves /blog/page2 from blog/page2/index.html and files with their types', async () => {
    expect((await get(port, '/blog/page2')).body).toContain('Page 2 of 6');
    expect((await get(port, '/blog/feed.xml')).type).toBe('application/xml');
    expect((await get(port, '/img/pixel.gif')).type).toBe('image/gif');
  });

  it('answers a styled 404 listing the pages whose addresses are closest', async () => {
    const r = await get(port, '/blog/page22');
    expect(r.status).toBe(404);
    expect(r.body).toContain('no page at /blog/page22');
    expect(r.body).toMatch(/<li><a href="\/blog\/page2\/">\/blog\/page2\/<\/a><\/li>/);
  });

  it('answers only requests that name this machine (DNS rebinding)', async () => {
    expect((await get(port, '/', 'evil.example:80')).status).toBe(403);
    expect((await get(port, '/', `localhost:${port}`)).status).toBe(200);
    expect((await get(port, '/', `[::1]:${port}`)).status).toBe(200);
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

  it('resolveRequest refuses encoded traversal and symlinks that lead out of the build', () => {
    expect(resolveRequest(ROOT, '/%2e%2e/x')).toBeNull();
    expect(resolveRequest(ROOT, '/a/../../x')).toBeNull();
    const root = tempDir();
    writeFileSync(join(root, 'inside.txt'), 'in\n');
    symlinkSync('/etc/passwd', join(root, 'passwd.txt'));
    symlinkSync(join(root, 'inside.txt'), join(root, 'alias.txt'));
    expect(resolveRequest(root, '/passwd.txt')).toBeNull();
    expect(resolveRequest(root, '/alias.txt')).toBe(join(root, 'alias.txt'));
  });
});

describe('kiln serve under a baseurl', () => {
  const site = createSiteServer({ source: ROOT, hosts: [] });
  let port = 0;
  beforeAll(async () => {
    port = await listen(site);
    site.notify(built(ROOT, '/proj/'));
  });
  afterAll(() => site.close());

  it('serves the site under the baseurl, sends / there, and nothing outside it', async () => {
    expect((await get(port, '/proj/')).body).toContain('<h1>Project Blog</h1>');
    expect((await get(port, '/proj/blog/page2')).body).toContain('Page 2 of 6');
    expect(await get(port, '/')).toMatchObject({ status: 302, location: '/proj/' });
    const outside = await get(port, '/blog/page2/');
    expect(outside.status).toBe(404);
    expect(outside.body).toContain('href="/proj/blog/page2/"');
  });
});

describe('the error view', () => {
  it('names file, line and column and carries the numbered source lines around the line', () => {
    const src = siteFromFiles({ '_layouts/post.html': 'one\ntwo\nthree {{ x | nope }}\nfour\nfive\nsix\nseven\n' });
    const v = errorView(src, '_layouts/post.html:3:9: template error: filter not found: nope');
    expect(v).toMatchObject({ file: '_layouts/post.html', line: 3, column: 9 });
    expect(v.message).toBe('template error: filter not found: nope');
    expect(v.lines).toEqual([
      { n: 1, text: 'one' },
      { n: 2, text: 'two' },
      { n: 3, text: 'three {{ x | nope }}' },
      { n: 4, text: 'four' },
      { n: 5, text: 'five' },
      { n: 6, text: 'six' },
    ]);
    expect(errorView(src, '../outside.md:1: x').lines).toBeUndefined();
    expect(errorView(src, 'something broke')).toEqual({ text: 'something broke', message: 'something broke' });
  });
});

describe('kiln serve, the command', () => {
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' });

  it.each([[[]], [['--drafts']]])(
    'builds into a private folder: the source and its content/ stay as committed (%j)',
    async (extra) => {
      const src = siteFromFiles({
        '_config.yml': 'title: S\nbaseurl: /proj\n',
        '_posts/2021-01-01-a.md': '---\ntitle: A\n---\nA.\n',
        '_drafts/d.md': '---\ntitle: D\n---\nDraft.\n',
        'index.html': '---\n---\n{% for p in site.posts %}{{ p.title }};{% endfor %}\n',
        'content/index.html': 'the committed site\n',
      });
      git(src, 'init', '-q');
      git(src, 'add', '.');
      git(src, '-c', 'user.email=t@example.org', '-c', 'user.name=T', 'commit', '-q', '-m', 'site');
      let stop = () => {};
      const stopped = new Promise<void>((r) => {
        stop = r;
      });
      let out = '';
      const running = (async () => {
        const { main } = await import('../../src/cli.js');
        return main(['serve', '-s', src, '-p', '0', '-q', ...extra], {
          stdout: { write: (t: string) => (out += t) },
          stderr: { write: (t: string) => (out += t) },
          env: {},
          stop: stopped,
        });
      })();
      for (let i = 0; i < 200 && !out.includes('watching'); i++) await new Promise((r) => setTimeout(r, 50));
      const port = Number(/http:\/\/127\.0\.0\.1:(\d+)\/proj\//.exec(out)?.[1]);
      const home = await get(port, '/proj/');
      expect(home.body).toContain(extra.length ? 'D;A;' : 'A;');
      stop();
      expect(await running).toBe(0);
      expect(git(src, 'status', '--porcelain', '--untracked-files=all')).toBe('');
    },
  );

  it('takes the next free port when the one asked for is busy, and says which', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const busy = (blocker.address() as AddressInfo).port;
    const src = siteFromFiles({ '_config.yml': 'title: S\n', 'index.html': '---\n---\nhi\n' });
    let stop = () => {};
    const stopped = new Promise<void>((r) => {
      stop = r;
    });
    let out = '';
    const { main } = await import('../../src/cli.js');
    const running = main(['serve', '-s', src, '-p', String(busy), '-q'], {
      stdout: { write: (t: string) => (out += t) },
      stderr: { write: (t: string) => (out += t) },
      env: {},
      stop: stopped,
    });
    for (let i = 0; i < 200 && !out.includes('watching'); i++) await new Promise((r) => setTimeout(r, 50));
    stop();
    await running;
    blocker.close();
    expect(out).toContain(`port ${busy} is in use; took ${busy + 1}, the next free one`);
    expect(out).toContain(`serving http://127.0.0.1:${busy + 1}/`);
  });

  it('warns when it listens beyond this machine', async () => {
    const src = siteFromFiles({ '_config.yml': 'title: S\n', 'index.html': '---\n---\nhi\n' });
    let stop = () => {};
    const stopped = new Promise<void>((r) => {
      stop = r;
    });
    let err = '';
    const { main } = await import('../../src/cli.js');
    const running = main(['serve', '-s', src, '-p', '0', '-H', '0.0.0.0', '-q'], {
      stdout: { write: () => {} },
      stderr: { write: (t: string) => (err += t) },
      env: {},
      stop: stopped,
    });
    for (let i = 0; i < 100 && !err.includes('beyond'); i++) await new Promise((r) => setTimeout(r, 50));
    stop();
    await running;
    expect(err).toMatch(/^kiln: listening on 0\.0\.0\.0, beyond this machine: anyone who can reach it/);
  });

  it('--destination is not a serve flag: it never writes into the site’s destination', async () => {
    expect((await runKiln(['serve', '-d', tempDir()])).stderr).toContain('-d goes with kiln build, not serve');
  });
});

describe('kiln serve, first contact', () => {
  /** Runs kiln serve on `src` until `until` shows in its output, then stops it. */
  async function serveUntil(src: string, args: string[], until: RegExp) {
    let stop = () => {};
    const stopped = new Promise<void>((r) => {
      stop = r;
    });
    let out = '';
    let err = '';
    const { main } = await import('../../src/cli.js');
    const running = main(['serve', '-s', src, '-p', '0', ...args], {
      stdout: { write: (t: string) => (out += t) },
      stderr: { write: (t: string) => (err += t) },
      env: {},
      stop: stopped,
    });
    for (let i = 0; i < 200 && !until.test(out + err); i++) await new Promise((r) => setTimeout(r, 50));
    stop();
    return { code: await running, out, err };
  }

  it('a site that fails its first build: the error once, then it waits for the fix', async () => {
    const src = siteFromFiles({
      '_config.yml': 'title: S\n',
      'index.html': '---\ntitle: [unclosed\n---\nhi\n',
    });
    const r = await serveUntil(src, [], /watching/);
    expect(r.code).toBe(0);
    const lines = (r.out + r.err).split('\n').map((l) => l.replace(/^\[\d\d:\d\d:\d\d\] /, ''));
    expect(lines.filter((l) => l.startsWith('index.html:'))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('build failed'))).toEqual(['build failed; the site was left as it was']);
  });

  it('--open (-o) opens the site’s address, under its baseurl, once the first build is good', async () => {
    const { serveSite } = await import('../../src/watch/serve-site.js');
    const { createLog } = await import('../../src/shared/log.js');
    const src = siteFromFiles({ '_config.yml': 'title: S\nbaseurl: /proj\n', 'index.html': '---\n---\nhi\n' });
    const opened: string[] = [];
    let out = '';
    let stop = () => {};
    const stopped = new Promise<void>((r) => {
      stop = r;
    });
    const running = serveSite({
      flags: { source: src },
      host: '127.0.0.1',
      port: 0,
      portGiven: true,
      open: true,
      openUrl: async (url) => opened.push(url),
      log: createLog(true, () => {}),
      print: (line) => (out += `${line}\n`),
      warn: (line) => (out += `${line}\n`),
      link: (url) => url,
      stop: stopped,
    });
    for (let i = 0; i < 200 && !out.includes('watching'); i++) await new Promise((r) => setTimeout(r, 50));
    stop();
    expect(await running).toBe(0);
    const shown = /serving (\S+)/.exec(out)?.[1];
    expect(shown).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/proj\/$/);
    expect(opened).toEqual([shown]);
    // -o is its short flag, and only serve has it.
    expect((await runKiln(['build', '-o'])).stderr).toContain('-o goes with kiln serve, not build');
  });
});
