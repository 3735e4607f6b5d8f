import { JS_SOUP } from './javascript.gen.js';
import { jsProgram } from './javascript-code.js';
import type { CodeGenerator, Picker } from './random-code.js';
import { soup } from './soup.js';

const HTML_SOUP = [
  '<!DOCTYPE html>',
  '<!doctype',
  '<!--',
  '-->',
  '-',
  '<![CDATA[',
  ']]>',
  '<?',
  '?>',
  '<script',
  '</script>',
  '<style',
  '</style>',
  '< script',
  '</',
  '/>',
  'div',
  'href',
  '=',
  '&amp;',
  '&#1;',
  'data-x',
  '@click',
  ':p',
  '*ngIf',
  'color: red;',
  'body {',
  '!important',
  ...JS_SOUP.slice(0, 12),
];

// HTML as blog posts show it: a doctype, comments, nested tags with attributes quoted, unquoted
// and without value (framework attributes too: `@click`, `:prop`, `[x]`, `(y)`, `*ngIf`, `#ref`),
// entities, text with stray `&`, `<` and `>`, scripts (JavaScript: javascript-code.ts) and
// styles (CSS), CDATA, processing instructions, odd spacing and case, and unclosed things.
const TAGS = [
  'div',
  'p',
  'span',
  'a',
  'ul',
  'li',
  'h1',
  'section',
  'button',
  'table',
  'td',
  'pre',
  'code',
  'svg:rect',
  'my-widget',
  'DIV',
  'x_y',
  'h2',
];
const VOID = ['br', 'hr', 'img', 'input', 'meta', 'link'];

function attribute(p: Picker): string {
  const name = p.one([
    'class',
    'id',
    'href',
    'src',
    'data-x',
    'aria-label',
    'type',
    'style',
    'onclick',
    'xml:lang',
    '@click',
    ':prop',
    'v-on:submit',
    '[value]',
    '(click)',
    '*ngIf',
    '#ref',
    'hidden',
    'checked',
    'disabled',
    'é',
    'x.y',
  ]);
  switch (p.int(0, 7)) {
    case 0:
    case 1:
      return `${name}="${p.one(['main', 'a b', '', 'https://x.org/?a=1&b=2', 'x > y', "it's", 'f(1)', '{{ v }}', 'line\nline'])}"`;
    case 2:
      return `${name}='${p.one(['single', '"q"', '', 'a&amp;b'])}'`;
    case 3:
      return `${name}=${p.one(['unquoted', '1', 'a/b', '#x', 'x&y'])}`;
    case 4:
      return `${name} = ${p.one(['"spaced"', 'v', "'s'"])}`;
    case 5:
      return name;
    case 6:
      return `${name}=${p.one(['', '"unclosed', '>'])}`;
    default:
      return `${name}="${p.one(['x', 'y'])}"`;
  }
}

function attributes(p: Picker): string {
  return p.many(p.int(0, 3), () => `${p.one([' ', ' ', '  ', '\n    ', '\t'])}${attribute(p)}`);
}

function text(p: Picker): string {
  return p.one([
    'Hello, world.',
    'a &amp; b',
    '&copy; 2020 &mdash; x',
    '&#169; &#x27;',
    'AT&T',
    'a < b',
    'x > y',
    '&foo bar;',
    '&;',
    'Plain text',
    '',
    'é ü 😀',
    'no\u00a0break',
    '{{ page.title }}',
    '&nbsp;',
  ])!;
}

function css(p: Picker): string {
  const rule = () =>
    `${p.one(['body', '.card', '#main', 'a:hover', 'ul > li', 'p::before', 'h1, h2', '*', '[type="text"]'])} {\n${p.many(
      p.int(1, 3),
      () =>
        `  ${p.one(['color', 'margin', 'font-family', 'background', '--custom', 'display', 'content', 'width'])}: ${p.one(['red', '#fff', '0 auto', '"Helvetica", sans-serif', 'url(img.png)', 'flex', '"<"', '10px !important', 'calc(100% - 2em)', 'var(--x)', '1em\u00a0!important', 'Ⅻ'])};\n`,
    )}}`;
  return p.one([
    rule,
    rule,
    () => `@media (max-width: 600px) {\n  ${rule()}\n}`,
    () => '/* a comment */',
    () => `@import url("x.css");`,
    () => 'a < b {}',
  ])();
}

function element(p: Picker, depth: number): string {
  switch (depth > 2 ? p.int(6, 15) : p.int(0, 15)) {
    case 0:
    case 1: {
      const tag = p.one(TAGS);
      const body = p.many(p.int(0, 3), () => element(p, depth + 1), p.one(['', '\n']));
      return `<${tag}${attributes(p)}>${body}</${p.one([tag, tag, tag, `${tag} `, ` ${tag}`, 'x'])}${p.one(['>', '>', ' >', ''])}`;
    }
    case 2:
      return `<script${p.one(['', ' type="text/javascript"', ' src="app.js"', ' async', 's', ' type="module"'])}>${p.chance(0.8) ? `\n${jsProgram(p, '  ')}` : ''}</script${p.one(['>', '>', ' >', ''])}`;
    case 3:
      return `<style${p.one(['', ' media="screen"', ' type="text/css"'])}>\n${p.many(p.int(1, 3), () => `${css(p)}\n`)}</style>`;
    case 4:
      return `<!-- ${p.one(['comment', 'multi\nline', 'a -- b', '<div>', ''])} ${p.one(['-->', '-->', '--->', '--', ''])}`;
    case 5:
      return p.one(['<![CDATA[ x < y ]]>', '<?php echo $x; ?>', '<?xml version="1.0"?>', '<![CDATA[ unclosed']);
    case 6:
    case 7:
      return text(p);
    case 8:
      return `<${p.one(VOID)}${attributes(p)}${p.one(['>', '/>', ' />', ' / >'])}`;
    case 9:
      return p.one(['<', '</', '< div>', '</ div >', '<>', '</>', '<div', '<a href="x"', '</p', '<1>', '<=', '</a b>']);
    case 10:
      return `<${p.one(TAGS)}${attributes(p)}${p.one(['>', ' >', '\n>'])}`;
    default:
      return `${text(p)}${p.one(['', '\n', ' '])}`;
  }
}

const generate: CodeGenerator = (p) => {
  if (p.chance(0.1)) return soup(p, HTML_SOUP);
  let code = p.chance(0.3)
    ? `${p.one(['<!DOCTYPE html>', '<!doctype html>', '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN">'])}\n`
    : '';
  code += p.many(p.int(1, 6), () => element(p, 0), p.one(['\n', '\n', '\n\n', '']));
  return p.chance(0.85) ? `${code}\n` : code;
};
export default generate;
