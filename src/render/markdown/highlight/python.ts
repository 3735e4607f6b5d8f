import { type Machine, r, type StatefulLanguage, statefulLexer } from './machine.js';
import { SPACE, u, WORD_END } from './ruby-regex.js';

// Python as Rouge 3.30 lexes it, in Rouge's markup (checked on test/highlight-oracle/exact/python/,
// the Python sample and random code): its keyword list `k` (`print` and `exec` too, `def` and
// `class` only before a blank), `in is and or not` `ow`, builtins and exception names `nb`, `self`
// `None` `True` `False` `bp`; the name after `def` `nf`, after `class` `nc`; `import`/`from` `kn`
// with the module `nn`; strings `s` with their prefix `sa`, escapes `se` (none in a raw string),
// an f-string's `{…}` `si` with the code inside lexed anew; numbers by kind. Rouge scans from the
// current position with nothing before it visible, so a name after `.` is classed as any name
// (`x.list` is a builtin) and `@` is the operator `o`, never a decorator's start.
/**
 * Ruby's `[[:alpha:]]` (Unicode's Alphabetic) and `[[:alnum:]]` (with decimal digits), by Node's
 * Unicode tables: newer than Ruby 3.1's (13.0), they count as letters what was added since and 38
 * combining letters (U+0363…) made alphabetic in 14.0, as the Ruby 3.2 of other Jekyll sites does.
 */
const ID = '[\\p{Alphabetic}_][\\p{Alphabetic}\\p{Nd}_]*';
const DOTTED = '[\\p{Alphabetic}_.][\\p{Alphabetic}\\p{Nd}_.]*';
/** One or more blanks, or a backslash and a blank, between a keyword and its name. */
const GAP = `(?:\\\\${SPACE}|${SPACE})+`;

const set = (words: string) => new Set(words.trim().split(/\s+/));
const KEYWORDS = set(`assert break continue del elif else except exec finally for global if lambda pass print raise
  return try while yield as with from import async await nonlocal`);
const BUILTINS = set(`__import__ abs all any apply ascii basestring bin bool buffer bytearray bytes callable chr
  classmethod cmp coerce compile complex delattr dict dir divmod enumerate eval execfile exit file filter float
  format frozenset getattr globals hasattr hash hex id input int intern isinstance issubclass iter len list locals
  long map max memoryview min next object oct open ord pow property range raw_input reduce reload repr reversed
  round set setattr slice sorted staticmethod str sum super tuple type unichr unicode vars xrange zip
  ArithmeticError AssertionError AttributeError BaseException BlockingIOError BrokenPipeError BufferError
  BytesWarning ChildProcessError ConnectionAbortedError ConnectionError ConnectionRefusedError
  ConnectionResetError DeprecationWarning EOFError EnvironmentError Exception FileExistsError FileNotFoundError
  FloatingPointError FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError IndexError
  InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError ModuleNotFoundError
  NameError NotADirectoryError NotImplemented NotImplementedError OSError OverflowError OverflowWarning
  PendingDeprecationWarning ProcessLookupError RecursionError ReferenceError ResourceWarning RuntimeError
  RuntimeWarning StandardError StopAsyncIteration StopIteration SyntaxError SyntaxWarning SystemError SystemExit
  TabError TimeoutError TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError
  UnicodeTranslateError UnicodeWarning UserWarning ValueError VMSError Warning WindowsError ZeroDivisionError`);
const PSEUDO = set('self None Ellipsis False True');

const DIGITS = '[0-9](?:_?[0-9])*';
const EXPONENT = `[eE][+-]?${DIGITS}`;

/** The strings being read, innermost last: the prefix (lower case) and the opening quotes. */
const strings = (m: Machine) => m.data.strings as Array<{ prefix: string; quote: string }>;
const current = (m: Machine) => strings(m).at(-1)!;

/** An escape in the string being read: plain string text in a raw string. */
const escaped = (m: Machine) => {
  m.token(current(m).prefix.includes('r') ? 's' : 'se');
  m.pop();
};

export const pythonRouge: StatefulLanguage = {
  start: ['root'],
  data: () => ({ strings: [] }),
  states: {
    root: [
      r(/\n+/, ''),
      // A docstring after `:` at a line's start, as Rouge tries that rule only there.
      r(new RegExp(`(?<![^\\n])(:)(${SPACE}*)([ruRU]{0,2}"""[\\s\\S]*?""")`), (m) => m.groups('p', '', 'sd')),
      r(/[ \t\v\f\r]+/, ''),
      r(/#[^\n]*\n?/, 'c1'),
      r(/[[\]{}:(),;.]/, 'p'),
      r(/\\\n?/, ''),
      r(u(`(?:in|is|and|or|not)${WORD_END}`), 'ow'),
      r(/(?:<<|>>|\/\/|\*\*)=?/, 'o'),
      r(/[-~+/*%=<>&^|@]=?|!=/, 'o'),
      r(u(`(from)(${GAP})(${DOTTED})(${GAP})(import)`), (m) => m.groups('kn', '', 'nn', '', 'kn')),
      r(u(`(import)(${SPACE}+)(${DOTTED})`), (m) => m.groups('kn', '', 'nn')),
      r(new RegExp(`(def)(${GAP})`), (m) => {
        m.groups('k', '');
        m.push('funcname');
      }),
      r(new RegExp(`(class)(${GAP})`), (m) => {
        m.groups('k', '');
        m.push('classname');
      }),
      r(/`[^\n]*?`/, 'sb'),
      r(/([rfbuRFBU]{0,2})('''|"""|['"])/, (m) => {
        m.groups('sa', 's');
        strings(m).push({ prefix: m.match[1]!.toLowerCase(), quote: m.match[2]! });
        m.push('string');
      }),
      r(u(ID), (m) => {
        const name = m.match[0];
        m.token(KEYWORDS.has(name) ? 'k' : BUILTINS.has(name) ? 'nb' : PSEUDO.has(name) ? 'bp' : 'n');
      }),
      r(new RegExp(`(?:(?:${DIGITS})?\\.${DIGITS}|${DIGITS}\\.)(?:${EXPONENT})?[jJ]?`), 'mf'),
      r(new RegExp(`${DIGITS}${EXPONENT}[jJ]?`), 'mf'),
      r(new RegExp(`${DIGITS}[jJ]`), 'mf'),
      r(/0[bB](?:_?[01])+/, 'mb'),
      r(/0[oO](?:_?[0-7])+/, 'mo'),
      r(/0[xX](?:_?[0-9a-fA-F])+/, 'mh'),
      r(/[0-9]+L/, 'il'),
      r(/[1-9](?:_?[0-9])*|0(?:_?0)*/, 'mi'),
    ],
    // After `def` or `class` and their blanks, anything but a name is an error until a name comes.
    funcname: [r(u(ID), 'nf', '#pop')],
    classname: [r(u(ID), 'nc', '#pop')],
    string: [
      r(/[^'"\\{]+/, 's'),
      r(/\{\{/, 's'),
      // Other quotes are text: `"""` in a `"` string too (it does not end it).
      r(/'''|"""|['"]/, (m) => {
        m.token('s');
        if (m.match[0] !== current(m).quote) return;
        strings(m).pop();
        m.pop();
      }),
      r(/(?=\\)/, (m) => m.push('escape')),
      r(/\{/, (m) => {
        if (!current(m).prefix.includes('f')) return m.token('s');
        m.token('si');
        m.push('interpolation');
      }),
    ],
    escape: [
      r(
        /\\(?:[\\abfnrtv"'\n]|N\{[a-zA-Z][a-zA-Z ]+[a-zA-Z]\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})/,
        escaped,
      ),
      r(u('\\\\[^\\n]'), 's', '#pop'),
    ],
    // An f-string's `{…}`: the code between its signs lexed as a block of its own, from the start.
    interpolation: [
      r(/[^{}!:]+/, (m) => statefulLexer(pythonRouge).lex(m.match[0], (cls, text) => m.token(cls, text))),
      r(/![asr]|:/, 'si'),
      r(/\{/, 'si', 'interpolation'),
      r(/\}/, 'si', '#pop'),
    ],
  },
};
