import type { CommonmarkOptions } from '../render/markdown/types.js';
import { KilnWarning } from '../shared/errors.js';
import type { ConfigFail } from './types.js';

// jekyll-commonmark's `commonmark:` block: commonmarker's options (any case) and extensions.

/** The options commonmarker 0.23.6 knows (parse and render together), as jekyll-commonmark upcases them. */
const KNOWN_OPTIONS = new Set([
  'DEFAULT',
  'SOURCEPOS',
  'UNSAFE',
  'VALIDATE_UTF8',
  'SMART',
  'LIBERAL_HTML_TAG',
  'FOOTNOTES',
  'STRIKETHROUGH_DOUBLE_TILDE',
  'HARDBREAKS',
  'NOBREAKS',
  'GITHUB_PRE_LANG',
  'TABLE_PREFER_STYLE_ATTRIBUTES',
  'FULL_INFO_STRING',
]);
/**
 * Options that change nothing in jekyll-commonmark's output: its Ruby renderer never reads the
 * last two, and kiln's input is valid UTF-8 already.
 */
const NO_EFFECT = new Set(['DEFAULT', 'VALIDATE_UTF8', 'TABLE_PREFER_STYLE_ATTRIBUTES', 'FULL_INFO_STRING']);
/** Options kiln builds, by the name of their switch. */
const BUILT = {
  UNSAFE: 'unsafe',
  SMART: 'smart',
  HARDBREAKS: 'hardbreaks',
  NOBREAKS: 'nobreaks',
  GITHUB_PRE_LANG: 'githubPreLang',
  STRIKETHROUGH_DOUBLE_TILDE: 'doubleTilde',
} as const;
const EXTENSIONS = ['table', 'strikethrough', 'autolink', 'tagfilter', 'tasklist'] as const;

/** jekyll-commonmark's `commonmark:` block, for a site with `markdown: CommonMark`. */
export function readCommonmark(
  raw: Readonly<Record<string, unknown>>,
  fail: ConfigFail,
): { commonmark: CommonmarkOptions; warnings: KilnWarning[] } {
  const block = raw.commonmark;
  if (block !== undefined && block !== null && (typeof block !== 'object' || Array.isArray(block)))
    throw fail('commonmark must be a mapping such as { options: [UNSAFE], extensions: [table] }', 'commonmark');
  const settings = (block ?? {}) as Record<string, unknown>;
  const words = (key: 'options' | 'extensions'): string[] => {
    const v = settings[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v) || v.some((w) => typeof w !== 'string'))
      throw fail(`commonmark.${key} must be a list of names, such as [table, strikethrough]`, `commonmark.${key}`);
    return v as string[];
  };
  const warnings: KilnWarning[] = [];
  // jekyll-commonmark warns about a name commonmarker does not know, and leaves it out.
  const warn = (message: string, key: string) => {
    const at = fail(message, key);
    warnings.push(new KilnWarning(message, at.file, at.line, 'it is ignored, as jekyll-commonmark ignores it'));
  };
  const options = new Set<string>();
  for (const word of words('options')) {
    const option = word.toUpperCase();
    if (!KNOWN_OPTIONS.has(option)) warn(`${option} is not a commonmark option`, 'commonmark.options');
    else if (option in BUILT) options.add(option);
    else if (!NO_EFFECT.has(option))
      throw fail(
        `commonmark option ${option} is not built into kiln (it has ${Object.keys(BUILT).join(', ')})`,
        'commonmark.options',
      );
  }
  const extensions = new Set<string>();
  for (const word of words('extensions')) {
    if ((EXTENSIONS as readonly string[]).includes(word)) extensions.add(word);
    else warn(`${word} is not a commonmark extension (${EXTENSIONS.join(', ')})`, 'commonmark.extensions');
  }
  const on = (option: keyof typeof BUILT) => options.has(option);
  return {
    commonmark: {
      unsafe: on('UNSAFE'),
      smart: on('SMART'),
      hardbreaks: on('HARDBREAKS'),
      nobreaks: on('NOBREAKS'),
      githubPreLang: on('GITHUB_PRE_LANG'),
      doubleTilde: on('STRIKETHROUGH_DOUBLE_TILDE'),
      table: extensions.has('table'),
      strikethrough: extensions.has('strikethrough'),
      autolink: extensions.has('autolink'),
      tagfilter: extensions.has('tagfilter'),
      tasklist: extensions.has('tasklist'),
    },
    warnings,
  };
}
