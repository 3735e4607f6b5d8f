// Prism names what a token is (`keyword`, `class-name`, `string`, …); a Jekyll site's syntax.css
// styles the short classes of Pygments and Rouge (`k`, `nc`, `s2`, …). This maps the one onto the
// other, looking at a token's text where Rouge distinguishes what Prism does not (quote style,
// number base, comment form, kinds of keyword).

/** Pygments/Rouge short class by Prism token type or alias; `null`: the token's parent decides. */
const BY_NAME: Readonly<Record<string, string | null>> = {
  comment: 'c',
  'doc-comment': 'cm',
  prolog: 'cp',
  doctype: 'cp',
  cdata: 'cp',
  shebang: 'c',
  directive: 'cp',
  macro: 'cp',
  'directive-hash': 'cp',
  string: 's',
  'template-string': 'sb',
  char: 'sc',
  regex: 'sr',
  'regex-source': 'sr',
  'regex-delimiter': 'sr',
  'regex-flags': 'sr',
  url: 'sx',
  number: 'm',
  boolean: 'kc',
  nil: 'kc',
  null: 'kc',
  keyword: 'k',
  builtin: 'nb',
  'known-class-name': 'nb',
  'class-name': 'nc',
  'maybe-class-name': 'nc',
  function: 'nf',
  'function-definition': 'nf',
  method: 'nf',
  operator: 'o',
  punctuation: 'p',
  variable: 'nv',
  constant: 'no',
  symbol: 'ss',
  atom: 'ss',
  namespace: 'nn',
  package: 'nn',
  property: 'py',
  'literal-property': 'na',
  key: 'py',
  tag: 'nt',
  'attr-name': 'na',
  'attr-value': 's',
  entity: 'ni',
  'named-entity': 'ni',
  selector: 'nt',
  atrule: 'k',
  rule: 'k',
  important: 'k',
  annotation: 'nd',
  decorator: 'nd',
  attribute: 'nd',
  'lifetime-annotation': 'nl',
  label: 'nl',
  inserted: 'gi',
  deleted: 'gd',
  coord: 'gh',
  title: 'gh',
  bold: 'gs',
  italic: 'ge',
  blockquote: 'gt',
  output: 'go',
  interpolation: null,
  'interpolation-punctuation': 'si',
  'template-punctuation': 'sb',
  section: 'nn',
  value: 's',
  date: 'ld',
  hvariable: 'n',
  'import-statement': 'nn',
  hexcode: 'mh',
  color: 'mh',
  unit: 'm',
  'code-snippet': 'sb',
  code: 'sb',
  'pseudo-class': 'nd',
  'pseudo-element': 'nd',
  class: 'nc',
  id: 'nn',
  parameter: null,
  'assign-left': 'nv',
  environment: 'nv',
};

/** Rouge's classes for kinds of keyword, by word (a language's own keyword list decides the rest). */
const KEYWORD_KIND: ReadonlyMap<string, string> = new Map([
  ...words('import package using require include from use export', 'kn'),
  ...words('true false null nil None True False undefined NaN Infinity', 'kc'),
  ...words(
    'int long short byte char float double boolean bool void unsigned signed size_t i8 i16 i32 i64 u8 u16 u32 u64 f32 f64 usize isize str',
    'kt',
  ),
  ...words(
    'var let const val fun function func class interface enum struct trait object public private protected static final abstract extends implements native synchronized transient volatile throws',
    'kd',
  ),
]);

function words(list: string, cls: string): [string, string][] {
  return list.split(' ').map((w) => [w, cls]);
}

/** Languages whose Rouge lexer tells strings apart by quote (`s2` "double", `s1` 'single', `sb` `back`). */
const QUOTE_STRINGS = new Set([
  'python',
  'ruby',
  'javascript',
  'typescript',
  'jsx',
  'tsx',
  'php',
  'perl',
  'bash',
  'shell-session',
  'groovy',
  'elixir',
  'fsharp',
  'css',
  'scss',
  'less',
  'lua',
  'r',
  'matlab',
  'vim',
  'json',
  'ocaml',
  'powershell',
  'sql',
]);

/** Languages whose Rouge lexer gives every identifier the `nx` (other name) class. */
const NX_NAMES = new Set(['javascript', 'typescript', 'jsx', 'tsx']);

/** Where one language's Rouge lexer names a kind of token differently from the rest ('' : plain). */
const BY_LANGUAGE: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  css: { property: 'nl', comment: 'c' },
  scss: { property: 'nl', comment: 'c1' },
  yaml: { key: 'na', punctuation: 'pi', boolean: 'no', null: 'no', string: 's' },
  json: { property: 'nl', string: 's2' },
  // A command's name is plain text to Rouge and Pygments.
  bash: { function: '', comment: 'c', shebang: 'c', parameter: 'nt' },
};

/** The short class for a Prism token, or `null` when the enclosing token's class applies. */
export function tokenClass(
  type: string,
  alias: string | string[] | undefined,
  text: string,
  lang: string,
): string | null {
  const own = BY_LANGUAGE[lang];
  if (own) {
    const hit =
      own[type] ?? (typeof alias === 'string' ? own[alias] : alias?.map((a) => own[a]).find((c) => c !== undefined));
    if (hit !== undefined) return hit;
  }
  // Own keys only: Prism's ReasonML names a token `constructor`, which every object has.
  let cls = Object.hasOwn(BY_NAME, type) ? BY_NAME[type] : undefined;
  if (cls === undefined && alias)
    for (const a of typeof alias === 'string' ? [alias] : alias)
      if (Object.hasOwn(BY_NAME, a)) {
        cls = BY_NAME[a];
        break;
      }
  if (cls === undefined || cls === null) return null;
  return refine(cls, text, lang);
}

function refine(cls: string, text: string, lang: string): string {
  switch (cls) {
    case 'c':
      if (/^(?:\/\*|\(\*|\{-|<!--|--\[)/.test(text)) return 'cm';
      return /\n./.test(text) ? 'c' : /^(?:\/\/|#|--|;|%|')/.test(text) ? 'c1' : 'c';
    case 's':
      if (!QUOTE_STRINGS.has(lang)) return 's';
      return text.startsWith('"') ? 's2' : text.startsWith("'") ? 's1' : text.startsWith('`') ? 'sb' : 's';
    case 'm':
      return numberClass(text);
    case 'k':
      return keywordClass(text) ?? 'k';
    case 'nf':
    case 'nc':
      return NX_NAMES.has(lang) ? 'nx' : cls;
    default:
      return cls;
  }
}

/** A number's class by its form: hexadecimal, binary, integer or float. */
export function numberClass(text: string): string {
  if (/^[-+]?0x/i.test(text)) return 'mh';
  if (/^[-+]?0b/i.test(text)) return 'mb';
  if (/^[-+]?\d[\d_]*$/.test(text) || /^[-+]?\d[\d_]*[lLuU]+$/.test(text)) return 'mi';
  return /^[-+]?[\d.]/.test(text) && /[.eE]/.test(text) ? 'mf' : 'm';
}

/** Rouge's class for a kind of keyword by its word (`import` kn, `true` kc, `int` kt, `class` kd). */
export function keywordClass(text: string): string | undefined {
  return KEYWORD_KIND.get(text);
}

/** The class of a plain word Prism left unmarked: Rouge calls names `n` in a programming language. */
export function plainWordClass(lang: string): string {
  return NX_NAMES.has(lang) ? 'nx' : PROSE.has(lang) ? '' : 'n';
}

/** Languages whose unmarked words are text, not names, to Rouge. */
const PROSE = new Set([
  'markup',
  'html',
  'xml',
  'svg',
  'markdown',
  'diff',
  'shell-session',
  'bash',
  'makefile',
  'ini',
  'toml',
  'yaml',
  'properties',
  'docker',
  'nginx',
  'apacheconf',
  'latex',
  'csv',
  'erb',
  'liquid',
  'markup-templating',
  'plain',
]);
