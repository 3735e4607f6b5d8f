import { existsSync, mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { createBuildCache } from '../../src/build-cache.js';
import { createLog } from '../../src/shared/log.js';
import { THREAD_AFTER } from '../../src/write/staging.js';
import { buildSite } from '../helpers/run.js';
import { readTree, siteFromFiles, tempDir } from '../helpers/tree.js';
import { threadsTaken } from '../helpers/write-thread.js';

const SITE = {
  '_config.yml': 'paginate: 2\npaginate_path: "blog/page:num"\n',
  '_layouts/post.html': '<article>{{ content }}</article>\n',
  'blog/index.html': '---\n---\n{% for p in paginator.posts %}{{ p.title }};{% endfor %}\n',
  '_posts/2021-01-01-a.md': '---\ntitle: A\nlayout: post\n---\nA body\n',
  '_posts/2021-01-02-b.md': '---\ntitle: B\nlayout: post\n---\nB body\n',
  '_posts/2021-01-03-c.md': '---\ntitle: C\nlayout: post\n---\nC body\n',
};

describe('rebuilding', () => {
  it('a second build writes nothing and leaves every file untouched', async () => {
    const src = siteFromFiles(SITE);
    const dest = tempDir();
    expect((await buildSite(src, dest)).report!.written).toBe(5); // 3 posts, 2 index pages
    const old = new Date('2000-01-01T00:00:00Z');
    utimesSync(join(dest, 'blog/index.html'), old, old);
    const second = (await buildSite(src, dest)).report!;
    expect([second.written, second.unchanged, second.removed]).toEqual([0, 5, 0]);
    expect(statSync(join(dest, 'blog/index.html')).mtime.toISOString()).toBe(old.toISOString());
  });

  it('removes the pages a deleted post leaves behind, and only those', async () => {
    const src = siteFromFiles(SITE);
    const dest = tempDir();
    mkdirSync(join(dest, '.git'), { recursive: true });
    writeFileSync(join(dest, '.git', 'HEAD'), 'ref: refs/heads/asf-site\n');
    writeFileSync(join(dest, 'CNAME'), 'blog.example.org\n');
    await buildSite(src, dest);
    rmSync(join(src, '_posts/2021-01-03-c.md'));
    const r = (await buildSite(src, dest)).report!;
    expect(r.removedPaths).toEqual(['2021/01/03/c.html', 'blog/page2/index.html']);
    expect(existsSync(join(dest, 'blog/page2'))).toBe(false);
    expect(existsSync(join(dest, '.git/HEAD'))).toBe(true);
    expect(existsSync(join(dest, 'CNAME'))).toBe(true);
  });

  it('rewrites a file that was deleted by hand', async () => {
    const src = siteFromFiles(SITE);
    const dest = tempDir();
    await buildSite(src, dest);
    rmSync(join(dest, '2021/01/01/a.html'));
    expect((await buildSite(src, dest)).report!.writtenPaths).toEqual(['2021/01/01/a.html']);
  });

  it('an edited post rewrites its page and the index pages that show it, nothing else', async () => {
    const src = siteFromFiles(SITE);
    const dest = tempDir();
    await buildSite(src, dest);
    writeFileSync(join(src, '_posts/2021-01-03-c.md'), '---\ntitle: C2\nlayout: post\n---\nC body, edited\n');
    expect((await buildSite(src, dest)).report!.writtenPaths).toEqual(['2021/01/03/c.html', 'blog/index.html']);
  });

  it('a rebuild equals a clean build of the same source', async () => {
    const src = siteFromFiles(SITE);
    const dest = tempDir();
    await buildSite(src, dest);
    writeFileSync(join(src, '_posts/2021-01-04-d.md'), '---\ntitle: D\nlayout: post\n---\nD\n');
    rmSync(join(src, '_posts/2021-01-01-a.md'));
    await buildSite(src, dest);
    const clean = tempDir();
    await buildSite(src, clean);
    expect(readTree(dest)).toEqual(readTree(clean));
  });

  it('with the watch cache, a URL claimed twice is warned about while it is, and the last claimant written', async () => {
    const src = siteFromFiles(SITE);
    const dest = tempDir();
    const cache = createBuildCache();
    let warned = '';
    const log = createLog(true, (t) => {
      warned += t;
    });
    const rebuild = async () => {
      warned = '';
      await build({ source: src, destination: dest }, log, cache);
      return warned;
    };
    expect(await rebuild()).toBe('');
    // A page takes post B's URL: Jekyll writes pages before posts, so the post stays.
    writeFileSync(join(src, 'b.html'), '---\npermalink: /2021/01/02/b.html\n---\nPage B\n');
    expect(await rebuild()).toContain('2 files claim 2021/01/02/b.html: b.html, _posts/2021-01-02-b.md');
    expect(readFileSync(join(dest, '2021/01/02/b.html'), 'utf8')).toBe('<article><p>B body</p>\n</article>\n');
    // Another post added while the claim stands: still warned about, once.
    writeFileSync(join(src, '_posts/2021-01-04-d.md'), '---\ntitle: D\nlayout: post\n---\nD body\n');
    expect((await rebuild()).match(/claim/g)).toHaveLength(1);
    // The page moves away: no claim, and both are written.
    writeFileSync(join(src, 'b.html'), '---\npermalink: /page-b.html\n---\nPage B\n');
    expect(await rebuild()).toBe('');
    expect(readFileSync(join(dest, 'page-b.html'), 'utf8')).toBe('Page B\n');
    expect(readFileSync(join(dest, '2021/01/02/b.html'), 'utf8')).toBe('<article><p>B body</p>\n</article>\n');
    // And back: warned about again.
    writeFileSync(join(src, 'b.html'), '---\npermalink: /2021/01/02/b.html\n---\nPage B\n');
    expect(await rebuild()).toContain('2 files claim 2021/01/02/b.html');
  });

  it('with the watch cache, a feed that failed its check is checked again on the next rebuild', async () => {
    const src = siteFromFiles({
      ...SITE,
      'feed.xml': '---\n---\n<rss>{% for p in site.posts %}<title>{{ p.title }}</title>{% endfor %}</rss>\n',
    });
    const dest = tempDir();
    const cache = createBuildCache();
    const log = createLog(true);
    await build({ source: src, destination: dest }, log, cache);
    writeFileSync(join(src, '_posts/2021-01-03-c.md'), '---\ntitle: Tom & Jerry\nlayout: post\n---\nC body\n');
    cache.dirty.add('_posts/2021-01-03-c.md');
    await expect(build({ source: src, destination: dest }, log, cache)).rejects.toThrow(/not well-formed XML/);
    writeFileSync(join(src, '_posts/2021-01-01-a.md'), '---\ntitle: A\nlayout: post\n---\nA body, edited\n');
    cache.dirty.add('_posts/2021-01-01-a.md');
    await expect(build({ source: src, destination: dest }, log, cache)).rejects.toThrow(/not well-formed XML/);
  });

  it('with the watch cache, a feed of the newest N posts changes exactly when one of those N changes', async () => {
    const src = siteFromFiles({
      ...SITE,
      'feed.xml':
        '---\n---\n<rss>{% for p in site.posts.slice(0, 2) %}<d>{{ p.content | xml_escape }}</d>{% endfor %}</rss>\n',
    });
    const dest = tempDir();
    const cache = createBuildCache();
    const log = createLog(true);
    await build({ source: src, destination: dest }, log, cache);
    const edit = async (name: string, title: string, body: string) => {
      writeFileSync(join(src, '_posts', name), `---\ntitle: ${title}\nlayout: post\n---\n${body}\n`);
      cache.dirty.add(`_posts/${name}`);
      return (await build({ source: src, destination: dest }, log, cache)).report.writtenPaths;
    };
    // b is the second newest (c, b, a): in the feed. a is the third: not in it.
    expect(await edit('2021-01-02-b.md', 'B', 'B edited')).toEqual(['2021/01/02/b.html', 'feed.xml']);
    expect(await edit('2021-01-01-a.md', 'A', 'A edited')).toEqual(['2021/01/01/a.html']);
    const clean = tempDir();
    await buildSite(src, clean);
    expect(readTree(dest)).toEqual(readTree(clean));
  });
  it('with the watch cache, a Liquid page that read a field no post had is made again when an edit adds it, and when it goes', async () => {
    const src = siteFromFiles({
      ...SITE,
      '_config.yml': `${SITE['_config.yml']}template_engine: liquid\n`,
      'subtitles.html': '---\n---\n{% for p in site.posts %}[{{ p.title }}|{{ p.subtitle }}]{% endfor %}\n',
    });
    const dest = tempDir();
    const cache = createBuildCache();
    const log = createLog(true);
    await build({ source: src, destination: dest }, log, cache);
    expect(readFileSync(join(dest, 'subtitles.html'), 'utf8')).toBe('[C|][B|][A|]\n');
    const edit = async (front: string) => {
      writeFileSync(join(src, '_posts/2021-01-02-b.md'), `---\ntitle: B\n${front}layout: post\n---\nB body\n`);
      cache.dirty.add('_posts/2021-01-02-b.md');
      await build({ source: src, destination: dest }, log, cache);
      return readFileSync(join(dest, 'subtitles.html'), 'utf8');
    };
    expect(await edit('subtitle: Sub\n')).toBe('[C|][B|Sub][A|]\n');
    expect(await edit('')).toBe('[C|][B|][A|]\n');
  });

  it('pages that share a large archive sidebar: whole bytes on disk, rewritten exactly when the archive changes', async () => {
    const posts = Object.fromEntries(
      Array.from({ length: 60 }, (_, i) => [
        `_posts/2021-02-${String(1 + (i % 28)).padStart(2, '0')}-post-${i}.md`,
        `---\ntitle: Post number ${i} with a long title\n---\nBody ${i}\n`,
      ]),
    );
    const src = siteFromFiles({
      '_config.yml': 'paginate: 10\npaginate_path: "blog/page:num"\n',
      '_includes/archive.html':
        '<ul>{% for p in site.posts %}<li><a href="{{ p.url }}">{{ p.title }}</a></li>{% endfor %}</ul>',
      'blog/index.html':
        '---\n---\n<main>{% for p in paginator.posts %}{{ p.title }};{% endfor %}</main>{% include "archive.html" %}<p>{{ paginator.page }}</p>\n',
      ...posts,
    });
    const dest = tempDir();
    const log = createLog(true);
    const cache = createBuildCache();
    await build({ source: src, destination: dest }, log, cache);
    const page3 = readFileSync(join(dest, 'blog/page3/index.html'), 'utf8');
    expect(page3).toMatch(
      /^<main>Post number \d+ with a long title;(.*;){9}<\/main><ul>(<li><a href="\/2021\/02\/\d\d\/post-\d+\.html">Post number \d+ with a long title<\/a><\/li>){60}<\/ul><p>3<\/p>\n$/,
    );
    expect(page3.length).toBeGreaterThan(4096); // large enough to be shared
    // Only the title of one post changes: every index page (the archive) changes; its own page (no layout) does not.
    writeFileSync(join(src, '_posts/2021-02-01-post-0.md'), '---\ntitle: Renamed\n---\nBody 0\n');
    cache.dirty.add('_posts/2021-02-01-post-0.md');
    const report = (await build({ source: src, destination: dest }, log, cache)).report;
    expect(report.writtenPaths).toEqual(['blog/index.html', ...[2, 3, 4, 5, 6].map((n) => `blog/page${n}/index.html`)]);
    const clean = tempDir();
    await buildSite(src, clean);
    expect(readTree(dest)).toEqual(readTree(clean));
    // Once the watch ends, a fresh process agrees with the manifest it left: nothing to write.
    cache.manifest.lock?.release();
    expect((await buildSite(src, dest)).report!.written).toBe(0);
  });
  it('post layouts and Markdown pages with a large shared include: whole bytes, no marker left', async () => {
    const posts = Object.fromEntries(
      Array.from({ length: 60 }, (_, i) => [
        `_posts/2021-03-${String(1 + (i % 28)).padStart(2, '0')}-p-${i}.md`,
        `---\ntitle: Post number ${i} with a long title\nlayout: post\n---\nBody *${i}*\n`,
      ]),
    );
    const src = siteFromFiles({
      '_includes/archive.html':
        '<ul>{% for p in site.posts %}<li><a href="{{ p.url }}">{{ p.title }}</a></li>{% endfor %}</ul>',
      '_layouts/post.html': '<article>{{ content }}</article>{% include "archive.html" %}\n',
      'about.md': '---\nlayout: post\n---\n# About\n\n{% include archive.html %}\n',
      ...posts,
    });
    const dest = tempDir();
    const log = createLog(true);
    const cache = createBuildCache();
    await build({ source: src, destination: dest }, log, cache);
    const tree = readTree(dest);
    const archive =
      /<ul>(<li><a href="\/2021\/03\/\d\d\/p-\d+\.html">Post number \d+ with a long title<\/a><\/li>){60}<\/ul>/.source;
    expect(tree.get('2021/03/01/p-0.html')!.toString()).toMatch(
      new RegExp(`^<article><p>Body <em>0</em></p>\n</article>${archive}\n$`),
    );
    expect(tree.get('about.html')!.toString()).toMatch(
      new RegExp(`^<article><h1 id="about">About</h1>\n\n${archive}\n</article>${archive}\n$`),
    );
    for (const [path, bytes] of tree) expect(bytes.includes(0), path).toBe(false);
    writeFileSync(join(src, '_posts/2021-03-01-p-0.md'), '---\ntitle: Renamed\nlayout: post\n---\nBody *0*\n');
    cache.dirty.add('_posts/2021-03-01-p-0.md');
    expect((await build({ source: src, destination: dest }, log, cache)).report.written).toBe(61); // every page shows the archive
    const clean = tempDir();
    await buildSite(src, clean);
    expect(readTree(dest)).toEqual(readTree(clean));
  });
  it('with the watch cache, rebuilds that write more files than one thread writes alone: each the clean build, the writing thread kept between them', async () => {
    const posts = Object.fromEntries(
      Array.from({ length: THREAD_AFTER + 40 }, (_, i) => [
        `_posts/2021-04-${String(1 + (i % 28)).padStart(2, '0')}-p-${i}.md`,
        `---\ntitle: Post ${i}\nlayout: post\n---\nBody *${i}* ${'words '.repeat(i % 50)}\n`,
      ]),
    );
    const src = siteFromFiles({
      '_includes/archive.html': '<ul>{% for p in site.posts %}<li>{{ p.title }}</li>{% endfor %}</ul>',
      '_layouts/post.html': '<article>{{ content }}</article>{% include "archive.html" %}\n',
      ...posts,
    });
    const dest = tempDir();
    const log = createLog(true);
    const cache = createBuildCache();
    const kept = cache.manifest.thread!;
    const taken = threadsTaken(kept);
    await build({ source: src, destination: dest }, log, cache);
    // Every post page changes with its layout, then with a post's title (the archive).
    for (const [file, text] of [
      ['_layouts/post.html', '<main>{{ content }}</main>{% include "archive.html" %}\n'],
      ['_posts/2021-04-01-p-0.md', '---\ntitle: Renamed\nlayout: post\n---\nBody\n'],
    ] as const) {
      writeFileSync(join(src, file), text);
      cache.dirty.add(file);
      expect((await build({ source: src, destination: dest }, log, cache)).report.written).toBe(THREAD_AFTER + 40);
      const clean = tempDir();
      await buildSite(src, clean);
      expect(readTree(dest)).toEqual(readTree(clean));
    }
    expect(taken).toHaveLength(3);
    expect(new Set(taken).size).toBe(1);
    await kept.close();
    cache.manifest.lock?.release();
  });

  it('post bodies output bare by their layouts: the same bytes, in every layout and through a watch', async () => {
    const files = {
      '_config.yml': 'collections:\n  notes:\n    output: true\n',
      '_includes/archive.html':
        '<ul>{% for p in site.posts %}<li>{{ p.title }} — ünïcödé {{ p.url }}</li>{% endfor %}</ul>',
      '_layouts/base.html': '<main>{{- content -}}</main>|{{ page.content | length }}\n',
      '_layouts/twice.html': '{{ content }}{% include "archive.html" %}{{ content }}',
      '_layouts/post.html': '---\nlayout: base\n---\n<article>{{ content }}</article>{% include "archive.html" %}',
      '_layouts/loud.html': '{{ content | upper }}|{{ content }}',
      '_notes/n.md': '---\nlayout: post\n---\nNote ✓ *é*\n',
      ...Object.fromEntries(
        Array.from({ length: 60 }, (_, i) => [
          `_posts/2021-06-${String(1 + (i % 28)).padStart(2, '0')}-r-${i}.md`,
          `---\ntitle: Ré ${i} 𝄞\nlayout: ${['post', 'loud', 'twice'][i % 3]}\n---\nBody *${i}* — 日本語 😀 é\n`,
        ]),
      ),
    };
    const w = await watching(files);
    const body = (i: number) => `<p>Body <em>${i}</em> — 日本語 😀 é</p>\n`;
    const article = w.read('2021/06/01/r-0.html');
    const archive = article.slice(`<main><article>${body(0)}</article>`.length).split('</main>')[0]!;
    expect(archive).toMatch(/^<ul>(<li>Ré \d+ 𝄞 — ünïcödé \/2021\/06\/\d\d\/r-\d+\.html<\/li>){60}<\/ul>$/);
    expect(article).toBe(`<main><article>${body(0)}</article>${archive}</main>|${body(0).length}\n`);
    expect(w.read('2021/06/02/r-1.html')).toBe(`${body(1).toUpperCase()}|${body(1)}`);
    expect(w.read('2021/06/03/r-2.html')).toBe(`${body(2)}${archive}${body(2)}`);
    expect(w.read('notes/n.html')).toContain('<main><article><p>Note ✓ <em>é</em></p>\n</article><ul>');
    // An edited body is written anew in a watch, as a clean build writes it; a fresh process then agrees with the manifest.
    const edited = '---\ntitle: Ré 0 𝄞\nlayout: post\n---\nBody *0*, edited ✓\n';
    expect((await w.save('_posts/2021-06-01-r-0.md', edited)).report.writtenPaths).toEqual(['2021/06/01/r-0.html']);
    expect(w.read('2021/06/01/r-0.html')).toContain('<main><article><p>Body <em>0</em>, edited ✓</p>\n</article><ul>');
    const clean = tempDir();
    await buildSite(w.src, clean);
    expect(readTree(w.dest)).toEqual(readTree(clean));
    w.release();
    expect((await buildSite(w.src, w.dest)).report!.written).toBe(0);
  });
  it('templates that capture the shared include and filter it get the filtered text, not a marker', async () => {
    const posts = Object.fromEntries(
      Array.from({ length: 80 }, (_, i) => [
        `_posts/2021-04-${String(1 + (i % 28)).padStart(2, '0')}-q-${i}.md`,
        `---\ntitle: Post number ${i} with a long title, long enough for 4 KB\n---\nBody\n`,
      ]),
    );
    const src = siteFromFiles({
      '_includes/archive.html': '<ul>{% for p in site.posts %}<li>{{ p.title }}</li>{% endfor %}</ul>',
      '_layouts/loud.html': '{% set a %}{% include "archive.html" %}{% endset %}{{ a | upper }}|{{ content }}\n',
      'index.html': '---\nlayout: loud\n---\nhome',
      'quiet.html': '---\n---\n{% set a %}{% include "archive.html" %}{% endset %}{{ a | lower | length }}',
      ...posts,
    });
    const dest = tempDir();
    await buildSite(src, dest);
    const archive = readFileSync(join(dest, 'index.html'), 'utf8').split('|')[0]!;
    expect(archive).toMatch(/^<UL>(<LI>POST NUMBER \d+ WITH A LONG TITLE, LONG ENOUGH FOR 4 KB<\/LI>){80}<\/UL>$/);
    expect(archive.length).toBeGreaterThan(4096);
    expect(readFileSync(join(dest, 'index.html'), 'utf8')).toBe(`${archive}|home\n`);
    expect(readFileSync(join(dest, 'quiet.html'), 'utf8')).toBe(String(archive.length));
  });

  it('with the watch cache, a post whose template failed and was mended: every post shows its content again', async () => {
    // No post body is a template, so rebuilds keep finished bodies in the posts' views; a failed
    // rebuild that emptied them for a template must not leave them empty.
    const w = await watching({
      'feed.xml': '---\n---\n<feed>{% for p in site.posts %}<entry>{{ p.content }}</entry>{% endfor %}</feed>\n',
      '_posts/2021-05-01-a.md': '---\ntitle: A\n---\nA *body*\n',
      '_posts/2021-05-02-b.md': '---\ntitle: B\n---\nB *body*\n',
    });
    const expected = '<feed><entry><p>B <em>body</em></p>\n</entry><entry><p>A <em>body</em></p>\n</entry></feed>\n';
    expect(w.read('feed.xml')).toBe(expected);
    // A template that reads every post's content empties every view before it fails.
    await expect(
      w.save('_posts/2021-05-02-b.md', '---\ntitle: B\n---\nB *body* {{ site.posts | jsonify }} {% if %}\n'),
    ).rejects.toThrow(/template error/);
    await w.save('_posts/2021-05-02-b.md', '---\ntitle: B\n---\nB *body*, mended\n');
    expect(w.read('feed.xml')).toBe(expected.replace('B <em>body</em>', 'B <em>body</em>, mended'));
  });

  it('with the watch cache, a page that links to a post with post_url follows the post to its new URL', async () => {
    const w = await watching({
      'about.md': '---\n---\nSee [A]({% post_url 2021-06-01-a %}).\n',
      '_posts/2021-06-01-a.md': '---\ntitle: A\n---\nA\n',
    });
    expect(w.read('about.html')).toBe('<p>See <a href="/2021/06/01/a.html">A</a>.</p>\n');
    await w.save('_posts/2021-06-01-a.md', '---\ntitle: A\npermalink: /moved/a/\n---\nA\n');
    expect(w.read('about.html')).toBe('<p>See <a href="/moved/a/">A</a>.</p>\n');
  });

  it("with the watch cache, jekyll-redirect-from's pages follow the site's redirect layout as it is added, edited and removed", async () => {
    const w = await watching({
      '_config.yml': 'template_engine: liquid\nurl: https://example.org\nplugins: [jekyll-redirect-from]\n',
      '_layouts/base.html': '<body>{{ content }}</body>\n',
      'about.md': '---\nredirect_from: /old/\n---\nAbout\n',
      '_posts/2021-06-01-a.md': '---\ntitle: A\nlayout: base\nredirect_to: /about.html\n---\nA\n',
    });
    expect(w.read('old/index.html')).toContain('Click here if you are not redirected.');
    const layout = '---\nlayout: base\n---\n{{ page.title }} to {{ page.redirect.to }}\n';
    await w.save('_layouts/redirect.html', layout);
    expect(w.read('old/index.html')).toBe('<body> to https://example.org/about.html\n</body>\n');
    expect(w.read('2021/06/01/a.html')).toBe('<body>A to https://example.org/about.html\n</body>\n');
    await w.sameAsClean();
    await w.save('_layouts/base.html', '<main>{{ content }}</main>\n');
    expect(w.read('old/index.html')).toBe('<main> to https://example.org/about.html\n</main>\n');
    await w.sameAsClean();
    await w.save('about.md', '---\npermalink: /me/\nredirect_from: /old/\n---\nAbout\n');
    expect(w.read('old/index.html')).toBe('<main> to https://example.org/me/\n</main>\n');
    await w.sameAsClean();
    await w.save('_posts/2021-06-01-a.md', '---\ntitle: A\nlayout: base\nredirect_to: /me/\n---\nA\n');
    expect(w.read('2021/06/01/a.html')).toBe('<main>A to https://example.org/me/\n</main>\n');
    await w.sameAsClean();
    rmSync(join(w.src, '_layouts/redirect.html'));
    await w.save('_layouts/redirect.html', '', false);
    expect(w.read('old/index.html')).toContain('Click here if you are not redirected.');
    expect(w.read('2021/06/01/a.html')).toContain('<a href="https://example.org/me/">');
    await w.sameAsClean();
    w.release();
  });

  it('with the watch cache, outputs that name a layout not written yet are put in it once it is, and out of it and back as it goes and returns', async () => {
    const w = await watching({
      '_config.yml': 'template_engine: liquid\n',
      '_layouts/mid.html': '---\nlayout: base\nkind: mid\n---\n<mid>{{ content }}</mid>\n',
      'a.md': '---\nlayout: fresh\n---\nbody of a, in {{ layout.kind }}\n',
      'b.md': '---\nlayout: mid\n---\nbody of b\n',
      '_posts/2021-06-01-p.md': '---\nlayout: fresh\n---\npost in {{ layout.kind }}\n',
    });
    expect(w.read('a.html')).toBe('<p>body of a, in</p>\n');
    expect(w.read('b.html')).toBe('<mid><p>body of b</p>\n</mid>\n');
    const fresh = '---\nkind: fresh\n---\n<fresh>{{ content }}</fresh>\n';
    await w.save('_layouts/fresh.html', fresh);
    expect(w.read('a.html')).toBe('<fresh><p>body of a, in fresh</p>\n</fresh>\n');
    expect(w.read('2021/06/01/p.html')).toBe('<fresh><p>post in fresh</p>\n</fresh>\n');
    await w.sameAsClean();
    await w.save('_layouts/base.html', '<base>{{ content }}</base>\n');
    expect(w.read('b.html')).toBe('<base><mid><p>body of b</p>\n</mid>\n</base>\n');
    await w.sameAsClean();
    rmSync(join(w.src, '_layouts/fresh.html'));
    await w.save('_layouts/fresh.html', '', false);
    expect(w.read('a.html')).toBe('<p>body of a, in</p>\n');
    await w.sameAsClean();
    await w.save('_layouts/fresh.html', fresh);
    expect(w.read('a.html')).toBe('<fresh><p>body of a, in fresh</p>\n</fresh>\n');
    await w.sameAsClean();
    w.release();
  });

  it('with the watch cache, a page that serialises the posts (jsonify) shows an edited body', async () => {
    const w = await watching({
      'posts.json': '---\n---\n{{ site.posts | jsonify }}\n',
      '_posts/2021-07-01-a.md': '---\ntitle: A\n---\nFirst\n',
    });
    expect(w.read('posts.json')).toContain('"content":"<p>First</p>\\n"');
    await w.save('_posts/2021-07-01-a.md', '---\ntitle: A\n---\nSecond\n');
    expect(w.read('posts.json')).toContain('"content":"<p>Second</p>\\n"');
  });

  it("with the watch cache, a page whose body reads every post's content, in a layout that reads the newest one's, shows an older post's edit", async () => {
    const w = await watching({
      '_layouts/l.html': '{% for p in site.posts.slice(0, 1) %}[{{ p.content }}]{% endfor %}{{ content }}',
      'all.html': '---\nlayout: l\n---\n{% for p in site.posts %}{{ p.content }}{% endfor %}',
      '_posts/2021-08-01-a.md': '---\ntitle: A\n---\nOld\n',
      '_posts/2021-08-02-b.md': '---\ntitle: B\n---\nNew\n',
    });
    expect(w.read('all.html')).toBe('[<p>New</p>\n]<p>New</p>\n<p>Old</p>\n');
    await w.save('_posts/2021-08-01-a.md', '---\ntitle: A\n---\nOld, edited\n');
    expect(w.read('all.html')).toBe('[<p>New</p>\n]<p>New</p>\n<p>Old, edited</p>\n');
  });

  it("with the watch cache, a post's layout that prints every post's content follows Jekyll's render order through edits", async () => {
    // Jekyll renders posts oldest first: the older post's layout reads the newer one's source,
    // the newer one's layout reads the older one rendered.
    const w = await watching({
      '_layouts/l.html': '{{ content }}{% for p in site.posts %}[{{ p.content | strip }}]{% endfor %}',
      '_posts/2021-10-01-a.md': '---\nlayout: l\n---\n*a*\n',
      '_posts/2021-10-02-b.md': '---\nlayout: l\n---\n*b* {{ page.layout }}\n',
    });
    expect(w.read('2021/10/01/a.html')).toBe('<p><em>a</em></p>\n[*b* {{ page.layout }}][<p><em>a</em></p>]');
    expect(w.read('2021/10/02/b.html')).toBe('<p><em>b</em> l</p>\n[<p><em>b</em> l</p>][<p><em>a</em></p>]');
    await w.save('_posts/2021-10-02-b.md', '---\nlayout: l\n---\n_b2_\n');
    expect(w.read('2021/10/01/a.html')).toBe('<p><em>a</em></p>\n[_b2_][<p><em>a</em></p>]');
    await w.save('_posts/2021-10-01-a.md', '---\nlayout: l\n---\n_a2_\n');
    expect(w.read('2021/10/02/b.html')).toBe('<p><em>b2</em></p>\n[<p><em>b2</em></p>][<p><em>a2</em></p>]');
    // A newer post added: the older ones read its source.
    await w.save('_posts/2021-10-03-c.md', '---\nlayout: l\n---\n*c*\n');
    expect(w.read('2021/10/02/b.html')).toBe('<p><em>b2</em></p>\n[*c*][<p><em>b2</em></p>][<p><em>a2</em></p>]');
  });

  it("with the watch cache, a layout that prints every page's content shows a post's new title listed by another page", async () => {
    // a-titles.html renders before index.html (Jekyll renders pages in order): index reads it
    // rendered, and its own source after it (`titles.html` would read as its source).
    const w = await watching({
      '_layouts/all.html': '{% for pg in site.pages %}[{{ pg.content }}]{% endfor %}',
      'index.html': '---\nlayout: all\n---\nhome',
      'a-titles.html': '---\n---\n{% for p in site.posts %}{{ p.title }};{% endfor %}',
      'z-titles.html': '---\n---\n{% for p in site.posts %}{{ p.title }}!{% endfor %}',
      '_posts/2021-09-01-a.md': '---\ntitle: A\n---\nA\n',
    });
    const later = '[{% for p in site.posts %}{{ p.title }}!{% endfor %}]';
    expect(w.read('index.html')).toBe(`[A;][home]${later}`);
    await w.save('_posts/2021-09-01-a.md', '---\ntitle: Retitled\n---\nA\n');
    expect(w.read('index.html')).toBe(`[Retitled;][home]${later}`);
  });

  it("with the watch cache, a Liquid page's layout reads its own page.content as written, and its content rendered, through edits", async () => {
    // Jekyll's page hash is made as the page's render begins: its `content` is the source's body.
    const w = await watching({
      '_config.yml': 'template_engine: liquid\n',
      '_layouts/l.html': '[{{ page.content }}] {{ page.content | number_of_words }}|{{ content }}',
      '_includes/n.html': 'one',
      'a.md': '---\nlayout: l\n---\n*a* {% include n.html %}\n',
    });
    expect(w.read('a.html')).toBe('[*a* {% include n.html %}\n] 5|<p><em>a</em> one</p>\n');
    await w.save('_includes/n.html', 'two');
    expect(w.read('a.html')).toBe('[*a* {% include n.html %}\n] 5|<p><em>a</em> two</p>\n');
    await w.save('a.md', '---\nlayout: l\n---\n*b* three words\n');
    expect(w.read('a.html')).toBe('[*b* three words\n] 3|<p><em>b</em> three words</p>\n');
  });

  it('with the watch cache, a page that prints the build time with the date filter ("now") shows each rebuild\'s time', async () => {
    const saved = process.env.SOURCE_DATE_EPOCH;
    try {
      process.env.SOURCE_DATE_EPOCH = '1700000000';
      const w = await watching({
        'built.html': '---\n---\n{{ "now" | date("%s") }}',
        '_posts/2021-10-01-a.md': '---\ntitle: A\n---\nA\n',
      });
      expect(w.read('built.html')).toBe('1700000000');
      process.env.SOURCE_DATE_EPOCH = '1800000000';
      await w.save('_posts/2021-10-01-a.md', '---\ntitle: A\n---\nA, edited\n');
      expect(w.read('built.html')).toBe('1800000000');
    } finally {
      if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = saved;
    }
  });

  it('with the watch cache and time: pinned, a page that prints "now" shows each rebuild\'s clock, site.time the pin', async () => {
    await atEpoch('1700000000', async (setEpoch) => {
      const w = await watching({
        '_config.yml': 'template_engine: liquid\ntime: 2000-01-01 00:00:00 +0000\n',
        'built.html': '---\n---\n{{ "now" | date: "%s" }} {{ site.time | date: "%s" }}',
        '_posts/2021-10-01-a.md': '---\ntitle: A\n---\nA\n',
      });
      expect(w.read('built.html')).toBe('1700000000 946684800');
      setEpoch('1800000000');
      await w.save('_posts/2021-10-01-a.md', '---\ntitle: A\n---\nA, edited\n');
      expect(w.read('built.html')).toBe('1800000000 946684800');
    });
  });

  it('with the watch cache, a page whose filters walk the posts (where, sort) shows a post that joins the category', async () => {
    const w = await watching({
      'news.html':
        '---\n---\n{% for p in site.posts | where("categories", "news") | sort("title") %}{{ p.title }};{% endfor %}',
      '_posts/2021-11-01-a.md': '---\ntitle: Zed\ncategories: news\n---\nA\n',
      '_posts/2021-11-02-b.md': '---\ntitle: Bee\n---\nB\n',
    });
    expect(w.read('news.html')).toBe('Zed;');
    await w.save('_posts/2021-11-02-b.md', '---\ntitle: Bee\ncategories: news\n---\nB\n');
    expect(w.read('news.html')).toBe('Bee;Zed;');
  });

  it('with the watch cache, {% seo %} names the author as _data/authors.yml says after an edit', async () => {
    const files = {
      '_config.yml': 'template_engine: liquid\nplugins: [jekyll-seo-tag]\ntitle: S\nurl: https://example.org\n',
      '_data/authors.yml': 'ann:\n  name: Ann Old\n',
      '_layouts/post.html': '<head>{% seo %}</head>{{ content }}\n',
      '_posts/2021-12-01-a.md': '---\ntitle: A\nlayout: post\nauthor: ann\n---\nA\n',
    };
    const w = await watching(files);
    const page = '2021/12/01/a.html';
    // As Jekyll writes it: the name _data/authors gives for the post's `author`.
    expect(w.read(page)).toContain('<meta name="author" content="Ann Old" />');
    await w.save('_data/authors.yml', 'ann:\n  name: Ann New\n');
    expect(w.read(page)).toContain('<meta name="author" content="Ann New" />');
    // As a clean build of the edited site writes it.
    const clean = tempDir();
    await buildSite(w.src, clean);
    expect(w.read(page)).toBe(readFileSync(join(clean, page), 'utf8'));
  });

  it('with the watch cache, a file saved again as it was builds nothing: the site stays as the last build made it, its time too', async () => {
    await atEpoch('1700000000', async (setEpoch) => {
      const w = await watching({
        'built.html': '---\n---\n{{ "now" | date("%s") }} {{ site.time | date("%s") }}',
        '_posts/2021-10-01-a.md': '---\ntitle: A\n---\nA\n',
      });
      expect(w.read('built.html')).toBe('1700000000 1700000000');
      setEpoch('1800000000');
      const again = await w.save('_posts/2021-10-01-a.md', '---\ntitle: A\n---\nA\n');
      expect([again.report.written, again.report.unchanged, again.report.removed]).toEqual([0, 2, 0]);
      expect(w.read('built.html')).toBe('1700000000 1700000000');
      // A change is built at the time it is built.
      await w.save('_posts/2021-10-01-a.md', '---\ntitle: A\n---\nA, edited\n');
      expect(w.read('built.html')).toBe('1800000000 1800000000');
    });
  });

  it('with the watch cache, a post dated after the last build is published by a save made after its date, even of an unchanged file', async () => {
    await atEpoch('1700000000', async (setEpoch) => {
      const w = await watching({
        'index.html': '---\n---\n{% for p in site.posts %}{{ p.title }};{% endfor %}',
        '_posts/2021-10-01-a.md': '---\ntitle: A\n---\nA\n',
        '_posts/2025-01-01-later.md': '---\ntitle: Later\n---\nLater\n',
      });
      expect(w.read('index.html')).toBe('A;');
      setEpoch('1800000000');
      const again = await w.save('_posts/2021-10-01-a.md', '---\ntitle: A\n---\nA\n');
      expect(again.report.writtenPaths).toEqual(['2025/01/01/later.html', 'index.html']);
      expect(w.read('index.html')).toBe('Later;A;');
    });
  });

  it('with the watch cache, a static file saved again as it was is built again (its modified_time is new)', async () => {
    const w = await watching({
      'files.html':
        '---\n---\n{% for f in site.static_files %}{{ f.path }} {{ f.modified_time | date("%s") }};{% endfor %}',
      'notes.txt': 'notes\n',
    });
    utimesSync(join(w.src, 'notes.txt'), 1600000000, 1600000000);
    await w.save('notes.txt', 'notes\n', false);
    expect(w.read('files.html')).toBe('/notes.txt 1600000000;');
    utimesSync(join(w.src, 'notes.txt'), 1650000000, 1650000000);
    await w.save('notes.txt', 'notes\n', false);
    expect(w.read('files.html')).toBe('/notes.txt 1650000000;');
  });

  it('with the watch cache, an unchanged file saved after the destination was emptied by hand writes the site again', async () => {
    const w = await watching({ '_posts/2021-10-01-a.md': '---\ntitle: A\n---\nA\n', 'about.md': '---\n---\nAbout\n' });
    rmSync(w.dest, { recursive: true });
    const again = await w.save('about.md', '---\n---\nAbout\n');
    expect(again.report.writtenPaths).toEqual(['2021/10/01/a.html', 'about.html']);
  });
});

/** Runs `fn` with SOURCE_DATE_EPOCH set to `epoch` (it may set another), restoring it after. */
async function atEpoch(epoch: string, fn: (set: (epoch: string) => void) => Promise<void>): Promise<void> {
  const saved = process.env.SOURCE_DATE_EPOCH;
  process.env.SOURCE_DATE_EPOCH = epoch;
  try {
    await fn((e) => {
      process.env.SOURCE_DATE_EPOCH = e;
    });
  } finally {
    if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = saved;
  }
}

/** A site built with the watch cache; `save` writes a source file and rebuilds, as kiln watch does. */
async function watching(files: Record<string, string>) {
  const src = siteFromFiles(files);
  const dest = tempDir();
  const cache = createBuildCache();
  const log = createLog(true);
  await build({ source: src, destination: dest }, log, cache);
  return {
    src,
    dest,
    /** Writes the file (unless `write` is false: touched by hand) and rebuilds. */
    save(path: string, text: string, write = true) {
      if (write) writeFileSync(join(src, path), text);
      cache.dirty.add(path);
      return build({ source: src, destination: dest }, log, cache);
    },
    read: (path: string) => readFileSync(join(dest, path), 'utf8'),
    /** Expects the destination to hold what a clean build of the source makes (the manifest aside). */
    async sameAsClean() {
      const clean = tempDir();
      await build({ source: src, destination: clean }, createLog(true));
      const [built, expected] = [readTree(dest), readTree(clean)];
      for (const tree of [built, expected]) tree.delete('.kiln-manifest.json');
      expect(built).toEqual(expected);
    },
    /** Ends the watch's hold on the destination. */
    release: () => cache.manifest.lock?.release(),
  };
}
