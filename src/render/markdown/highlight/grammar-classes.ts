// Where a Rouge or Pygments lexer classes the tokens of a language kiln colours by a grammar
// otherwise than the grammar's scopes say (scope-classes.ts), by Rouge's tag and markup: a span's
// (escaped) text in pieces with the oracle's classes, by the class kiln gives, the next character
// and the class of the span before it (if only blanks stand between). Measured on the samples in test/highlight-oracle
// (`npm run highlight:report`).

type Piece = readonly [cls: string, text: string];
type Rename = (
  cls: string,
  text: string,
  after: string,
  before: string,
  beforeText: string,
  state: Record<string, number>,
) => readonly Piece[];

const same = (cls: string, text: string): Piece[] => [[cls, text]];
/** Each of `text`'s pieces (by `re`) in the class `classOf` gives it. */
const split = (text: string, re: RegExp, classOf: (piece: string) => string): Piece[] =>
  (text.match(re) ?? []).map((piece) => [classOf(piece), piece]);

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
// The grammar scopes a field's name `s` and a braced value as the name before it.
const bibtex: Rename = (cls, text) => [
  [text.startsWith('{') ? 's' : cls === 's' && /^[\w-]+$/.test(text) ? 'na' : (BIBTEX[cls] ?? cls), text],
];

/** A rename by class alone. */
const byClass =
  (table: Readonly<Record<string, string>>): Rename =>
  (cls, text) => [[table[cls] ?? cls, text]];

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
 * Pygments 2.14's Rust: capitalised names plain but its builtin types `nb`, calls plain, `self`
 * `bp`, `Self` `nc`, `enum`/`struct` and `use` plain keywords, paths plain, `//!` and `///` docs
 * `sd`, attributes `cp`, macros `fm`, `:` and `->` text.
 */
const RUST_BUILTINS = new Set(
  'String Option Some None Result Ok Err Vec Box Rc Arc Copy Send Sized Sync Drop Fn FnMut FnOnce ToOwned Clone PartialEq PartialOrd Eq Ord AsRef AsMut Into From Default Iterator Extend IntoIterator DoubleEndedIterator ExactSizeIterator ToString'.split(
    ' ',
  ),
);
const rust: Rename = (cls, text) => {
  if (cls === 'nc') return [[RUST_BUILTINS.has(text) ? 'nb' : 'n', text]];
  if (cls === 'nf' || cls === 'nn') return [['n', text]];
  if (cls === 'k') return [[text === 'self' ? 'bp' : text === 'Self' ? 'nc' : 'k', text]];
  if (cls === 'kd' || cls === 'kn') return [['k', text]];
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

/**
 * Haskell: a capitalised name a type `kt` (the module's name `nn`), Prism's builtin functions
 * plain names, every keyword reserved `kr`, `{-# … #-}` pragmas `cp`; Rouge's `-- |` comments
 * documentation `cd`, Pygments' `=`, `::`, `->` and `<-` word operators `ow`.
 */
const haskell =
  (markup: 'rouge' | 'pygments'): Rename =>
  (cls, text, _after, _before, beforeText) => {
    if (cls === 'no') return [[beforeText === 'module' ? 'nn' : 'kt', text]];
    if (cls === 'nb') return [['n', text]];
    if (cls === 'k' || cls === 'kn' || cls === 'kd') return [['kr', text]];
    if (cls === 'cm' && text.startsWith('{-#')) return [['cp', text]];
    if (markup === 'rouge' && cls === 'c1' && /^--\s*\|/.test(text)) return [['cd', text]];
    if (markup === 'pygments' && cls === 'o' && /^(?:=|::|-&gt;|&lt;-)$/.test(text)) return [['ow', text]];
    return same(cls, text);
  };

/**
 * Elixir: calls plain names, `true`/`false`/`nil` `no`, `__MODULE__` `bp`, `when` `ow`, a keyword
 * key (`draft:`) a symbol `ss`; to Rouge modules `no`, attributes `nv`, heredocs `sd`, `do:` a
 * keyword; to Pygments `def…` declarations `kd`, attributes `na`, heredocs `sh`, a key's colon `p`.
 */
const elixir =
  (markup: 'rouge' | 'pygments'): Rename =>
  (cls, text) => {
    const rouge = markup === 'rouge';
    if (cls === 'nf') return [['n', text]];
    if (cls === 'kc') return [['no', text]];
    if (text === '__MODULE__') return [['bp', text]];
    if (cls === 'k' && text === 'when') return [['ow', text]];
    if (cls === 'k' && /^def/.test(text)) return [[rouge ? 'k' : 'kd', text]];
    if (rouge && cls === 'nc') return [['no', text]];
    if (cls === 'nd') return [[rouge ? 'nv' : 'na', text]];
    if (cls === 's2' && text.startsWith('"""')) return [[rouge ? 'sd' : 'sh', text]];
    if (cls === 'na') {
      const key = /^(\w+[?!]?)(:)$/.exec(text);
      if (rouge && key?.[1] === 'do') return [['k', text]];
      if (key)
        return rouge
          ? [['ss', text]]
          : [
              ['ss', key[1]!],
              ['p', ':'],
            ];
    }
    return same(cls, text);
  };

/** Pony (Rouge): keywords reserved `kr` (capabilities `ref`, `tag` … `kd`), calls plain, strings `s`. */
const PONY_CAPABILITIES = new Set('iso trn ref val box tag'.split(' '));
const pony: Rename = (cls, text) => {
  if (cls === 'k' || cls === 'kd' || cls === 'kn') return [[PONY_CAPABILITIES.has(text) ? 'kd' : 'kr', text]];
  if (cls === 'nb' || cls === 'nf') return [['n', text]];
  if (cls === 's2') return [['s', text]];
  return same(cls, text);
};

/**
 * Praat: names text, a command's words (`selectObject`, `Get mean`) functions `nf`, its types
 * (`positive`, `word`) keywords, strings `s`, numbers `m`; brackets text to Rouge.
 */
const praat =
  (markup: 'rouge' | 'pygments'): Rename =>
  (cls, text) => {
    if (cls === 'n') return [['', text]];
    if (cls === 'nb') return [['nf', text]];
    if (cls === 'kt' || cls === 'kn') return [['k', text]];
    if (cls === 's1' || cls === 's2') return [['s', text]];
    if (cls === 'mi' || cls === 'mf') return [['m', text]];
    if (markup === 'rouge' && cls === 'p') return [['', text]];
    return same(cls, text);
  };

/** E-mail (Rouge): header names tags `nt`, addresses and values `na`, quoted lines comments `c`. */
const email: Rename = (cls, text) => {
  if (cls === 'gt') return [['c', text]];
  if (cls === 'nv') return [['nt', text]];
  if (cls === 'no' || cls === 's' || cls === 'o') return [['na', text]];
  if (cls === 'p') return [[text === ':' ? 'o' : 'na', text]];
  return same(cls, text);
};

/**
 * Rouge's classes for a few more languages' tokens, by kind: OpenType feature files (glyph
 * classes `nc`, a feature's or lookup's name `nf`), Ceylon (annotations and types `nd`, the
 * import path `nn`, members `na`), F# (capitalised names `nc`, primitive types `kt`, signs
 * punctuation), Groovy (`def` a type, strings `s2`), Dart (classes plain, its core types `kt`,
 * members `na`) and Clean (capitalised names types, signs punctuation).
 */
const opentype: Rename = (cls, text, _after, _before, beforeText) => {
  if (cls === 'n') return [[text.startsWith('@') ? 'nc' : /^(?:feature|lookup)$/.test(beforeText) ? 'nf' : 'n', text]];
  return [[cls === 'c1' ? 'c' : cls === 'kt' ? 'k' : cls === 'no' ? 'n' : cls === 'o' ? 'p' : cls, text]];
};
const CEYLON_ANNOTATIONS = new Set(
  'shared actual formal default variable late native abstract final sealed deprecated doc by license see throws tagged optional'.split(
    ' ',
  ),
);
const ceylon =
  (markup: 'rouge' | 'pygments'): Rename =>
  (cls, text, _after, before, beforeText) => {
    if (cls === 'nc') return [[markup === 'rouge' ? 'nd' : 'n', text]];
    if (cls === 'k' && CEYLON_ANNOTATIONS.has(text)) return [['nd', text]];
    if (cls === 'k' && text === 'value') return [['kt', text]];
    if (cls === 'c') return [['c1', text]];
    if (cls === 'p') return [['o', text]];
    if (cls === 'n' && (before === 'kn' || (before === 'nn' && beforeText === '.'))) return [['nn', text]];
    if (cls === 'n' && beforeText === '.') return [['na', text]];
    return same(cls, text);
  };
const fsharp: Rename = (cls, text) => {
  if (cls === 'n' && /^[A-Z]/.test(text)) return [['nc', text]];
  if (cls === 'nc' && /^[a-z]/.test(text)) return [['kt', text]];
  if (cls === 'kd') return [['k', text]];
  if (cls === 'cm' && text.startsWith('(*')) return [['c', text]];
  if (cls === 'o') return [['p', text]];
  return same(cls, text);
};
const groovy: Rename = (cls, text, _after, _before, beforeText) => {
  if (cls === 'p') return [['o', text]];
  if (cls === 'nc') return [['n', text]];
  if (cls === 'k' && text === 'def') return [['kt', text]];
  if (cls === 's1' || cls === 'si') return [['s2', text]];
  if (cls === 'nf' && beforeText === '.') return [['na', text]];
  return same(cls, text);
};
const DART_TYPES = new Set(
  'String int double num bool List Map Set Iterable Object dynamic void Future Stream Duration'.split(' '),
);
const dart =
  (markup: 'rouge' | 'pygments'): Rename =>
  (cls, text, _after, _before, beforeText) => {
    const rouge = markup === 'rouge';
    if (cls === 'nc') return [[DART_TYPES.has(text) ? 'kt' : 'n', text]];
    if (cls === 'nf') return [[text.startsWith('@') ? 'nd' : rouge && beforeText === '.' ? 'na' : 'n', text]];
    if (cls === 'k' && (text === 'async' || (!rouge && text === 'await'))) return [['kd', text]];
    if (!rouge && cls === 's') return [['s1', text]];
    if (!rouge && cls === 'kn') return [['k', text]];
    if (!rouge && cls === 'p' && /^(?:&lt;|&gt;)+$/.test(text)) return [['o', text]];
    return same(cls, text);
  };
const clean: Rename = (cls, text) => {
  if (cls === 'n' && /^[A-Z]/.test(text)) return [['kt', text]];
  if (cls === 'o') return [['p', text]];
  if (cls === 'kn') return [['k', text]];
  return same(cls, text);
};

/**
 * Pygments 2.14's classes for more languages' tokens: F# (capitalised names namespaces `nn`,
 * signs operators, `let`/`fun` plain keywords), Clojure (names variables `nv`, core functions
 * `nb`, `ns`/`def…` declarations `kd`), Jsonnet (field names variables with their colon
 * punctuation, `std` builtin, every number `mf`), INI (keys `na`, sections keywords with their
 * brackets, `=` an operator).
 */
const fsharpPygments: Rename = (cls, text) => {
  if (cls === 'n' && /^[A-Z]/.test(text)) return [['nn', text]];
  if (cls === 'p') return [['o', text]];
  if (cls === 's2') return [['s', text]];
  if (cls === 'kd') return [['k', text]];
  if (cls === 'cm' && text.startsWith('(*')) return [['c', text]];
  if (cls === 'nc' && /^[a-z]/.test(text)) return [['kt', text]];
  if (cls === 'nc' || cls === 'nf') return [['n', text]];
  return same(cls, text);
};
const clojure: Rename = (cls, text) => {
  if (cls === 'n') return [['nv', text]];
  if (cls === 'k') return [[/^(?:ns|def\w*)$/.test(text) ? 'kd' : 'nb', text]];
  if (cls === 'kd') return [['k', text]];
  if (cls === 'kc') return [['nv', text]];
  return same(cls, text);
};
const jsonnet: Rename = (cls, text) => {
  if (cls === 'nf') return split(text, /:+|[^:]+/g, (p) => (p.startsWith(':') ? 'p' : 'nv'));
  if (cls === 'n') return [[text === 'std' ? 'nb' : 'nv', text]];
  if (cls === 'cm' && text.startsWith('/*')) return [['c', text]];
  if (cls === 'mi') return [['mf', text]];
  if (cls === 'kn' || cls === 'kc' || cls === 'bp') return [['k', text]];
  return same(cls, text);
};
const ini: Rename = (cls, text) => {
  if (cls === 'py') return [['na', text]];
  if (cls === 'nt') return [['k', text]];
  if (cls === 'p') return [[/^[[\]]+$/.test(text) ? 'k' : 'o', text]];
  return same(cls, text);
};

/**
 * And more: Jsonnet (Rouge: names and fields `nx`, signs punctuation), INI (Rouge: sections
 * `nn`, comments `c`), Julia (Rouge: capitalised names types, brackets `x`, `true`/`false`
 * builtins), MATLAB (its library functions `nb`, other calls plain), XPath (Rouge: names element
 * tests `nt`, after `@` attributes `na`, word operators `ow`), MiniZinc (Rouge: names `nx`),
 * SSH configuration (Rouge: values text, `yes`/`no` `no`), JSON (Pygments: keys `nt`), PHP
 * (Pygments: names `nx`, docblocks `sd`, `true`/`false`/`null` keywords, members `na`).
 */
const jsonnetRouge: Rename = (cls, text) => {
  if (cls === 'nf') return split(text, /:+|[^:]+/g, (p) => (p.startsWith(':') ? 'p' : 'nx'));
  if (cls === 'n') return [['nx', text]];
  if (cls === 'o') return [['p', text]];
  if (cls === 'kn' || cls === 'bp') return [['k', text]];
  if (cls === 'mi') return [['mf', text]];
  return same(cls, text);
};
const iniRouge: Rename = (cls, text) =>
  cls === 'c1'
    ? [['c', text]]
    : cls === 'nt' || (cls === 'p' && /^[[\]]+$/.test(text))
      ? [['nn', text]]
      : same(cls, text);
const julia: Rename = (cls, text) => {
  if (cls === 'n') return [[/^[A-Z]/.test(text) ? 'kt' : text === 'nothing' ? 'nb' : 'n', text]];
  if (cls === 'p') return [['x', text]];
  if (cls === 'c1') return [['c', text]];
  if (cls === 'kc' && /^(?:true|false)$/.test(text)) return [['nb', text]];
  if (cls === 'kd') return [['k', text]];
  if (cls === 'k' && text === 'println') return [['n', text]];
  return same(cls, text);
};
const MATLAB_BUILTINS = new Set(
  'abs all any axis ceil cell char cos cumsum diff disp double eps error exp eye figure find floor fprintf grid hold isempty length linspace log max mean min mod nargin nargout num2str numel ones plot rand randn repmat reshape round sin size sort sprintf sqrt strcat sum title xlabel ylabel zeros'.split(
    ' ',
  ),
);
const matlab =
  (markup: 'rouge' | 'pygments'): Rename =>
  (cls, text) => {
    if (cls === 'nf' || cls === 'n') return [[MATLAB_BUILTINS.has(text) ? 'nb' : 'n', text]];
    if (cls === 'kd') return [['k', text]];
    if (markup === 'pygments' && cls === 'c1') return [['c', text]];
    if (markup === 'pygments' && cls === 's1') return [['s', text]];
    if (cls === 'o' && (text === ':' || (markup === 'pygments' && text === '='))) return [['p', text]];
    return same(cls, text);
  };
const xpath: Rename = (cls, text, _after, before, beforeText) => {
  if (cls === 'n') return [[beforeText === '@' ? 'na' : 'nt', text]];
  if (cls === 'o' && text === '@') return [['na', text]];
  if (cls === 'o' && /^[a-z]+$/.test(text)) return [['ow', text]];
  if (cls === 'p') return [['o', text]];
  if (cls === 'mi') return [['m', text]];
  return before === '' && cls === 'k' && /^(?:order|by|descending|ascending)$/.test(text)
    ? [['nt', text]]
    : same(cls, text);
};
const minizinc: Rename = (cls, text) => {
  if (cls === 'nv') return [['nx', text]];
  if (cls === 'c') return [['c1', text]];
  if (cls === 'kd') return [['k', text]];
  if (cls === 'mi') return [['m', text]];
  if (cls === 'k' && text === 'in') return [['o', text]];
  return same(cls, text);
};
const ssh: Rename = (cls, text) => {
  if (cls === 's' || cls === 'no' || (cls === 'o' && text === '*')) return [['', text]];
  if (cls === 'kc') return [['no', text]];
  if (cls === 'mi') return [['m', text]];
  return same(cls, text);
};
const php: Rename = (cls, text, _after, _before, beforeText) => {
  if (cls === 'kd') return [['k', text]];
  if (cls === 'nc' || cls === 'nn') return [['nx', text]];
  if (cls === 'cm' && text.startsWith('/**')) return [['sd', text]];
  if (cls === 'no' && /^(?:true|false|null)$/i.test(text)) return [['k', text]];
  if (cls === 'nf' && (beforeText === '-&gt;' || beforeText === '::')) return [['na', text]];
  if (cls === 'k' && text.startsWith('&lt;?')) return [['cp', text]];
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
  ini: { rouge: iniRouge, pygments: ini },
  julia: { rouge: julia },
  matlab: { rouge: matlab('rouge'), pygments: matlab('pygments') },
  xpath: { rouge: xpath },
  minizinc: { rouge: minizinc },
  ssh: { rouge: ssh },
  json: { pygments: byClass({ nl: 'nt', o: 'p' }) },
  php: { pygments: php },
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
