import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/run.js';
import { siteFromFiles, tempDir } from '../helpers/tree.js';
import { expectRebuildsEqualCleanBuilds } from '../helpers/watch-edits.js';

async function page(files: Record<string, string>, path = 'index.html'): Promise<string> {
  const dest = tempDir();
  const result = await buildSite(siteFromFiles(files), dest);
  expect(result.errors).toEqual([]);
  return readFileSync(join(dest, path), 'utf8');
}

// A build lets a post's text go once its Markdown is rendered: the file is then read from the source folder.
describe('include_relative of a post', () => {
  it('gives the file as it is, front matter and all, after the post has rendered', async () => {
    const post = '---\ntitle: A\n---\nThe *body* of A, long enough to be cut from the text.\n';
    const html = await page({
      '_config.yml': 'template_engine: liquid\n',
      'index.html': '---\n---\n[{% include_relative _posts/2021-01-01-a.md %}]{{ site.posts[0].content }}',
      '_posts/2021-01-01-a.md': post,
    });
    expect(html).toBe(`[${post}]<p>The <em>body</em> of A, long enough to be cut from the text.</p>\n`);
  });
});

// Found by the Liquid fuzz (the generator's `t/_part.html`): a file Jekyll leaves out of the site
// is still read from disk by include_relative. Expected bytes are Jekyll 4.3.1's for this site.
describe('include_relative of a file the site leaves out', () => {
  const SITE = {
    '_config.yml': 'template_engine: liquid\n',
    'docs/index.html':
      '---\ntitle: Docs\n---\n[{% include_relative _part.md who="you" %}]({% include_relative _snippets/code.html %})\n',
    'docs/_part.md': 'Hello {{ include.who }} from *{{ page.title }}*\n',
    'docs/_snippets/code.html': '<code>{{ page.url }}</code>',
  };

  it('reads it from the source folder, as Jekyll does, and writes no page of it', async () => {
    const dest = tempDir();
    expect((await buildSite(siteFromFiles(SITE), dest)).errors).toEqual([]);
    expect(readFileSync(join(dest, 'docs/index.html'), 'utf8')).toBe(
      '[Hello you from *Docs*\n](<code>/docs/</code>)\n',
    );
    expect(existsSync(join(dest, 'docs/_part.md'))).toBe(false);
  });

  it('with the watch cache, a rebuild after it changes, goes or comes back equals a clean build', async () => {
    const src = siteFromFiles(SITE);
    const dest = await expectRebuildsEqualCleanBuilds(src, [
      ['docs/_part.md', 'Bye {{ include.who }}\n'],
      ['docs/_snippets/code.html', '<kbd>{{ page.title }}</kbd>'],
      ['docs/other.txt', 'unrelated\n'],
    ]);
    expect(readFileSync(join(dest, 'docs/index.html'), 'utf8')).toBe('[Bye you\n](<kbd>Docs</kbd>)\n');
  });

  it('a link out of the source is no file to include', async () => {
    const src = siteFromFiles(SITE);
    const outside = tempDir('outside');
    writeFileSync(join(outside, 'secret.txt'), 'secret\n');
    symlinkSync(join(outside, 'secret.txt'), join(src, 'docs/_link.txt'));
    writeFileSync(join(src, 'docs/index.html'), '---\n---\n{% include_relative _link.txt %}\n');
    const result = await buildSite(src, tempDir());
    expect(result.errors.join('\n')).toContain('include_relative: no file "docs/_link.txt" in the site');
  });
});

// An include that reads its parameters or the caller's loop differs per use: never rendered once.
describe('includes see their caller', () => {
  const POST = { '_posts/2021-01-01-a.md': '---\ntitle: A\n---\nA\n' };

  it('Liquid: include parameters (include.wide) and the caller forloop', async () => {
    const html = await page({
      '_config.yml': 'template_engine: liquid\n',
      '_includes/fig.html': '{% if include.wide %}<div class="wide">{% else %}<div>{% endif %}',
      '_includes/li.html': '<li>{{ forloop.index }}</li>',
      'index.html':
        '---\n---\n{% include fig.html wide=true %}|{% include fig.html %}|{% for x in (1..2) %}{% include li.html %}{% endfor %}\n',
      ...POST,
    });
    expect(html).toBe('<div class="wide">|<div>|<li>1</li><li>2</li>\n');
  });

  it('Nunjucks: an include reading `include` set by the caller, and the caller loop', async () => {
    const html = await page({
      '_includes/fig.html': '{% if include.wide %}<div class="wide">{% else %}<div>{% endif %}',
      '_includes/li.html': '<li>{{ loop.index }}</li>',
      'index.html':
        '---\n---\n{% set include = { wide: true } %}{% include "fig.html" %}|{% for x in [1, 2] %}{% include "li.html" %}{% endfor %}\n',
      ...POST,
    });
    expect(html).toBe('<div class="wide">|<li>1</li><li>2</li>\n');
  });

  it('Markdown bodies are Liquid in a Nunjucks site, and so are the includes they include', async () => {
    const html = await page(
      {
        '_includes/fig.html':
          '{% if include.wide %}<div class="wide">{% else %}<div>{% endif %}{{ include.alt }}</div>',
        '_posts/2021-01-01-a.md': '---\ntitle: A\n---\n{% include fig.html wide=true alt="an image" %}\n',
      },
      '2021/01/01/a.html',
    );
    expect(html).toBe('<div class="wide">an image</div>\n');
  });
});
