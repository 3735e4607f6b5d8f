import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/run.js';
import { siteFromFiles, tempDir } from '../helpers/tree.js';
import { expectRebuildsEqualCleanBuilds } from '../helpers/watch-edits.js';

// A stylesheet's source map joins a Liquid site's site.pages once the stylesheet converts
// (test/fixtures-plugins/sass-pages holds what Jekyll wrote); here, what the fixture does not
// show: Nunjucks sites, maps turned off, and watch.
const SITE: Record<string, string> = {
  '_config.yml': 'template_engine: liquid\n',
  '_includes/pages.html': '{% for p in site.pages %}[{{ p.name }}]{% endfor %}',
  '_layouts/default.html': '<nav>{% include pages.html %}</nav>{{ content }}',
  'a.html': '---\nlayout: default\n---\na',
  'css/site.scss': '---\ntitle: Styles\n---\nbody { margin: 0; }\n',
  'z.html': '---\nlayout: default\n---\nz {{ site.pages.last.title }}',
};

async function built(files: Record<string, string>): Promise<string> {
  const dest = tempDir('sass-pages');
  expect((await buildSite(siteFromFiles(files), dest)).errors).toEqual([]);
  return dest;
}

describe("a stylesheet's source map in site.pages", () => {
  it('is listed on the pages rendered after the stylesheet, in Liquid sites with maps on', async () => {
    let dest = await built(SITE);
    expect(readFileSync(join(dest, 'a.html'), 'utf8')).toBe('<nav>[a.html][site.scss][z.html]</nav>a');
    expect(readFileSync(join(dest, 'z.html'), 'utf8')).toBe(
      '<nav>[a.html][site.scss][z.html][site.css.map]</nav>z Styles',
    );
    dest = await built({ ...SITE, '_config.yml': 'template_engine: liquid\nsass: { sourcemap: never }\n' });
    expect(readFileSync(join(dest, 'z.html'), 'utf8')).toBe('<nav>[a.html][site.scss][z.html]</nav>z ');
    // kiln's own template language keeps site.pages as the model has it.
    const nunjucks = {
      ...SITE,
      '_config.yml': 'title: n\n',
      '_layouts/default.html': '<nav>{% include "pages.html" %}</nav>{{ content }}',
      'z.html': '---\nlayout: default\n---\nz',
    };
    dest = await built(nunjucks);
    expect(readFileSync(join(dest, 'z.html'), 'utf8')).toBe('<nav>[a.html][site.scss][z.html]</nav>z');
  });

  it('with the watch cache, rebuilds as a clean build does when the stylesheet or the pages change', async () => {
    const src = siteFromFiles(SITE);
    const edits: Array<[string, string | null, string, string]> = [
      ['css/site.scss', '---\ntitle: Restyled\n---\nbody { margin: 1px; }\n', 'z.html', 'z Restyled'],
      ['y.html', '---\nlayout: default\n---\ny', 'y.html', '[y.html][z.html][site.css.map]'],
      ['b.html', '---\nlayout: default\n---\nb', 'b.html', '<nav>[a.html][b.html][site.scss][y.html][z.html]</nav>'],
      ['css/site.scss', null, 'z.html', '<nav>[a.html][b.html][y.html][z.html]</nav>'],
      ['css/site.scss', '---\n---\np { margin: 0; }\n', 'y.html', '[z.html][site.css.map]</nav>'],
    ];
    await expectRebuildsEqualCleanBuilds(src, edits, (i, dest) => {
      const [path, , output, shows] = edits[i]!;
      expect(readFileSync(join(dest, output), 'utf8'), `after ${path}`).toContain(shows);
    });
  });
});
