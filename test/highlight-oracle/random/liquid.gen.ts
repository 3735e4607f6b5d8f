import type { CodeGenerator, Picker } from './random-code.js';
import { soup } from './soup.js';

// Liquid as Jekyll sites and their documentation show it: layouts and includes in HTML, loops
// over posts with `limit:`/`offset:`/`reversed`, ranges, `forloop.…`, conditions with
// comparisons and `contains`, `case`/`when`, `assign` and `capture`, `cycle`, counters, filters
// with arguments, whitespace control (`{%-`, `-%}`), `comment` and `raw` blocks, Jekyll's own
// tags (`highlight`, `link`, `post_url`, `include` with parameters and `{{ }}` in the file name),
// and what authors get wrong (a tag over lines, an unclosed tag, a lone `{`).
const LIQUID_SOUP = [
  '{%',
  '{%-',
  '%}',
  '-%}',
  '{{',
  '{{-',
  '}}',
  '-}}',
  '|',
  'if',
  'endif',
  'for',
  'in',
  'assign',
  'include',
  'comment',
  'endcomment',
  'raw',
  'endraw',
  'cycle',
  'when',
  'else',
  'page.title',
  'forloop.index',
  '"s"',
  "'s'",
  '1.5',
  'true',
  'nil',
  'empty',
  'contains',
  '==',
  '<=',
  '{',
];

const VARIABLES = [
  'page.title',
  'site.posts',
  'post.url',
  'post',
  'item.name',
  'site.data.nav',
  'site.data["menu"]',
  "page['key']",
  'content',
  'forloop.index',
  'forloop.first',
  'forloop.last',
  'paginator.posts',
  'include.id',
  'x',
  'a_b',
  'a-b',
  'valid?',
  'site.posts.first',
  'list.size',
  'list[0]',
  'é',
];
const FILTERS = [
  'relative_url',
  'absolute_url',
  'escape',
  'upcase',
  'date: "%Y-%m-%d"',
  "date: '%b %d'",
  'where: "draft", false',
  'sort: "date"',
  'limit: 3',
  'append: ".html"',
  'split: ","',
  'join: ", "',
  'size',
  'first',
  'plus: 1',
  'minus: -2.5',
  'default: "x"',
  'jsonify',
  'markdownify',
  'strip_html | truncatewords: 20',
  'group_by: "category"',
];

function value(p: Picker): string {
  switch (p.int(0, 8)) {
    case 0:
      return `"${p.one(['draft', 'a b', '', "it's", '{{ x }}', '%}'])}"`;
    case 1:
      return `'${p.one(['single', '', 'a"b'])}'`;
    case 2:
      return p.one(['1', '42', '-1', '3.14', '0.5', '10']);
    case 3:
      return p.one(['true', 'false', 'nil', 'empty', 'blank']);
    case 4:
      return `(${p.one(['1', 'x'])}..${p.one(['5', 'site.posts.size', 'n'])})`;
    default:
      return p.one(VARIABLES);
  }
}

const blank = (p: Picker) => p.one([' ', ' ', ' ', '', '  ', '\t']);
const open = (p: Picker) => `${p.one(['{%', '{%', '{%-'])}${blank(p)}`;
const close = (p: Picker) => `${blank(p)}${p.one(['%}', '%}', '-%}'])}`;

function filters(p: Picker): string {
  return p.many(p.int(0, 3), () => `${blank(p)}|${blank(p)}${p.one(FILTERS)}`);
}

function output(p: Picker): string {
  return `${p.one(['{{', '{{', '{{-'])}${blank(p)}${value(p)}${filters(p)}${blank(p)}${p.one(['}}', '}}', '-}}'])}`;
}

function condition(p: Picker): string {
  let c = value(p);
  if (p.chance(0.6)) c += ` ${p.one(['==', '!=', '<', '>', '<=', '>=', 'contains', '=='])} ${value(p)}`;
  if (p.chance(0.3)) c += ` ${p.one(['and', 'or'])} ${value(p)}`;
  return c;
}

function text(p: Picker): string {
  return p.one([
    'Hello',
    '<li>',
    '</li>',
    '<a href="{{ post.url }}">',
    '<h1>Title</h1>',
    '\n',
    '\n  ',
    'a { color: red }',
    '{ not liquid }',
    'é 😀',
    '',
    '# Heading',
  ]);
}

function tag(p: Picker, depth: number): string {
  const body = () => (depth > 2 ? text(p) : template(p, depth + 1));
  switch (p.int(0, 19)) {
    case 0:
      return `${open(p)}if ${condition(p)}${close(p)}${body()}${p.chance(0.4) ? `${open(p)}elsif ${condition(p)}${close(p)}${body()}` : ''}${p.chance(0.4) ? `${open(p)}else${close(p)}${body()}` : ''}${open(p)}endif${close(p)}`;
    case 1:
      return `${open(p)}unless ${condition(p)}${close(p)}${body()}${open(p)}endunless${close(p)}`;
    case 2:
      return `${open(p)}for ${p.one(['post', 'item', 'i', 'my-var'])} in ${value(p)}${p.one(['', ' limit:3', ' offset: 1', ' reversed', ' limit: 2 reversed'])}${close(p)}${body()}${p.chance(0.2) ? `${open(p)}${p.one(['break', 'continue'])}${close(p)}` : ''}${open(p)}endfor${close(p)}`;
    case 3:
      return `${open(p)}case ${value(p)}${close(p)}${p.many(p.int(1, 2), () => `${open(p)}when ${value(p)}${p.one(['', ', ', ' or '])}${p.chance(0.3) ? value(p) : ''}${close(p)}${body()}`)}${open(p)}endcase${close(p)}`;
    case 4:
      return `${open(p)}assign ${p.one(['x', 'posts', 'my_var'])} ${p.one(['=', '='])} ${value(p)}${filters(p)}${close(p)}`;
    case 5:
      return `${open(p)}capture ${p.one(['x', 'my_var'])}${close(p)}${body()}${open(p)}endcapture${close(p)}`;
    case 6:
      return `${open(p)}comment${close(p)}${p.one(['note', ' {{ x }} ', '{% if %}', '{', 'a\nb'])}${open(p)}endcomment${close(p)}`;
    case 7:
      return `${open(p)}raw${close(p)}${p.one(['{{ x }}', '{% if %}', '{', ' text '])}${open(p)}endraw${close(p)}`;
    case 8:
      return `${open(p)}include ${p.one(['note.html', 'footer.html', 'a/b-c.md', '{{ page.inc }}.html', 'x'])}${p.many(p.int(0, 2), () => ` ${p.one(['id', 'content', 'title'])}=${value(p)}`)}${close(p)}`;
    case 9:
      return `${open(p)}highlight ${p.one(['ruby', 'js linenos', 'python linenos=table', 'c++'])}${close(p)}\n${p.one(['puts 1', 'x = {a: 1}', '{{ y }}'])}\n${open(p)}endhighlight${close(p)}`;
    case 10:
      return `${open(p)}${p.one(['link', 'post_url'])} ${p.one(['_posts/2020-01-01-x.md', '2010-07-21-name', '{{ page.x }}'])}${close(p)}`;
    case 11:
      return `${open(p)}cycle ${p.one(['', '"g": ', "'g': ", 'g: ', 'g:'])}${p.one(['"odd", "even"', "'a', 'b'", '1, 2'])}${close(p)}`;
    case 12:
      return `${open(p)}${p.one(['increment', 'decrement'])} ${p.one(['n', 'count'])}${close(p)}`;
    case 13:
      return `${open(p)}tablerow ${p.one(['item', 'p'])} in ${value(p)}${p.one(['', ' cols:2'])}${close(p)}${body()}${open(p)}endtablerow${close(p)}`;
    case 14:
      return `${open(p)}${p.one(['echo', 'render', 'seo', 'feed_meta', 'include_relative', 'endfoo'])} ${value(p)}${filters(p)}${close(p)}`;
    case 15:
      return p.one([
        '{% if x',
        '{{ x',
        '{%',
        '{{',
        '}}',
        '%}',
        '{% if a\n  and b %}',
        '{{ x |\n upcase }}',
        '{',
        '{ {',
      ]);
    default:
      return output(p);
  }
}

function template(p: Picker, depth: number): string {
  return p.many(p.int(1, 4), () => (p.chance(0.6) ? tag(p, depth) : text(p)), p.one(['', '\n', '\n  ']));
}

const generate: CodeGenerator = (p) => {
  if (p.chance(0.1)) return soup(p, LIQUID_SOUP);
  const code = template(p, 0);
  return p.chance(0.85) ? `${code}\n` : code;
};
export default generate;
