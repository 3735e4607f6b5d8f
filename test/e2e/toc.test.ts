import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import type { KilnError } from '../../src/shared/errors.js';
import { buildSite } from '../helpers/run.js';
import { siteFromFiles, tempDir } from '../helpers/tree.js';

// The fixture (test/fixtures-plugins/toc) holds what Jekyll wrote; these are what it does not show.

const PAGE =
  '---\nlayout: l\ntoc: true\n---\n# One\n\n## Two\n\n### Three\n\n#### Four\n\n## Again\n\n<div class="skip"><h2>Skipped</h2></div>\n';

async function built(files: Record<string, string>): Promise<{ out: (path: string) => string; errors: string[] }> {
  const dest = tempDir('toc-out');
  const result = await buildSite(siteFromFiles(files), dest);
  return { out: (path) => readFileSync(join(dest, path), 'utf8'), errors: result.errors };
}

function configError(yaml: string): string {
  const dir = tempDir('toc-config');
  writeFileSync(join(dir, '_config.yml'), yaml);
  try {
    loadConfig({ source: dir }, {});
  } catch (e) {
    return (e as KilnError).format();
  }
  throw new Error('no error');
}

describe('jekyll-toc', () => {
  it('ordered_list, levels, classes and sections from toc: (as Jekyll writes them)', async () => {
    const { out, errors } = await built({
      '_config.yml':
        'plugins: [jekyll-toc]\ntoc:\n  min_level: 2\n  max_level: 3\n  ordered_list: true\n  list_class: contents\n  item_class: item\n  no_toc_section_class: skip\n',
      '_layouts/l.html': '---\n---\n{{ content | toc }}',
      'index.md': PAGE,
    });
    expect(errors).toEqual([]);
    const anchor = (id: string) =>
      `<a class="anchor" href="#${id}" aria-hidden="true"><span class="octicon octicon-link"></span></a>`;
    expect(out('index.html')).toBe(
      '<ol id="toc" class="contents">\n<li class="item toc-h2"><a href="#two">Two</a>\n<ol>\n<li class="item toc-h3"><a href="#three">Three</a></li>\n</ol>\n</li>\n<li class="item toc-h2"><a href="#again">Again</a></li>\n</ol>' +
        `<h1 id="one">One</h1>\n\n<h2 id="two">\n${anchor('two')}Two</h2>\n\n<h3 id="three">\n${anchor('three')}Three</h3>\n\n` +
        `<h4 id="four">Four</h4>\n\n<h2 id="again">\n${anchor('again')}Again</h2>\n\n<div class="skip"><h2>Skipped</h2></div>\n`,
    );
  });

  it('a toc: that is no mapping is the defaults, as the plugin takes it', async () => {
    const { out } = await built({
      '_config.yml': 'plugins: [jekyll-toc]\ntoc: true\n',
      '_layouts/l.html': '---\n---\n{{ content | toc_only }}',
      'index.md': PAGE,
    });
    expect(out('index.html')).toMatch(
      /^<ul id="toc" class="section-nav">\n<li class="toc-entry toc-h1"><a href="#one">One<\/a>\n<ul>\n/,
    );
  });

  it('works the same in Nunjucks layouts: the filters and the tag', async () => {
    const pages = {
      'index.md': PAGE,
      'tag.html': '---\nlayout: t\ntoc: true\n---\n<h2>Raw</h2>\n',
    };
    const liquid = await built({
      '_config.yml': 'plugins: [jekyll-toc]\ntemplate_engine: liquid\n',
      '_layouts/l.html': '---\n---\n{{ content | toc_only }}|{{ content | inject_anchors }}',
      '_layouts/t.html': '---\n---\n{% toc %}|{{ content }}',
      ...pages,
    });
    const nunjucks = await built({
      '_config.yml': 'plugins: [jekyll-toc]\n',
      '_layouts/l.html': '---\n---\n{{ content | toc_only }}|{{ content | inject_anchors }}',
      '_layouts/t.html': '---\n---\n{% toc %}|{{ content }}',
      ...pages,
    });
    for (const path of ['index.html', 'tag.html']) expect(nunjucks.out(path)).toBe(liquid.out(path));
    expect(liquid.out('tag.html')).toBe(
      '<ul id="toc" class="section-nav">\n<li class="toc-entry toc-h2"><a href="#raw">Raw</a></li>\n</ul>|<h2>Raw</h2>\n',
    );
  });

  it('without the plugin, the filters are unknown (the content passes) and {% toc %} is kramdown’s list', async () => {
    const { out } = await built({
      '_config.yml': 'template_engine: liquid\n',
      '_layouts/l.html': '---\n---\n{{ content | toc }}',
      'index.md': '---\nlayout: l\ntoc: true\n---\n{% toc %}\n\n## Two\n',
    });
    expect(out('index.html')).toContain('<ul id="markdown-toc">');
    expect(out('index.html')).toContain('<h2 id="two">Two</h2>');
  });

  it('a listed header with nothing in it is an error naming the template, as the plugin fails on it', async () => {
    const { errors } = await built({
      '_config.yml': 'plugins: [jekyll-toc]\ntemplate_engine: liquid\n',
      '_layouts/l.html': '---\n---\n<main>\n{{ content | inject_anchors }}</main>',
      'index.html': '---\nlayout: l\ntoc: true\n---\n<h2 id="x"></h2>\n',
    });
    expect(errors).toEqual([
      '_layouts/l.html:4: template error: toc: the header <h2 id="x"> is empty: jekyll-toc has nothing to put its anchor before\n  while rendering index.html',
    ]);
  });

  it('what it cannot read in toc: is an error at its line in _config.yml', () => {
    const plugin = 'plugins: [jekyll-toc]\n';
    expect(configError(`${plugin}toc:\n  min_level: two\n`)).toBe(
      '_config.yml:3: toc.min_level must be a header level such as 2, not "two"',
    );
    expect(configError(`${plugin}toc:\n  min_level: 4\n  max_level: 3\n`)).toBe(
      '_config.yml:3: toc.min_level (4) must not be above toc.max_level (3)',
    );
    expect(configError(`${plugin}toc:\n  ordered_list: sometimes\n`)).toBe(
      '_config.yml:3: toc.ordered_list must be true or false, not "sometimes"',
    );
    expect(configError(`${plugin}toc:\n  no_toc_section_class: { a: 1 }\n`)).toBe(
      '_config.yml:3: toc.no_toc_section_class must be a class name or a list of them, not a mapping',
    );
    expect(configError(`${plugin}toc:\n  list_id: [a]\n`)).toBe(
      '_config.yml:3: toc.list_id must be a single value, not a list',
    );
  });
});
