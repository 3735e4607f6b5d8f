import { describe, expect, it } from 'vitest';
import { createTemplates } from '../../../src/render/templates/create-environment.js';
import { DOCUMENT_VIEW } from '../../../src/render/types.js';

const templates = createTemplates({
  includes: new Map(),
  timezone: 'CET',
  clock: Date.parse('2021-07-07T00:00:00Z'),
  url: 'https://example.org',
  baseurl: '/docs',
  markdownify: (s) => `<p>${s}</p>\n`,
  urlOf: (tag, target) => `/${tag}/${target}`,
  readSource: () => undefined,
});
const render = (src: string, vars: Record<string, unknown> = {}) =>
  templates.compile(src, 't.html', 1, 'nunjucks').render(vars);
const date = new Date('2021-07-07T00:00:00Z');

describe('date filters (SPEC §4), in the site zone', () => {
  it.each([
    ['{{ d | date_to_string }}', '07 Jul 2021'],
    ['{{ d | date_to_string("ordinal") }}', '7th Jul 2021'],
    ['{{ d | date_to_string("ordinal", "US") }}', 'Jul 7th, 2021'],
    ['{{ d | date_to_long_string }}', '07 July 2021'],
    ['{{ d | date_to_xmlschema }}', '2021-07-07T02:00:00+02:00'],
    ['{{ d | date_to_rfc822 }}', 'Wed, 07 Jul 2021 02:00:00 +0200'],
    ['{{ d | date("%a, %d %b %Y %H:%M:%S %z") }}', 'Wed, 07 Jul 2021 02:00:00 +0200'],
    ['{{ "2021-12-24" | date("%Y/%m/%d %H:%M %z") }}', '2021/12/24 00:00 +0100'],
    ['{{ "now" | date("%Y") }}', '2021'],
    ['{{ "not a date" | date("%Y") }}', 'not a date'],
  ])('%s → %s', (src, out) => expect(render(src, { d: date })).toBe(out));
});

describe('URL filters', () => {
  it.each([
    ['{{ "/blog/" | relative_url }}', '/docs/blog/'],
    ['{{ "feed.xml" | relative_url }}', '/docs/feed.xml'],
    ['{{ "/blog/" | absolute_url }}', 'https://example.org/docs/blog/'],
    ['{{ "https://other.org/x" | absolute_url }}', 'https://other.org/x'],
    ['{{ "a b&c=d/é" | cgi_escape }}', 'a+b%26c%3Dd%2F%C3%A9'],
    ['{{ "/a b/é?x=1#top" | uri_escape }}', '/a%20b/%C3%A9?x=1#top'],
  ])('%s → %s', (src, out) => expect(render(src)).toBe(out));
});

describe('uri_escape on generated URLs', () => {
  // The filter answers URLs with nothing to escape without looking for what to escape: on URLs
  // made of safe characters and a few unsafe ones (space, é, %, %41, %2f, newline, `"`), it must give
  // what escaping every character that needs it gives (seeded: the same cases every run).
  const alphabet = [
    'a',
    'Z',
    '0',
    '/',
    '-',
    '_',
    '.',
    '~',
    '?',
    '#',
    '[',
    ']',
    '&',
    '=',
    ' ',
    'é',
    '%',
    '%41',
    '%2f',
    '%e9',
    '%7C',
    '\n',
    '"',
    '😀',
  ];
  let seed = 20261204;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const cases = Array.from({ length: 400 }, () =>
    Array.from({ length: 1 + Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(
      '',
    ),
  );
  // Jekyll's (Addressable's): a reserved or unreserved character is kept, and so is one written as
  // `%XX` (decoded); every other one is `%XX`, in upper case.
  const reservedOrUnreserved = (c: string) => /^[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]$/.test(c);
  const escaped = (s: string) =>
    Array.from(s.matchAll(/%[0-9A-Fa-f]{2}|[\s\S]/gu), ([c]) => {
      if (c.length !== 3) return reservedOrUnreserved(c) ? c : encodeURIComponent(c);
      const decoded = String.fromCharCode(Number.parseInt(c.slice(1), 16));
      return reservedOrUnreserved(decoded) ? decoded : c.toUpperCase();
    }).join('');
  it('gives the escaped URL for each', () => {
    for (const url of cases) expect(render('{{ u | uri_escape }}', { u: url })).toBe(escaped(url));
    expect(cases.filter((u) => escaped(u) === u).length).toBeGreaterThan(20);
  });
});

describe('text filters', () => {
  it.each([
    ['{{ s | xml_escape }}', { s: `Tom & "Jerry" <3 it's` }, 'Tom &amp; &quot;Jerry&quot; &lt;3 it&apos;s'],
    ['{{ s | markdownify }}', { s: 'hi' }, '<p>hi</p>\n'],
    ['{{ s | strip_html }}', { s: '<p>A <b>bold</b><!-- c --> move<script>x()</script></p>' }, 'A bold move'],
    ['{{ s | slugify }}', { s: 'Hello, World! Ünïcode 2.0' }, 'hello-world-ünïcode-2-0'],
    ['{{ s | slugify("pretty") }}', { s: 'What is 2.0? (beta)' }, 'what-is-2.0-(beta)'],
    ['{{ s | slugify("ascii") }}', { s: 'Ünïcode café' }, 'n-code-caf'],
    ['{{ s | number_of_words }}', { s: ' one two\nthree  ' }, '3'],
    ['{{ s | truncatewords(3) }}', { s: 'one two three four five' }, 'one two three...'],
    ['{{ s | truncatewords(3, "…") }}', { s: 'one two three' }, 'one two three'],
  ])('%s', (src, vars, out) => expect(render(src, vars)).toBe(out));
});

describe('collection filters', () => {
  const posts = [
    { title: 'B', cat: 'news', tags: ['x'], n: 2 },
    { title: 'A', cat: 'features', tags: ['y'], n: 1 },
    { title: 'C', cat: 'news', tags: ['x', 'y'] },
  ];
  it.each([
    ['{{ posts | size }}', '3'],
    ['{{ "four" | size }}', '4'],
    ['{% for p in posts | where("cat", "news") %}{{ p.title }}{% endfor %}', 'BC'],
    ['{% for p in posts | where("tags", "y") %}{{ p.title }}{% endfor %}', 'AC'],
    ['{% for p in posts | sort("title") %}{{ p.title }}{% endfor %}', 'ABC'],
    ['{% for p in posts | sort("n") %}{{ p.title }}{% endfor %}', 'CAB'],
    ['{% for p in posts | sort("n", "last") %}{{ p.title }}{% endfor %}', 'ABC'],
    ['{% for g in posts | group_by("cat") %}{{ g.name }}={{ g.size }};{% endfor %}', 'news=2;features=1;'],
    ['{{ posts[1] | jsonify }}', '{"title":"A","cat":"features","tags":["y"],"n":1}'],
  ])('%s → %s', (src, out) => expect(render(src, { posts })).toBe(out));

  it('jsonify leaves out a hash inside itself, so that it prints finitely', () => {
    const a: Record<string, unknown> = { title: 'a' };
    const b: Record<string, unknown> = { title: 'b', previous: a };
    a.next = b;
    expect(render('{{ p | jsonify }}', { p: b })).toBe('{"title":"b","previous":{"title":"a"}}');
  });

  it("jsonify writes a post as Jekyll's drop: its fields in the drop's order, neighbours whole, then collapsed", () => {
    const post = (title: string, extra: Record<string, unknown>) => ({
      [DOCUMENT_VIEW]: true,
      ...extra,
      title,
      url: `/${title}.html`,
      id: `/${title}`,
      path: `_posts/${title}.html`,
      name: `${title}.html`,
      ext: '.html',
      collection: 'posts',
      slug: title,
      categories: [],
      tags: [],
      draft: false,
      content: title.toUpperCase(),
      excerpt: null,
      output: '',
      previous: null as unknown,
      next: null as unknown,
    });
    const a = post('a', { rank: 1 });
    const b = post('b', {});
    a.next = b;
    b.previous = a;
    const fields = (p: ReturnType<typeof post>) => `"title":"${p.title}","categories":[],"collection":"posts"`;
    const tail = (p: ReturnType<typeof post>) =>
      `"path":"${p.path}","url":"${p.url}","draft":false${p === a ? ',"rank":1' : ''},"slug":"${p.slug}","ext":".html"`;
    const head = (p: ReturnType<typeof post>) => `"name":"${p.name}","id":"${p.id}","relative_path":"${p.path}"`;
    const collapsed = (p: ReturnType<typeof post>) => `{${head(p)},${fields(p)},"tags":[],${tail(p)}}`;
    const whole = (p: ReturnType<typeof post>, next: string, previous: string) =>
      `{${head(p)},"excerpt":"",${fields(p)},"next":${next},"tags":[],"previous":${previous},"content":"${p.content}","output":"",${tail(p)}}`;
    // a at the top: b whole (one level down), its neighbour a whole (two down), whose neighbour is collapsed.
    expect(render('{{ p | jsonify }}', { p: a })).toBe(
      whole(a, whole(b, 'null', whole(a, collapsed(b), 'null')), 'null'),
    );
    // In a list each post is one level down already: its neighbours' neighbours are collapsed.
    expect(render('{{ ps | jsonify }}', { ps: [b] })).toBe(`[${whole(b, 'null', whole(a, collapsed(b), 'null'))}]`);
  });
});
