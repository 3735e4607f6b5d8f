import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTree, tempDir, writeTree } from '../helpers/tree.js';
import { type Edit, expectRebuildsEqualCleanBuilds } from '../helpers/watch-edits.js';

// {% include_cached %} keeps the first text of each include and parameters for the whole build,
// first in Jekyll's render order: the Jekyll-oracle site include-cached-first-render holds what
// Jekyll wrote for a clean build. Here, a watch: every rebuild writes what a clean build writes.
const ORACLE = join(import.meta.dirname, '../jekyll-oracle/sites/include-cached-first-render/source');

describe('include_cached in watch', () => {
  it('rebuilds equal clean builds as the first render of an include moves', async () => {
    const src = tempDir('include-cached');
    writeTree(src, readTree(ORACLE));
    const post = (title: string, body: string) => `---\ntitle: ${title}\nlayout: default\n---\n${body}\n`;
    const edits: Edit[] = [
      // The first post's title: every text it made changes, on every page.
      ['_posts/2020-01-01-p1.md', post('Post One', 'body: {% include_cached title.html %}')],
      // An older post: it renders first now.
      ['_posts/2019-12-31-p0.md', post('Post Zero', 'zero')],
      // The include itself.
      ['_includes/title.html', '<{{ page.title }}>\n'],
      // The first post goes: the next one's texts stand.
      ['_posts/2019-12-31-p0.md', null],
      ['_posts/2020-01-01-p1.md', null],
      // A page calls an include with a parameter first seen there, then a post does before it.
      ['about.html', '---\ntitle: About\n---\n{% include_cached title.html x="1" %}\n'],
      ['_posts/2020-01-03-p3.md', post('Post 3', 'body: {% include_cached title.html y="1" %}')],
      // The layout no longer calls one include: the page without a layout renders it first.
      ['_layouts/default.html', '<p>layout: {% include_cached title.html %}</p>\n{{ content }}\n'],
    ];
    const dest = await expectRebuildsEqualCleanBuilds(src, edits);
    // As Jekyll 4.3.1 wrote this source (built by hand).
    expect(readFileSync(join(dest, 'about.html'), 'utf8')).toBe('<Post 3>\n\n');
    expect(readFileSync(join(dest, 'index.html'), 'utf8')).toBe('<p>layout: <Post 2>\n</p>\nbody: <Post 2>\n\n\n');
  });
});
