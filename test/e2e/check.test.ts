import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKiln } from '../helpers/run.js';
import { siteFromFiles, tempDir } from '../helpers/tree.js';

const HERE = join(import.meta.dirname, '..');

describe('kiln check', () => {
  it('reports every broken link, anchor, image, duplicate id and feed problem, and exits 1', async () => {
    const r = await runKiln([
      'check',
      '--source',
      join(HERE, 'fixtures-check'),
      '--destination',
      join(HERE, 'fixtures-check', 'broken'),
      '--external',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(readFileSync(join(HERE, 'fixtures-check', 'expected-output.txt'), 'utf8'));
  });

  it('passes a clean site with exit 0', async () => {
    const r = await runKiln([
      'check',
      '--source',
      join(HERE, 'fixtures', 'project-blog', 'source'),
      '--destination',
      join(HERE, 'fixtures', 'project-blog', 'expected'),
    ]);
    expect(r.stdout).toMatch(/^37 pages, \d+ links checked, \d+ external not fetched: 0 problems\n$/);
    expect(r.code).toBe(0);
  });

  it('names the file whose output is at a URL, not a page whose URL a later file took (listed, not written)', async () => {
    const src = siteFromFiles({
      '_config.yml': 'template_engine: liquid\ncollections:\n  notes:\n    output: true\n    permalink: /:name.html\n',
      '_notes/clash.md': '---\ntitle: Note\n---\n[broken](/nowhere.html)\n',
      'clash.md': '---\ntitle: Page\n---\nPAGE\n',
    });
    const dest = tempDir('clash-site');
    expect((await runKiln(['build', '--source', src, '--destination', dest, '--quiet'])).code).toBe(0);
    const r = await runKiln(['check', '--source', src, '--destination', dest]);
    expect(r.stdout).toBe(
      '_notes/clash.md:4: link /nowhere.html: no such file (clash.html)\n1 pages, 1 links checked, 0 external not fetched: 1 problem\n',
    );
  });

  it('says so when the site was never built', async () => {
    const r = await runKiln(['check', '--source', join(HERE, 'fixtures-check'), '--destination', '/no/such/site']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('kiln: /no/such/site does not exist; run kiln build first\n');
  });

  it('reports a problem at the source file and line the author edits, as well as the page', async () => {
    const src = siteFromFiles({
      '_config.yml': 'title: C\nbaseurl: /b\ncollections: { docs: { output: true } }\n',
      '_layouts/post.html':
        '<html><body>{{ content }}<a href="{{ \'/about.html\' | relative_url }}">About</a></body></html>\n',
      '_posts/2021-01-01-links.md':
        '---\ntitle: Links\nlayout: post\n---\n\nFirst.\n\nSee [a missing page](/b/nope.html)\nand [an anchor](#nowhere).\n',
      'index.html': '---\n---\n<a href="/b/gone.html">gone</a>\n',
      '_docs/guide.md': '---\ntitle: Guide\n---\n\nRead [the missing part](/b/docs/part/).\n',
    });
    const dest = tempDir();
    expect((await runKiln(['build', '-s', src, '-d', dest, '-q'])).code).toBe(0);
    const r = await runKiln(['check', '-s', src, '-d', dest]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        '_posts/2021-01-01-links.md:8: link /b/nope.html: no such file (2021/01/01/links.html)',
        '_posts/2021-01-01-links.md:9: link #nowhere: no such anchor (2021/01/01/links.html)',
        '_layouts/post.html:1: link /b/about.html: no such file (2021/01/01/links.html)',
        '_docs/guide.md:5: link /b/docs/part/: no such file (docs/guide.html)',
        'index.html:3: link /b/gone.html: no such file (index.html)',
        '3 pages, 5 links checked, 0 external not fetched: 5 problems',
        '',
      ].join('\n'),
    );
  });
});
