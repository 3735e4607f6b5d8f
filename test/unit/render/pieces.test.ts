import { describe, expect, it } from 'vitest';
import { createTemplates } from '../../../src/render/templates/create-environment.js';
import { KeptResults } from '../../../src/render/templates/filters/kept-results.js';
import { escapesBare, includeNames, keepsIncludesAsIs } from '../../../src/render/templates/fragments.js';
import { liquidIncludeNames, liquidKeepsIncludesAsIs } from '../../../src/render/templates/liquid/as-is.js';
import { piecesText } from '../../../src/render/types.js';
import { hashBytes, hashPieces } from '../../../src/shared/hash.js';

const ARCHIVE = '<ul>{% for p in site.posts %}<li>{{ p.title }}</li>{% endfor %}</ul>';
const posts = Array.from({ length: 400 }, (_, i) => ({ title: `Post ${i}` }));
const archiveHtml = `<ul>${posts.map((p) => `<li>${p.title}</li>`).join('')}</ul>`;

function templates(includes: Record<string, string>, escaped?: KeptResults) {
  const t = createTemplates({
    escaped,
    includes: new Map(Object.entries(includes)),
    timezone: 'UTC',
    clock: 0,
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

  it("a body's bytes stand in the text as a marker and are spliced in as they are, not decoded", () => {
    const t = templates({ 'archive.html': ARCHIVE });
    const layout = t.compile('<main>{{ content }}</main>{% include "archive.html" %}', 'l.html', 1, 'nunjucks');
    const body = Buffer.from('<p>日本語 😀</p>');
    const pieces = t.inPieces(() => layout.render({ content: t.bytesMarker(body) ?? body.toString() }));
    expect(pieces).toEqual([['<main>', body, '</main>'], archiveHtml, '']);
    expect((pieces[0] as Buffer[])[1]).toBe(body);
    expect(piecesText(pieces)).toBe(layout.render({ content: body.toString() }));
    expect(t.bytesMarker(body)).toBeNull(); // outside inPieces: the layout gets the text
    // Output twice, the marker is not where the splice expects it: rendered whole, with the text.
    const twice = t.compile('{{ content }}{% include "archive.html" %}{{ content }}', 't.html', 1, 'nunjucks');
    const whole = t.inPieces(() => twice.render({ content: t.bytesMarker(body) ?? body.toString() }));
    expect(whole).toEqual([`${body}${archiveHtml}${body}`]);
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

describe("a feed's long escaped texts, rendering in pieces with its escapes bare", () => {
  const FEED =
    '<rss>{% for p in posts %}<item><title>{{ p.title | xml_escape }}</title><description>{{ p.body | xml_escape }}</description></item>{% endfor %}</rss>';
  const long = (i: number) => `<p>“Post” ${i} & <b>more</b> ${'é 😀 '.repeat(300)}</p>`;
  const items = [0, 1].map((i) => ({ title: `T<${i}>`, body: long(i) }));
  const escaped = (s: string) =>
    s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

  it('stand in the text as their UTF-8, the same Buffer from build to build while kept; short ones are text', () => {
    const kept = new KeptResults();
    const t = templates({}, kept);
    const feed = t.compile(FEED, 'feed.xml', 1, 'nunjucks');
    const pieces = t.inPieces(() => feed.render({ posts: items }), true);
    expect(pieces).toHaveLength(1);
    const parts = pieces[0] as (string | Buffer)[];
    expect(parts.filter(Buffer.isBuffer).map(String)).toEqual(items.map((p) => escaped(p.body)));
    expect(parts[0]).toBe('<rss><item><title>T&lt;0&gt;</title><description>');
    expect(piecesText(pieces)).toBe(feed.render({ posts: items }));
    expect(hashPieces(pieces)).toBe(hashBytes(feed.render({ posts: items })));
    kept.endBuild();
    const again = t.inPieces(() => feed.render({ posts: items }), true)[0] as (string | Buffer)[];
    expect(again.filter(Buffer.isBuffer)[1]).toBe(parts.filter(Buffer.isBuffer)[1]);
  });

  it('are text without `escapes`, outside inPieces, with no kept results, or with a lone surrogate', () => {
    const withKept = templates({}, new KeptResults());
    const feed = withKept.compile(FEED, 'feed.xml', 1, 'nunjucks');
    const whole = feed.render({ posts: items });
    expect(withKept.inPieces(() => feed.render({ posts: items }))).toEqual([whole]);
    const without = templates({});
    expect(
      without.inPieces(() => without.compile(FEED, 'f.xml', 1, 'nunjucks').render({ posts: items }), true),
    ).toEqual([whole]);
    const lone = [{ title: 't', body: `${long(0)}\uD800` }];
    const pieces = withKept.inPieces(() => feed.render({ posts: lone }), true);
    expect(pieces).toEqual([feed.render({ posts: lone })]);
  });

  it("come only where every xml_escape is a whole output (from Nunjucks' parse)", () => {
    const bare = (src: string) => escapesBare([templates({}).parseNunjucks(src)!]);
    expect(bare('{{ a | xml_escape }}<x y="{{ b | xml_escape(1) }}">{{- c | xml_escape -}}')).toBe(true);
    expect(bare('{{ a | escape }}{{ b | xml_escape | upcase }}')).toBe(false);
    expect(bare('{{ "x" + (a | xml_escape) }}')).toBe(false);
    expect(bare('{% set d = a | xml_escape %}{{ d }}')).toBe(false);
    expect(bare('{% if a | xml_escape %}y{% endif %}')).toBe(false);
    expect(bare('{{ a | xml_escape if c else b }}')).toBe(false);
  });
});

describe("which templates keep their includes as they are (from Nunjucks' parse)", () => {
  const t = templates({});
  const parse = (src: string) => {
    const root = t.parseNunjucks(src);
    if (!root) throw new Error(`does not parse: ${src}`);
    return root;
  };
  const keeps = (all: string[], layouts: string[]) => keepsIncludesAsIs(all.map(parse), layouts.map(parse));

  it('yes: includes output directly, layouts output {{ content }} bare', () => {
    expect(
      keeps(
        ['{% include "a.html" %}', '<body>{{ content }}{{- content -}}</body>'],
        ['<body>{{ content }}{{- content -}}</body>'],
      ),
    ).toBe(true);
  });

  it.each([
    ['a set block', '{% set x %}{% include "a.html" %}{% endset %}{{ x | upper }}'],
    ['filter', '{% filter upper %}{% include "a.html" %}{% endfilter %}'],
    ['macro', '{% macro m() %}{% include "a.html" %}{% endmacro %}'],
    ['call', '{% call m() %}{% include "a.html" %}{% endcall %}'],
  ])('no: %s anywhere', (_, src) => {
    expect(keeps([src], [])).toBe(false);
  });

  it.each([
    ['a filter on content', '{{ content | striptags }}'],
    ['a test of content', '{% if "x" in content %}y{% endif %}'],
    ['content set to a variable', '{% set c = content %}{{ c }}'],
    ['content in a loop', '{% for c in content %}{{ c }}{% endfor %}{{ content }}'],
  ])('no: %s in a layout', (_, src) => {
    expect(keeps([src], [src])).toBe(false);
  });

  it('a set with a value, post.content, and "content" in text, strings and comments are fine', () => {
    const layout =
      '{% set n = 3 %}{% for post in site.posts %}{{ post.content }}{% endfor %}<p>content</p>{# {{ content | x }} #}{{ "content" }}{{ content }}';
    expect(keeps([layout], [layout])).toBe(true);
  });

  it('names the includes a template uses, or none when a name is an expression', () => {
    expect(includeNames(parse('{% include "a.html" %}{% if x %}{% include "b.html" %}{% endif %}'))).toEqual([
      'a.html',
      'b.html',
    ]);
    expect(includeNames(parse('{% include "a.html" %}{% include page.widget %}'))).toBeNull();
    expect(includeNames(parse('<p>{{ "{% include \'c.html\' %}" }}</p>'))).toEqual([]);
  });
});

describe("which Liquid templates keep their includes as they are (from liquidjs' parse)", () => {
  const t = templates({});
  const parse = (src: string) => t.parseLiquid(src)!;
  const keeps = (all: string[], layouts: string[]) =>
    liquidKeepsIncludesAsIs(t.liquidEngine(), all.map(parse), layouts.map(parse));

  it('a layout that outputs content bare and includes in loops and branches keeps them', () => {
    const layout =
      '{% assign n = 3 %}{% if site.x %}{% include a.html %}{% endif %}{% for p in site.posts %}{{ p.content | strip }}{% endfor %}<main>{{ content }}</main>{% comment %}{{ content | size }}{% endcomment %}';
    expect(keeps([layout], [layout])).toBe(true);
  });

  it.each([
    ['content with a filter', '{{ content | strip }}'],
    ['content read in a condition', '{% if content %}{{ content }}{% endif %}'],
    ['content assigned', '{% assign c = content %}{{ c }}'],
    ['a property of content', '{{ content.size }}'],
    ['an include captured', '{% capture x %}{% include a.html %}{% endcapture %}{{ x | strip }}'],
    ['a highlighted block', '{% highlight ruby %}{% include a.html %}{% endhighlight %}'],
    ['a file included relative to the page', '{% include_relative a.html %}'],
  ])('a layout with %s renders whole', (_, layout) => expect(keeps([layout], [layout])).toBe(false));

  it('names the includes a template uses, or none when a name is a variable', () => {
    expect(liquidIncludeNames(parse('{% include a.html %}{% if x %}{% include b.html k="v" %}{% endif %}'))).toEqual([
      'a.html',
      'b.html',
    ]);
    expect(liquidIncludeNames(parse('{% include a.html %}{% include {{ page.widget }} %}'))).toBeNull();
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

  it("is the same when an own piece holds a body's bytes as when it holds its text", () => {
    const body = Buffer.from('<p>日本語 😀 é</p>');
    expect(hashPieces([['<main>', body, '</main>']])).toBe(hashBytes(`<main>${body}</main>`));
    expect(hashPieces([['<h1>', body], archiveHtml, [body, '']])).toBe(
      hashPieces([`<h1>${body}`, archiveHtml, `${body}`]),
    );
    expect(hashPieces([['<h1>', body], archiveHtml, [body]])).not.toBe(hashPieces([`<h1>${body}`, archiveHtml, '']));
  });
});
