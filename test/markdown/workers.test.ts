import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as LoadConfig from '../../src/config/load-config.js';
import type * as BuildSite from '../../src/model/build-site.js';
import type * as Kept from '../../src/render/kept.js';
import type * as Ahead from '../../src/render/markdown/ahead.js';
import type * as Pool from '../../src/render/markdown/pool.js';
import type * as Renderer from '../../src/render/markdown/renderer.js';
import type * as RenderSite from '../../src/render/render-site.js';
import type { OutputFile } from '../../src/render/types.js';
import type * as FrontMatter from '../../src/source/front-matter.js';
import type * as ReadSource from '../../src/source/read-source.js';
import { tempDir } from '../helpers/tree.js';
import { readCorpus } from '../markdown-oracle/corpus.js';
import { FIXED_FILE, type FixedExpected } from '../markdown-oracle/fixed-seed.js';
import { kilnOptions } from '../markdown-oracle/normalize.js';

// Worker threads run the compiled worker (dist/, built by `npm install`), so the compiled modules are used here.
const DIST = join(import.meta.dirname, '..', '..', 'dist', 'render', 'markdown');
const dist = (path: string) => import(join(DIST, '..', '..', path));

async function load() {
  const { MarkdownPool } = (await import(join(DIST, 'pool.js'))) as typeof Pool;
  const { createMarkdown } = (await import(join(DIST, 'renderer.js'))) as typeof Renderer;
  return { MarkdownPool, createMarkdown };
}

describe('Markdown in worker threads', () => {
  it('gives the same HTML, in the same order, as in-process rendering, rendered ahead or when asked', async () => {
    const { MarkdownPool, createMarkdown } = await load();
    const fixed = JSON.parse(readFileSync(FIXED_FILE, 'utf8')) as FixedExpected;
    const sources = [...readCorpus().map((c) => c.src), ...fixed.documents.map((d) => d.src)];
    // Kramdown 1 with nothing rendered ahead; kramdown 2 with half, then all.
    for (const [mode, aheads] of [
      [1, [0]],
      [2, [Math.floor(sources.length / 2), sources.length]],
    ] as const) {
      const options = kilnOptions(mode);
      const local = createMarkdown(options);
      const inProcess = sources.map((s) => local.render(s).html);
      for (const ahead of aheads) {
        const pool = new MarkdownPool(options, 2);
        try {
          const early = sources.slice(0, ahead).map((s) => pool.ahead(s));
          const tickets = [...early, ...sources.slice(ahead).map((s) => pool.ahead(s))];
          expect((await pool.render(tickets, local)).map(String)).toEqual(inProcess);
        } finally {
          await pool.close();
        }
      }
    }
  });

  it('gives the same HTML for sources in ASCII, in other UTF-8, and with a surrogate on its own', async () => {
    const { MarkdownPool, createMarkdown } = await load();
    const sources = [
      '# Plain\n\nASCII "quotes" -- and *emphasis*.\n',
      '# Café\n\n“Curly” quotes, é, ß and 😀 in a paragraph.\n',
      'A lone \uD800 high and \uDC00 low surrogate, and a pair 😀.\n',
      '',
      '* one\n* ünïcode\n',
    ];
    const options = kilnOptions(2);
    const local = createMarkdown(options);
    const inProcess = sources.map((s) => Buffer.from(local.render(s).html).toString());
    const pool = new MarkdownPool(options, 1);
    try {
      const tickets = sources.map((s) => pool.ahead(s));
      expect((await pool.render(tickets, local)).map(String)).toEqual(inProcess);
    } finally {
      await pool.close();
    }
  });

  it('reports how many sources from the first on are done', async () => {
    const { MarkdownPool, createMarkdown } = await load();
    const sources = readCorpus().map((c) => c.src);
    const options = kilnOptions(2);
    const pool = new MarkdownPool(options, 1);
    try {
      const counts: number[] = [];
      const tickets = sources.map((s) => pool.ahead(s));
      const html = await pool.render(tickets, createMarkdown(options), (n) => counts.push(n));
      expect(html).toHaveLength(sources.length);
      // Rising, ending at every source.
      expect(counts.at(-1)).toBe(sources.length);
      expect(counts.every((n, k) => k === 0 || n > counts[k - 1]!)).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('renders on this thread what a stopped worker held or was to be sent', async () => {
    const { MarkdownPool, createMarkdown } = await load();
    const sources = readCorpus().map((c) => c.src);
    const options = kilnOptions(2);
    const local = createMarkdown(options);
    const pool = new MarkdownPool(options, 1);
    const tickets = sources.map((s) => pool.ahead(s));
    await pool.close();
    expect((await pool.render(tickets, local)).map(String)).toEqual(sources.map((s) => local.render(s).html));
  });

  it('with kept HTML, renders only what is not kept, and keeps what it renders, on any thread', async () => {
    const { MarkdownPool, createMarkdown } = await load();
    const { KeptRenders, keptRenderer } = (await import(join(DIST, '..', 'kept.js'))) as typeof Kept;
    const sources = readCorpus().map((c) => c.src);
    const options = kilnOptions(2);
    const plain = createMarkdown(options);
    const expected = sources.map((s) => plain.render(s).html);
    const store = { dir: tempDir('kept-pool'), program: 'test' };
    // The first source is kept with HTML no renderer would make: the pool hands it out as it is.
    const first = KeptRenders.open(store, '/site', options);
    first.put(first.key(sources[0]!), Buffer.from('kept'));
    await first.save();
    const kept = KeptRenders.open(store, '/site', options);
    const pool = new MarkdownPool(options, 1, kept);
    try {
      // This thread's renderer answers from the same kept HTML; the pool renders with its plain one.
      const html = await pool.render(
        sources.map((s) => pool.ahead(s)),
        keptRenderer(plain, kept),
      );
      expect(html.map(String)).toEqual(['kept', ...expected.slice(1)]);
    } finally {
      await pool.close();
    }
    await kept.save();
    // What the pool rendered, on the worker or here, is kept for the next build.
    const next = KeptRenders.open(store, '/site', options);
    expect(sources.map((s) => next.get(next.key(s))?.toString())).toEqual(['kept', ...expected.slice(1)]);
  });

  it('with kept HTML and a start that waits for work, starts workers only once enough is not kept', async () => {
    const { MarkdownPool, createMarkdown } = await load();
    const { KeptRenders } = (await import(join(DIST, '..', 'kept.js'))) as typeof Kept;
    const corpus = readCorpus().map((c) => c.src);
    // 200 distinct sources: the first half kept by an earlier build.
    const sources = Array.from({ length: 200 }, (_, i) => `${corpus[i % corpus.length]}\n\nSource ${i}.\n`);
    const options = kilnOptions(2);
    const plain = createMarkdown(options);
    const expected = sources.map((s) => plain.render(s).html);
    const store = { dir: tempDir('kept-start'), program: 'test' };
    const earlier = KeptRenders.open(store, '/site', options);
    for (const s of sources.slice(0, 100)) earlier.put(earlier.key(s), Buffer.from(plain.render(s).html));
    await earlier.save();
    // 100 posts, all kept: no worker. 200 posts whose second half is not kept, 80 wanted: workers
    // once the projection of those given reaches it, (n - 100) not kept of n given, times 200 / n:
    // at the 167th (79.6 at the 166th).
    for (const [given, min, startsAt] of [
      [100, 80, -1],
      [200, 80, 167],
    ] as const) {
      const kept = KeptRenders.open(store, '/site', options);
      const pool = new MarkdownPool(options, 1, kept, { posts: given, min });
      try {
        const tickets: number[] = [];
        let started = -1;
        for (const s of sources.slice(0, given)) {
          tickets.push(pool.ahead(s));
          if (started < 0 && pool.parallel) started = tickets.length;
        }
        expect(started).toBe(startsAt);
        expect((await pool.render(tickets, plain)).map(String)).toEqual(expected.slice(0, given));
      } finally {
        await pool.close();
      }
    }
  });

  it('finds a source queued for its owner again when asked for that very text', async () => {
    const { MarkdownPool, createMarkdown } = await load();
    const options = kilnOptions(2);
    const pool = new MarkdownPool(options, 1);
    try {
      const owner = {};
      const early = pool.ahead('*a*', owner);
      // Another text for the same owner (its body changed) is a source of its own.
      const other = pool.ticket(owner, '*b*');
      expect(other).not.toBe(early);
      expect(pool.ticket(owner, '*a*')).toBe(early);
      const html = await pool.render([early, other], createMarkdown(options));
      expect(html.map(String)).toEqual(['<p><em>a</em></p>\n', '<p><em>b</em></p>\n']);
    } finally {
      await pool.close();
    }
  });
});

describe('a site whose Markdown was rendered ahead by workers', () => {
  it('renders every output as without them', async () => {
    const { loadConfig } = (await dist('config/load-config.js')) as typeof LoadConfig;
    const { readSource } = (await dist('source/read-source.js')) as typeof ReadSource;
    const { parseFrontMatter } = (await dist('source/front-matter.js')) as typeof FrontMatter;
    const { buildSite } = (await dist('model/build-site.js')) as typeof BuildSite;
    const { renderSite } = (await dist('render/render-site.js')) as typeof RenderSite;
    const { aheadOf } = (await dist('render/markdown/ahead.js')) as typeof Ahead;
    const { MarkdownPool } = (await import(join(DIST, 'pool.js'))) as typeof Pool;
    // Bodies with and without tags, separators of the site's and the post's own, excerpts given
    // in front matter, a separator inside a tag block, an HTML post and a draft.
    const source = tempDir('pool-site');
    const write = (path: string, text: string) => {
      mkdirSync(join(source, path, '..'), { recursive: true });
      writeFileSync(join(source, path), text);
    };
    write('_config.yml', 'title: Pool\nexcerpt_separator: "<!--more-->"\n');
    write('_layouts/post.html', '<h1>{{ page.title }}</h1>{{ content }}<p>{{ page.excerpt }}</p>');
    write('index.html', '---\n---\n{% for p in site.posts %}{{ p.excerpt }}|{% endfor %}');
    const bodies = [
      'Plain *text* -- "quoted".\n\n<!--more-->\n\nMore [link][a].\n\n[a]: /x',
      'No separator, `code`.\n\n```ruby\nputs 1\n```\n',
      'Uses {{ site.title }} before.\n\n<!--more-->\n\nAfter.',
      'Plain first.\n\n<!--more-->\n\n{% if true %}tag after{% endif %}',
      '{% if true %}\nInside\n\n<!--more-->\n\nstill{% endif %}',
      '# Head\n\n* a\n* b\n\n---\n\nrest',
    ];
    bodies.forEach((body, i) => {
      const day = String(i + 1).padStart(2, '0');
      const matter = ['layout: post', `title: Post ${i}`];
      if (i === 1) matter.push('excerpt: Given.');
      if (i === 5) matter.push('excerpt_separator: "---"');
      write(`_posts/2024-01-${day}-p${i}.md`, `---\n${matter.join('\n')}\n---\n${body}\n`);
    });
    write(
      '_posts/2024-02-01-html.html',
      '---\nlayout: post\ntitle: H\n---\n<p>*not markdown*</p>\n<!--more-->\nrest\n',
    );
    write('_drafts/draft.md', '---\nlayout: post\ntitle: D\n---\nA *draft*.\n');
    const bytesOf = (outputs: OutputFile[]) =>
      outputs.map((o) => [o.path, typeof o.bytes === 'function' ? o.bytes().join('') : o.bytes.toString()]);
    for (const drafts of [false, true]) {
      const config = loadConfig(
        { source, destination: tempDir('pool-out'), drafts },
        { SOURCE_DATE_EPOCH: '1893456000' },
      );
      const files = readSource(config);
      const parsed = () =>
        files
          .filter((f) => f.kind !== 'static' && f.kind !== 'include' && f.kind !== 'data' && f.kind !== 'plugin')
          .map((f) => parseFrontMatter(f, config.templateEngine === 'liquid'));
      const site = (docs: ReturnType<typeof parsed>) => buildSite(config, docs, files);
      const without = bytesOf(await renderSite(site(parsed())));
      const pool = new MarkdownPool(config.markdown, 1);
      try {
        const all = parsed();
        const docs = all.filter((d) => d.file.kind === 'post' || d.file.kind === 'draft');
        // Bodies without tags are known before templates run: a draft only when drafts are built; no HTML post.
        expect(docs.map((d) => aheadOf(d, config).length)).toEqual([drafts ? 1 : 0, 1, 1, 0, 0, 0, 1, 0]);
        for (const doc of docs) for (const s of aheadOf(doc, config)) pool.ahead(s, doc);
        const built = site(all);
        expect(bytesOf(await renderSite(built, undefined, undefined, undefined, pool))).toEqual(without);
      } finally {
        await pool.close();
      }
    }
  });
});

describe('a build with posts enough for workers (started as the source is listed)', () => {
  // Each post's page is its body's HTML alone; some bodies have tags (rendered later, on this
  // thread's demand), one post's front matter is broken in the second build.
  const POSTS = 2100;
  const writeSite = (source: string, broken: boolean) => {
    const corpus = readCorpus()
      .map((c) => c.src)
      // (A body's blank lines before its first are the front matter's, as in Jekyll.)
      .filter((s) => !/[{][{%]|[%}][}]/.test(s) && !/^[ \t]*\r?\n/.test(s));
    mkdirSync(join(source, '_posts'), { recursive: true });
    mkdirSync(join(source, '_layouts'));
    writeFileSync(join(source, '_config.yml'), 'title: Many\n');
    writeFileSync(join(source, '_layouts', 'bare.html'), '{{ content }}');
    const bodies: string[] = [];
    for (let i = 0; i < POSTS; i++) {
      const body = i % 7 === 3 ? `Post **{{ page.title }}**, ${i}.\n` : corpus[i % corpus.length]!;
      bodies.push(body);
      const matter = i === 1234 && broken ? 'title: [unclosed' : `title: T${i}`;
      const day = `2020-01-01-p${String(i).padStart(4, '0')}`;
      writeFileSync(
        join(source, '_posts', `${day}.md`),
        `---\n${matter}\nlayout: bare\npermalink: /p/${i}.html\n---\n${body}`,
      );
    }
    return bodies;
  };

  it('writes each post as this thread renders its body, and reports a broken front matter as a small site does', async () => {
    const { loadConfig } = (await dist('config/load-config.js')) as typeof LoadConfig;
    const { build } = (await dist('build.js')) as typeof import('../../src/build.js');
    const { createLog } = (await dist('shared/log.js')) as typeof import('../../src/shared/log.js');
    const { createMarkdown } = (await import(join(DIST, 'renderer.js'))) as typeof Renderer;
    const source = tempDir('many-src');
    const bodies = writeSite(source, false);
    const destination = tempDir('many-out');
    await build({ source, destination }, createLog(true));
    const local = createMarkdown(loadConfig({ source, destination }).markdown);
    bodies.forEach((body, i) => {
      const expected = local.render(body.replace('{{ page.title }}', `T${i}`)).html;
      expect(readFileSync(join(destination, 'p', `${i}.html`), 'utf8'), `post ${i}`).toBe(expected);
    });
    // The same broken post alone: the same error.
    const errorOf = (src: string) =>
      build({ source: src, destination: tempDir('many-broken-out') }, createLog(true)).then(
        () => null,
        (e: { format(): string }) => e.format(),
      );
    const broken = tempDir('many-broken');
    writeSite(broken, true);
    const alone = tempDir('one-broken');
    mkdirSync(join(alone, '_posts'));
    const name = join('_posts', '2020-01-01-p1234.md');
    writeFileSync(join(alone, name), readFileSync(join(broken, name)));
    const error = await errorOf(broken);
    expect(error).toMatch(/^_posts\/2020-01-01-p1234\.md:\d+: /);
    expect(error).toBe(await errorOf(alone));
  }, 120_000);
});
