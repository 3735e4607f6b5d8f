// Where a Rouge or Pygments lexer classes the tokens of a language kiln colours by a grammar
// otherwise than the grammar's scopes say (scope-classes.ts), by Rouge's tag and markup: a span's
// text in pieces with the oracle's classes (rename-kit.ts). Each is measured on its language's
// sample in test/highlight-oracle (`npm run highlight:report`). The Pygments markup of languages
// kiln lexes as Rouge does in Rouge's (Kotlin, Rust, SCSS…) comes from Prism and is renamed here too.

import {
  ceylon,
  clean,
  clojure,
  dart,
  ecl,
  elixir,
  email,
  fsharp,
  fsharpPygments,
  groovy,
  haskell,
  ini,
  jsonnet,
  jsonnetRouge,
  julia,
  lean,
  matlab,
  minizinc,
  opentype,
  php,
  pony,
  praat,
  slice,
  ssh,
  wollok,
  xpath,
} from './grammar-classes-more.js';
import { byClass, type Rename, same, split } from './rename-kit.js';

/**
 * OpenEdge ABL: both lexers call the language's keywords builtins `nb` (Pygments `DEFINE` and its
 * kin declarations `kd`) and names variables `nv`, whole comments `cm`; a `table.field` reference
 * (a keyword to the grammar) is names, its dot an error to Rouge and punctuation to Pygments; Rouge's
 * strings are `s` and its punctuation operators.
 */
const openedge =
  (markup: 'rouge' | 'pygments'): Rename =>
  (cls, text) => {
    if (cls === 'k' && /\w\.\w/.test(text))
      return (text.match(/\.|[^.]+/g) ?? []).map((p) => [p === '.' ? (markup === 'rouge' ? 'err' : 'p') : 'nv', p]);
    if (cls === 'k') return [[markup === 'pygments' && /^(?:define|def)$/i.test(text) ? 'kd' : 'nb', text]];
    if (cls === 'n') return [['nv', text]];
    if (cls === 'c') return [['cm', text]];
    if (markup === 'rouge' && (cls === 's1' || cls === 's2')) return [['s', text]];
    if (markup === 'rouge' && cls === 'p') return [['o', text]];
    return same(cls, text);
  };

/**
 * BBC BASIC: line numbers `m` to Rouge and labels `nl` to Pygments; every upper-case word the grammar
 * leaves a name or calls a class (`MODE`, `PRINT`, `ENDPROC`) a keyword, `PROC`/`FN` apart from
 * the name they prefix (a declaration's to Pygments `kd` and `nf`); a variable, with its `%`, `nv`.
 * Rouge: `REM` comments `c`, strings `s`, brackets operators; Pygments: `REM` itself `kd`, `DEF`
 * `kd`, every sign an operator.
 */
const bbcbasic =
  (markup: 'rouge' | 'pygments'): Rename =>
  (cls, text, after, before) => {
    const rouge = markup === 'rouge';
    if (cls === 'nt') return [[rouge ? 'm' : 'nl', text]];
    if (cls === 'c1')
      return rouge ? [['c', text]] : (text.match(/^REM|[\s\S]+/g) ?? []).map((p) => [p === 'REM' ? 'kd' : 'c1', p]);
    if (cls === 's1' || cls === 's2') return [[rouge ? 's' : 's2', text]];
    if (cls === 'mi') return [[rouge ? 'm' : 'mi', text]];
    if (cls === 'o' && text === '%' && before === 'n') return [['nv', text]];
    if (rouge && cls === 'p' && /^[()]+$/.test(text)) return [['o', text]];
    if (!rouge && cls === 'p') return [['o', text]];
    if (cls !== 'n' && cls !== 'nc') return same(cls, text);
    const call = /^(PROC|FN)(\w+)$/.exec(text);
    if (call)
      return [
        [rouge ? 'k' : before === 'kd' || before === 'nc' ? 'kd' : 'k', call[1]!],
        [rouge ? 'nv' : 'nf', call[2]!],
      ];
    if (!rouge && text === 'DEF') return [['kd', text]];
    return [[/^[A-Z]{2,}$/.test(text) && !/[%$(]/.test(after) ? 'k' : 'nv', text]];
  };

/** Dafny: Rouge calls every keyword, declarations too, reserved `kr`, and a function's name `n`. */
const dafny: Rename = (cls, text) => [[cls === 'k' || cls === 'kd' ? 'kr' : cls === 'nf' ? 'n' : cls, text]];

/**
 * BibTeX, which both lexers lex alike: an entry's type (`@article`) `nc`, its key a label `nl`,
 * field names `na`, values in quotes or braces `s`, numbers `m`, comments `c`.
 */
const BIBTEX: Readonly<Record<string, string>> = {
  k: 'nc',
  nc: 'nl',
  s1: 's',
  s2: 's',
  mi: 'm',
  cm: 'c',
  c1: 'c',
};
// The grammar scopes a field's name `s` and a braced value as the name before it; the `{` that
// opens an entry is punctuation, the name `@string` defines an attribute (a key elsewhere), and
// `@preamble`'s quoted text (with the `}` after it, to the grammar a key) a string.
const bibtex: Rename = (cls, text, _after, _before, _beforeText, state) => {
  if (cls === 'k') state.entry = ['@string', '@preamble'].indexOf(text.toLowerCase()) + 1;
  else if ((cls === 'nc' || cls === 'n') && state.entry) {
    const entry = state.entry;
    state.entry = 0;
    if (entry === 1) return [['na', text]];
    const m = /^(".*")(\}?)$/s.exec(text);
    if (m)
      return m[2]
        ? [
            ['s', m[1]!],
            ['p', m[2]],
          ]
        : [['s', m[1]!]];
  }
  if (cls === 'p' && text === '{') return [['p', text]];
  return [[text.startsWith('{') ? 's' : cls === 's' && /^[\w-]+$/.test(text) ? 'na' : (BIBTEX[cls] ?? cls), text]];
};

/**
 * Pygments 2.14's classes where Prism's tokens (token-classes.ts) say otherwise: Sieve's commands
 * and tests `nb`, a tagged argument (`:contains`) `nt` with its colon, strings `s`; VCL's
 * variables (`req.url`) `nv`, a backend's fields (`.host`) `na`, durations `ld`, comments `c`,
 * braces operators; a Java properties file's keys `na`, comments `c1`, separators operators;
 * nginx's directives `kn`, their values strings, `on`/`off` `no`; TOML's keys names, tables'
 * names keywords, `=` an operator, dates integers.
 */
const sieve: Rename = (cls, text, after, before) => {
  // (`after` is the next character of the HTML: a span's `<`.)
  if (cls === 'o' && text === ':' && after === '<') return [['nt', text]];
  if (cls === 'k') return [[before === 'o' ? 'nt' : 'nb', text]];
  return [[cls === 'nf' ? 'nb' : cls === 's2' || cls === 's1' ? 's' : cls === 'mi' ? 'm' : cls, text]];
};
const vcl: Rename = (cls, text) => {
  if (cls === 'nb' || cls === 'n') return [[text.startsWith('.') ? 'na' : 'nv', text]];
  if (cls === 'p' && /^[{}]+$/.test(text)) return [['o', text]];
  return [[cls === 'c1' ? 'c' : cls === 's2' || cls === 's1' ? 's' : cls === 'm' ? 'ld' : cls, text]];
};

/**
 * Pygments 2.14's Kotlin: `package`/`import` plain keywords and the path after them `nn`,
 * modifiers (`data`, `sealed`) `kd`, a type after `:` `kt`, other names `nv` (a call's too),
 * numbers `m`, `:` punctuation.
 */
const KOTLIN_MODIFIERS = new Set(
  'data sealed open abstract override private public internal protected inline enum annotation'.split(' '),
);
const kotlin: Rename = (cls, text, _after, before, beforeText) => {
  if (cls === 'kn') return [['k', text]];
  if (cls === 'k' && KOTLIN_MODIFIERS.has(text)) return [['kd', text]];
  if (cls === 'o' && text === ':') return [['p', text]];
  if (/^m[if]$/.test(cls)) return [['m', text]];
  if (cls !== 'n' && cls !== 'nf') return same(cls, text);
  if (before === 'kn') return [['nn', text]];
  if (beforeText === ':') return [['kt', text]];
  if (beforeText === 'val' || beforeText === 'var') return [['nv', text]];
  if (beforeText === 'fun') return [['nf', text]];
  if (beforeText === 'class' || beforeText === 'object' || beforeText === 'interface') return [['nc', text]];
  return [[beforeText === '.' ? 'na' : 'n', text]];
};

/**
 * Pygments 2.14's Rust: capitalised names plain but its builtin types `nb`, calls plain (a declared function `nf`), `self`
 * `bp`, `Self` `nc`, `enum`/`struct` and `use` plain keywords (`let` a declaration), paths plain, `//!` and `///` docs
 * `sd`, attributes `cp`, macros `fm`, `:` and `->` text.
 */
const RUST_BUILTINS = new Set(
  'String Option Some None Result Ok Err Vec Box Rc Arc Copy Send Sized Sync Drop Fn FnMut FnOnce ToOwned Clone PartialEq PartialOrd Eq Ord AsRef AsMut Into From Default Iterator Extend IntoIterator DoubleEndedIterator ExactSizeIterator ToString'.split(
    ' ',
  ),
);
const rust: Rename = (cls, text, _after, _before, beforeText) => {
  if (cls === 'nc') return [[RUST_BUILTINS.has(text) ? 'nb' : 'n', text]];
  // A function's name where it is declared (`fn main`) stays `nf`.
  if ((cls === 'nf' && beforeText !== 'fn') || cls === 'nn') return [['n', text]];
  if (cls === 'k') return [[text === 'self' ? 'bp' : text === 'Self' ? 'nc' : 'k', text]];
  if (cls === 'kd' || cls === 'kn') return [[text === 'let' ? 'kd' : 'k', text]];
  if (cls === 'c1' && /^\/\/[/!]/.test(text)) return [['sd', text]];
  if (cls === 'nd') return [['cp', text]];
  if (cls === 'cp') return [['fm', text]];
  if (cls === 'p' && /^(?::+|-&gt;)$/.test(text)) return [['', text]];
  return same(cls, text);
};

/**
 * Pygments 2.14's TypeScript: primitive types `kt`, `import`/`export` plain keywords and `from`
 * `kr`, `implements` and the modifiers plain keywords, `type` `kr`, the global objects `nb`,
 * `constructor` `kr`, declaration words `kd`, a name after `:` `kt`, every number `mf`.
 */
const TS_GLOBALS = new Set(
  'Array Boolean Date Error Function JSON Map Math Number Object Promise RegExp Set String Symbol WeakMap WeakSet console window document'.split(
    ' ',
  ),
);
const TS_DECLARATIONS = new Set('class const enum function interface let var'.split(' '));
const typescript: Rename = (cls, text, _after, _before, beforeText) => {
  if (cls === 'nb') return [[TS_GLOBALS.has(text) ? 'nb' : 'kt', text]];
  if (cls === 'kn') return [[text === 'from' ? 'kr' : 'k', text]];
  if (cls === 'kd') return [[TS_DECLARATIONS.has(text) ? 'kd' : 'k', text]];
  if (cls === 'k') return [[text === 'type' ? 'kr' : TS_DECLARATIONS.has(text) ? 'kd' : cls, text]];
  if (cls === 'nx' || cls === 'no' || cls === 'kt') {
    if (TS_GLOBALS.has(text)) return [['nb', text]];
    if (text === 'constructor') return [['kr', text]];
    return [[beforeText === ':' ? 'kt' : 'nx', text]];
  }
  if (cls === 'mi' || cls === 'mh') return [['mf', text]];
  return same(cls, text);
};

/**
 * Pygments 2.14's Protocol Buffers: field names `na`, type names plain, scalar types `kt`,
 * `message`/`service` `kd`, `import` a plain keyword, the name after `package` `nn`.
 */
const protobuf: Rename = (cls, text, _after, before) => {
  if (cls === 'n') return [[before === 'kn' || before === 'k' ? 'nn' : 'na', text]];
  if (cls === 'nc' || cls === 'nf') return [['n', text]];
  if (cls === 'nb') return [['kt', text]];
  if (cls === 'k')
    return [[text === 'message' || text === 'service' || text === 'enum' ? 'kd' : text === 'stream' ? 'n' : 'k', text]];
  if (cls === 'kn') return [['k', text]];
  return same(cls, text);
};

/**
 * Pygments 2.14's SCSS reads a rule's body as selectors: inside braces a word, number or
 * property is a tag `nt`, `.x` a class, `:` and `:hover` decorators `nd`, a `$` an error before
 * its name, signs operators; at the top, numbers by kind with their unit `kt`, `:` an operator.
 */
const scss: Rename = (cls, text, _after, _before, _beforeText, state) => {
  const depth = state.depth ?? 0;
  if (/[{}]/.test(text) && /^[po]$/.test(cls)) {
    state.depth = Math.max(0, depth + (text.match(/\{/g)?.length ?? 0) - (text.match(/\}/g)?.length ?? 0));
    return split(text, /[{}]|[^{}]+/g, (p) => (/[{}]/.test(p) ? 'p' : depth > 0 ? 'o' : 'p'));
  }
  if (depth === 0) {
    if (cls === 'm' || cls === 'mi' || cls === 'mf')
      return split(text, /\d+|\.\d+|[a-z%]+/gi, (p) => (/^\d/.test(p) ? 'mi' : p.startsWith('.') ? 'mf' : 'kt'));
    if (cls === 'p' && text === ':') return [['o', text]];
    return same(cls, text);
  }
  if (cls === 'nv') return split(text, /\$|[^$]+/g, (p) => (p === '$' ? 'err' : 'nt'));
  if (text === ':' || (cls === 'nt' && text.startsWith(':'))) return [['nd', text]];
  if (text.startsWith('.')) return [['nc', text]];
  if (/^(?:nl|n|nf|nt|m|mi|mf|py)$/.test(cls)) return [['nt', text]];
  if (cls === 'p') return [['o', text]];
  return same(cls, text);
};

export const GRAMMAR_CLASSES: Readonly<Record<string, { readonly rouge?: Rename; readonly pygments?: Rename }>> = {
  openedge: { rouge: openedge('rouge'), pygments: openedge('pygments') },
  bbcbasic: { rouge: bbcbasic('rouge'), pygments: bbcbasic('pygments') },
  dafny: { rouge: dafny },
  bibtex: { rouge: bibtex, pygments: bibtex },
  sieve: { pygments: sieve },
  haskell: { rouge: haskell('rouge'), pygments: haskell('pygments') },
  elixir: { rouge: elixir('rouge'), pygments: elixir('pygments') },
  pony: { rouge: pony },
  praat: { rouge: praat('rouge'), pygments: praat('pygments') },
  email: { rouge: email },
  opentype_feature_file: { rouge: opentype },
  ceylon: { rouge: ceylon('rouge'), pygments: ceylon('pygments') },
  fsharp: { rouge: fsharp, pygments: fsharpPygments },
  groovy: { rouge: groovy, pygments: groovy },
  dart: { rouge: dart('rouge'), pygments: dart('pygments') },
  clojure: { pygments: clojure },
  jsonnet: { rouge: jsonnetRouge, pygments: jsonnet },
  ini: { pygments: ini },
  julia: { rouge: julia },
  matlab: { rouge: matlab('rouge'), pygments: matlab('pygments') },
  xpath: { rouge: xpath },
  minizinc: { rouge: minizinc },
  ssh: { rouge: ssh },
  json: { pygments: byClass({ nl: 'nt', o: 'p' }) },
  php: { pygments: php },
  ecl: { rouge: ecl },
  slice: { rouge: slice },
  lean: { rouge: lean },
  wollok: { rouge: wollok },
  clean: { rouge: clean },
  kotlin: { pygments: kotlin },
  scss: { pygments: scss },
  rust: { pygments: rust },
  typescript: { pygments: typescript },
  protobuf: { pygments: protobuf },
  vcl: { pygments: vcl },
  properties: { pygments: byClass({ py: 'na', c: 'c1', p: 'o' }) },
  nginx: { pygments: byClass({ k: 'kn', cp: 's', kc: 'no' }) },
  toml: {
    pygments: (cls, text) => [
      [cls === 'py' ? 'n' : cls === 'ld' ? 'mi' : cls === 'nc' ? 'k' : cls === 'p' && text === '=' ? 'o' : cls, text],
    ],
  },
};
