import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileString } from 'sass';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { createBuildCache } from '../../src/build-cache.js';
import { createLog } from '../../src/shared/log.js';
import { buildSite, runCli } from '../helpers/run.js';
import { diffTrees, readTree, tempDir } from '../helpers/tree.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures-plugins');

/**
 * Jekyll's sass converter (libsass) and Dart Sass lay CSS out differently: stylesheets are
 * compared minified (Dart Sass's compressed output of each); a source map's mappings are the
 * compiler's own, so a map is compared by what it is for (version, file).
 */
function comparable(tree: Map<string, Buffer>): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const [path, bytes] of tree) {
    if (path.endsWith('.css')) {
      const css = compileString(bytes.toString('utf8'), { syntax: 'css', style: 'compressed' }).css;
      out.set(path, Buffer.from(css));
    } else if (path.endsWith('.css.map')) {
      const { version, file } = JSON.parse(bytes.toString('utf8'));
      out.set(path, Buffer.from(JSON.stringify({ version, file })));
    } else out.set(path, bytes);
  }
  return out;
}

/** Builds with JEKYLL_ENV=production, as scripts/plugins-expected.sh runs Jekyll. */
async function buildInProduction(source: string, dest: string) {
  const saved = process.env.JEKYLL_ENV;
  process.env.JEKYLL_ENV = 'production';
  try {
    return await buildSite(source, dest);
  } finally {
    if (saved === undefined) delete process.env.JEKYLL_ENV;
    else process.env.JEKYLL_ENV = saved;
  }
}

// Each fixture's expected/ is what `jekyll build` wrote (scripts/plugins-expected.sh). A fixture
// with known-differences.txt lists what kiln does not yet match (errors, then differing files);
// the list must equal what is found, so it only ever shrinks with a deliberate edit.
describe('plugin, Sass and theme sites build as Jekyll builds them', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    it(`${name}`, async () => {
      const dest = tempDir(name);
      const result = await buildInProduction(join(FIXTURES, name, 'source'), dest);
      const problems = result.errors.length
        ? result.errors
        : diffTrees(comparable(readTree(join(FIXTURES, name, 'expected'))), comparable(readTree(dest)));
      const knownFile = join(FIXTURES, name, 'known-differences.txt');
      // UPDATE_KNOWN=1 writes what is found (review the diff: the list should only shrink).
      if (process.env.UPDATE_KNOWN === '1' && existsSync(knownFile))
        writeFileSync(knownFile, `${problems.join('\n')}\n`);
      const known = existsSync(knownFile) ? readFileSync(knownFile, 'utf8').split('\n').filter(Boolean) : [];
      expect(problems.join('\n').split('\n')).toEqual(known.length ? known : ['']);
    });
  }
});

describe('plugins and themes a site names', () => {
  it('an unknown plugin is one warning naming it, and the site builds', () => {
    const src = tempDir('unknown-plugin');
    writeFileSync(
      join(src, '_config.yml'),
      'plugins:\n  - jekyll-feed\n  - jekyll-postfiles\ngems: [jekyll-postfiles]\n',
    );
    writeFileSync(join(src, 'index.html'), '---\n---\nhi\n');
    const r = runCli(['build', '--source', src, '--destination', join(src, '_site'), '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      '_config.yml: warning: plugin "jekyll-postfiles" is not built into kiln: it is ignored (built in: jekyll-feed, jekyll-seo-tag, jekyll-sitemap, jekyll-paginate, jekyll-redirect-from, jekyll-multiple-languages, jekyll-include-cache, jekyll-archives, jekyll-gist, jekyll-avatar, jekyll-mentions, jekyll-optional-front-matter, jekyll-titles-from-headings, jekyll-default-layout, jekyll-readme-index, jekyll-paginate-v2, jekyll-relative-links, jekyll-toc, jekyll-last-modified-at, jekyll-data, jekyll-polyglot, jekyll-commonmark)\n',
    );
  });

  it('jekyll-feed disable_in_development: no feed file unless JEKYLL_ENV names another environment, as in Jekyll', () => {
    const src = tempDir('feed-development');
    writeFileSync(
      join(src, '_config.yml'),
      'plugins: [jekyll-feed]\ntitle: S\nurl: https://example.org\nfeed:\n  disable_in_development: true\n',
    );
    writeFileSync(join(src, 'index.html'), '---\n---\n<head>{% feed_meta %}</head>\n');
    mkdirSync(join(src, '_posts'));
    writeFileSync(join(src, '_posts', '2021-12-01-a.md'), '---\ntitle: A\n---\nA\n');
    const link = '<link type="application/atom+xml" rel="alternate" href="https://example.org/feed.xml" title="S" />';
    for (const [env, feed] of [
      ['', false],
      ['development', false],
      ['production', true],
    ] as const) {
      const dest = join(src, `_site-${env || 'unset'}`);
      const r = runCli(['build', '--source', src, '--destination', dest, '--quiet'], { JEKYLL_ENV: env });
      expect(r.code).toBe(0);
      expect(existsSync(join(dest, 'feed.xml')), env).toBe(feed);
      // The link stays either way, as jekyll-feed leaves it.
      expect(readFileSync(join(dest, 'index.html'), 'utf8')).toBe(`<head>${link}</head>\n`);
    }
  });

  // The one place kiln's feed differs from Jekyll's on purpose: Jekyll's is not XML there.
  it("jekyll-feed: a URL's bare `&` in an href (a category `Food & Drink`) is written `&amp;`, the rest as Jekyll writes it", async () => {
    const site = join(import.meta.dirname, '..', 'jekyll-oracle', 'sites', 'feed-url-ampersand');
    const dest = tempDir('feed-url-ampersand');
    expect((await buildSite(join(site, 'source'), dest)).errors).toEqual([]);
    const jekyll = readTree(join(site, 'expected'));
    const bare = /&(?!amp;|lt;|gt;|quot;|apos;|#\d+;|#x[\da-fA-F]+;)/g;
    let changed = 0;
    for (const [path, bytes] of jekyll) {
      if (!path.endsWith('.xml')) continue;
      const text = bytes.toString('utf8');
      const fixed = text.replace(/ href="[^"]*"/g, (attr) => attr.replace(bare, '&amp;'));
      if (fixed !== text) changed++;
      jekyll.set(path, Buffer.from(fixed));
    }
    expect(changed).toBe(3);
    expect(diffTrees(jekyll, readTree(dest))).toEqual([]);
  });

  it('{% highlight LANG linenos %} is read as Jekyll reads it in both engines (bare language name, options)', async () => {
    const out: string[] = [];
    for (const engine of ['nunjucks', 'liquid']) {
      const src = tempDir(`highlight-${engine}`);
      writeFileSync(join(src, '_config.yml'), `template_engine: ${engine}\n`);
      writeFileSync(
        join(src, 'index.html'),
        '---\n---\n{% highlight Ruby linenos %}\nputs 1\n{% endhighlight %}\n{% highlight c++ %}int x;{% endhighlight %}\n',
      );
      const dest = tempDir(`highlight-${engine}-out`);
      expect((await buildSite(src, dest)).errors).toEqual([]);
      out.push(readFileSync(join(dest, 'index.html'), 'utf8'));
    }
    expect(out[0]).toContain('<code class="language-ruby" data-lang="ruby"><table class="rouge-table">');
    expect(out[0]).toContain('<code class="language-c--" data-lang="c++"><span class="kt">int</span>');
    expect(out[0]).toBe(out[1]);
  });

  it('templates of both engines see jekyll.environment (JEKYLL_ENV, else development) and jekyll.version', () => {
    for (const engine of ['nunjucks', 'liquid']) {
      const src = tempDir(`jekyll-variable-${engine}`);
      writeFileSync(join(src, '_config.yml'), `template_engine: ${engine}\n`);
      writeFileSync(join(src, 'index.html'), '---\n---\n{{ jekyll.environment }} {{ jekyll.version }}\n');
      for (const [env, shown] of [
        ['', 'development'],
        ['staging', 'staging'],
      ]) {
        const dest = join(src, `_site-${shown}`);
        expect(runCli(['build', '--source', src, '--destination', dest, '--quiet'], { JEKYLL_ENV: env! }).code).toBe(0);
        expect(readFileSync(join(dest, 'index.html'), 'utf8'), engine).toBe(`${shown} 4.3.1\n`);
      }
    }
  });

  // test/fixtures-plugins/site-pages has the rest, as Jekyll built it; this part prints modification times.
  it("jekyll-sitemap's page in site.pages lists the static .html, .htm, .xhtml and .pdf files, as in Jekyll", async () => {
    const src = tempDir('sitemap-static-files');
    mkdirSync(join(src, 'files'));
    for (const name of ['a.pdf', 'b.html', 'c.txt', 'd.xhtml', 'e.PDF']) writeFileSync(join(src, 'files', name), 'x\n');
    writeFileSync(join(src, '_config.yml'), 'template_engine: liquid\nplugins: [jekyll-sitemap]\n');
    writeFileSync(
      join(src, 'index.html'),
      '---\n---\n{% for p in site.pages %}{{ p.name }}: {{ p.static_files | map: "path" | join: "," }};{% endfor %}\n',
    );
    const dest = join(src, '_site');
    expect((await buildSite(src, dest)).errors).toEqual([]);
    expect(readFileSync(join(dest, 'index.html'), 'utf8')).toBe(
      'index.html: ;sitemap.xml: /files/a.pdf,/files/b.html,/files/d.xhtml;robots.txt: ;\n',
    );
  });

  it('jekyll-archives: what Jekyll writes over another output, and a missing layout, are warnings', () => {
    const dest = tempDir('archives-tags-out');
    const r = runCli([
      'build',
      '--source',
      join(FIXTURES, 'archives-tags', 'source'),
      '--destination',
      dest,
      '--quiet',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      '_config.yml: warning: jekyll-archives: layout "missing" of the month archives does not exist: they are written empty, as Jekyll writes them',
      '_config.yml: warning: 2 outputs claim tag/ruby/index.html: the tag archive "Ruby", the tag archive "ruby": as in Jekyll, the last one is written: the tag archive "ruby"',
      '_config.yml: warning: 2 outputs claim tag/x/index.html: tag/x/index.html, the tag archive "x": as in Jekyll, the last one is written: the tag archive "x"',
    ]);
  });

  it('jekyll-archives: a Nunjucks layout sees the page as a Liquid one does', async () => {
    const out: string[] = [];
    for (const engine of ['nunjucks', 'liquid']) {
      const src = tempDir(`archives-${engine}`);
      writeFileSync(
        join(src, '_config.yml'),
        `template_engine: ${engine}\nplugins: [jekyll-archives]\njekyll-archives:\n  enabled: [categories, month]\n`,
      );
      mkdirSync(join(src, '_layouts'));
      writeFileSync(
        join(src, '_layouts', 'archive.html'),
        '{{ page.type }} {{ page.title }} {{ page.date }} {{ page.url }}:{% for p in page.posts %} {{ p.title }}{% endfor %}\n',
      );
      mkdirSync(join(src, '_posts'));
      writeFileSync(join(src, '_posts', '2021-05-01-a.md'), '---\ntitle: A\ncategories: [Big News]\n---\nA\n');
      writeFileSync(join(src, '_posts', '2021-05-09-b.md'), '---\ntitle: B\ncategories: [Big News]\n---\nB\n');
      const dest = tempDir(`archives-${engine}-out`);
      expect((await buildSite(src, dest)).errors).toEqual([]);
      out.push(
        readFileSync(join(dest, 'category', 'big-news', 'index.html'), 'utf8') +
          readFileSync(join(dest, '2021', '05', 'index.html'), 'utf8'),
      );
    }
    expect(out[1]).toBe('category Big News  /category/big-news/: B A\nmonth  2021-05-01 /2021/05/: B A\n');
    expect(out[0]).toBe(out[1]);
  });

  it('with the watch cache, an edited document is in its collection feeds as in a clean build', async () => {
    const src = tempDir('feed-collections-watch');
    cpSync(join(FIXTURES, 'feed-collections', 'source'), src, { recursive: true });
    const dest = tempDir('feed-collections-watch-out');
    const cache = createBuildCache();
    const log = createLog(true);
    await build({ source: src, destination: dest }, log, cache);
    writeFileSync(
      join(src, '_notes', 'pasteis.md'),
      '---\ntitle: Pastéis\ndate: 2024-02-12\ncategory: food\n---\nEdited.\n',
    );
    cache.dirty.add('_notes/pasteis.md');
    const written = (await build({ source: src, destination: dest }, log, cache)).report.writtenPaths;
    expect(written).toEqual(['feed/notes.xml', 'feed/notes/food.xml', 'notes/pasteis/index.html']);
    const clean = tempDir('feed-collections-clean');
    await build({ source: src, destination: clean }, log);
    expect(diffTrees(readTree(clean), readTree(dest))).toEqual([]);
  });

  it("jekyll-data: a theme's data file edited in a watch gives what a clean build gives", async () => {
    const src = tempDir('data-watch');
    cpSync(join(FIXTURES, 'data', 'source'), src, { recursive: true });
    const dest = tempDir('data-watch-out');
    const cache = createBuildCache();
    const log = createLog(true);
    await build({ source: src, destination: dest }, log, cache);
    const path = '_themes/kiln-data-theme/_data/strings.yml';
    writeFileSync(join(src, path), 'site_name: Renamed\nlabels:\n  back: Return\n');
    cache.dirty.add(path);
    await build({ source: src, destination: dest }, log, cache);
    const page = readFileSync(join(dest, 'index.html'), 'utf8');
    expect(page).toContain('<title>Renamed</title>');
    expect(page).toContain('<p>Onward / Return / only the site has it</p>');
    const clean = tempDir('data-watch-clean');
    await build({ source: src, destination: clean }, log);
    expect(diffTrees(readTree(clean), readTree(dest))).toEqual([]);
  });

  it('the generated Atom feeds pass kiln check', () => {
    for (const name of ['feed', 'feed-collections', 'feed-collections-list']) {
      const dest = tempDir(`${name}-check`);
      const src = join(FIXTURES, name, 'source');
      expect(runCli(['build', '--source', src, '--destination', dest, '--quiet']).code).toBe(0);
      const r = runCli(['check', '--source', src, '--destination', dest]);
      expect(r.stdout, name).toMatch(/: 0 problems\n$/);
      expect(r.code).toBe(0);
    }
  });

  it('a theme that cannot be found is an error that lists where kiln looked', () => {
    const src = tempDir('no-theme');
    writeFileSync(join(src, '_config.yml'), 'theme: nosuch\n');
    const r = runCli(['build', '--source', src, '--destination', join(src, '_site'), '--quiet']);
    expect(r.code).toBe(1);
    const lines = r.stderr.split('\n');
    expect(lines[0]).toBe('_config.yml:1: theme "nosuch" not found; kiln looked in:');
    expect(lines[1]).toBe(`  ${join(src, '_themes', 'nosuch')}`);
    expect(lines).toContain(`  ${join(src, 'node_modules', 'nosuch')}`);
    expect(lines).toContain(`  ${join(src, 'node_modules', 'jekyll-theme-nosuch')}`);
    expect(r.stderr).toContain('copy the theme');
  });

  // As RubyGems lays a gem out: gems/NAME-VERSION/ and specifications/NAME-VERSION.gemspec.
  it('a theme installed as a Ruby gem is found with the plugins it depends on: the jekyll new site builds as Jekyll built it', async () => {
    const fixture = join(FIXTURES, 'jekyll-new');
    const gems = tempDir('gem-home');
    const minima = join(gems, 'gems', 'minima-2.5.1');
    for (const folder of ['_layouts', '_includes', '_sass', 'assets'])
      cpSync(join(fixture, 'source', '_themes', 'minima', folder), join(minima, folder), { recursive: true });
    mkdirSync(join(gems, 'specifications'));
    writeFileSync(
      join(gems, 'specifications', 'minima-2.5.1.gemspec'),
      [
        'Gem::Specification.new do |s|',
        '  s.name = "minima".freeze',
        '  s.add_runtime_dependency(%q<jekyll>.freeze, [">= 3.5", "< 5.0"])',
        '  s.add_runtime_dependency(%q<jekyll-feed>.freeze, ["~> 0.9"])',
        '  s.add_runtime_dependency(%q<jekyll-seo-tag>.freeze, ["~> 2.1"])',
        '  s.add_development_dependency(%q<bundler>.freeze, [">= 1.15"])',
        'end',
        '',
      ].join('\n'),
    );
    // An older version and another gem whose name begins the same are not taken.
    mkdirSync(join(gems, 'gems', 'minima-2.4.0', '_layouts'), { recursive: true });
    writeFileSync(join(gems, 'gems', 'minima-2.4.0', '_layouts', 'default.html'), 'old minima {{ content }}');
    mkdirSync(join(gems, 'gems', 'minima-dark-9.0.0', '_layouts'), { recursive: true });
    writeFileSync(join(gems, 'gems', 'minima-dark-9.0.0', '_layouts', 'default.html'), 'dark {{ content }}');
    const src = tempDir('gem-theme-site');
    cpSync(join(fixture, 'source'), src, { recursive: true, filter: (from) => !from.includes('_themes') });
    const saved = process.env.GEM_HOME;
    process.env.GEM_HOME = gems;
    try {
      const dest = tempDir('gem-theme-out');
      const result = await buildInProduction(src, dest);
      expect(result.errors).toEqual([]);
      expect(diffTrees(comparable(readTree(join(fixture, 'expected'))), comparable(readTree(dest)))).toEqual([]);
      // The version the site's Gemfile.lock names wins over the highest.
      const lock = join(src, 'Gemfile.lock');
      writeFileSync(lock, readFileSync(lock, 'utf8').replace('    minima (2.5.1)', '    minima (2.4.0)'));
      const older = tempDir('gem-theme-older');
      expect((await buildInProduction(src, older)).errors).toEqual([]);
      expect(readFileSync(join(older, '404.html'), 'utf8')).toMatch(/^old minima /);
    } finally {
      if (saved === undefined) delete process.env.GEM_HOME;
      else process.env.GEM_HOME = saved;
    }
  });

  it('the gems of the Gemfile’s jekyll_plugins group are plugins, as Jekyll loads them with Bundler', () => {
    const src = tempDir('gemfile-plugins');
    writeFileSync(join(src, '_config.yml'), 'title: T\nurl: https://example.com\n');
    mkdirSync(join(src, '_posts'));
    writeFileSync(join(src, '_posts', '2024-01-01-a.md'), '---\ntitle: A\n---\nhi\n');
    writeFileSync(
      join(src, 'Gemfile'),
      'source "https://rubygems.org"\ngem "jekyll"\ngroup :jekyll_plugins do\n  gem "jekyll-feed"\n  gem "jemoji"\nend\n',
    );
    const dest = join(src, '_site');
    const r = runCli(['build', '--source', src, '--destination', dest, '--quiet']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dest, 'feed.xml'), 'utf8')).toContain('<title type="html">A</title>');
    expect(r.stderr).toMatch(/^Gemfile: warning: plugin "jemoji" is not built into kiln: it is ignored/m);
    // Jekyll does not load them when told not to use Bundler.
    const without = join(src, '_site2');
    expect(
      runCli(['build', '--source', src, '--destination', without, '--quiet'], { JEKYLL_NO_BUNDLER_REQUIRE: '1' }).code,
    ).toBe(0);
    expect(existsSync(join(without, 'feed.xml'))).toBe(false);
  });

  it('a theme in node_modules is found, and the site’s own files win over it', async () => {
    const src = tempDir('npm-theme');
    const theme = join(src, 'node_modules', 'jekyll-theme-plain');
    mkdirSync(join(theme, '_layouts'), { recursive: true });
    mkdirSync(join(theme, '_includes'), { recursive: true });
    mkdirSync(join(theme, 'assets'), { recursive: true });
    writeFileSync(join(theme, '_layouts', 'default.html'), '<main>{% include "nav.html" %}{{ content }}</main>\n');
    writeFileSync(join(theme, '_includes', 'nav.html'), '<nav>theme</nav>');
    writeFileSync(join(theme, 'assets', 'logo.txt'), 'theme logo\n');
    writeFileSync(join(theme, 'assets', 'own.txt'), 'theme own\n');
    mkdirSync(join(src, '_includes'));
    mkdirSync(join(src, 'assets'));
    writeFileSync(join(src, '_includes', 'nav.html'), '<nav>site</nav>');
    writeFileSync(join(src, 'assets', 'own.txt'), 'site own\n');
    writeFileSync(join(src, '_config.yml'), 'theme: plain\n');
    writeFileSync(join(src, 'index.html'), '---\nlayout: default\n---\nhi\n');
    const dest = join(src, '_site');
    const result = await buildSite(src, dest);
    expect(result.errors).toEqual([]);
    const tree = readTree(dest);
    expect(tree.get('index.html')?.toString()).toBe('<main><nav>site</nav>hi\n</main>\n');
    expect(tree.get('assets/logo.txt')?.toString()).toBe('theme logo\n');
    expect(tree.get('assets/own.txt')?.toString()).toBe('site own\n');
  });
  it('a theme’s layouts are named as the site’s (doc.liquid is doc), the site’s of a name win, any theme include is read', async () => {
    const src = tempDir('theme-layouts');
    const theme = join(src, 'node_modules', 'jekyll-theme-plain');
    mkdirSync(join(theme, '_layouts', '_private'), { recursive: true });
    mkdirSync(join(theme, '_includes', '.parts'), { recursive: true });
    writeFileSync(join(theme, '_layouts', 'doc.liquid'), '<doc>{% include .parts/x.html %}{{ content }}</doc>\n');
    writeFileSync(join(theme, '_layouts', 'page.html'), '<theme-page>{{ content }}</theme-page>\n');
    writeFileSync(join(theme, '_layouts', '_private', 'hid.html'), '<hid>{{ content }}</hid>\n');
    writeFileSync(join(theme, '_includes', '.parts', 'x.html'), '<x>');
    mkdirSync(join(src, '_layouts'));
    writeFileSync(join(src, '_layouts', 'page.htm'), '<site-page>{{ content }}</site-page>\n');
    writeFileSync(join(src, '_config.yml'), 'theme: plain\ntemplate_engine: liquid\n');
    writeFileSync(join(src, 'a.html'), '---\nlayout: doc\n---\na\n');
    writeFileSync(join(src, 'b.html'), '---\nlayout: page\n---\nb\n');
    writeFileSync(join(src, 'c.html'), '---\nlayout: _private/hid\n---\nc\n');
    const dest = join(src, '_site');
    const result = await buildSite(src, dest);
    expect(result.errors).toEqual([]);
    const tree = readTree(dest);
    expect(tree.get('a.html')?.toString()).toBe('<doc><x>a\n</doc>\n');
    expect(tree.get('b.html')?.toString()).toBe('<site-page>b\n</site-page>\n');
    expect(tree.get('c.html')?.toString()).toBe('c\n');
  });
});
