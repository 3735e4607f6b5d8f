import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTree, siteFromFiles, tempDir, writeTree } from '../helpers/tree.js';
import { type Edit, expectRebuildsEqualCleanBuilds } from '../helpers/watch-edits.js';

// {% increment %} and {% decrement %} run on from document to document in Jekyll's render order:
// the Jekyll-oracle site model-counters-order holds what Jekyll wrote for a clean build. Here, a
// watch: every rebuild writes what a clean build of the same source writes.
const ORACLE = join(import.meta.dirname, '../jekyll-oracle/sites/model-counters-order/source');

describe('increment and decrement counters in watch', () => {
  it('rebuilds equal clean builds as counters move between documents, layouts and includes', async () => {
    const src = tempDir('counters');
    writeTree(src, readTree(ORACLE));
    const edits: Edit[] = [
      // An older post: every later render's counts move.
      ['_posts/2023-12-31-zero.md', '---\nlayout: inner\n---\nZero {% increment c %}{% increment c %}\n'],
      // The include counts no more.
      ['_includes/count.html', '[no count]\n'],
      // A layout decrements: the posts' and pages' layouts, and what reads `c` after them.
      ['_layouts/outer.html', '<outer {% increment lay %}{% decrement c %} c={{ c }}>{{ content }}</outer>\n'],
      // A page that counts a name only a post read before.
      ['a-first.md', '---\n---\nA {% increment late %}{% increment late %} late={{ late }}\n'],
      // A post goes.
      ['_posts/2024-01-02-second.md', null],
      // A page reads a counter without counting.
      ['zlast.html', '---\n---\nLast only c={{ c }} late={{ late }}\n'],
    ];
    const dest = await expectRebuildsEqualCleanBuilds(src, edits);
    // As Jekyll 4.3.1 wrote this source (built by hand).
    expect(readFileSync(join(dest, 'zlast.html'), 'utf8')).toBe('Last only c=8 late=1\n');
  });

  it('a body that reads a name only a layout parsed after it counts renders again (watch fuzz seed 482482)', async () => {
    // A watch build parses templates as they render: the newer post's body reads `hits` before the
    // layout that makes it a counter is parsed (a changed config starts every cache afresh).
    const src = siteFromFiles({
      '_config.yml': 'template_engine: liquid\ntitle: a\n',
      '_layouts/post.html': '{{ content }}[{% increment hits %}]\n',
      '_posts/2024-01-01-a.md': '---\nlayout: post\n---\nA\n',
      '_posts/2024-01-02-b.md': '---\nlayout: post\n---\nB hits={{ hits }}\n',
    });
    const dest = await expectRebuildsEqualCleanBuilds(src, [
      ['_config.yml', 'template_engine: liquid\ntitle: b\n'],
      ['_posts/2024-01-01-a.md', '---\nlayout: post\n---\nA again\n'],
    ]);
    expect(readFileSync(join(dest, '2024/01/02/b.html'), 'utf8')).toBe('<p>B hits=1</p>\n[1]\n');
  });
});
