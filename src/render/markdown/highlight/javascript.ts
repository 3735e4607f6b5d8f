import { mixin, r, type StatefulLanguage, type StateRule } from './machine.js';
import { SPACE, u, WORD_CHARS, WORD_END } from './ruby-regex.js';

// JavaScript as Pygments 2.14 lexes it (checked on test/highlight-oracle/exact/javascript/): every
// number but a BigInt, binary, octal or hex one a float (`mf`); `typeof`, `instanceof`, `in`,
// `void`, `delete` and `new` operator words (`ow`); `constructor`, `from` and `as` reserved
// words (`kr`), as are Java's reserved words; declarations `kd`; its builtins `nb`, error classes
// `ne`, any other name `nx`; `...` and `=>` punctuation. A `/` opens a regex where an operator, an
// opening bracket, a keyword or a line's start came before it, as in Pygments; a regex that does
// not close ends at the line's end as text.

/** A JavaScript identifier (letters, `$`, `_`, `\uXXXX`), as Pygments reads one. */
const START = '(?:[$_\\p{Lu}\\p{Ll}\\p{Lt}\\p{Lm}\\p{Lo}\\p{Nl}]|\\\\u[a-fA-F0-9]{4})';
const PART =
  '(?:[$\\p{Lu}\\p{Ll}\\p{Lt}\\p{Lm}\\p{Lo}\\p{Nl}\\p{Mn}\\p{Mc}\\p{Nd}\\p{Pc}\\u200c\\u200d]|\\\\u[a-fA-F0-9]{4})';

const AFTER = 'slashstartsregex';

export const javascriptPygments: StatefulLanguage = {
  start: ['root'],
  states: {
    commentsandwhitespace: [r(/\s+/, ''), r(/<!--/, 'c'), r(/\/\/.*?$/m, 'c1'), r(/\/\*[\s\S]*?\*\//, 'cm')],
    slashstartsregex: [
      mixin('commentsandwhitespace'),
      r(/\/(?:\\[\s\S]|[^[/\\\n]|\[(?:\\[\s\S]|[^\]\\\n])*\])+\/(?:[gimuysd]+\b|\B)/, 'sr', '#pop'),
      r(/(?=\/)/, (m) => {
        m.pop();
        m.push('badregex');
      }),
      r(/(?:)/, (m) => m.pop()),
    ],
    badregex: [r(/\n/, '', '#pop')],
    root: [
      // A hashbang at the start of the code.
      r(/(?<![\s\S])#! ?\/.*?$/m, 'ch'),
      r(/^(?=\s|\/|<!--)/m, (m) => m.push(AFTER)),
      mixin('commentsandwhitespace'),
      r(/0[bB][01]+n?/, 'mb'),
      r(/0[oO]?[0-7]+n?/, 'mo'),
      r(/0[xX][0-9a-fA-F]+n?/, 'mh'),
      r(/[0-9]+n/, 'mi'),
      r(/(?:\.[0-9]+|[0-9]+\.[0-9]*|[0-9]+)(?:[eE][-+]?[0-9]+)?/, 'mf'),
      r(/\.\.\.|=>/, 'p'),
      r(/\+\+|--|~|\?\?=?|\?|:|\\(?=\n)|(?:<<|>>>?|==?|!=?|(?:\*\*|\|\||&&|[-<>+*%&|^/]))=?/, 'o', AFTER),
      r(/[{([;,]/, 'p', AFTER),
      r(/[})\].]/, 'p'),
      r(/(?:typeof|instanceof|in|void|delete|new)\b/, 'ow', AFTER),
      r(/\b(?:constructor|from|as)\b/, 'kr'),
      r(
        /(?:for|in|while|do|break|return|continue|switch|case|default|if|else|throw|try|catch|finally|yield|await|async|this|of|static|export|import|debugger|extends|super)\b/,
        'k',
        AFTER,
      ),
      r(/(?:var|let|const|with|function|class)\b/, 'kd', AFTER),
      r(
        /(?:abstract|boolean|byte|char|double|enum|final|float|goto|implements|int|interface|long|native|package|private|protected|public|short|synchronized|throws|transient|volatile)\b/,
        'kr',
      ),
      r(/(?:true|false|null|NaN|Infinity|undefined)\b/, 'kc'),
      r(
        /(?:Array|Boolean|Date|BigInt|Function|Math|ArrayBuffer|Number|Object|RegExp|String|Promise|Proxy|decodeURI|decodeURIComponent|encodeURI|encodeURIComponent|eval|isFinite|isNaN|parseFloat|parseInt|DataView|document|window|globalThis|global|Symbol|Intl|WeakSet|WeakMap|Set|Map|Reflect|JSON|Atomics|Int(?:8|16|32)Array|BigInt64Array|Float32Array|Float64Array|Uint8ClampedArray|Uint(?:8|16|32)Array|BigUint64Array)\b/,
        'nb',
      ),
      r(/(?:(?:Eval|Internal|Range|Reference|Syntax|Type|URI)?Error)\b/, 'ne'),
      r(/[a-zA-Z_?.$][\p{L}\p{N}_?.$]*(?=\(\) \{)/u, 'nx', AFTER),
      r(new RegExp(`${START}${PART}*`, 'u'), 'nx'),
      r(/"(?:\\\\|\\[^\\]|[^"\\])*"/, 's2'),
      r(/'(?:\\\\|\\[^\\]|[^'\\])*'/, 's1'),
      r(/`/, 'sb', 'interp'),
    ],
    interp: [
      r(/`/, 'sb', '#pop'),
      r(/\\[\s\S]/, 'sb'),
      r(/\$\{/, 'si', 'interp-inside'),
      r(/\$/, 'sb'),
      r(/[^`\\$]+/, 'sb'),
    ],
    'interp-inside': [r(/\}/, 'si', '#pop'), mixin('root')],
  },
};

// JavaScript as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/javascript/, the
// JavaScript sample and HTML's scripts): Rouge's keywords `k`, declarations `kd` (`constructor`,
// `get`, `set`, `static` too), reserved words `kr`, constants `kc`, its builtins `nb`, any other
// name `nx`; a string's quotes `dl`, its text `s2`/`s1`, escapes `se`; integers, hex, octal,
// binary and floats (only with a fraction) by kind. After an operator, an opening bracket, a
// keyword or a `;` an expression starts: a `/` opens a regex (`sr`, its groups and escapes
// `se`; a newline before it closes is an error), a `{` an object (its `key:` `na`); at a
// statement's start `name:` is a label (`nl`), but not in a `?` … `:`.

/** Rouge's JavaScript identifier: a letter, `$` or `_`, then word characters. */
export const ROUGE_ID = `[\\p{L}\\p{Nl}$_][${WORD_CHARS}]*`;
export const rougeWords = (list: string) => new Set(list.trim().split(/\s+/));

/** A Rouge lexer's words, by the class a name among them gets (checked in this order). */
export interface JavascriptWords {
  /** `k`, an expression starts after them. */
  readonly keywords: ReadonlySet<string>;
  /** `kd`, an expression starts after them. */
  readonly declarations: ReadonlySet<string>;
  /** `kr`. */
  readonly reserved: ReadonlySet<string>;
  /** `nb` (after the constants `kc`). */
  readonly builtins: ReadonlySet<string>;
}

export const JAVASCRIPT_WORDS: JavascriptWords = {
  keywords: rougeWords(`as async await break case catch continue debugger default delete do else export
    finally from for if import in instanceof new of return super switch this throw try typeof void while yield`),
  declarations: rougeWords('var let const with function class extends constructor get set static'),
  reserved: rougeWords('enum implements interface package private protected public'),
  builtins: rougeWords(`Array Boolean Date Error Function Math netscape Number Object Packages RegExp
    String sun decodeURI decodeURIComponent encodeURI encodeURIComponent Error eval isFinite isNaN parseFloat
    parseInt document window navigator self global Promise Set Map WeakSet WeakMap Symbol Proxy Reflect Int8Array
    Uint8Array Uint8ClampedArray Int16Array Uint16Array Uint16ClampedArray Int32Array Uint32Array
    Uint32ClampedArray Float32Array Float64Array DataView ArrayBuffer`),
};
const ROUGE_CONSTANTS = rougeWords('true false null NaN Infinity undefined');

/**
 * A lexer on Rouge's JavaScript lexer (TypeScript, JSX and TSX extend it): its words, rules
 * before a state's own (Rouge's `prepend`, for JavaScript's states and its own), states of its
 * own, the stack it starts with and its data.
 */
export interface JavascriptFamily {
  readonly words: JavascriptWords;
  readonly before?: Readonly<Record<string, readonly StateRule[]>>;
  readonly states?: Readonly<Record<string, readonly StateRule[]>>;
  readonly start?: readonly string[];
  readonly data?: () => Record<string, unknown>;
}

export function javascriptFamily(family: JavascriptFamily): StatefulLanguage {
  const { keywords, declarations, reserved, builtins } = family.words;
  const states: Record<string, readonly StateRule[]> = {
    multiline_comment: [r(/[*]\//, 'cm', '#pop'), r(/[^*/]+/, 'cm'), r(/[*/]/, 'cm')],
    comments_and_whitespace: [
      r(u(`${SPACE}+`), ''),
      r(/<!--/, 'c'),
      r(/\/\/[^\n]*/, 'c1'),
      r(/\/[*]/, 'cm', 'multiline_comment'),
    ],
    expr_start: [
      mixin('comments_and_whitespace'),
      r(/\//, (m) => {
        m.token('sr');
        m.goto('regex');
      }),
      r(/[{]/, (m) => {
        m.token('p');
        m.goto('object');
      }),
      r(/(?:)/, (m) => m.pop()),
    ],
    regex: [
      r(/\//, (m) => {
        m.token('sr');
        m.goto('regex_end');
      }),
      r(u('[^/]\\n'), 'err', '#pop'),
      r(/\n/, 'err', '#pop'),
      r(/\[\^?/, 'se', 'regex_group'),
      r(u('\\\\[^\\n]'), 'se'),
      r(/[(][?][:=<!]/, 'se'),
      r(/[{][\d,]+[}]/, 'se'),
      r(/[()?]/, 'se'),
      r(u('[^\\n]'), 'sr'),
    ],
    regex_end: [r(/[gimuy]+/, 'sr', '#pop'), r(/(?:)/, (m) => m.pop())],
    regex_group: [
      // A `/` in a group does not close the regex.
      r(/\//, 'se'),
      r(u('[^/]\\n'), (m) => {
        m.token('err');
        m.pop();
        m.pop();
      }),
      r(/\]/, 'se', '#pop'),
      r(u('\\\\[^\\n]'), 'se'),
      r(u('[^\\n]'), 'sr'),
    ],
    root: [
      // Rouge's `\A` holds wherever the scan stands: `#!` after blanks comments out its line.
      r(u(`${SPACE}*#![\\s\\S]*?\\n`), 'cp', 'statement'),
      mixin('comments_and_whitespace'),
      r(/\+\+|--|~|\?\?=?|&&|\|\||\\(?=\n)|<<|>>>?|===|!==/, 'o', 'expr_start'),
      r(/[-<>+*%&|^/!=]=?/, 'o', 'expr_start'),
      r(/[([,]/, 'p', 'expr_start'),
      r(/;/, 'p', 'statement'),
      r(/[)\].]/, 'p'),
      r(/`/, 's2', 'template_string'),
      // `?.` is no ternary's start.
      r(/[?][.]/, 'p'),
      r(/[?]/, (m) => {
        m.token('p');
        m.push('ternary');
        m.push('expr_start');
      }),
      r(/(@)(\w+)?/, (m) => {
        m.groups('p', 'nd');
        m.push('expr_start');
      }),
      r(/[{}]/, 'p', 'statement'),
      r(u(ROUGE_ID), (m) => {
        const word = m.match[0];
        if (keywords.has(word)) {
          m.token('k');
          m.push('expr_start');
        } else if (declarations.has(word)) {
          m.token('kd');
          m.push('expr_start');
        } else m.token(reserved.has(word) ? 'kr' : ROUGE_CONSTANTS.has(word) ? 'kc' : builtins.has(word) ? 'nb' : 'nx');
      }),
      r(/[0-9][0-9]*\.[0-9]+(?:[eE][0-9]+)?[fd]?/, 'mf'),
      r(/0x[0-9a-fA-F]+/i, 'mh'),
      r(/0o[0-7][0-7_]*/i, 'mo'),
      r(/0b[01][01_]*/i, 'mb'),
      r(/[0-9]+/, 'mi'),
      r(/"/, 'dl', 'dq'),
      r(/'/, 'dl', 'sq'),
      r(/:/, 'p'),
    ],
    dq: [r(/\\[\\nrt"]?/, 'se'), r(/[^\\"]+/, 's2'), r(/"/, 'dl', '#pop')],
    sq: [r(/\\[\\nrt']?/, 'se'), r(/[^\\']+/, 's1'), r(/'/, 'dl', '#pop')],
    // Braces that are no object's.
    statement: [
      r(u(`case${WORD_END}`), (m) => {
        m.token('k');
        m.goto('expr_start');
      }),
      r(u(`(${ROUGE_ID})(${SPACE}*)(:)`), (m) => m.groups('nl', '', 'p')),
      mixin('expr_start'),
    ],
    object: [
      mixin('comments_and_whitespace'),
      r(/[{]/, 'p', 'object'),
      r(/[}]/, (m) => {
        m.token('p');
        m.goto('statement');
      }),
      r(u(`(${ROUGE_ID})(${SPACE}*)(:)`), (m) => {
        m.groups('na', '', 'p');
        m.push('expr_start');
      }),
      r(/:/, 'p'),
      mixin('root'),
    ],
    // In `a ? b : c`, `b:` is no label.
    ternary: [
      r(/:/, (m) => {
        m.token('p');
        m.goto('expr_start');
      }),
      mixin('root'),
    ],
    template_string: [
      r(/[$]\{/, 'p', 'template_string_expr'),
      r(/`/, 's2', '#pop'),
      r(/\\[$`]/, 'se'),
      r(/[^$`\\]+/, 's2'),
      r(/[\\$]/, 's2'),
    ],
    template_string_expr: [r(/\}/, 'p', '#pop'), mixin('root')],
  };
  // Each state's rules a list of this language's own: a state's runs are kept by its list, and a
  // mixin in it is this language's state of that name.
  const all: Record<string, readonly StateRule[]> = {};
  for (const [name, rules] of Object.entries({ ...states, ...family.states }))
    all[name] = [...(family.before?.[name] ?? []), ...rules];
  return { start: family.start ?? ['root'], states: all, ...(family.data && { data: family.data }) };
}

export const javascriptRouge: StatefulLanguage = javascriptFamily({ words: JAVASCRIPT_WORDS });
