import type { CodeGenerator, Picker } from './random-code.js';
import { soup } from './soup.js';

// XML as blog posts show it (Maven POMs, Android layouts, RSS and Atom feeds, SVG, Spring
// contexts, sitemaps, XSLT): a declaration and doctypes (bare, SYSTEM, PUBLIC over lines, an
// internal subset), processing instructions, comments on one line and over lines, CDATA, entities
// named and numeric, namespaced tags and attributes, both quotes and unquoted values, self-closing
// and end tags with blanks inside, text, CRLF, non-ASCII names and text, and what people paste by
// mistake: a lone `<` or `&`, unclosed quotes, tags, comments and CDATA.
const TAGS = [
  'project',
  'dependency',
  'groupId',
  'artifactId',
  'LinearLayout',
  'TextView',
  'android:layout',
  'rss',
  'channel',
  'item',
  'feed',
  'entry',
  'svg',
  'path',
  'xsl:template',
  'xsl:value-of',
  'bean',
  'url',
  'loc',
  'a',
  '_x',
  'x.y-z',
  'ünï',
  '名前',
];
const ATTRS = [
  'id',
  'xmlns',
  'xmlns:android',
  'android:layout_width',
  'version',
  'href',
  'class',
  'd',
  'viewBox',
  'select',
  'xml:lang',
  'data-x',
  'ключ',
];
const VALUES = [
  '"1.0"',
  '"UTF-8"',
  '"http://maven.apache.org/POM/4.0.0"',
  '"match_parent"',
  "'single'",
  '"a &amp; b"',
  '"M10 10 L20 20"',
  '"0 0 24 24"',
  '"/items/item[@id=\'1\']"',
  '"multi\nline"',
  '""',
  "''",
  'unquoted',
  '1',
  '"unclosed',
  "'unclosed",
  '"a > b"',
  '"ünï ✓"',
];
const TEXTS = [
  'Hello',
  'Tom &amp; Jerry',
  '&lt;escaped&gt;',
  '&#169; 2024',
  '&#x27;',
  '&nbsp;',
  '4.0.0',
  'https://example.com/?a=1&amp;b=2',
  'a & b',
  'x < y',
  '&;',
  '&unterminated',
  'ünïcödé ✓ 😀',
  '日本語',
  '',
];
const SPECIALS = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  "<?xml version='1.0'?>",
  '<?xml-stylesheet type="text/xsl" href="s.xsl"?>',
  '<?php echo 1 ?>',
  '<?unclosed',
  '<!DOCTYPE html>',
  '<!DOCTYPE note SYSTEM "note.dtd">',
  '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"\n  "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
  '<!DOCTYPE note [\n  <!ELEMENT note (to,from)>\n  <!ENTITY w "W">\n]>',
  '<!-- comment -->',
  '<!-- multi\n     line -->',
  '<!-- a -- b - c -->',
  '<!---->',
  '<!-- unclosed',
  '<![CDATA[<p>x & y</p>]]>',
  '<![CDATA[\n  a < b\n]]>',
  '<![CDATA[ unclosed',
  '<!ELEMENT x ANY>',
];

function attributes(p: Picker): string {
  return p.many(
    p.int(0, 3),
    () =>
      `${p.one([' ', ' ', '\n    ', '  '])}${p.one(ATTRS)}${p.one(['=', '=', ' = ', '= '])}${p.one(VALUES)}${p.chance(0.05) ? ' bare' : ''}`,
  );
}

function element(p: Picker, indent: string, depth: number): string {
  const tag = p.one(TAGS);
  const open = `${p.chance(0.05) ? '< ' : '<'}${tag}${attributes(p)}`;
  switch (depth > 2 ? p.int(0, 2) : p.int(0, 5)) {
    case 0:
      return `${indent}${open}${p.one(['/>', ' />', '/ >'])}`;
    case 1:
    case 2:
      return `${indent}${open}>${p.one(TEXTS)}${p.one([`</${tag}>`, `</ ${tag} >`, `</${tag}\n>`])}`;
    case 3:
      return `${indent}${p.one(SPECIALS)}`;
    default:
      return `${indent}${open}>\n${p.many(p.int(1, 3), () => element(p, `${indent}  `, depth + 1), '\n')}\n${indent}</${tag}>`;
  }
}

const FRAGMENTS = [
  ...TAGS,
  ...ATTRS,
  ...VALUES,
  ...TEXTS,
  ...SPECIALS,
  '<',
  '>',
  '/>',
  '</',
  '=',
  '&',
  ';',
  '<!',
  '<?',
  '?>',
  '-->',
  ']]>',
];

const generate: CodeGenerator = (p) => {
  if (p.chance(0.15)) return soup(p, FRAGMENTS);
  const newline = p.chance(0.05) ? '\r\n' : '\n';
  const head = p.chance(0.5) ? `${p.one(SPECIALS.slice(0, 9))}\n` : '';
  const body = p.many(p.int(1, 3), () => element(p, '', 0), '\n');
  return `${head}${body}${p.one(['\n', '\n', ''])}`.replaceAll('\n', newline);
};
export default generate;
