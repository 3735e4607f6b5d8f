import { random } from '../helpers/random.js';

/**
 * Random jekyll-polyglot sites for the differential fuzz against Jekyll 4.3.1 with the plugin
 * (scripts/fuzz-polyglot.ts, test/fixtures-plugins/polyglot-seed-*). What varies is what the
 * plugin does by pattern and by order: `languages` (with `pt-BR`, the default listed or not, first
 * or not), `baseurl` (with a dot), `url` (none, empty, set), `exclude` and
 * `exclude_from_localization` (folders with and without `/`), serial or parallel builds,
 * `lang_from_path`; pages and posts sharing permalinks in several languages, `lang-exclusive`,
 * and page bodies full of links: to the site, with and without baseurl and url, quoted or not, to
 * excluded folders, to language folders, with dots, queries, commas and brackets, `ferh=` and
 * `{% static_href %}`; a collection's documents in several languages, `_data/LANG/` merged. No
 * page is written into a language's folder by the default language's build (Jekyll's forks race
 * there), and no document is at a page's URL (kiln then leaves the page out of `site.pages`, where
 * Jekyll keeps it: not the plugin's doing).
 */
export type SiteFiles = Record<string, string>;

type Rand = () => number;

const pick = <T>(r: Rand, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
const chance = (r: Rand, p: number) => r() < p;
const some = <T>(r: Rand, items: readonly T[], max: number): T[] => {
  const n = Math.floor(r() * (max + 1));
  const out: T[] = [];
  for (let i = 0; i < n; i++) {
    const item = pick(r, items);
    if (!out.includes(item)) out.push(item);
  }
  return out;
};

const LANGS = ['en', 'es', 'fr', 'pt-BR', 'de'];
const SEGMENTS = [
  'about',
  'es',
  'fr',
  'en',
  'de',
  'pt-BR',
  'css',
  'css2',
  'cssx',
  'assets',
  'img',
  'a.b',
  'x.html',
  'index.html',
  'vendor',
  'node_modules',
  'Gemfile',
  'notes.txt',
  'q?x=1',
  'a,b',
  "it's",
  '(p)',
  '[b]',
  'ü',
  '..',
  '.',
  'es.html',
  'feed.xml',
  'blog',
  'my.site',
  '#top',
  'a b',
  '-',
  '_x',
];
const PERMALINKS = ['/about/', '/contact.html', '/x/y/', '/es-no/', '/notes/', '/a.b/'];

/** One random site: path → text. */
export function generatePolyglotSite(seed: number): SiteFiles {
  const r = random(seed);
  const languages = some(r, LANGS, 3);
  if (languages.length === 0) languages.push('en');
  const defaultLang = chance(r, 0.8) ? pick(r, languages) : pick(r, LANGS);
  const baseurl = pick(r, [null, '', '/blog', '/my.site']);
  const url = pick(r, [null, null, '', 'https://example.org', 'http://x.example']);
  const efl = some(r, ['css/', 'css', 'assets', 'img/', 'notes.txt'], 3);
  const exclude = some(r, ['notes.txt', 'drafts', 'vendor'], 2);
  const lines = [
    `# test/polyglot-oracle/generate.ts, seed ${seed} (npm run fuzz:polyglot -- --seed ${seed} --write DIR)`,
    'title: Random',
    'time: 2024-06-01 12:00:00 +0000',
    'template_engine: liquid',
    `plugins: [jekyll-polyglot${chance(r, 0.5) ? ', jekyll-feed' : ''}${chance(r, 0.5) ? ', jekyll-sitemap' : ''}]`,
    `languages: [${languages.join(', ')}]`,
  ];
  if (defaultLang !== 'en' || chance(r, 0.5)) lines.push(`default_lang: ${defaultLang}`);
  if (baseurl !== null) lines.push(`baseurl: "${baseurl}"`);
  if (url !== null) lines.push(`url: "${url}"`);
  if (efl.length) lines.push(`exclude_from_localization: [${efl.join(', ')}]`);
  if (exclude.length) lines.push(`exclude: [${exclude.join(', ')}]`);
  if (chance(r, 0.4)) lines.push('parallel_localization: false');
  const fromPath = chance(r, 0.4);
  if (fromPath) lines.push('lang_from_path: true');
  if (chance(r, 0.3)) lines.push('lang_vars: [locale, tongue]');
  const files: SiteFiles = { '_config.yml': `${lines.join('\n')}\n` };
  const base = baseurl ?? '';
  const site = url ?? '';
  const link = (): string => {
    const n = Math.floor(r() * 4);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(pick(r, SEGMENTS));
    let path = `/${parts.join('/')}${chance(r, 0.3) && n > 0 ? '/' : ''}`;
    const prefix = pick(r, [
      base,
      base,
      base,
      '',
      `${site}${base}`,
      `${site}${base}`,
      `${site}`,
      'https://else.example',
    ]);
    if (prefix === '' && chance(r, 0.3)) path = path.slice(1);
    const attr = pick(r, ['href', 'href', 'href', 'ferh', 'HREF', 'src']);
    const quote = pick(r, ['"', '"', '"', "'", '']);
    const before = chance(r, 0.15) ? `hreflang="${pick(r, [defaultLang, ...languages])}" ` : '';
    const value = `${prefix}${path}`;
    if (chance(r, 0.12)) return `<a {% static_href %}href="${value}"{% endstatic_href %}>s</a>`;
    return `<a ${before}${attr}=${quote}${value}${quote}>l</a>`;
  };
  const body = (n: number) => Array.from({ length: n }, link).join(chance(r, 0.5) ? '\n' : ' ');
  files['_layouts/default.html'] = [
    '<html lang="{{ site.active_lang }}" data-locale="{{ site.locale }}{{ site.tongue }}">',
    '{% I18n_Headers %}',
    '<p>[{{ page.lang }}] {{ page.permalink }} {{ page.url }} {{ page.title }}</p>',
    body(6),
    '{{ content }}',
    '<ul>{% for p in site.posts %}<li>{{ p.url }} {{ p.title }} {{ p.lang }}</li>{% endfor %}</ul>',
    '<ul>{% for p in site.html_pages %}<li>{{ p.url }} {{ p.title }}</li>{% endfor %}</ul>',
    '</html>',
    '',
  ].join('\n');
  const front = (title: string, extra: string[]) =>
    `---\nlayout: default\ntitle: ${title}\n${extra.map((e) => `${e}\n`).join('')}---\n`;
  const langLine = () => (chance(r, 0.5) ? [`lang: ${pick(r, [...languages, defaultLang])}`] : []);
  const exclusive = () => (chance(r, 0.15) ? [`lang-exclusive: [${some(r, languages, 2).join(', ')}]`] : []);
  // Pages: several at a few permalinks, in several languages; some named by language.
  const names = ['about.md', 'about.es.md', 'contact.html', 'info.md', 'zeta.md', 'alpha.html', 'index.html'];
  for (const name of names) {
    if (!chance(r, 0.7)) continue;
    const permalink = chance(r, 0.7) ? [`permalink: ${pick(r, PERMALINKS)}`] : [];
    files[name] = `${front(name, [...langLine(), ...permalink, ...exclusive()])}${body(8)}\n`;
  }
  // Pages in a language's folder carry a permalink, so that no build writes into another's folder.
  for (const lang of some(r, languages, 2)) {
    files[`${lang}/page-${lang}.md`] =
      `${front(`in ${lang}`, [...(fromPath ? [] : langLine()), `permalink: ${pick(r, PERMALINKS)}`])}${body(5)}\n`;
  }
  const posts = ['2024-01-01-hello.md', '2024-01-01-hola.md', '2024-01-02-second.md', '2024-01-03-later.md'];
  for (const name of posts) {
    if (!chance(r, 0.7)) continue;
    const permalink = chance(r, 0.4) ? ['permalink: /2024/01/01/hello.html'] : [];
    files[`_posts/${name}`] = `${front(name, [...langLine(), ...permalink, ...exclusive()])}${body(4)}\n`;
  }
  if (fromPath && languages.length > 1) {
    const lang = pick(r, languages);
    files[`_posts/${lang}/2024-01-01-hello.md`] = `${front(`hello ${lang}`, exclusive())}${body(3)}\n`;
  }
  for (const path of ['css/site.txt', 'css2/x.txt', 'assets/a.txt', 'img/b.txt', 'notes.txt', 'drafts/d.txt'])
    if (chance(r, 0.5)) files[path] = `${path}\n`;
  // A collection in several languages, and data merged by language.
  if (chance(r, 0.7)) {
    files['_config.yml'] += 'collections:\n  things:\n    output: true\n';
    for (const name of ['a.md', 'a-es.md', 'b.md', 'b.fr.md', 'c.html'])
      if (chance(r, 0.7)) {
        const permalink = chance(r, 0.5) ? [`permalink: ${pick(r, ['/things/a.html', '/things/b/'])}`] : [];
        files[`_things/${name}`] =
          `${front(`thing ${name}`, [...langLine(), ...permalink, ...exclusive()])}${body(3)}\n`;
      }
  }
  const value = () => pick(r, ['one', 'two', '[1, 2]', '{ x: 1 }', '{ y: 2, z: [a] }', 'null']);
  const mapping = () => `a: ${value()}\nb: ${value()}\nnested: { p: ${value()}, q: ${value()} }\n`;
  if (chance(r, 0.7)) files['_data/t.yml'] = mapping();
  for (const lang of some(r, [...languages, defaultLang], 3)) files[`_data/${lang}/t.yml`] = mapping();
  files['_layouts/default.html'] = files['_layouts/default.html']!.replace(
    '</html>',
    '<p>{{ site.data.t | jsonify }}</p>\n<ul>{% for d in site.things %}<li>{{ d.url }} {{ d.title }} {{ d.permalink }}</li>{% endfor %}</ul>\n</html>',
  );
  return files;
}
