import type {
  ConfigFail,
  KnownPlugin,
  OptionalFrontMatterConfig,
  ReadmeIndexConfig,
  TitlesFromHeadingsConfig,
} from './types.js';
import { describe, switchValue } from './values.js';

/**
 * The settings of GitHub Pages' Markdown plugins, each read when its plugin is on: null when it
 * is off or its `enabled: false` switches it off. The plugins act on `enabled: false` and on
 * `true` for the others, and ignore any other value; kiln stops at a value that is no switch
 * (a typo is the likely cause), naming the key.
 */
export function readMarkdownPages(
  raw: Readonly<Record<string, unknown>>,
  plugins: ReadonlySet<KnownPlugin>,
  fail: ConfigFail,
): {
  optionalFrontMatter: OptionalFrontMatterConfig | null;
  readmeIndex: ReadmeIndexConfig | null;
  titlesFromHeadings: TitlesFromHeadingsConfig | null;
} {
  const on = (plugin: KnownPlugin, key: string, names: readonly string[]) =>
    plugins.has(plugin) ? switches(raw[key], key, names, fail) : null;
  const front = on('jekyll-optional-front-matter', 'optional_front_matter', ['remove_originals']);
  const readme = on('jekyll-readme-index', 'readme_index', ['remove_originals', 'with_frontmatter']);
  const titles = on('jekyll-titles-from-headings', 'titles_from_headings', ['strip_title', 'collections']);
  // `require_front_matter` (any value Ruby finds true) switches jekyll-optional-front-matter off.
  const required = raw.require_front_matter;
  const frontOff = required !== undefined && required !== null && required !== false;
  return {
    optionalFrontMatter: front && !frontOff ? { removeOriginals: front.remove_originals === true } : null,
    readmeIndex: readme && {
      removeOriginals: readme.remove_originals === true,
      withFrontmatter: readme.with_frontmatter === true,
    },
    titlesFromHeadings: titles && { stripTitle: titles.strip_title === true, collections: titles.collections === true },
  };
}

/** A plugin's mapping of switches (`enabled` and `names`); null when `enabled` is false. */
function switches(
  v: unknown,
  key: string,
  names: readonly string[],
  fail: ConfigFail,
): Record<string, boolean | undefined> | null {
  if (v === undefined || v === null) return {};
  if (typeof v !== 'object' || Array.isArray(v) || v instanceof Date)
    throw fail(`${key} must be a mapping such as { ${names[0]}: true }, not ${describe(v)}`, key);
  const out: Record<string, boolean | undefined> = {};
  for (const name of ['enabled', ...names]) {
    const value = (v as Record<string, unknown>)[name];
    if (value === undefined || value === null) continue;
    const on = switchValue(value);
    if (on === null) throw fail(`${key}.${name} must be true or false, not ${describe(value)}`, `${key}.${name}`);
    out[name] = on;
  }
  return out.enabled === false ? null : out;
}
