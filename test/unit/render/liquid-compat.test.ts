import { describe, expect, it } from 'vitest';
import { filterArguments, hyphenKeys, liquidToNunjucks } from '../../../src/render/templates/liquid-compat.js';

describe('Liquid-isms in content (SPEC §4)', () => {
  it('hyphenated keys read as in Liquid, but not inside strings', () => {
    expect(hyphenKeys(' site.docs-stable ')).toBe(' site["docs-stable"] ');
    expect(hyphenKeys(' "a.b-c" | append(site.x-y) ')).toBe(' "a.b-c" | append(site["x-y"]) ');
  });
  it('keeps `{#` literal and drops comments without moving lines', () => {
    expect(liquidToNunjucks('## T {#id}\n{% comment %}\nx\n{% endcomment %}\nend', true))
      .toBe('## T {{ "{#" }}id}\n\n\n\nend');
  });
  it('quotes bare include names and highlight languages', () => {
    expect(liquidToNunjucks('{% include note.html %}{%highlight c++ linenos%}', true))
      .toBe('{% include "note.html" %}{% highlight "c++", "linenos" %}');
  });
  it('Liquid filter arguments become calls, strings untouched', () => {
    expect(filterArguments(' page.date | date: "%Y: %m" ')).toBe(' page.date | date("%Y: %m") ');
    expect(filterArguments(' url | prepend: site.baseurl | append: "a|b", "c" ')).toBe(' url | prepend(site.baseurl) | append("a|b", "c") ');
    expect(filterArguments(' x | upcase ')).toBe(' x | upcase ');
    expect(liquidToNunjucks('{{ page.date | date: "%Y" }} {% if x %}{{ y | truncatewords: 3 }}{% endif %}', true))
      .toBe('{{ page.date | date("%Y") }} {% if x %}{{ y | truncatewords(3) }}{% endif %}');
  });
  it('leaves raw blocks alone', () => {
    const raw = '{% raw %}{{ site.a-b }} {# x #}{% endraw %}';
    expect(liquidToNunjucks(raw, true)).toBe(raw);
  });
});
