import { random } from '../helpers/random.js';

/**
 * Random whole Jekyll sites for the differential fuzz against Jekyll 4.3.1 (scripts/fuzz-site.ts,
 * test/site-oracle/oracle.test.ts). Where the Liquid and Markdown fuzzes vary a template or a body,
 * this varies what Jekyll makes of a site's files: permalink styles and patterns, time zones,
 * dates written every way (in the file name, in front matter with and without an offset), same-day
 * posts, categories from folders and front matter, tags, slugs with spaces, dots, capitals and
 * non-ASCII letters, `.md`/`.markdown`/`.html` posts, drafts, future and unpublished posts,
 * excerpts and their separators, pages in folders with and without `permalink:`, collections,
 * `defaults:`, `baseurl`, data files and pagination. The layouts print what the model holds
 * (URLs, ids, dates, neighbours, excerpts, `site.posts`, `site.categories`, `site.tags`, sorted
 * `site.pages`…), so that a difference shows as a line of text. Nothing depends on the day it
 * runs: every date is before 2025 or after 2040 (kiln's tests build at a fixed 2030).
 */
export type SiteFiles = Record<string, string>;

type Rand = () => number;

const pick = <T>(r: Rand, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
const chance = (r: Rand, p: number) => r() < p;
const some = <T>(r: Rand, items: readonly T[], max: number): T[] => {
  const n = Math.floor(r() * (max + 1));
  const out: T[] = [];
  for (let i = 0; i < n; i++) {
    const item = pick(r, items);
    if (!out.includes(item)) out.push(item);
  }
  return out;
};
const pad = (n: number) => String(n).padStart(2, '0');

const PERMALINKS = [
  null,
  'date',
  'pretty',
  'ordinal',
  'none',
  'weekdate',
  '/:categories/:year/:month/:day/:title:output_ext',
  '/blog/:year/:month/:title/',
  '/:year/:title.html',
  '/posts/:slug',
  '/:categories/:title/',
  '/:short_year/:i_month/:i_day/:title',
  '/:year/:y_day/:hour-:minute-:second/:title/',
  '/:path/',
  '/:slugified_categories/:name',
];
const ZONES = [
  null,
  'UTC',
  'America/New_York',
  'Asia/Kolkata',
  'Australia/Adelaide',
  'Europe/Berlin',
  'Pacific/Honolulu',
];
const SLUGS = [
  'hello-world',
  'Hello World',
  'release-1.2.3',
  'under_score',
  'MiXeD-Case-Title',
  'café-ünïcode',
  'a+b=c',
  'ends-with-dash-',
  'numbers-2019',
  'x',
  'two  spaces',
  'it’s-quoted',
  'dots.in.name',
];
const CATEGORIES = ['news', 'Release Notes', 'dev', 'Ünïcode', 'a b', '2019', 'blog', 'Foo'];
const TAGS = ['java', 'Scala', 'ci/cd', 'c++', 'two words', '1.0', 'release', 'flink'];
const TITLES = [
  'A "quoted" title',
  'Colon: in title',
  'Ampersand & <b>bold</b>',
  'Plain title',
  'Ünïcode título',
  "It's here",
  '  Padded  ',
];
const FILE_DAYS = ['2019-03-04', '2019-03-04', '2020-02-29', '2018-12-31', '2021-01-01', '2024-06-15', '2016-07-08'];
const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'stream', 'window', 'state', 'join', 'key', 'time'];

function yamlText(s: string): string {
  return JSON.stringify(s);
}

function frontDate(r: Rand, day: string): string | null {
  const time = `${pad(Math.floor(r() * 24))}:${pad(Math.floor(r() * 60))}:${pad(Math.floor(r() * 60))}`;
  const offset = pick(r, ['+0000', '-0800', '+0530', '+1400', '-1100', '+01:00']);
  return pick(r, [
    null,
    null,
    `${day} ${time}`,
    `${day} ${time} ${offset}`,
    `${day}T${time}${offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset}`,
    day,
    `${day} 00:30:00 +1200`,
    `${day} 23:45:00 -1000`,
  ]);
}

function body(r: Rand, separator: string | null): string {
  const para = () =>
    Array.from({ length: 3 + Math.floor(r() * 6) }, () => pick(r, WORDS))
      .join(' ')
      .replace(/^./, (c) => c.toUpperCase());
  const parts = [para(), para()];
  const sep = separator ?? '\n\n';
  if (chance(r, 0.5)) parts.splice(1, 0, sep === '\n\n' ? '' : sep);
  if (chance(r, 0.3)) parts.push(`Title here: {{ page.title }}`);
  if (chance(r, 0.2)) parts.splice(1, 0, '{% highlight text %}\nplain <code> & text\n{% endhighlight %}');
  if (chance(r, 0.15)) parts.push('~~~\nfenced {{ x }}\n~~~');
  if (chance(r, 0.15)) parts.push('Raw: {% raw %}{{ not.liquid }}{% endraw %} and a note.[^1]\n\n[^1]: The note.');
  if (chance(r, 0.1)) parts.unshift('{% if page.title %}Titled: {{ page.title | upcase }}{% endif %}');
  if (chance(r, 0.2)) parts.unshift(`## ${pick(r, TITLES).trim()}`);
  return `${parts.join('\n\n')}\n`;
}

function frontMatter(entries: Array<[string, unknown]>): string {
  const lines = entries
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => {
      if (Array.isArray(v)) return `${k}: [${v.map((x) => yamlText(String(x))).join(', ')}]`;
      if (typeof v === 'string') return `${k}: ${v}`;
      return `${k}: ${String(v)}`;
    });
  return `---\n${lines.join('\n')}${lines.length ? '\n' : ''}---\n`;
}

const POST_LAYOUT = `---
layout: default
---
<article>
date={{ page.date | date: "%Y-%m-%d %H:%M:%S %z" }} xml={{ page.date | date_to_xmlschema }}
id={{ page.id }} slug={{ page.slug }} path={{ page.path }} name={{ page.name }}
categories=[{{ page.categories | join: "|" }}] tags=[{{ page.tags | join: "|" }}] collection={{ page.collection }} draft={{ page.draft }}
ext={{ page.ext }} output_ext={{ page.output_ext }} layout={{ page.layout }} author={{ page.author }}
previous={{ page.previous.url }} ({{ page.previous.title }}) next={{ page.next.url }} ({{ page.next.title }})
excerpt=[{{ page.excerpt | strip_html | strip_newlines }}]
related={% for p in site.related_posts %}{{ p.url }} {% endfor %}
dates={{ page.date | date_to_string }} / {{ page.date | date_to_long_string: "ordinal" }} / {{ page.date | date: "%b %-d, %Y" }} / {{ page.date | jsonify }}
words={{ content | number_of_words }} minutes={{ content | number_of_words | divided_by: 180.0 | ceil }}
{{ content }}
</article>
{% include sidebar.html %}side={{ recent | size }} {{ side_total }} {{ years.first.name }}
`;

const DEFAULT_LAYOUT = `<!doctype html>
SEO<title>{{ page.title }} | {{ site.title }}</title>
url={{ page.url }} abs={{ page.url | absolute_url }} rel={{ page.url | relative_url }} dir={{ page.dir }}
{{ content }}
`;

const PAGE_LAYOUT = `---
layout: default
---
<main>path={{ page.path }} name={{ page.name }} author={{ page.author }} layout={{ page.layout }}
{{ content }}</main>
`;

const INDEX_BODY = `{% for post in site.posts limit: 2 %}{% include card.html post=post note="newest" %}{% endfor %}
<ul>
{% for post in site.posts %}<li>{{ post.url }} | {{ post.date | date_to_xmlschema }} | {{ post.title }} | [{{ post.categories | join: "|" }}] [{{ post.tags | join: "|" }}] | {{ post.excerpt | strip_html | strip_newlines | truncate: 40 }}</li>
{% endfor %}</ul>
categories: {% for c in site.categories %}{{ c[0] }}={% for p in c[1] %}{{ p.url }} {% endfor %}; {% endfor %}
tags: {% for t in site.tags %}{{ t[0] }}={{ t[1].size }}; {% endfor %}
inspect: {{ site.tags | inspect }}
sorted tags: {% assign tags = site.tags | sort %}{% for t in tags %}{{ t | first }}={{ t[1] | map: "title" | join: "," }}; {% endfor %}
pages: {{ site.pages | map: "url" | sort | join: " " }}
html_pages: {{ site.html_pages | map: "url" | sort | join: " " }}
static: {{ site.static_files | map: "path" | sort | join: " " }}
collections: {% for c in site.collections %}{{ c.label }}({{ c.docs.size }}:{% for d in c.docs %} {{ d.url }}{% endfor %}) {% endfor %}
documents: {{ site.documents | map: "url" | join: " " }}
by year: {% assign years = site.posts | group_by_exp: "p", "p.date | date: '%Y'" %}{% for y in years %}{{ y.name }}({{ y.items | size }}) {% endfor %}
in news: {{ site.posts | where: "categories", "news" | map: "title" | join: ", " }} / tagged: {{ site.posts | where_exp: "p", "p.tags contains 'java'" | size }}
first: {{ site.posts.first.title | xml_escape }} / {{ site.posts.last.date | date: "%-d %B %Y" }} / {{ site.posts | map: "date" | first | jsonify }}
data: {{ site.data.people | map: "name" | join: "," }} {{ site.data.nested.more.k }} {% for row in site.data.table %}{{ row.a }}/{{ row.b }} {% endfor %}
`;

const SIDEBARS = [
  `<aside>{% assign recent = site.posts | slice: 0, 3 %}{% for p in recent %}<a href="{{ p.url | relative_url }}">{{ p.title | escape }}</a>{% endfor %}{% capture side_total %}{{ site.posts | size }} posts{% endcapture %}</aside>\n`,
  `<aside>{% assign years = site.posts | group_by_exp: "p", "p.date | date: '%Y'" %}{% for y in years %}<h4>{{ y.name }}</h4>{% for p in y.items %}{{ p.title }}{% if forloop.last %}.{% else %}, {% endif %}{% endfor %}{% endfor %}</aside>\n`,
  `<aside>{% for c in site.categories %}{{ c[0] }}({{ c[1].size }}) {% endfor %}{% assign recent = site.posts | where_exp: "p", "p.tags.size > 0" %}</aside>\n`,
  // Not the same on every page: rendered on each.
  `<aside>{{ page.title }}{% assign recent = site.posts | where_exp: "p", "p.url != page.url" %}</aside>\n`,
];

const PAGINATED_INDEX = `{% for post in paginator.posts %}<li>{{ post.url }} {{ post.title }}</li>
{% endfor %}
page {{ paginator.page }} of {{ paginator.total_pages }} ({{ paginator.total_posts }} posts, {{ paginator.per_page }} a page)
previous={{ paginator.previous_page }} {{ paginator.previous_page_path }} next={{ paginator.next_page }} {{ paginator.next_page_path }}
`;

/** One random site: path → text. */
export function generateSite(seed: number): SiteFiles {
  const r = random(seed);
  const files: SiteFiles = {};
  const config: string[] = ['template_engine: liquid', 'title: Fuzz site', 'url: "https://example.org"'];
  const permalink = pick(r, PERMALINKS);
  if (permalink) config.push(`permalink: ${permalink}`);
  const zone = pick(r, ZONES);
  if (zone) config.push(`timezone: ${zone}`);
  const baseurl = pick(r, ['', '', '/sub', '/a/b']);
  if (baseurl) config.push(`baseurl: ${baseurl}`);
  if (chance(r, 0.3)) config.push(`future: ${pick(r, ['true', 'false'])}`);
  const limited = chance(r, 0.15);
  if (limited) config.push(`limit_posts: ${1 + Math.floor(r() * 4)}`);
  if (chance(r, 0.3)) config.push('show_drafts: true');
  const separator = pick(r, [null, null, '<!--more-->', '"\\n\\n\\n"']);
  if (separator) config.push(`excerpt_separator: ${separator.startsWith('"') ? separator : yamlText(separator)}`);
  const bodySeparator = separator === '<!--more-->' ? separator : separator ? '\n\n\n' : null;
  // site.time (the feed's `updated`, undated documents) fixed, as the build's time is not the same.
  config.push(
    `time: ${pick(r, ['2024-12-01 10:00:00 +0000', '2030-01-01 00:00:00 +0000', '2024-07-01 23:30:00 -0700'])}`,
  );
  const paginate = chance(r, 0.3);
  const plugins = [
    ...(paginate ? ['jekyll-paginate'] : []),
    ...(chance(r, 0.4) ? ['jekyll-feed'] : []),
    ...(chance(r, 0.3) ? ['jekyll-sitemap'] : []),
    ...(chance(r, 0.3) ? ['jekyll-seo-tag'] : []),
    ...(chance(r, 0.3) ? ['jekyll-redirect-from'] : []),
    ...(chance(r, 0.2) ? ['jekyll-archives'] : []),
  ];
  if (plugins.length) config.push(`plugins: [${plugins.join(', ')}]`);
  const redirects = plugins.includes('jekyll-redirect-from');
  if (plugins.includes('jekyll-archives')) {
    config.push(
      'jekyll-archives:',
      `  enabled: [${some(r, ['categories', 'tags', 'year', 'month'], 3).join(', ') || 'tags'}]`,
      '  layout: archive',
      ...(chance(r, 0.5)
        ? ['  permalinks:', `    tag: ${pick(r, ['/tags/:name/', '/t/:name.html'])}`, '    category: /c/:name/']
        : []),
    );
    files['_layouts/archive.html'] =
      '---\nlayout: default\n---\ntype={{ page.type }} title={{ page.title }} date={{ page.date | date: "%Y-%m" }}\n{% for post in page.posts %}{{ post.url }} {% endfor %}\n';
  }
  if (plugins.includes('jekyll-feed') && chance(r, 0.4))
    config.push(
      'feed:',
      `  path: ${pick(r, ['/atom.xml', 'blog/feed.xml'])}`,
      ...(chance(r, 0.5) ? ['  excerpt_only: true'] : []),
    );
  if (chance(r, 0.4))
    config.push(`author: ${pick(r, ['Site Author', '{name: "Ann Author", email: ann@example.org}'])}`);
  if (chance(r, 0.4)) config.push(`description: ${yamlText(pick(r, TITLES))}`);
  if (paginate) {
    config.push(`paginate: ${1 + Math.floor(r() * 3)}`);
    if (chance(r, 0.5)) config.push(`paginate_path: ${pick(r, ['/page:num/', '/blog/page:num/', '/p/:num'])}`);
  }
  const collection = chance(r, 0.5);
  if (collection) {
    const pattern = pick(r, [
      null,
      '/recipes/:name/',
      '/:collection/:path:output_ext',
      '/r/:title.html',
      '/:collection/:year/:slug/',
      '/:collection/:categories/:title/',
    ]);
    config.push(
      'collections:',
      '  recipes:',
      `    output: ${chance(r, 0.8)}`,
      ...(pattern ? [`    permalink: ${pattern}`] : []),
      ...(chance(r, 0.3) ? ['    sort_by: order'] : []),
    );
  }
  if (chance(r, 0.5)) {
    config.push(
      'defaults:',
      '  - scope: {path: "", type: posts}',
      `    values: {layout: post, author: ${pick(r, ['Ann', '"Bo B"'])}}`,
    );
    if (chance(r, 0.5)) config.push('  - scope: {path: docs}', '    values: {layout: page, author: Docs}');
    if (collection && chance(r, 0.5)) config.push('  - scope: {type: recipes}', '    values: {layout: post}');
  }
  // The minima theme (a gem, with jekyll-feed and jekyll-seo-tag as its dependencies): its
  // default, home and page layouts, includes and Sass stand in for the site's own default layout.
  const theme = chance(r, 0.2);
  if (theme) config.push('theme: minima');
  files['_config.yml'] = `${config.join('\n')}\n`;
  if (!theme)
    files['_layouts/default.html'] = DEFAULT_LAYOUT.replace(
      'SEO',
      plugins.includes('jekyll-seo-tag') ? '{% seo %}\n' : '',
    );
  files['_layouts/post.html'] = POST_LAYOUT;
  files['_layouts/page.html'] = PAGE_LAYOUT;
  // A sidebar with no parameters: one reading only `site` renders once per build in kiln, and the
  // variables it assigns or captures stay in the including page's scope.
  files['_includes/sidebar.html'] = pick(r, SIDEBARS);
  files['_includes/card.html'] =
    '<span class="card">{{ include.post.title }} @ {{ include.post.url | relative_url }}{% if include.note %} ({{ include.note }}){% endif %}</span>\n';
  files['index.html'] =
    `---\nlayout: ${theme ? 'home' : 'default'}\ntitle: Home\n---\n${paginate ? PAGINATED_INDEX : INDEX_BODY}`;
  if (paginate) files['all.html'] = `---\nlayout: default\ntitle: All\n---\n${INDEX_BODY}`;

  // Posts.
  const postCount = 3 + Math.floor(r() * 7);
  const used = new Set<string>();
  // Posts `{% post_url %}` can name: in _posts/ itself, published, not in the future.
  const linkable: string[] = [];
  for (let i = 0; i < postCount; i++) {
    const day = chance(r, 0.1) ? pick(r, ['2041-05-06', '2050-01-01']) : pick(r, FILE_DAYS);
    const slug = pick(r, SLUGS);
    const ext = pick(r, ['md', 'md', 'md', 'markdown', 'html']);
    const folder = pick(r, ['', '', '', 'news/', 'a/B/', 'dev/', '_posts/sub/']);
    const dir = folder === '_posts/sub/' ? '_posts/sub/' : `${folder}_posts/`;
    const path = `${dir}${day}-${slug}.${ext}`;
    if (used.has(path.toLowerCase())) continue;
    used.add(path.toLowerCase());
    const categories = chance(r, 0.5) ? some(r, CATEGORIES, 3) : undefined;
    const tags = chance(r, 0.6) ? some(r, TAGS, 3) : undefined;
    const fm: Array<[string, unknown]> = [
      ['title', chance(r, 0.8) ? yamlText(pick(r, TITLES)) : undefined],
      ['date', frontDate(r, day) ?? undefined],
      ['layout', chance(r, 0.7) ? 'post' : pick(r, [undefined, 'default', 'null', 'missing-layout'])],
      [
        pick(r, ['categories', 'categories', 'category']),
        categories && (chance(r, 0.3) ? yamlText(categories.join(' ')) : categories),
      ],
      ['tags', tags && (chance(r, 0.3) ? yamlText(tags.join(' ')) : tags)],
      // Fixed URLs are numbered: two posts at one URL is a site's mistake (kiln warns; see the README).
      [
        'permalink',
        chance(r, 0.12)
          ? pick(r, ['/custom/:title/', `/fixed-url-${i}.html`, '/:year/custom', `/deep/path${i}/`])
          : undefined,
      ],
      ['slug', chance(r, 0.1) ? pick(r, ['Own Slug', 'own-slug']) : undefined],
      ['published', chance(r, 0.08) ? 'false' : undefined],
      ['excerpt_separator', chance(r, 0.1) ? yamlText('<!--cut-->') : undefined],
      ['author', chance(r, 0.2) ? 'Own Author' : undefined],
      ['description', chance(r, 0.15) ? yamlText(pick(r, TITLES)) : undefined],
      ['excerpt', chance(r, 0.1) ? yamlText('An excerpt of its own') : undefined],
      ['redirect_from', redirects && chance(r, 0.3) ? [`/old/post-${i}/`, `/old/p${i}.html`] : undefined],
      ['redirect_to', redirects && chance(r, 0.08) ? 'https://elsewhere.example/moved/' : undefined],
    ];
    if (dir === '_posts/' && day < '2025' && !fm.some(([k, v]) => k === 'published' && v))
      linkable.push(`${day}-${slug}`);
    const own = fm.find(([k]) => k === 'excerpt_separator')?.[1] ? '<!--cut-->' : bodySeparator;
    files[path] = `${frontMatter(fm)}${body(r, own)}`;
  }

  // Drafts.
  if (chance(r, 0.4))
    files[`_drafts/${pick(r, ['a-draft', 'Draft Two'])}.md`] = `${frontMatter([
      ['title', yamlText('Draft')],
      ['date', '2017-05-06 07:08:09'],
      ['layout', 'post'],
    ])}${body(r, bodySeparator)}`;

  // Pages.
  const pages: Array<[string, Array<[string, unknown]>]> = [
    [
      'about.md',
      [
        ['title', 'About'],
        ['permalink', chance(r, 0.4) ? pick(r, ['/about/', '/about-us.html', '/who']) : undefined],
      ],
    ],
    ['docs/index.md', [['title', 'Docs']]],
    [
      'docs/guide.markdown',
      [
        ['title', yamlText(pick(r, TITLES))],
        ['layout', chance(r, 0.5) ? 'page' : undefined],
      ],
    ],
    [
      'folder/page.html',
      [
        [
          'permalink',
          chance(r, 0.4)
            ? pick(r, ['/:path/', '/:basename:output_ext', '/pages/:basename/', '/:path/:basename.html'])
            : undefined,
        ],
      ],
    ],
    [
      'docs/sub/deep.htm',
      [
        ['title', 'Deep'],
        ['date', chance(r, 0.5) ? '2019-05-06' : undefined],
      ],
    ],
    ['data.json', [['layout', 'null']]],
    ['notes.txt', [['title', 'Notes']]],
    ['feed-like.xml', [['layout', 'null']]],
    ['sp ace/page.md', [['title', 'Space']]],
    ['Caps/Page.MD', [['title', 'Caps']]],
  ];
  for (const [path, fm] of pages) {
    if (!chance(r, 0.6)) continue;
    const layout = fm.some(([k]) => k === 'layout')
      ? []
      : [['layout', chance(r, 0.7) ? 'default' : undefined] as [string, unknown]];
    const text = path.endsWith('.json')
      ? '{"url": {{ page.url | jsonify }}, "posts": {{ site.posts | map: "title" | jsonify }}}\n'
      : path.endsWith('.xml')
        ? '<page url="{{ page.url }}" dir="{{ page.dir }}"/>\n'
        : `url {{ page.url }} in {{ page.dir }}; ${pick(r, WORDS)} *text*\n`;
    files[path] = `${frontMatter([...fm, ...layout])}${text}`;
  }
  // With limit_posts the post named may not be in site.posts (Jekyll then fails the site).
  if (linkable.length && !limited && chance(r, 0.6))
    files['links.md'] =
      `---\ntitle: Links\nlayout: default\n---\n[first]({% post_url ${pick(r, linkable)} %}) and [home]({% link index.html %})\n`;
  if (chance(r, 0.5)) files['static.txt'] = 'plain static file\n';
  if (chance(r, 0.3)) files['assets/dot.file.css'] = 'body { color: red }\n';
  // Files Jekyll skips unless `include:` names them (a dot or underscore first), always skips
  // (backups, Emacs locks), or skips by default (Gemfile, node_modules, vendor), and `exclude:` globs.
  if (chance(r, 0.4)) {
    files['.htaccess'] = 'Redirect 301 /old /new\n';
    files['_hidden.html'] = '---\ntitle: Hidden\n---\nhidden {{ page.url }}\n';
    files['notes.md~'] = '---\n---\nbackup\n';
    files['#lock.md#'] = '---\n---\nlock\n';
    files.Gemfile = 'source "https://rubygems.org"\n';
    files['node_modules/pkg/readme.md'] = '---\n---\nin node_modules\n';
    files['vendor/lib.txt'] = 'vendored\n';
    files['logs/build.log'] = 'log\n';
    files['logs/keep.txt'] = 'kept\n';
    const include = some(r, ['.htaccess', '_hidden.html', 'node_modules'], 2);
    if (include.length) files['_config.yml'] += `include: [${include.map((f) => JSON.stringify(f)).join(', ')}]\n`;
    if (chance(r, 0.5)) files['_config.yml'] += `exclude: [${pick(r, ['"*.log"', 'logs', '"logs/*.log", vendor'])}]\n`;
  }

  // A collection.
  if (collection) {
    const count = 1 + Math.floor(r() * 4);
    for (let i = 0; i < count; i++) {
      const name = pick(r, ['pie', 'Cake Mix', 'sub/soup', 'bread.v2', 'tart']);
      const path = `_recipes/${name}.${pick(r, ['md', 'html'])}`;
      files[path] = `${frontMatter([
        ['title', chance(r, 0.7) ? yamlText(`Recipe ${name}`) : undefined],
        ['order', chance(r, 0.8) ? 1 + Math.floor(r() * 5) : undefined],
        ['categories', chance(r, 0.4) ? some(r, CATEGORIES, 2) : undefined],
        // A document without a date is dated at the build's time: always given one.
        ['date', `${pick(r, FILE_DAYS)} 10:00:00`],
      ])}Recipe {{ page.title }} at {{ page.url }}\n`;
    }
    // Files without front matter in a collection: its static files (written when it is output).
    if (chance(r, 0.4)) files[`_recipes/${pick(r, ['photo.txt', 'sub/notes.csv', 'img/a.b.svg'])}`] = 'static\n';
  }
  // A layout's own front matter, which templates read as `layout`.
  if (chance(r, 0.4)) {
    files['_layouts/wide.html'] =
      '---\nlayout: default\nwidth: wide\nsidebar: [a, b]\n---\n<div class="{{ layout.width }}" data-n="{{ layout.sidebar | size }}">{{ content }}</div>{{ layout.layout }}\n';
    files['wide.md'] = '---\nlayout: wide\ntitle: Wide\n---\nWide *page* in {{ layout.width }}\n';
  }

  // collections_dir: posts, drafts and the collection's documents move under it.
  if (chance(r, 0.15)) {
    files['_config.yml'] += 'collections_dir: my_collections\n';
    for (const path of Object.keys(files))
      if (/^(_posts|_drafts|_recipes)\/|^[^_][^/]*(\/[^/]+)*\/_posts\//.test(path)) {
        files[`my_collections/${path}`] = files[path]!;
        delete files[path];
      }
  }

  // Data.
  if (chance(r, 0.6)) files['_data/people.yml'] = '- name: Ann\n- name: Bo\n- {name: "Ünï"}\n';
  if (chance(r, 0.4)) files['_data/nested/more.json'] = '{"k": "json value", "n": [1, 2]}\n';
  if (chance(r, 0.4)) files['_data/table.csv'] = 'a,b\n1,two\n"x, y",3\n';
  return files;
}
