import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import type { KilnError } from '../../../src/shared/errors.js';
import { tempDir } from '../../helpers/tree.js';

const load = (yaml: string) => {
  const dir = tempDir('config-markdown-pages');
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

const ALL =
  'plugins: [jekyll-optional-front-matter, jekyll-readme-index, jekyll-titles-from-headings, jekyll-default-layout]\n';

describe("GitHub Pages' Markdown plugins' settings", () => {
  it('are read only for the plugins the site names, each off by default in every option', () => {
    const none = load('optional_front_matter: {remove_originals: true}\n');
    expect([none.optionalFrontMatter, none.readmeIndex, none.titlesFromHeadings]).toEqual([null, null, null]);
    const all = load(ALL);
    expect(all.optionalFrontMatter).toEqual({ removeOriginals: false });
    expect(all.readmeIndex).toEqual({ removeOriginals: false, withFrontmatter: false });
    expect(all.titlesFromHeadings).toEqual({ stripTitle: false, collections: false });
    expect(all.plugins.has('jekyll-default-layout')).toBe(true);
  });

  it('read the switches, YAML 1.1 words too, and `enabled: false` turns a plugin off', () => {
    const c = load(
      `${ALL}optional_front_matter:\n  remove_originals: yes\nreadme_index:\n  with_frontmatter: true\n  remove_originals: false\ntitles_from_headings:\n  enabled: true\n  strip_title: true\n  collections: true\n`,
    );
    expect(c.optionalFrontMatter).toEqual({ removeOriginals: true });
    expect(c.readmeIndex).toEqual({ removeOriginals: false, withFrontmatter: true });
    expect(c.titlesFromHeadings).toEqual({ stripTitle: true, collections: true });
    const off = load(
      `${ALL}optional_front_matter: {enabled: false}\nreadme_index: {enabled: false}\ntitles_from_headings: {enabled: false}\n`,
    );
    expect([off.optionalFrontMatter, off.readmeIndex, off.titlesFromHeadings]).toEqual([null, null, null]);
  });

  it('`require_front_matter` (any value Ruby finds true) turns jekyll-optional-front-matter off', () => {
    expect(load(`${ALL}require_front_matter: true\n`).optionalFrontMatter).toBeNull();
    expect(load(`${ALL}require_front_matter: anything\n`).optionalFrontMatter).toBeNull();
    expect(load(`${ALL}require_front_matter: false\n`).optionalFrontMatter).toEqual({ removeOriginals: false });
  });

  it('a setting that is no mapping, or an option that is no switch, is an error at its line', () => {
    expect(failure(`${ALL}optional_front_matter: true\n`)).toBe(
      '_config.yml:2: optional_front_matter must be a mapping such as { remove_originals: true }, not "true"',
    );
    expect(failure(`${ALL}readme_index: [with_frontmatter]\n`)).toBe(
      '_config.yml:2: readme_index must be a mapping such as { remove_originals: true }, not a list',
    );
    expect(failure(`${ALL}titles_from_headings:\n  collections: true\n  strip_title: maybe\n`)).toBe(
      '_config.yml:4: titles_from_headings.strip_title must be true or false, not "maybe"',
    );
  });
});
