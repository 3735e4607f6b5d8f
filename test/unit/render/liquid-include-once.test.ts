import { describe, expect, it } from 'vitest';
import { createLiquid } from '../../../src/render/templates/liquid/engine.js';
import { planIncludeOnce } from '../../../src/render/templates/liquid/include-once.js';

// Which includes render once per build (their output the same on every page): decided from
// liquidjs' parse and static analysis, never from the text. The blog archive sidebar must be one;
// anything reading the page, the includer's loop, state kept across the page, or a plugin's filter
// or tag must not. (test/jekyll-oracle/sites/include-once: the pages equal Jekyll's either way.)
const includes = new Map([
  ['nested.html', '{{ site.title }}'],
  ['reads-page.html', '{{ page.title }}'],
  ['self.html', '{{ site.title }}{% include self.html %}'],
]);
const engine = createLiquid({
  includes,
  filters: {
    timezone: 'UTC',
    clock: 0,
    url: '',
    baseurl: '',
    markdownify: (s) => s,
    extra: new Map([['plugin_filter', (v: unknown) => v]]),
  },
  urlOf: () => '/',
  readSource: () => undefined,
  colour: () => '',
  tags: new Map([['seo', Object.assign(() => '', {})]]),
});
const plan = (src: string) =>
  planIncludeOnce(engine.liquid, engine.parse(src, '_includes/x.html'), new Set(['plugin_filter']));

describe('includes rendered once per build', () => {
  it('takes an include that reads only site, and names what it assigns and captures', () => {
    expect(
      plan(
        `{% assign years = site.posts | group_by_exp: "p", "p.date | date: '%Y'" %}{% capture n %}{{ site.posts | size }}{% endcapture %}` +
          '{% for y in years %}{{ y.name }}{% for p in y.items %}{{ p.url | relative_url }}{% if forloop.last %}.{% break %}{% endif %}{% endfor %}{% endfor %}',
      ),
    ).toEqual({ assigns: ['years', 'n'] });
    expect(plan('<nav>{{ site.title | escape }} {{ jekyll.version }}{% include nested.html %}</nav>')).toEqual({
      assigns: [],
    });
    expect(
      plan(
        '{% unless site.x %}{% case site.y %}{% when 1 %}one{% endcase %}{% endunless %}{% comment %}{{ page }}{% endcomment %}',
      ),
    ).toEqual({
      assigns: [],
    });
  });

  it.each([
    ['reads the page', '{{ page.title }}'],
    ['reads the content', '{{ content }}'],
    ['reads include parameters of the includer', '{{ include.x }}'],
    ['reads a variable before assigning it', '{{ years }}{% assign years = 1 %}'],
    ['includes a file that reads the page', '{% include reads-page.html %}'],
    ['includes a file that includes itself (an error on the page)', '{% include self.html %}'],
    ['includes a file named by a variable', '{% include {{ site.name }} %}'],
    ['reads related posts', '{% for p in site.related_posts %}{{ p.title }}{% endfor %}'],
    ['reads a post’s output', '{% for p in site.posts %}{{ p.output }}{% endfor %}'],
    ['reads the includer’s loop', '{{ forloop.index }}'],
    ['reads the includer’s loop from its own', '{% for x in site.a %}{{ forloop.parentloop.index }}{% endfor %}'],
    ['breaks the includer’s loop', '{% if site.x %}{% break %}{% endif %}'],
    ['continues a loop of the page', '{% for p in site.posts offset: continue %}{{ p.title }}{% endfor %}'],
    ['counts across the page', '{% increment n %}'],
    ['cycles across the page', '{% cycle "a", "b" %}'],
    ['uses a plugin’s filter', '{{ site.title | plugin_filter }}'],
    ['uses a plugin’s tag', '{% seo %}'],
    ['highlights (its placeholders belong to the page)', '{% highlight ruby %}x{% endhighlight %}'],
    ['filters by an expression reading the page', '{{ site.posts | where_exp: "p", "p.url == page.url" }}'],
    ['filters by an expression given by a variable', '{{ site.posts | where_exp: "p", site.expr }}'],
  ])('refuses an include that %s', (_, src) => expect(plan(src)).toBeNull());
});
