import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { createLog } from '../../src/shared/log.js';
import { buildSite, withFixedTime } from '../helpers/run.js';
import { readTree, siteFromFiles, tempDir } from '../helpers/tree.js';
import { expectRebuildsEqualCleanBuilds } from '../helpers/watch-edits.js';

// GitHub Pages' Markdown plugins (the fixture sites test/fixtures-plugins/{optional-front-matter,
// titles-from-headings,default-layout,readme-index,github-pages} hold what Jekyll wrote); here,
// what those sites do not show.
const PLUGINS =
  'plugins: [jekyll-optional-front-matter, jekyll-readme-index, jekyll-default-layout, jekyll-titles-from-headings]\n';

const SITE = {
  '_config.yml': `${PLUGINS}template_engine: liquid\n`,
  '_layouts/default.html':
    '<title>{{ page.title }}</title>\n<nav>{% for p in site.pages %}{{ p.url }}={{ p.title }};{% endfor %}</nav>\n{{ content }}',
  '_layouts/page.html': '---\nlayout: default\n---\n<article>{{ content }}</article>\n',
  'README.md': '# Home\n\nThe README is the home page.\n',
  'about.md': '# About\n\nNo front matter.\n',
  'docs/README.md': 'Docs\n====\n\nThe docs.\n',
  'docs/guide.md': '---\nstrip_title: true\n---\n## Guide\n\nStripped.\n',
};

describe("GitHub Pages' Markdown plugins", () => {
  it('with the watch cache, every rebuild equals a clean build as pages come, go, move and change title', async () => {
    const src = siteFromFiles(SITE);
    const edits: Array<[string, string | null]> = [
      // A heading edited: its title in every page's navigation.
      ['about.md', '# About us\n\nEdited.\n'],
      // Front matter added: a page of the site's own, still titled by its heading.
      ['about.md', '---\nlayout: default\n---\n# About us\n\nWith front matter.\n'],
      // An index beside a README: the README is a file again.
      ['docs/index.md', '---\ntitle: Docs index\n---\nThe index.\n'],
      ['docs/index.md', null],
      // The `page` layout gone: Markdown pages fall back to `default`.
      ['_layouts/page.html', null],
      // A README's text without a heading: no title.
      ['docs/README.md', 'Only text.\n'],
      // A file the plugins leave: a LICENSE, copied.
      ['LICENSE.md', 'MIT\n'],
    ];
    const dest = await expectRebuildsEqualCleanBuilds(src, edits);
    expect(readFileSync(join(dest, 'index.html'), 'utf8')).toBe(
      '<title>Home</title>\n<nav>/about.html=About us;/docs/guide.html=Guide;/=Home;/docs/=;</nav>\n<h1 id="home">Home</h1>\n\n<p>The README is the home page.</p>\n',
    );
  });

  it('work the same in a Nunjucks site: pages, titles and layouts are the model, not the template language', async () => {
    const out: string[] = [];
    for (const engine of ['liquid', 'nunjucks']) {
      const src = siteFromFiles({ ...SITE, '_config.yml': `${PLUGINS}template_engine: ${engine}\n` });
      const dest = tempDir(`ghpages-${engine}`);
      expect((await buildSite(src, dest)).errors).toEqual([]);
      out.push(
        ['index.html', 'about.html', 'docs/index.html', 'docs/guide.html']
          .map((p) => readFileSync(join(dest, p), 'utf8'))
          .join('\n'),
      );
    }
    expect(out[1]).toBe(out[0]);
    expect(out[0]).toContain('<title>Guide</title>');
    expect(out[0]).toContain('<article><p>Stripped.</p>\n</article>');
  });

  it('a Markdown file without front matter takes the URL of a page of the same name, as Jekyll writes it last, and is warned about', async () => {
    const src = siteFromFiles({
      '_config.yml': 'plugins: [jekyll-optional-front-matter]\n',
      'same.md': 'From Markdown.\n',
      'same.html': '---\n---\nFrom HTML.\n',
    });
    const dest = tempDir('ghpages-same');
    let warned = '';
    const log = createLog(true, (t) => {
      warned += t;
    });
    await withFixedTime(() => build({ source: src, destination: dest }, log));
    expect(readFileSync(join(dest, 'same.html'), 'utf8')).toBe('<p>From Markdown.</p>\n');
    expect(warned).toContain('same.md: warning: 2 files claim same.html: same.html, same.md');
  });

  it('a Markdown file without front matter that is no UTF-8 is an error naming it once it is a page, and copied as it is otherwise', async () => {
    const files = { 'index.html': '---\n---\nhi\n' };
    const bad = Buffer.from([0x6f, 0x6b, 0x0a, 0xff, 0x0a]);
    const src = siteFromFiles({ ...files, '_config.yml': 'plugins: [jekyll-optional-front-matter]\n' });
    writeFileSync(join(src, 'latin1.md'), bad);
    expect((await buildSite(src, tempDir('ghpages-utf8'))).errors).toEqual([
      'latin1.md:2: invalid UTF-8 (bytes FF 0A); save the file as UTF-8',
    ]);
    writeFileSync(join(src, '_config.yml'), 'plugins: []\n');
    const dest = tempDir('ghpages-copied');
    expect((await buildSite(src, dest)).errors).toEqual([]);
    expect(readFileSync(join(dest, 'latin1.md')).equals(bad)).toBe(true);
  });

  it('`enabled: false` and `require_front_matter` switch the plugins off: Markdown files stay files, titles and layouts stay unset', async () => {
    const src = siteFromFiles({
      ...SITE,
      '_config.yml': `${PLUGINS}require_front_matter: true\nreadme_index: {enabled: false}\ntitles_from_headings: {enabled: false}\n`,
      'page.md': '---\n---\n# Heading\n',
    });
    const dest = tempDir('ghpages-off');
    expect((await buildSite(src, dest)).errors).toEqual([]);
    expect(readTree(dest).has('about.md')).toBe(true);
    expect(readTree(dest).has('about.html')).toBe(false);
    expect(readTree(dest).has('index.html')).toBe(false);
    // jekyll-default-layout has no switch: `page` is still given.
    expect(readFileSync(join(dest, 'page.html'), 'utf8')).toBe(
      '<title></title>\n<nav>/docs/guide.html=;/page.html=;</nav>\n<article><h1 id="heading">Heading</h1>\n</article>\n',
    );
  });
});
