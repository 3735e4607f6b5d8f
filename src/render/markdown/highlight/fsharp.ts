import { lazyLanguage, type Machine, r, type StatefulLanguage } from './machine.js';
import { ocamlComment, ocamlLiterals, ocamlString } from './ocaml.js';
import { EOL, SPACE } from './ruby-regex.js';

// F# as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/fsharp/, the sample and random
// code): OCaml's lexer in Rouge with F#'s words and three changes. A name starts with a letter
// (case-blind, so also ſ and K, Kelvin), never `_`, or is ``` ``a name`` ```; `let!` is `let` and
// `!`. `//` comments `c1`. A run of signs, brackets and `_` (`[`, `]`, `(`, `)`, `{`, `}`, `;` and
// `,` in it) is punctuation `p` when it is one of F#'s symbols (`(`, `->`, `[|`, `|>`, `_`), else
// an operator `o` (`+`, `([`, `);`, `(*)`); so `-1` is `-` `1`, `~x` `~` `x`. After a module name
// and `.` the path is read name by name; a `(` there is an error `err`.
const KEYWORDS = `abstract and as assert base begin class default delegate do done downcast downto elif else end
exception extern false finally for fun function global if in inherit inline interface internal lazy let let!
match member module mutable namespace new not null of open or override private public rec return return!
select static struct then to true try type upcast use use! val void when while with yield yield! sig atomic
break checked component const constraint constructor continue eager event external fixed functor include
method mixin object parallel process protected pure sealed tailcall trait virtual volatile`;
const SYMBOLS = `!= # & && ( ) * \\+ , - -. -> . .. : :: := :> ; ;; < <- = > >] >} ? ?? [ [< [> [| ] _ \` { {< | |]
} ~ |> <| <>`;
const ID = "(?:[a-zA-Z\\u017f\\u212a][a-zA-Z0-9_']*|``[^`\\n\\r\\t]+``)";
const UPPER = "[A-Z][a-zA-Z0-9_']*";
const set = (words: string) => new Set(words.split(/\s+/));

export const fsharpRouge: StatefulLanguage = lazyLanguage(() => {
  const keywords = set(KEYWORDS);
  const symbols = set(SYMBOLS);
  const wordOperators = set('and asr land lor lsl lxor mod or');
  const primitives = set('unit int float bool string char list array');
  return {
    start: ['root'],
    states: {
      root: [
        r(new RegExp(`${SPACE}+`), ''),
        r(/false|true|\(\)|\[\]/, 'bp'),
        r(new RegExp(`${UPPER}(?=${SPACE}*\\.)`), 'nn', 'dotted'),
        r(new RegExp(UPPER), 'nc'),
        r(/\(\*(?!\))/, 'c', 'comment'),
        r(new RegExp(`//[^\\n]*?${EOL}`), 'c1'),
        r(new RegExp(ID), (m: Machine) => {
          const word = m.match[0];
          m.token(keywords.has(word) ? 'k' : wordOperators.has(word) ? 'ow' : primitives.has(word) ? 'kt' : 'n');
        }),
        r(/[[\];,{}_()!$%&*+./:<=>?@^|~#-]+/, (m: Machine) => m.token(symbols.has(m.match[0]) ? 'p' : 'o')),
        ...ocamlLiterals(),
      ],
      string: ocamlString(),
      dotted: [
        r(new RegExp(`${SPACE}+`), ''),
        r(/\./, 'p'),
        r(new RegExp(`${UPPER}(?=${SPACE}*\\.)`), 'nn'),
        r(new RegExp(UPPER), 'nc', '#pop'),
        r(new RegExp(ID), 'n', '#pop'),
        r(/\[/, 'p', '#pop'),
      ],
      comment: ocamlComment(),
    },
  };
});
