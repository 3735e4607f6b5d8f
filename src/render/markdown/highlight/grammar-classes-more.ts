// More of grammar-classes.ts: languages measured after the first (Haskell onward).

import { type Rename, same, split } from './rename-kit.js';

/**
 * Haskell: a capitalised name a type `kt` (the module's name `nn`), Prism's builtin functions
 * plain names, every keyword reserved `kr`, `{-# … #-}` pragmas `cp`; Rouge's `-- |` comments
 * documentation `cd`, Pygments' `=`, `::`, `->` and `<-` word operators `ow`.
 */
export const haskell =
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
export const elixir =
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
export const pony: Rename = (cls, text) => {
  if (cls === 'k' || cls === 'kd' || cls === 'kn') return [[PONY_CAPABILITIES.has(text) ? 'kd' : 'kr', text]];
  if (cls === 'nb' || cls === 'nf') return [['n', text]];
  if (cls === 's2') return [['s', text]];
  return same(cls, text);
};

/**
 * Praat: names text, a command's words (`selectObject`, `Get mean`) functions `nf`, its types
 * (`positive`, `word`) keywords, strings `s`, numbers `m`; brackets text to Rouge.
 */
export const praat =
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
export const email: Rename = (cls, text) => {
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
export const opentype: Rename = (cls, text, _after, _before, beforeText) => {
  if (cls === 'n') return [[text.startsWith('@') ? 'nc' : /^(?:feature|lookup)$/.test(beforeText) ? 'nf' : 'n', text]];
  return [[cls === 'c1' ? 'c' : cls === 'kt' ? 'k' : cls === 'no' ? 'n' : cls === 'o' ? 'p' : cls, text]];
};
const CEYLON_ANNOTATIONS = new Set(
  'shared actual formal default variable late native abstract final sealed deprecated doc by license see throws tagged optional'.split(
    ' ',
  ),
);
export const ceylon =
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
export const fsharp: Rename = (cls, text) => {
  if (cls === 'n' && /^[A-Z]/.test(text)) return [['nc', text]];
  if (cls === 'nc' && /^[a-z]/.test(text)) return [['kt', text]];
  if (cls === 'kd') return [['k', text]];
  if (cls === 'cm' && text.startsWith('(*')) return [['c', text]];
  if (cls === 'o') return [['p', text]];
  return same(cls, text);
};
export const groovy: Rename = (cls, text, _after, _before, beforeText) => {
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
export const dart =
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
export const clean: Rename = (cls, text) => {
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
export const fsharpPygments: Rename = (cls, text) => {
  if (cls === 'n' && /^[A-Z]/.test(text)) return [['nn', text]];
  if (cls === 'p') return [['o', text]];
  if (cls === 's2') return [['s', text]];
  if (cls === 'kd') return [['k', text]];
  if (cls === 'cm' && text.startsWith('(*')) return [['c', text]];
  if (cls === 'nc' && /^[a-z]/.test(text)) return [['kt', text]];
  if (cls === 'nc' || cls === 'nf') return [['n', text]];
  return same(cls, text);
};
export const clojure: Rename = (cls, text) => {
  if (cls === 'n') return [['nv', text]];
  if (cls === 'k') return [[/^(?:ns|def\w*)$/.test(text) ? 'kd' : 'nb', text]];
  if (cls === 'kd') return [['k', text]];
  if (cls === 'kc') return [['nv', text]];
  return same(cls, text);
};
export const jsonnet: Rename = (cls, text) => {
  if (cls === 'nf') return split(text, /:+|[^:]+/g, (p) => (p.startsWith(':') ? 'p' : 'nv'));
  if (cls === 'n') return [[text === 'std' ? 'nb' : 'nv', text]];
  if (cls === 'cm' && text.startsWith('/*')) return [['c', text]];
  if (cls === 'mi') return [['mf', text]];
  if (cls === 'kn' || cls === 'kc' || cls === 'bp') return [['k', text]];
  return same(cls, text);
};
export const ini: Rename = (cls, text) => {
  if (cls === 'py') return [['na', text]];
  if (cls === 'nt') return [['k', text]];
  if (cls === 'p') return [[/^[[\]]+$/.test(text) ? 'k' : 'o', text]];
  return same(cls, text);
};

/**
 * And more: Jsonnet (Rouge: names and fields `nx`, signs punctuation), Julia (Rouge: capitalised
 * names types, brackets `x`, `true`/`false` builtins), MATLAB (its library functions `nb`, other calls plain), XPath (Rouge: names element
 * tests `nt`, after `@` attributes `na`, word operators `ow`), MiniZinc (Rouge: names `nx`),
 * SSH configuration (Rouge: values text, `yes`/`no` `no`), JSON (Pygments: keys `nt`), PHP
 * (Pygments: names `nx`, docblocks `sd`, `true`/`false`/`null` keywords, members `na`).
 */
export const jsonnetRouge: Rename = (cls, text) => {
  if (cls === 'nf') return split(text, /:+|[^:]+/g, (p) => (p.startsWith(':') ? 'p' : 'nx'));
  if (cls === 'n') return [['nx', text]];
  if (cls === 'o') return [['p', text]];
  if (cls === 'kn' || cls === 'bp') return [['k', text]];
  if (cls === 'mi') return [['mf', text]];
  return same(cls, text);
};
export const julia: Rename = (cls, text) => {
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
export const matlab =
  (markup: 'rouge' | 'pygments'): Rename =>
  (cls, text) => {
    if (cls === 'nf' || cls === 'n') return [[MATLAB_BUILTINS.has(text) ? 'nb' : 'n', text]];
    if (cls === 'kd') return [['k', text]];
    if (markup === 'pygments' && cls === 'c1') return [['c', text]];
    if (markup === 'pygments' && cls === 's1') return [['s', text]];
    if (cls === 'o' && (text === ':' || (markup === 'pygments' && text === '='))) return [['p', text]];
    return same(cls, text);
  };
export const xpath: Rename = (cls, text, _after, before, beforeText) => {
  if (cls === 'n') return [[beforeText === '@' ? 'na' : 'nt', text]];
  if (cls === 'o' && text === '@') return [['na', text]];
  if (cls === 'o' && /^[a-z]+$/.test(text)) return [['ow', text]];
  if (cls === 'p') return [['o', text]];
  if (cls === 'mi') return [['m', text]];
  return before === '' && cls === 'k' && /^(?:order|by|descending|ascending)$/.test(text)
    ? [['nt', text]]
    : same(cls, text);
};
export const minizinc: Rename = (cls, text) => {
  if (cls === 'nv') return [['nx', text]];
  if (cls === 'c') return [['c1', text]];
  if (cls === 'kd') return [['k', text]];
  if (cls === 'mi') return [['m', text]];
  if (cls === 'k' && text === 'in') return [['o', text]];
  return same(cls, text);
};
export const ssh: Rename = (cls, text) => {
  if (cls === 's' || cls === 'no' || (cls === 'o' && text === '*')) return [['', text]];
  if (cls === 'kc') return [['no', text]];
  if (cls === 'mi') return [['m', text]];
  return same(cls, text);
};
export const php: Rename = (cls, text, _after, _before, beforeText) => {
  if (cls === 'kd') return [['k', text]];
  if (cls === 'nc' || cls === 'nn') return [['nx', text]];
  if (cls === 'cm' && text.startsWith('/**')) return [['sd', text]];
  if (cls === 'no' && /^(?:true|false|null)$/i.test(text)) return [['k', text]];
  if (cls === 'nf' && (beforeText === '-&gt;' || beforeText === '::')) return [['na', text]];
  if (cls === 'k' && text.startsWith('&lt;?')) return [['cp', text]];
  return same(cls, text);
};

/**
 * Rouge's classes for ECL (names `nx`, types `kt`, strings `s1`), Slice (its keywords, `module`
 * and `interface` too, `k`, names plain, `#pragma` lines `cp`), Lean (`--` comments `cd`, strings
 * `s`, declared names plain, `:` and `,` text) and Wollok (keywords reserved `kr`, `property` a
 * variable keyword, `and`/`not` operators, a capitalised name a class, numbers `m`, strings `s`).
 */
export const ecl: Rename = (cls, text) => {
  if (cls === 'n') return [['nx', text]];
  if (cls === 'nc' || (cls === 'nf' && /^[A-Z0-9_]+$/.test(text))) return [['kt', text]];
  if (cls === 's') return [['s1', text]];
  return same(cls, text);
};
export const slice: Rename = (cls, text) => {
  if (cls === 'kt' || cls === 'kd') return [['k', text]];
  if (cls === 'nf' || cls === 'nv' || cls === 'nn') return [['n', text]];
  if (cls === 'k' && text.startsWith('#')) return [['cp', text]];
  if (cls === 's2') return [['s', text]];
  return same(cls, text);
};
export const lean: Rename = (cls, text) => {
  if (cls === 'c1') return [['cd', text]];
  if (cls === 's2') return [['s', text]];
  if (cls === 'nf') return [['n', text]];
  if (cls === 'o' && /^:=?$/.test(text)) return [['', text]];
  if (cls === 'p' && /^[,()]+$/.test(text)) return [['', text]];
  return same(cls, text);
};
export const wollok: Rename = (cls, text) => {
  if (cls === 'kv') return [[/^[A-Z]/.test(text) ? 'nc' : 'kv', text]];
  if (cls === 'k') return [[text === 'property' ? 'kv' : /^(?:and|or|not)$/.test(text) ? 'o' : 'kr', text]];
  if (cls === 'kd') return [['kr', text]];
  if (cls === 'mi' || cls === 'mf') return [['m', text]];
  if (cls === 's2') return [['s', text]];
  return same(cls, text);
};
