import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/run.js';
import { siteFromFiles, tempDir } from '../helpers/tree.js';
import { expectRebuildsEqualCleanBuilds } from '../helpers/watch-edits.js';

// jekyll-multiple-languages: the fixture sites test/fixtures-plugins/multiple-languages{,-three}
// hold what Jekyll wrote; here, what they do not show: mistakes, watch, kiln's own languages off.
const CONFIG = 'template_engine: liquid\nplugins: [jekyll-multiple-languages-plugin]\nlanguages: [en, es]\n';

const SITE: Record<string, string> = {
  '_config.yml': `baseurl: /p\n${CONFIG}`,
  '_i18n/en.yml': 'title: Hello\n',
  '_i18n/es.yml': 'title: Hola\n',
  '_i18n/en/footer.md': 'Footer *en*\n',
  '_layouts/default.html': '<h1>{% t title %}</h1>{{ content }}<footer>{% tf footer.md %}</footer>',
  'index.html': '---\nlayout: default\n---\n<ul>{% for p in site.posts %}<li>{{ p.url }}</li>{% endfor %}</ul>',
};

async function errorsOf(files: Record<string, string>): Promise<string[]> {
  return (await buildSite(siteFromFiles(files), tempDir('ml-errors'))).errors;
}

describe('jekyll-multiple-languages', () => {
  it('what the plugin fails on in _config.yml is one error at its line', async () => {
    const { '_i18n/es.yml': _, ...noEs } = SITE;
    expect(await errorsOf(noEs)).toEqual([
      '_config.yml:4: languages: no _i18n/es.yml, which holds the translations of "es"',
    ]);
    const config = (rest: string) => ({ ...SITE, '_config.yml': `plugins: [jekyll-multiple-languages]\n${rest}` });
    expect(await errorsOf(config('languages: []\n'))).toEqual([
      '_config.yml:2: languages must list at least one language (jekyll-multiple-languages)',
    ]);
    expect(await errorsOf(config('languages: en\n'))).toEqual([
      '_config.yml:2: languages must be a list such as [en, es] (jekyll-multiple-languages), not "en"',
    ]);
    expect(await errorsOf(config(''))).toEqual([
      '_config.yml: jekyll-multiple-languages needs languages: a list such as [en, es], the default first',
    ]);
    expect(await errorsOf(config('languages: [en, es, en]\n'))).toEqual([
      '_config.yml:2: languages: "en" is listed twice',
    ]);
    expect(await errorsOf(config('languages: [en, es]\ndefault_locale_in_subfolder: true\n'))).toEqual([
      '_config.yml:3: default_locale_in_subfolder is not built into kiln: the default language is written at the root',
    ]);
    expect(await errorsOf(config('languages: [en, es]\nexclude_from_localizations: css\n'))).toEqual([
      '_config.yml:3: exclude_from_localizations must be a list of paths, such as [css, images], not "css"',
    ]);
    expect(await errorsOf({ ...SITE, '_i18n/es.yml': '- a\n' })).toEqual([
      '_i18n/es.yml: translations must be a mapping of keys to texts, such as "title: Hello"',
    ]);
  });

  it("what the plugin's tags fail on is one error at the tag's line", async () => {
    expect(await errorsOf({ ...SITE, 'a.html': '---\n---\nx\n{% tf nope.md %}' })).toEqual([
      'a.html:4: template error: {% tf nope.md %}: no file _i18n/en/nope.md',
    ]);
    expect(await errorsOf({ ...SITE, 'a.html': '---\n---\n{% tf ../x.md %}' })).toEqual([
      'a.html:3: template error: {% tf ../x.md %}: invalid file name: a name may hold letters, digits and / . - ( ) + ~ # @, and no .. or //',
    ]);
    // Missing in both languages: Jekyll fails on it (nil into the output), kiln names the key.
    expect(await errorsOf({ ...SITE, 'a.md': '---\n---\nx\n\n{% t nope.key %}' })).toEqual([
      'a.md:5: template error: {% t nope.key %}: no translation "nope.key" in _i18n/en.yml',
    ]);
    expect(await errorsOf({ ...SITE, 'a.md': '---\n---\n{% t only %}', '_i18n/en.yml': 'only: [x]\n' })).toEqual([
      'a.md:3: template error: {% t only %}: the translation is a list, not a text (quote it in the YAML)',
    ]);
    // The plugin's {% tl %} adds the config's baseurl, which it needs set.
    const link = { ...SITE, '_config.yml': CONFIG, 'a.md': '---\nnamespace: a\npermalink: /a/\n---\n{% tl a %}' };
    expect(await errorsOf(link)).toEqual([
      'a.md:5: template error: {% tl a %}: the plugin needs baseurl set in _config.yml (such as baseurl: "")',
    ]);
    expect(await errorsOf({ ...SITE, '_config.yml': CONFIG.replace('liquid', 'nunjucks') })).toEqual([
      '_layouts/default.html: template error: {% t %} (jekyll-multiple-languages) is built for Liquid templates only\n  while rendering index.html',
    ]);
  });

  it("kiln's own translated pages are off: about.es.md is a page of every language, at its own name", async () => {
    const src = siteFromFiles({ ...SITE, 'about.es.md': '---\n---\n[{{ page.language }}] {{ site.lang }}\n' });
    const dest = tempDir('ml-own');
    expect((await buildSite(src, dest)).errors).toEqual([]);
    expect(readFileSync(join(dest, 'about.es.html'), 'utf8')).toBe('<p>[] en</p>\n');
    expect(readFileSync(join(dest, 'es/about.es.html'), 'utf8')).toBe('<p>[] es</p>\n');
  });

  it('with the watch cache, a change under _i18n/ rebuilds every language as a clean build does', async () => {
    const src = siteFromFiles(SITE);
    const edits: Array<[string, string | null, string, string]> = [
      ['_i18n/es.yml', 'title: Hola editado\n', 'es/index.html', '<h1>Hola editado</h1>'],
      ['_i18n/es/footer.md', 'Pie *es*\n', 'es/index.html', '<footer><p>Pie <em>es</em></p>'],
      ['_i18n/es/footer.md', null, 'es/index.html', '<footer><p>Footer <em>en</em></p>'],
      ['_i18n/es/_posts/2020-01-02-uno.md', '---\n---\nuno\n', 'es/index.html', '<li>/2020/01/02/uno.html</li>'],
      ['_i18n/en.yml', 'title: Hi\n', 'index.html', '<h1>Hi</h1>'],
    ];
    await expectRebuildsEqualCleanBuilds(src, edits, (i, dest) => {
      const [path, , output, shows] = edits[i]!;
      expect(readFileSync(join(dest, output), 'utf8'), `after ${path}`).toContain(shows);
    });
  });
});
