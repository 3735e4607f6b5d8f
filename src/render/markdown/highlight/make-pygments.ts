import { htmlWriter, type TokenClass } from './lexer.js';
import { type Machine, mixin, r, type StatefulLanguage, statefulLexer } from './machine.js';

// Makefiles as Pygments 2.14 lexes them (checked on test/highlight-oracle/exact/make/): a line
// that starts a conditional, an include or a `define` (and the lines it continues with `\`) is a
// preprocessor comment (`cp`), a `#` line a comment, both taken out before the rest is lexed. In
// the rest, a recipe (indented lines) and an assigned value are Bash; an assigned name is `nv`
// and its `=` `o`, a target `nf` with its `:` `o` and the names after it `n`; `$(…)` is a keyword
// around `nv` names, `$@` and the like keywords.

/** Pygments 2.14's Bash, as the Makefile lexer runs it on recipes and values. */
const bash: StatefulLanguage = {
  start: ['root'],
  states: {
    root: [mixin('basic'), r(/`/, 'sb', 'backticks'), mixin('data'), mixin('interp')],
    interp: [
      r(/\$\(\(/, 'k', 'math'),
      r(/\$\(/, 'k', 'paren'),
      r(/\$\{#?/, 'si', 'curly'),
      r(/\$[a-zA-Z_][\p{L}\p{N}_]*/u, 'nv'),
      r(/\$(?:\d+|[#$?!_*@-])/, 'nv'),
      r(/\$/, ''),
    ],
    basic: [
      r(/\b(if|fi|else|while|in|do|done|for|then|return|function|case|select|continue|until|esac|elif)(\s*)\b/, (m) =>
        m.groups('k', ''),
      ),
      r(
        /\b(?:alias|bg|bind|break|builtin|caller|cd|command|compgen|complete|declare|dirs|disown|echo|enable|eval|exec|exit|export|false|fc|fg|getopts|hash|help|history|jobs|kill|let|local|logout|popd|printf|pushd|pwd|read|readonly|set|shift|shopt|source|suspend|test|time|times|trap|true|type|typeset|ulimit|umask|unalias|unset|wait)(?=[\s)`])/,
        'nb',
      ),
      r(/(?<![\s\S])#!.+\n/, 'ch'),
      r(/#.*\n/, 'c1'),
      r(/\\[\s\S]/, 'se'),
      r(/(\b[\p{L}\p{N}_]+)(\s*)(\+?=)/u, (m) => m.groups('nv', '', 'o')),
      r(/[[\]{}()=]/, 'o'),
      r(/<<</, 'o'),
      r(/<<-?\s*('?)\\?([\p{L}\p{N}_]+)[\s\S]+?\2/u, 's'),
      r(/&&|\|\|/, 'o'),
    ],
    data: [
      r(/\$?"(?:\\[\s\S]|[^"\\$])*"/, 's2'),
      r(/"/, 's2', 'string'),
      r(/\$'(?:\\\\|\\[0-7]+|\\[\s\S]|[^'\\])*'/, 's1'),
      r(/'[\s\S]*?'/, 's1'),
      r(/[;&|]/, 'p'),
      r(/\s+/, ''),
      r(/\d+\b/, 'm'),
      r(/[^=\s[\]{}()$"'`\\<&|;]+/, ''),
      r(/</, ''),
    ],
    string: [r(/"/, 's2', '#pop'), r(/(?:\\\\|\\[0-7]+|\\[\s\S]|[^"\\$])+/, 's2'), mixin('interp')],
    curly: [
      r(/\}/, 'si', '#pop'),
      r(/:-/, 'k'),
      r(/[\p{L}\p{N}_]+/u, 'nv'),
      r(/[^}:"'`$\\]+/, 'p'),
      r(/:/, 'p'),
      mixin('root'),
    ],
    paren: [r(/\)/, 'k', '#pop'), mixin('root')],
    math: [
      r(/\)\)/, 'k', '#pop'),
      r(/[-+*/%^|&]|\*\*|\|\|/, 'o'),
      r(/\d+#\d+/, 'm'),
      r(/\d+#(?! )/, 'm'),
      r(/\d+/, 'm'),
      mixin('root'),
    ],
    backticks: [r(/`/, 'sb', '#pop'), mixin('root')],
  },
};

// Made at the first Makefile: its patterns cost a build without one time at start-up.
let bashLexer: ReturnType<typeof statefulLexer> | undefined;
/** `text` through a fresh Bash lexer, its tokens given as the match's. */
function asBash(m: Machine, text: string) {
  bashLexer ??= statefulLexer(bash);
  bashLexer.reset();
  bashLexer.lex(text, (cls, piece) => m.token(cls, piece));
}

const make: StatefulLanguage = {
  start: ['root'],
  states: {
    root: [
      r(/^(?:[\t ]+.*\n|\n)+/m, (m) => asBash(m, m.match[0])),
      r(/\$[<@$+%?|*]/, 'k'),
      r(/\s+/, ''),
      r(/#.*?\n/, 'c'),
      r(/((?:un)?export)(\s+)(?=[\p{L}\p{N}_${}\t -]+\n)/u, (m) => {
        m.groups('k', '');
        m.push('export');
      }),
      r(/(?:un)?export\s+/, 'k'),
      r(/([\p{L}\p{N}_${}().-]+)(\s*)([!?:+]?=)([ \t]*)((?:.*\\\n)+|.*\n)/u, (m) => {
        m.groups('nv', '', 'o', '');
        asBash(m, m.match[5]!);
      }),
      r(/"(?:\\\\|\\[^\\]|[^"\\])*"/, 's2'),
      r(/'(?:\\\\|\\[^\\]|[^'\\])*'/, 's1'),
      r(/([^\n:]+)(:+)([ \t]*)/, (m) => {
        m.groups('nf', 'o', '');
        m.push('block-header');
      }),
      r(/\$\(/, 'k', 'expansion'),
    ],
    expansion: [
      r(/[^\p{L}\p{N}_$().-]+/u, ''),
      r(/[\p{L}\p{N}_.-]+/u, 'nv'),
      r(/\$/, 'k'),
      r(/\(/, 'k', 'expansion'),
      r(/\)/, 'k', '#pop'),
    ],
    export: [r(/[\p{L}\p{N}_${}-]+/u, 'nv'), r(/\n/, '', '#pop'), r(/\s+/, '')],
    'block-header': [
      r(/[,|]/, 'p'),
      r(/#.*?\n/, 'c', '#pop'),
      r(/\\\n/, ''),
      r(/\$\(/, 'k', 'expansion'),
      r(/[a-zA-Z_]+/, 'n'),
      r(/\n/, '', '#pop'),
      r(/./, ''),
    ],
  },
};

/** A line Pygments takes out as a directive: BSD `.if`, GNU `ifeq`, `include`, `define`, Automake `if`. */
const SPECIAL =
  /^(?:\.\s*(?:include|undef|error|warning|if|else|elif|endif|for|endfor)|\s*(?:ifeq|ifneq|ifdef|ifndef|else|endif|-?include|define|endef|:|vpath)|\s*(?:if|else|endif))(?=\s)/;

/** `code` as HTML, as Pygments 2.14 colours a Makefile. */
export function makePygments(code: string): string {
  // The directive and comment lines, by where they stand in the rest of the text.
  const taken: { at: number; cls: TokenClass; line: string }[] = [];
  let rest = '';
  let continued = false;
  for (const line of code.match(/[^\n]*\n|[^\n]+$/g) ?? []) {
    if (continued || SPECIAL.test(line)) {
      taken.push({ at: rest.length, cls: 'cp', line });
      continued = line.trim().endsWith('\\');
    } else if (/^\s*@?#/.test(line)) taken.push({ at: rest.length, cls: 'c', line });
    else rest += line;
  }
  const tokens: [TokenClass, string][] = [];
  statefulLexer(make).lex(rest, (cls, text) => tokens.push([cls, text]));
  // The taken lines go back where they stood, splitting a token they fall inside.
  const out = htmlWriter();
  let pos = 0;
  let next = 0;
  for (const [cls, text] of tokens) {
    let at = 0;
    for (; next < taken.length && taken[next]!.at < pos + text.length; next++) {
      const cut = Math.max(at, taken[next]!.at - pos);
      if (cut > at) out.emit(cls, text.slice(at, cut));
      at = cut;
      out.emit(taken[next]!.cls, taken[next]!.line);
    }
    if (at < text.length) out.emit(cls, text.slice(at));
    pos += text.length;
  }
  for (; next < taken.length; next++) out.emit(taken[next]!.cls, taken[next]!.line);
  return out.html();
}
