import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import type { KilnError } from '../../../src/shared/errors.js';
import { tempDir } from '../../helpers/tree.js';

const load = (yaml: string) => {
  const dir = tempDir('config-archives');
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

describe('jekyll-archives:', () => {
  it("is merged over the plugin's defaults", () => {
    const config = load(
      'plugins: [jekyll-archives]\njekyll-archives:\n  enabled: [tags, year]\n  layouts:\n    year: by-year\n  permalinks:\n    tag: /t/:name/\n',
    );
    expect(config.archives?.enabled).toEqual(['tag', 'year']);
    expect(config.archives?.types.tag).toEqual({ layout: 'archive', permalink: '/t/:name/' });
    expect(config.archives?.types.year).toEqual({ layout: 'by-year', permalink: '/:year/' });
    expect(config.archives?.types.category.permalink).toBe('/category/:name/');
  });

  it('all and true enable every kind; none by default; not read without the plugin', () => {
    const every = ['tag', 'category', 'year', 'month', 'day'];
    expect(load('plugins: [jekyll-archives]\njekyll-archives:\n  enabled: all\n').archives?.enabled).toEqual(every);
    expect(load('plugins: [jekyll-archives]\njekyll-archives:\n  enabled: true\n').archives?.enabled).toEqual(every);
    expect(load('plugins: [jekyll-archives]\n').archives?.enabled).toEqual([]);
    expect(load('jekyll-archives:\n  enabled: 5\n').archives).toBeNull();
  });

  it('a layout set to null is none; a type without its own layout takes `layout`', () => {
    const config = load(
      'plugins: [jekyll-archives]\njekyll-archives:\n  enabled: all\n  layout: null\n  layouts:\n    tag: tags\n',
    );
    expect(config.archives?.types.year.layout).toBeNull();
    expect(config.archives?.types.tag.layout).toBe('tags');
  });

  it('what it cannot read is an error at its line', () => {
    expect(failure('plugins: [jekyll-archives]\njekyll-archives:\n  enabled: 5\n')).toBe(
      '_config.yml:3: jekyll-archives.enabled must be all or a list of tags, categories, year, month, day, not "5"',
    );
    expect(failure('plugins: [jekyll-archives]\njekyll-archives:\n  enabled: [tag]\n')).toBe(
      '_config.yml:3: jekyll-archives.enabled: unknown archive "tag" (known: all, tags, categories, year, month, day)',
    );
    expect(failure('plugins: [jekyll-archives]\njekyll-archives: yes\n')).toBe(
      '_config.yml:2: jekyll-archives must be a mapping such as { enabled: [tags, categories] }',
    );
    expect(failure('plugins: [jekyll-archives]\njekyll-archives:\n  permalinks: /x/\n')).toBe(
      '_config.yml:3: jekyll-archives.permalinks must be a mapping of archive type (year, tag, …) to a value',
    );
    expect(failure('plugins: [jekyll-archives]\njekyll-archives:\n  permalinks:\n    day: [a]\n')).toBe(
      '_config.yml:4: jekyll-archives.permalinks.day must be a URL pattern such as /:year/:month/:day/, not a list',
    );
  });
});
