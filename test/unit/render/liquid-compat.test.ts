import { describe, expect, it } from 'vitest';
import { filterArguments, hyphenKeys, liquidToNunjucks } from '../../../src/render/templates/liquid-compat.js';

describe('Liquid-isms in content (SPEC §4)', () => {
  it('hyphenated keys read as in Liquid, but not inside strings', () => {
    expect(hyphenKeys(' site.docs-stable ')).toBe(' site["docs-stable"] ');
    expect(hyphenKeys(' "a.b-c" | append(site.x-y) ')).toBe(' "a.b-c" | append(site["x-y"]) ');
  });
  it('keeps `{#` literal and drops comments without moving lines', () => {
    expect(liquidToNunjucks('## T {#id}\n{% comment %}\nx\n{% endcomment %}\nend', true)).toBe(
      '## T {{ "{#" }}id}\n\n\n\nend',
    );
  });
  it('quotes bare include names and highlight languages', () => {
    expect(liquidToNunjucks('{% include note.html %}{%highlight c++ linenos%}', true)).toBe(
      '{% include "note.html" %}{% highlight "c++", "linenos" %}',
    );
  });
  it('Liquid filter arguments become calls, strings untouched', () => {
    expect(filterArguments(' page.date | date: "%Y: %m" ')).toBe(' page.date | date("%Y: %m") ');
    expect(filterArguments(' url | prepend: site.baseurl | append: "a|b", "c" ')).toBe(
      ' url | prepend(site.baseurl) | append("a|b", "c") ',
    );
    expect(filterArguments(' x | upcase ')).toBe(' x | upcase ');
    expect(liquidToNunjucks('{{ page.date | date: "%Y" }} {% if x %}{{ y | truncatewords: 3 }}{% endif %}', true)).toBe(
      '{{ page.date | date("%Y") }} {% if x %}{{ y | truncatewords(3) }}{% endif %}',
    );
  });
  it('Liquid tags in content: assign, capture, unless, elsif, for options, forloop, nil', () => {
    const t = (src: string) => liquidToNunjucks(src, true);
    expect(t('{% assign n = site.posts | size %}')).toBe('{% set n = site.posts | size %}');
    expect(t('{% capture x %}hi{% endcapture %}')).toBe('{% set x %}hi{% endset %}');
    expect(t('{% unless page.draft %}x{% endunless %}')).toBe('{% if not (page.draft) %}x{% endif %}');
    expect(t('{% if a %}1{% elsif b %}2{% endif %}')).toBe('{% if a %}1{% elif b %}2{% endif %}');
    expect(t('{% for p in site.posts limit:3 offset:1 %}{{ forloop.index }}{% endfor %}')).toBe(
      '{% for p in (site.posts).slice(1, 4) %}{{ loop.index }}{% endfor %}',
    );
    expect(t('{% for p in site.posts reversed %}{% endfor %}')).toBe(
      '{% for p in ((site.posts) | reverse) %}{% endfor %}',
    );
    expect(t('{% if page.x == nil %}{{ "nil" }}{% endif %}')).toBe('{% if page.x == none %}{{ "nil" }}{% endif %}');
  });
  it('layouts are Nunjucks: none of this applies there', () => {
    expect(liquidToNunjucks('{% assign x = 1 %}', false)).toBe('{% assign x = 1 %}');
  });
  it('Liquid include parameters become the include variable', () => {
    expect(liquidToNunjucks('{% include figure.html src="a.png" alt=page.title %}', true)).toBe(
      '{% set include = { src: "a.png", alt: page.title } %}{% include "figure.html" %}',
    );
    expect(liquidToNunjucks('{% include "note.html" kind=\'tip\' %}', false)).toBe(
      '{% set include = { kind: \'tip\' } %}{% include "note.html" %}',
    );
  });
  it('leaves raw blocks alone', () => {
    const raw = '{% raw %}{{ site.a-b }} {# x #}{% endraw %}';
    expect(liquidToNunjucks(raw, true)).toBe(raw);
  });
});
