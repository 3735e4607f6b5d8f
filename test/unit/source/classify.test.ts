import { describe, expect, it } from 'vitest';
import { JEKYLL_EXCLUDES } from '../../../src/config/defaults.js';
import type { Config } from '../../../src/config/types.js';
import { Classifier } from '../../../src/source/classify.js';

const config = {
  source: '/site',
  destination: '/site/content',
  configFiles: ['/site/_config.yml'],
  // As the config loader makes it: the site's own, then what Jekyll always adds.
  exclude: ['*.log', 'drafts-folder', ...JEKYLL_EXCLUDES],
  include: ['.well-known'],
  collections: [{ label: 'recipes' }],
  collectionsDir: '',
} as unknown as Config;
const c = new Classifier(config);
// With collections_dir, posts and collections live in that folder only.
const inFolder = new Classifier({ ...config, collectionsDir: 'my' } as Config);

describe('which paths are site input (SPEC §2)', () => {
  it.each([
    ['_posts/2021-01-01-a.md', 'post'],
    ['_drafts/a.md', 'draft'],
    ['_layouts/post.html', 'layout'],
    ['_includes/nav/top.html', 'include'],
    ['_data/authors.yml', 'data'],
    ['blog/index.html', 'document'],
    // The site's `include` replaces Jekyll's default one, [.htaccess].
    ['.htaccess', null],
    ['.well-known/security.txt', 'document'],
    ['constructor/a.txt', 'document'],
    ['_private/key.txt', null],
    ['.git/HEAD', null],
    ['notes.md~', null],
    ['build.log', null],
    ['logs/x.log', null],
    ['drafts-folder/a.txt', null],
    ['content/index.html', null],
    ['node_modules/x/index.js', null],
    ['Gemfile', null],
    ['vendor/bundle/ruby/x.rb', null],
    // Jekyll reads these: only Bundler's folders in vendor/ are left out, and src/ is a folder like any other.
    ['vendor/lib.txt', 'document'],
    ['src/cli.ts', 'document'],
    ['package.json', null],
    ['_config.yml', null],
    ['_recipes/soup.md', 'collection'],
    ['_recipes/sub/bread.html', 'collection'],
    ['_recipes/_hidden.md', null],
    ['_recipes/.notes.md', null],
    ['_unlisted/a.md', null],
    ['news/_posts/2021-01-01-a.md', 'post'],
  ])('%s → %s', (path, kind) => expect(c.kindOf(path)).toBe(kind));

  it.each([
    ['my/_posts/2021-01-01-a.md', 'post'],
    ['my/news/_posts/2021-01-01-a.md', 'post'],
    ['my/_drafts/a.md', 'draft'],
    ['my/_recipes/soup.md', 'collection'],
    ['my/page.md', 'document'],
    ['_posts/2021-01-01-a.md', null],
    ['news/_posts/2021-01-01-a.md', null],
    ['_recipes/soup.md', null],
    ['_layouts/post.html', 'layout'],
  ])('collections_dir my: %s → %s', (path, kind) => expect(inFolder.kindOf(path)).toBe(kind));

  it('reads .htaccess anywhere with the default include, and what include names inside an excluded folder', () => {
    const byDefault = new Classifier({ ...config, include: ['.htaccess'] } as Config);
    expect(byDefault.kindOf('.htaccess')).toBe('document');
    expect(byDefault.kindOf('sub/.htaccess')).toBe('document');
    // What include lists word for word is no longer excluded; otherwise it names entries by their own name.
    const withModules = new Classifier({ ...config, include: ['node_modules', 'keep.log', 'docs/_private'] } as Config);
    expect(withModules.kindOf('node_modules/pkg/readme.md')).toBe('document');
    expect(withModules.walksInto('node_modules/pkg')).toBe(true);
    expect(withModules.kindOf('logs/keep.log')).toBe('document');
    expect(withModules.kindOf('logs/other.log')).toBeNull();
    expect(withModules.walksInto('docs/_private')).toBe(false);
  });

  it('matches exclude and include against the path inside a collection, from `_LABEL/`', () => {
    const filtered = new Classifier({
      ...config,
      collectionsDir: 'my',
      exclude: ['my', 'my/_recipes/a.md', '_recipes/b.md', '*/wip'],
      include: ['.htaccess', '_inc'],
    } as Config);
    // `exclude: [my]` keeps the collections in it, not the rest of the folder.
    expect(filtered.walksInto('my')).toBe(true);
    expect(filtered.walksInto('my/sub')).toBe(false);
    expect(filtered.kindOf('my/page.md')).toBeNull();
    expect(filtered.kindOf('my/_recipes/a.md')).toBe('collection');
    expect(filtered.kindOf('my/_recipes/b.md')).toBeNull();
    // Only the file's own path is matched, never its folders'.
    expect(filtered.kindOf('my/_recipes/wip/c.md')).toBe('collection');
    expect(filtered.kindOf('my/_recipes/.htaccess')).toBe('collection');
    expect(filtered.kindOf('my/_recipes/_inc/d.md')).toBe('collection');
    expect(filtered.kindOf('my/_recipes/_other/d.md')).toBeNull();
  });

  it('reads every _data file but dot names, whatever exclude and the `_`, `#` and `~` filter say', () => {
    const data = new Classifier({ ...config, exclude: ['*.csv', '_data/archive', '_data'] } as Config);
    expect(data.kindOf('_data/rooms.csv')).toBe('data');
    expect(data.kindOf('rooms.csv')).toBeNull();
    expect(data.walksInto('_data')).toBe(true);
    expect(data.walksInto('_data/archive')).toBe(true);
    expect(data.kindOf('_data/archive/2023.yml')).toBe('data');
    expect(data.kindOf('_data/_defaults.yml')).toBe('data');
    expect(data.kindOf('_data/#draft.yml')).toBe('data');
    expect(data.walksInto('_data/old~')).toBe(true);
    expect(data.kindOf('_data/.hidden.yml')).toBeNull();
    expect(data.walksInto('_data/.private')).toBe(false);
    expect(data.kindOf('_data/.private/keys.yml')).toBeNull();
  });

  it.each([
    ['_posts/_unpublished/2020-01-01-a.md', null],
    ['_posts/.old/2020-01-01-a.md', null],
    ['_posts/#tmp/2020-01-01-a.md', null],
    ['_posts/~tmp/2020-01-01-a.md', null],
    ['_posts/~2020-01-01-a.md', null],
    // Only the first folder inside _posts counts, and any dot folder.
    ['_posts/2019/_old/2020-01-01-a.md', 'post'],
    ['_posts/2019/~old/2020-01-01-a.md', 'post'],
    ['_posts/2019/.cache/2020-01-01-a.md', null],
    ['_posts/2019/_2020-01-01-a.md', null],
    ['news/_posts/_wip/2020-01-01-a.md', null],
    ['news/_posts/travel/2020-01-01-a.md', 'post'],
    ['_drafts/_ideas/a.md', null],
    ['news/_drafts/_ideas/a.md', null],
    ['_recipes/~wip/a.md', null],
    ['_recipes/sub/~old/a.md', 'collection'],
    ['~$report.docx', null],
    ['uploads/~WRL0001.tmp', null],
    ['~backup/a.html', null],
    ['uploads/a~b.txt', 'document'],
    ['_layouts/~t.html', null],
    // The include tag opens any name.
    ['_includes/~note.html', 'include'],
    ['_includes/_footer.html', 'include'],
  ])('a special name (leading _ . # ~): %s → %s', (path, kind) => expect(c.kindOf(path)).toBe(kind));

  it('walks into the folders inside _posts that Jekyll lists, and what include names there', () => {
    expect(c.walksInto('_posts')).toBe(true);
    expect(c.walksInto('_posts/2019')).toBe(true);
    expect(c.walksInto('_posts/2019/_old')).toBe(true);
    expect(c.walksInto('_posts/_unpublished')).toBe(false);
    expect(c.walksInto('_posts/2019/.cache')).toBe(false);
    expect(inFolder.walksInto('my/news/_posts/_wip')).toBe(false);
    const including = new Classifier({ ...config, include: ['_unpublished'] } as Config);
    expect(including.walksInto('_posts/_unpublished')).toBe(true);
    expect(including.kindOf('_posts/_unpublished/2020-01-01-a.md')).toBe('post');
  });

  it('walks into the folders that hold collections and posts', () => {
    expect(inFolder.walksInto('my')).toBe(true);
    expect(inFolder.walksInto('my/_recipes')).toBe(true);
    expect(inFolder.walksInto('my/_recipes/sub')).toBe(true);
    expect(inFolder.walksInto('_posts')).toBe(false);
    expect(c.walksInto('_recipes')).toBe(true);
    expect(c.walksInto('_unlisted')).toBe(false);
  });

  it('leaves out a destination and config file in a subfolder, exclude and include read as paths, folders and globs', () => {
    const nested = new Classifier({
      ...config,
      destination: '/site/out/deep',
      configFiles: ['/site/_config.yml', '/site/conf/extra.yml'],
      exclude: ['notes/', './tools', 'docs', 'news/*.txt', '?', '*.log'],
      include: ['keep.log'],
    } as unknown as Config);
    expect(nested.kindOf('out/deep/index.html')).toBeNull();
    expect(nested.kindOf('out/deeper/index.html')).toBe('document');
    expect(nested.kindOf('out/index.html')).toBe('document');
    expect(nested.walksInto('out/deep')).toBe(false);
    expect(nested.walksInto('out')).toBe(true);
    expect(nested.kindOf('conf/extra.yml')).toBeNull();
    expect(nested.kindOf('conf/other.yml')).toBe('document');
    expect(nested.kindOf('notes/a.md')).toBeNull();
    expect(nested.kindOf('notesx/a.md')).toBe('document');
    // As Jekyll's EntryFilter: an entry is a prefix of the path as text, and `./` matches nothing.
    expect(nested.kindOf('docs.html')).toBeNull();
    expect(nested.kindOf('docs-old/a.md')).toBeNull();
    expect(nested.walksInto('docs-old')).toBe(false);
    expect(nested.kindOf('tools/a.md')).toBe('document');
    expect(nested.kindOf('news/a.txt')).toBeNull();
    expect(nested.kindOf('news/a.md')).toBe('document');
    expect(nested.kindOf('x')).toBeNull();
    expect(nested.kindOf('x/y.md')).toBeNull();
    expect(nested.kindOf('ab/b.log')).toBeNull();
    expect(nested.kindOf('ab/keep.log')).toBe('document');
  });
  it('reads any file in _includes, whatever its name and the excludes (Jekyll’s include tag reads the folder itself)', () => {
    const site = new Classifier({ ...config, exclude: ['*.json', '_includes/skipped', '_includes'] } as Config);
    for (const path of ['_includes/_nav.html', '_includes/#a.html', '_includes/.hidden/y.html', '_includes/v.json'])
      expect(site.kindOf(path)).toBe('include');
    expect(site.kindOf('_includes/skipped/in.html')).toBe('include');
    expect(site.walksInto('_includes')).toBe(true);
    expect(site.walksInto('_includes/.hidden')).toBe(true);
    expect(site.kindOf('v.json')).toBeNull();
  });

  it('takes as layouts the files Jekyll’s LayoutReader takes: names with an extension, filtered by their path in _layouts', () => {
    const site = new Classifier({
      ...config,
      exclude: ['_layouts', 'ex.html', '_layouts/ex2.html'],
      include: ['_keep.html'],
    } as unknown as Config);
    const kinds = Object.fromEntries(
      ['doc.liquid', 'api.json', 'plain', 'sub/ok.html', 'sub/_x.html', '_u/in.html', '#h.html', 'bak.html~', 'x.']
        .concat(['ex.html', 'ex2.html', '_keep.html', '.h/hid.html'])
        .map((inside) => [inside, site.kindOf(`_layouts/${inside}`)]),
    );
    expect(kinds).toEqual({
      'doc.liquid': 'layout',
      'api.json': 'layout',
      plain: null,
      'sub/ok.html': 'layout',
      'sub/_x.html': null,
      '_u/in.html': null,
      '#h.html': null,
      'bak.html~': null,
      'x.': null,
      'ex.html': null,
      'ex2.html': 'layout',
      '_keep.html': 'layout',
      '.h/hid.html': null,
    });
    expect(site.walksInto('_layouts')).toBe(true);
    expect(site.walksInto('_layouts/_u')).toBe(true);
    expect(site.walksInto('_layouts/.h')).toBe(false);
  });
});
