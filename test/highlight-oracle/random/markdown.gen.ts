import html from './html.gen.js';
import { jsProgram } from './javascript-code.js';
import json from './json.gen.js';
import liquid from './liquid.gen.js';
import python from './python.gen.js';
import type { CodeGenerator, Picker } from './random-code.js';
import shell from './shell.gen.js';
import { soup } from './soup.js';
import yaml from './yaml.gen.js';

// Markdown as Jekyll sites and their documentation show it: front matter, headings of both
// kinds, paragraphs with emphasis, strong text, code spans, links inline and by reference,
// images, autolinks, inline HTML and entities, lists, quotes, rules, tables, kramdown's
// attribute lists, Liquid tags, indented code and fenced blocks (``` and ~~~, indented, with
// a language Rouge knows, one it does not, none, or a shebang for its guess; closed, closed
// with another indentation, or never), and what authors get wrong (a lone `*`, `` ` ``, `_`,
// an unclosed `[`, a backslash at a line's end).
const MD_SOUP = [
  '#',
  '## ',
  '**',
  '__',
  '*',
  '_',
  '`',
  '``',
  '```',
  '~~~',
  '[',
  '](',
  ']: ',
  '![',
  '<http://x.org>',
  '<a@b.c>',
  '&amp;',
  '<b>',
  '</b>',
  '> ',
  '- ',
  '1. ',
  '---',
  '===',
  '\\*',
  '"t"',
  "'t'",
  '(x)',
  '{% raw %}',
  '{{ x }}',
  '    ',
];

const WORDS = [
  'Jekyll',
  'site',
  'the page',
  'build it',
  'é ü',
  '😀',
  'a_b_c',
  'snake_case',
  'x * y',
  '2 * 3 = 6',
  'AT&T',
  'a < b',
  'C:\\path',
  '{{ page.title }}',
  '{% include x.html %}',
  'foo]',
];

function inline(p: Picker): string {
  switch (p.int(0, 22)) {
    case 0:
      return `**${p.one(WORDS)}**`;
    case 1:
      return `__${p.one(WORDS)}__`;
    case 2:
      return `*${p.one(WORDS)}*`;
    case 3:
      return `_${p.one(WORDS)}_`;
    case 4:
      return `\`${p.one(['code', 'a `b', 'x\\', 'site.url', '{{ x }}', '<div>'])}\``;
    case 5:
      return `\`\`${p.one(['a ` b', 'x', 'line\nline'])}\`\``;
    case 6:
      return `[${p.one(WORDS)}](${p.one(['https://jekyllrb.com', '/docs/', '<a b>', 'x "Title"', "y 'T'", 'z (T)', '', ' spaced ', '{{ site.url }}/x'])})`;
    case 7:
      return `[${p.one(WORDS)}][${p.one(['ref', '', '1', 'a b'])}]`;
    case 8:
      return `![${p.one(['logo', '', 'alt text'])}](${p.one(['/img/x.png', 'x.png "T"', '{{ "/x.png" | relative_url }}'])})`;
    case 9:
      return p.one(['<https://example.org>', '<mailto:a@b.c>', '<me@example.com>', '<ftp://x>', '<a@b>']);
    case 10:
      return p.one([
        '<b>bold</b>',
        '<br>',
        '<br/>',
        '<span class="x">y</span>',
        '<a href="x">',
        '</div>',
        '<!-- c -->',
        '<kbd>Ctrl</kbd>',
      ]);
    case 11:
      return p.one(['&amp;', '&copy;', '&#169;', '&nbsp;', '& ', '&x y;']);
    case 12:
      return p.one(['\\*', '\\_', '\\`', '\\\\', '\\[', '\\#', '\\é']);
    case 13:
      return p.one(['*', '`', '_', '[', '<', '&', ']', '!', '~', '**']);
    case 14:
      return `[${p.one(WORDS)}]`;
    case 15:
      return p.one(['{% raw %}{{ x }}{% endraw %}', '{% link _posts/x.md %}', '{{ site.baseurl }}']);
    default:
      return p.one(WORDS);
  }
}

function paragraph(p: Picker): string {
  return p.many(p.int(1, 3), () => p.many(p.int(1, 6), () => inline(p), p.one([' ', ' ', '', '  '])), '\n');
}

const NAMES = [
  'ruby',
  'python',
  'py',
  'yaml',
  'yml',
  'json',
  'html',
  'js',
  'javascript',
  'shell',
  'sh',
  'bash',
  'java',
  'c',
  'cpp',
  'scala',
  'toml',
  'erb',
  'markdown',
  'md',
  'liquid',
  'Ruby',
  'JSON',
  'TeX',
  'no-such-lang',
  'js title="x"',
  'ruby?x=1',
  '{.ruby}',
  '',
  '',
  ' ruby ',
  'plaintext',
  'text',
];

/** Code in the language a fence names (a small sample of it, or a generator's). */
function code(p: Picker, name: string): string {
  const lang = name.trim().split(/[?\s]/)[0]!.toLowerCase();
  switch (lang) {
    case 'python':
    case 'py':
      return python(p);
    case 'yaml':
    case 'yml':
      return yaml(p);
    case 'json':
      return json(p);
    case 'html':
      return html(p);
    case 'js':
    case 'javascript':
      return `${jsProgram(p)}\n`;
    case 'shell':
    case 'sh':
    case 'bash':
      return shell(p);
    case '':
      return p.one([
        '#!/bin/bash\necho hi\n',
        '#!/usr/bin/env python\nprint(1)\n',
        '<!DOCTYPE html>\n<p>x</p>\n',
        '<?xml version="1.0"?>\n<a/>\n',
        '%YAML 1.2\n---\na: 1\n',
        'package main\n',
        'plain words\n',
        '# vim: ft=ruby\nputs 1\n',
        '---\n+++ b\n',
        '',
      ]);
    case 'liquid':
      return liquid(p);
    case 'markdown':
    case 'md':
      return `${paragraph(p)}\n`;
    default:
      return p.one([
        'puts "hi" # x\n',
        'def x\n  1\nend\n',
        '{% if a %}\n  {{ b | upcase }}\n{% endif %}\n',
        'int main() { return 0; }\n',
        'a = "b"\n',
        '<%= x %>\n',
        'x\n\ny\n',
        '',
      ]);
  }
}

function fenced(p: Picker): string {
  const marks = p.one(['```', '```', '```', '~~~', '````']);
  const indent = p.one(['', '', '', '  ', '   ', '\t']);
  const name = p.one(NAMES);
  const body = code(p, name);
  const close = p.one([
    `${indent}${marks}`,
    `${indent}${marks}`,
    `${indent}${marks}`,
    `${indent}${marks}`,
    marks,
    `  ${marks}`,
    `${indent}${marks}\``,
    `${indent}${marks} trailing`,
    '',
  ]);
  return `${indent}${marks}${p.one(['', ' '])}${name}\n${body}${close}`;
}

function block(p: Picker): string {
  switch (p.int(0, 16)) {
    case 0:
      return `${p.one(['#', '##', '###', '####'])}${p.one([' ', ' ', ''])}${p.one(WORDS)}${p.one(['', ' #', ' ##'])}`;
    case 1:
      return `${p.one(WORDS)}\n${p.one(['---', '===', '--', '==', '-----', '=', '-'])}`;
    case 2:
      return p.many(
        p.int(1, 4),
        () => `${p.one(['', '', '  ', '    '])}${p.one(['-', '*', '+', '1.', '10.', '-'])} ${paragraph(p)}`,
        '\n',
      );
    case 3:
      return p.many(p.int(1, 3), () => `${p.one(['>', '> ', '>> ', ' > '])}${paragraph(p)}`, '\n');
    case 4:
      return p.one(['---', '***', '* * *', '- - -', '___', '----------', '*\n*\n*', ' ***  ']);
    case 5:
      return `${p.one(['', '  '])}[${p.one(['ref', '1', 'a b', 'x\\]'])}]${p.one([':', ': ', ' : '])}${p.one(['https://x.org', '<https://x.org>', '/docs', '', '\nhttps://x'])}${p.one(['', ' "Title"', " 'T'", ' (T)', ' "unclosed'])}`;
    case 6:
      return fenced(p);
    case 7:
      return fenced(p);
    case 8:
      return `\n${p.many(p.int(1, 3), () => `${p.one(['    ', '\t'])}${p.one(['code', 'x = 1', 'puts *a*', ''])}`, '\n')}`;
    case 9:
      return `| ${p.one(WORDS)} | ${inline(p)} |\n|---|:---:|\n| ${inline(p)} | ${p.one(WORDS)} |`;
    case 10:
      return p.one(['{: .note}', '{:toc}', '* TOC\n{:toc}', '{::comment}\nx\n{:/comment}', '{: #id .class}']);
    case 11:
      return p.one([
        '{% highlight ruby %}\nputs 1\n{% endhighlight %}',
        '{% include note.html content="x" %}',
        '{% for post in site.posts %}\n* [{{ post.title }}]({{ post.url }})\n{% endfor %}',
      ]);
    case 12:
      return p.one([
        '<div markdown="1">',
        '</div>',
        '<details>\n<summary>x</summary>',
        '<script>\nvar a = 1 < 2;\n</script>',
        '<style>\np { color: red }\n</style>',
      ]);
    default:
      return paragraph(p);
  }
}

const generate: CodeGenerator = (p) => {
  if (p.chance(0.1)) return soup(p, MD_SOUP);
  let text = p.chance(0.25)
    ? `---\n${p.one(['layout: post', 'title: "Hi"\ndate: 2020-01-01', 'tags: [a, b]', ''])}\n${p.one(['---', '--- ', '...'])}\n`
    : '';
  text += p.many(p.int(1, 6), () => block(p), p.one(['\n\n', '\n\n', '\n', '\n\n\n']));
  return p.chance(0.85) ? `${text}\n` : text;
};
export default generate;
