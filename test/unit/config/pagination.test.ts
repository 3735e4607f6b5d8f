import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { paginationSettings } from '../../../src/config/pagination.js';
import { KilnError } from '../../../src/shared/errors.js';
import { tempDir } from '../../helpers/tree.js';

const load = (yaml: string) => {
  const dir = tempDir('config-pagination');
  writeFileSync(join(dir, '_config.yml'), yaml);
  return loadConfig({ source: dir }, {});
};

const failure = (yaml: string) => {
  try {
    load(yaml);
  } catch (e) {
    return (e as KilnError).format();
  }
  throw new Error('no error');
};

const V2 = 'plugins: [jekyll-paginate-v2]\n';

describe('pagination: (jekyll-paginate-v2)', () => {
  it("is merged over the plugin's defaults, a nested mapping key by key, a null keeping the default", () => {
    const config = load(`${V2}pagination:\n  enabled: true\n  per_page: 4\n  title: null\n  trail:\n    after: 2\n`);
    expect(config.pagination).toMatchObject({
      enabled: true,
      per_page: 4,
      permalink: '/page:num/',
      title: ':title - page :num',
      trail: { before: 0, after: 2 },
      collection: 'posts',
      sort_field: 'date',
    });
  });

  it('is read only when the plugin is listed (in plugins:, gems: or the Gemfile)', () => {
    expect(load('pagination:\n  enabled: true\n').pagination).toBeNull();
    expect(load('gems: [jekyll-paginate-v2]\n').pagination).toMatchObject({ enabled: false, per_page: 10 });
    const dir = tempDir('config-pagination-gemfile');
    writeFileSync(join(dir, '_config.yml'), 'pagination: { enabled: true }\n');
    writeFileSync(join(dir, 'Gemfile'), 'group :jekyll_plugins do\n  gem "jekyll-paginate-v2"\nend\n');
    expect(loadConfig({ source: dir }, {}).pagination).toMatchObject({ enabled: true });
  });

  it("a theme gem's plugins load before the config's, as Jekyll requires them: its generators run first", () => {
    const gems = tempDir('config-pagination-gems');
    mkdirSync(join(gems, 'gems', 'a-theme-1.0.0', '_layouts'), { recursive: true });
    mkdirSync(join(gems, 'specifications'), { recursive: true });
    writeFileSync(
      join(gems, 'specifications', 'a-theme-1.0.0.gemspec'),
      'Gem::Specification.new do |s|\n  s.add_runtime_dependency(%q<jekyll-feed>.freeze, ["~> 0.9"])\nend\n',
    );
    const dir = tempDir('config-pagination-theme');
    writeFileSync(join(dir, '_config.yml'), 'theme: a-theme\nplugins: [jekyll-paginate-v2, jekyll-sitemap]\n');
    const config = loadConfig({ source: dir }, { GEM_HOME: gems });
    expect([...config.plugins]).toEqual(['jekyll-feed', 'jekyll-paginate-v2', 'jekyll-sitemap']);
  });

  it("paginate: beside the plugin fails, as Jekyll does (jekyll-paginate listed or not), at paginate's line", () => {
    const message =
      "paginate is jekyll-paginate's setting, and jekyll-paginate-v2 (listed in plugins) fails on it: remove paginate (and paginate_path) and give pagination: { enabled: true, per_page: N } in _config.yml and pagination: { enabled: true } in the page to paginate";
    expect(failure(`${V2}title: x\npaginate: 5\n`)).toBe(`_config.yml:3: ${message}`);
    expect(
      failure('plugins: [jekyll-paginate, jekyll-paginate-v2]\npaginate: 5\npagination: { enabled: true }\n'),
    ).toBe(`_config.yml:2: ${message}`);
    // `paginate: off` too: the plugin reads any value but nil.
    expect(failure(`${V2}paginate: off\n`)).toBe(`_config.yml:2: ${message}`);
    // Without the plugin, jekyll-paginate's own setting is read as before.
    expect(load('plugins: [jekyll-paginate]\npaginate: 5\npagination: { enabled: true }\n').paginate).toBe(5);
  });

  it('what the plugin cannot use is an error at its line', () => {
    expect(failure(`${V2}pagination: yes\n`)).toBe(
      '_config.yml:2: pagination must be a mapping such as { enabled: true, per_page: 10 }',
    );
    expect(failure(`${V2}pagination:\n  enabled: true\n  per_page: 0\n`)).toBe(
      '_config.yml:4: pagination.per_page must be a whole number above 0, not "0"',
    );
    expect(failure(`${V2}pagination:\n  per_page: many\n`)).toBe(
      '_config.yml:3: pagination.per_page must be a whole number above 0, not "many"',
    );
    expect(failure(`${V2}pagination:\n  offset: 1.5\n`)).toBe(
      '_config.yml:3: pagination.offset must be a whole number, not "1.5"',
    );
    expect(failure(`${V2}pagination:\n  trail:\n    before: [1]\n`)).toBe(
      '_config.yml:4: pagination.trail.before must be a whole number, not a list',
    );
    expect(failure(`${V2}pagination:\n  trail: 2\n`)).toBe(
      '_config.yml:3: pagination.trail must be a mapping such as { before: 2, after: 2 }, not "2"',
    );
    expect(failure(`${V2}pagination:\n  permalink: [a]\n`)).toBe(
      '_config.yml:3: pagination.permalink must be a text such as /page:num/, not a list',
    );
    expect(failure(`${V2}pagination:\n  indexpage: ..\n`)).toBe(
      '_config.yml:3: pagination.indexpage must be a file name such as index, not ".."',
    );
    expect(failure(`${V2}pagination:\n  collection: [posts, 5]\n`)).toBe(
      `_config.yml:3: pagination.collection must be a collection's name, all, or a list of names, not a list`,
    );
    expect(failure(`${V2}pagination:\n  tag: { a: 1 }\n`)).toBe(
      '_config.yml:3: pagination.tag must be a name or a list of names, not a mapping',
    );
    expect(failure(`${V2}pagination:\n  sort_field: [date]\n`)).toBe(
      '_config.yml:3: pagination.sort_field must be a field name such as date, not a list',
    );
  });
});

describe("a page's merged settings", () => {
  const settings = (merged: Record<string, unknown>) =>
    paginationSettings(
      { ...load(V2).pagination, ...merged },
      (message, key) => new KilnError(message, 'index.html', key.length),
    );

  it('texts are split as the plugin splits them, and compared in lower case', () => {
    expect(settings({ collection: 'Posts, recipes;notes all' }).collections).toEqual([
      'posts',
      '',
      'recipes',
      'notes',
      'all',
    ]);
    expect(settings({ category: 'News, Misc ;', tag: [' Red', 2020], locale: null })).toMatchObject({
      category: ['news', 'misc'],
      tag: ['red', '2020'],
      locale: null,
    });
  });

  it('numbers may be written as text; a negative offset or limit is none; no sort field is no sorting', () => {
    expect(settings({ per_page: '5', offset: -2, limit: false, sort_field: false })).toMatchObject({
      perPage: 5,
      offset: 0,
      limit: 0,
      sortField: null,
    });
  });

  it('`indexpage` is cut at its first dot, `extension` gets one; an extension of null is none (the merge never gives one: null keeps html)', () => {
    expect(settings({ indexpage: 'main.html', extension: 'htm' })).toMatchObject({
      indexName: 'main',
      hasIndexName: true,
      indexExt: '.htm',
    });
    expect(settings({ extension: null })).toMatchObject({ indexName: '', hasIndexName: false, indexExt: '' });
    expect(settings({ extension: '.xml' }).indexExt).toBe('.xml');
  });
});

describe('autopages: (jekyll-paginate-v2)', () => {
  it("is merged over the plugin's defaults: each kind enabled unless it says otherwise", () => {
    const config = load(
      `${V2}autopages:\n  enabled: true\n  tags:\n    layouts: [tags.html]\n  categories:\n    enabled: false\n`,
    );
    expect(config.autopages?.kinds.map((k) => [k.kind, k.layouts, k.raw.permalink, k.slugify])).toEqual([
      ['tags', ['tags.html'], '/tag/:tag', { mode: 'none', cased: false }],
      ['collections', ['autopage_collection.html'], '/collection/:coll', { mode: 'none', cased: false }],
    ]);
  });

  it('none unless enabled, and none without the plugin', () => {
    expect(load(`${V2}autopages:\n  tags:\n    enabled: true\n`).autopages).toBeNull();
    expect(load('autopages:\n  enabled: true\n').autopages).toBeNull();
  });

  it('what the plugin cannot use is an error at its line', () => {
    expect(failure(`${V2}autopages: maybe\n`)).toBe(
      '_config.yml:2: autopages must be a mapping such as { enabled: true }, not "maybe"',
    );
    expect(failure(`${V2}autopages:\n  enabled: true\n  tags: false\n`)).toBe(
      '_config.yml:4: autopages.tags must be a mapping such as { enabled: true }, not "false"',
    );
    expect(failure(`${V2}autopages:\n  enabled: true\n  tags:\n    layouts: tags.html\n`)).toBe(
      '_config.yml:5: autopages.tags.layouts must be a list of layout files such as [tags.html], not "tags.html"',
    );
    expect(failure(`${V2}autopages:\n  enabled: true\n  categories:\n    title: [x]\n`)).toBe(
      '_config.yml:5: autopages.categories.title must be a text, not a list',
    );
    expect(failure(`${V2}autopages:\n  enabled: true\n  collections:\n    slugify: pretty\n`)).toBe(
      '_config.yml:5: autopages.collections.slugify must be a mapping such as { mode: default }, not "pretty"',
    );
  });
});
