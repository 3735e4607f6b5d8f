import { boolOption, type LexerOptions } from './fancy.js';
import { htmlRouge } from './html.js';
import { lazyLanguage, type Machine, mixin, r, type StatefulLanguage, statefulLexer } from './machine.js';
import { BUILTINS } from './php-words.js';
import { NON_SPACE, SPACE, u, WORD_END } from './ruby-regex.js';

// PHP as Rouge 3.30 lexes a bare code block (checked on test/highlight-oracle/exact/php/, the PHP
// sample and random code, test/highlight-oracle/random/php.gen.ts). Rouge guesses where the code
// starts: text that begins with blanks and a `<`, or with no `$` before a `<?php` or `<?=`, is an
// HTML page up to there (lexed as html.ts lexes it, one page across the pieces), any other text is
// PHP from its first character. `<?php`, `<?=` and `<?` open PHP and `?>` closes it (`cp`), back
// to the page. In PHP: variables `nv`, keywords `k`, `true false null` `kc`, a name before `(` a
// function `nf` (a builtin `nb`), a capitalised name a class `nc`, an all-capitals one a constant
// `no`; every `.` is a float `mf`, as Rouge's number pattern reads it. After `function` its name is
// `n`, its parameters' and return types `kt`; after `use`, `const`, `new` and a visibility the
// names are namespaces, constants, classes and types. A double-quoted string's variables and
// `{…}` are `nv` and `si`, its escapes `se`; heredocs `sh` whole.

/** Rouge's PHP identifier, and one with a namespace before it (`App\Models\Post`). */
const ID = '[\\p{L}_][\\p{L}\\p{N}_]*';
const NS = `(?:${ID}\\\\)+`;
const ID_NS = `(?:${NS})?${ID}`;

const set = (list: string) => new Set(list.trim().split(/\s+/));
const KEYWORDS = set(`old_function cfunction __class__ __dir__ __file__ __function__ __halt_compiler __line__
  __method__ __namespace__ __trait__ abstract and array as break case catch clone continue declare default die do
  echo else elseif empty enddeclare endfor endforeach endif endswitch endwhile eval exit extends final finally fn
  for foreach global goto if implements include include_once instanceof insteadof isset list match new or parent
  print private protected public readonly require require_once return self static switch throw try unset var
  while xor yield`);

/** A pattern in Ruby's case-insensitive reading (`ſ` is an `s`, as Ruby folds it). */
const i = (source: string) => ({ source, flags: 'iu' });

/** The text in the match, lexed by the block's HTML lexer (one page across the pieces). */
const html = (m: Machine) => {
  (m.data.html as ReturnType<typeof statefulLexer>).lex(m.match[0], (cls, text) => m.token(cls, text));
};

/** PHP's states, with builtin functions `nb`, or (`funcnames` off) `nf` as other functions. */
function phpLanguage(funcnames: boolean): StatefulLanguage {
  const builtins = funcnames ? set(BUILTINS) : new Set<string>();
  /** A name's class (Rouge's second rule for names), and the state it opens. */
  const name = (m: Machine) => {
    const word = m.match[0];
    const lower = word.toLowerCase();
    if (lower === 'use') {
      m.token('kn');
      m.push('in_use');
    } else if (lower === 'const' || lower === 'catch' || /^(?:public|protected|private)$/.test(lower)) {
      m.token('k');
      m.push(lower === 'const' ? 'in_const' : lower === 'catch' ? 'in_catch' : 'in_visibility');
    } else if (KEYWORDS.has(lower)) m.token('k');
    else if (/^__.*?__$/.test(word)) m.token('nb');
    else if (/^(?:E|PHP)(?:_\p{Uppercase}+)+$/u.test(word)) m.token('kc');
    else if (/(?:\\|^)\p{Uppercase}[\p{Uppercase}\p{Nd}_]+$/u.test(word)) m.token('no');
    else if (/(?:\\|^)\p{Uppercase}[\p{Alphabetic}\p{Nd}]*$/u.test(word)) m.token('nc');
    else m.token('n');
  };
  return {
    start: ['root', 'start'],
    data: () => ({ html: statefulLexer(htmlRouge) }),
    states: {
      // Where the code is PHP from its start and where a page comes first.
      start: [
        r(new RegExp(`${SPACE}*(?=<)`), (m) => {
          html(m);
          m.pop();
        }),
        r(/[^$]+(?=<\?(?:php|=))/i, (m) => {
          html(m);
          m.pop();
        }),
        r(/(?:)/, (m) => m.goto('php')),
      ],
      root: [r(/<\?(?:php|=)?/i, 'cp', 'php'), r(/[\s\S]*?(?=<\?)|[\s\S]+/, html)],
      // `?>` goes back to the page, whatever is open.
      escape: [
        r(/\?>/, (m) => {
          m.token('cp');
          while (!m.on('root')) m.pop();
        }),
      ],
      return: [r(/(?:)/, (m) => m.pop())],
      whitespace: [
        r(new RegExp(`${SPACE}+`), ''),
        r(/(?:#|\/\/)[^\n]*/, 'c1'),
        r(/\/\*\*(?!\/)[\s\S]*?\*\//, 'cd'),
        r(/\/\*[\s\S]*?\*\//, 'cm'),
      ],
      variables: [r(u(`\\$\\{\\$+${ID}\\}`), 'nv'), r(u(`\\$+${ID}`), 'nv')],
      values: [
        r(i(`<<<(["']?)(${ID})\\1\\n[\\s\\S]*?\\n${SPACE}*\\2;?`), 'sh'),
        r(/(?:\d[_\d]*)?\.(?:\d[_\d]*)?(?:e[+-]?\d[_\d]*)?/i, 'mf'),
        r(/0[0-7][0-7_]*/, 'mo'),
        r(/0b[01][01_]*/i, 'mb'),
        r(/0x[a-f0-9][a-f0-9_]*/i, 'mh'),
        r(/\d[_\d]*/, 'mi'),
        r(/'[^'\\]*(?:\\[^\n][^'\\]*)*'/, 's1'),
        r(/`[^`\\]*(?:\\[^\n][^`\\]*)*`/, 'sb'),
        r(/"/, 's2', 'string'),
        r(i(`(?:function|fn)${WORD_END}`), (m) => {
          m.push('in_function_return');
          m.push('in_function_params');
          m.push('in_function_name');
          m.token('k');
        }),
        r(i(`(?:true|false|null)${WORD_END}`), 'kc'),
        r(i(`new${WORD_END}`), 'k', 'in_new'),
      ],
      names: [
        r(u(`${ID_NS}(?=${SPACE}*\\()`), (m) => {
          const lower = m.match[0].toLowerCase();
          m.token(KEYWORDS.has(lower) ? 'k' : builtins.has(lower) ? 'nb' : 'nf');
        }),
        r(u(ID_NS), name),
      ],
      operators: [r(/[~!%^&*+|:.<>/@-]+/, 'o')],
      php: [
        mixin('escape'),
        mixin('whitespace'),
        mixin('variables'),
        mixin('values'),
        r(i(`(namespace)(${SPACE}+)(${ID_NS})`), (m) => m.groups('kn', '', 'nn')),
        r(i(`(class|interface|trait|extends|implements)(${SPACE}+)(${ID_NS})`), (m) => m.groups('kd', '', 'nc')),
        mixin('names'),
        r(/[;,(){}[\]]/, 'p'),
        mixin('operators'),
        r(/[=?]/, 'o'),
      ],
      string: [
        r(/"/, 's2', '#pop'),
        r(/[^\\{$"]+/, 's2'),
        r(/\\u\{[0-9a-fA-F]+\}/, 'se'),
        r(/\\(?:[efrntv"$\\]|[0-7]{1,3}|[xX][0-9a-fA-F]{1,2})/, 'se'),
        r(u(`\\$${ID}(?:\\[${NON_SPACE}+\\]|->${ID})?`), 'nv'),
        r(/\{\$\{/, 'si', 'string_interp_double'),
        r(/\{(?=\$)/, 'si', 'string_interp_single'),
        r(new RegExp(`(\\{)(${NON_SPACE}+)(\\})`), (m) => m.groups('si', 'nv', 'si')),
        r(/[${\\]+/, 's2'),
      ],
      string_interp_double: [r(/\}\}/, 'si', '#pop'), mixin('php')],
      string_interp_single: [r(/\}/, 'si', '#pop'), mixin('php')],
      in_assign: [
        r(/,/, 'p', '#pop'),
        r(/[[\]]/, 'p'),
        r(/\(/, 'p', 'in_assign_function'),
        mixin('escape'),
        mixin('whitespace'),
        mixin('values'),
        mixin('variables'),
        mixin('names'),
        mixin('operators'),
        mixin('return'),
      ],
      in_assign_function: [r(/\)/, 'p', '#pop'), r(/,/, 'p'), mixin('in_assign')],
      in_catch: [r(/\(/, 'p'), r(/\|/, 'o'), r(u(ID), 'nc'), mixin('escape'), mixin('whitespace'), mixin('return')],
      in_const: [r(u(ID), 'no'), r(/=/, 'o', 'in_assign'), mixin('escape'), mixin('whitespace'), mixin('return')],
      in_function_body: [r(/\{/, 'p', 'in_function_body'), r(/\}/, 'p', '#pop'), mixin('php')],
      in_function_name: [
        r(/&/, 'o'),
        r(u(ID), 'n'),
        r(/\(/, 'p', '#pop'),
        mixin('escape'),
        mixin('whitespace'),
        mixin('return'),
      ],
      in_function_params: [
        r(/\)/, 'p', '#pop'),
        r(/,/, 'p'),
        r(/\.\.\./, 'p'),
        r(/=/, 'o', 'in_assign'),
        r(i(`(?:public|protected|private|readonly)${WORD_END}`), 'k'),
        r(u(`\\??${ID}`), 'kt', 'in_assign'),
        mixin('escape'),
        mixin('whitespace'),
        mixin('variables'),
        mixin('return'),
      ],
      in_function_return: [
        r(/:/, 'p'),
        r(i(`use${WORD_END}`), 'k', 'in_function_use'),
        r(u(`\\??${ID}`), 'kt', 'in_assign'),
        r(/\{/, (m) => {
          m.token('p');
          m.goto('in_function_body');
        }),
        mixin('escape'),
        mixin('whitespace'),
        mixin('return'),
      ],
      in_function_use: [
        r(/[,(]/, 'p'),
        r(/&/, 'o'),
        r(/\)/, 'p', '#pop'),
        mixin('escape'),
        mixin('whitespace'),
        mixin('variables'),
        mixin('return'),
      ],
      in_new: [
        r(i(`class${WORD_END}`), (m) => {
          m.token('kd');
          m.goto('in_new_class');
        }),
        r(u(ID_NS), 'nc', '#pop'),
        mixin('escape'),
        mixin('whitespace'),
        mixin('return'),
      ],
      in_new_class: [r(/\}/, 'p', '#pop'), r(/\{/, 'p'), mixin('php')],
      in_use: [
        r(/[,}]/, 'p'),
        r(i(`(?:function|const)${WORD_END}`), 'k'),
        r(u(`(${NS})(\\{)`), (m) => m.groups('nn', 'p')),
        r(u(`${ID_NS}(?:_${ID})+`), 'nf'),
        mixin('escape'),
        mixin('whitespace'),
        mixin('names'),
        mixin('return'),
      ],
      in_visibility: [
        r(i(`(?:readonly|static)${WORD_END}`), 'k'),
        r(i(`(?=(?:abstract|const|function)${WORD_END})`), (m) => m.pop()),
        r(u(`\\??${ID}`), 'kt', '#pop'),
        mixin('escape'),
        mixin('whitespace'),
        mixin('return'),
      ],
    },
  };
}

export const phpRouge: StatefulLanguage = lazyLanguage(() => phpLanguage(true));
const withoutFunctionNames = lazyLanguage(() => phpLanguage(false));

const variants = new Map<string, StatefulLanguage>();

/**
 * PHP with Rouge's lexer options (fancy.ts: `php?start_inline=1`): `start_inline` on is PHP from
 * the first character, off a page up to the first `<?php` (unset: Rouge's guess, phpRouge's
 * start); `funcnamehighlighting` off makes builtin functions plain functions (`nf`).
 * (`disabledmodules`, which needs Rouge's builtins by module, is not read.)
 */
export function phpRougeWith(options: LexerOptions): StatefulLanguage {
  const inline = boolOption(options.start_inline, 'guess' as const);
  const funcnames = boolOption(options.funcnamehighlighting, true);
  const key = `${inline} ${funcnames}`;
  let language = variants.get(key);
  if (!language) {
    const base = funcnames ? phpRouge : withoutFunctionNames;
    const start = inline === 'guess' ? base.start : inline ? ['root', 'php'] : ['root'];
    language = {
      get states() {
        return base.states;
      },
      start,
      get data() {
        return base.data;
      },
    };
    variants.set(key, language);
  }
  return language;
}
