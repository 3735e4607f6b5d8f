import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { createBuildCache } from '../../src/build-cache.js';
import { createLog } from '../../src/shared/log.js';
import { FIXED_EPOCH } from '../helpers/run.js';
import { diffTrees, readTree, tempDir } from '../helpers/tree.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'project-blog', 'source');
const STEPS = Number(process.env.KILN_FUZZ_STEPS ?? 40);
// `npm test` runs a fixed seed; `npm run fuzz:watch` (KILN_FUZZ_STEPS set) a fresh one unless KILN_FUZZ_SEED names one.
const SEED = Number(process.env.KILN_FUZZ_SEED ?? (process.env.KILN_FUZZ_STEPS ? Date.now() % 1_000_000 : 20261201));

function rng(seed: number) {
  let x = seed || 1;
  return (n: number) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return ((x >>> 0) % 1_000_003) % n;
  };
}

/**
 * Templates that read what a watch can get wrong: every page's content (site.pages), another
 * page's content in both orders, site.data, every post as JSON, other documents' `output`, posts' `content` and
 * `output` as Jekyll's render order shows them in a post's layout, categories, static files, an
 * include with parameters inside the paginator's loop, jekyll-archives' pages of posts. The same site in each template language:
 * the fixture's own Nunjucks, and Liquid (`template_engine: liquid`) with `limit:` loops.
 */
interface Flavour {
  /** Files written over the fixture's, keyed by path. */
  readonly files: Record<string, string>;
  /** Lines appended to `_config.yml`. */
  readonly config: string;
  /** Inside blog/index.html's loop over the paginator's posts: an include with a parameter. */
  readonly card: string;
  /** The archive's include, toggled in blog/index.html. */
  readonly archive: string;
  /** The listing layout's length of a page's content. */
  readonly length: string;
}

const SHARED_FILES = (length: string): Record<string, string> => ({
  '_layouts/listing.html': `---\nlayout: base\n---\n<div>{% for pg in site.pages %}<section data-url="{{ pg.url }}">{{ pg.title }} {{ pg.subtitle }}: {{ pg.content ${length} }}</section>{% endfor %}</div>\n{{ content }}\n`,
  // `subtitle`: a field most posts lack, which edits add and remove (a read of a missing field is a read).
  'titles.md':
    '---\nlayout: listing\ntitle: Titles\n---\n{% for p in site.posts %}{{ p.title }} {{ p.subtitle }}; {% endfor %}\n',
  'aa-copy.html':
    '---\ntitle: Before\n---\n{% for pg in site.pages %}{% if pg.path == "titles.md" %}[{{ pg.content }}]{% endif %}{% endfor %}\n',
  'zz-copy.html':
    '---\ntitle: After\n---\n{% for pg in site.pages %}{% if pg.path == "titles.md" %}[{{ pg.content }}]{% endif %}{% endfor %}\n',
  'data.html':
    '---\n---\n{% for item in site.data.nav %}{{ item.title }},{% endfor %} {{ site.data.extra | jsonify }}\n',
  'posts.json': '---\n---\n{{ site.posts | jsonify }}\n',
  // Names a layout that edits add and remove (an output must follow a layout that appears).
  'aside.md': '---\nlayout: aside\n---\nAside in {{ layout.kind }}.\n',
  'cats.html':
    '---\n---\n{% for name, list in site.categories %}{{ name }}={% for p in list %}{{ p.url }} {% endfor %};{% endfor %}\n{% for name, list in site.tags %}{{ name }}={% for p in list %}{{ p.url }} {% endfor %};{% endfor %}\n{% for f in site.static_files %}{{ f.path }};{% endfor %}\n',
  '_includes/card.html': '<b class="card">{{ include.title }}</b>',
  // A collection (its documents are Liquid, as in Jekyll): listed with content and neighbours, by a page.
  'notes.html': `---\n---\n{% for n in site.notes %}{{ n.title }}: {{ n.content }} {{ n.url }} {{ n.next.title }};{% endfor %}\n{% for c in site.collections %}{{ c.label }}={{ c.docs ${length} }};{% endfor %}\n{% for d in site.documents %}{{ d.path }};{% endfor %}\n{% for n in site.notes %}{{ n.output ${length} }};{% endfor %}{% for p in site.posts %}{{ p.output ${length} }};{% endfor %}\n`,
  '_notes/a.md': '---\ntitle: Note A\nrank: 2\n---\nA reads {% for n in site.notes %}{{ n.title }}; {% endfor %}\n',
  '_notes/b.md': '---\ntitle: Note B\nrank: 1\n---\nB body.\n',
  // The pages plugins add to site.pages (COLLECTIONS turns them on): redirects (edits add and move them), feeds per tag.
  'generated.html': `---\n---\n{% for pg in site.pages %}{{ pg.path }} {{ pg.url }} {{ pg.name }} {{ pg.redirect.to }} {{ pg.tags }} {{ pg.static_files ${length} }};{% endfor %}\n{% for pg in site.html_pages %}{{ pg.url }};{% endfor %}\n`,
  // jekyll-archives' pages (COLLECTIONS turns them on): each lists its posts, which edits add, re-date and retag.
  '_layouts/archive.html': `---\nlayout: base\n---\n<h1>{{ page.type }} {{ page.title }} {{ page.date }}</h1>{% for p in page.posts %}<p>{{ p.title }} {{ p.url }} {{ p.content ${length} }}</p>{% endfor %}\n`,
});
const COLLECTIONS =
  'collections:\n  notes:\n    output: true\n    sort_by: rank\nplugins: [jekyll-archives, jekyll-redirect-from, jekyll-feed, jekyll-sitemap]\njekyll-archives:\n  enabled: all\nfeed:\n  tags: true\n';

const NUNJUCKS: Flavour = {
  files: SHARED_FILES('| length'),
  config: '',
  card: '{% set include = { title: post.title } %}{% include "card.html" %}',
  archive: '{% include "archive.html" %}',
  length: '| length',
};

const LIQUID: Flavour = {
  files: {
    ...SHARED_FILES('| size'),
    // Liquid has no `name, list` pair in a loop: a category is [name, posts].
    'cats.html':
      '---\n---\n{% for cat in site.categories %}{{ cat[0] }}={% for p in cat[1] %}{{ p.url }} {% endfor %};{% endfor %}\n{% for tag in site.tags %}{{ tag[0] }}={% for p in tag[1] %}{{ p.url }} {% endfor %};{% endfor %}\n{% for f in site.static_files %}{{ f.path }};{% endfor %}\n{% for p in site.posts limit: 3 offset: 1 %}{{ p.title }} {{ p.content | size }};{% endfor %}\n',
    '_layouts/post.html':
      '---\nlayout: base\n---\n<article>\n<h1>{{ page.title }}</h1>\n<p class="byline"><time datetime="{{ page.date | date_to_xmlschema }}">{{ page.date | date_to_string }}</time>{% for a in page.authors %}{% if forloop.first %} by {% elsif forloop.last %} &amp; {% else %}, {% endif %}{{ a.name }}{% endfor %}</p>\n{{ content }}\n<p class="nav">{% if page.previous %}<a href="{{ page.previous.url | relative_url }}">Older</a>{% endif %} {% if page.next %}<a href="{{ page.next.url | relative_url }}">Newer</a>{% endif %}</p>\n<p class="older">{{ page.previous.output | size }}</p>\n<p class="order">{{ page.next.content | size }}{% for p in site.posts limit: 4 %} {{ p.content | size }}/{{ p.output | size }}{% endfor %}</p>\n<p class="related">{% for r in site.related_posts limit: 3 %}{{ r.title }};{% endfor %}</p>\n</article>\n',
    'index.html':
      '---\nlayout: base\ntitle: Home\n---\n<h1>{{ site.title }}</h1>\n<ul>{% for post in site.posts limit: 3 %}\n<li><a href="{{ post.url | relative_url }}">{{ post.title }}</a> ({{ post.date | date_to_long_string }})\n{{ post.excerpt }}</li>{% endfor %}\n</ul>\n',
    'blog/feed.xml':
      '---\nlayout: null\n---\n<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n<title>{{ site.title | xml_escape }}</title>\n{% for post in site.posts limit: 10 %}<item>\n<title>{{ post.title | xml_escape }}</title>\n<link>{{ post.url | absolute_url }}</link>\n<pubDate>{{ post.date | date: "%a, %d %b %Y %H:%M:%S %z" }}</pubDate>\n<description>{{ post.content | xml_escape }}</description>\n</item>\n{% endfor %}</channel>\n</rss>\n',
    'blog/index.html':
      '---\nlayout: base\ntitle: Blog\n---\n{% for post in paginator.posts %}<article>\n<h2><a href="{{ post.url | relative_url }}">{{ post.title }}</a></h2>\n<p>{{ post.date | date_to_string }} in {{ post.categories | join: ", " }}</p>\n{{ post.excerpt }}</article>\n{% endfor %}\n<p class="pager">{% if paginator.previous_page %}<a href="{{ paginator.previous_page_path | relative_url }}">Newer</a>{% endif %} Page {{ paginator.page }} of {{ paginator.total_pages }} {% if paginator.next_page %}<a href="{{ paginator.next_page_path | relative_url }}">Older</a>{% endif %}</p>\n{% include archive.html %}',
  },
  config: 'template_engine: liquid\n',
  card: '{% include card.html title=post.title %}',
  archive: '{% include archive.html %}',
  length: '| size',
};

/** One random edit of the kinds SPEC §7's rule must survive; returns the paths it touched. */
function edit(
  flavour: Flavour,
  src: string,
  pick: (n: number) => number,
  step: number,
): { what: string; paths: string[]; broken?: string } {
  const posts = readdirSync(join(src, '_posts')).sort();
  const post = posts[pick(posts.length)]!;
  const postPath = join(src, '_posts', post);
  const text = () => readFileSync(postPath, 'utf8');
  const setKey = (key: string, value: string) => {
    const t = text();
    const re = new RegExp(`^${key}:.*$`, 'm');
    writeFileSync(
      postPath,
      re.test(t) ? t.replace(re, `${key}: ${value}`) : t.replace(/^---\n/, `---\n${key}: ${value}\n`),
    );
  };
  const date = () => `20${22 + pick(4)}-0${1 + pick(9)}-1${pick(9)}`;
  const rel = (p: string) => `_posts/${p}`;
  const page = ['titles.md', 'about.md', 'aa-copy.html', 'zz-copy.html'][pick(4)]!;
  const pagePath = join(src, page);
  switch (pick(30)) {
    case 24: {
      // A collection document: edited, retitled, re-ranked, added or removed.
      const name = ['a.md', 'b.md', 'c.md'][pick(3)]!;
      const p = join(src, '_notes', name);
      if (!existsSync(p)) {
        writeFileSync(p, `---\ntitle: Note ${step}\nrank: ${pick(4)}\n---\nAdded at step ${step}.\n`);
        return { what: `add note ${name}`, paths: [`_notes/${name}`] };
      }
      const t = readFileSync(p, 'utf8');
      const change = pick(4);
      if (change === 0 && name === 'c.md') rmSync(p);
      else if (change === 1) writeFileSync(p, t.replace(/^title: .*$/m, `title: Note ${step}`));
      else if (change === 2) writeFileSync(p, t.replace(/^rank: .*$/m, `rank: ${pick(4)}`));
      else writeFileSync(p, `${t}Edited at step ${step}.\n`);
      return { what: `change note ${name} (${change})`, paths: [`_notes/${name}`] };
    }
    case 25: {
      // A post that lists the notes, or a note that reads the posts.
      if (pick(2)) {
        const t = text();
        const snippet = '\nNotes: {% for n in site.notes %}{{ n.title }}; {% endfor %}\n';
        writeFileSync(postPath, t.includes(snippet) ? t.replace(snippet, '') : `${t}${snippet}`);
        return { what: `toggle notes in ${post}`, paths: [rel(post)] };
      }
      const p = join(src, '_notes', 'b.md');
      const t = readFileSync(p, 'utf8');
      const snippet = 'Newest post: {{ site.posts.first.title }} ({{ site.posts.first.content | size }})\n';
      writeFileSync(p, t.includes(snippet) ? t.replace(snippet, '') : `${t}${snippet}`);
      return { what: 'toggle posts in note b.md', paths: ['_notes/b.md'] };
    }
    case 15:
      writeFileSync(pagePath, `${readFileSync(pagePath, 'utf8')}\nEdited at step ${step}.\n`);
      return { what: `edit page ${page}`, paths: [page] };
    case 16:
      writeFileSync(pagePath, readFileSync(pagePath, 'utf8').replace(/^title: .*$/m, `title: Page ${step}`));
      return { what: `retitle page ${page}`, paths: [page] };
    case 17: {
      const name = `extra-${step % 3}.md`;
      const p = join(src, name);
      if (existsSync(p)) {
        rmSync(p);
        return { what: `remove page ${name}`, paths: [name] };
      }
      writeFileSync(p, `---\nlayout: listing\ntitle: Extra ${step}\n---\nExtra page of step ${step}.\n`);
      return { what: `add page ${name}`, paths: [name] };
    }
    case 18: {
      const p = join(src, '_layouts', 'listing.html');
      const t = readFileSync(p, 'utf8');
      writeFileSync(
        p,
        t.includes(`{{ pg.content ${flavour.length} }}`)
          ? t.replace(`{{ pg.content ${flavour.length} }}`, '{{ pg.content }}')
          : t.replace('{{ pg.content }}', `{{ pg.content ${flavour.length} }}`),
      );
      return { what: 'edit listing layout', paths: ['_layouts/listing.html'] };
    }
    case 19: {
      const p = join(src, '_includes', 'card.html');
      writeFileSync(p, `<b class="card-${step}">{{ include.title }}</b>`);
      return { what: 'edit include with parameters', paths: ['_includes/card.html'] };
    }
    case 29: {
      const p = join(src, '_layouts', 'aside.html');
      if (existsSync(p) && pick(2)) {
        rmSync(p);
        return { what: 'remove layout aside.html', paths: ['_layouts/aside.html'] };
      }
      writeFileSync(p, `---\nlayout: base\nkind: aside ${step}\n---\n<aside>{{ content }}</aside>\n`);
      return { what: 'write layout aside.html', paths: ['_layouts/aside.html'] };
    }
    case 20: {
      const p = join(src, '_data', 'extra.yml');
      if (existsSync(p) && pick(2)) {
        rmSync(p);
        return { what: 'remove data file', paths: ['_data/extra.yml'] };
      }
      writeFileSync(p, `step: ${step}\nlist: [${pick(5)}, ${pick(5)}]\n`);
      return { what: 'write data file', paths: ['_data/extra.yml'] };
    }
    case 21: {
      // A post body that reads the pages or the data (bodies see no page's content yet).
      const t = text();
      const snippet = [
        'Pages: {% for pg in site.pages %}{{ pg.title }} ({{ pg.content | size }}); {% endfor %}',
        'Nav: {% for item in site.data.nav %}{{ item.title }}; {% endfor %}',
      ][pick(2)];
      writeFileSync(
        postPath,
        /\n(Pages|Nav):.*\n/.test(t) ? t.replace(/\n(Pages|Nav):.*\n/g, '') : `${t}\n${snippet}\n`,
      );
      return { what: `toggle pages/data body ${post}`, paths: [rel(post)] };
    }
    case 22: {
      const p = join(src, '_config.yml');
      const t = readFileSync(p, 'utf8');
      writeFileSync(
        p,
        /^description: /m.test(t) ? t.replace(/^description: .*\n/m, '') : `${t}description: Step ${step}\n`,
      );
      return { what: 'edit config description', paths: ['_config.yml'] };
    }
    case 23: {
      // Without the archive (which reads every post) in the index pages, they read only their paginator.
      const p = join(src, 'blog', 'index.html');
      const t = readFileSync(p, 'utf8');
      const archive = flavour.archive;
      writeFileSync(p, t.includes(archive) ? t.replace(archive, '') : `${t}${archive}\n`);
      return { what: 'toggle the archive in the index pages', paths: ['blog/index.html'] };
    }
    case 13: {
      // A body that is a template becomes plain text, or the other way round.
      const t = text();
      // Bodies see every post's content as empty while they render, as in a clean build, and any
      // post's excerpt rendered when first read (another post's body may read it): `| size` shows it.
      const snippet = [
        'On {{ site.title }} ({{ site.posts | size }} posts).',
        'After {{ page.previous.title }} ({{ page.previous.excerpt | size }}), before {{ page.next.title }}.',
        'Newest: {% for p in site.posts limit: 2 %}{{ p.title }} ({{ p.content | size }}); {% endfor %}',
      ][pick(3)];
      writeFileSync(
        postPath,
        t.includes('{{') ? t.replace(/\{\{ site\.baseurl \}\}|\n(On|After|Newest).*\n/g, '') : `${t}\n${snippet}\n`,
      );
      return { what: `toggle template ${post}`, paths: [rel(post)] };
    }
    case 14:
      return { what: `break and mend ${post}`, paths: [rel(post)], broken: postPath };
    case 0: {
      const name = `${date()}-fuzz-${step}.md`;
      writeFileSync(
        join(src, '_posts', name),
        // Some long enough that a feed's escape of them stands in its pieces as bytes (fragments.ts, escapesBare).
        `---\ntitle: "Fuzz ${step} 'quoted' & more"\ncategories: ${['news', 'features', ''][pick(3)]}\n---\nBody of ${step} -- with "quotes".\n\n${'Second “paragraph” & <b>more</b>. '.repeat(pick(2) ? 40 : 1)}\n`,
      );
      return { what: `add ${name}`, paths: [rel(name)] };
    }
    case 1:
      writeFileSync(postPath, `${text()}\nEdited at step ${step}.\n`);
      return { what: `edit body ${post}`, paths: [rel(post)] };
    case 2:
      setKey('title', `"Retitled ${step}"`);
      return { what: `retitle ${post}`, paths: [rel(post)] };
    case 3:
      setKey('date', `${date()} 1${pick(9)}:00:00`);
      return { what: `re-date ${post}`, paths: [rel(post)] };
    case 4:
      setKey(pick(2) ? 'categories' : 'tags', ['news', 'features', 'releases', '[]'][pick(4)]!);
      return { what: `recategorize or retag ${post}`, paths: [rel(post)] };
    case 27: {
      // A counter toggled (render/counters.ts): counts run on from document to document in render
      // order. Posts' bodies are Liquid in both flavours; layouts, includes and pages in Liquid's.
      const snippet = [' {% increment hits %}', ' {% decrement hits %}', ' hits={{ hits }}'][pick(3)]!;
      const targets = [rel(post)];
      if (flavour === LIQUID) targets.push('_layouts/post.html', '_includes/archive.html', page);
      const target = targets[pick(targets.length)]!;
      const t = readFileSync(join(src, target), 'utf8');
      writeFileSync(
        join(src, target),
        t.includes(snippet) ? t.replace(snippet, '') : t.replace(/\n?$/, `${snippet}\n`),
      );
      return { what: `toggle${snippet} in ${target}`, paths: [target] };
    }
    case 26:
      // redirect_to empties the post's content (feeds and indexes read it) and makes its output the redirect page.
      if (pick(3) === 0) setKey('redirect_to', ['/moved.html', 'null'][pick(2)]!);
      else setKey('redirect_from', [`/old-${step}/`, '[]', '/moved.html'][pick(3)]!);
      return { what: `redirect to or from ${post}`, paths: [rel(post)] };
    case 28: {
      // A field no post or page had, added, changed or removed (titles.md and the listing layout list it).
      const onPage = pick(2) === 1;
      const file = onPage ? pagePath : postPath;
      const t = readFileSync(file, 'utf8');
      const line = `subtitle: "Sub ${step}"`;
      if (/^subtitle:/m.test(t)) writeFileSync(file, t.replace(/^subtitle:.*\n/m, pick(2) ? '' : `${line}\n`));
      else writeFileSync(file, t.replace(/^---\n/, `---\n${line}\n`));
      return { what: `set or drop subtitle of ${onPage ? page : post}`, paths: [onPage ? page : rel(post)] };
    }
    case 5:
      setKey('published', pick(2) ? 'false' : 'true');
      return { what: `(un)publish ${post}`, paths: [rel(post)] };
    case 6:
      if (posts.length > 5) {
        rmSync(postPath);
        return { what: `delete ${post}`, paths: [rel(post)] };
      }
      return { what: 'nothing', paths: [] };
    case 7: {
      const name = `${date()}-renamed-${step}.md`;
      renameSync(postPath, join(src, '_posts', name));
      return { what: `rename ${post} to ${name}`, paths: [rel(post), rel(name)] };
    }
    case 8: {
      const layout = ['post.html', 'base.html'][pick(2)]!;
      const p = join(src, '_layouts', layout);
      writeFileSync(p, readFileSync(p, 'utf8').replace(/(<!-- step \d+ -->)?\n$/, `<!-- step ${step} -->\n`));
      return { what: `edit layout ${layout}`, paths: [`_layouts/${layout}`] };
    }
    case 9: {
      const p = join(src, '_includes', 'archive.html');
      writeFileSync(
        p,
        readFileSync(p, 'utf8')
          .replace(/<h2>|<h3>/, pick(2) ? '<h3>' : '<h2>')
          .replace(/<\/h2>|<\/h3>/, pick(2) ? '</h3>' : '</h2>'),
      );
      return { what: 'edit include', paths: ['_includes/archive.html'] };
    }
    case 10: {
      const p = join(src, '_data', 'nav.yml');
      writeFileSync(p, `${readFileSync(p, 'utf8')}- title: Step ${step}\n  url: /s${step}/\n`);
      return { what: 'edit data', paths: ['_data/nav.yml'] };
    }
    case 11: {
      const p = join(src, '_config.yml');
      writeFileSync(
        p,
        readFileSync(p, 'utf8')
          .replace(/^paginate: \d+$/m, `paginate: ${3 + pick(4)}`)
          .replace(/^title: .*$/m, `title: Project Blog ${step % 3}`),
      );
      return { what: 'edit config', paths: ['_config.yml'] };
    }
    default: {
      const p = join(src, 'img', `extra-${step % 4}.txt`);
      if (existsSync(p)) {
        rmSync(p);
        return { what: 'remove static file', paths: [`img/extra-${step % 4}.txt`] };
      }
      writeFileSync(p, `static ${step}\n`);
      return { what: 'add static file', paths: [`img/extra-${step % 4}.txt`] };
    }
  }
}

/** A problem's lines cut to a readable length (a JSON page is one long line). */
const short = (problem: string) =>
  problem
    .split('\n')
    .map((line) => (line.length > 300 ? `${line.slice(0, 300)}…` : line))
    .join('\n');

describe.each([
  ['Nunjucks', NUNJUCKS],
  ['Liquid', LIQUID],
])('watch rebuilds equal clean builds (SPEC §7), %s templates', (_name, flavour) => {
  it(
    `${STEPS} random edits, each rebuilt with the watch cache, compared with a clean build (seed ${SEED})`,
    async () => {
      const savedEpoch = process.env.SOURCE_DATE_EPOCH;
      process.env.SOURCE_DATE_EPOCH = FIXED_EPOCH;
      const src = tempDir('fuzz-src');
      cpSync(FIXTURE, src, { recursive: true });
      // Large enough (over 4 KB) that index pages render in pieces, the archive spliced in when written.
      const archive = join(src, '_includes', 'archive.html');
      writeFileSync(archive, `${readFileSync(archive, 'utf8')}<!-- ${'a long sidebar '.repeat(300)}-->\n`);
      // Every other post plain text (no template), so rebuilds take both paths for bodies.
      readdirSync(join(src, '_posts'))
        .sort()
        .forEach((name, i) => {
          const p = join(src, '_posts', name);
          if (i % 2) writeFileSync(p, readFileSync(p, 'utf8').replaceAll('{{ site.baseurl }}', ''));
        });
      mkdirSync(join(src, '_notes'));
      for (const [path, text] of Object.entries(flavour.files)) writeFileSync(join(src, path), text);
      const config = join(src, '_config.yml');
      writeFileSync(config, `${readFileSync(config, 'utf8')}${flavour.config}${COLLECTIONS}`);
      const blog = join(src, 'blog', 'index.html');
      writeFileSync(blog, readFileSync(blog, 'utf8').replace('</a></h2>', `</a></h2>${flavour.card}`));
      const dest = tempDir('fuzz-incremental');
      const cache = createBuildCache();
      const log = createLog(true);
      await build({ source: src, destination: dest }, log, cache);
      expect(readFileSync(join(dest, 'category', 'releases', 'index.html'), 'utf8')).toContain('<h1>category Releases');
      // As in kiln watch once its watcher is ready: rebuilds look only at the paths reported below.
      cache.eventsComplete = true;
      const pick = rng(SEED);
      const history: string[] = [];
      for (let step = 1; step <= STEPS; step++) {
        const { what, paths, broken } = edit(flavour, src, pick, step);
        history.push(what);
        if (broken) {
          // A save that fails to build leaves the site as it was; the next save recovers.
          // Broken front matter always fails; a broken template fails where the post is rendered.
          const good = readFileSync(broken, 'utf8');
          const before = readTree(dest);
          const yaml = pick(2) === 1;
          writeFileSync(broken, yaml ? good.replace('---\n', '---\ntitle: [unclosed\n') : `${good}\n{% if %}\n`);
          for (const p of paths) cache.dirty.add(p);
          const failed = await build({ source: src, destination: dest }, log, cache).then(
            () => false,
            () => true,
          );
          if (yaml) expect(failed).toBe(true);
          if (failed) expect(diffTrees(before, readTree(dest))).toEqual([]);
          writeFileSync(broken, good);
        }
        for (const p of paths) cache.dirty.add(p);
        await build({ source: src, destination: dest }, log, cache);
        const clean = tempDir('fuzz-clean');
        await build({ source: src, destination: clean }, log);
        const problems = diffTrees(readTree(clean), readTree(dest));
        rmSync(clean, { recursive: true, force: true });
        if (problems.length) {
          throw new Error(
            `seed ${SEED}, step ${step} (${history.slice(-5).join('; ')}):\n${problems.slice(0, 5).map(short).join('\n')}\nrerun with KILN_FUZZ_SEED=${SEED}`,
          );
        }
      }
      expect(history).toHaveLength(STEPS);
      console.log(`watch fuzz: ${STEPS} steps passed with seed ${SEED}`);
      if (savedEpoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = savedEpoch;
    },
    120_000 + STEPS * 5_000,
  ); // 2,000 steps take 40 min on a busy 2-core machine
});
