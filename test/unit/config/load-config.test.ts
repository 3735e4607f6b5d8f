import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configWarnings, loadConfig } from '../../../src/config/load-config.js';
import { JEKYLL_ROUGE } from '../../../src/render/markdown/rouge-table.js';
import { tempDir } from '../../helpers/tree.js';

describe('loadConfig', () => {
  it('reads _config.yaml when there is no _config.yml, and names _config.toml, which it cannot read', () => {
    const yamlOnly = tempDir('config-yaml');
    writeFileSync(join(yamlOnly, '_config.yaml'), 'title: From YAML\n');
    expect(loadConfig({ source: yamlOnly }, {}).siteData.title).toBe('From YAML');
    const both = tempDir('config-both');
    writeFileSync(join(both, '_config.yml'), 'title: YML\n');
    writeFileSync(join(both, '_config.yaml'), 'title: YAML\n');
    expect(loadConfig({ source: both }, {}).siteData.title).toBe('YML');
    const toml = tempDir('config-toml');
    writeFileSync(join(toml, '_config.toml'), 'title = "TOML"\n');
    expect(() => loadConfig({ source: toml }, {})).toThrow('kiln reads YAML configuration only');
  });

  it('time: pins site.time only: the clock ("now") is SOURCE_DATE_EPOCH, else the time the config was read', () => {
    const dir = tempDir('config-clock');
    writeFileSync(join(dir, '_config.yml'), 'time: 2000-01-01 00:00:00 +0000\n');
    const pinned = loadConfig({ source: dir }, { SOURCE_DATE_EPOCH: '1700000000' });
    expect([pinned.time, pinned.clock]).toEqual([Date.UTC(2000, 0, 1), 1700000000000]);
    const before = Date.now();
    const now = loadConfig({ source: dir }, {});
    expect(now.time).toBe(Date.UTC(2000, 0, 1));
    expect(now.clock).toBeGreaterThanOrEqual(before);
    expect(now.clock).toBeLessThanOrEqual(Date.now());
    writeFileSync(join(dir, '_config.yml'), 'title: T\n');
    const unpinned = loadConfig({ source: dir }, { SOURCE_DATE_EPOCH: '1700000000' });
    expect([unpinned.time, unpinned.clock]).toEqual([1700000000000, 1700000000000]);
  });

  it("--baseurl wins over the config files' baseurl, in site.baseurl too", () => {
    const dir = tempDir('config-baseurl');
    writeFileSync(join(dir, '_config.yml'), 'baseurl: /from-config\n');
    const config = loadConfig({ source: dir, baseurl: '/proj' }, {});
    expect(config.baseurl).toBe('/proj');
    expect(config.siteData.baseurl).toBe('/proj');
  });

  it('--config a.yml,b.yml merges the files in order: later keys win, mappings merge key by key', () => {
    const dir = tempDir('config-merge');
    writeFileSync(join(dir, 'a.yml'), 'title: A\nurl: https://a.example\nkramdown:\n  toc_levels: 2..3\n  compat: 1\n');
    writeFileSync(join(dir, 'b.yml'), 'title: B\nkramdown:\n  compat: 2\n');
    const config = loadConfig({ source: dir, config: `${join(dir, 'a.yml')},${join(dir, 'b.yml')}` }, {});
    expect(config.siteData.title).toBe('B');
    expect(config.url).toBe('https://a.example');
    expect(config.markdown).toEqual({
      compat: 2,
      tocLevels: [2, 3],
      autoIds: true,
      entityOutput: 'as_char',
      codeMarkup: 'rouge',
      parseBlockHtml: false,
      parseSpanHtml: true,
      autoIdPrefix: '',
      footnoteNr: 1,
      footnoteBacklink: '&#8617;',
      footnotePrefix: '',
      footnoteBacklinkInline: false,
      mathEngine: 'mathjax',
      smartQuotes: [0x2018, 0x2019, 0x201c, 0x201d],
      headerOffset: 0,
      hardWrap: false,
      autoIdStripping: true,
      removeLineBreaksForCjk: false,
      typographicSymbols: {},
      // (No `syntax_highlighter_opts`: Jekyll's own.)
      rouge: JEKYLL_ROUGE,
      // (Not `markdown: CommonMark`.)
      commonmark: null,
    });
    expect(config.configFiles).toEqual([join(dir, 'a.yml'), join(dir, 'b.yml')]);
  });

  it('kramdown.input other than GFM is a warning at its line (kiln reads GFM), GFM itself none', () => {
    const warnings = (yaml: string) => {
      const dir = tempDir('config-input');
      writeFileSync(join(dir, '_config.yml'), yaml);
      return configWarnings(loadConfig({ source: dir }, {})).map((w) => `${w.file}:${w.line}: ${w.message}`);
    };
    expect(warnings('title: T\nkramdown:\n  auto_ids: true\n  input: kramdown\n')).toEqual([
      `_config.yml:4: kramdown.input "kramdown" is not read: kiln reads Markdown as kramdown's GFM parser does`,
    ]);
    expect(warnings('kramdown:\n  input: GFM\n')).toEqual([]);
  });

  it('kramdown.html_to_native switched on is a warning at its line (kiln keeps HTML as written)', () => {
    const warnings = (yaml: string) => {
      const dir = tempDir('config-html-to-native');
      writeFileSync(join(dir, '_config.yml'), yaml);
      return configWarnings(loadConfig({ source: dir }, {})).map((w) => `${w.file}:${w.line}: ${w.message}`);
    };
    expect(warnings('kramdown:\n  input: GFM\n  html_to_native: true\n')).toEqual([
      '_config.yml:3: kramdown.html_to_native is not read: kiln writes HTML in Markdown as it is written (`<b>` stays `<b>`)',
    ]);
    expect(warnings('kramdown:\n  html_to_native: false\n')).toEqual([]);
  });

  it('a Jekyll 2 or 3 site renders Markdown as kramdown 1 unless kramdown.compat says otherwise', () => {
    const compat = (yaml: string) => {
      const dir = tempDir('config-compat');
      writeFileSync(join(dir, '_config.yml'), yaml);
      return loadConfig({ source: dir }, {}).markdown.compat;
    };
    expect(compat('highlighter: pygments\n')).toBe(1);
    expect(compat('jekyll_version: 3\n')).toBe(1);
    expect(compat('jekyll_version: 3\nkramdown:\n  compat: 2\n')).toBe(2);
    expect(compat('jekyll_version: 4\n')).toBe(2);
    expect(compat('title: x\n')).toBe(2);
  });

  it('a missing file among several is named', () => {
    const dir = tempDir('config-missing');
    writeFileSync(join(dir, 'a.yml'), 'title: A\n');
    expect(() => loadConfig({ source: dir, config: `${join(dir, 'a.yml')},${join(dir, 'nope.yml')}` }, {})).toThrow(
      'configuration file not found',
    );
  });

  it('limit_posts must be a whole number', () => {
    const dir = tempDir('config-limit');
    writeFileSync(join(dir, '_config.yml'), 'limit_posts: -1\n');
    expect(() => loadConfig({ source: dir }, {})).toThrow('limit_posts must be a whole number, 0 or above, not "-1"');
  });

  it('kramdown.math_engine: null writes math as it is; an engine kiln lacks fails a Jekyll 4 site as Jekyll does', () => {
    const engine = (yaml: string) => {
      const dir = tempDir('config-math');
      writeFileSync(join(dir, '_config.yml'), yaml);
      return loadConfig({ source: dir }, {}).markdown.mathEngine;
    };
    expect(engine('title: x\n')).toBe('mathjax');
    expect(engine('kramdown:\n  math_engine: null\n')).toBeNull();
    expect(engine('kramdown:\n  math_engine: katex\n  compat: 1\n')).toBeNull();
    expect(() => engine('kramdown:\n  math_engine: katex\n')).toThrow(
      'kramdown.math_engine "katex" needs a kramdown-math gem kiln does not have: use mathjax or null',
    );
  });

  it("`highlighter:` and `kramdown.syntax_highlighter` choose Jekyll 4's code markup and the highlight tag's", () => {
    const code = (yaml: string) => {
      const dir = tempDir('config-highlighter');
      writeFileSync(join(dir, '_config.yml'), yaml);
      const config = loadConfig({ source: dir }, {});
      return `${config.markdown.codeMarkup} ${config.highlightTag}`;
    };
    expect(code('title: x\n')).toBe('rouge rouge');
    expect(code('highlighter: null\n')).toBe('rouge rouge');
    expect(code('highlighter: none\n')).toBe('kramdown plain');
    expect(code('highlighter: false\n')).toBe('rouge plain');
    expect(code('highlighter: Rouge\n')).toBe('kramdown plain');
    expect(code('highlighter: pygments\njekyll_version: 4\n')).toBe('kramdown rouge');
    expect(code('highlighter: none\nkramdown:\n  syntax_highlighter: rouge\n')).toBe('rouge plain');
    expect(code('kramdown:\n  syntax_highlighter: none\n')).toBe('kramdown rouge');
    // Jekyll 2 and 3 sites keep kiln's Pygments markup.
    expect(code('highlighter: none\njekyll_version: 3\n')).toBe('pygments rouge');
    expect(() => code('highlighter: coderay\n')).toThrow(
      'highlighter names CodeRay, which needs the kramdown-syntax-coderay gem kiln does not have: use rouge, or none for plain code',
    );
    expect(() => code('kramdown:\n  enable_coderay: true\n')).toThrow('kramdown.enable_coderay names CodeRay');
  });
});
