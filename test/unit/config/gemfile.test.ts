import { describe, expect, it } from 'vitest';
import { jekyllPluginGems } from '../../../src/config/gemfile.js';

describe("a Gemfile's jekyll_plugins group (src/config/gemfile.ts)", () => {
  it('holds the gems of `group :jekyll_plugins do` blocks and of gems that name the group', () => {
    const gemfile = [
      'source "https://rubygems.org"',
      'gem "jekyll", "~> 4.3.1" # the # in a comment',
      'gem "minima", "~> 2.5"',
      'group :jekyll_plugins do',
      '  gem "jekyll-feed", "~> 0.12"',
      "  gem 'jekyll-seo-tag'",
      '  platforms :mingw, :x64_mingw do',
      '    gem "jekyll-sitemap"',
      '  end',
      'end',
      'group :test, :development do',
      '  gem "html-proofer"',
      'end',
      'gem "jekyll-redirect-from", group: :jekyll_plugins',
      'gem "jekyll-paginate", :group => :jekyll_plugins',
      'gem "jemoji", groups: [:jekyll_plugins, :other]',
      'gem "rake", group: :jekyll_pluginsx',
      'if ENV["CI"]',
      '  gem "not-a-plugin"',
      'end',
      'gem "wdm", "~> 0.1.1", :platforms => [:mingw, :x64_mingw, :mswin]',
      'group(:jekyll_plugins) { gem "one-line" }',
    ].join('\n');
    expect(jekyllPluginGems(gemfile)).toEqual([
      'jekyll-feed',
      'jekyll-seo-tag',
      'jekyll-sitemap',
      'jekyll-redirect-from',
      'jekyll-paginate',
      'jemoji',
    ]);
  });

  it('holds nothing after the group’s block ends, and a quoted # is not a comment', () => {
    const gemfile =
      'group "jekyll_plugins" do\n  gem "a", git: "https://example.com/a.git#main" do\n  end\nend\ngem "after"\n';
    expect(jekyllPluginGems(gemfile)).toEqual(['a']);
  });
});
