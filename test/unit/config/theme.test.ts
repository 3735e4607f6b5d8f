import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVersions, findTheme, gemRoots, runtimeDependencies } from '../../../src/config/theme.js';
import { tempDir } from '../../helpers/tree.js';

describe('themes installed as Ruby gems (src/config/theme.ts)', () => {
  it('versions are ordered as RubyGems orders them', () => {
    const sorted = ['2.10.0', '2.0.0.beta1', '2.9', '1.0', '2.0.0', '2.0.0.rc1', '10.0'].sort(compareVersions);
    expect(sorted).toEqual(['1.0', '2.0.0.beta1', '2.0.0.rc1', '2.0.0', '2.9', '2.10.0', '10.0']);
    expect(compareVersions('1.0', '1.0.0')).toBe(0);
  });

  it('a gemspec’s runtime dependencies are read as RubyGems writes them, for old RubyGems too', () => {
    const spec = [
      'Gem::Specification.new do |s|',
      '  s.name = "a-theme".freeze',
      '  if s.respond_to? :add_runtime_dependency then',
      '    s.add_runtime_dependency(%q<jekyll>.freeze, [">= 3.5", "< 5.0"])',
      '    s.add_runtime_dependency(%q<jekyll-seo-tag>.freeze, ["~> 2.1"])',
      '    s.add_development_dependency(%q<rake>.freeze, [">= 0"])',
      '  else',
      '    s.add_dependency(%q<jekyll>, [">= 3.5", "< 5.0"])',
      '    s.add_dependency(%q<jekyll-seo-tag>, ["~> 2.1"])',
      '    s.add_dependency(%q<jekyll-include-cache>, [">= 0"])',
      '  end',
      'end',
    ].join('\n');
    expect(runtimeDependencies(spec)).toEqual(['jekyll', 'jekyll-seo-tag', 'jekyll-include-cache']);
  });

  it('gems are looked for in GEM_HOME, then GEM_PATH, then the site’s vendor/bundle, then the user’s own', () => {
    const home = tempDir('gem-user');
    const site = tempDir('gem-site');
    const own = tempDir('gem-home');
    const path = tempDir('gem-path');
    const missing = join(tempDir('gem-none'), 'nothing');
    for (const root of [own, path, join(site, 'vendor/bundle/ruby/3.1.0'), join(home, '.gem/ruby/3.1.0')])
      mkdirSync(join(root, 'gems'), { recursive: true });
    const roots = gemRoots(site, { GEM_HOME: own, GEM_PATH: `${missing}:${path}`, HOME: home });
    expect(roots.slice(0, 4)).toEqual([
      own,
      path,
      join(site, 'vendor/bundle/ruby/3.1.0'),
      join(home, '.gem/ruby/3.1.0'),
    ]);
  });

  it('a theme found nowhere names the gem folders looked in, and how to install it', () => {
    const site = tempDir('gem-site');
    const own = tempDir('gem-home');
    mkdirSync(join(own, 'gems', 'other-1.0.0'), { recursive: true });
    expect(() => findTheme('nosuch', site, '_config.yml', { GEM_HOME: own })).toThrow(
      new RegExp(`\\n  ${join(own, 'gems', 'nosuch-VERSION')}\\n[^]*gem install nosuch$`),
    );
  });
});
