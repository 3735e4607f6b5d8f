import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { createBuildCache } from '../../src/build-cache.js';
import { createLog } from '../../src/shared/log.js';
import { buildSite } from '../helpers/run.js';
import { diffTrees, readTree, siteFromFiles, tempDir } from '../helpers/tree.js';

// kramdown.syntax_highlighter_opts outside the Jekyll-oracle sites (test/jekyll-oracle/sites/rouge-opts-*):
// a Nunjucks site's Markdown, the renders kept between builds and the watch cache, Jekyll 3 sites.

const NUMBERED = 'kramdown:\n  syntax_highlighter_opts:\n    block:\n      line_numbers: true\n      start_line: 3\n';
const PAGE = '---\n---\n```ruby\nputs 1\nputs 2\n```\n\nSee `x`.\n';
// Rouge's table for the two lines, as Jekyll 4.3.1 writes it (oracle site rouge-opts-chirpy).
const TABLE =
  '<div class="language-ruby highlighter-rouge"><div class="highlight"><pre class="highlight"><code>' +
  '<table class="rouge-table"><tbody><tr><td class="rouge-gutter gl"><pre class="lineno">3\n4\n</pre></td>' +
  '<td class="rouge-code"><pre><span class="nb">puts</span> <span class="mi">1</span>\n<span class="nb">puts</span> <span class="mi">2</span>\n' +
  '</pre></td></tr></tbody></table></code></pre></div></div>\n' +
  '\n<p>See <code class="language-plaintext highlighter-rouge">x</code>.</p>\n';
const PLAIN =
  '<div class="language-ruby highlighter-rouge"><div class="highlight"><pre class="highlight"><code>' +
  '<span class="nb">puts</span> <span class="mi">1</span>\n<span class="nb">puts</span> <span class="mi">2</span>\n' +
  '</code></pre></div></div>\n' +
  '\n<p>See <code class="language-plaintext highlighter-rouge">x</code>.</p>\n';

async function page(source: string, extra: Record<string, unknown> = {}) {
  const destination = tempDir('rouge-opts-out');
  const r = await buildSite(source, destination, extra);
  expect(r.errors).toEqual([]);
  return readFileSync(join(destination, 'a.html'), 'utf8');
}

describe('kramdown.syntax_highlighter_opts', () => {
  it("number a Nunjucks site's code blocks too: the Markdown is the same", async () => {
    const source = siteFromFiles({ '_config.yml': NUMBERED, 'a.md': PAGE });
    expect(await page(source)).toBe(TABLE);
  });

  it('are part of what kept renders are kept under: a changed _config.yml renders anew, and back', async () => {
    const source = siteFromFiles({ '_config.yml': 'title: T\n', 'a.md': PAGE });
    const store = { dir: tempDir('rouge-opts-kept'), program: 'test' };
    expect(await page(source, {}), 'no store').toBe(PLAIN);
    const kept = async () => {
      const destination = tempDir('rouge-opts-out');
      const r = await buildSite(source, destination, {}, store);
      expect(r.errors).toEqual([]);
      return readFileSync(join(destination, 'a.html'), 'utf8');
    };
    expect(await kept()).toBe(PLAIN);
    writeFileSync(join(source, '_config.yml'), `title: T\n${NUMBERED}`);
    expect(await kept()).toBe(TABLE);
    writeFileSync(join(source, '_config.yml'), 'title: T\n');
    expect(await kept()).toBe(PLAIN);
  });

  it('with the watch cache, a changed _config.yml gives what a clean build gives', async () => {
    const source = siteFromFiles({ '_config.yml': 'title: T\n', 'a.md': PAGE, 'b.md': '---\n---\n    indented\n' });
    const dest = tempDir('rouge-opts-watch');
    const cache = createBuildCache();
    const rebuild = async () => {
      await build({ source, destination: dest }, createLog(true), cache);
      const clean = tempDir('rouge-opts-clean');
      expect((await buildSite(source, clean)).errors).toEqual([]);
      expect(diffTrees(readTree(clean), readTree(dest))).toEqual([]);
      return readFileSync(join(dest, 'a.html'), 'utf8');
    };
    expect(await rebuild()).toBe(PLAIN);
    writeFileSync(join(source, '_config.yml'), `title: T\n${NUMBERED}`);
    expect(await rebuild()).toBe(TABLE);
    writeFileSync(
      join(source, '_config.yml'),
      `title: T\n${NUMBERED}    css_class: code\n    span:\n      disable: true\n`,
    );
    const third = await rebuild();
    expect(third).toContain('<pre class="code"><code><table class="rouge-table">');
    expect(third).toContain('<p>See <code>x</code>.</p>');
  });

  it("leave a Jekyll 3 site's Pygments markup as it is (kiln knows no Jekyll 3 Rouge output to match)", async () => {
    const source = siteFromFiles({
      '_config.yml': `jekyll_version: 3\n${NUMBERED}    formatter: HTMLTable\n`,
      'a.md': PAGE,
    });
    expect(await page(source)).toBe(
      '<div class="highlight"><pre><code class="language-ruby"><span class="nb">puts</span> <span class="mi">1</span>\n' +
        '<span class="nb">puts</span> <span class="mi">2</span>\n</code></pre></div>\n\n<p>See <code>x</code>.</p>\n',
    );
  });
});
