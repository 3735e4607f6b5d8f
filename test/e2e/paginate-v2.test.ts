import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build as buildWith } from '../../src/build.js';
import { createBuildCache } from '../../src/build-cache.js';
import { createLog } from '../../src/shared/log.js';
import { runKiln } from '../helpers/run.js';
import { readTree, siteFromFiles, tempDir } from '../helpers/tree.js';

// jekyll-paginate-v2 where the fixtures (test/fixtures-plugins/paginate-v2*) do not go: what
// the plugin fails on, what Jekyll warns about, the plugin not listed, a Nunjucks site.

const CONFIG = 'template_engine: liquid\nplugins: [jekyll-paginate-v2]\npagination:\n  enabled: true\n';
const post = (front: string) => `---\n${front}---\nBody.\n`;

async function build(files: Record<string, string>) {
  const src = siteFromFiles(files);
  const dest = tempDir('paginate-v2-out');
  const r = await runKiln(['build', '--source', src, '--destination', dest, '--quiet']);
  return { ...r, dest, read: (path: string) => readFileSync(join(dest, path), 'utf8') };
}

describe('jekyll-paginate-v2: what the plugin fails on is an error at its line', () => {
  it("a page's own setting it cannot use: the page's file, at the nested key's line", async () => {
    const r = await build({
      '_config.yml': CONFIG,
      'index.html': '---\ntitle: Home\npagination:\n  enabled: true\n  trail:\n    before: many\n---\n',
    });
    expect(r.stderr).toBe(
      'index.html:6: pagination.trail.before must be a whole number, not "many"\nbuild failed; nothing was written\n',
    );
    expect(r.code).toBe(1);
  });

  it('sort values Ruby cannot compare (Jekyll: "comparison of Jekyll::Document with Jekyll::Document failed")', async () => {
    const r = await build({
      '_config.yml': CONFIG,
      '_posts/2020-01-01-a.md': post('rank: 1\n'),
      '_posts/2020-01-02-b.md': post('rank: two\n'),
      'index.html': '---\npagination:\n  enabled: true\n  sort_field: rank\n---\n',
    });
    expect(r.stderr).toMatch(
      /^index\.html:4: pagination\.sort_field "rank": ("two" of _posts\/2020-01-02-b\.md and 1 of _posts\/2020-01-01-a\.md|1 of _posts\/2020-01-01-a\.md and "two" of _posts\/2020-01-02-b\.md) cannot be compared, which jekyll-paginate-v2 fails on\n/,
    );
    expect(r.code).toBe(1);
  });

  it('a nested sort field through a value that is no mapping', async () => {
    const r = await build({
      '_config.yml': CONFIG,
      '_posts/2020-01-01-a.md': post('book: { rank: 1 }\n'),
      '_posts/2020-01-02-b.md': post('book: Dune\n'),
      'index.html': '---\npagination:\n  enabled: true\n  sort_field: "book:rank"\n---\n',
    });
    expect(r.stderr).toBe(
      'index.html:4: pagination.sort_field "book:rank": in _posts/2020-01-02-b.md, "Dune" is no mapping to find rank in, which jekyll-paginate-v2 fails on\nbuild failed; nothing was written\n',
    );
  });

  it("a document's locale that is neither a text nor a list, whether or not a page filters by it", async () => {
    const r = await build({
      '_config.yml': CONFIG,
      '_posts/2020-01-01-a.md': post('title: A\nlocale: 5\n'),
      'index.html': '---\npagination:\n  enabled: true\n---\n',
    });
    expect(r.stderr).toBe(
      '_posts/2020-01-01-a.md:3: locale must be a text or a list, not 5 (jekyll-paginate-v2 fails on it)\nbuild failed; nothing was written\n',
    );
  });
});

describe('jekyll-paginate-v2: what Jekyll builds anyway', () => {
  it('pagination enabled without a page to paginate: a warning naming _config.yml, as Jekyll warns', async () => {
    const r = await build({ '_config.yml': CONFIG, 'index.html': '---\n---\n{{ paginator | inspect }}\n' });
    expect(r.stderr).toBe(
      '_config.yml: warning: jekyll-paginate-v2: pagination is enabled, but no page has pagination: { enabled: true } in its front matter: nothing is paginated, as in Jekyll\n',
    );
    expect(r.code).toBe(0);
    expect(r.read('index.html')).toBe('nil\n');
  });

  it('pages at one URL (a permalink without :num): the last is written, with a warning', async () => {
    const r = await build({
      '_config.yml': CONFIG,
      '_posts/2020-01-01-a.md': post('title: A\n'),
      '_posts/2020-01-02-b.md': post('title: B\n'),
      '_posts/2020-01-03-c.md': post('title: C\n'),
      'index.html':
        '---\npagination:\n  enabled: true\n  per_page: 1\n  permalink: /same/\n---\n{{ paginator.page }}: {{ paginator.posts[0].title }}\n',
    });
    expect(r.stderr).toBe(
      '_config.yml: warning: 2 outputs claim same/index.html: page 2 of index.html, page 3 of index.html: as in Jekyll, the last one is written: page 3 of index.html\n',
    );
    // The first page is the template's folder's index; the plugin lists posts oldest first.
    expect(r.read('index.html')).toBe('1: A\n');
    expect(r.read('same/index.html')).toBe('3: C\n');
  });

  it('without the plugin listed, `pagination:` is only data: the page is one page, with no paginator', async () => {
    const r = await build({
      '_config.yml': 'template_engine: liquid\npagination:\n  enabled: true\n',
      '_posts/2020-01-01-a.md': post('title: A\n'),
      'index.html': '---\npagination:\n  enabled: true\n---\n{{ paginator | inspect }} {{ page.pagination.enabled }}\n',
    });
    expect(r.stderr).toBe('');
    expect([...readTree(r.dest).keys()].filter((p) => !p.startsWith('.'))).toEqual(['2020/01/01/a.html', 'index.html']);
    expect(r.read('index.html')).toBe('nil true\n');
  });

  it('jekyll-default-layout loaded after it sees its pages, not the templates: only those named .md get a layout', async () => {
    // The fixture paginate-v2-default-layout loads it first; this is what Jekyll built with it last.
    const r = await build({
      '_config.yml': CONFIG.replace('[jekyll-paginate-v2]', '[jekyll-paginate-v2, jekyll-default-layout]'),
      '_layouts/home.html': '<home>{{ content }}</home>\n',
      '_layouts/page.html': '<page>{{ content }}</page>\n',
      '_posts/2020-01-01-a.md': post('title: A\n'),
      '_posts/2020-01-02-b.md': post('title: B\n'),
      'index.md': '---\npagination:\n  enabled: true\n  per_page: 1\n---\n*{{ paginator.page }}*\n',
      'notes/notes.md':
        '---\npagination:\n  enabled: true\n  per_page: 1\n  indexpage: index\n  extension: md\n---\n*{{ paginator.page }}*\n',
    });
    expect(r.stderr).toBe('');
    expect(r.read('index.html')).toBe('*1*\n');
    expect(r.read('page2/index.html')).toBe('*2*\n');
    expect(r.read('notes/index.md.html')).toBe('<page><p><em>1</em></p>\n</page>\n');
    expect(r.read('notes/page2/index.md.html')).toBe('<page><p><em>2</em></p>\n</page>\n');
  });

  it("in a Nunjucks site (kiln's default engine) the paginator is the same object", async () => {
    const r = await build({
      '_config.yml': 'plugins: [jekyll-paginate-v2]\npagination:\n  enabled: true\n  per_page: 1\n',
      '_posts/2020-01-01-a.md': post('title: A\n'),
      '_posts/2020-01-02-b.md': post('title: B\n'),
      'index.html':
        '---\npagination:\n  enabled: true\n---\n{{ paginator.page }}/{{ paginator.total_pages }} {{ paginator.posts[0].title }} {{ paginator.next_page_path }}{{ paginator.previous_page_path }}\n',
    });
    expect(r.stderr).toBe('');
    expect(r.read('index.html')).toBe('1/2 A /page2/\n');
    expect(r.read('page2/index.html')).toBe('2/2 B /\n');
  });
});

describe('jekyll-paginate-v2 in watch', () => {
  it('each rebuild with the watch cache equals a clean build: documents edited, added and removed', async () => {
    const src = siteFromFiles({
      '_config.yml': `${CONFIG}  per_page: 2\n  sort_reverse: true\ncollections:\n  recipes: { output: true }\n`,
      '_layouts/list.html':
        '{% for p in paginator.posts %}{{ p.title }} {{ p.url }};{% endfor %} {{ paginator.next_page_path }}\n',
      '_posts/2021-01-01-a.md': post('title: A\n'),
      '_posts/2021-01-02-b.md': post('title: B\n'),
      '_recipes/soup.md': post('title: Soup\ndate: 2021-01-05\n'),
      'index.html': '---\nlayout: list\npagination:\n  enabled: true\n  collection: posts, recipes\n---\n',
      'tags.html': '---\nlayout: list\npermalink: /tags/\npagination:\n  enabled: true\n  tag: red\n---\n',
    });
    const dest = tempDir('paginate-v2-watch');
    const cache = createBuildCache();
    const log = createLog(true);
    const rebuild = async (path: string, text: string | null) => {
      if (text === null) rmSync(join(src, path));
      else writeFileSync(join(src, path), text);
      cache.dirty.add(path);
      await buildWith({ source: src, destination: dest }, log, cache);
      const clean = tempDir('paginate-v2-clean');
      await buildWith({ source: src, destination: clean }, log);
      const tree = (dir: string) => new Map([...readTree(dir)].filter(([p]) => !p.startsWith('.')));
      expect(tree(dest)).toEqual(tree(clean));
      return readFileSync(join(dest, 'index.html'), 'utf8');
    };
    await buildWith({ source: src, destination: dest }, log, cache);
    expect(readFileSync(join(dest, 'index.html'), 'utf8')).toBe(
      'Soup /recipes/soup.html;B /2021/01/02/b.html; /page2/\n',
    );
    expect(await rebuild('_recipes/soup.md', post('title: Stew\ndate: 2021-01-05\n'))).toBe(
      'Stew /recipes/soup.html;B /2021/01/02/b.html; /page2/\n',
    );
    expect(await rebuild('_posts/2021-02-01-c.md', post('title: C\ntags: [Red]\n'))).toBe(
      'C /2021/02/01/c.html;Stew /recipes/soup.html; /page2/\n',
    );
    expect(readFileSync(join(dest, 'tags/index.html'), 'utf8')).toBe('C /2021/02/01/c.html; \n');
    expect(await rebuild('_posts/2021-01-01-a.md', null)).toBe(
      'C /2021/02/01/c.html;Stew /recipes/soup.html; /page2/\n',
    );
    expect(await rebuild('_posts/2021-01-02-b.md', null)).toBe('C /2021/02/01/c.html;Stew /recipes/soup.html; \n');
    expect(existsSync(join(dest, 'page2/index.html'))).toBe(false);
  });
});

describe('jekyll-paginate-v2 autopages where the fixture does not go', () => {
  const AUTO = `${CONFIG}autopages:\n  enabled: true\n  categories:\n    enabled: false\n  collections:\n    enabled: false\n`;

  it('a layout that does not exist: one warning, and its pages written empty, as Jekyll writes them', async () => {
    const r = await build({
      '_config.yml': AUTO,
      '_posts/2020-01-01-a.md': post('tags: [x, y]\n'),
    });
    expect(r.stderr).toBe(
      '_config.yml: warning: jekyll-paginate-v2: the autopage layout _layouts/autopage_tags.html does not exist: its pages are written empty, as Jekyll writes them\n',
    );
    expect([r.read('tag/x/index.html'), r.read('tag/y/index.html')]).toEqual(['', '']);
  });

  it('without pagination enabled (for the site, or in the layout) kiln makes no autopage, and says so', async () => {
    const r = await build({
      '_config.yml': AUTO.replace('  enabled: true\n', '  enabled: false\n'),
      '_layouts/autopage_tags.html': '---\n---\n{{ page.title }}\n',
      '_posts/2020-01-01-a.md': post('tags: [x]\n'),
    });
    expect(r.stderr).toBe(
      '_layouts/autopage_tags.html: warning: jekyll-paginate-v2: the tags autopages of _layouts/autopage_tags.html are not paginated (pagination is not enabled for them): kiln does not make them (Jekyll writes each with the content of the page it rendered before)\n',
    );
    expect([...readTree(r.dest).keys()].filter((p) => !p.startsWith('.'))).toEqual(['2020/01/01/a.html']);
  });

  it("a layout's pagination: or autopages: that is no mapping is an error at its line", async () => {
    const r = await build({
      '_config.yml': AUTO,
      '_layouts/autopage_tags.html': '---\ntitle: x\npagination: 5\n---\n{{ page.title }}\n',
      '_posts/2020-01-01-a.md': post('tags: [x]\n'),
    });
    expect(r.stderr).toBe(
      "_layouts/autopage_tags.html:3: pagination must be a mapping (jekyll-paginate-v2 merges it over the site's)\nbuild failed; nothing was written\n",
    );
    expect(r.code).toBe(1);
  });
});
