import { describe, expect, it } from 'vitest';
import { createTemplates } from '../../../src/render/templates/create-environment.js';
import { keepsIncludesAsIs } from '../../../src/render/templates/fragments.js';
import { hashBytes, hashPieces } from '../../../src/shared/hash.js';

const ARCHIVE = '<ul>{% for p in site.posts %}<li>{{ p.title }}</li>{% endfor %}</ul>';
const posts = Array.from({ length: 400 }, (_, i) => ({ title: `Post ${i}` }));
const archiveHtml = `<ul>${posts.map((p) => `<li>${p.title}</li>`).join('')}</ul>`;

function templates(includes: Record<string, string>) {
  const t = createTemplates({
    includes: new Map(Object.entries(includes)),
    timezone: 'UTC',
    time: 0,
    url: '',
    baseurl: '',
    markdownify: (s) => s,
    urlOf: () => '',
    readSource: () => undefined,
  });
  t.renderFragmentsOnce({ posts });
  return t;
}

describe('rendering a page in pieces', () => {
  it('a large fragment stands in the text as itself (the same string on every page), own text around it', () => {
    const t = templates({ 'archive.html': ARCHIVE, 'nav.html': '<nav>{{ site.posts | size }}</nav>' });
    const page = t.compile(
      '<main>{{ n }}</main>{% include "archive.html" %}<footer>{% include "nav.html" %}{% include "archive.html" %}</footer>',
      'p.html',
      1,
      'nunjucks',
    );
    const one = t.inPieces(() => page.render({ n: 1 }));
    const two = t.inPieces(() => page.render({ n: 2 }));
    expect(one).toEqual(['<main>1</main>', archiveHtml, '<footer><nav>400</nav>', archiveHtml, '</footer>']);
    expect(two[1]).toBe(one[1]);
    expect(one.join('')).toBe(page.render({ n: 1 })); // outside inPieces: the whole text
  });

  it('a small fragment is copied into the text', () => {
    const t = templates({ 'nav.html': '<nav>{{ site.posts | size }}</nav>' });
    expect(t.inPieces(() => t.compile('a{% include "nav.html" %}b', 'p.html', 1, 'nunjucks').render({}))).toEqual([
      'a<nav>400</nav>b',
    ]);
  });

  it("a NUL of the template's own makes it render whole", () => {
    const t = templates({ 'archive.html': ARCHIVE });
    const page = t.compile('a\u0000b{% include "archive.html" %}', 'p.html', 1, 'nunjucks');
    expect(t.inPieces(() => page.render({}))).toEqual([`a\u0000b${archiveHtml}`]);
  });

  it('withFragments gives the whole text (for page.content) while rendering in pieces', () => {
    const t = templates({ 'archive.html': ARCHIVE });
    const body = t.compile('<p>x</p>{% include "archive.html" %}', 'p.html', 1, 'nunjucks');
    let whole = '';
    t.inPieces(() => {
      whole = t.withFragments(body.render({}));
      return '';
    });
    expect(whole).toBe(`<p>x</p>${archiveHtml}`);
  });
});

describe('which templates keep their includes as they are', () => {
  it('yes: includes output directly, layouts output {{ content }} bare', () => {
    expect(
      keepsIncludesAsIs(
        ['{% include "a.html" %}', '<body>{{ content }}{{- content -}}</body>'],
        ['<body>{{ content }}{{- content -}}</body>'],
      ),
    ).toBe(true);
  });

  it.each([
    ['capture', '{% capture x %}{% include "a.html" %}{% endcapture %}{{ x | upcase }}'],
    ['a set block', '{% set x %}{% include "a.html" %}{% endset %}'],
    ['filter', '{% filter upper %}{% include "a.html" %}{% endfilter %}'],
    ['macro', '{% macro m() %}{% include "a.html" %}{% endmacro %}'],
  ])('no: %s anywhere', (_, src) => {
    expect(keepsIncludesAsIs([src], [])).toBe(false);
  });

  it.each([
    ['a filter on content', '{{ content | strip_html }}'],
    ['a test of content', '{% if content contains "x" %}y{% endif %}'],
    ['content assigned', '{% assign c = content %}{{ c }}'],
  ])('no: %s in a layout', (_, src) => {
    expect(keepsIncludesAsIs([src], [src])).toBe(false);
  });

  it('a set with a value, and post.content, are fine', () => {
    const layout = '{% set n = 3 %}{% for post in site.posts %}{{ post.content }}{% endfor %}{{ content }}';
    expect(keepsIncludesAsIs([layout], [layout])).toBe(true);
  });
});

describe('the manifest hash of pieces', () => {
  it('is the plain content hash for one piece', () => {
    expect(hashPieces(['<p>x</p>'])).toBe(hashBytes('<p>x</p>'));
  });

  it('is the same for the same text split the same way, and differs when any byte differs', () => {
    const a = hashPieces(['<h1>1</h1>', archiveHtml, '']);
    expect(hashPieces(['<h1>1</h1>', archiveHtml.slice(0), ''])).toBe(a);
    expect(hashPieces(['<h1>2</h1>', archiveHtml, ''])).not.toBe(a);
    expect(hashPieces(['<h1>1</h1>', archiveHtml.replace('Post', 'post'), ''])).not.toBe(a);
    expect(hashPieces(['<h1>1</h1>', archiveHtml, ' '])).not.toBe(a);
  });
});
