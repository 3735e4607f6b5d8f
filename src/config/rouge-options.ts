import { lineNumber } from '../render/markdown/rouge-table.js';
import type { RougeCodeOptions, RougeOptions, RougeTable } from '../render/markdown/types.js';
import { KilnError } from '../shared/errors.js';
import type { ConfigFail } from './types.js';
import { describe } from './values.js';

// `kramdown.syntax_highlighter_opts` as Jekyll 4.3 and kramdown 2.4's Rouge highlighter read
// them: keys as kramdown makes them symbols (trimmed, a leading `:` dropped), `span:` and `block:`
// over the top-level ones, Jekyll's `default_lang: plaintext` when none is given, and Jekyll's
// `kramdown.guess_lang` (default true) in place of the options' own (a `span:`/`block:` one still
// counts, and so does a top-level one spelled otherwise after a `guess_lang`). A switch is on for any value Ruby takes as true (`"false"` too). Rouge's formatters are
// HTMLLegacy (any name not spelled as a Ruby constant) and HTML (a constant Rouge lacks as well);
// the others fail Jekyll's build or write no HTML, and are errors here.

const KEY = 'kramdown.syntax_highlighter_opts';
const FORMATTERS = new Set([
  'HTMLInline',
  'HTMLLineHighlighter',
  'HTMLLineTable',
  'HTMLLinewise',
  'HTMLPygments',
  'HTMLTable',
  'Null',
  'Terminal256',
  'TerminalTruecolor',
  'Tex',
]);

type Options = Map<string, { value: unknown; key: string }>;

/** Ruby's truth: everything but false and nil. */
const truthy = (v: unknown) => v !== false && v !== null && v !== undefined;

/** The options for code blocks and inline code from the `kramdown:` block `k`. */
export function readRougeOptions(k: Record<string, unknown>, fail: ConfigFail): RougeOptions {
  const given = k.syntax_highlighter_opts;
  if (given !== undefined && given !== null && !isMapping(given))
    throw fail(`${KEY} must be a mapping of options, not ${describe(given)}`, KEY);
  // Jekyll's additions go in by the key as written, `default_lang` and `guess_lang` (in its place
  // when given, else last), before kramdown reads the keys: the last spelling of one wins.
  const entries = Object.entries(isMapping(given) ? given : {});
  const jekyll = (key: string, value: (v: unknown) => unknown) => {
    const at = entries.findIndex(([k]) => k === key);
    if (at < 0) entries.push([key, value(undefined)]);
    else entries[at] = [key, value(entries[at]![1])];
  };
  jekyll('default_lang', (v) => (truthy(v) ? v : 'plaintext'));
  jekyll('guess_lang', () => ('guess_lang' in k ? k.guess_lang : true));
  return rougeOptions(isMapping(k.coderay) ? withCoderay(entries, k.coderay) : entries, fail);
}

// CodeRay's options as Jekyll fills them in (its CODERAY_DEFAULTS).
const CODERAY_DEFAULTS: ReadonlyArray<[string, unknown]> = [
  ['css', 'style'],
  ['bold_every', 10],
  ['line_numbers', 'inline'],
  ['line_number_start', 1],
  ['tab_width', 4],
  ['wrap', 'div'],
];

/**
 * Jekyll 2's `kramdown.coderay` mapping, which Jekyll 4 still reads when it has a key: CodeRay's
 * defaults and then its keys go over the options, each key without its `coderay_` (so an old
 * config's `coderay` turns on `line_numbers: inline`, numbering every code block and span).
 * Ruby's Hash#merge: a key keeps its place, a new one goes last.
 */
function withCoderay(entries: ReadonlyArray<[string, unknown]>, coderay: Record<string, unknown>): [string, unknown][] {
  if (Object.keys(coderay).length === 0) return [...entries];
  const merged: [string, unknown][] = [];
  const put = (key: string, value: unknown) => {
    const at = merged.findIndex(([k]) => k === key);
    if (at < 0) merged.push([key, value]);
    else merged[at] = [key, value];
  };
  for (const [key, value] of [...entries, ...CODERAY_DEFAULTS, ...Object.entries(coderay)]) put(key, value);
  const stripped = merged.slice();
  merged.length = 0;
  for (const [key, value] of stripped) put(key.replace(/^coderay_/, ''), value);
  return merged;
}

/**
 * A document's `{::options syntax_highlighter_opts="…" /}` (a mapping): kramdown's options in place
 * of the site's, without Jekyll's additions (no `default_lang`, no `guess_lang`); undefined for
 * options the site's config may not have (kiln keeps the site's then; Jekyll fails on most).
 */
export function documentRougeOptions(mapping: Record<string, unknown>): RougeOptions | undefined {
  try {
    return rougeOptions(Object.entries(mapping), (message) => new KilnError(message));
  } catch {
    return undefined;
  }
}

/** The options from the top-level entries, with `block:` and `span:` over them. */
function rougeOptions(entries: ReadonlyArray<[string, unknown]>, fail: ConfigFail): RougeOptions {
  const top = symbolKeys(entries, KEY);
  const own = (name: 'span' | 'block'): Options => {
    const v = top.get(name);
    top.delete(name);
    if (!truthy(v?.value)) return new Map();
    if (!isMapping(v!.value)) throw fail(`${v!.key} must be a mapping of options, not ${describe(v!.value)}`, v!.key);
    return symbolKeys(Object.entries(v!.value), v!.key);
  };
  const span = own('span');
  const block = own('block');
  const merged = (over: Options) => new Map([...top, ...over]);
  return { block: codeOptions(merged(block), true, fail), span: codeOptions(merged(span), false, fail) };
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A mapping's entries by kramdown's symbol for each key (the last wins), with the key's path for messages. */
function symbolKeys(entries: ReadonlyArray<[string, unknown]>, path: string): Options {
  const out: Options = new Map();
  for (const [key, value] of entries) {
    const name = key.trim().replace(/^:/, '');
    if (name !== '' && name !== 'nil') out.set(name, { value, key: `${path}.${key}` });
  }
  return out;
}

function codeOptions(o: Options, isBlock: boolean, fail: ConfigFail): RougeCodeOptions {
  const value = (name: string) => o.get(name)?.value;
  const where = (name: string) => o.get(name)?.key ?? KEY;
  // What Ruby writes for a value put in text; a list or a mapping is no class name.
  const text = (name: string, fallback: string) => {
    if (!o.has(name)) return fallback;
    const v = value(name);
    if (isMapping(v) || Array.isArray(v)) throw fail(`${where(name)} must be text, not ${describe(v)}`, where(name));
    return v === null ? '' : String(v);
  };
  const lang = value('default_lang');
  if (truthy(lang) && typeof lang !== 'string' && typeof lang !== 'number')
    throw fail(`${where('default_lang')} must be a language name, not ${describe(lang)}`, where('default_lang'));
  const formatter = formatterOf(value('formatter'), where('formatter'), fail);
  if (truthy(value('inline_theme')))
    throw fail(
      `${where('inline_theme')}: kiln does not write Rouge's inline styles (use a stylesheet for its classes)`,
      where('inline_theme'),
    );
  const numbered = truthy(value('line_numbers')) && formatter === 'legacy';
  let lineNumbers: RougeTable | null = null;
  if (numbered) {
    const start = o.has('start_line') ? value('start_line') : 1;
    if (typeof start !== 'number' || !Number.isInteger(start))
      throw fail(`${where('start_line')} must be a whole number, not ${describe(start)}`, where('start_line'));
    const lineFormat = o.has('line_format') ? value('line_format') : '%i';
    if (typeof lineFormat !== 'string' || lineNumber(lineFormat, start) === undefined)
      throw fail(
        `${where('line_format')} ${describe(lineFormat)}: kiln reads one %i, %d, %u or %s (with flags and a width) and %%`,
        where('line_format'),
      );
    lineNumbers = {
      startLine: start,
      lineFormat,
      tableClass: text('table_class', 'rouge-table'),
      gutterClass: text('gutter_class', 'rouge-gutter'),
      codeClass: text('code_class', 'rouge-code'),
    };
  }
  return {
    disable: truthy(value('disable')),
    defaultLang: truthy(lang) ? String(lang) : null,
    guessLang: truthy(value('guess_lang')),
    formatter,
    // (kramdown never wraps inline code; a `wrap:` given as null is off, as Rouge fetches it.)
    wrap: isBlock && (o.has('wrap') ? truthy(value('wrap')) : true),
    // (kramdown gives any false value `highlight`.)
    cssClass: truthy(value('css_class')) ? text('css_class', 'highlight') : 'highlight',
    lineNumbers,
  };
}

/** Rouge's formatter kramdown picks for `formatter`. */
function formatterOf(v: unknown, key: string, fail: ConfigFail): 'legacy' | 'html' {
  if (typeof v !== 'string' || !/^\p{Lu}[\p{L}\p{N}_]*$/u.test(v) || v === 'HTMLLegacy') return 'legacy';
  if (!FORMATTERS.has(v)) return 'html'; // (kramdown's fallback for Rouge 1, which had HTML alone)
  throw fail(`${key} ${v}: kiln writes Rouge's HTMLLegacy (the default) and HTML formatters only`, key);
}
