import { describe, expect, it } from 'vitest';
import { parseFragment } from '../../../src/plugins/html/parse.js';
import { serialize } from '../../../src/plugins/html/serialize.js';

// Each input with what Nokogiri 1.13 on libxml2 2.9.14 (Jekyll's, for jekyll-toc) writes back for
// it as a fragment: `Nokogiri::HTML::DocumentFragment.parse(input).inner_html`, run on this machine.
const NOKOGIRI: ReadonlyArray<readonly [string, string]> = [
  [
    '<h2 id="a">Hello &amp; "q" &quot;x&quot; it&#8217;s &lt;b&gt;</h2>\n<p>x</p>\n',
    '<h2 id="a">Hello &amp; "q" "x" it’s &lt;b&gt;</h2>\n<p>x</p>\n',
  ],
  [
    '<p><a href="?a=1&amp;b=2 x">l</a> <a href="/café ü">u</a> <img src="a b.png" alt="x &quot;y&quot;" /></p>',
    '<p><a href="?a=1&amp;b=2%20x">l</a> <a href="/caf%C3%A9%20%C3%BC">u</a> <img src="a%20b.png" alt=\'x "y"\'></p>',
  ],
  ['<br /><hr><input type="checkbox" checked="checked" disabled>', '<br><hr><input type="checkbox" checked disabled>'],
  ['<div class="x"><p>para</p><p>two</p></div>', '<div class="x">\n<p>para</p>\n<p>two</p>\n</div>'],
  ['<h2 id="x"><a class="anchor" href="#x"></a>Text</h2>', '<h2 id="x">\n<a class="anchor" href="#x"></a>Text</h2>'],
  ['<table>\n<tr><td>a</td></tr>\n</table>', '<table>\n<tr><td>a</td></tr>\n</table>'],
  ['text &nbsp; &copy;   — <span>s</span>', 'text   ©   — <span>s</span>'],
  ['<p>a\r\nb</p>', '<p>a\r\nb</p>'],
  [
    '<script>if (a < b && c) {}</script><style>a > b {}</style>',
    '<script>if (a < b && c) {}</script><style>a > b {}</style>',
  ],
  ['<p><div>x</div></p>', '<p></p><div>x</div>'],
  [
    '<p>&apos; &check; &hellip; &nbsp x &amp y &#x27; &#0; &#x80; &#65 b &#x41g &foo; &; & x</p>',
    "<p>' &amp;check; … &amp;nbsp x &amp;amp y '   A b Ag &amp;foo; &amp;; &amp; x</p>",
  ],
  ['<p title=\'a"b&apos;c\' data-x="it\'s">x</p>', '<p title="a&quot;b\'c" data-x="it\'s">x</p>'],
  [
    '<a href="  x y ">a</a><a href="   ">c</a><a name="a b">n</a><form action="a b"></form>',
    '<a href="x%20y%20">a</a><a href="">c</a><a name="a%20b">n</a><form action="a%20b"></form>',
  ],
  [
    '<a href="a[1]{2}|^`\\ &quot;q">y</a><a href="&{x};y">q</a><span title="&{x};y">r</span>',
    '<a href="a%5B1%5D%7B2%7D%7C%5E%60%5C%20%22q">y</a><a href="&%7Bx%7D;y">q</a><span title="&{x};y">r</span>',
  ],
  ['<a href="a&#1;b">x</a>', '<a href="a">x</a>'],
  ['<div/><span/>after<a name="top"/>text', '<div></div><span></span>after<a name="top"></a>text'],
  [
    '<pre>\nline</pre><textarea>\nx<b>y</b></textarea><title>a<b>c</b></title>',
    '<pre>\nline</pre><textarea>\nx<b>y</b></textarea><title>a<b>c</b>\n</title>',
  ],
  ['<li></li><p></p><ul><li></li></ul><td></td>', '<li><p></p><ul><li></ul><td></td>'],
  [
    '<svg viewBox="0 0 1 1"><path d="M0"/><use xlink:href="#i"></use></svg><news:x>n</news:x>',
    '<svg viewbox="0 0 1 1"><path d="M0"></path><use xlink:href="#i"></use></svg><x>n</x>',
  ],
  ['<UL><LI CLASS="X" class="Y">a</LI></UL>', '<ul><li class="X">a</li></ul>'],
  ['<div><span>a</div>b</span>c', '<div><span>a</span></div>bc'],
  ['<span><div>a</span>b</div>c', '<span><div>ab</div>c</span>'],
  ['<table><tr><td>a</table><b><i>x</b>y</i>', '<table><tr><td>a</td></tr></table><b><i>x</i></b>y'],
  [
    '<p>a<p>b<ul><li>a<li>b</ul><dl><dt>a<dd>b<dt>c</dl>',
    '<p>a</p><p>b</p><ul>\n<li>a</li>\n<li>b</li>\n</ul><dl>\n<dt>a</dt>\n<dd>b</dd>\n<dt>c</dt>\n</dl>',
  ],
  ['<h2>a<h3>b</h3></h2><p><h2>x</h2></p>', '<h2>a<h3>b</h3>\n</h2><p></p><h2>x</h2>'],
  ['<?php echo 1 ?><!-- c --><!DOCTYPE html><p>x</p>', '<?php echo 1 ?><!-- c --><p>x</p>'],
  [
    '<iframe allowfullscreen="" async></iframe><div data-x="" data-y></div>',
    '<iframe allowfullscreen="" async></iframe><div data-x="" data-y></div>',
  ],
  [
    '<select><option>a</option><option>b</option></select><form><input><input></form>',
    '<select><option>a</option>\n<option>b</option></select><form>\n<input><input>\n</form>',
  ],
  [
    '<object><param name="a"><param name="b"></object><pre><code>a</code><b>x</b></pre>',
    '<object><param name="a">\n<param name="b"></object><pre><code>a</code><b>x</b></pre>',
  ],
  [
    '<ul><li><p>a</p><p>b</p></li></ul><blockquote><p>q</p></blockquote>',
    '<ul><li>\n<p>a</p>\n<p>b</p>\n</li></ul><blockquote><p>q</p></blockquote>',
  ],
  [
    '<div><!-- c --><p>x</p></div><details><summary>s</summary><p>x</p></details>',
    '<div>\n<!-- c --><p>x</p>\n</div><details><summary>s</summary><p>x</p></details>',
  ],
  ['<p>x\u0001y\u000by</p>', '<p>xyy</p>'],
  [
    '<a href="{{ "/feed.xml" | relative_url }}" {% if x %}class="y"{% endif %} -z=1 .w=2>a</a>',
    '<a href="%7B%7B%20" relative_url if x endif .w="2">a</a>',
  ],
  ['<p>a<o:p>b</o:p>c</p><p>d<o:div>e</o:div>f</p>', '<p>a<p>b</p>c</p><p>d<div>e</div>f</p>'],
  [
    '<p>a<xmp>b</xmp><ul><li>c<listing>d<li>e</ul>',
    '<p>a</p><xmp>b</xmp><ul>\n<li>c<listing>d</listing>\n</li>\n<li>e</li>\n</ul>',
  ],
  [
    '<p>a <!x> <![CDATA[ b ]]> </ c> </3> <? d ?> e</p>',
    '<p>a &lt;!x&gt; &lt;![CDATA[ b ]]&gt;  c&gt; 3&gt;  d ?&gt; e</p>',
  ],
  ['x\n  <Body id="b">\n<p>y</p>', '<body>x\n  \n<p>y</p>\n</body>'],
  ['<p>a<b"c>d</b"x> <ab$c>e</ab></p>', '<p>a<b>d</b> <ab>e</ab></p>'],
  ['<p>a<!--->b<b>c</b>--> d<!-->e-->f<!--g--!>h</p>', '<p>a<!--->b<b>c</b>--> d<!-->e-->f<!--g-->h</p>'],
  ['<p>a<!-- never closed</p><p>b</p>', '<p>a</p>'],
  [
    '<div><style></div>b</style>c<script></a></ b>d</script><script><noscript>e</noscript></script>',
    '<div><style></style></div>bc<script> b>d</script><script></script><noscript>e</noscript>',
  ],
  ['<p>a<body>b</p><p>c<head>d</p>', '<p>a</p>b<p>c</p>d'],
  ['<div><p>a<b c="d" e', '<div><p>a<b c="d" e></b></p></div>'],
];

describe('HTML as Nokogiri reads and writes it (jekyll-toc)', () => {
  it.each(NOKOGIRI)('%j', (input, written) => {
    expect(serialize(parseFragment(input).children)).toBe(written);
  });
});
