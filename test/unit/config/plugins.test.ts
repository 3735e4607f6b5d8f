import { describe, expect, it } from 'vitest';
import { readPlugins, readSass } from '../../../src/config/plugins.js';

describe('plugins: and gems:', () => {
  it('switch on the built-in plugins named in either, and list the others once', () => {
    const { plugins, unknown } = readPlugins(
      {
        plugins: ['jekyll-feed', 'jekyll-postfiles'],
        gems: ['jekyll-sitemap', 'jekyll-postfiles', 'jekyll-multiple-languages-plugin'],
      },
      '_config.yml',
    );
    expect([...plugins]).toEqual(['jekyll-feed', 'jekyll-sitemap', 'jekyll-multiple-languages']);
    expect(unknown).toEqual(['jekyll-postfiles']);
  });

  it('no list, no plugin', () => {
    expect(readPlugins({}, '_config.yml')).toEqual({ plugins: new Set(), unknown: [] });
  });

  it('a mapping is an error naming the key', () => {
    expect(() => readPlugins({ plugins: { feed: true } }, '_config.yml')).toThrow(
      'plugins must be a list of plugin names, such as [jekyll-feed]',
    );
  });
});

describe('sass:', () => {
  it('defaults as Jekyll’s converter: expanded, _sass, a source map', () => {
    expect(readSass(undefined, '_config.yml')).toEqual({
      style: 'expanded',
      sassDir: '_sass',
      loadPaths: [],
      sourcemap: true,
      addCharset: false,
    });
  });

  it('libsass-only styles come out expanded; :compressed, sass_dir and sourcemap: never are read', () => {
    expect(readSass({ style: 'compact' }, 'c').style).toBe('expanded');
    expect(readSass({ style: ':compressed', sass_dir: './styles/', sourcemap: 'never' }, 'c')).toEqual({
      style: 'compressed',
      sassDir: 'styles',
      loadPaths: [],
      sourcemap: false,
      addCharset: false,
    });
  });

  it('add_charset is on for any value Ruby counts true', () => {
    expect(readSass({ add_charset: true }, 'c').addCharset).toBe(true);
    expect(readSass({ add_charset: 0 }, 'c').addCharset).toBe(true);
    expect(readSass({ add_charset: false }, 'c').addCharset).toBe(false);
    expect(readSass({ add_charset: null }, 'c').addCharset).toBe(false);
  });

  it('an unknown style is an error', () => {
    expect(() => readSass({ style: 'tiny' }, '_config.yml')).toThrow(
      'sass.style must be expanded or compressed, not "tiny"',
    );
  });
});
